#include "training/TrainingRunner.h"

#include "calendar/EpochDay.h"
#include "storage/CovariateStore.h"
#include "storage/ModelRegistry.h"
#include "training/JobSummary.h"
#include "training/ProductTask.h"
#include "training/ResultWriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QThread>

#include <condition_variable>
#include <deque>
#include <limits>
#include <memory>
#include <mutex>

namespace bakery::training {

namespace {

// The sentences' translation context is "TrainingRunner".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TrainingRunner)
};

constexpr int kClaimRetryMs = 200; ///< wait before claiming again after a claim error

const QStringList kSteps = {QStringLiteral("readiness"),   QStringLiteral("outliers"),
                            QStringLiteral("holdout_fit"), QStringLiteral("evaluate"),
                            QStringLiteral("compare"),     QStringLiteral("final_fit"),
                            QStringLiteral("serialise")};

class JobRun
{
public:
    JobRun(const TrainingContext& ctx, QThreadPool& pool, QString worker,
           const TrainingRunner::ProgressSink& sink, const std::atomic_int* stop,
           storage::JobRecord job)
        : m_ctx(ctx)
        , m_pool(pool)
        , m_worker(std::move(worker))
        , m_sink(sink)
        , m_stop(stop)
        , m_job(std::move(job))
        // The settings the job was queued with (its config), else the current ones.
        , m_options(m_job.config.isEmpty() ? ctx.options
                                           : optionsFromJson(m_job.config, ctx.options))
        , m_jobs(ctx.db, ctx.tenant)
        , m_registry(ctx.db, ctx.artifacts, ctx.tenant)
        , m_writer(ctx, m_options, m_jobs, m_registry)
        , m_channel(std::make_shared<TaskChannel>())
    {
    }

    QString execute();

private:
    bool prepare(const storage::JobProduct& p, ProductTask* item);
    void handle(ProductTask item);
    void discard(const ProductTask& item) const
    {
        if (item.result.artifact)
            m_ctx.artifacts.remove(item.result.artifact->relativePath);
    }
    QString stopReason();
    void report(bool force, const QString& status = storage::job::kRunning);
    QString stop(const QString& why);

