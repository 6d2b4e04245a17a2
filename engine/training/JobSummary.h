#pragma once
// A job's outcome, read back from its products (all workers' work), as the
// training service's events describe it: training_completed with results per
// product, average accuracy and duration; training_failed with error type,
// message, recommended action and severity.

#include "storage/JobStore.h"
#include "training/TrainingContext.h"

#include <QJsonObject>

namespace bakery::training {

struct JobSummary
{
    QString jobId;
    int total = 0, completed = 0, failed = 0, skipped = 0, cancelled = 0;
    double averageAccuracy = std::nan(""); ///< over trained products with a defined accuracy
    double durationSeconds = 0.0;          ///< from the job's start to now
    QJsonObject results; ///< stored in training_job_queue.results and the event payload
};

JobSummary summarizeJob(const storage::JobStore& jobs, const storage::JobRecord& job);

/// training_completed (severity info, or warning when some products failed), or
/// training_failed (error) when `errorType` is set. Inside the caller's transaction.
bool writeJobEvent(QSqlDatabase& db, const TrainingContext& ctx, const JobSummary& summary,
                   const QString& errorType, const QString& message);

/// What the owner should do about a job-level failure.
QString recommendedAction(const QString& errorType);

} // namespace bakery::training
