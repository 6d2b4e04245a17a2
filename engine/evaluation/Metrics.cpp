#include "evaluation/Metrics.h"

#include <QJsonValue>

#include <algorithm>
#include <cmath>

namespace bakery::evaluation {

Metrics computeMetrics(const std::vector<double>& actual, const std::vector<double>& predicted,
                       const std::vector<double>& lower, const std::vector<double>& upper)
{
    Metrics m;
    const std::size_t rows = std::min(actual.size(), predicted.size());

    // First pass: everything that needs only e, plus the sum of y for the mean in SST.
    double sumAbsE = 0.0, sumSqE = 0.0, sumAbsY = 0.0, sumY = 0.0;
    double sumApe = 0.0, sumSape = 0.0;
    int apeRows = 0, boundedRows = 0, coveredRows = 0;
    for (std::size_t i = 0; i < rows; ++i) {
        const double y = actual[i];
        const double yhat = predicted[i];
        if (!std::isfinite(y) || !std::isfinite(yhat))
            continue;
        ++m.n;
        const double absE = std::abs(y - yhat);
        sumAbsE += absE;
        sumSqE += absE * absE;
        sumAbsY += std::abs(y);
        sumY += y;
        if (y != 0.0) {
            sumApe += absE / std::abs(y);
            ++apeRows;
        } else {
            ++m.mapeSkipped;
        }
        const double denom = std::abs(y) + std::abs(yhat);
        if (denom > 0.0) // y == yhat == 0 is a perfect forecast: its term is 0, not 0/0
            sumSape += 2.0 * absE / denom;
        if (i < lower.size() && i < upper.size() && std::isfinite(lower[i]) &&
            std::isfinite(upper[i])) {
            ++boundedRows;
            if (lower[i] <= y && y <= upper[i])
                ++coveredRows;
        }
    }
    if (m.n == 0)
        return m;

    const double n = m.n;
    m.mae = sumAbsE / n;
    m.rmse = std::sqrt(sumSqE / n);
    m.smape = 100.0 * sumSape / n;
    if (sumAbsY > 0.0)
        m.wape = 100.0 * sumAbsE / sumAbsY;
    if (apeRows > 0) {
        m.mape = 100.0 * sumApe / apeRows;
        m.accuracy = std::max(0.0, 100.0 - m.mape);
    }
    if (boundedRows > 0)
        m.coverage = static_cast<double>(coveredRows) / boundedRows;

    // Second pass for SST around the mean (two-pass is exact for constant-ish series).
    const double meanY = sumY / n;
    double sst = 0.0;
    for (std::size_t i = 0; i < rows; ++i) {
        if (std::isfinite(actual[i]) && std::isfinite(predicted[i]))
            sst += (actual[i] - meanY) * (actual[i] - meanY);
    }
    if (sst > 0.0)
        m.r2 = 1.0 - sumSqE / sst;
    return m;
}

namespace {
QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}
} // namespace

QJsonObject toJson(const Metrics& m)
{
    QJsonObject o;
    o.insert(QStringLiteral("mae"), number(m.mae));
    o.insert(QStringLiteral("rmse"), number(m.rmse));
    o.insert(QStringLiteral("r2"), number(m.r2));
    o.insert(QStringLiteral("mape"), number(m.mape));
    o.insert(QStringLiteral("smape"), number(m.smape));
    o.insert(QStringLiteral("wape"), number(m.wape));
    o.insert(QStringLiteral("coverage"), number(m.coverage));
    o.insert(QStringLiteral("accuracy"), number(m.accuracy));
    o.insert(QStringLiteral("n"), m.n);
    o.insert(QStringLiteral("mape_skipped"), m.mapeSkipped);
    return o;
}

} // namespace bakery::evaluation
