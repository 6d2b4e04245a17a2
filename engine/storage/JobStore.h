#pragma once
// The training job queue in the database (training_job_queue, job_products,
// model_training_logs). The database is the queue: a job's products are rows that
// workers claim, so one process or several (on PostgreSQL, with FOR UPDATE SKIP
// LOCKED) drain the same job without training a product twice.
//
// Methods taking a QSqlDatabase& run inside a transaction the caller owns (the one
// that also registers the model), so a product's result is written whole or not at all.

#include "storage/Database.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cmath>
#include <functional>
#include <optional>
#include <vector>

namespace bakery::storage {

namespace job {
inline const QString kPending = QStringLiteral("pending");
inline const QString kRunning = QStringLiteral("running");
inline const QString kCompleted = QStringLiteral("completed");
inline const QString kFailed = QStringLiteral("failed");
inline const QString kCancelled = QStringLiteral("cancelled");
inline const QString kSkipped = QStringLiteral("skipped"); ///< products only
} // namespace job

struct JobRequest
{
    QStringList products; ///< names; empty: every product of the shop
    bool force = false;   ///< retrain products whose sales did not change
    int priority = 0;     ///< higher first; equal priorities run in submission order
    QString trigger = QStringLiteral("manual"); ///< manual, schedule or retry
    QString requestedBy;                        ///< operating-system user
    QString retryOf;                            ///< job_id this job retries
    int retryCount = 0;
    int maxRetries = -1; ///< -1: MAX_TRAINING_RETRIES (3 when queued without a TrainingQueue)
    QJsonObject config;  ///< the settings the job trains with
};

struct JobRecord
{
    qint64 id = 0;
    QString jobId; ///< "job-<UTC time>-<random>", what users type
    QString jobType;
    QStringList products;
    bool force = false;
    int priority = 0;
    QString status;
    QString trigger;
    QString requestedBy;
    QString createdAt, startedAt, completedAt, heartbeatAt; ///< ISO-8601 UTC
    QString worker;                                         ///< "host:pid" that claimed it
    int productsTotal = 0;
    int productsCompleted = 0; ///< finished in any way (trained, failed, skipped)
    int productsFailed = 0;
    int productsSkipped = 0;
    double progress = 0.0; ///< 0..100
    QString currentStep;
    double estimatedDurationMinutes = std::nan("");
    int retryCount = 0;
    int maxRetries = 3;
    QString retryOf;
    bool cancelRequested = false;
    QString cancelledBy;
    QString errorType, errorMessage;
    QJsonObject config;
    QJsonObject results;
    bool isFinished() const { return status != job::kPending && status != job::kRunning; }
};

struct JobProduct
{
    QString jobId;
    qint64 productId = 0;
    QString productName;
    QString status;
    QString worker;
    QString startedAt, finishedAt;
    double durationMs = std::nan("");
    qint64 modelId = 0; ///< the version it produced (or the identical one it reused)
    double accuracy = std::nan("");
    bool deployed = false;
    QString errorType, errorMessage, recommendedAction;
};

struct StepLog
{
    QString jobId;
    qint64 productId = 0; ///< 0: a job-level line
    QString productName;
    QString step;   ///< load, readiness, outliers, holdout_fit, evaluate, final_fit, ...
    QString status; ///< ok, failed, skipped, info
    QString message;
    QString startTime, endTime;
    double durationMs = std::nan("");
    QJsonObject results;
};

class JobStore
{
public:
    JobStore(const Database& db, QString tenant);

    /// Queues a job. When a pending or running job (not being cancelled) asks for the same
    /// products with the same force flag, returns that one instead and sets *existing.
    /// Unknown product names are refused (nothing queued), and so is a second retry of the
    /// same job (`retryOf`).
    std::optional<JobRecord> submit(const JobRequest& request, bool* existing,
                                    QString* error) const;
    std::optional<JobRecord> job(const QString& jobId) const;
    /// Newest first.
    std::vector<JobRecord> jobs(int limit = 200) const;
    int countWithStatus(const QString& status) const;

    /// Takes the next pending job (priority, then FIFO) for `worker`, marks it running and
    /// lists its products as pending rows. nullopt when none, when `maxRunning` (> 0) jobs of
    /// the shop already run in any process (MAX_CONCURRENT_JOBS), or on error (*error set).
    std::optional<JobRecord> claimNextJob(const QString& worker, int maxRunning,
                                          QString* error) const;
    /// A running job that still has pending products and is not in `exclude` (another
    /// worker's job this one can help with).
    std::optional<JobRecord> joinableJob(const QStringList& exclude) const;
    /// Claims up to `n` pending products of `jobId` for `worker` (marks them running).
    std::vector<JobProduct> claimProducts(const QString& jobId, const QString& worker, int n,
                                          QString* error) const;
    std::vector<JobProduct> products(const QString& jobId) const;

    /// Inside the caller's transaction: the product's final state. False with *abandoned set
    /// when the product is no longer running (cancel, timeout, recovery took it).
    bool finishProduct(QSqlDatabase& db, const JobProduct& p, QString* error,
                       bool* abandoned = nullptr) const;
    bool addLogs(QSqlDatabase& db, const std::vector<StepLog>& logs, QString* error) const;
    bool addLogs(const std::vector<StepLog>& logs, QString* error) const; ///< own transaction
    std::vector<StepLog> logs(const QString& jobId) const;

    /// Progress columns and heartbeat (counts from job_products). `worker` becomes the job's
    /// worker: the process that last showed it is alive, which crash recovery checks.
    bool updateProgress(const QString& jobId, double progress, const QString& step,
                        double etaMinutes, const QString& worker, QString* error) const;
    bool requestCancel(const QString& jobId, const QString& by, QString* error) const;
    bool isCancelRequested(const QString& jobId) const;
    /// Products of `jobId` still pending, or running under `worker` (empty: any), become
    /// `status` (cancelled or failed) with `reason`; their partial work is discarded.
    bool abandonProducts(const QString& jobId, const QString& worker, const QString& status,
                         const QString& errorType, const QString& reason, QString* error) const;
    /// This worker's running products of the job go back to pending (a worker that leaves),
    /// and the job's worker is cleared if it names this worker: a job without a worker is
    /// left to its heartbeat (recovery fails it only when that is stale).
    bool releaseProducts(const QString& jobId, const QString& worker, QString* error) const;
    /// Running -> `status`, only if no product is pending or running (or `status` is not
    /// completed). True when this call made the change (exactly one caller does); then
    /// `alsoWrite` (e.g. the job's event) runs in the same transaction.
    bool finishJob(const QString& jobId, const QString& status, const QString& errorType,
                   const QString& message, const QJsonObject& results, QString* error,
                   const std::function<bool(QSqlDatabase&)>& alsoWrite = {}) const;

    /// Jobs left running by a process that no longer exists (`isAlive(worker)` false; a job
    /// without a worker counts as alive), or whose heartbeat is older than `staleSeconds`,
    /// become failed ("interrupted"); their unfinished products too. Returns the job ids this
    /// call changed (a job another process recovered at the same time is not among them).
    QStringList recoverInterrupted(const std::function<bool(const QString&)>& isAlive,
                                   int staleSeconds, QString* error) const;

private:
    const Database& m_db;
    QString m_tenant;
};

} // namespace bakery::storage
