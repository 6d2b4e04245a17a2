#include "training/Recovery.h"

#include "storage/JobStore.h"
#include "training/JobSummary.h"
#include "training/WorkerIdentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace bakery::training {

namespace {

// The sentences' translation context is "Recovery".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Recovery)
};

// Removes artifact files without a registry row, and leftover temporaries, under the
// database's write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: also an advisory lock that
// serialises sweeps), so no version is registered between the read of model_artifacts
// and the removal. A running job anywhere (any shop of this store) may be about to
// register a fresh file: then only files older than 10 minutes go.
void sweepArtifacts(const TrainingContext& context, RecoveryReport& report)
{
    QString error;
    QSqlDatabase db = context.db.connection(&error);
    if (!db.isOpen() || !context.db.beginWrite(db, &error) ||
        !context.db.lockWriters(db, storage::Database::kArtifactSweepLock, &error)) {
        if (db.isOpen())
            db.rollback();
        report.error = error;
        return;
    }
    QSqlQuery q(db);
    bool ok = q.exec(QStringLiteral(
                  "SELECT COUNT(*) FROM training_job_queue WHERE status = 'running'")) &&
              q.next();
    const bool busy = !ok || q.value(0).toInt() > 0;
    q.finish();
    QSet<QString> known;
    ok = ok && q.exec(QStringLiteral("SELECT file_path FROM model_artifacts"));
    while (ok && q.next())
        known.insert(q.value(0).toString());
    q.finish();
    if (!ok) {
        report.error = Text::tr("Cannot read artifacts: %1").arg(q.lastError().text().trimmed());
        db.rollback();
        return;
    }
    QStringList temporaries;
    const QStringList files = context.artifacts.listArtifacts(&temporaries);
    const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-600);
    QStringList candidates = temporaries;
    for (const QString& f : files) {
        if (!known.contains(f))
            candidates << f;
    }
    QSqlQuery still(db);
    still.prepare(QStringLiteral("SELECT 1 FROM model_artifacts WHERE file_path = ?"));
    for (const QString& f : std::as_const(candidates)) {
        const QFileInfo info(context.artifacts.absolutePath(f));
        if (busy && info.lastModified().toUTC() >= old)
            continue;
        // Checked again just before the removal (a registration on PostgreSQL does not wait
        // for this lock; it only happens while its job runs, and then fresh files stay).
        still.addBindValue(f);
        const bool registered = !still.exec() || still.next();
        still.finish();
        if (!registered && context.artifacts.remove(f))
            report.removedFiles << f;
    }
    if (!db.commit()) {
        report.error = Text::tr("Cannot commit: %1").arg(db.lastError().text().trimmed());
        db.rollback();
    }
    const QSet<QString> present(files.begin(), files.end());
    for (const QString& f : std::as_const(known)) {
        if (!present.contains(f))
            report.missingFiles << f;
    }
    report.missingFiles.sort();
}

} // namespace

RecoveryReport recoverAfterCrash(const TrainingContext& context, int staleSeconds)
{
    RecoveryReport report;
    const storage::JobStore jobs(context.db, context.tenant);
    report.interruptedJobs = jobs.recoverInterrupted(isWorkerAlive, staleSeconds, &report.error);
    for (const QString& id : std::as_const(report.interruptedJobs)) {
        const auto job = jobs.job(id);
        if (!job)
            continue;
        const JobSummary summary = summarizeJob(jobs, *job);
        QSqlDatabase db = context.db.connection();
        if (context.db.beginWrite(db)) {
            const bool ok = writeJobEvent(db, context, summary, QStringLiteral("interrupted"),
                                          job->errorMessage);
            ok ? db.commit() : db.rollback();
        }
    }
    sweepArtifacts(context, report);
    report.integrity = context.db.integrityCheck();
    return report;
}

} // namespace bakery::training
