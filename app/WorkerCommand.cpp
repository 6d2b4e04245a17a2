// `bakery-trainer-cli worker`: one of possibly several processes (on this machine or
// others sharing a PostgreSQL store) draining the shop's training queue.
#include "TrainCommands.h"

#include "CliJson.h"
#include "CliOutput.h"
#include "StopSignal.h"

#include "storage/Database.h"
#include "training/Recovery.h"
#include "training/TrainingQueue.h"
#include "training/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QTimer>

namespace bakery::app {
namespace {

QString now()
{
    return QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

} // namespace

int runWorkerCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Run queued training jobs, and help with running ones, until SIGINT/SIGTERM "
               "(stopping cancels the jobs still running here). Several workers, on this "
               "machine or others sharing a PostgreSQL store, drain one queue."));
    parser.addPositionalArgument(QStringLiteral("worker"),
                                 QCoreApplication::translate("cli", "The command."));
    const QCommandLineOption untilIdle(
        QStringLiteral("until-idle"),
        QCoreApplication::translate("cli", "Exit when no job of the shop is pending or running."));
    const QCommandLineOption pollMs(
        QStringLiteral("poll-ms"),
        QCoreApplication::translate("cli", "Look for new jobs every N ms (default 1000; 0: only "
                                           "when a job ends)."),
        QStringLiteral("N"), QStringLiteral("1000"));
    parser.addOptions({untilIdle, pollMs, cli::jsonOption(), cli::databaseOption()});
    int code = 0;
    if (!cli::parse(parser, arguments, &code))
        return code;
    if (parser.positionalArguments().size() != 1)
        return cli::fail(QCoreApplication::translate("cli", "worker takes no arguments"),
                         cli::kBadUsage);
    bool ok = false;
    const int interval = parser.value(pollMs).toInt(&ok);
    if (!ok || interval < 0)
        return cli::fail(QCoreApplication::translate(
                             "cli", "--poll-ms: expected a whole number >= 0, found \"%1\"")
                             .arg(parser.value(pollMs)),
                         cli::kBadUsage);
    const auto workspace = cli::openWorkspace(parser, &code);
    if (!workspace)
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    training::TrainingQueue& queue = workspace->queue();
    const storage::JobStore jobs(workspace->database(), workspace->tenant());
    queue.setJoinRunningJobs(true);
    // Leaving hands this worker's products back to the others instead of cancelling jobs.
    queue.setReleaseOnShutdown(true);

    QTextStream out(stdout);
    QEventLoop loop;
    QObject::connect(&queue, &training::TrainingQueue::jobStarted, &loop, [&](const QString& id) {
        if (json) {
            cli::printJson({{QStringLiteral("event"), QStringLiteral("job_started")},
                            {QStringLiteral("job_id"), id},
                            {QStringLiteral("worker"), queue.worker()},
                            {QStringLiteral("time"), storage::Database::nowUtc()}});
            return;
        }
        out << now() << "  " << QCoreApplication::translate("cli", "started job %1").arg(id)
            << '\n';
        out.flush();
    });
    QObject::connect(
        &queue, &training::TrainingQueue::jobFinished, &loop,
        [&](const QString& id, const QString& status) {
            const auto job = jobs.job(id);
            if (json) {
                QJsonObject line{{QStringLiteral("event"), QStringLiteral("job_finished")},
                                 {QStringLiteral("job_id"), id},
                                 {QStringLiteral("status"), status},
                                 {QStringLiteral("worker"), queue.worker()},
                                 {QStringLiteral("time"), storage::Database::nowUtc()}};
                if (job)
                    line.insert(QStringLiteral("job"), cli::jobJson(*job));
                cli::printJson(line);
                return;
            }
            out << now() << "  ";
            if (status == storage::job::kRunning)
                out << QCoreApplication::translate(
                           "cli", "finished its part of job %1 (another worker ends it)")
                           .arg(id);
            else
                out << QCoreApplication::translate(
                           "cli", "job %1 %2: %3 of %4 products done, %5 failed, %6 skipped")
                           .arg(id, status)
                           .arg(job ? job->productsCompleted : 0)
                           .arg(job ? job->productsTotal : 0)
                           .arg(job ? job->productsFailed : 0)
                           .arg(job ? job->productsSkipped : 0);
            out << '\n';
            out.flush();
        });

    // With --until-idle: done when nothing is pending or running for the shop, here or
    // anywhere else.
    QTimer idleCheck;
    if (parser.isSet(untilIdle)) {
        QObject::connect(&idleCheck, &QTimer::timeout, &loop, [&]() {
            if (queue.activeJobs() == 0 && jobs.countWithStatus(storage::job::kPending) == 0 &&
                jobs.countWithStatus(storage::job::kRunning) == 0)
                loop.quit();
        });
        idleCheck.start(std::clamp(interval, 100, 1000));
    }
    // A job whose worker died while this one waits would otherwise look running forever.
    QTimer recovery;
    QObject::connect(&recovery, &QTimer::timeout, &loop, [&]() {
        if (queue.activeJobs() == 0)
            cli::reportRecovery(training::recoverAfterCrash(workspace->context()));
    });
    recovery.start(120000);

    const cli::StopSignal stop([&](int) {
        QTextStream(stderr) << "bakery-trainer-cli: "
                            << QCoreApplication::translate("cli", "stopping the worker") << '\n';
        loop.quit();
    });
    queue.setPollInterval(interval);
    queue.pump();
    loop.exec();
    queue.setAcceptingJobs(false);
    queue.setPollInterval(0);
    return cli::kOk;
}

} // namespace bakery::app
