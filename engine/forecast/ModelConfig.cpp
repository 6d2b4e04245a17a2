#include "forecast/ModelConfig.h"

#include <cmath>

namespace bakery::forecast {
namespace {

bool positiveOrUnset(double v)
{
    return std::isnan(v) || (v > 0.0 && std::isfinite(v));
}
bool positive(double v)
{
    return v > 0.0 && std::isfinite(v);
}

} // namespace

QString ModelConfig::validate() const
{
    if (nChangepoints < 0)
        return QStringLiteral("n_changepoints must be 0 or more");
    if (!(changepointRange >= 0.0 && changepointRange <= 1.0))
        return QStringLiteral("changepoint_range must lie between 0 and 1");
    if (!positive(changepointPriorScale) || !positive(seasonalityPriorScale) ||
        !positive(holidaysPriorScale))
        return QStringLiteral("prior scales must be positive numbers");
    for (double c : changepoints)
        if (!std::isfinite(c))
            return QStringLiteral("changepoints must be dates");
    for (const SeasonalityToggle* t : {&yearly, &weekly, &daily})
        if (t->order < 0)
            return QStringLiteral("a seasonality's Fourier order must be positive");
    for (const SeasonalitySpec& s : seasonalities)
        if (s.name.isEmpty() || !positive(s.period) || s.fourierOrder <= 0 ||
            !positiveOrUnset(s.priorScale))
            return QStringLiteral(
                       "seasonality '%1' needs a name, a positive period, a positive order and a "
                       "positive prior scale")
                .arg(s.name);
    for (const RegressorSpec& r : regressors)
        if (r.name.isEmpty() || !positiveOrUnset(r.priorScale))
            return QStringLiteral("regressor '%1' needs a name and a positive prior scale")
                .arg(r.name);
    for (const calendar::HolidayEvent& h : holidays)
        if (h.name.isEmpty() || h.lowerWindow > 0 || h.upperWindow < 0 ||
            !positiveOrUnset(h.priorScale))
            return QStringLiteral("holiday '%1' needs a name, lower_window <= 0 <= upper_window "
                                  "and a positive "
                                  "prior scale")
                .arg(h.name);
    if (!(intervalWidth > 0.0 && intervalWidth < 1.0))
        return QStringLiteral("interval width must lie between 0 and 1");
    if (uncertaintySamples < 0)
        return QStringLiteral("uncertainty samples must be 0 or more");
    return {};
}

} // namespace bakery::forecast
