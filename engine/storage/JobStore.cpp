#include "storage/JobStore.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace bakery::storage {

using sql::run;

namespace {

// The sentences' translation context is "JobStore".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)
};

const QString kJobColumns = QStringLiteral(
    "id, job_id, job_type, products, force_retrain, priority, status, trigger_source,"
    " requested_by, created_at, started_at, completed_at, heartbeat_at, worker, products_total,"
    " products_completed, products_failed, products_skipped, progress, current_step,"
    " estimated_duration_minutes, retry_count, max_retries, retry_of, cancel_requested,"
    " cancelled_by, error_type, error_message, config, results");

const QString kProductColumns = QStringLiteral(
    "job_id, product_id, product_name, status, worker, started_at, finished_at, duration_ms,"
    " model_id, accuracy, deployed, error_type, error_message, recommended_action");

// Products as a canonical JSON array (sorted, unique), so equal requests compare equal.
QString productsJson(QStringList names)
{
    names.sort();
    names.removeDuplicates();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(names)).toJson(QJsonDocument::Compact));
}

QStringList productsFromJson(const QVariant& v)
{
    QStringList out;
    for (const QJsonValue& x : QJsonDocument::fromJson(v.toString().toUtf8()).array())
        out << x.toString();
    return out;
}

JobRecord readJob(const QSqlQuery& q)
{
    JobRecord r;
    int i = 0;
    r.id = q.value(i++).toLongLong();
    r.jobId = q.value(i++).toString();
    r.jobType = q.value(i++).toString();
    r.products = productsFromJson(q.value(i++));
    r.force = q.value(i++).toInt() != 0;
    r.priority = q.value(i++).toInt();
    r.status = q.value(i++).toString();
    r.trigger = q.value(i++).toString();
    r.requestedBy = q.value(i++).toString();
    r.createdAt = q.value(i++).toString();
    r.startedAt = q.value(i++).toString();
    r.completedAt = q.value(i++).toString();
    r.heartbeatAt = q.value(i++).toString();
    r.worker = q.value(i++).toString();
    r.productsTotal = q.value(i++).toInt();
    r.productsCompleted = q.value(i++).toInt();
    r.productsFailed = q.value(i++).toInt();
    r.productsSkipped = q.value(i++).toInt();
    r.progress = q.value(i++).toDouble();
    r.currentStep = q.value(i++).toString();
    r.estimatedDurationMinutes = sql::realOrNan(q.value(i++));
    r.retryCount = q.value(i++).toInt();
    r.maxRetries = q.value(i++).toInt();
    r.retryOf = q.value(i++).toString();
    r.cancelRequested = q.value(i++).toInt() != 0;
    r.cancelledBy = q.value(i++).toString();
    r.errorType = q.value(i++).toString();
    r.errorMessage = q.value(i++).toString();
    r.config = sql::jsonObject(q.value(i++));
    r.results = sql::jsonObject(q.value(i++));
    return r;
}

JobProduct readProduct(const QSqlQuery& q)
{
    JobProduct p;
    int i = 0;
    p.jobId = q.value(i++).toString();
    p.productId = q.value(i++).toLongLong();
    p.productName = q.value(i++).toString();
    p.status = q.value(i++).toString();
    p.worker = q.value(i++).toString();
    p.startedAt = q.value(i++).toString();
    p.finishedAt = q.value(i++).toString();
    p.durationMs = sql::realOrNan(q.value(i++));
    p.modelId = q.value(i++).toLongLong();
    p.accuracy = sql::realOrNan(q.value(i++));
    p.deployed = q.value(i++).toInt() != 0;
    p.errorType = q.value(i++).toString();
    p.errorMessage = q.value(i++).toString();
    p.recommendedAction = q.value(i++).toString();
    return p;
}

QString newJobId()
{
    return QStringLiteral("job-%1-%2")
        .arg(QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz")))
        .arg(QRandomGenerator::global()->bounded(0x10000), 4, 16, QLatin1Char('0'));
}

} // namespace

