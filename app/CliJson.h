#pragma once
// The JSON shapes bakery-trainer-cli prints for the engine's records (snake_case keys,
// NaN and unset values as null), shared by the commands and the progress output.

#include "storage/JobStore.h"
#include "storage/ModelRegistry.h"
#include "training/TrainingProgress.h"

#include <QJsonObject>
#include <QJsonValue>

namespace bakery::artifacts {
class ArtifactStore;
}

namespace bakery::app::cli {

/// null for NaN and infinities.
QJsonValue jsonNumber(double v);
/// null for an empty string.
QJsonValue jsonText(const QString& s);

/// Every column of the job, plus duration_seconds (start to completion, or to now).
QJsonObject jobJson(const storage::JobRecord& job);
QJsonObject jobProductJson(const storage::JobProduct& p);
QJsonObject stepLogJson(const storage::StepLog& log);
QJsonObject outcomeJson(const training::ProductOutcome& o);
/// One progress report: {type: "progress", job_id, status, percent, products_done, ...,
/// started_at, elapsed_seconds, ...}.
QJsonObject progressJson(const training::TrainingProgress& p);

/// A version; `full` adds hyperparameters, features, the artifact (with its absolute path
/// when `store` is given), training dates and fingerprints.
QJsonObject versionJson(const storage::ModelVersion& v, bool full = false,
                        const artifacts::ArtifactStore* store = nullptr);
QJsonObject deploymentJson(const storage::Deployment& d);

} // namespace bakery::app::cli
