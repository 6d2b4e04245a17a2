#include "storage/CovariateStore.h"

#include "calendar/EpochDay.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace bakery::storage {
namespace {

// The (day, name) rows of a batch in order, with the binding of their own values.
struct Rows
{
    QString table, measure, upsertSql;
    std::vector<std::pair<int, QString>> keys;
    std::function<void(QSqlQuery&, std::size_t)> bindValues; ///< after tenant, day, name, import
    QStringList names;                                       ///< distinct, for the imports row
};

QString isoDay(int day)
{
    return calendar::fromEpochDay(day).toString(Qt::ISODate);
}

QString key(const QString& day, const QString& name)
{
    return day + QLatin1Char('|') + name;
}

QString failed(const QString& what, const QSqlQuery& q)
{
    return what + QStringLiteral(": ") + q.lastError().text().trimmed();
}

QVariant realOrNull(double v)
{
    return std::isnan(v) ? QVariant(QMetaType::fromType<double>()) : QVariant(v);
}

// Years 1-9999: what 'YYYY-MM-DD' can hold.
bool dayInRange(int day)
{
    static const int first = calendar::toEpochDay(QDate(1, 1, 1));
    static const int last = calendar::toEpochDay(QDate(9999, 12, 31));
    return day >= first && day <= last;
}

QString validate(const Rows& rows)
{
    QSet<QString> seen;
    for (const auto& [day, name] : rows.keys) {
        if (name.isEmpty())
            return QStringLiteral("a %1 row has no name").arg(rows.measure);
        if (!dayInRange(day))
            return QStringLiteral("%1 '%2': day %3 is outside years 1-9999")
                .arg(rows.measure, name)
                .arg(day);
        const QString k = key(isoDay(day), name);
        if (seen.contains(k))
            return QStringLiteral("%1 '%2' appears twice on %3").arg(rows.measure, name, isoDay(day));
        seen.insert(k);
    }
    return {};
}

// How many keys are stored already, read in the keys' day range.
int countStored(const QSqlDatabase& db, const QString& tenant, const Rows& rows, QString* error)
{
    if (rows.keys.empty())
        return 0;
    const auto [lo, hi] = std::minmax_element(
        rows.keys.begin(), rows.keys.end(),
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
        *error = failed(QStringLiteral("Cannot read stored %1").arg(rows.measure), q);
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
         {QVariant(tenant), QVariant(file), sha.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(sha),
          QVariant(rows.measure), QVariant(Database::nowUtc()), QVariant(rows.names.size()),
          QVariant(r.daysInserted), QVariant(r.daysReplaced)})
        st.imports.addBindValue(v);
    if (!st.imports.exec())
        return failed(QStringLiteral("Cannot record the import"), st.imports);
    r.importId = st.imports.lastInsertId().toLongLong();
    if (!st.upsert.prepare(rows.upsertSql))
        return failed(QStringLiteral("Cannot prepare the import"), st.upsert);
    for (std::size_t i = 0; i < rows.keys.size(); ++i) {
        st.upsert.addBindValue(tenant);
        st.upsert.addBindValue(isoDay(rows.keys[i].first));
        st.upsert.addBindValue(rows.keys[i].second);
        st.upsert.addBindValue(r.importId);
        rows.bindValues(st.upsert, i);
        if (!st.upsert.exec())
            return failed(QStringLiteral("Cannot store %1 '%2' of %3")
                              .arg(rows.measure, rows.keys[i].second, isoDay(rows.keys[i].first)),
                          st.upsert);
    }
    return {};
}

Rows weatherRows(const WeatherBatch& batch)
{
    Rows rows{QStringLiteral("weather_daily"), QStringLiteral("weather"),
              QStringLiteral("INSERT INTO weather_daily (tenant_id, day, name, import_id, value)"
                             " VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, day, name) DO UPDATE"
                             " SET value = excluded.value, import_id = excluded.import_id"),
              {}, {}, {}};
    auto values = std::make_shared<std::vector<double>>();
    for (const auto& [name, days] : batch.series) {
        rows.names << name;
        for (const auto& [day, value] : days) {
            rows.keys.emplace_back(day, name);
            values->push_back(value);
        }
    }
    rows.bindValues = [values](QSqlQuery& q, std::size_t i) { q.addBindValue((*values)[i]); };
    return rows;
}

Rows eventRows(const EventsBatch& batch)
{
    Rows rows{QStringLiteral("events"), QStringLiteral("events"),
              QStringLiteral("INSERT INTO events (tenant_id, day, name, import_id, lower_window,"
                             " upper_window, prior_scale) VALUES (?, ?, ?, ?, ?, ?, ?)"
                             " ON CONFLICT (tenant_id, day, name) DO UPDATE SET"
                             " lower_window = excluded.lower_window, upper_window ="
                             " excluded.upper_window, prior_scale = excluded.prior_scale,"
                             " import_id = excluded.import_id"),
              {}, {}, {}};
    for (const calendar::HolidayEvent& e : batch.events) {
        rows.keys.emplace_back(e.day, e.name);
        if (!rows.names.contains(e.name))
            rows.names << e.name;
    }
    const calendar::HolidayTable* events = &batch.events; // outlives the rows' use
    rows.bindValues = [events](QSqlQuery& q, std::size_t i) {
        const calendar::HolidayEvent& e = (*events)[i];
        q.addBindValue(e.lowerWindow);
        q.addBindValue(e.upperWindow);
        q.addBindValue(realOrNull(e.priorScale));
    };
    return rows;
}

QString validateEvents(const EventsBatch& batch)
{
    for (const calendar::HolidayEvent& e : batch.events) {
        if (e.lowerWindow > 0 || e.upperWindow < 0)
            return QStringLiteral("event '%1': expected lower_window <= 0 <= upper_window")
                .arg(e.name);
        if (e.hasPriorScale() && !(e.priorScale > 0 && std::isfinite(e.priorScale)))
            return QStringLiteral("event '%1': expected a prior scale > 0").arg(e.name);
        const auto first = std::find_if(batch.events.begin(), batch.events.end(),
                                        [&](const auto& x) { return x.name == e.name; });
        if (first->hasPriorScale() != e.hasPriorScale() ||
            (e.hasPriorScale() && first->priorScale != e.priorScale))
            return QStringLiteral("event '%1': expected one prior scale for all its days")
                .arg(e.name);
    }
    return {};
}

// One transaction: the imports row, every upsert, then `after` (all or nothing).
StoreResult storeRows(const Database& database, const QString& tenant, const Rows& rows,
                             const QString& file, const QString& sha,
                             const std::function<QString(QSqlQuery&)>& after)
{
    StoreResult r;
    if (!(r.error = validate(rows)).isEmpty())
        return r;
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
        error = QStringLiteral("Cannot commit the import: ") + db.lastError().text().trimmed();
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
    for (const auto& [name, days] : batch.series)
        for (const auto& day : days)
            if (!std::isfinite(day.second))
                return {QStringLiteral("weather '%1': a value on %2 is not a finite number")
                            .arg(name, isoDay(day.first))};
    return storeRows(m_db, m_tenant, weatherRows(batch), batch.sourceFile, batch.sourceSha256, {});
}

StoreResult CovariateStore::storeEvents(const EventsBatch& batch) const
{
    const QString invalid = validateEvents(batch);
    if (!invalid.isEmpty())
        return {invalid};
    const Rows rows = eventRows(batch);
    // The model allows one prior scale per event name: the newest import's applies to all.
    const auto unifyScales = [&](QSqlQuery& q) -> QString {
        if (!q.prepare(QStringLiteral(
                "UPDATE events SET prior_scale = ? WHERE tenant_id = ? AND name = ?")))
            return failed(QStringLiteral("Cannot prepare the import"), q);
        for (const QString& name : rows.names) {
            const auto e = std::find_if(batch.events.begin(), batch.events.end(),
                                        [&](const auto& x) { return x.name == name; });
            q.addBindValue(realOrNull(e->priorScale));
            q.addBindValue(m_tenant);
            q.addBindValue(name);
            if (!q.exec())
                return failed(QStringLiteral("Cannot store event '%1'").arg(name), q);
        }
        return {};
    };
    return storeRows(m_db, m_tenant, rows, batch.sourceFile, batch.sourceSha256, unifyScales);
}

int CovariateStore::countReplacements(const WeatherBatch& batch) const
{
    QString error;
    const int n = countStored(m_db.connection(&error), m_tenant, weatherRows(batch), &error);
    if (!error.isEmpty())
        qWarning().noquote() << error;
    return n;
}

int CovariateStore::countReplacements(const EventsBatch& batch) const
{
    QString error;
    const int n = countStored(m_db.connection(&error), m_tenant, eventRows(batch), &error);
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
                             " FROM events WHERE tenant_id = ?"));
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
