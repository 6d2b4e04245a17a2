#include "storage/ModelRegistry.h"

#include "storage/EventLog.h"
#include "storage/ModelRegistryRows.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace bakery::storage {

namespace {

// The sentences' translation context is "ModelRegistry".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ModelRegistry)
};

} // namespace

using sql::run;

using sql::commitOrRollback;

QString newModelVersion()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss.zzz'Z'"));
}

ModelRegistry::ModelRegistry(const Database& db, const artifacts::ArtifactStore& artifacts,
                             QString tenant)
    : m_db(db)
    , m_artifacts(artifacts)
    , m_tenant(std::move(tenant))
{
}

qint64 ModelRegistry::insertVersion(QSqlDatabase& db, const NewVersion& v, QString* error) const
{
    QSqlQuery q(db);
    const QString now = Database::nowUtc();
    const evaluation::Metrics& m = v.holdout;
    const QString features = QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(v.features)).toJson(QJsonDocument::Compact));
    // RETURNING works in both SQLite (3.35+) and PostgreSQL: no lastInsertId() guesswork.
    if (!run(q,
             QStringLiteral("INSERT INTO trained_models (tenant_id, inventory_product_id,"
                            " model_type, model_version, job_id, model_path, metadata_path, mape,"
                            " mae, rmse, r2_score, training_samples, hyperparameters,"
                            " features_used, training_start_date, training_end_date,"
                            " training_duration_seconds, model_hash, data_fingerprint, created_by,"
                            " created_at, updated_at) VALUES (?, ?, 'prophet', ?, ?, ?, ?, ?, ?,"
                            " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
             {m_tenant,
              v.productId,
              v.version,
              sql::textOrNull(v.jobId),
              v.artifact.relativePath,
              QString(v.artifact.relativePath + QStringLiteral("#metadata.json")),
              sql::realOrNull(m.mape),
              sql::realOrNull(m.mae),
              sql::realOrNull(m.rmse),
              sql::realOrNull(m.r2),
              v.trainingSamples,
              sql::json(v.hyperparameters),
              features,
              v.trainingStart,
              v.trainingEnd,
              sql::realOrNull(v.trainingDurationSeconds),
              v.modelHash,
              v.dataFingerprint,
              v.createdBy,
              now,
              now},
             error, Text::tr("Cannot register the model")) ||
        !q.next())
        return 0;
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    const double mse = std::isfinite(m.rmse) ? m.rmse * m.rmse : std::nan("");
    if (!run(q,
             QStringLiteral("INSERT INTO model_performance_metrics (model_id, tenant_id,"
                            " inventory_product_id, mae, mse, rmse, mape, r2_score,"
                            " accuracy_percentage, wape, smape, coverage, evaluation_period_start,"
                            " evaluation_period_end, evaluation_samples, window_kind, measured_at)"
                            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'holdout', ?)"),
             {id, m_tenant, v.productId, sql::realOrNull(m.mae), sql::realOrNull(mse),
              sql::realOrNull(m.rmse), sql::realOrNull(m.mape), sql::realOrNull(m.r2),
              sql::realOrNull(m.accuracy), sql::realOrNull(m.wape), sql::realOrNull(m.smape),
              sql::realOrNull(m.coverage), sql::textOrNull(v.evaluationStart),
              sql::textOrNull(v.evaluationEnd), m.n, now},
             error, Text::tr("Cannot record the model's metrics")))
        return 0;
    if (!run(q,
             QStringLiteral("INSERT INTO model_artifacts (model_id, tenant_id, artifact_type,"
                            " file_path, file_size_bytes, checksum, storage_location, compression,"
                            " created_at) VALUES (?, ?, 'model_zip', ?, ?, ?, 'local', ?, ?)"),
             {id, m_tenant, v.artifact.relativePath, v.artifact.sizeBytes, v.artifact.sha256,
              v.artifact.compressed ? QStringLiteral("deflate") : QStringLiteral("none"), now},
             error, Text::tr("Cannot record the model's artifact")))
        return 0;
    return id;
}

