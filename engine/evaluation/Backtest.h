#pragma once
// Pure backtest arithmetic, no model fitting: the holdout split, Prophet's
// cross-validation cutoffs and its performance_metrics rolling aggregation
// (model spec section 8). Times are doubles: days since 1970-01-01.

#include <QString>

#include <cstddef>
#include <vector>

namespace bakery::evaluation {

/// The reference holdout: test rows are those with ds > last ds - holdoutDays.
struct HoldoutSplit
{
    std::size_t trainRows = 0; ///< the first trainRows rows (ds <= cutoff)
    std::size_t testRows = 0;  ///< the remaining rows
    double cutoff = 0.0;       ///< last ds - holdoutDays (NaN for empty input)
};
HoldoutSplit holdoutSplit(const std::vector<double>& sortedDs, double holdoutDays);

/// Prophet's cutoff rule (spec 8.1 step 3), ascending. On failure ("Less data than
/// horizon", no cutoff left after `initial`, horizon/period <= 0 or initial < 0, or any of
/// them not finite) returns an empty list and sets *error (if given).
std::vector<double> generateCutoffs(const std::vector<double>& sortedDs, double horizon,
                                    double period, double initial, QString* error = nullptr);

/// Prophet's defaults: period = 0.5 * horizon, initial = max(3 * horizon, longest period).
struct CvDefaults
{
    double period = 0.0;
    double initial = 0.0;
};
CvDefaults cvDefaults(double horizon, double longestSeasonalityPeriod);

/// One aggregated value per horizon, ascending by horizon.
struct HorizonMetric
{
    double horizon = 0.0;
    double value = 0.0;
};

/// Prophet's rolling_mean_by_h (spec 8.2 step 7): for each horizon, the mean of the w values
/// at that horizon and the nearest smaller ones, the earliest group weighted pro rata.
/// Horizons that cannot gather w values are omitted. w < 1 is treated as 1.
std::vector<HorizonMetric> rollingMean(const std::vector<double>& x, const std::vector<double>& h,
                                       int w);
/// Prophet's rolling_median_by_h (spec 8.2 step 8) over the (x, h) pairs stable-sorted by h.
std::vector<HorizonMetric> rollingMedian(const std::vector<double>& x, const std::vector<double>& h,
                                         int w);

/// One row of a cross-validation result (Prophet's df_cv).
struct CvRow
{
    double ds, cutoff, y, yhat, lower, upper;
};

/// Prophet's performance_metrics, one row per horizon. mse, rmse and mae are in the data's
/// units (mse squared); mape, mdape and smape are fractions as Prophet gives them (not %;
/// smape 0..2); coverage is a share 0..1.
struct PerformanceRow
{
    double horizon; ///< ds - cutoff, days
    double mse, rmse, mae, mape, mdape, smape, coverage;
};

/// performance_metrics(df_cv, rolling_window) with horizon = ds - cutoff (spec 8.2).
/// w = int(rollingWindow * n) clamped to [1, n]; a w below 0 returns every row unaggregated,
/// as Prophet does. mape/mdape are NaN on every row when min |y| < 1e-8 (Prophet drops
/// them); coverage is NaN when no row has finite bounds. Rows with a non-finite y or yhat
/// are dropped first.
std::vector<PerformanceRow> performanceMetrics(const std::vector<CvRow>& rows,
                                               double rollingWindow = 0.1);

} // namespace bakery::evaluation
