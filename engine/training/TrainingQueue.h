#pragma once
// The training service of one process: queues jobs in the database, runs up to
// MAX_CONCURRENT_JOBS of them at once (a limit for the whole shop: jobs running in
// other processes count too; each job on its own owning thread), fits their
// products on a private thread pool sized to the machine, and reports progress as
// Qt signals (at most 25 per second per job). Signals are emitted from the job
// threads: connect with the default (auto) connection and they arrive queued on
// the receiver's thread.

#include "storage/JobStore.h"
#include "training/TrainingContext.h"
#include "training/TrainingProgress.h"

#include <QHash>
#include <QObject>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace bakery::training {

class TrainingQueue : public QObject
{
    Q_OBJECT
public:
    explicit TrainingQueue(const TrainingContext& context, QObject* parent = nullptr);
    /// Stops the running jobs (their finished products stay) and waits for them: cancels
    /// them, or hands their products back (setReleaseOnShutdown).
    ~TrainingQueue() override;

    /// Queues a job (or returns the same pending/running one, *existing set) and starts
    /// it when a slot is free.
    std::optional<storage::JobRecord> submit(const storage::JobRequest& request, bool* existing,
                                             QString* error);
    /// Queues the failed and cancelled products of a finished job again (retry_count + 1,
    /// refused beyond max_retries, and refused when the job was already retried).
    std::optional<storage::JobRecord> retry(const QString& jobId, QString* error);
    /// Cancels a pending job, or asks a running one to stop (here or in another process).
    bool cancel(const QString& jobId, QString* error);

    /// Worker mode: also help with running jobs that still have pending products.
    void setJoinRunningJobs(bool join) { m_join = join; }
    /// Look for jobs queued by other processes every `ms` (0: only on submit and finish).
    void setPollInterval(int ms);
    /// Worker processes: when this queue is destroyed, hand the products it is training back
    /// to other workers instead of cancelling the jobs (the default, right for the GUI).
    void setReleaseOnShutdown(bool release) { m_releaseOnShutdown = release; }
    /// Stops claiming new jobs (running ones continue).
    void setAcceptingJobs(bool accept) { m_accepting = accept; }
    int activeJobs() const { return static_cast<int>(m_stops.size()); }
    QStringList activeJobIds() const { return m_stops.keys(); }
    const QString& worker() const { return m_worker; }
    const TrainingContext& context() const { return m_context; }

public slots:
    /// Starts pending jobs while fewer than MAX_CONCURRENT_JOBS run here and in the shop.
    void pump();

signals:
    void jobStarted(const QString& jobId);
    void progress(const bakery::training::TrainingProgress& progress);
    void jobFinished(const QString& jobId, const QString& status);
    /// No job runs in this process any more.
    void idle();

private:
    void start(const storage::JobRecord& job);
    void finished(const QString& jobId, const QString& status);

    const TrainingContext& m_context;
    storage::JobStore m_jobs;
    QString m_worker;
    QThreadPool m_computePool;                                ///< products, one per thread
    QThreadPool m_jobPool;                                    ///< one owning thread per running job
    QHash<QString, std::shared_ptr<std::atomic_int>> m_stops; ///< running jobs here
    QTimer m_poll;
    bool m_join = false;
    bool m_accepting = true;
    bool m_pumping = false;
    bool m_releaseOnShutdown = false;
};

} // namespace bakery::training