    const TrainingContext& m_ctx;
    QThreadPool& m_pool;
    QString m_worker;
    const TrainingRunner::ProgressSink& m_sink;
    const std::atomic_int* m_stop;
    storage::JobRecord m_job;
    TrainingOptions m_options;
    storage::JobStore m_jobs;
    storage::ModelRegistry m_registry;
    ResultWriter m_writer;
    std::shared_ptr<TaskChannel> m_channel;
    std::shared_ptr<const storage::WeatherSeries> m_weather;
    std::shared_ptr<const calendar::HolidayTable> m_events;
    QHash<qint64, QString> m_fingerprints;
    int m_inFlight = 0;
    QElapsedTimer m_sinceStart, m_sinceReport, m_sinceBeat, m_sinceCancelCheck;
    qint64 m_jobAgeMs = 0; ///< job age when this runner began (joined jobs started earlier)
    int m_done = 0, m_failed = 0, m_skipped = 0; ///< by this runner
    std::vector<ProductOutcome> m_unreported;
    bool m_reported = false;
};

bool JobRun::prepare(const storage::JobProduct& p, ProductTask* item)
{
    QElapsedTimer t;
    t.start();
    item->product = p;
    ProductInput in;
    in.productId = p.productId;
    in.name = p.productName;
    in.sales = storage::SalesStore(m_ctx.db, m_ctx.tenant).sales(p.productName);
    in.weather = m_weather;
    in.events = m_events;
    storage::StepLog load;
    load.jobId = p.jobId;
    load.productId = p.productId;
    load.productName = p.productName;
    load.step = QStringLiteral("load");
    load.status = QStringLiteral("ok");
    load.message = Text::tr("%n days of sales", nullptr, static_cast<int>(in.sales.size()));
    // Unchanged since its newest version: skipped before its deployed model is read.
    QElapsedTimer check;
    check.start();
    const QString fingerprint = dataFingerprint(in, m_options);
    if (!m_job.force && m_fingerprints.value(p.productId) == fingerprint) {
        const double checkMs = static_cast<double>(check.nsecsElapsed()) / 1e6;
        load.durationMs = static_cast<double>(t.nsecsElapsed()) / 1e6 - checkMs;
        item->logs.push_back(load);
        m_unreported.push_back(m_writer.writeSkipped(
            p, Text::tr("sales and settings unchanged since its latest model"), item->logs,
            checkMs));
        ++m_done, ++m_skipped;
        return false;
    }
    qint64 loadedModelId = 0;
    if (const auto deployed = m_registry.deployed(p.productId)) {
        DeployedModel d;
        d.modelId = deployed->id;
        d.version = deployed->version;
        const QDate end = QDate::fromString(deployed->trainingEnd, Qt::ISODate);
        // Unknown end: assume it saw everything, so the policy refits rather than trusts it.
        d.trainingEndDay =
            end.isValid() ? calendar::toEpochDay(end) : std::numeric_limits<int>::max();
        // Verified like every load (and recorded as one with the result); a damaged file
        // leaves modelJson empty, so the policy deploys the new version and says why.
        QString error;
        if (auto c = m_ctx.artifacts.read(deployed->modelPath, deployed->checksum, &error)) {
            d.modelJson = c->modelJson;
            loadedModelId = deployed->id;
        } else {
            load.status = QStringLiteral("failed");
            load.message = error;
        }
        in.deployed = d;
    }
    load.durationMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
    item->logs.push_back(load);
    item->result.productId = p.productId;
    item->result.name = p.productName;
    startProductTask(m_pool, m_channel, *item, std::move(in), m_options, m_ctx.artifacts,
                     loadedModelId, m_ctx.tenant);
    ++m_inFlight;
    return true;
}

void JobRun::handle(ProductTask item)
{
    --m_inFlight;
    if (m_channel->abort.load() || item.result.status == storage::job::kCancelled) {
        discard(item); // abandoned: nothing of it stays
        return;
    }
    ProductOutcome o = m_writer.write(item.product, item.result, std::move(item.logs));
    if (o.status == storage::job::kCancelled)
        return;
    ++m_done;
    m_failed += o.status == storage::job::kFailed;
    m_unreported.push_back(o);
}

QString JobRun::stopReason()
{
    if (m_stop && m_stop->load() == TrainingRunner::Cancel)
        return QStringLiteral("cancel");
    if (m_stop && m_stop->load() == TrainingRunner::Release)
        return QStringLiteral("release");
    if (m_jobAgeMs + m_sinceStart.elapsed() > m_ctx.limits.timeLimitMs)
        return QStringLiteral("timeout");
    if (m_sinceCancelCheck.elapsed() >= 300) {
        m_sinceCancelCheck.restart();
        if (m_jobs.isCancelRequested(m_job.jobId))
            return QStringLiteral("cancel");
    }
    return {};
}

void JobRun::report(bool force, const QString& status)
{
    if (!force && m_reported && m_sinceReport.elapsed() < TrainingRunner::kReportIntervalMs)
        return;
    m_sinceReport.restart();
    m_reported = true;
    const std::optional<storage::JobRecord> fresh = m_jobs.job(m_job.jobId);
    TrainingProgress p;
    p.jobId = m_job.jobId;
    p.status = status;
    p.final = status != storage::job::kRunning;
    p.productsTotal = fresh ? fresh->productsTotal : m_job.productsTotal;
    p.startedAt = m_job.startedAt;
    p.elapsedSeconds = static_cast<double>(m_jobAgeMs + m_sinceStart.elapsed()) / 1000.0;
    double running = 0.0;
    {
        std::lock_guard lock(m_channel->mutex);
        p.productSteps = m_channel->steps;
        p.currentStep = m_channel->lastStep;
        for (const QString& step : std::as_const(p.productSteps))
            running += static_cast<double>(kSteps.indexOf(step) + 1) / (kSteps.size() + 1);
    }
    // Counts come from the database so several workers on one job agree.
    if (fresh) {
        p.productsDone = fresh->productsCompleted;
        p.productsFailed = fresh->productsFailed;
        p.productsSkipped = fresh->productsSkipped;
    }
    p.productsDone = std::max(p.productsDone, m_done);
    p.productsFailed = std::max(p.productsFailed, m_failed);
    p.productsSkipped = std::max(p.productsSkipped, m_skipped);
    p.percent = p.final && status == storage::job::kCompleted ? 100.0
                : p.productsTotal > 0
                    ? std::min(100.0, 100.0 * (p.productsDone + running) / p.productsTotal)
                    : 0.0;
    // From the job's wall time and the database's done count (every worker's products):
    // elapsed / done * remaining. Only once a product was really trained: skips are instant
    // and would promise a too early end.
    if (p.productsDone > p.productsSkipped && p.productsTotal > p.productsDone)
        p.etaSeconds = p.elapsedSeconds / p.productsDone * (p.productsTotal - p.productsDone);
    p.finished = std::move(m_unreported);
    m_unreported.clear();
    if (m_sinceBeat.elapsed() >= 1000 || p.final) {
        m_sinceBeat.restart();
        m_jobs.updateProgress(m_job.jobId, p.percent, p.currentStep,
                              std::isfinite(p.etaSeconds) ? p.etaSeconds / 60.0 : std::nan(""),
                              m_worker, nullptr);
    }
    if (m_sink)
        m_sink(p);
}

QString JobRun::stop(const QString& why)
{
    m_channel->abort = true;
    if (why == QLatin1String("release")) {
        // Hand this worker's products back; whoever works on the job finishes it.
        m_jobs.releaseProducts(m_job.jobId, m_worker, nullptr);
        std::unique_lock lock(m_channel->mutex);
        m_channel->ready.wait(lock, [&] { return int(m_channel->done.size()) == m_inFlight; });
        for (const ProductTask& item : m_channel->done)
            discard(item);
        m_channel->done.clear();
        m_inFlight = 0;
        // No final report: it would write this leaving worker into the job's row.
        return storage::job::kRunning;
    }
    const bool cancel = why == QLatin1String("cancel");
    const QString minutes = QString::number(m_ctx.limits.timeLimitMs / 60000.0, 'g', 3);
    const QString message =
        cancel ? Text::tr("Cancelled. Products trained before keep their new versions.")
               : Text::tr("Stopped after %1 minutes (MAX_TRAINING_TIME_MINUTES). Products "
                          "trained before keep their new versions; retry the job for the "
                          "rest, or raise the limit.")
                     .arg(minutes);
    const QString status = cancel ? storage::job::kCancelled : storage::job::kFailed;
    const QString type = cancel ? QStringLiteral("cancelled") : QStringLiteral("timeout");
    // Every unfinished product of the job, whoever runs it: their results will not be written.
    m_jobs.abandonProducts(m_job.jobId, {}, status, type, message, nullptr);
    std::unique_lock lock(m_channel->mutex);
    m_channel->ready.wait(lock, [&] { return int(m_channel->done.size()) == m_inFlight; });
    for (const ProductTask& item : m_channel->done)
        discard(item);
    m_channel->done.clear();
    m_inFlight = 0;
    lock.unlock();
    const JobSummary summary = summarizeJob(m_jobs, m_job);
    QString error;
    QString final = m_jobs.job(m_job.jobId).value_or(m_job).status;
    if (m_jobs.finishJob(
            m_job.jobId, status, type, message, summary.results, &error,
            [&](QSqlDatabase& db) { return writeJobEvent(db, m_ctx, summary, type, message); }))
        final = status;
    report(true, final == storage::job::kRunning ? status : final);
    return final;
}

QString JobRun::execute()
{
    m_sinceStart.start();
    m_sinceReport.start();
    m_sinceBeat.start();
    m_sinceCancelCheck.start();
    const QDateTime started = QDateTime::fromString(m_job.startedAt, Qt::ISODate);
    m_jobAgeMs = started.isValid() ? started.msecsTo(QDateTime::currentDateTimeUtc()) : 0;
    const storage::CovariateStore covariates(m_ctx.db, m_ctx.tenant);
    if (auto w = covariates.weather(); !w.empty())
        m_weather = std::make_shared<const storage::WeatherSeries>(std::move(w));
    if (auto e = covariates.events(); !e.empty())
        m_events = std::make_shared<const calendar::HolidayTable>(std::move(e));
    m_fingerprints = m_registry.latestFingerprints();
    report(true);
    // Enough claimed work to keep every pool thread busy while results are written.
    const int capacity = m_pool.maxThreadCount() + 1;
    bool exhausted = false;
    for (;;) {
        if (const QString why = stopReason(); !why.isEmpty())
            return stop(why);
        while (!exhausted && m_inFlight < capacity) {
            QString error;
            const auto claimed =
                m_jobs.claimProducts(m_job.jobId, m_worker, capacity - m_inFlight, &error);
            if (!error.isEmpty()) {
                // Not "no more work": the database was busy or unreachable. Try again after
                // a short wait (the loop's stop conditions still apply).
                QThread::msleep(kClaimRetryMs);
                break;
            }
            exhausted = claimed.empty();
            for (const storage::JobProduct& p : claimed) {
                ProductTask item;
                prepare(p, &item);
            }
        }
        if (exhausted && m_inFlight == 0)
            break;
        std::deque<ProductTask> ready;
        {
            std::unique_lock lock(m_channel->mutex);
            m_channel->ready.wait_for(lock,
                                      std::chrono::milliseconds(TrainingRunner::kReportIntervalMs),
                                      [&] { return !m_channel->done.empty(); });
            ready.swap(m_channel->done);
        }
        for (ProductTask& item : ready)
            handle(std::move(item));
        report(false);
    }
    const JobSummary summary = summarizeJob(m_jobs, m_job);
    const bool allFailed = summary.total > 0 && summary.failed == summary.total;
    const QString status =
        summary.total == 0 || allFailed ? storage::job::kFailed : storage::job::kCompleted;
    const QString type = summary.total == 0 ? QStringLiteral("no_products")
                         : allFailed        ? QStringLiteral("all_products_failed")
                                            : QString();
    const QString message = summary.total == 0 ? Text::tr("There are no products to train: "
                                                          "import sales history first.")
                            : allFailed        ? Text::tr("No product could be trained.")
                                               : QString();
    QString error;
    QString final = storage::job::kRunning;
    if (m_jobs.finishJob(
            m_job.jobId, status, type, message, summary.results, &error,
            [&](QSqlDatabase& db) { return writeJobEvent(db, m_ctx, summary, type, message); }))
        final = status;
    report(true, final);
    return final;
}

} // namespace

TrainingRunner::TrainingRunner(const TrainingContext& context, QThreadPool& pool, QString worker,
                               ProgressSink sink, const std::atomic_int* stop)
    : m_context(context)
    , m_pool(pool)
    , m_worker(std::move(worker))
    , m_sink(std::move(sink))
    , m_stop(stop)
{
}

QString TrainingRunner::run(const storage::JobRecord& job)
{
    JobRun run(m_context, m_pool, m_worker, m_sink, m_stop, job);
    const QString status = run.execute();
    return status;
}

} // namespace bakery::training
