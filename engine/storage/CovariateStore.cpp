#include "storage/CovariateStore.h"

#include "calendar/EpochDay.h"
#include "storage/CovariateRows.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

#include <algorithm>
#include <cmath>
#include <functional>

namespace bakery::storage {
namespace {

// The sentences' translation context is "CovariateStore".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CovariateStore)
};

using covrows::isoDay;
using covrows::Rows;

QString key(const QString& day, const QString& name)
{
    return day + QLatin1Char('|') + name;
}

QString failed(const QString& what, const QSqlQuery& q)
{
    return what + QStringLiteral(": ") + q.lastError().text().trimmed();
}

// How many keys are stored already, read in the keys' day range.
int countStored(const QSqlDatabase& db, const QString& tenant, const Rows& rows, QString* error)
{
    if (rows.keys.empty())
        return 0;
    const auto [lo, hi] =
        std::minmax_element(rows.keys.begin(), rows.keys.end(),
                            [](const auto& a, const auto& b) { return a.first < b.first; });
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, name FROM %1 WHERE tenant_id = ? AND day >= ? AND "
                             "day <= ?")
                  .arg(rows.table));
    q.addBindValue(tenant);
    q.addBindValue(isoDay(lo->first));
    q.addBindValue(isoDay(hi->first));
    if (!q.exec()) {
        *error = failed(Text::tr("Cannot read stored %1").arg(rows.measure), q);
        return 0;
    }
    QSet<QString> stored;
    while (q.next())
        stored.insert(key(q.value(0).toString(), q.value(1).toString()));
    return static_cast<int>(std::count_if(rows.keys.begin(), rows.keys.end(), [&](const auto& k) {
        return stored.contains(key(isoDay(k.first), k.second));
    }));
}

struct Statements
{
    QSqlQuery imports, upsert;
};

QString write(Statements& st, const QSqlDatabase& db, const QString& tenant, const Rows& rows,
              const QString& file, const QString& sha, StoreResult& r)
{
    QString error;
    r.daysReplaced = countStored(db, tenant, rows, &error);
    if (!error.isEmpty())
        return error;
    r.daysInserted = static_cast<int>(rows.keys.size()) - r.daysReplaced;
    st.imports.prepare(QStringLiteral(
        "INSERT INTO imports (tenant_id, source_file, source_sha256, measure, imported_at,"
        " products, days_inserted, days_replaced) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant& v :
         {QVariant(tenant), QVariant(file),
          sha.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(sha),
          QVariant(rows.measure), QVariant(Database::nowUtc()), QVariant(rows.names.size()),
          QVariant(r.daysInserted), QVariant(r.daysReplaced)})
        st.imports.addBindValue(v);
    if (!st.imports.exec())
        return failed(Text::tr("Cannot record the import"), st.imports);
    r.importId = st.imports.lastInsertId().toLongLong();
    if (!st.upsert.prepare(rows.upsertSql))
        return failed(Text::tr("Cannot prepare the import"), st.upsert);
    for (std::size_t i = 0; i < rows.keys.size(); ++i) {
        st.upsert.addBindValue(tenant);
        st.upsert.addBindValue(isoDay(rows.keys[i].first));
        st.upsert.addBindValue(rows.keys[i].second);
        st.upsert.addBindValue(r.importId);
        rows.bindValues(st.upsert, i);
        if (!st.upsert.exec())
            return failed(Text::tr("Cannot store %1 '%2' of %3")
                              .arg(rows.measure, rows.keys[i].second, isoDay(rows.keys[i].first)),
                          st.upsert);
    }
    return {};
}

// One transaction: the imports row, every upsert, then `after` (all or nothing).
StoreResult storeRows(const Database& database, const QString& tenant, const Rows& rows,
                      const QString& file, const QString& sha,
                      const std::function<QString(QSqlQuery&)>& after)
{
    StoreResult r;
    QSqlDatabase db = database.connection(&r.error);
    if (!db.isOpen() || !database.beginWrite(db, &r.error))
        return r;
    QString error;
    {
        // Alive until after the rollback: PostgreSQL cannot free a statement of an aborted
        // transaction. Every statement is finished before COMMIT, as SQLite requires.
        Statements st{QSqlQuery(db), QSqlQuery(db)};
        error = write(st, db, tenant, rows, file, sha, r);
        if (error.isEmpty() && after)
            error = after(st.upsert);
        if (!error.isEmpty())
            db.rollback();
    }
    if (error.isEmpty() && !db.commit()) {
        error = Text::tr("Cannot commit the import: %1").arg(db.lastError().text().trimmed());
        db.rollback();
    }
    return error.isEmpty() ? r : StoreResult{error};
}

} // namespace

