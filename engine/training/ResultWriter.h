#pragma once
// The one place a product's training result is written: the artifact file first
// (atomically), then one transaction with the version, its metrics, its artifact
// row, the deploy decision, the product's job row and its step logs. A crash
// leaves either the whole new version or nothing (an orphan file at worst, which
// recovery removes). A product abandoned meanwhile (cancel, timeout) writes nothing.

#include "storage/JobStore.h"
#include "storage/ModelRegistry.h"
#include "training/TrainingContext.h"
#include "training/TrainingProgress.h"

namespace bakery::training {

class ResultWriter
{
public:
    /// `options`: what the job trains with (its autoDeploy decides whether to deploy).
    ResultWriter(const TrainingContext& context, const TrainingOptions& options,
                 const storage::JobStore& jobs, const storage::ModelRegistry& registry);

    /// Writes `result` of `product` (status completed or failed). `extraLogs` (e.g. the
    /// load step measured by the runner) come first in the log.
    ProductOutcome write(const storage::JobProduct& product, const ProductResult& result,
                         std::vector<storage::StepLog> extraLogs) const;
    /// Records a product skipped because nothing changed since its newest version;
    /// `checkMs`: how long that check took.
    ProductOutcome writeSkipped(const storage::JobProduct& product, const QString& reason,
                                std::vector<storage::StepLog> logs, double checkMs) const;
    /// Records a product that failed before it could be trained (e.g. its data could not be
    /// read). `loadedModelId`: a deployed version read for it (artifact_loaded), 0 if none.
    ProductOutcome writeFailure(const storage::JobProduct& product, const QString& errorType,
                                const QString& message, const QString& action,
                                std::vector<storage::StepLog> logs, qint64 loadedModelId = 0) const;

private:
    /// Runs before finishProduct and addLogs in the product's transaction; may change the
    /// product row and add log lines (a retry starts again from the originals).
    using More =
        std::function<bool(QSqlDatabase&, storage::JobProduct&, std::vector<storage::StepLog>&)>;
    /// `more` + artifact_loaded event + finishProduct + logs in one transaction; a failure
    /// other than an abandoned product is retried once. On success `p` is what was written.
    /// False: *abandoned (cancel, timeout) or the write failed (*error).
    bool record(storage::JobProduct& p, const std::vector<storage::StepLog>& logs, const More& more,
                qint64 loadedModelId, QString* error, bool* abandoned) const;
    bool attempt(storage::JobProduct& p, std::vector<storage::StepLog>& logs, const More& more,
                 qint64 loadedModelId, QString* error, bool* abandoned) const;
    /// record() without extra work; a product that cannot be recorded is marked failed in
    /// its own transaction (never left running).
    ProductOutcome recordOrFail(storage::JobProduct p, const std::vector<storage::StepLog>& logs,
                                ProductOutcome o, qint64 loadedModelId) const;
    /// Inside the register transaction: deploys `modelId` unless the deployed version is no
    /// longer the one the decision compared against (`r.comparedModelId`).
    bool autoDeploy(QSqlDatabase& db, storage::JobProduct& p, qint64 modelId,
                    const ProductResult& r, std::vector<storage::StepLog>& logs,
                    QString* error) const;
    /// A stored version of the product with this model hash whose artifact verifies (the
    /// deployed one first), 0 if none.
    qint64 reusableIdentical(qint64 productId, const QString& hash) const;

    const TrainingContext& m_context;
    const TrainingOptions& m_options;
    const storage::JobStore& m_jobs;
    const storage::ModelRegistry& m_registry;
};

/// The artifact's files for a result: model.json, metadata.json, holdout.csv.
artifacts::ArtifactContents artifactContents(const ProductResult& r, const QString& version,
                                             const QString& jobId, const QString& fingerprint);

} // namespace bakery::training