JobStore::JobStore(const Database& db, QString tenant)
    : m_db(db)
    , m_tenant(std::move(tenant))
{
}

std::optional<JobRecord> JobStore::submit(const JobRequest& request, bool* existing,
                                          QString* error) const
{
    *existing = false;
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen() || !m_db.beginWrite(db, error))
        return std::nullopt;
    QSqlQuery q(db);
    bool ok = true;
    for (const QString& name : request.products) {
        ok = run(q, QStringLiteral("SELECT id FROM products WHERE tenant_id = ? AND name = ?"),
                 {m_tenant, name}, error, Text::tr("Cannot read products"));
        if (ok && !q.next()) {
            *error = Text::tr("Unknown product: %1").arg(name);
            ok = false;
        }
        if (!ok)
            break;
    }
    const QString type = !request.retryOf.isEmpty()   ? QStringLiteral("retry")
                         : request.products.isEmpty() ? QStringLiteral("train_all")
                                                      : QStringLiteral("train_products");
    const QVariant products =
        request.products.isEmpty() ? sql::textOrNull({}) : QVariant(productsJson(request.products));
    // The same request already queued or running: hand that job back.
    // Not products.toString(): a null QString binds as NULL, and '' = NULL is never true.
    const QString key = request.products.isEmpty() ? QStringLiteral("") : products.toString();
    QString sameJob;
    // A job is retried once: a second retry of it would train its products twice.
    if (ok && !request.retryOf.isEmpty()) {
        ok = run(q,
                 QStringLiteral("SELECT job_id FROM training_job_queue WHERE tenant_id = ? AND"
                                " retry_of = ? ORDER BY id LIMIT 1"),
                 {m_tenant, request.retryOf}, error, Text::tr("Cannot read jobs"));
        if (ok && q.next()) {
            *error = Text::tr("Job %1 was already retried as job %2")
                         .arg(request.retryOf, q.value(0).toString());
            ok = false;
        }
    }
    // A job being cancelled (cancel_requested) is not the same request: it is stopping.
    if (ok && request.retryOf.isEmpty()) {
        ok = run(q,
                 QStringLiteral("SELECT job_id FROM training_job_queue WHERE tenant_id = ? AND"
                                " status IN ('pending', 'running') AND cancel_requested = 0 AND"
                                " job_type = ? AND force_retrain = ? AND"
                                " COALESCE(products, '') = ? ORDER BY id LIMIT 1"),
                 {m_tenant, type, int(request.force), key}, error, Text::tr("Cannot read jobs"));
        if (ok && q.next())
            sameJob = q.value(0).toString();
    }
    const QString jobId = sameJob.isEmpty() ? newJobId() : sameJob;
    if (ok && sameJob.isEmpty()) {
        const QString now = Database::nowUtc();
        ok =
            run(q,
                QStringLiteral("INSERT INTO training_job_queue (job_id, tenant_id, job_type,"
                               " products, force_retrain, priority, config, status, trigger_source,"
                               " requested_by, scheduled_at, created_at, updated_at, retry_count,"
                               " max_retries, retry_of) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', ?,"
                               " ?, ?, ?, ?, ?, ?, ?)"),
                {jobId, m_tenant, type, products, int(request.force), request.priority,
                 sql::json(request.config), request.trigger, request.requestedBy, now, now, now,
                 request.retryCount, request.maxRetries < 0 ? 3 : request.maxRetries,
                 sql::textOrNull(request.retryOf)},
                error, Text::tr("Cannot queue the job"));
    }
    q.finish();
    if (!sql::commitOrRollback(db, ok, error))
        return std::nullopt;
    *existing = !sameJob.isEmpty();
    return job(jobId);
}

std::optional<JobRecord> JobStore::job(const QString& jobId) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT %1 FROM training_job_queue WHERE tenant_id = ? AND job_id = ?")
                 .arg(kJobColumns),
             {m_tenant, jobId}, nullptr, {}) ||
        !q.next())
        return std::nullopt;
    return readJob(q);
}

