#include "training/Recovery.h"

#include "storage/JobStore.h"
#include "storage/ModelRegistry.h"
#include "training/JobSummary.h"
#include "training/WorkerIdentity.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

namespace bakery::training {

namespace {

// Any job running in any shop of this store? Then a fresh orphan may be a version that
// another process is about to register: leave it to a later start.
bool anyJobRunning(const storage::Database& db)
{
    QSqlQuery q(db.connection());
    return !q.exec(QStringLiteral(
               "SELECT COUNT(*) FROM training_job_queue WHERE status = 'running'")) ||
           !q.next() || q.value(0).toInt() > 0;
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

    const storage::ModelRegistry registry(context.db, context.artifacts, context.tenant);
    QString error;
    const QStringList known = registry.allArtifactPaths(&error);
    if (!error.isEmpty()) {
        report.error = error;
    } else {
        const QSet<QString> knownSet(known.begin(), known.end());
        QStringList temporaries;
        const QStringList files = context.artifacts.listArtifacts(&temporaries);
        const bool busy = anyJobRunning(context.db);
        const QDateTime old = QDateTime::currentDateTimeUtc().addSecs(-600);
        QStringList candidates = temporaries;
        for (const QString& f : files) {
            if (!knownSet.contains(f))
                candidates << f;
        }
        for (const QString& f : std::as_const(candidates)) {
            const QFileInfo info(context.artifacts.absolutePath(f));
            if ((!busy || info.lastModified().toUTC() < old) && context.artifacts.remove(f))
                report.removedFiles << f;
        }
        const QSet<QString> present(files.begin(), files.end());
        for (const QString& f : known) {
            if (!present.contains(f))
                report.missingFiles << f;
        }
    }
    report.integrity = context.db.integrityCheck();
    return report;
}

} // namespace bakery::training
