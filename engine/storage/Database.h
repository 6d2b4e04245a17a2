#pragma once
// The local database: SQLite by default (one file, WAL), PostgreSQL when a
// postgresql:// URL is given. Qt Sql connections belong to the thread that made
// them, so connection() hands each thread its own named connection. Opening
// applies the numbered migrations that have not run yet, in one transaction each.

#include <QSqlDatabase>
#include <QString>

namespace bakery::storage {

struct Migration;

class Database
{
public:
    /// `location`: a file path (SQLite) or postgresql://user:password@host:port/dbname.
    explicit Database(QString location);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    /// Opens (creating the SQLite file if needed) and migrates. False and error() on failure.
    bool open();
    QString error() const { return m_error; }
    bool isPostgres() const { return m_postgres; }
    QString location() const { return m_location; }
    int schemaVersion() const;

    /// This thread's connection (opened on first use). Never store the returned handle.
    /// If it cannot be opened, the handle is not open and `*error` (when given) says why.
    QSqlDatabase connection(QString* error = nullptr) const;
    /// Closes and removes this thread's connection; call at the end of a worker task.
    void releaseThreadConnection() const;

    /// Starts a transaction that will write. SQLite: BEGIN IMMEDIATE, so the write lock is
    /// taken up front (a deferred one can fail to upgrade with SQLITE_BUSY, busy timeout or
    /// not). End it with db.commit() or db.rollback(). False and `*error` on failure.
    bool beginWrite(QSqlDatabase& db, QString* error = nullptr) const;
    /// Inside a beginWrite transaction: serialises it with other transactions taking the
    /// same `key` until it ends. PostgreSQL: pg_advisory_xact_lock(key); SQLite: nothing to
    /// do (BEGIN IMMEDIATE already holds the database's only write lock).
    bool lockWriters(QSqlDatabase& db, int key, QString* error = nullptr) const;
    /// lockWriters keys (the migration lock is 727157201).
    static constexpr int kJobClaimLock = 727157202;      ///< claimNextJob's global job limit
    static constexpr int kArtifactSweepLock = 727157203; ///< recovery's orphan sweep

    /// SQLite: the result of PRAGMA integrity_check ("ok" when sound); PostgreSQL: "ok"
    /// when a query runs (the server keeps its own files consistent).
    QString integrityCheck() const;

    /// The location for messages and logs: a PostgreSQL URL without its password.
    QString displayLocation() const;

    /// Now as ISO-8601 UTC text with milliseconds ("2024-05-01T10:00:00.123Z"), the format
    /// of every time column written from now on (Qt::ISODate parsing reads it, and the
    /// older rows without milliseconds, alike).
    static QString nowUtc();
    /// Where the store lives unless told otherwise: DATABASE_URL if set, else
    /// bakery-trainer.sqlite in the user's data folder (QStandardPaths::AppDataLocation).
    static QString defaultLocation();

private:
    bool migrate();
    bool applyMigration(QSqlDatabase& db, const Migration& m);
    QString connectionName() const;
    QString m_location;
    QString m_prefix;          ///< connection names: <prefix>-<thread id>
    QString m_ownerConnection; ///< the constructing thread's, removed by the destructor
    bool m_postgres = false;
    QString m_error;
};

} // namespace bakery::storage
