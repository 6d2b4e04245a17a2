#include "storage/Database.h"

#include "storage/Migrations.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

namespace bakery::storage {

namespace {

// The sentences' translation context is "Database".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

const QLatin1String kMemory(":memory:");
// Session-level advisory lock that serialises migrations of processes sharing a server.
const QLatin1String kPgMigrationLock("SELECT pg_advisory_lock(727157201)");
const QLatin1String kPgMigrationUnlock("SELECT pg_advisory_unlock(727157201)");

bool isPostgresUrl(const QString& location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

// A plain path, or sqlite:///path as DATABASE_URL spells it.
QString sqlitePath(const QString& location)
{
    const bool url = location.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive);
    return url ? QUrl(location).path() : location;
}

QString sqlError(const QSqlError& e)
{
    const QString text = e.text().trimmed();
    return text.isEmpty() ? Text::tr("unknown database error") : text;
}

// -1 when the table cannot be read, 0 when no migration has run.
int readVersion(const QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return -1;
    return q.value(0).isNull() ? 0 : q.value(0).toInt();
}

QSqlDatabase addSqlite(const QString& name, const QString& path, QString* why)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    // Other threads and processes write too: wait for their lock instead of failing at once.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *why = Text::tr("Cannot open the database %1: %2").arg(path, sqlError(db.lastError()));
        return db;
    }
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_keys=ON")) ||
        !q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.next()) {
        *why = Text::tr("Cannot use the database %1: %2").arg(path, sqlError(q.lastError()));
        return db;
    }
    // WAL lets readers (GUI, CLI) work while an import or training writes.
    const QString mode = q.value(0).toString();
    q.finish();
    // In WAL mode NORMAL never corrupts and survives a killed process; only a power cut may
    // lose the last commits. FULL would fsync every product's result.
    if (!q.exec(QStringLiteral("PRAGMA synchronous=NORMAL")))
        *why = Text::tr("Cannot use the database %1: %2").arg(path, sqlError(q.lastError()));
    if (mode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0 && path != kMemory)
        *why = Text::tr("Cannot switch the database %1 to WAL mode (journal mode is %2)")
                   .arg(path, mode);
    return db;
}

QSqlDatabase addPostgres(const QString& name, const QString& location, const QString& shown,
                         QString* why)
{
    if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
        *why = Text::tr("Cannot open %1: the Qt PostgreSQL driver (QPSQL, Debian package "
                        "libqt6sql6-psql) is not installed")
                   .arg(shown);
        return {};
    }
    const QUrl url(location);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(url.host());
    db.setPort(url.port(5432));
    db.setUserName(url.userName());
    db.setPassword(url.password());
    db.setDatabaseName(url.path().mid(1));
    // URL query items (sslmode=..., ...) are libpq options; never hang on a dead server.
    QStringList options;
    const QUrlQuery query(url);
    for (const auto& item : query.queryItems(QUrl::FullyDecoded))
        options.push_back(item.first + QLatin1Char('=') + item.second);
    if (!query.hasQueryItem(QStringLiteral("connect_timeout")))
        options.push_back(QStringLiteral("connect_timeout=10"));
    db.setConnectOptions(options.join(QLatin1Char(';')));
    if (!db.open()) {
        *why = Text::tr("Cannot connect to %1: %2").arg(shown, sqlError(db.lastError()));
        return db;
    }
    // Quiet the "already exists, skipping" notices libpq would print on stderr.
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SET client_min_messages TO WARNING")))
        *why = Text::tr("Cannot use %1: %2").arg(shown, sqlError(q.lastError()));
    return db;
}

} // namespace

Database::Database(QString location)
    : m_location(std::move(location))
    , m_postgres(isPostgresUrl(m_location))
{
    static QAtomicInt counter;
    m_prefix = QStringLiteral("bakery-db-%1").arg(counter.fetchAndAddRelaxed(1));
    m_ownerConnection = connectionName();
}

Database::~Database()
{
    if (QSqlDatabase::contains(m_ownerConnection))
        QSqlDatabase::removeDatabase(m_ownerConnection);
}

QString Database::connectionName() const
{
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThreadId());
    return m_prefix + QLatin1Char('-') + QString::number(thread, 16);
}

QString Database::displayLocation() const
{
    return m_postgres ? QUrl(m_location).toString(QUrl::RemovePassword) : sqlitePath(m_location);
}

QString Database::nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

bool Database::open()
{
    m_error.clear();
    if (!m_postgres) {
        const QString path = sqlitePath(m_location);
        if (path.isEmpty()) {
            m_error = Text::tr("No database location given");
            return false;
        }
        if (path != kMemory) {
            const QFileInfo info(path);
            if (info.isDir()) {
                m_error = Text::tr("Cannot open the database %1: it is a folder").arg(path);
                return false;
            }
            const QString folder = info.absolutePath();
            if (!QDir(folder).exists() && !QDir().mkpath(folder)) {
                m_error =
                    Text::tr("Cannot create the folder %1 for the database %2").arg(folder, path);
                return false;
            }
        }
    }
    QString why;
    if (!connection(&why).isOpen()) {
        m_error = why;
        return false;
    }
    return migrate();
}