std::vector<JobRecord> JobStore::jobs(int limit) const
{
    std::vector<JobRecord> out;
    QSqlQuery q(m_db.connection());
    if (run(q,
            QStringLiteral("SELECT %1 FROM training_job_queue WHERE tenant_id = ?"
                           " ORDER BY id DESC LIMIT ?")
                .arg(kJobColumns),
            {m_tenant, limit}, nullptr, {})) {
        while (q.next())
            out.push_back(readJob(q));
    }
    return out;
}

int JobStore::countWithStatus(const QString& status) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral(
                 "SELECT COUNT(*) FROM training_job_queue WHERE tenant_id = ? AND status = ?"),
             {m_tenant, status}, nullptr, {}) ||
        !q.next())
        return 0;
    return q.value(0).toInt();
}

std::optional<JobRecord> JobStore::claimNextJob(const QString& worker, int maxRunning,
                                                QString* error) const
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen() || !m_db.beginWrite(db, error))
        return std::nullopt;
    const QString lock = m_db.isPostgres() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
    QSqlQuery q(db);
    // The limit is the shop's, over every process: count and claim under one lock.
    bool ok = m_db.lockWriters(db, Database::kJobClaimLock, error);
    if (ok && maxRunning > 0) {
        ok = run(q,
                 QStringLiteral("SELECT COUNT(*) FROM training_job_queue WHERE tenant_id = ? AND"
                                " status = 'running'"),
                 {m_tenant}, error, Text::tr("Cannot read the queue")) &&
             q.next();
        if (ok && q.value(0).toInt() >= maxRunning) {
            q.finish();
            db.rollback();
            return std::nullopt;
        }
        q.finish();
    }
    if (ok)
        ok = run(q,
                 QStringLiteral("SELECT job_id, products FROM training_job_queue WHERE"
                                " tenant_id = ? AND status = 'pending'"
                                " ORDER BY priority DESC, id ASC LIMIT 1") +
                     lock,
                 {m_tenant}, error, Text::tr("Cannot read the queue"));
    QString jobId;
    QStringList names;
    if (ok && q.next()) {
        jobId = q.value(0).toString();
        names = productsFromJson(q.value(1));
    }
    q.finish();
    if (ok && !jobId.isEmpty()) {
        const QString now = Database::nowUtc();
        ok = run(q,
                 QStringLiteral("UPDATE training_job_queue SET status = 'running', worker = ?,"
                                " started_at = ?, heartbeat_at = ?, updated_at = ?"
                                " WHERE job_id = ? AND tenant_id = ?"),
                 {worker, now, now, now, jobId, m_tenant}, error, Text::tr("Cannot start the job"));
        // Every product of the shop, or the named ones, as pending work items.
        const QString insert = QStringLiteral(
            "INSERT INTO job_products (job_id, tenant_id, product_id, product_name, status)"
            " SELECT ?, tenant_id, id, name, 'pending' FROM products WHERE tenant_id = ?");
        if (ok && names.isEmpty())
            ok = run(q, insert, {jobId, m_tenant}, error, Text::tr("Cannot list products"));
        for (const QString& name : names) {
            if (ok)
                ok = run(q, insert + QStringLiteral(" AND name = ?"), {jobId, m_tenant, name},
                         error, Text::tr("Cannot list products"));
        }
        if (ok)
            ok = run(q,
                     QStringLiteral("UPDATE training_job_queue SET products_total = (SELECT"
                                    " COUNT(*) FROM job_products WHERE job_id = ?) WHERE job_id = ?"
                                    " AND tenant_id = ?"),
                     {jobId, jobId, m_tenant}, error, Text::tr("Cannot count products"));
    }
    if (!sql::commitOrRollback(db, ok, error) || jobId.isEmpty())
        return std::nullopt;
    return job(jobId);
}