CovariateStore::CovariateStore(const Database& db, QString tenant)
    : m_db(db)
    , m_tenant(std::move(tenant))
{
}

StoreResult CovariateStore::storeWeather(const WeatherBatch& batch) const
{
    const Rows rows = covrows::weatherRows(batch);
    const QString invalid = covrows::validate(rows, batch);
    if (!invalid.isEmpty())
        return {invalid};
    return storeRows(m_db, m_tenant, rows, batch.sourceFile, batch.sourceSha256, {});
}

StoreResult CovariateStore::storeEvents(const EventsBatch& batch) const
{
    const Rows rows = covrows::eventRows(batch);
    const QString invalid = covrows::validate(rows, batch);
    if (!invalid.isEmpty())
        return {invalid};
    // The model allows one prior scale per event name: the newest import's applies to all.
    const auto unifyScales = [&](QSqlQuery& q) -> QString {
        if (!q.prepare(QStringLiteral(
                "UPDATE calendar_events SET prior_scale = ? WHERE tenant_id = ? AND name = ?")))
            return failed(Text::tr("Cannot prepare the import"), q);
        for (const QString& name : rows.names) {
            const auto e = std::find_if(batch.events.begin(), batch.events.end(),
                                        [&](const auto& x) { return x.name == name; });
            q.addBindValue(covrows::realOrNull(e->priorScale));
            q.addBindValue(m_tenant);
            q.addBindValue(name);
            if (!q.exec())
                return failed(Text::tr("Cannot store event '%1'").arg(name), q);
        }
        return {};
    };
    return storeRows(m_db, m_tenant, rows, batch.sourceFile, batch.sourceSha256, unifyScales);
}

int CovariateStore::countReplacements(const WeatherBatch& batch) const
{
    QString error;
    const int n =
        countStored(m_db.connection(&error), m_tenant, covrows::weatherRows(batch), &error);
    if (!error.isEmpty())
        qWarning().noquote() << error;
    return n;
}

int CovariateStore::countReplacements(const EventsBatch& batch) const
{
    QString error;
    const int n = countStored(m_db.connection(&error), m_tenant, covrows::eventRows(batch), &error);
    if (!error.isEmpty())
        qWarning().noquote() << error;
    return n;
}

WeatherSeries CovariateStore::weather() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT name, day, value FROM weather_daily WHERE tenant_id = ? ORDER BY day"));
    q.addBindValue(m_tenant);
    WeatherSeries out;
    if (!q.exec())
        qWarning().noquote() << failed(QStringLiteral("Cannot read weather"), q);
    while (q.next()) {
        const QDate d = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        out[q.value(0).toString()].emplace_back(calendar::toEpochDay(d), q.value(2).toDouble());
    }
    return out;
}

calendar::HolidayTable CovariateStore::events() const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT day, name, lower_window, upper_window, prior_scale"
                             " FROM calendar_events WHERE tenant_id = ?"));
    q.addBindValue(m_tenant);
    calendar::HolidayTable out;
    if (!q.exec())
        qWarning().noquote() << failed(QStringLiteral("Cannot read events"), q);
    while (q.next()) {
        calendar::HolidayEvent e;
        e.day = calendar::toEpochDay(QDate::fromString(q.value(0).toString(), Qt::ISODate));
        e.name = q.value(1).toString();
        e.lowerWindow = q.value(2).toInt();
        e.upperWindow = q.value(3).toInt();
        e.priorScale = q.value(4).isNull() ? std::nan("") : q.value(4).toDouble();
        out.push_back(e);
    }
    // Sorted here, not by ORDER BY: SQLite and PostgreSQL collate text differently.
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.day != b.day ? a.day < b.day : a.name < b.name;
    });
    return out;
}

} // namespace bakery::storage
