#include "evaluation/HoldoutRun.h"

#include "evaluation/Backtest.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bakery::evaluation {

namespace {

// The sentences' translation context is "HoldoutRun".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(HoldoutRun)
};

} // namespace
HoldoutRunResult runHoldout(const forecast::ModelConfig& config,
                            const forecast::SeriesFrame& series, const HoldoutOptions& options)
{
    HoldoutRunResult r;
    r.rows = series.size();
    r.series = forecast::selectRows(series, forecast::timeOrder(series.ds));
    const forecast::SeriesFrame& sorted = r.series;
    const HoldoutSplit split = holdoutSplit(sorted.ds, options.holdoutDays);
    r.trainRows = split.trainRows;
    r.testRows = split.testRows;
    std::vector<std::size_t> trainIdx(split.trainRows);
    std::iota(trainIdx.begin(), trainIdx.end(), 0);
    const forecast::SeriesFrame train = forecast::selectRows(sorted, trainIdx);

    r.badInput = true; // until the fit itself runs, a failure is the input's
    if (options.futureDays > 0 && (!series.regressors.isEmpty() || !series.cap.empty())) {
        r.error = Text::tr("future days need regressor and cap values; give them as rows instead");
        return r;
    }
    const auto fitted =
        std::count_if(train.y.begin(), train.y.end(), [](double y) { return std::isfinite(y); });
    if (fitted < 2) {
        r.error = QStringLiteral("holding out the last %1 days leaves %2 days with a value to fit; "
                                 "expected at least 2")
                      .arg(options.holdoutDays)
                      .arg(fitted);
        return r;
    }

    r.model = forecast::ForecastModel(config);
    QElapsedTimer timer;
    timer.start();
    r.fit = r.model.fit(train);
    r.fitMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!r.fit.ok) {
        r.badInput = r.fit.inputError;
        r.error = Text::tr("the model could not be fitted: %1").arg(r.fit.message);
        return r;
    }
    forecast::SeriesFrame frame = sorted;
    for (int d = 1; d <= options.futureDays && !sorted.ds.empty(); ++d)
        frame.ds.push_back(sorted.ds.back() + d);
    timer.restart();
    try {
        r.forecast = r.model.predict(frame);
    } catch (const std::invalid_argument& e) {
        r.error = QString::fromStdString(e.what());
        return r;
    }
    r.badInput = false;
    r.predictMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    const auto tail = [&](const std::vector<double>& v) {
        if (v.empty())
            return v;
        return std::vector<double>(v.begin() + static_cast<long>(split.trainRows),
                                   v.begin() + static_cast<long>(sorted.size()));
    };
    if (split.testRows > 0)
        r.holdout = computeMetrics(tail(sorted.y), tail(r.forecast.yhat),
                                   tail(r.forecast.yhatLower), tail(r.forecast.yhatUpper));
    return r;
}

} // namespace bakery::evaluation
