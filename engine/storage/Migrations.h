#pragma once
// The numbered schema migrations, shared by SQLite and PostgreSQL. Each version is
// a list of statements written once with a few dialect tokens, so both back ends
// always get the same tables. Append new versions at the end; never edit a
// released one (databases in the field have already run it).

#include <QString>
#include <QStringList>

#include <vector>

namespace bakery::storage {

enum class SqlDialect { Sqlite, Postgres };

struct Migration
{
    int version = 0;
    QString description;
    /// Statements with tokens: {PK} auto-increment primary key, {ID} a column that
    /// references one, {REAL} a double, {WITHOUT_ROWID} after a table whose primary key
    /// is its natural order (SQLite only). A leading {PG} or {SQLITE} limits a statement
    /// to that back end.
    QStringList statements;
};

/// All migrations, ascending by version, starting at 1 without gaps.
const std::vector<Migration>& migrations();

/// The version a fully migrated database has.
int latestSchemaVersion();

/// The statements of `m` with the tokens replaced for `dialect`.
QStringList statementsFor(const Migration& m, SqlDialect dialect);

/// Created before anything else so the current version can be read.
QString schemaVersionTableSql();

} // namespace bakery::storage
