#include "training/TrainingQueue.h"

#include "storage/EventLog.h"
#include "training/TrainingRunner.h"
#include "training/WorkerIdentity.h"

#include <QThread>

namespace bakery::training {

TrainingQueue::TrainingQueue(const TrainingContext& context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_jobs(context.db, context.tenant)
    , m_worker(currentWorkerId())
{
    qRegisterMetaType<bakery::training::TrainingProgress>();
    m_computePool.setMaxThreadCount(std::max(1, context.limits.threads));
    m_jobPool.setMaxThreadCount(std::max(1, context.limits.maxConcurrentJobs));
    // Training takes what the machine has left: the GUI thread (and the rest of the desktop)
    // is served first, so the app stays responsive while every core fits models. On Linux,
    // IdlePriority is SCHED_IDLE (the only Qt priority Linux honours): full speed on an idle
    // machine, but a job waits while other programs keep every core busy. Measured against
    // nice 10 and nice 19 threads, it gave the lowest GUI latency (docs/benchmarks.md).
    m_computePool.setThreadPriority(QThread::IdlePriority);
    m_jobPool.setThreadPriority(QThread::LowPriority);
    connect(&m_poll, &QTimer::timeout, this, &TrainingQueue::pump);
}

TrainingQueue::~TrainingQueue()
{
    m_accepting = false;
    for (const auto& stop : std::as_const(m_stops))
        stop->store(m_releaseOnShutdown ? TrainingRunner::Release : TrainingRunner::Cancel);
    m_jobPool.waitForDone();
    m_computePool.waitForDone();
}

void TrainingQueue::setPollInterval(int ms)
{
    if (ms <= 0) {
        m_poll.stop();
        return;
    }
    m_poll.start(ms);
}

std::optional<storage::JobRecord> TrainingQueue::submit(const storage::JobRequest& request,
                                                        bool* existing, QString* error)
{
    storage::JobRequest r = request;
    if (r.requestedBy.isEmpty())
        r.requestedBy = storage::osUser();
    if (r.maxRetries < 0)
        r.maxRetries = m_context.limits.maxRetries;
    auto job = m_jobs.submit(r, existing, error);
    if (job)
        QMetaObject::invokeMethod(this, &TrainingQueue::pump, Qt::QueuedConnection);
    return job;
}

std::optional<storage::JobRecord> TrainingQueue::retry(const QString& jobId, QString* error)
{
    const auto old = m_jobs.job(jobId);
    if (!old) {
        *error = tr("No job %1").arg(jobId);
        return std::nullopt;
    }
    if (!old->isFinished()) {
        *error = tr("Job %1 is still %2").arg(jobId, old->status);
        return std::nullopt;
    }
    if (old->retryCount >= old->maxRetries) {
        *error = tr("Job %1 was retried %2 times already (MAX_TRAINING_RETRIES)")
                     .arg(jobId)
                     .arg(old->retryCount);
        return std::nullopt;
    }
    storage::JobRequest r;
    for (const storage::JobProduct& p : m_jobs.products(jobId)) {
        if (p.status == storage::job::kFailed || p.status == storage::job::kCancelled)
            r.products << p.productName;
    }
    if (r.products.isEmpty() && old->productsTotal > 0) {
        *error = tr("Job %1 has no failed or cancelled product to retry").arg(jobId);
        return std::nullopt;
    }
    r.products = r.products.isEmpty() ? old->products : r.products;
    r.force = true;
    r.priority = old->priority;
    r.trigger = QStringLiteral("retry");
    r.retryOf = jobId;
    r.retryCount = old->retryCount + 1;
    r.maxRetries = old->maxRetries;
    r.config = old->config;
    bool existing = false;
    return submit(r, &existing, error);
}

bool TrainingQueue::cancel(const QString& jobId, QString* error)
{
    if (!m_jobs.requestCancel(jobId, storage::osUser(), error))
        return false;
    if (auto stop = m_stops.value(jobId))
        stop->store(TrainingRunner::Cancel);
    return true;
}

void TrainingQueue::pump()
{
    if (m_pumping || !m_accepting)
        return;
    m_pumping = true;
    while (m_stops.size() < m_context.limits.maxConcurrentJobs) {
        QString error;
        // MAX_CONCURRENT_JOBS holds for the shop (every process), and per process here.
        std::optional<storage::JobRecord> job =
            m_jobs.claimNextJob(m_worker, m_context.limits.maxConcurrentJobs, &error);
        if (!job && m_join)
            job = m_jobs.joinableJob(m_stops.keys());
        if (!job)
            break;
        start(*job);
    }
    m_pumping = false;
}

void TrainingQueue::start(const storage::JobRecord& job)
{
    auto stop = std::make_shared<std::atomic_int>(TrainingRunner::Continue);
    m_stops.insert(job.jobId, stop);
    emit jobStarted(job.jobId);
    m_jobPool.start([this, job, stop]() {
        TrainingRunner runner(
            m_context, m_computePool, m_worker,
            [this](const TrainingProgress& p) { emit progress(p); }, stop.get());
        const QString status = runner.run(job);
        m_context.db.releaseThreadConnection();
        QMetaObject::invokeMethod(
            this, [this, id = job.jobId, status]() { finished(id, status); }, Qt::QueuedConnection);
    });
}

void TrainingQueue::finished(const QString& jobId, const QString& status)
{
    m_stops.remove(jobId);
    emit jobFinished(jobId, status);
    pump();
    if (m_stops.isEmpty())
        emit idle();
}

} // namespace bakery::training
