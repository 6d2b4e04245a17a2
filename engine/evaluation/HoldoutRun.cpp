#include "evaluation/HoldoutRun.h"

#include "evaluation/Backtest.h"

#include <QElapsedTimer>

#include <algorithm>
#include <numeric>

namespace bakery::evaluation {
namespace {

forecast::SeriesFrame rowsOf(const forecast::SeriesFrame& s, const std::vector<std::size_t>& rows)
{
    auto pick = [&](const std::vector<double>& v) {
        std::vector<double> out;
        if (v.empty()) return out;
        for (std::size_t r : rows)
            out.push_back(v[r]);
        return out;
    };
    forecast::SeriesFrame f;
    f.ds = pick(s.ds);
    f.y = pick(s.y);
    f.cap = pick(s.cap);
    f.floor = pick(s.floor);
    for (auto it = s.regressors.cbegin(); it != s.regressors.cend(); ++it)
        f.regressors.insert(it.key(), pick(it.value()));
    return f;
}

} // namespace

HoldoutRunResult runHoldout(const forecast::ModelConfig& config,
                            const forecast::SeriesFrame& series, const HoldoutOptions& options)
{
    HoldoutRunResult r;
    r.rows = series.size();
    std::vector<std::size_t> order(series.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return series.ds[a] < series.ds[b]; });
    const forecast::SeriesFrame sorted = rowsOf(series, order);
    const HoldoutSplit split = holdoutSplit(sorted.ds, options.holdoutDays);
    r.trainRows = split.trainRows;
    r.testRows = split.testRows;
    std::vector<std::size_t> trainIdx(split.trainRows);
    std::iota(trainIdx.begin(), trainIdx.end(), 0);
    const forecast::SeriesFrame train = rowsOf(sorted, trainIdx);

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
