#pragma once
// The model registry: every trained version of every product (trained_models),
// its holdout metrics (model_performance_metrics), its artifact file
// (model_artifacts, checked by SHA-256 on every load and deploy), which version
// is deployed (exactly one per product, enforced by a unique index) and the
// history of deploys and rollbacks (deployments).

#include "artifacts/ArtifactStore.h"
#include "evaluation/Metrics.h"
#include "storage/Database.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cmath>
#include <optional>
#include <vector>

namespace bakery::storage {

/// What a training run hands to the registry (artifact already written).
struct NewVersion
{
    qint64 productId = 0;
    QString version; ///< unique per product; see newModelVersion()
    QString jobId;
    artifacts::StoredArtifact artifact;
    evaluation::Metrics holdout;            ///< on the holdout window
    QString evaluationStart, evaluationEnd; ///< ISO days of the holdout window
    QJsonObject hyperparameters;
    QStringList features;
    int trainingSamples = 0;            ///< rows of the final fit
    QString trainingStart, trainingEnd; ///< ISO days of the final fit's data
    double trainingDurationSeconds = 0.0;
    QString modelHash;       ///< SHA-256 of the model JSON: identical models are stored once
    QString dataFingerprint; ///< of the sales + settings it was trained on (incremental training)
    QString createdBy;
};

struct ModelVersion
{
    qint64 id = 0;
    qint64 productId = 0;
    QString productName;
    QString version;
    QString jobId;
    QString modelPath; ///< artifact path relative to MODEL_STORAGE_PATH
    evaluation::Metrics holdout;
    QString evaluationStart, evaluationEnd;
    QJsonObject hyperparameters;
    QStringList features;
    int trainingSamples = 0;
    bool production = false; ///< the deployed version
    QString trainingStart, trainingEnd;
    double trainingDurationSeconds = std::nan("");
    QString modelHash, dataFingerprint;
    QString createdBy, createdAt, lastUsedAt;
    qint64 artifactBytes = 0;
    QString checksum;
    QString compression;
};

struct Deployment
{
    qint64 id = 0;
    qint64 productId = 0;
    qint64 modelId = 0;
    QString version;
    qint64 previousModelId = 0;
    QString action; ///< deploy, auto_deploy, rollback
    QString reason;
    QString deployedBy, deployedAt;
};

struct LoadedModel
{
    ModelVersion version;
    artifacts::ArtifactContents contents;
};

/// A new version name from the current UTC time, e.g. "20261126T132615.123Z".
QString newModelVersion();

class ModelRegistry
{
public:
    ModelRegistry(const Database& db, const artifacts::ArtifactStore& artifacts, QString tenant);

    // --- inside a transaction the caller owns ---
    /// Inserts the version, its holdout metrics and its artifact row. Returns the id, 0 on error.
    qint64 insertVersion(QSqlDatabase& db, const NewVersion& v, QString* error) const;
    /// Makes `modelId` the product's deployed version and records it in deployments.
    bool setProduction(QSqlDatabase& db, qint64 productId, qint64 modelId, const QString& action,
                       const QString& reason, QString* error) const;

    // --- each in its own transaction ---
    /// Deploys a version after checking its artifact; records who and why. A version that
    /// is already deployed is left as it is (true).
    bool deploy(qint64 modelId, const QString& reason, QString* error) const;
    /// Deploys the version that was deployed before the current one (if it still exists).
    std::optional<ModelVersion> rollback(const QString& productName, QString* error) const;
    /// Reads and verifies the artifact; records the load (who, when) and last_used_at.
    std::optional<LoadedModel> load(qint64 modelId, QString* error) const;
    /// Removes versions beyond `maxVersions` per product (newest kept) and versions older
    /// than `retentionDays`, never the deployed one; rows first, then files. Returns how
    /// many versions were removed, -1 on error.
    int applyRetention(qint64 productId, int maxVersions, int retentionDays, QString* error) const;

    // --- reads ---
    std::optional<ModelVersion> version(qint64 modelId) const;
    /// Newest first; productId 0: every product.
    std::vector<ModelVersion> versions(qint64 productId = 0) const;
    std::optional<ModelVersion> deployed(qint64 productId) const;
    /// A stored version of the product with this model hash, 0 if none.
    qint64 findIdentical(qint64 productId, const QString& modelHash) const;
    /// productId -> data fingerprint of its newest version.
    QHash<qint64, QString> latestFingerprints() const;
    /// Newest first.
    std::vector<Deployment> deployments(qint64 productId) const;
    /// Every artifact path the registry knows (all shops), for crash recovery.
    QStringList allArtifactPaths(QString* error) const;

    const artifacts::ArtifactStore& artifacts() const { return m_artifacts; }
    const QString& tenant() const { return m_tenant; }

private:
    std::vector<ModelVersion> select(const QString& where, const QVariantList& binds) const;
    const Database& m_db;
    const artifacts::ArtifactStore& m_artifacts;
    QString m_tenant;
};

} // namespace bakery::storage
