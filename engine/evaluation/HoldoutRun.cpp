#include "evaluation/HoldoutRun.h"

#include "evaluation/Backtest.h"

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

namespace bakery::evaluation {
HoldoutRunResult runHoldout(const forecast::ModelConfig& config,
                            const forecast::SeriesFrame& series, const HoldoutOptions& options)
{
    HoldoutRunResult r;
    r.rows = series.size();
    const forecast::SeriesFrame sorted =
        forecast::selectRows(series, forecast::timeOrder(series.ds));
    const HoldoutSplit split = holdoutSplit(sorted.ds, options.holdoutDays);
    r.trainRows = split.trainRows;
    r.testRows = split.testRows;
    std::vector<std::size_t> trainIdx(split.trainRows);
    std::iota(trainIdx.begin(), trainIdx.end(), 0);
    const forecast::SeriesFrame train = forecast::selectRows(sorted, trainIdx);

    if (options.futureDays > 0 && (!series.regressors.isEmpty() || !series.cap.empty()))
        r.error =
            QStringLiteral("future days need regressor and cap values; give them as rows instead");
    if (!r.error.isEmpty()) return r;

    r.model = forecast::ForecastModel(config);
    QElapsedTimer timer;
    timer.start();
    r.fit = r.model.fit(train);
    r.fitMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    if (!r.fit.ok) {
        r.error = QStringLiteral("the model could not be fitted: ") + r.fit.message;
        return r;
    }
    forecast::SeriesFrame frame = sorted;
    for (int d = 1; d <= options.futureDays && !sorted.ds.empty(); ++d)
        frame.ds.push_back(sorted.ds.back() + d);
    timer.restart();
    try {
        r.forecast = r.model.predict(frame);
    } catch (const std::exception& e) {
        r.error = QString::fromStdString(e.what());
        return r;
    }
    r.predictMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;

    const auto tail = [&](const std::vector<double>& v) {
        if (v.empty()) return v;
        return std::vector<double>(v.begin() + static_cast<long>(split.trainRows),
                                   v.begin() + static_cast<long>(sorted.size()));
    };
    if (split.testRows > 0)
        r.holdout = computeMetrics(tail(sorted.y), tail(r.forecast.yhat),
                                   tail(r.forecast.yhatLower), tail(r.forecast.yhatUpper));
    return r;
}

} // namespace bakery::evaluation
