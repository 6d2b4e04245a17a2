#include "training/ResultWriter.h"

#include "artifacts/Sha256.h"
#include "calendar/EpochDay.h"
#include "storage/EventLog.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QTextStream>

#include <cmath>

namespace bakery::training {

namespace {

QString iso(int day)
{
    return calendar::fromEpochDay(day).toString(Qt::ISODate);
}

QString num(double v)
{
    return std::isfinite(v) ? QString::number(v, 'g', 17) : QString(); // round-trips
}

storage::StepLog line(const storage::JobProduct& p, const QString& step, const QString& status,
                      const QString& message, double ms = std::nan(""))
{
    storage::StepLog l;
    l.jobId = p.jobId;
    l.productId = p.productId;
    l.productName = p.productName;
    l.step = step;
    l.status = status;
    l.message = message;
    l.durationMs = ms;
    l.endTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    return l;
}

double msSince(const QElapsedTimer& t)
{
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace

artifacts::ArtifactContents artifactContents(const ProductResult& r, const QString& version,
                                             const QString& jobId, const QString& fingerprint)
{
    artifacts::ArtifactContents c;
    c.modelJson = r.modelJson;
    QJsonObject meta{
        {QStringLiteral("product"), r.name},
        {QStringLiteral("model_version"), version},
        {QStringLiteral("job_id"), jobId},
        {QStringLiteral("hyperparameters"), r.hyperparameters},
        {QStringLiteral("holdout_metrics"), evaluation::toJson(r.holdout)},
        {QStringLiteral("holdout_window"), QJsonArray{iso(r.windowStart), iso(r.windowEnd)}},
        {QStringLiteral("training_window"), QJsonArray{iso(r.trainingStart), iso(r.trainingEnd)}},
        {QStringLiteral("training_samples"), r.trainingSamples},
        {QStringLiteral("outliers_removed"), r.outliersRemoved},
        {QStringLiteral("features"), QJsonArray::fromStringList(r.features)},
        {QStringLiteral("data_fingerprint"), fingerprint},
        {QStringLiteral("deploy_decision"), r.deployReason}};
    c.metadataJson = QJsonDocument(meta).toJson(QJsonDocument::Indented);
    QString csv;
    QTextStream out(&csv);
    out << "ds,y,yhat,yhat_lower,yhat_upper\n";
    const HoldoutForecast& h = r.holdoutRows;
    for (std::size_t i = 0; i < h.days.size(); ++i)
        out << iso(h.days[i]) << ',' << num(h.actual[i]) << ',' << num(h.yhat[i]) << ','
            << num(h.lower[i]) << ',' << num(h.upper[i]) << '\n';
    out.flush();
    c.holdoutCsv = csv.toUtf8();
    return c;
}

ResultWriter::ResultWriter(const TrainingContext& context, const storage::JobStore& jobs,
                           const storage::ModelRegistry& registry)
    : m_context(context)
    , m_jobs(jobs)
    , m_registry(registry)
{
}

bool ResultWriter::record(const storage::JobProduct& p, const std::vector<storage::StepLog>& logs,
                          const std::function<bool(QSqlDatabase&)>& more, QString* error) const
{
    QSqlDatabase db = m_context.db.connection(error);
    if (!db.isOpen() || !m_context.db.beginWrite(db, error))
        return false;
    const bool ok = (!more || more(db)) && m_jobs.finishProduct(db, p, error) &&
                    m_jobs.addLogs(db, logs, error);
    if (ok && db.commit())
        return true;
    if (ok && error)
        *error = QStringLiteral("Cannot commit: ") + db.lastError().text().trimmed();
    db.rollback();
    return false;
}

ProductOutcome ResultWriter::writeSkipped(const storage::JobProduct& product, const QString& reason,
                                          std::vector<storage::StepLog> logs) const
{
    storage::JobProduct p = product;
    p.status = storage::job::kSkipped;
    p.errorMessage = reason;
    logs.push_back(line(p, QStringLiteral("skip"), QStringLiteral("skipped"), reason));
    ProductOutcome o{p.productName, p.status, {},     0,  std::nan(""),
                     std::nan(""),  false,    reason, {}, 0.0};
    QString error;
    if (!record(p, logs, {}, &error))
        o.status = storage::job::kCancelled, o.message = error;
    return o;
}

ProductOutcome ResultWriter::writeFailure(const storage::JobProduct& product,
                                          const QString& errorType, const QString& message,
                                          const QString& action,
                                          std::vector<storage::StepLog> logs) const
{
    storage::JobProduct p = product;
    p.status = storage::job::kFailed;
    p.errorType = errorType;
    p.errorMessage = message;
    p.recommendedAction = action;
    ProductOutcome o{p.productName, p.status, {},      0,      std::nan(""),
                     std::nan(""),  false,    message, action, 0.0};
    QString error;
    if (!record(p, logs, {}, &error))
        o.status = storage::job::kCancelled, o.message = error;
    return o;
}

ProductOutcome ResultWriter::write(const storage::JobProduct& product, const ProductResult& r,
                                   std::vector<storage::StepLog> logs) const
{
    for (storage::StepLog l : r.steps) {
        l.jobId = product.jobId;
        logs.push_back(l);
    }
    if (r.status != storage::job::kCompleted)
        return writeFailure(product, r.errorType, r.errorMessage, r.recommendedAction, logs);

    storage::JobProduct p = product;
    p.status = storage::job::kCompleted;
    p.accuracy = r.holdout.accuracy;
    p.durationMs = r.computeMs + r.artifactMs;
    ProductOutcome o{p.productName, p.status, {}, 0,  r.holdout.accuracy,
                     r.holdout.mae, false,    {}, {}, r.computeMs};
    QElapsedTimer timer;
    timer.start();
    const QString hash = artifacts::sha256Hex(r.modelJson);
    // Identical models are stored once: point at the existing version.
    if (const qint64 same = m_registry.findIdentical(p.productId, hash)) {
        if (r.artifact)
            m_context.artifacts.remove(r.artifact->relativePath);
        const std::optional<storage::ModelVersion> v = m_registry.version(same);
        p.modelId = same;
        o.modelId = same;
        o.modelVersion = v ? v->version : QString();
        o.message = QStringLiteral("identical to version %1; stored once").arg(o.modelVersion);
        logs.push_back(line(p, QStringLiteral("register"), QStringLiteral("ok"), o.message));
        QString error;
        if (!record(p, logs, {}, &error))
            o.status = storage::job::kCancelled, o.message = error;
        return o;
    }

    QString error;
    const QString version = r.artifact ? r.version : storage::newModelVersion();
    double artifactMs = r.artifactMs;
    std::optional<artifacts::StoredArtifact> stored = r.artifact;
    if (!stored && r.artifactError.isEmpty()) {
        stored = m_context.artifacts.write(m_context.tenant, p.productName, version,
                                           artifactContents(r, version, p.jobId, r.dataFingerprint),
                                           &error);
        artifactMs = msSince(timer);
    }
    if (!stored)
        return writeFailure(product, QStringLiteral("artifact_write_failed"),
                            r.artifactError.isEmpty() ? error : r.artifactError,
                            QStringLiteral("Check that the model folder %1 is writable and has "
                                           "free space, then retry.")
                                .arg(m_context.artifacts.root()),
                            logs);
    logs.push_back(line(p, QStringLiteral("artifact"), QStringLiteral("ok"), stored->relativePath,
                        artifactMs));
    timer.restart();

    storage::NewVersion v;
    v.productId = p.productId;
    v.version = version;
    v.jobId = p.jobId;
    v.artifact = *stored;
    v.holdout = r.holdout;
    v.evaluationStart = iso(r.windowStart);
    v.evaluationEnd = iso(r.windowEnd);
    v.hyperparameters = r.hyperparameters;
    v.features = r.features;
    v.trainingSamples = r.trainingSamples;
    v.trainingStart = iso(r.trainingStart);
    v.trainingEnd = iso(r.trainingEnd);
    v.trainingDurationSeconds = (r.computeMs + r.artifactMs) / 1000.0;
    v.modelHash = hash;
    v.dataFingerprint = r.dataFingerprint;
    v.createdBy = storage::osUser();
    const bool deploy = m_context.options.autoDeploy && r.deploy;
    logs.push_back(
        line(p, QStringLiteral("deploy_decision"), QStringLiteral("ok"),
             m_context.options.autoDeploy ? r.deployReason : QStringLiteral("auto-deploy is off")));
    const bool ok = record(
        p, logs,
        [&](QSqlDatabase& db) {
            // finishProduct and addLogs run after this lambda, in the same transaction, and
            // read p and logs (both captured by reference).
            QElapsedTimer registerTimer;
            registerTimer.start();
            p.modelId = m_registry.insertVersion(db, v, &error);
            if (p.modelId == 0)
                return false;
            p.deployed = deploy;
            const bool done = !deploy || m_registry.setProduction(db, p.productId, p.modelId,
                                                                  QStringLiteral("auto_deploy"),
                                                                  r.deployReason, &error);
            logs.push_back(
                line(p, QStringLiteral("register"), QStringLiteral("ok"),
                     QStringLiteral("version %1%2")
                         .arg(version, deploy ? QStringLiteral(", deployed") : QString()),
                     msSince(registerTimer)));
            return done;
        },
        &error);
    if (!ok) {
        // Nothing was registered: the file must not outlive the failed transaction. If the
        // product was abandoned meanwhile, recording the failure fails too (cancelled).
        m_context.artifacts.remove(stored->relativePath);
        return writeFailure(product, QStringLiteral("registry_write_failed"), error,
                            QStringLiteral("Check that the database %1 is reachable and "
                                           "writable, then retry.")
                                .arg(m_context.db.displayLocation()),
                            logs);
    }
    o.modelId = p.modelId;
    o.modelVersion = version;
    o.deployed = deploy;
    o.message = m_context.options.autoDeploy ? r.deployReason : QString();
    QString retentionError;
    m_registry.applyRetention(p.productId, m_context.limits.maxVersionsPerProduct,
                              m_context.limits.retentionDays, &retentionError);
    return o;
}

} // namespace bakery::training
