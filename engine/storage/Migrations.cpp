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

    // 3: the training service. The calendar events of migration 2 make way for the
    // service's `events` (training outcomes, for the GUI and the later sync). Jobs,
    // models, metrics, logs and artifacts keep the service design's table and column
    // names; job_products is the claimable unit, so several workers share one job.
    list.push_back(
        {3,
         QStringLiteral("training jobs, model registry, deployments, events"),
         {QStringLiteral("ALTER TABLE events RENAME TO calendar_events"),
          // PostgreSQL names constraints per schema: free "events_pkey" for the new table.
          QStringLiteral("{PG}ALTER INDEX IF EXISTS events_pkey RENAME TO calendar_events_pkey"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS training_job_queue ("
                         " id {PK},"
                         " job_id TEXT NOT NULL UNIQUE,"
                         " tenant_id TEXT NOT NULL,"
                         " job_type TEXT NOT NULL"
                         "  CHECK (job_type IN ('train_all', 'train_products', 'retry')),"
                         " products TEXT," // JSON array of names; NULL: every product
                         " force_retrain INTEGER NOT NULL DEFAULT 0,"
                         " priority INTEGER NOT NULL DEFAULT 0,"
                         " config TEXT,"
                         " status TEXT NOT NULL CHECK (status IN"
                         "  ('pending', 'running', 'completed', 'failed', 'cancelled')),"
                         " trigger_source TEXT,"
                         " requested_by TEXT,"
                         " scheduled_at TEXT,"
                         " created_at TEXT NOT NULL,"
                         " started_at TEXT,"
                         " completed_at TEXT,"
                         " updated_at TEXT,"
                         " heartbeat_at TEXT,"
                         " worker TEXT,"
                         " products_total INTEGER NOT NULL DEFAULT 0,"
                         " products_completed INTEGER NOT NULL DEFAULT 0,"
                         " products_failed INTEGER NOT NULL DEFAULT 0,"
                         " products_skipped INTEGER NOT NULL DEFAULT 0,"
                         " progress {REAL} NOT NULL DEFAULT 0,"
                         " current_step TEXT,"
                         " estimated_duration_minutes {REAL},"
                         " retry_count INTEGER NOT NULL DEFAULT 0,"
                         " max_retries INTEGER NOT NULL DEFAULT 3,"
                         " retry_of TEXT,"
                         " cancel_requested INTEGER NOT NULL DEFAULT 0,"
                         " cancelled_by TEXT,"
                         " error_type TEXT,"
                         " error_message TEXT,"
                         " results TEXT)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS training_job_queue_pick"
                         " ON training_job_queue (tenant_id, status, priority, id)"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS job_products ("
                         " job_id TEXT NOT NULL,"
                         " tenant_id TEXT NOT NULL,"
                         " product_id {ID} NOT NULL REFERENCES products (id),"
                         " product_name TEXT NOT NULL,"
                         " status TEXT NOT NULL CHECK (status IN ('pending', 'running',"
                         "  'completed', 'failed', 'skipped', 'cancelled')),"
                         " worker TEXT,"
                         " started_at TEXT,"
                         " finished_at TEXT,"
                         " duration_ms {REAL},"
                         " model_id {ID},"
                         " accuracy {REAL},"
                         " deployed INTEGER NOT NULL DEFAULT 0,"
                         " error_type TEXT,"
                         " error_message TEXT,"
                         " recommended_action TEXT,"
                         " PRIMARY KEY (job_id, product_id))"),
          QStringLiteral(
              "CREATE TABLE IF NOT EXISTS trained_models ("
              " id {PK},"
              " tenant_id TEXT NOT NULL,"
              " inventory_product_id {ID} NOT NULL REFERENCES products (id),"
              " model_type TEXT NOT NULL DEFAULT 'prophet',"
              " model_version TEXT NOT NULL,"
              " job_id TEXT,"
              " model_path TEXT NOT NULL,"
              " metadata_path TEXT,"
              " mape {REAL}, mae {REAL}, rmse {REAL}, r2_score {REAL},"
              " training_samples INTEGER,"
              " hyperparameters TEXT,"
              " features_used TEXT,"
              " is_active INTEGER NOT NULL DEFAULT 1,"
              " is_production INTEGER NOT NULL DEFAULT 0 CHECK (is_production IN (0, 1)),"
              " training_start_date TEXT,"
              " training_end_date TEXT,"
              " data_quality_score {REAL},"
              " training_duration_seconds {REAL},"
              " model_hash TEXT NOT NULL,"
              " data_fingerprint TEXT NOT NULL,"
              " notes TEXT,"
              " created_by TEXT,"
              " created_at TEXT NOT NULL,"
              " updated_at TEXT,"
              " last_used_at TEXT,"
              " UNIQUE (tenant_id, inventory_product_id, model_version))"),
          // Exactly one deployed version per product, enforced by the database itself.
          QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS trained_models_one_production"
                         " ON trained_models (tenant_id, inventory_product_id)"
                         " WHERE is_production = 1"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS model_performance_metrics ("
                         " id {PK},"
                         " model_id {ID} NOT NULL REFERENCES trained_models (id) ON DELETE CASCADE,"
                         " tenant_id TEXT NOT NULL,"
                         " inventory_product_id {ID} NOT NULL,"
                         " mae {REAL}, mse {REAL}, rmse {REAL}, mape {REAL}, r2_score {REAL},"
                         " accuracy_percentage {REAL}, wape {REAL}, smape {REAL}, coverage {REAL},"
                         " evaluation_period_start TEXT,"
                         " evaluation_period_end TEXT,"
                         " evaluation_samples INTEGER,"
                         " window_kind TEXT NOT NULL DEFAULT 'holdout',"
                         " measured_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS model_performance_metrics_model"
                         " ON model_performance_metrics (model_id)"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS model_training_logs ("
                         " id {PK},"
                         " job_id TEXT NOT NULL,"
                         " tenant_id TEXT NOT NULL,"
                         " inventory_product_id {ID},"
                         " product_name TEXT,"
                         " status TEXT NOT NULL,"
                         " progress {REAL},"
                         " current_step TEXT NOT NULL,"
                         " start_time TEXT,"
                         " end_time TEXT,"
                         " duration_ms {REAL},"
                         " config TEXT,"
                         " results TEXT,"
                         " error_message TEXT,"
                         " created_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS model_training_logs_job"
                         " ON model_training_logs (job_id, id)"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS model_artifacts ("
                         " id {PK},"
                         " model_id {ID} NOT NULL REFERENCES trained_models (id) ON DELETE CASCADE,"
                         " tenant_id TEXT NOT NULL,"
                         " artifact_type TEXT NOT NULL,"
                         " file_path TEXT NOT NULL UNIQUE,"
                         " file_size_bytes INTEGER,"
                         " checksum TEXT NOT NULL,"
                         " storage_location TEXT,"
                         " compression TEXT,"
                         " created_at TEXT NOT NULL,"
                         " expires_at TEXT)"),
          QStringLiteral(
              "CREATE TABLE IF NOT EXISTS deployments ("
              " id {PK},"
              " tenant_id TEXT NOT NULL,"
              " inventory_product_id {ID} NOT NULL,"
              " model_id {ID} NOT NULL,"
              " model_version TEXT NOT NULL,"
              " previous_model_id {ID},"
              " action TEXT NOT NULL CHECK (action IN ('deploy', 'auto_deploy', 'rollback')),"
              " reason TEXT,"
              " deployed_by TEXT,"
              " deployed_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS deployments_product"
                         " ON deployments (tenant_id, inventory_product_id, id)"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS events ("
                         " id {PK},"
                         " tenant_id TEXT NOT NULL,"
                         " event_type TEXT NOT NULL,"
                         " severity TEXT NOT NULL DEFAULT 'info',"
                         " job_id TEXT,"
                         " inventory_product_id {ID},"
                         " payload TEXT NOT NULL,"
                         " created_by TEXT,"
                         " created_at TEXT NOT NULL,"
                         " synced_at TEXT)"),
          QStringLiteral("CREATE INDEX IF NOT EXISTS events_tenant ON events (tenant_id, id)"),
          QStringLiteral("CREATE TABLE IF NOT EXISTS training_schedule ("
                         " tenant_id TEXT PRIMARY KEY,"
                         " last_run_at TEXT,"
                         " last_job_id TEXT)")}});

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
        // {PG} / {SQLITE} at the start: a statement for one back end only.
        if (sql.startsWith(QLatin1String("{PG}"))) {
            if (!pg)
                continue;
            sql.remove(0, 4);
        } else if (sql.startsWith(QLatin1String("{SQLITE}"))) {
            if (pg)
                continue;
            sql.remove(0, 8);
        }
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
