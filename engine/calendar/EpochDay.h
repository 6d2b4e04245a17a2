#pragma once
// Conversions between QDate and the engine's day number (days since 1970-01-01),
// the unit of HolidayEvent::day. Header-only: two one-liners used across modules.

#include <QDate>

namespace bakery::calendar {

/// Days since 1970-01-01 (negative before). `d` must be valid.
inline int toEpochDay(QDate d)
{
    return static_cast<int>(QDate(1970, 1, 1).daysTo(d));
}

/// Inverse of toEpochDay().
inline QDate fromEpochDay(int day)
{
    return QDate(1970, 1, 1).addDays(day);
}

} // namespace bakery::calendar
