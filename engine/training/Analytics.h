#pragma once
// The shop's training analytics, read from the registry and the job tables: how
// accurate each product's current model is, how those accuracies spread over the
// training service's buckets, and how long trainings take.

#include "storage/Database.h"

#include <QJsonObject>
#include <QString>

#include <cmath>
#include <utility>
#include <vector>

namespace bakery::training {

/// A product's current version: the deployed one, else the newest. Metrics are its holdout
/// metrics (NaN when undefined).
struct ProductAccuracy
{
    QString product;
    qint64 modelId = 0;
    QString version;
    bool deployed = false;
    double accuracy = std::nan(""); ///< %, 0..100: max(0, 100 - MAPE)
    double mae = std::nan("");      ///< sales units
    double rmse = std::nan("");     ///< sales units
    double wape = std::nan("");     ///< %
    double mape = std::nan("");     ///< %
    int evaluationSamples = 0;      ///< holdout days scored
};

/// Summary of durations in seconds; NaN when count is 0.
struct DurationStats
{
    int count = 0;
    double mean = std::nan("");
    double median = std::nan("");
    double p95 = std::nan("");
};

/// Products whose accuracy is in [lower, upper); the last bucket is [95, 100], closed.
struct AccuracyBucket
{
    double lower = 0.0, upper = 0.0; ///< %
    int count = 0;
};

struct TrainingAnalytics
{
    /// One per product that has a version; accuracy descending, NaN last, then by name.
    std::vector<ProductAccuracy> products;
    /// Edges 0, 50, 60, 70, 75, 80, 85, 90, 95, 100 (the training service's buckets).
    std::vector<AccuracyBucket> distribution;
    double averageAccuracy = std::nan(""); ///< %, over products with a finite accuracy
    /// Durations of the completed job_products rows that have one, per product name (sorted).
    std::vector<std::pair<QString, DurationStats>> durationByProduct;
    /// The same per job id, newest job first.
    std::vector<std::pair<QString, DurationStats>> durationByJob;
    DurationStats overall;
    QString error; ///< empty unless a query failed (then the rest is what could be read)
};

/// Reads everything for `tenant` (every query is scoped to it).
TrainingAnalytics computeAnalytics(const storage::Database& db, const QString& tenant);

/// {products, distribution, average_accuracy, durations: {overall, by_product, by_job}};
/// NaN as null; durations in seconds.
QJsonObject toJson(const TrainingAnalytics& a);

/// Count, mean, median and 95th percentile of `seconds` (non-finite values are ignored).
/// Median: the middle value, or the mean of the two middle values for an even count.
/// p95: numpy's default ('linear') percentile: with the values sorted x[0..n-1] and
/// h = 0.95 (n - 1), x[floor(h)] + (h - floor(h)) (x[floor(h) + 1] - x[floor(h)]).
/// E.g. {1, 2, 3, 4, 100}: mean 22, median 3, p95 = 4 + 0.8 * 96 = 80.8.
DurationStats durationStats(std::vector<double> seconds);

} // namespace bakery::training
