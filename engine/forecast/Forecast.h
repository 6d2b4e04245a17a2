#pragma once
// The output of ForecastModel::predict, one entry per input row, in data units.

#include <QString>

#include <utility>
#include <vector>

namespace bakery::forecast {

struct Forecast
{
    std::vector<double> ds;
    std::vector<double> trend, trendLower, trendUpper; ///< bounds empty when samples = 0
    std::vector<double> yhat, yhatLower, yhatUpper;    ///< bounds empty when samples = 0
    std::vector<double> additiveTerms;                 ///< data units
    std::vector<double> multiplicativeTerms;           ///< fraction of the trend
    /// Named components in a stable order: each seasonality ("weekly", "yearly", ...),
    /// "holidays" (all holiday columns), each holiday name, each regressor, and the groups
    /// "extra_regressors_additive" / "extra_regressors_multiplicative" when regressors exist.
    /// Additive components are in data units, multiplicative ones a fraction of the trend.
    std::vector<std::pair<QString, std::vector<double>>> components;

    /// The component of that name, or nullptr.
    const std::vector<double>* component(const QString& name) const
    {
        for (const auto& [key, values] : components)
            if (key == name)
                return &values;
        return nullptr;
    }
    std::size_t size() const { return ds.size(); }
};

} // namespace bakery::forecast
