#include "evaluation/CrossValidation.h"

#include "forecast/FittedState.h"
#include "forecast/TrainingData.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace bakery::evaluation {

namespace {

// The sentences' translation context is "CrossValidation".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CrossValidation)
};

} // namespace

CrossValidationResult crossValidate(const forecast::ModelConfig& config,
                                    const forecast::SeriesFrame& series, double horizon,
                                    double period, double initial)
{
    using namespace forecast;
    CrossValidationResult result;
    ForecastModel full(config);
    const FitResult fit = full.fit(series);
    if (!fit.ok) {
        result.error = Text::tr("the model could not be fitted: %1").arg(fit.message);
        return result;
    }
    // Prophet's cross-validation works on the history rows with a value, in time order.
    const SeriesFrame history = trainingRows(series);

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
        generateCutoffs(history.ds, horizon, std::isnan(period) ? defaults.period : period,
                        std::isnan(initial) ? defaults.initial : initial, &result.error);
    if (!result.ok())
        return result;

    for (double cutoff : result.cutoffs) {
        std::vector<std::size_t> trainRows, testRows;
        for (std::size_t i = 0; i < history.size(); ++i) {
            if (history.ds[i] <= cutoff)
                trainRows.push_back(i);
            else if (history.ds[i] <= cutoff + horizon)
                testRows.push_back(i);
        }
        const SeriesFrame train = selectRows(history, trainRows);
        const SeriesFrame test = selectRows(history, testRows);
        ModelConfig fold = foldConfig;
        const double lastTrain = train.ds.empty() ? cutoff : train.ds.back();
        fold.changepoints.erase(std::remove_if(fold.changepoints.begin(), fold.changepoints.end(),
                                               [&](double c) { return c >= lastTrain; }),
                                fold.changepoints.end());
        if (!foldConfig.changepoints.empty() && fold.changepoints.empty())
            fold.nChangepoints =
                0; // the user's changepoints all fall later: none, not the automatic grid
        ForecastModel model(fold);
        const FitResult foldFit = model.fit(train);
        if (!foldFit.ok) {
            result.error =
                Text::tr("fold with cutoff day %1 failed: %2").arg(cutoff).arg(foldFit.message);
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
