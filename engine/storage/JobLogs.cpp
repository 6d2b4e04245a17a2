// JobStore, second half: step logs, progress, cancellation, job completion and
// crash recovery.
#include "storage/JobStore.h"

#include "storage/Sql.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace bakery::storage {

using sql::commitOrRollback;
using sql::run;

namespace {

// The sentences' translation context is "JobLogs".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(JobLogs)
};

// Counts from job_products, so progress never drifts from the work items.
const QString kCountColumns = QStringLiteral(
    " products_completed = (SELECT COUNT(*) FROM job_products p WHERE p.job_id = ?1 AND"
    "  p.status NOT IN ('pending', 'running')),"
    " products_failed = (SELECT COUNT(*) FROM job_products p WHERE p.job_id = ?1 AND"
    "  p.status = 'failed'),"
    " products_skipped = (SELECT COUNT(*) FROM job_products p WHERE p.job_id = ?1 AND"
    "  p.status = 'skipped')");

// ?1 is not portable (QPSQL binds positionally): spell the job id out three times.
QString countColumns()
{
    QString s = kCountColumns;
    return s.replace(QLatin1String("?1"), QLatin1String("?"));
}

} // namespace

bool JobStore::addLogs(QSqlDatabase& db, const std::vector<StepLog>& logs, QString* error) const
{
    QSqlQuery q(db);
    const QString now = Database::nowUtc();
    for (const StepLog& l : logs) {
        if (!run(q,
                 QStringLiteral("INSERT INTO model_training_logs (job_id, tenant_id,"
                                " inventory_product_id, product_name, status, current_step,"
                                " start_time, end_time, duration_ms, results, error_message,"
                                " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                 {l.jobId, m_tenant, sql::idOrNull(l.productId), sql::textOrNull(l.productName),
                  l.status, l.step, sql::textOrNull(l.startTime), sql::textOrNull(l.endTime),
                  sql::realOrNull(l.durationMs),
                  l.results.isEmpty() ? sql::textOrNull({}) : QVariant(sql::json(l.results)),
                  sql::textOrNull(l.message), now},
                 error, Text::tr("Cannot write the training log")))
            return false;
    }
    return true;
}

bool JobStore::addLogs(const std::vector<StepLog>& logs, QString* error) const
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen() || !m_db.beginWrite(db, error))
        return false;
    return commitOrRollback(db, addLogs(db, logs, error), error);
}

std::vector<StepLog> JobStore::logs(const QString& jobId) const
{
    std::vector<StepLog> out;
    QSqlQuery q(m_db.connection());
    if (!run(q,
             QStringLiteral("SELECT job_id, inventory_product_id, product_name, current_step,"
                            " status, error_message, start_time, end_time, duration_ms, results"
                            " FROM model_training_logs WHERE job_id = ? AND tenant_id = ?"
                            " ORDER BY id"),
             {jobId, m_tenant}, nullptr, {}))
        return out;
    while (q.next()) {
        StepLog l;
        l.jobId = q.value(0).toString();
        l.productId = q.value(1).toLongLong();
        l.productName = q.value(2).toString();
        l.step = q.value(3).toString();
        l.status = q.value(4).toString();
        l.message = q.value(5).toString();
        l.startTime = q.value(6).toString();
        l.endTime = q.value(7).toString();
        l.durationMs = sql::realOrNan(q.value(8));
        l.results = sql::jsonObject(q.value(9));
        out.push_back(l);
    }
    return out;
}

bool JobStore::updateProgress(const QString& jobId, double progress, const QString& step,
                              double etaMinutes, const QString& worker, QString* error) const
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen() || !m_db.beginWrite(db, error))
        return false;
    QSqlQuery q(db);
    const QString now = Database::nowUtc();
    const bool ok = run(q,
                        QStringLiteral("UPDATE training_job_queue SET progress = ?,"
                                       " current_step = ?, estimated_duration_minutes = ?,"
                                       " heartbeat_at = ?, updated_at = ?, worker = ?,") +
                            countColumns() + QStringLiteral(" WHERE job_id = ? AND tenant_id = ?"),
                        {progress, step, sql::realOrNull(etaMinutes), now, now, worker, jobId,
                         jobId, jobId, jobId, m_tenant},
                        error, Text::tr("Cannot record progress"));
    return commitOrRollback(db, ok, error);
}

