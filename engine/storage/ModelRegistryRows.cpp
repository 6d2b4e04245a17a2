#include "storage/ModelRegistryRows.h"

#include "storage/Sql.h"

#include "storage/EventLog.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <QDateTime>

#include <QSqlError>
#include <algorithm>

namespace bakery::storage::registry {

const QString kVersionSelect = QStringLiteral(
    "SELECT m.id, m.inventory_product_id, p.name, m.model_version, m.job_id, m.model_path,"
    " m.mae, m.rmse, m.r2_score, m.mape, x.accuracy_percentage, x.wape, x.smape, x.coverage,"
    " x.evaluation_samples, x.evaluation_period_start, x.evaluation_period_end,"
    " m.hyperparameters, m.features_used, m.training_samples, m.is_production,"
    " m.training_start_date, m.training_end_date, m.training_duration_seconds, m.model_hash,"
    " m.data_fingerprint, m.created_by, m.created_at, m.last_used_at, a.file_size_bytes,"
    " a.checksum, a.compression"
    " FROM trained_models m JOIN products p ON p.id = m.inventory_product_id"
    " LEFT JOIN model_performance_metrics x ON x.model_id = m.id AND x.window_kind = 'holdout'"
    " LEFT JOIN model_artifacts a ON a.model_id = m.id"
    " WHERE m.tenant_id = ?");

ModelVersion readVersion(const QSqlQuery& q)
{
    ModelVersion v;
    int i = 0;
    v.id = q.value(i++).toLongLong();
    v.productId = q.value(i++).toLongLong();
    v.productName = q.value(i++).toString();
    v.version = q.value(i++).toString();
    v.jobId = q.value(i++).toString();
    v.modelPath = q.value(i++).toString();
    v.holdout.mae = sql::realOrNan(q.value(i++));
    v.holdout.rmse = sql::realOrNan(q.value(i++));
    v.holdout.r2 = sql::realOrNan(q.value(i++));
    v.holdout.mape = sql::realOrNan(q.value(i++));
    v.holdout.accuracy = sql::realOrNan(q.value(i++));
    v.holdout.wape = sql::realOrNan(q.value(i++));
    v.holdout.smape = sql::realOrNan(q.value(i++));
    v.holdout.coverage = sql::realOrNan(q.value(i++));
    v.holdout.n = q.value(i++).toInt();
    v.evaluationStart = q.value(i++).toString();
    v.evaluationEnd = q.value(i++).toString();
    v.hyperparameters = sql::jsonObject(q.value(i++));
    for (const QJsonValue& f : QJsonDocument::fromJson(q.value(i++).toString().toUtf8()).array())
        v.features << f.toString();
    v.trainingSamples = q.value(i++).toInt();
    v.production = q.value(i++).toInt() != 0;
    v.trainingStart = q.value(i++).toString();
    v.trainingEnd = q.value(i++).toString();
    v.trainingDurationSeconds = sql::realOrNan(q.value(i++));
    v.modelHash = q.value(i++).toString();
    v.dataFingerprint = q.value(i++).toString();
    v.createdBy = q.value(i++).toString();
    v.createdAt = q.value(i++).toString();
    v.lastUsedAt = q.value(i++).toString();
    v.artifactBytes = q.value(i++).toLongLong();
    v.checksum = q.value(i++).toString();
    v.compression = q.value(i++).toString();
    return v;
}

} // namespace bakery::storage::registry

// ModelRegistry's reads, loads and retention.
namespace bakery::storage {

namespace {

// The sentences' translation context is "ModelRegistryRows".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ModelRegistryRows)
};

} // namespace

using registry::kVersionSelect;
using registry::readVersion;

std::vector<ModelVersion> ModelRegistry::select(const QString& where,
                                                const QVariantList& binds) const
{
    std::vector<ModelVersion> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.prepare(kVersionSelect + where))
        return out;
    q.addBindValue(m_tenant);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return out;
    while (q.next())
        out.push_back(readVersion(q));
    return out;
}

std::optional<ModelVersion> ModelRegistry::version(qint64 modelId) const
{
    auto v = select(QStringLiteral(" AND m.id = ?"), {modelId});
    return v.empty() ? std::nullopt : std::optional<ModelVersion>(v.front());
}

std::vector<ModelVersion> ModelRegistry::versions(qint64 productId) const
{
    const QString order = QStringLiteral(" ORDER BY p.name, m.model_version DESC, m.id DESC");
    return productId == 0
               ? select(order, {})
               : select(QStringLiteral(" AND m.inventory_product_id = ?") + order, {productId});
}

std::optional<ModelVersion> ModelRegistry::deployed(qint64 productId) const
{
    auto v = select(QStringLiteral(" AND m.inventory_product_id = ? AND m.is_production = 1"),
                    {productId});
    return v.empty() ? std::nullopt : std::optional<ModelVersion>(v.front());
}

