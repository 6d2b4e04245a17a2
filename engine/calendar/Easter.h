#pragma once
// Western (Gregorian) Easter Sunday.

#include <QDate>

namespace bakery::calendar {

/// Easter Sunday of `year` in the Gregorian calendar, computed with the anonymous
/// Meeus/Jones/Butcher algorithm (spec section 4.3; the same dates as `dateutil.easter`,
/// which the Python `holidays` package uses).
/// Valid for 1583..4099: the Gregorian reform starts in 1582 and the algorithm's
/// published verification range ends in 4099. Outside that range an invalid QDate
/// is returned rather than a silently wrong date.
QDate easterSunday(int year);

} // namespace bakery::calendar
