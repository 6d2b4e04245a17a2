#pragma once
// One row of a holiday/event table: a named day with an optional effect window.
// The same shape as Prophet's `holidays` data frame (spec section 4.1).

#include <QString>

#include <cmath>
#include <limits>
#include <vector>

namespace bakery::calendar {

struct HolidayEvent
{
    QString name;        ///< column prefix; rows sharing a name share one effect per offset
    int day = 0;         ///< calendar date, days since 1970-01-01
    int lowerWindow = 0; ///< <= 0: the effect starts this many days before `day`
    int upperWindow = 0; ///< >= 0: the effect lasts this many days after `day`
    double priorScale = std::numeric_limits<double>::quiet_NaN(); ///< NaN: use the model's default

    bool hasPriorScale() const { return !std::isnan(priorScale); }
};

using HolidayTable = std::vector<HolidayEvent>;

} // namespace bakery::calendar
