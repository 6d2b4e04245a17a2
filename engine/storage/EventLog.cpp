#include "storage/EventLog.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace bakery::storage {

namespace {

// The sentences' translation context is "EventLog".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(EventLog)
};

} // namespace

EventLog::EventLog(const Database& db, QString tenant)
    : m_db(db)
    , m_tenant(std::move(tenant))
{
}

bool EventLog::append(QSqlDatabase& db, const EventRecord& e, QString* error) const
{
    QSqlQuery q(db);
    return sql::run(q,
                    QStringLiteral("INSERT INTO events (tenant_id, event_type, severity, job_id,"
                                   " inventory_product_id, payload, created_by, created_at)"
                                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {m_tenant, e.type, e.severity.isEmpty() ? QStringLiteral("info") : e.severity,
                     sql::textOrNull(e.jobId), sql::idOrNull(e.productId), sql::json(e.payload),
                     e.createdBy.isEmpty() ? osUser() : e.createdBy,
                     e.createdAt.isEmpty() ? Database::nowUtc() : e.createdAt},
                    error, Text::tr("Cannot record the event"));
}

bool EventLog::append(const EventRecord& e, QString* error) const
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen() || !m_db.beginWrite(db, error))
        return false;
    if (append(db, e, error) && db.commit())
        return true;
    db.rollback();
    return false;
}

std::vector<EventRecord> EventLog::recent(int limit, const QString& type) const
{
    std::vector<EventRecord> out;
    QSqlQuery q(m_db.connection());
    if (!sql::run(q,
                  QStringLiteral("SELECT id, event_type, severity, job_id, inventory_product_id,"
                                 " payload, created_by, created_at, synced_at FROM events"
                                 " WHERE tenant_id = ? AND (? = 1 OR event_type = ?)"
                                 " ORDER BY id DESC LIMIT ?"),
                  {m_tenant, type.isEmpty() ? 1 : 0, type, limit}, nullptr, {}))
        return out;
    while (q.next()) {
        EventRecord e;
        e.id = q.value(0).toLongLong();
        e.type = q.value(1).toString();
        e.severity = q.value(2).toString();
        e.jobId = q.value(3).toString();
        e.productId = q.value(4).toLongLong();
        e.payload = sql::jsonObject(q.value(5));
        e.createdBy = q.value(6).toString();
        e.createdAt = q.value(7).toString();
        e.syncedAt = q.value(8).toString();
        out.push_back(e);
    }
    return out;
}

QString osUser()
{
#ifdef Q_OS_UNIX
    // The account itself, not what the environment claims (cron and su reset or keep it).
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
#endif
    for (const char* name : {"USER", "LOGNAME", "USERNAME"}) {
        const QString v = qEnvironmentVariable(name);
        if (!v.isEmpty())
            return v;
    }
    return QStringLiteral("unknown");
}

} // namespace bakery::storage