bool JobStore::requestCancel(const QString& jobId, const QString& by, QString* error) const
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen() || !m_db.beginWrite(db, error))
        return false;
    QSqlQuery q(db);
    const QString now = Database::nowUtc();
    // A pending job is simply cancelled; a running one is asked to stop (its runner,
    // in this process or another, polls the flag).
    bool ok = run(q,
                  QStringLiteral("UPDATE training_job_queue SET status = 'cancelled',"
                                 " cancelled_by = ?, completed_at = ?, updated_at = ?,"
                                 " error_message = 'Cancelled before it started'"
                                 " WHERE job_id = ? AND tenant_id = ? AND status = 'pending'"),
                  {by, now, now, jobId, m_tenant}, error, Text::tr("Cannot cancel"));
    const bool wasPending = ok && q.numRowsAffected() == 1;
    if (ok && !wasPending) {
        ok = run(q,
                 QStringLiteral("UPDATE training_job_queue SET cancel_requested = 1,"
                                " cancelled_by = ?, updated_at = ? WHERE job_id = ? AND"
                                " tenant_id = ? AND status = 'running'"),
                 {by, now, jobId, m_tenant}, error, Text::tr("Cannot cancel"));
        if (ok && q.numRowsAffected() != 1) {
            if (error)
                *error = Text::tr("Job %1 is not pending or running").arg(jobId);
            ok = false;
        }
    }
    return commitOrRollback(db, ok, error);
}

bool JobStore::isCancelRequested(const QString& jobId) const
{
    QSqlQuery q(m_db.connection());
    return run(q,
               QStringLiteral("SELECT cancel_requested, status FROM training_job_queue WHERE"
                              " job_id = ? AND tenant_id = ?"),
               {jobId, m_tenant}, nullptr, {}) &&
           q.next() && (q.value(0).toInt() != 0 || q.value(1).toString() != job::kRunning);
}

bool JobStore::abandonProducts(const QString& jobId, const QString& worker, const QString& status,
                               const QString& errorType, const QString& reason,
                               QString* error) const
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen() || !m_db.beginWrite(db, error))
        return false;
    QSqlQuery q(db);
    // A null QString binds as NULL, and NULL = '' is never true: compare a flag instead.
    const int any = worker.isEmpty() ? 1 : 0;
    const bool ok = run(
        q,
        QStringLiteral("UPDATE job_products SET status = ?, finished_at = ?, error_type = ?,"
                       " error_message = ? WHERE job_id = ? AND tenant_id = ? AND"
                       " (status = 'pending' OR (status = 'running' AND (? = 1 OR worker = ?)))"),
        {status, Database::nowUtc(), errorType, reason, jobId, m_tenant, any, worker}, error,
        Text::tr("Cannot stop the job's products"));
    return commitOrRollback(db, ok, error);
}

bool JobStore::releaseProducts(const QString& jobId, const QString& worker, QString* error) const
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen() || !m_db.beginWrite(db, error))
        return false;
    QSqlQuery q(db);
    const bool ok =
        run(q,
            QStringLiteral("UPDATE job_products SET status = 'pending', worker = NULL,"
                           " started_at = NULL WHERE job_id = ? AND tenant_id = ? AND"
                           " status = 'running' AND worker = ?"),
            {jobId, m_tenant, worker}, error, Text::tr("Cannot hand the job's products back")) &&
        // A gone worker named on the job would make recovery fail a job others can resume.
        run(q,
            QStringLiteral("UPDATE training_job_queue SET worker = NULL WHERE job_id = ? AND"
                           " tenant_id = ? AND status = 'running' AND worker = ?"),
            {jobId, m_tenant, worker}, error, Text::tr("Cannot hand the job back"));
    return commitOrRollback(db, ok, error);
}

bool JobStore::finishJob(const QString& jobId, const QString& status, const QString& errorType,
                         const QString& message, const QJsonObject& results, QString* error,
                         const std::function<bool(QSqlDatabase&)>& alsoWrite) const
{
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen() || !m_db.beginWrite(db, error))
        return false;
    QSqlQuery q(db);
    const QString now = Database::nowUtc();
    bool ok = run(q,
                  QStringLiteral("UPDATE training_job_queue SET status = ?, completed_at = ?,"
                                 " updated_at = ?, error_type = ?, error_message = ?, results = ?,"
                                 " progress = CASE WHEN ? = 'completed' THEN 100 ELSE progress END,"
                                 " current_step = ?,") +
                      countColumns() +
                      QStringLiteral(" WHERE job_id = ? AND tenant_id = ? AND status = 'running'"
                                     " AND (? <> 'completed' OR NOT EXISTS (SELECT 1 FROM"
                                     " job_products p WHERE p.job_id = ? AND p.status IN"
                                     " ('pending', 'running')))"),
                  {status, now, now, sql::textOrNull(errorType), sql::textOrNull(message),
                   sql::json(results), status, status, jobId, jobId, jobId, jobId, m_tenant, status,
                   jobId},
                  error, Text::tr("Cannot finish the job"));
    const bool changed = ok && q.numRowsAffected() == 1;
    if (changed && alsoWrite)
        ok = alsoWrite(db);
    return commitOrRollback(db, ok, error) && changed;
}

