#include "evaluation/CrossValidation.h"

#include "forecast/FittedState.h"

#include <algorithm>
#include <cmath>

namespace bakery::evaluation {

CrossValidationResult crossValidate(const forecast::ModelConfig& config,
                                    const forecast::SeriesFrame& series, double horizon,
                                    double period, double initial)
{
    using namespace forecast;
    CrossValidationResult result;
    ForecastModel full(config);
    const FitResult fit = full.fit(series);
    if (!fit.ok) {
        result.error = QStringLiteral("the model could not be fitted: ") + fit.message;
        return result;
    }
    // Prophet's cross-validation works on the history rows with a value, in time order.
    std::vector<std::size_t> rows;
    for (std::size_t i = 0; i < series.size(); ++i)
        if (std::isfinite(series.y[i])) rows.push_back(i);
    std::stable_sort(rows.begin(), rows.end(),
                     [&](std::size_t a, std::size_t b) { return series.ds[a] < series.ds[b]; });
    std::vector<double> ds;
    for (std::size_t r : rows)
        ds.push_back(series.ds[r]);

    // Every fold keeps the full fit's seasonalities; auto rules would differ on short folds.
    ModelConfig foldConfig = config;
    foldConfig.yearly = foldConfig.weekly = foldConfig.daily = SeasonalityToggle::off();
    foldConfig.seasonalities.clear();
    double longest = 0.0;
    for (const SeasonalityTerm& s : full.state().layout.seasonalities) {
        foldConfig.seasonalities.push_back({s.name, s.period, s.order, s.priorScale, s.mode});
        longest = std::max(longest, s.period);
    }
    const CvDefaults defaults = cvDefaults(horizon, longest);
    result.cutoffs =
        generateCutoffs(ds, horizon, std::isnan(period) ? defaults.period : period,
                        std::isnan(initial) ? defaults.initial : initial, &result.error);
    if (!result.ok()) return result;

    for (double cutoff : result.cutoffs) {
        SeriesFrame train, test;
        for (std::size_t r : rows) {
            SeriesFrame& target = series.ds[r] <= cutoff ? train : test;
            if (series.ds[r] > cutoff + horizon) continue;
            target.ds.push_back(series.ds[r]);
            target.y.push_back(series.y[r]);
            if (!series.cap.empty()) target.cap.push_back(series.cap[r]);
            if (!series.floor.empty()) target.floor.push_back(series.floor[r]);
            for (auto it = series.regressors.cbegin(); it != series.regressors.cend(); ++it)
                target.regressors[it.key()].push_back(it.value()[r]);
        }
        ModelConfig fold = foldConfig;
        const double lastTrain = train.ds.empty() ? cutoff : train.ds.back();
        fold.changepoints.erase(std::remove_if(fold.changepoints.begin(), fold.changepoints.end(),
                                               [&](double c) { return c >= lastTrain; }),
                                fold.changepoints.end());
        ForecastModel model(fold);
        const FitResult foldFit = model.fit(train);
        if (!foldFit.ok) {
            result.error = QStringLiteral("fold with cutoff day %1 failed: %2")
                               .arg(cutoff)
                               .arg(foldFit.message);
            return result;
        }
        const Forecast f = model.predict(test);
        for (std::size_t i = 0; i < test.size(); ++i)
            result.rows.push_back({test.ds[i], cutoff, test.y[i], f.yhat[i],
                                   f.yhatLower.empty() ? NAN : f.yhatLower[i],
                                   f.yhatUpper.empty() ? NAN : f.yhatUpper[i]});
    }
    return result;
}

} // namespace bakery::evaluation
