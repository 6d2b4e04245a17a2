#pragma once
// Two stored versions of one product, side by side on the same recent window, so the
// owner can choose which one to deploy. Both are scored on the same days with the
// same metrics; a version that was trained on those days is flagged (its score is
// in-sample, so flattering), never silently compared as if it were a fair test.

#include "evaluation/Metrics.h"
#include "storage/CovariateStore.h"
#include "storage/ModelRegistry.h"
#include "storage/SalesStore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <limits>
#include <vector>

namespace bakery::training {

struct VersionSide
{
    storage::ModelVersion version;
    evaluation::Metrics onWindow;           ///< both versions scored on the SAME window
    std::vector<double> yhat, lower, upper; ///< one per window day, sales units; NaN bounds
                                            ///< when the model draws no interval samples
    /// The version's training data overlaps the window (or its training dates are unknown):
    /// its metrics are in-sample.
    bool inSample = false;
    /// The model's nominal interval coverage, 0..1 (ModelConfig::intervalWidth).
    double intervalWidth = std::numeric_limits<double>::quiet_NaN();
};

struct VersionComparison
{
    QString error;              ///< empty on success
    std::vector<int> days;      ///< the newest windowDays stored days (days since 1970-01-01)
    std::vector<double> actual; ///< sales on those days; NaN for days flagged as outliers
    VersionSide a, b;
    /// [{metric, a, b, difference (b - a), better: "a" | "b" | "tie"}] for mae, rmse, wape,
    /// mape, r2, accuracy, coverage. Lower is better except r2 and accuracy; for coverage the
    /// one closer to its own interval width is better. A NaN value is null and gives "tie".
    QJsonArray metrics;
    QJsonArray settingDifferences; ///< [{key, a, b}] for hyperparameters that differ
    bool ok() const { return error.isEmpty(); }
};

/// Loads both versions through registry.load() (SHA-256 verified; on failure the error is
/// the registry's). Both must be versions of the same product. The window is the newest
/// `windowDays` stored days of that product (closed days have no row, so they are skipped,
/// not counted); fewer stored days give a shorter window. Each model predicts those days,
/// with its regressors taken from covariates.weather() (data::fillRegressors); a version
/// that cannot predict them gives an error naming it.
VersionComparison compareVersions(const storage::ModelRegistry& registry,
                                  const storage::SalesStore& sales,
                                  const storage::CovariateStore& covariates, qint64 idA, qint64 idB,
                                  int windowDays = 28);

/// {error?, product, window: {start, end, days}, actual, a, b, metrics,
/// setting_differences}; days as ISO dates, NaN as null.
QJsonObject toJson(const VersionComparison& c);

} // namespace bakery::training