QStringList JobStore::recoverInterrupted(const std::function<bool(const QString&)>& isAlive,
                                         int staleSeconds, QString* error) const
{
    QStringList changed;
    QSqlDatabase db = m_db.connection(error);
    if (!db.isOpen() || !m_db.beginWrite(db, error))
        return changed;
    QSqlQuery q(db);
    bool ok = run(q,
                  QStringLiteral("SELECT job_id, worker, heartbeat_at FROM training_job_queue"
                                 " WHERE tenant_id = ? AND status = 'running'"),
                  {m_tenant}, error, Text::tr("Cannot read running jobs"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (ok && q.next()) {
        const QDateTime beat = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        const bool stale = !beat.isValid() || beat.secsTo(now) > staleSeconds;
        // No worker: the last one left and handed its products back; the heartbeat decides.
        const QString worker = q.value(1).toString();
        if (stale || (!worker.isEmpty() && !isAlive(worker)))
            changed << q.value(0).toString();
    }
    q.finish();
    const QString reason = Text::tr(
        "Training was interrupted: the program stopped while the job ran. Products trained "
        "before that keep their new versions; the others can be retried.");
    const QString stamp = Database::nowUtc();
    QStringList candidates;
    candidates.swap(changed);
    for (const QString& jobId : std::as_const(candidates)) {
        // The job first, and only if it still runs: a job another process recovered (or
        // finished) meanwhile is not reported twice (one training_failed event per job).
        if (ok)
            ok = run(q,
                     QStringLiteral("UPDATE training_job_queue SET status = 'failed',"
                                    " error_type = 'interrupted', error_message = ?,"
                                    " completed_at = ?, updated_at = ? WHERE job_id = ? AND"
                                    " tenant_id = ? AND status = 'running'"),
                     {reason, stamp, stamp, jobId, m_tenant}, error,
                     Text::tr("Cannot recover the job"));
        if (!ok || q.numRowsAffected() != 1)
            continue;
        changed << jobId;
        ok = run(q,
                 QStringLiteral("UPDATE job_products SET status = CASE WHEN status ="
                                " 'running' THEN 'failed' ELSE 'cancelled' END,"
                                " error_type = 'interrupted', error_message = ?,"
                                " finished_at = ? WHERE job_id = ? AND tenant_id = ? AND"
                                " status IN ('pending', 'running')"),
                 {reason, stamp, jobId, m_tenant}, error, Text::tr("Cannot recover products")) &&
             run(q,
                 QStringLiteral("UPDATE training_job_queue SET") + countColumns() +
                     QStringLiteral(" WHERE job_id = ? AND tenant_id = ?"),
                 {jobId, jobId, jobId, jobId, m_tenant}, error, Text::tr("Cannot recover the job"));
    }
    // Products claimed by a dead worker inside a job another worker keeps alive.
    if (ok)
        ok = run(q,
                 QStringLiteral("SELECT DISTINCT worker FROM job_products WHERE tenant_id = ?"
                                " AND status = 'running'"),
                 {m_tenant}, error, Text::tr("Cannot read running products"));
    QStringList deadWorkers;
    while (ok && q.next()) {
        if (!isAlive(q.value(0).toString()))
            deadWorkers << q.value(0).toString();
    }
    q.finish();
    for (const QString& w : deadWorkers) {
        if (ok)
            ok = run(q,
                     QStringLiteral("UPDATE job_products SET status = 'failed', error_type ="
                                    " 'interrupted', error_message = ?, finished_at = ? WHERE"
                                    " tenant_id = ? AND status = 'running' AND worker = ?"),
                     {reason, stamp, m_tenant, w}, error, Text::tr("Cannot recover products"));
    }
    if (!commitOrRollback(db, ok, error))
        changed.clear();
    return changed;
}

} // namespace bakery::storage