int Database::schemaVersion() const
{
    return readVersion(connection());
}

QSqlDatabase Database::connection(QString* error) const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        {
            QSqlDatabase db = QSqlDatabase::database(name, false);
            if (db.isValid() && db.isOpen())
                return db;
        }
        // Closed, failed earlier, or left behind by an ended thread with the same id.
        QSqlDatabase::removeDatabase(name);
    }
    QString why;
    {
        QSqlDatabase db = m_postgres ? addPostgres(name, m_location, displayLocation(), &why)
                                     : addSqlite(name, sqlitePath(m_location), &why);
        if (why.isEmpty())
            return db;
    }
    QSqlDatabase::removeDatabase(name);
    if (error)
        *error = why;
    return {};
}

void Database::releaseThreadConnection() const
{
    const QString name = connectionName();
    if (QSqlDatabase::contains(name))
        QSqlDatabase::removeDatabase(name);
}

bool Database::beginWrite(QSqlDatabase& db, QString* error) const
{
    bool ok = false;
    QString why;
    if (m_postgres) {
        ok = db.transaction();
        why = sqlError(db.lastError());
    } else {
        QSqlQuery q(db);
        ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        why = sqlError(q.lastError());
    }
    if (!ok && error)
        *error = Text::tr("Cannot start a transaction on %1: %2").arg(displayLocation(), why);
    return ok;
}

bool Database::lockWriters(QSqlDatabase& db, int key, QString* error) const
{
    if (!m_postgres)
        return true; // BEGIN IMMEDIATE already holds the only write lock
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(key)))
        return true;
    if (error)
        *error = Text::tr("Cannot lock %1: %2").arg(displayLocation(), sqlError(q.lastError()));
    return false;
}

bool Database::migrate()
{
    QSqlDatabase db = connection();
    QSqlQuery q(db);
    QString why;
    int current = -1;
    // PostgreSQL: a session lock serialises processes migrating one server (on SQLite,
    // applyMigration's BEGIN IMMEDIATE does).
    if (m_postgres && !q.exec(kPgMigrationLock))
        why = Text::tr("cannot lock it: ") + sqlError(q.lastError());
    else if (!q.exec(schemaVersionTableSql()))
        why = Text::tr("cannot create schema_version: ") + sqlError(q.lastError());
    else if ((current = readVersion(db)) < 0)
        why = Text::tr("cannot read schema_version");
    else if (current > latestSchemaVersion())
        why = QStringLiteral("its schema version %1 is newer than the %2 this program knows: "
                             "update the program")
                  .arg(current)
                  .arg(latestSchemaVersion());
    q.finish();
    if (!why.isEmpty())
        m_error = Text::tr("Cannot migrate the database %1: %2").arg(displayLocation(), why);
    bool ok = why.isEmpty();
    for (const Migration& m : migrations()) {
        if (ok && m.version > current)
            ok = applyMigration(db, m);
    }
    if (m_postgres)
        q.exec(kPgMigrationUnlock);
    return ok;
}

bool Database::applyMigration(QSqlDatabase& db, const Migration& m)
{
    const auto fail = [&](const QString& why) {
        m_error = Text::tr("Migration %1 (%2) of %3 failed: %4")
                      .arg(m.version)
                      .arg(m.description, displayLocation(), why);
        db.rollback();
        return false;
    };
    QString why;
    if (!beginWrite(db, &why)) {
        m_error = why;
        return false;
    }
    // Another process may have applied it since we looked: check again under the lock.
    if (readVersion(db) >= m.version)
        return db.commit() || fail(sqlError(db.lastError()));
    const SqlDialect dialect = m_postgres ? SqlDialect::Postgres : SqlDialect::Sqlite;
    for (const QString& sql : statementsFor(m, dialect)) {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return fail(sqlError(q.lastError()));
    }
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("INSERT INTO schema_version (version, applied_at) VALUES (?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(nowUtc());
        if (!q.exec())
            return fail(sqlError(q.lastError()));
    }
    if (!db.commit())
        return fail(sqlError(db.lastError()));
    return true;
}

QString Database::integrityCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(m_postgres ? QStringLiteral("SELECT 'ok'")
                           : QStringLiteral("PRAGMA integrity_check")))
        return sqlError(q.lastError());
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

QString Database::defaultLocation()
{
    const QString url = qEnvironmentVariable("DATABASE_URL");
    if (!url.isEmpty())
        return url;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/bakery-trainer.sqlite");
}

} // namespace bakery::storage
