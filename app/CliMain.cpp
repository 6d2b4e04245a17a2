// bakery-trainer-cli: the headless entry point. Dispatches on the command word.
#include "AnalysisCommands.h"
#include "ImportCommands.h"
#include "JobCommands.h"
#include "ModelCommands.h"
#include "ProductForecastCommand.h"
#include "ScheduleCommands.h"
#include "TrainCommands.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QTextStream>

namespace {

using Command = int (*)(const QStringList&);

const QHash<QString, Command>& commands()
{
    using namespace bakery::app;
    static const QHash<QString, Command> table{
        {QStringLiteral("import"), runImportCommand},
        {QStringLiteral("products"), runProductsCommand},
        {QStringLiteral("sales"), runSalesCommand},
        {QStringLiteral("train"), runTrainCommand},
        {QStringLiteral("worker"), runWorkerCommand},
        {QStringLiteral("jobs"), runJobsCommand},
        {QStringLiteral("job"), runJobCommand},
        {QStringLiteral("logs"), runLogsCommand},
        {QStringLiteral("cancel"), runCancelCommand},
        {QStringLiteral("retry"), runRetryCommand},
        {QStringLiteral("models"), runModelsCommand},
        {QStringLiteral("model"), runModelCommand},
        {QStringLiteral("deploy"), runDeployCommand},
        {QStringLiteral("rollback"), runRollbackCommand},
        {QStringLiteral("compare"), runCompareCommand},
        {QStringLiteral("analytics"), runAnalyticsCommand},
        {QStringLiteral("forecast"), runForecastCommands},
        {QStringLiteral("schedule"), runScheduleCommand},
        {QStringLiteral("run-due"), runRunDueCommand},
    };
    return table;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("BakeryIA"));
    QCoreApplication::setApplicationName(QStringLiteral("Trainer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(BAKERY_VERSION));
    QLocale::setDefault(QLocale::system());
    bakery::i18n::installTranslators(app, QLocale::system());
    const QStringList args = QCoreApplication::arguments();
    const QString command = args.size() > 1 ? args.at(1) : QString();
    if (const Command run = commands().value(command))
        return run(args);
    if (command == QLatin1String("--version")) {
        QTextStream(stdout) << "bakery-trainer-cli " << BAKERY_VERSION << '\n';
        return 0;
    }
    const bool help =
        command.isEmpty() || command == QLatin1String("--help") || command == QLatin1String("-h");
    if (!help)
        QTextStream(stderr)
            << "bakery-trainer-cli: "
            << QCoreApplication::translate("cli", "unknown command \"%1\"").arg(command) << "\n\n";
    QTextStream(help ? stdout : stderr) << QCoreApplication::translate(
        "cli",
        "Usage: bakery-trainer-cli <command> [options]\n\n"
        "Sales history:\n"
        "  import FILE         import sales (or --kind weather|events) from a CSV or XLSX file\n"
        "  products            list products, days of history and training readiness\n"
        "  sales PRODUCT       print a product's daily sales\n\n"
        "Training:\n"
        "  train --all | PRODUCT...  queue a training job [--force] [--priority N]; runs in a\n"
        "                      background worker, or here with --wait (progress; Ctrl+C cancels)\n"
        "  worker              run queued jobs [--until-idle] [--poll-ms N]\n"
        "  jobs                list training jobs\n"
        "  job JOB             a job and its products\n"
        "  logs JOB            a job's step logs\n"
        "  cancel JOB          cancel a pending job or stop a running one\n"
        "  retry JOB           queue a job's failed and cancelled products again [--wait]\n"
        "  schedule            show or change the weekly retraining [--set \"sunday 03:00\"]\n"
        "                      [--enable|--disable]\n"
        "  run-due             run the weekly retraining if it is due [--wait] (cron, timers)\n\n"
        "Models:\n"
        "  models [PRODUCT]    list model versions ('*' deployed)\n"
        "  model MODEL         a version: metrics, settings, artifact, deployment history\n"
        "  deploy MODEL        deploy a version (its SHA-256 is checked)\n"
        "  rollback PRODUCT    deploy again the version deployed before the current one\n"
        "  compare MODEL MODEL two versions on the same recent days [--days N]\n"
        "  analytics           accuracy per product and its spread, training durations\n"
        "  forecast PRODUCT    the days after the last sale from the deployed model [--days N]\n"
        "                      [--output FILE]\n"
        "  forecast --input SERIES.csv  fit a ds,y file on all but the last days and score them\n\n"
        "Every command takes --json (machine-readable output), and those using the store\n"
        "--database LOCATION (a SQLite file, sqlite:///path or postgresql://...; default\n"
        "DATABASE_URL from the environment or the settings file). JOB is a job id (job-...),\n"
        "MODEL a model id (a number).\n\n"
        "Exit codes: 0 success; 1 the work failed, or the job, model or product does not\n"
        "exist; 2 bad usage or bad input (e.g. a MODEL that is not a number).\n\n"
        "Run 'bakery-trainer-cli <command> --help' for the options of a command.\n");
    return help ? 0 : 2;
}