std::optional<JobRecord> JobStore::joinableJob(const QStringList& exclude) const
{
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT %1 FROM training_job_queue j WHERE tenant_id = ? AND"
                            " status = 'running' AND cancel_requested = 0 AND EXISTS (SELECT 1"
                            " FROM job_products p WHERE p.job_id = j.job_id AND"
                            " p.status = 'pending') ORDER BY priority DESC, id ASC")
                 .arg(kJobColumns),
             {m_tenant}, nullptr, {}))
        return std::nullopt;
    while (q.next()) {
        JobRecord r = readJob(q);
        if (!exclude.contains(r.jobId))
            return r;
    }
    return std::nullopt;
}

std::vector<JobProduct> JobStore::claimProducts(const QString& jobId, const QString& worker, int n,
                                                QString* error) const
{
    std::vector<JobProduct> out;
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen() || !m_db.beginWrite(db, error))
        return out;
    const QString lock = m_db.isPostgres() ? QStringLiteral(" FOR UPDATE SKIP LOCKED") : QString();
    QSqlQuery q(db);
    bool ok = run(q,
                  QStringLiteral("SELECT %1 FROM job_products WHERE job_id = ? AND tenant_id = ?"
                                 " AND status = 'pending' ORDER BY product_id LIMIT ?")
                          .arg(kProductColumns) +
                      lock,
                  {jobId, m_tenant, n}, error, Text::tr("Cannot read the job's products"));
    while (ok && q.next())
        out.push_back(readProduct(q));
    q.finish();
    const QString now = Database::nowUtc();
    for (JobProduct& p : out) {
        p.status = job::kRunning;
        p.worker = worker;
        p.startedAt = now;
        if (ok)
            ok = run(q,
                     QStringLiteral("UPDATE job_products SET status = 'running', worker = ?,"
                                    " started_at = ? WHERE job_id = ? AND product_id = ? AND"
                                    " tenant_id = ?"),
                     {worker, now, jobId, p.productId, m_tenant}, error,
                     Text::tr("Cannot claim a product"));
    }
    if (!sql::commitOrRollback(db, ok, error))
        out.clear();
    return out;
}

std::vector<JobProduct> JobStore::products(const QString& jobId) const
{
    std::vector<JobProduct> out;
    QSqlQuery q(m_db.connection());
    if (run(q,
            QStringLiteral("SELECT %1 FROM job_products WHERE job_id = ? AND tenant_id = ?"
                           " ORDER BY product_name")
                .arg(kProductColumns),
            {jobId, m_tenant}, nullptr, {})) {
        while (q.next())
            out.push_back(readProduct(q));
    }
    return out;
}

bool JobStore::finishProduct(QSqlDatabase& db, const JobProduct& p, QString* error,
                             bool* abandoned) const
{
    if (abandoned)
        *abandoned = false;
    QSqlQuery q(db);
    if (!run(q,
             QStringLiteral("UPDATE job_products SET status = ?, finished_at = ?, duration_ms = ?,"
                            " model_id = ?, accuracy = ?, deployed = ?, error_type = ?,"
                            " error_message = ?, recommended_action = ? WHERE job_id = ? AND"
                            " product_id = ? AND tenant_id = ? AND status = 'running'"),
             {p.status, Database::nowUtc(), sql::realOrNull(p.durationMs), sql::idOrNull(p.modelId),
              sql::realOrNull(p.accuracy), int(p.deployed), sql::textOrNull(p.errorType),
              sql::textOrNull(p.errorMessage), sql::textOrNull(p.recommendedAction), p.jobId,
              p.productId, m_tenant},
             error, Text::tr("Cannot record the product's result")))
        return false;
    // Zero rows: the product was abandoned (cancel, timeout, recovery) while it trained.
    if (q.numRowsAffected() != 1) {
        if (abandoned)
            *abandoned = true;
        if (error)
            *error = Text::tr("%1 was abandoned while it trained").arg(p.productName);
        return false;
    }
    return true;
}

} // namespace bakery::storage
