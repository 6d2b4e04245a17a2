#include "storage/Migrations.h"

namespace bakery::storage {

namespace {

std::vector<Migration> buildMigrations()
{
    std::vector<Migration> list;

    // 1: products, their daily sales and the imports that wrote them. Days are ISO
    // text 'YYYY-MM-DD' in both back ends: portable, and they sort as dates. Every
    // row carries tenant_id (the shop); all queries are scoped to it.
    list.push_back(
        {1,
         QStringLiteral("products, imports, sales_daily"),
         {QStringLiteral("CREATE TABLE IF NOT EXISTS products ("
                         " id {PK},"
                         " tenant_id TEXT NOT NULL,"
                         " name TEXT NOT NULL CHECK (name <> ''),"
                         " category TEXT,"
                         " price {REAL},"
                         " created_at TEXT,"
                         " UNIQUE (tenant_id, name))"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS imports ("
                         " id {PK},"
                         " tenant_id TEXT NOT NULL,"
                         " source_file TEXT,"
                         " source_sha256 TEXT,"
                         " measure TEXT,"
                         " imported_at TEXT,"
                         " products INTEGER,"
                         " days_inserted INTEGER,"
                         " days_replaced INTEGER)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS imports_tenant ON imports (tenant_id)"),
          // value NOT NULL: a missing day is a missing row (closed shop), never NULL.
          // SQLite WITHOUT ROWID: the primary key is the table, one B-tree per insert.
          QStringLiteral("CREATE TABLE IF NOT EXISTS sales_daily ("
                         " tenant_id TEXT NOT NULL,"
                         " product_id {ID} NOT NULL REFERENCES products (id),"
                         " day TEXT NOT NULL CHECK (length(day) = 10),"
                         " value {REAL} NOT NULL,"
                         " outlier INTEGER NOT NULL DEFAULT 0 CHECK (outlier IN (0, 1)),"
                         " import_id {ID} REFERENCES imports (id),"
                         " PRIMARY KEY (tenant_id, product_id, day)){WITHOUT_ROWID}")}});

    // 2: covariates. Weather is long (one row per day and covariate name), so a new
    // covariate in a file (humidity, wind) needs no new column. Events are Prophet's
    // holiday rows; prior_scale NULL means the model's default.
    list.push_back(
        {2,
         QStringLiteral("weather_daily, events"),
         {QStringLiteral("CREATE TABLE IF NOT EXISTS weather_daily ("
                         " tenant_id TEXT NOT NULL,"
                         " day TEXT NOT NULL CHECK (length(day) = 10),"
                         " name TEXT NOT NULL CHECK (name <> ''),"
                         " value {REAL} NOT NULL,"
                         " import_id {ID} REFERENCES imports (id),"
                         " PRIMARY KEY (tenant_id, day, name)){WITHOUT_ROWID}"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS events ("
                         " tenant_id TEXT NOT NULL,"
                         " day TEXT NOT NULL CHECK (length(day) = 10),"
                         " name TEXT NOT NULL CHECK (name <> ''),"
                         " lower_window INTEGER NOT NULL DEFAULT 0 CHECK (lower_window <= 0),"
                         " upper_window INTEGER NOT NULL DEFAULT 0 CHECK (upper_window >= 0),"
                         " prior_scale {REAL} CHECK (prior_scale IS NULL OR prior_scale > 0),"
                         " import_id {ID} REFERENCES imports (id),"
                         " PRIMARY KEY (tenant_id, day, name)){WITHOUT_ROWID}")}});

    return list;
}

} // namespace

const std::vector<Migration>& migrations()
{
    static const std::vector<Migration> list = buildMigrations();
    return list;
}

int latestSchemaVersion()
{
    return migrations().empty() ? 0 : migrations().back().version;
}

QStringList statementsFor(const Migration& m, SqlDialect dialect)
{
    const bool pg = dialect == SqlDialect::Postgres;
    QStringList out;
    out.reserve(m.statements.size());
    for (QString sql : m.statements) {
        sql.replace(QLatin1String("{PK}"), pg ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                              : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
        sql.replace(QLatin1String("{ID}"), pg ? QLatin1String("BIGINT") : QLatin1String("INTEGER"));
        sql.replace(QLatin1String("{REAL}"),
                    pg ? QLatin1String("DOUBLE PRECISION") : QLatin1String("REAL"));
        sql.replace(QLatin1String("{WITHOUT_ROWID}"),
                    pg ? QLatin1String("") : QLatin1String(" WITHOUT ROWID"));
        out.push_back(sql);
    }
    return out;
}

QString schemaVersionTableSql()
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version ("
                          " version INTEGER PRIMARY KEY, applied_at TEXT)");
}

} // namespace bakery::storage
