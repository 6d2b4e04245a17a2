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
    ResultWriter(const TrainingContext& context, const storage::JobStore& jobs,
                 const storage::ModelRegistry& registry);

    /// Writes `result` of `product` (status completed or failed). `extraLogs` (e.g. the
    /// load step measured by the runner) come first in the log.
    ProductOutcome write(const storage::JobProduct& product, const ProductResult& result,
                         std::vector<storage::StepLog> extraLogs) const;
    /// Records a product skipped because nothing changed since its newest version.
    ProductOutcome writeSkipped(const storage::JobProduct& product, const QString& reason,
                                std::vector<storage::StepLog> logs) const;
    /// Records a product that failed before it could be trained (e.g. its data could not be
    /// read).
    ProductOutcome writeFailure(const storage::JobProduct& product, const QString& errorType,
                                const QString& message, const QString& action,
                                std::vector<storage::StepLog> logs) const;

private:
    /// finishProduct + logs in one transaction. False: the product was abandoned or the
    /// write failed (*error).
    bool record(const storage::JobProduct& p, const std::vector<storage::StepLog>& logs,
                const std::function<bool(QSqlDatabase&)>& more, QString* error) const;

    const TrainingContext& m_context;
    const storage::JobStore& m_jobs;
    const storage::ModelRegistry& m_registry;
};

/// The artifact's files for a result: model.json, metadata.json, holdout.csv.
artifacts::ArtifactContents artifactContents(const ProductResult& r, const QString& version,
                                             const QString& jobId, const QString& fingerprint);

} // namespace bakery::training
