#pragma once
// The `events` table: what happened, for the GUI's notices and the later sync to a
// central server (synced_at stays NULL until a push succeeds). Payloads follow the
// training service's events (training_completed, training_failed) and add audit
// lines (model_deployed, model_rolled_back, artifact_loaded).

#include "storage/Database.h"

#include <QJsonObject>
#include <QString>

#include <vector>

namespace bakery::storage {

struct EventRecord
{
    qint64 id = 0;
    QString type;     ///< training_completed, training_failed, model_deployed, ...
    QString severity; ///< info, warning, error
    QString jobId;
    qint64 productId = 0;
    QJsonObject payload;
    QString createdBy; ///< operating-system user
    QString createdAt; ///< ISO-8601 UTC
    QString syncedAt;
};

class EventLog
{
public:
    EventLog(const Database& db, QString tenant);
    /// Inside the caller's transaction.
    bool append(QSqlDatabase& db, const EventRecord& e, QString* error) const;
    /// In its own transaction.
    bool append(const EventRecord& e, QString* error) const;
    /// Newest first; `type` empty: every type.
    std::vector<EventRecord> recent(int limit = 100, const QString& type = {}) const;

private:
    const Database& m_db;
    QString m_tenant;
};

/// The operating-system user running this process ("unknown" if it cannot be told).
QString osUser();

} // namespace bakery::storage
