#include "JobCommands.h"

#include "CliJson.h"
#include "CliOutput.h"

#include "training/TrainingQueue.h"
#include "training/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>

namespace bakery::app {
namespace {

using namespace cli;

void describe(QCommandLineParser& parser, const char* command, const QString& description)
{
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(QLatin1String(command),
                                 QCoreApplication::translate("cli", "The command."));
}

// "COMMAND JOB [--json] [--database LOCATION]": parses the arguments and opens the store.
// Null on bad usage, --help or a store that cannot be opened; *code is then the exit code.
std::unique_ptr<training::Workspace>
openForJob(QCommandLineParser& parser, const QStringList& arguments, QString* jobId, int* code)
{
    parser.addPositionalArgument(QStringLiteral("JOB"),
                                 QCoreApplication::translate("cli", "The job id."));
    parser.addOptions({jsonOption(), databaseOption()});
    QStringList values;
    if (!parseArguments(parser, arguments, 1,
                        QCoreApplication::translate("cli", "expected one JOB id"), &values, code))
        return nullptr;
    auto workspace = openWorkspace(parser, code);
    if (workspace)
        *jobId = values[0];
    return workspace;
}

QString jobDuration(const storage::JobRecord& job)
{
    return duration(secondsBetween(job.startedAt, job.isFinished() ? job.completedAt : QString()));
}

int noSuchJob(const QString& id)
{
    return fail(QCoreApplication::translate("cli", "no job %1").arg(id));
}

} // namespace

int runJobsCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, "jobs",
             QCoreApplication::translate("cli", "List the shop's training jobs, newest first."));
    const QCommandLineOption limit(
        QStringLiteral("limit"), QCoreApplication::translate("cli", "At most N jobs (default 50)."),
        QStringLiteral("N"), QStringLiteral("50"));
    parser.addOptions({limit, jsonOption(), databaseOption()});
    int code = 0;
    QStringList values;
    if (!parseArguments(parser, arguments, 0,
                        QCoreApplication::translate("cli", "jobs takes no arguments"), &values,
                        &code))
        return code;
    bool ok = false;
    const int n = parser.value(limit).toInt(&ok);
    if (!ok || n < 1)
        return fail(QCoreApplication::translate(
                        "cli", "--limit: expected a whole number >= 1, found \"%1\"")
                        .arg(parser.value(limit)),
                    kBadUsage);
    const auto workspace = openWorkspace(parser, &code);
    if (!workspace)
        return code;
    const storage::JobStore store(workspace->database(), workspace->tenant());
    const std::vector<storage::JobRecord> jobs = store.jobs(n);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const storage::JobRecord& job : jobs)
            list.append(jobJson(job));
        printJson({{QStringLiteral("jobs"), list}});
        return kOk;
    }
    QList<QStringList> rows;
    for (const storage::JobRecord& job : jobs)
        rows << QStringList{
            job.jobId,
            job.status,
            job.trigger,
            QStringLiteral("%1/%2").arg(job.productsCompleted).arg(job.productsTotal),
            QString::number(job.productsFailed),
            number(job.progress, 0),
            localTime(job.createdAt),
            jobDuration(job)};
    QTextStream out(stdout);
    printTable(
        out,
        {QCoreApplication::translate("cli", "id"), QCoreApplication::translate("cli", "status"),
         QCoreApplication::translate("cli", "trigger"), QCoreApplication::translate("cli", "done"),
         QCoreApplication::translate("cli", "failed"),
         QCoreApplication::translate("cli", "progress %"),
         QCoreApplication::translate("cli", "created"),
         QCoreApplication::translate("cli", "duration")},
        rows, {3, 4, 5});
    return kOk;
}

int runJobCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, "job",
             QCoreApplication::translate("cli", "Show a training job and its products."));
    int code = 0;
    QString id;
    const auto workspace = openForJob(parser, arguments, &id, &code);
    if (!workspace)
        return code;
    const storage::JobStore store(workspace->database(), workspace->tenant());
    const auto job = store.job(id);
    if (!job)
        return noSuchJob(id);
    const std::vector<storage::JobProduct> products = store.products(job->jobId);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const storage::JobProduct& p : products)
            list.append(jobProductJson(p));
        QJsonObject o = jobJson(*job);
        o.insert(QStringLiteral("product_results"), list);
        printJson(o);
        return kOk;
    }
    QTextStream out(stdout);
    const auto field = [&out](const QString& name, const QString& value) {
        if (!value.isEmpty())
            out << name << ": " << value << '\n';
    };
    field(QCoreApplication::translate("cli", "Job"), job->jobId);
    field(QCoreApplication::translate("cli", "Status"), job->status);
    field(QCoreApplication::translate("cli", "Type"), job->jobType);
    field(QCoreApplication::translate("cli", "Products asked for"),
          job->products.isEmpty() ? QCoreApplication::translate("cli", "all")
                                  : job->products.join(QStringLiteral(", ")));
    field(QCoreApplication::translate("cli", "Trigger"), job->trigger);
    field(QCoreApplication::translate("cli", "Requested by"), job->requestedBy);
    field(QCoreApplication::translate("cli", "Created"), localTime(job->createdAt));
    field(QCoreApplication::translate("cli", "Started"),
          job->startedAt.isEmpty() ? QString() : localTime(job->startedAt));
    field(QCoreApplication::translate("cli", "Completed"),
          job->completedAt.isEmpty() ? QString() : localTime(job->completedAt));
    field(QCoreApplication::translate("cli", "Duration"), jobDuration(*job));
    field(QCoreApplication::translate("cli", "Worker"), job->worker);
    field(QCoreApplication::translate("cli", "Progress"),
          QCoreApplication::translate("cli", "%1 % (%2/%3 done, %4 failed, %5 skipped)")
              .arg(number(job->progress, 0))
              .arg(job->productsCompleted)
              .arg(job->productsTotal)
              .arg(job->productsFailed)
              .arg(job->productsSkipped));
    field(QCoreApplication::translate("cli", "Current step"),
          job->isFinished() ? QString() : job->currentStep);
    if (job->retryCount > 0)
        field(QCoreApplication::translate("cli", "Retry"),
              QCoreApplication::translate("cli", "%1 of %2 (of %3)")
                  .arg(job->retryCount)
                  .arg(job->maxRetries)
                  .arg(job->retryOf));
    field(QCoreApplication::translate("cli", "Error"),
          job->errorMessage.isEmpty()
              ? QString()
              : QStringLiteral("%1 (%2)").arg(job->errorMessage, job->errorType));
    QList<QStringList> rows;
    for (const storage::JobProduct& p : products)
        rows << QStringList{p.productName,
                            p.status,
                            number(p.accuracy, 1),
                            p.deployed ? QStringLiteral("*") : QString(),
                            p.modelId ? QString::number(p.modelId) : QString(),
                            p.errorMessage,
                            p.recommendedAction};
    if (!rows.isEmpty()) {
        out << '\n';
        printTable(out,
                   {QCoreApplication::translate("cli", "product"),
                    QCoreApplication::translate("cli", "status"),
                    QCoreApplication::translate("cli", "accuracy %"),
                    QCoreApplication::translate("cli", "deployed"),
                    QCoreApplication::translate("cli", "model"),
                    QCoreApplication::translate("cli", "error"),
                    QCoreApplication::translate("cli", "recommended action")},
                   rows, {2, 4});
    }
    return kOk;
}

int runLogsCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, "logs",
             QCoreApplication::translate("cli", "Show the step logs of a training job."));
    int code = 0;
    QString id;
    const auto workspace = openForJob(parser, arguments, &id, &code);
    if (!workspace)
        return code;
    const storage::JobStore store(workspace->database(), workspace->tenant());
    if (!store.job(id))
        return noSuchJob(id);
    const std::vector<storage::StepLog> logs = store.logs(id);
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const storage::StepLog& log : logs)
            list.append(stepLogJson(log));
        printJson({{QStringLiteral("job_id"), id}, {QStringLiteral("logs"), list}});
        return kOk;
    }
    QList<QStringList> rows;
    for (const storage::StepLog& log : logs)
        rows << QStringList{log.productName.isEmpty() ? QStringLiteral("-") : log.productName,
                            log.step, log.status, number(log.durationMs, 1), log.message};
    QTextStream out(stdout);
    printTable(
        out,
        {QCoreApplication::translate("cli", "product"), QCoreApplication::translate("cli", "step"),
         QCoreApplication::translate("cli", "status"), QCoreApplication::translate("cli", "ms"),
         QCoreApplication::translate("cli", "message")},
        rows, {3});
    return kOk;
}

int runCancelCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    describe(parser, "cancel",
             QCoreApplication::translate(
                 "cli", "Cancel a pending job, or ask a running one to stop (in any process). "
                        "Products trained before keep their new versions."));
    int code = 0;
    QString id;
    const auto workspace = openForJob(parser, arguments, &id, &code);
    if (!workspace)
        return code;
    const storage::JobStore store(workspace->database(), workspace->tenant());
    if (!store.job(id))
        return noSuchJob(id);
    QString error;
    if (!workspace->queue().cancel(id, &error))
        return fail(error);
    const auto job = store.job(id);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(job ? jobJson(*job) : QJsonObject{{QStringLiteral("job_id"), id}});
        return kOk;
    }
    QTextStream(stdout) << (job && job->status == storage::job::kCancelled
                                ? QCoreApplication::translate("cli", "Job %1 cancelled.")
                                : QCoreApplication::translate(
                                      "cli", "Job %1 was asked to stop; products that "
                                             "finished keep their new versions."))
                               .arg(id)
                        << '\n';
    return kOk;
}

} // namespace bakery::app