qint64 ModelRegistry::findIdentical(qint64 productId, const QString& modelHash) const
{
    QSqlQuery q(m_db.connection());
    if (!sql::run(q,
                  QStringLiteral("SELECT id FROM trained_models WHERE tenant_id = ? AND"
                                 " inventory_product_id = ? AND model_hash = ? ORDER BY id"
                                 " LIMIT 1"),
                  {m_tenant, productId, modelHash}, nullptr, {}) ||
        !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QHash<qint64, QString> ModelRegistry::latestFingerprints() const
{
    QHash<qint64, QString> out;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // Ascending, so the newest version of each product is the last one written to the map.
    if (sql::run(q,
                 QStringLiteral("SELECT inventory_product_id, data_fingerprint FROM trained_models"
                                " WHERE tenant_id = ? ORDER BY model_version, id"),
                 {m_tenant}, nullptr, {})) {
        while (q.next())
            out.insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    return out;
}

std::vector<Deployment> ModelRegistry::deployments(qint64 productId) const
{
    std::vector<Deployment> out;
    QSqlQuery q(m_db.connection());
    if (!sql::run(q,
                  QStringLiteral("SELECT id, inventory_product_id, model_id, model_version,"
                                 " previous_model_id, action, reason, deployed_by, deployed_at"
                                 " FROM deployments WHERE tenant_id = ? AND"
                                 " inventory_product_id = ? ORDER BY id DESC"),
                  {m_tenant, productId}, nullptr, {}))
        return out;
    while (q.next()) {
        Deployment d;
        d.id = q.value(0).toLongLong();
        d.productId = q.value(1).toLongLong();
        d.modelId = q.value(2).toLongLong();
        d.version = q.value(3).toString();
        d.previousModelId = q.value(4).toLongLong();
        d.action = q.value(5).toString();
        d.reason = q.value(6).toString();
        d.deployedBy = q.value(7).toString();
        d.deployedAt = q.value(8).toString();
        out.push_back(d);
    }
    return out;
}

QStringList ModelRegistry::allArtifactPaths(QString* error) const
{
    QStringList out;
    QSqlQuery q(m_db.connection());
    if (!sql::run(q, QStringLiteral("SELECT file_path FROM model_artifacts"), {}, error,
                  Text::tr("Cannot read artifacts")))
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

std::optional<LoadedModel> ModelRegistry::load(qint64 modelId, QString* error) const
{
    std::optional<ModelVersion> v = version(modelId);
    if (!v) {
        if (error)
            *error = Text::tr("No model version with id %1").arg(modelId);
        return std::nullopt;
    }
    std::optional<artifacts::ArtifactContents> contents =
        m_artifacts.read(v->modelPath, v->checksum, error);
    if (!contents)
        return std::nullopt;
    // The audit line; a failure to record it does not refuse a verified model.
    QSqlDatabase db = m_db.connection();
    if (db.isOpen() && m_db.beginWrite(db)) {
        QSqlQuery q(db);
        const QString now = Database::nowUtc();
        QJsonObject payload{{QStringLiteral("product"), v->productName},
                            {QStringLiteral("model_id"), v->id},
                            {QStringLiteral("model_version"), v->version},
                            {QStringLiteral("checksum"), v->checksum}};
        const bool ok =
            sql::run(q,
                     QStringLiteral("UPDATE trained_models SET last_used_at = ? WHERE id = ? AND"
                                    " tenant_id = ?"),
                     {now, modelId, m_tenant}, nullptr, {}) &&
            EventLog(m_db, m_tenant)
                .append(db,
                        {0,
                         QStringLiteral("artifact_loaded"),
                         {},
                         {},
                         v->productId,
                         payload,
                         {},
                         now,
                         {}},
                        nullptr);
        sql::commitOrRollback(db, ok, nullptr);
        v->lastUsedAt = now;
    }
    return LoadedModel{*v, *contents};
}

int ModelRegistry::applyRetention(qint64 productId, int maxVersions, int retentionDays,
                                  QString* error) const
{
    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addDays(-retentionDays);
    std::vector<ModelVersion> doomed;
    const std::vector<ModelVersion> all = versions(productId); // newest first
    // The deployed version always stays and counts towards the limit.
    int kept = static_cast<int>(
        std::count_if(all.begin(), all.end(), [](const ModelVersion& v) { return v.production; }));
    for (const ModelVersion& v : all) {
        if (v.production)
            continue;
        const bool old = QDateTime::fromString(v.createdAt, Qt::ISODate) < cutoff;
        if (!old && kept < maxVersions) {
            ++kept;
            continue;
        }
        doomed.push_back(v);
    }
    if (doomed.empty())
        return 0;
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen() || !m_db.beginWrite(db, error))
        return -1;
    QSqlQuery q(db);
    bool ok = true;
    std::vector<ModelVersion> removed;
    for (const ModelVersion& v : doomed) {
        // Metrics and artifact rows go with it (ON DELETE CASCADE); is_production = 0 again
        // here so a deploy that raced in keeps its version (and its file: no row deleted).
        if (ok)
            ok = sql::run(q,
                          QStringLiteral("DELETE FROM trained_models WHERE id = ? AND"
                                         " tenant_id = ? AND is_production = 0"),
                          {v.id, m_tenant}, error, Text::tr("Cannot remove an old version"));
        if (ok && q.numRowsAffected() == 1)
            removed.push_back(v);
    }
    if (!sql::commitOrRollback(db, ok, error))
        return -1;
    // Files after the rows: a crash in between leaves an orphan file, which recovery removes.
    for (const ModelVersion& v : removed)
        m_artifacts.remove(v.modelPath);
    return static_cast<int>(removed.size());
}

} // namespace bakery::storage