bool ModelRegistry::setProduction(QSqlDatabase& db, qint64 productId, qint64 modelId,
                                  const QString& action, const QString& reason,
                                  QString* error) const
{
    QSqlQuery q(db);
    qint64 previous = 0;
    QString version;
    if (!run(q,
             QStringLiteral("SELECT id FROM trained_models WHERE tenant_id = ? AND"
                            " inventory_product_id = ? AND is_production = 1"),
             {m_tenant, productId}, error, Text::tr("Cannot read the deployed version")))
        return false;
    if (q.next())
        previous = q.value(0).toLongLong();
    q.finish();
    if (!run(q,
             QStringLiteral("SELECT model_version FROM trained_models WHERE id = ? AND"
                            " tenant_id = ? AND inventory_product_id = ?"),
             {modelId, m_tenant, productId}, error, Text::tr("Cannot read the version")))
        return false;
    if (!q.next()) {
        if (error)
            *error = Text::tr("Model %1 is not a version of this product").arg(modelId);
        return false;
    }
    version = q.value(0).toString();
    q.finish();
    const QString now = Database::nowUtc();
    return run(q,
               QStringLiteral("UPDATE trained_models SET is_production = 0, updated_at = ? WHERE"
                              " tenant_id = ? AND inventory_product_id = ? AND is_production = 1"),
               {now, m_tenant, productId}, error, Text::tr("Cannot undeploy")) &&
           run(q,
               QStringLiteral("UPDATE trained_models SET is_production = 1, updated_at = ?"
                              " WHERE id = ? AND tenant_id = ?"),
               {now, modelId, m_tenant}, error, Text::tr("Cannot deploy")) &&
           run(q,
               QStringLiteral("INSERT INTO deployments (tenant_id, inventory_product_id,"
                              " model_id, model_version, previous_model_id, action, reason,"
                              " deployed_by, deployed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
               {m_tenant, productId, modelId, version, sql::idOrNull(previous), action, reason,
                osUser(), now},
               error, Text::tr("Cannot record the deployment"));
}

bool ModelRegistry::deploy(qint64 modelId, const QString& reason, QString* error) const
{
    const std::optional<ModelVersion> v = version(modelId);
    if (!v) {
        if (error)
            *error = Text::tr("No model version with id %1").arg(modelId);
        return false;
    }
    // Checked on every deploy, even of the deployed version: a damaged file is reported.
    if (!m_artifacts.verify(v->modelPath, v->checksum, error))
        return false;
    if (v->production)
        return true;
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen() || !m_db.beginWrite(db, error))
        return false;
    QJsonObject payload{{QStringLiteral("product"), v->productName},
                        {QStringLiteral("model_id"), v->id},
                        {QStringLiteral("model_version"), v->version},
                        {QStringLiteral("reason"), reason}};
    const bool ok =
        setProduction(db, v->productId, modelId, QStringLiteral("deploy"), reason, error) &&
        EventLog(m_db, m_tenant)
            .append(
                db,
                {0, QStringLiteral("model_deployed"), {}, {}, v->productId, payload, {}, {}, {}},
                error);
    return commitOrRollback(db, ok, error);
}

std::optional<ModelVersion> ModelRegistry::rollback(const QString& productName,
                                                    QString* error) const
{
    std::optional<ModelVersion> current;
    for (const ModelVersion& v : versions()) {
        if (v.productName == productName && v.production)
            current = v;
    }
    if (!current) {
        if (error)
            *error = Text::tr("%1 has no deployed model to roll back").arg(productName);
        return std::nullopt;
    }
    // The newest earlier deployment of another version that still exists.
    std::optional<ModelVersion> target;
    for (const Deployment& d : deployments(current->productId)) {
        if (d.modelId != current->id && (target = version(d.modelId)))
            break;
    }
    if (!target) {
        if (error)
            *error =
                Text::tr("%1 has no earlier deployed version to roll back to").arg(productName);
        return std::nullopt;
    }
    if (!m_artifacts.verify(target->modelPath, target->checksum, error))
        return std::nullopt;
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen() || !m_db.beginWrite(db, error))
        return std::nullopt;
    const QString reason =
        QStringLiteral("rollback from %1 to %2").arg(current->version, target->version);
    QJsonObject payload{{QStringLiteral("product"), productName},
                        {QStringLiteral("model_id"), target->id},
                        {QStringLiteral("model_version"), target->version},
                        {QStringLiteral("previous_version"), current->version}};
    const bool ok = setProduction(db, current->productId, target->id, QStringLiteral("rollback"),
                                  reason, error) &&
                    EventLog(m_db, m_tenant)
                        .append(db,
                                {0,
                                 QStringLiteral("model_rolled_back"),
                                 {},
                                 {},
                                 current->productId,
                                 payload,
                                 {},
                                 {},
                                 {}},
                                error);
    if (!commitOrRollback(db, ok, error))
        return std::nullopt;
    return version(target->id);
}

} // namespace bakery::storage
