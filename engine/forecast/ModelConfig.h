#pragma once
// Configuration of the Prophet-equivalent model (see docs/architecture.md and
// the Prophet model specification). Defaults are Prophet's, except the interval
// width (0.95, the service design's choice).

#include "calendar/HolidayEvent.h"

#include <QString>

#include <cstdint>
#include <limits>
#include <optional>
#include <vector>

namespace bakery::forecast {

enum class Growth { Linear, Flat, Logistic };
enum class Mode { Additive, Multiplicative };
enum class Scaling { AbsMax, MinMax };
enum class Standardize { Auto, Yes, No };

/// A built-in seasonality (yearly, weekly, daily): Prophet's 'auto' / True / False / order.
struct SeasonalityToggle
{
    enum class State { Auto, On, Off };
    State state = State::Auto;
    int order = 0; ///< 0: the default order (yearly 10, weekly 3, daily 4)

    static SeasonalityToggle automatic() { return {}; }
    static SeasonalityToggle on(int order = 0) { return {State::On, order}; }
    static SeasonalityToggle off() { return {State::Off, 0}; }
};

/// A user seasonality. A name of yearly/weekly/daily replaces the built-in.
struct SeasonalitySpec
{
    QString name;
    double period = 7.0;                                          ///< days, > 0
    int fourierOrder = 3;                                         ///< > 0
    double priorScale = std::numeric_limits<double>::quiet_NaN(); ///< NaN: seasonalityPriorScale
    std::optional<Mode> mode;                                     ///< empty: seasonalityMode
};

/// An extra regressor (e.g. temperature); the series must carry a column of this name.
struct RegressorSpec
{
    QString name;
    double priorScale = std::numeric_limits<double>::quiet_NaN(); ///< NaN: holidaysPriorScale
    Standardize standardize = Standardize::Auto;
    std::optional<Mode> mode; ///< empty: seasonalityMode
};

struct ModelConfig
{
    Growth growth = Growth::Linear;
    int nChangepoints = 25;
    double changepointRange = 0.8; ///< share of the history rows holding automatic changepoints
    double changepointPriorScale = 0.05; ///< Laplace scale tau of the rate changes
    std::vector<double> changepoints; ///< user changepoints (days since epoch); overrides the grid

    SeasonalityToggle yearly, weekly, daily;
    Mode seasonalityMode = Mode::Additive;
    double seasonalityPriorScale = 10.0;
    std::vector<SeasonalitySpec> seasonalities;

    std::optional<Mode> holidaysMode; ///< empty: seasonalityMode
    double holidaysPriorScale = 10.0;
    calendar::HolidayTable holidays; ///< user holiday / event table
    QString countryHolidays; ///< "ES" or empty: national holidays added for the data's years

    std::vector<RegressorSpec> regressors;
    Scaling scaling = Scaling::AbsMax;

    double intervalWidth = 0.95;   ///< in (0, 1)
    int uncertaintySamples = 1000; ///< 0: no intervals
    std::uint64_t seed = 42;       ///< the intervals' random stream; same model, same intervals

    Mode holidayMode() const { return holidaysMode.value_or(seasonalityMode); }

    /// Empty when every setting is in range, else what is wrong, in one line.
    QString validate() const;
};

} // namespace bakery::forecast
