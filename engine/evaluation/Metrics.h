#pragma once
// Point-forecast accuracy metrics for one scored window (holdout or backtest fold).
// Definitions match the reference results (shared/reference/README.md, "Metrics"), so
// our numbers are directly comparable with Prophet's published holdout metrics.

#include <QJsonObject>

#include <limits>
#include <vector>

namespace bakery::evaluation {

/// Metrics over the scored rows; e = y - yhat. Every double is NaN when undefined.
struct Metrics
{
    static constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

    int n = 0;              ///< rows scored: actual and prediction both finite
    double mae = kNaN;      ///< mean |e|, in the series' units
    double rmse = kNaN;     ///< sqrt(mean e^2), in the series' units
    double r2 = kNaN;       ///< 1 - SSE/SST; can be negative; NaN if SST == 0
    double mape = kNaN;     ///< %: 100 * mean(|e|/|y|) over rows with y != 0 only
    double smape = kNaN;    ///< %, 0..200: 100 * mean(2|e|/(|y|+|yhat|)), a 0/0 term is 0
    double wape = kNaN;     ///< %: 100 * sum|e| / sum|y|; NaN if sum|y| == 0
    double coverage = kNaN; ///< share 0..1 with lower <= y <= upper; NaN without bounds
    int mapeSkipped = 0;    ///< scored rows with y == 0, left out of MAPE
    double accuracy = kNaN; ///< %: max(0, 100 - MAPE) (service design); NaN if MAPE is NaN
};

/// Scores `predicted` against `actual`, row by row. Rows where either value is not finite
/// (e.g. a NaN actual for a missing day) are ignored; only the first
/// min(actual.size(), predicted.size()) rows are read.
/// `lower`/`upper` are optional interval bounds: coverage counts the scored rows that have
/// both bounds (index in range and finite); it is NaN when there are no such rows.
Metrics computeMetrics(const std::vector<double>& actual, const std::vector<double>& predicted,
                       const std::vector<double>& lower = {},
                       const std::vector<double>& upper = {});

/// Keys: mae, rmse, r2, mape, smape, wape, coverage, accuracy (NaN -> null), n, mape_skipped.
QJsonObject toJson(const Metrics& m);

} // namespace bakery::evaluation
