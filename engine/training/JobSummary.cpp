#include "training/JobSummary.h"

#include "storage/EventLog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace bakery::training {

namespace {

// The sentences' translation context is "JobSummary".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JobSummary)
};

} // namespace

JobSummary summarizeJob(const storage::JobStore& jobs, const storage::JobRecord& job)
{
    JobSummary s;
    s.jobId = job.jobId;
    QJsonArray products;
    double accuracySum = 0.0;
    int accuracyCount = 0;
    for (const storage::JobProduct& p : jobs.products(job.jobId)) {
        ++s.total;
        s.completed += p.status == storage::job::kCompleted;
        s.failed += p.status == storage::job::kFailed;
        s.skipped += p.status == storage::job::kSkipped;
        s.cancelled += p.status == storage::job::kCancelled;
        if (p.status == storage::job::kCompleted && std::isfinite(p.accuracy)) {
            accuracySum += p.accuracy;
            ++accuracyCount;
        }
        QJsonObject o{{QStringLiteral("product"), p.productName},
                      {QStringLiteral("status"), p.status}};
        if (p.modelId)
            o.insert(QStringLiteral("model_id"), p.modelId);
        if (std::isfinite(p.accuracy))
            o.insert(QStringLiteral("accuracy"), p.accuracy);
        if (p.status == storage::job::kCompleted)
            o.insert(QStringLiteral("deployed"), p.deployed);
        if (!p.errorType.isEmpty())
            o.insert(QStringLiteral("error_type"), p.errorType);
        if (!p.errorMessage.isEmpty())
            o.insert(QStringLiteral("message"), p.errorMessage);
        if (!p.recommendedAction.isEmpty())
            o.insert(QStringLiteral("recommended_action"), p.recommendedAction);
        products.append(o);
    }
    if (accuracyCount > 0)
        s.averageAccuracy = accuracySum / accuracyCount;
    const QDateTime started = QDateTime::fromString(job.startedAt, Qt::ISODate);
    if (started.isValid())
        s.durationSeconds = started.msecsTo(QDateTime::currentDateTimeUtc()) / 1000.0;
    s.results = {{QStringLiteral("products_total"), s.total},
                 {QStringLiteral("successful"), s.completed},
                 {QStringLiteral("failed"), s.failed},
                 {QStringLiteral("skipped"), s.skipped},
                 {QStringLiteral("cancelled"), s.cancelled},
                 {QStringLiteral("average_accuracy"),
                  std::isfinite(s.averageAccuracy) ? QJsonValue(s.averageAccuracy) : QJsonValue()},
                 {QStringLiteral("duration_seconds"), s.durationSeconds},
                 {QStringLiteral("results"), products}};
    return s;
}

QString recommendedAction(const QString& errorType)
{
    if (errorType == QLatin1String("timeout"))
        return Text::tr("Retry the job for the remaining products, or raise "
                        "MAX_TRAINING_TIME_MINUTES.");
    if (errorType == QLatin1String("interrupted"))
        return Text::tr("Retry the job: products trained before the interruption keep "
                        "their versions.");
    if (errorType == QLatin1String("no_products"))
        return Text::tr("Import sales history, then train again.");
    if (errorType == QLatin1String("all_products_failed"))
        return Text::tr("Read each product's reason in the job log; most often more sales "
                        "history is needed.");
    if (errorType == QLatin1String("cancelled"))
        return Text::tr("Start the training again when convenient.");
    return {};
}

bool writeJobEvent(QSqlDatabase& db, const TrainingContext& ctx, const JobSummary& summary,
                   const QString& errorType, const QString& message)
{
    storage::EventRecord e;
    e.jobId = summary.jobId;
    QJsonObject payload = summary.results;
    payload.insert(QStringLiteral("job_id"), summary.jobId);
    payload.insert(QStringLiteral("tenant_id"), ctx.tenant);
    payload.insert(QStringLiteral("completed_at"), storage::Database::nowUtc());
    if (errorType.isEmpty()) {
        e.type = QStringLiteral("training_completed");
        e.severity = summary.failed > 0 ? QStringLiteral("warning") : QStringLiteral("info");
    } else {
        e.type = QStringLiteral("training_failed");
        e.severity = errorType == QLatin1String("cancelled") ? QStringLiteral("warning")
                                                             : QStringLiteral("error");
        payload.insert(QStringLiteral("error_type"), errorType);
        payload.insert(QStringLiteral("error_message"), message);
        payload.insert(QStringLiteral("recommended_action"), recommendedAction(errorType));
        payload.insert(QStringLiteral("severity"), e.severity);
    }
    e.payload = payload;
    return storage::EventLog(ctx.db, ctx.tenant).append(db, e, nullptr);
}

} // namespace bakery::training
