#include "TrainCommands.h"

#include "CliJson.h"
#include "CliOutput.h"
#include "JobWait.h"

#include "training/TrainingQueue.h"
#include "training/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcess>

namespace bakery::app {
namespace cli {
namespace {

QCommandLineOption waitOption()
{
    return {QStringLiteral("wait"),
            QCoreApplication::translate(
                "cli", "Run the job in this process and show its progress until it ends "
                       "(Ctrl+C cancels it). Without it a background worker runs the job.")};
}

// `worker --until-idle` in its own process, detached: it outlives this command. Its output
// goes nowhere (the job's record and logs say what happened); were it inherited, whoever
// reads this command's output would wait for the worker to end.
bool startBackgroundWorker(const QCommandLineParser& parser, QString* error)
{
    QStringList arguments{QStringLiteral("worker"), QStringLiteral("--until-idle")};
    if (parser.isSet(QStringLiteral("database")))
        arguments << QStringLiteral("--database")
                  << absoluteLocation(parser.value(QStringLiteral("database")));
    QProcess process;
    process.setProgram(QCoreApplication::applicationFilePath());
    process.setArguments(arguments);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setStandardErrorFile(QProcess::nullDevice());
    if (process.startDetached())
        return true;
    *error = process.errorString();
    return false;
}

} // namespace

int followJob(training::Workspace& workspace, const QCommandLineParser& parser,
              const storage::JobRecord& job, bool existing, bool wait, bool json,
              const QJsonObject& extra)
{
    if (json) {
        QJsonObject record = jobJson(job);
        record.insert(QStringLiteral("already_queued"), existing);
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            record.insert(it.key(), it.value());
        printJson(record);
    } else {
        QTextStream(stdout) << job.jobId << '\n';
        if (existing)
            QTextStream(stderr) << "bakery-trainer-cli: "
                                << QCoreApplication::translate(
                                       "cli", "job %1 is already queued (%2); not queued again")
                                       .arg(job.jobId, job.status)
                                << '\n';
    }
    if (wait)
        return waitForJob(workspace, job.jobId, json);
    QString error;
    if (!startBackgroundWorker(parser, &error))
        return fail(QCoreApplication::translate(
                        "cli", "job %1 is queued, but no background worker could be started "
                               "(%2); run 'bakery-trainer-cli worker --until-idle'")
                        .arg(job.jobId, error));
    if (!json)
        QTextStream(stderr) << "bakery-trainer-cli: "
                            << QCoreApplication::translate(
                                   "cli", "training in the background; follow it with "
                                          "'bakery-trainer-cli job %1'")
                                   .arg(job.jobId)
                            << '\n';
    return kOk;
}

} // namespace cli

int runTrainCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Queue a training job for every product (--all) or the named ones. Products "
               "whose sales and settings did not change since their latest model are skipped "
               "unless --force. The same request while one is pending or running returns that "
               "job."));
    parser.addPositionalArgument(QStringLiteral("train"),
                                 QCoreApplication::translate("cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("PRODUCT"),
                                 QCoreApplication::translate("cli", "Products to train."),
                                 QStringLiteral("[PRODUCT...]"));
    const QCommandLineOption all(QStringLiteral("all"),
                                 QCoreApplication::translate("cli", "Train every product."));
    const QCommandLineOption force(
        QStringLiteral("force"),
        QCoreApplication::translate("cli", "Retrain products whose data did not change."));
    const QCommandLineOption priority(
        QStringLiteral("priority"),
        QCoreApplication::translate("cli", "Higher runs first (default 0)."), QStringLiteral("N"),
        QStringLiteral("0"));
    parser.addOptions(
        {all, force, priority, cli::waitOption(), cli::jsonOption(), cli::databaseOption()});
    int code = 0;
    if (!cli::parse(parser, arguments, &code))
        return code;
    const QStringList products = parser.positionalArguments().mid(1);
    if (parser.isSet(all) && !products.isEmpty())
        return cli::fail(
            QCoreApplication::translate("cli", "give --all or PRODUCT names, not both"),
            cli::kBadUsage);
    if (!parser.isSet(all) && products.isEmpty())
        return cli::fail(
            QCoreApplication::translate("cli", "name the PRODUCTs to train, or give --all"),
            cli::kBadUsage);
    bool ok = false;
    const int level = parser.value(priority).toInt(&ok);
    if (!ok)
        return cli::fail(
            QCoreApplication::translate("cli", "--priority: expected a whole number, found \"%1\"")
                .arg(parser.value(priority)),
            cli::kBadUsage);
    const auto workspace = cli::openWorkspace(parser, &code);
    if (!workspace)
        return code;
    storage::JobRequest request;
    request.products = products;
    request.force = parser.isSet(force);
    request.priority = level;
    request.trigger = QStringLiteral("manual");
    request.config = training::optionsJson(workspace->context().options);
    bool existing = false;
    QString error;
    const auto job = workspace->queue().submit(request, &existing, &error);
    if (!job)
        return cli::fail(error);
    return cli::followJob(*workspace, parser, *job, existing, parser.isSet(QStringLiteral("wait")),
                          parser.isSet(QStringLiteral("json")));
}

int runRetryCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Queue the failed and cancelled products of a finished job again (at most "
               "MAX_TRAINING_RETRIES times)."));
    parser.addPositionalArgument(QStringLiteral("retry"),
                                 QCoreApplication::translate("cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("JOB"),
                                 QCoreApplication::translate("cli", "The job id."));
    parser.addOptions({cli::waitOption(), cli::jsonOption(), cli::databaseOption()});
    int code = 0;
    if (!cli::parse(parser, arguments, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return cli::fail(QCoreApplication::translate("cli", "expected one JOB id"), cli::kBadUsage);
    const auto workspace = cli::openWorkspace(parser, &code);
    if (!workspace)
        return code;
    QString error;
    const auto job = workspace->queue().retry(positional[1], &error);
    if (!job)
        return cli::fail(error);
    return cli::followJob(*workspace, parser, *job, false, parser.isSet(QStringLiteral("wait")),
                          parser.isSet(QStringLiteral("json")));
}

} // namespace bakery::app
