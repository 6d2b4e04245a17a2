#include "training/ResultWriter.h"

#include "artifacts/Sha256.h"
#include "calendar/EpochDay.h"
#include "storage/EventLog.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cmath>

namespace bakery::training {

namespace {

// The sentences' translation context is "ResultWriter".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ResultWriter)
};

QString iso(int day)
{
    return calendar::fromEpochDay(day).toString(Qt::ISODate);
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

// The deployed version's id as this transaction sees it (0: none), -1 on error.
qint64 currentProduction(QSqlDatabase& db, const QString& tenant, qint64 productId, QString* error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT id FROM trained_models WHERE tenant_id = ? AND"
                             " inventory_product_id = ? AND is_production = 1"));
    q.addBindValue(tenant);
    q.addBindValue(productId);
    if (!q.exec()) {
        if (error)
            *error = Text::tr("Cannot read the deployed version: %1")
                         .arg(q.lastError().text().trimmed());
        return -1;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

QString dbAction(const TrainingContext& c)
{
    return Text::tr("Check that the database %1 is reachable and writable, then retry.")
        .arg(c.db.displayLocation());
}

} // namespace

ResultWriter::ResultWriter(const TrainingContext& context, const TrainingOptions& options,
                           const storage::JobStore& jobs, const storage::ModelRegistry& registry)
    : m_context(context)
    , m_options(options)
    , m_jobs(jobs)
    , m_registry(registry)
{
}

bool ResultWriter::attempt(storage::JobProduct& p, std::vector<storage::StepLog>& logs,
                           const More& more, qint64 loadedModelId, QString* error,
                           bool* abandoned) const
{
    *abandoned = false;
    QSqlDatabase db = m_context.db.connection(error);
    if (!db.isOpen() || !m_context.db.beginWrite(db, error))
        return false;
    bool ok = !more || more(db, p, logs);
    if (ok && loadedModelId != 0) {
        // The runner read (and verified) the deployed version's file for the comparison:
        // a load, recorded with the product's result rather than in a transaction of its own.
        const QJsonObject payload{{QStringLiteral("product"), p.productName},
                                  {QStringLiteral("model_id"), loadedModelId},
                                  {QStringLiteral("purpose"), QStringLiteral("deploy_comparison")},
                                  {QStringLiteral("job_id"), p.jobId}};
        ok = storage::EventLog(m_context.db, m_context.tenant)
                 .append(db,
                         {0,
                          QStringLiteral("artifact_loaded"),
                          {},
                          p.jobId,
                          p.productId,
                          payload,
                          storage::osUser(),
                          {},
                          {}},
                         error);
    }
    ok = ok && m_jobs.finishProduct(db, p, error, abandoned) && m_jobs.addLogs(db, logs, error);
    return storage::sql::commitOrRollback(db, ok, error);
}

bool ResultWriter::record(storage::JobProduct& p, const std::vector<storage::StepLog>& logs,
                          const More& more, qint64 loadedModelId, QString* error,
                          bool* abandoned) const
{
    for (int i = 0; i < 2; ++i) {
        storage::JobProduct tried = p;
        std::vector<storage::StepLog> triedLogs = logs;
        if (attempt(tried, triedLogs, more, loadedModelId, error, abandoned)) {
            p = tried;
            return true;
        }
        if (*abandoned)
            return false;
    }
    return false;
}

ProductOutcome ResultWriter::recordOrFail(storage::JobProduct p,
                                          const std::vector<storage::StepLog>& logs,
                                          ProductOutcome o, qint64 loadedModelId) const
{
    QString error;
    bool abandoned = false;
    if (record(p, logs, {}, loadedModelId, &error, &abandoned))
        return o;
    o.message = error;
    if (abandoned) {
        o.status = storage::job::kCancelled;
        return o;
    }
    // Never left running: failed, in a transaction of its own (without its log lines).
    p.status = storage::job::kFailed;
    p.errorType = QStringLiteral("result_write_failed");
    p.errorMessage = error;
    p.recommendedAction = dbAction(m_context);
    p.modelId = 0;
    p.deployed = false;
    QString again;
    std::vector<storage::StepLog> none;
    attempt(p, none, {}, 0, &again, &abandoned);
    o.status = abandoned ? storage::job::kCancelled : storage::job::kFailed;
    o.recommendedAction = p.recommendedAction;
    o.modelId = 0;
    o.modelVersion.clear();
    o.deployed = false;
    return o;
}

ProductOutcome ResultWriter::writeSkipped(const storage::JobProduct& product, const QString& reason,
                                          std::vector<storage::StepLog> logs, double checkMs) const
{
    storage::JobProduct p = product;
    p.status = storage::job::kSkipped;
    p.errorMessage = reason;
    logs.push_back(line(p, QStringLiteral("skip"), QStringLiteral("skipped"), reason, checkMs));
    return recordOrFail(
        p, logs,
        {p.productName, p.status, {}, 0, std::nan(""), std::nan(""), false, reason, {}, 0.0}, 0);
}

ProductOutcome ResultWriter::writeFailure(const storage::JobProduct& product,
                                          const QString& errorType, const QString& message,
                                          const QString& action, std::vector<storage::StepLog> logs,
                                          qint64 loadedModelId) const
{
    storage::JobProduct p = product;
    p.status = storage::job::kFailed;
    p.errorType = errorType;
    p.errorMessage = message;
    p.recommendedAction = action;
    return recordOrFail(
        p, logs,
        {p.productName, p.status, {}, 0, std::nan(""), std::nan(""), false, message, action, 0.0},
        loadedModelId);
}

bool ResultWriter::autoDeploy(QSqlDatabase& db, storage::JobProduct& p, qint64 modelId,
                              const ProductResult& r, std::vector<storage::StepLog>& logs,
                              QString* error) const
{
    QElapsedTimer timer;
    timer.start();
    const double decisionMs = std::isfinite(r.deployDecisionMs) ? r.deployDecisionMs : 0.0;
    p.deployed = false;
    QString message = m_options.autoDeploy ? r.deployReason : Text::tr("auto-deploy is off");
    if (m_options.autoDeploy && r.deploy) {
        const qint64 current = currentProduction(db, m_context.tenant, p.productId, error);
        if (current < 0)
            return false;
        if (current == modelId) {
            p.deployed = true; // already the deployed version (an identical model)
        } else if (current != r.comparedModelId) {
            // Someone deployed or rolled back while this product trained: their choice stays.
            message = QStringLiteral("the deployed version changed during training; not "
                                     "deployed automatically");
        } else {
            if (!m_registry.setProduction(db, p.productId, modelId, QStringLiteral("auto_deploy"),
                                          r.deployReason, error))
                return false;
            p.deployed = true;
        }
    }
    logs.push_back(line(p, QStringLiteral("deploy_decision"), QStringLiteral("ok"), message,
                        decisionMs + msSince(timer)));
    return true;
}

qint64 ResultWriter::reusableIdentical(qint64 productId, const QString& hash) const
{
    if (m_registry.findIdentical(productId, hash) == 0)
        return 0;
    qint64 found = 0;
    for (const storage::ModelVersion& v : m_registry.versions(productId)) { // newest first
        if (v.modelHash != hash || (found != 0 && !v.production))
            continue;
        // A damaged file is not reused: the new artifact becomes a new version instead.
        if (m_context.artifacts.verify(v.modelPath, v.checksum, nullptr)) {
            if (v.production)
                return v.id;
            if (found == 0)
                found = v.id;
        }
    }
    return found;
}

ProductOutcome ResultWriter::write(const storage::JobProduct& product, const ProductResult& r,
                                   std::vector<storage::StepLog> logs) const
{
    for (storage::StepLog l : r.steps) {
        l.jobId = product.jobId;
        logs.push_back(l);
    }
    if (r.status != storage::job::kCompleted)
        return writeFailure(product, r.errorType, r.errorMessage, r.recommendedAction, logs,
                            r.loadedModelId);

    storage::JobProduct p = product;
    p.status = storage::job::kCompleted;
    p.accuracy = r.holdout.accuracy;
    p.durationMs = r.computeMs + r.artifactMs;
    ProductOutcome o{p.productName, p.status, {}, 0,  r.holdout.accuracy,
                     r.holdout.mae, false,    {}, {}, r.computeMs};
    QElapsedTimer timer;
    timer.start();
    const QString hash = artifacts::sha256Hex(r.modelJson);
    QString error;
    bool abandoned = false;
    // Identical models are stored once: point at the existing version (if its file is sound).
    if (const qint64 same = reusableIdentical(p.productId, hash)) {
        if (r.artifact)
            m_context.artifacts.remove(r.artifact->relativePath);
        const std::optional<storage::ModelVersion> v = m_registry.version(same);
        p.modelId = same;
        o.modelId = same;
        o.modelVersion = v ? v->version : QString();
        const QString note = Text::tr("identical to version %1; stored once").arg(o.modelVersion);
        const bool ok = record(
            p, logs,
            [&](QSqlDatabase& db, storage::JobProduct& row, std::vector<storage::StepLog>& lines) {
                lines.push_back(line(row, QStringLiteral("register"), QStringLiteral("ok"), note));
                return autoDeploy(db, row, same, r, lines, &error);
            },
            r.loadedModelId, &error, &abandoned);
        if (!ok && abandoned)
            return {p.productName,
                    storage::job::kCancelled,
                    {},
                    0,
                    std::nan(""),
                    std::nan(""),
                    false,
                    error,
                    {},
                    0.0};
        if (!ok)
            return writeFailure(product, QStringLiteral("registry_write_failed"), error,
                                dbAction(m_context), logs, r.loadedModelId);
        o.deployed = p.deployed;
        o.message = note;
        return o;
    }

    const QString version = r.artifact ? r.version : storage::newModelVersion();
    double artifactMs = r.artifactMs;
    std::optional<artifacts::StoredArtifact> stored = r.artifact;
    if (!stored && r.artifactError.isEmpty()) {
        stored = m_context.artifacts.write(m_context.tenant, p.productName, version,
                                           artifactContents(r, version, p.jobId, r.dataFingerprint),
                                           &error);
        artifactMs = msSince(timer);
    }
    const QString folderAction = QStringLiteral("Check that the model folder %1 is writable and "
                                                "has free space, then retry.")
                                     .arg(m_context.artifacts.root());
    if (!stored)
        return writeFailure(product, QStringLiteral("artifact_write_failed"),
                            r.artifactError.isEmpty() ? error : r.artifactError, folderAction, logs,
                            r.loadedModelId);
    // Checked before it may be deployed, like every deploy: the file as it is on disk now.
    if (m_options.autoDeploy && r.deploy &&
        !m_context.artifacts.verify(stored->relativePath, stored->sha256, &error)) {
        m_context.artifacts.remove(stored->relativePath);
        return writeFailure(product, QStringLiteral("artifact_write_failed"), error, folderAction,
                            logs, r.loadedModelId);
    }
    logs.push_back(line(p, QStringLiteral("artifact"), QStringLiteral("ok"), stored->relativePath,
                        artifactMs));

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
    const bool ok = record(
        p, logs,
        [&](QSqlDatabase& db, storage::JobProduct& row, std::vector<storage::StepLog>& lines) {
            // finishProduct and addLogs run after this, in the same transaction, with `row`
            // and `lines`.
            QElapsedTimer registerTimer;
            registerTimer.start();
            row.modelId = m_registry.insertVersion(db, v, &error);
            if (row.modelId == 0)
                return false;
            const double registerMs = msSince(registerTimer);
            if (!autoDeploy(db, row, row.modelId, r, lines, &error))
                return false;
            lines.push_back(
                line(row, QStringLiteral("register"), QStringLiteral("ok"),
                     Text::tr("version %1%2")
                         .arg(version, row.deployed ? Text::tr(", deployed") : QString()),
                     registerMs));
            return true;
        },
        r.loadedModelId, &error, &abandoned);
    if (!ok) {
        // Nothing was registered: the file must not outlive the failed transaction.
        m_context.artifacts.remove(stored->relativePath);
        if (abandoned)
            return {p.productName,
                    storage::job::kCancelled,
                    {},
                    0,
                    std::nan(""),
                    std::nan(""),
                    false,
                    error,
                    {},
                    0.0};
        return writeFailure(product, QStringLiteral("registry_write_failed"), error,
                            dbAction(m_context), logs, r.loadedModelId);
    }
    o.modelId = p.modelId;
    o.modelVersion = version;
    o.deployed = p.deployed;
    o.message = !m_options.autoDeploy ? QString()
                : r.deploy && !p.deployed
                    ? QStringLiteral("the deployed version changed during training; not "
                                     "deployed automatically")
                    : r.deployReason;
    QString retentionError;
    m_registry.applyRetention(p.productId, m_context.limits.maxVersionsPerProduct,
                              m_context.limits.retentionDays, &retentionError);
    return o;
}

} // namespace bakery::training
