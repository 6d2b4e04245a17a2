#include "ScheduleCommands.h"

#include "CliOutput.h"
#include "TrainCommands.h"

#include "config/Settings.h"
#include "training/RetrainSchedule.h"
#include "training/TrainingQueue.h"
#include "training/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <utility>

namespace bakery::app {
namespace {

using namespace cli;

const QString kWeekday = QStringLiteral("RETRAIN_WEEKDAY");
const QString kHour = QStringLiteral("RETRAIN_HOUR");
const QString kEnabled = QStringLiteral("ENABLE_CONTINUOUS_LEARNING");

// The settings file alone, without the environment layer: Settings::save() writes every
// key, so saving the loaded (file + environment) settings would copy the environment's
// values (DATABASE_URL, ...) into the file for good.
config::Settings fileLayer()
{
    std::vector<std::pair<const char*, QByteArray>> hidden;
    for (const config::SettingInfo& i : config::settingCatalog())
        if (qEnvironmentVariableIsSet(i.key)) {
            hidden.emplace_back(i.key, qgetenv(i.key));
            qunsetenv(i.key);
        }
    QStringList problems;
    config::Settings s = config::Settings::load({}, &problems);
    for (const auto& [key, value] : hidden)
        qputenv(key, value);
    // Saving replaces an invalid value in the file by the one in use: say so now, later
    // loads will not see it any more.
    for (const QString& p : std::as_const(problems))
        warn(p);
    return s;
}

QString slotText(const QDateTime& t)
{
    return t.isValid() ? QLocale().toString(t, QStringLiteral("dddd yyyy-MM-dd HH:mm"))
                       : QCoreApplication::translate("cli", "never");
}

void printState(const training::ScheduleState& s)
{
    QTextStream out(stdout);
    out << QCoreApplication::translate("cli", "Weekly retraining: %1, %2 at %3:00")
               .arg(s.enabled ? QCoreApplication::translate("cli", "enabled")
                              : QCoreApplication::translate("cli", "disabled"),
                    QLocale().dayName(s.weekday))
               .arg(s.hour, 2, 10, QLatin1Char('0'))
        << '\n';
    out << QCoreApplication::translate("cli", "Last run: %1")
               .arg(s.lastRun.isValid() ? QStringLiteral("%1 (%2)").arg(
                                              slotText(s.lastRun.toLocalTime()), s.lastJobId)
                                        : QCoreApplication::translate("cli", "never"))
        << '\n';
    out << QCoreApplication::translate("cli", "Latest slot: %1").arg(slotText(s.lastSlot)) << '\n';
    out << QCoreApplication::translate("cli", "Next slot: %1").arg(slotText(s.nextSlot)) << '\n';
    out << QCoreApplication::translate("cli", "Due now: %1")
               .arg(s.due ? QCoreApplication::translate("cli", "yes")
                          : QCoreApplication::translate("cli", "no"))
        << '\n';
}

} // namespace

int runScheduleCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate(
            "cli", "Show or change the weekly retraining (continuous learning). Changes go to the "
                   "settings file (%1); environment variables of the same names override it.")
            .arg(config::Settings::defaultIniPath()));
    parser.addPositionalArgument(QStringLiteral("schedule"),
                                 QCoreApplication::translate("cli", "The command."));
    const QCommandLineOption set(
        QStringLiteral("set"),
        QCoreApplication::translate(
            "cli", "Day and hour: \"sunday 03:00\", \"domingo 4\", \"7 03:00\" (1 = Monday)."),
        QStringLiteral("DAY HOUR"));
    const QCommandLineOption enable(QStringLiteral("enable"),
                                    QCoreApplication::translate("cli", "Turn it on."));
    const QCommandLineOption disable(QStringLiteral("disable"),
                                     QCoreApplication::translate("cli", "Turn it off."));
    parser.addOptions({set, enable, disable, jsonOption(), databaseOption()});
    int code = 0;
    QStringList values;
    if (!parseArguments(parser, arguments, 0,
                        QCoreApplication::translate("cli", "schedule takes no arguments"), &values,
                        &code))
        return code;
    if (parser.isSet(enable) && parser.isSet(disable))
        return fail(QCoreApplication::translate("cli", "give --enable or --disable, not both"),
                    kBadUsage);
    int weekday = 0, hour = 0;
    QString error;
    if (parser.isSet(set) &&
        !training::parseScheduleSpec(parser.value(set), &weekday, &hour, &error))
        return fail(QStringLiteral("--set: %1").arg(error), kBadUsage);
    if (parser.isSet(set) || parser.isSet(enable) || parser.isSet(disable)) {
        config::Settings file = fileLayer();
        QStringList changed;
        bool ok = true;
        if (parser.isSet(set)) {
            ok = file.setValue(kWeekday, weekday, &error) && file.setValue(kHour, hour, &error);
            changed << kWeekday << kHour;
        }
        if (ok && (parser.isSet(enable) || parser.isSet(disable))) {
            ok = file.setValue(kEnabled, parser.isSet(enable), &error);
            changed << kEnabled;
        }
        if (!ok || !file.save({}, &error))
            return fail(error);
        for (const QString& key : std::as_const(changed))
            if (qEnvironmentVariableIsSet(key.toLatin1().constData()))
                warn(QCoreApplication::translate(
                         "cli", "%1 is set in the environment (%2) and overrides the settings "
                                "file")
                         .arg(key, qEnvironmentVariable(key.toLatin1().constData())));
    }
    const auto workspace = openWorkspace(parser, &code);
    if (!workspace)
        return code;
    const training::ScheduleState state =
        training::scheduleState(workspace->database(), workspace->tenant(), workspace->settings());
    if (!state.error.isEmpty())
        return fail(state.error);
    if (parser.isSet(QStringLiteral("json")))
        printJson(training::toJson(state));
    else
        printState(state);
    return kOk;
}

int runRunDueCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "If the weekly retraining is due, queue it (every product, incremental) and run "
               "it; else say when it is next due. Meant for cron or a systemd timer."));
    parser.addPositionalArgument(QStringLiteral("run-due"),
                                 QCoreApplication::translate("cli", "The command."));
    const QCommandLineOption wait(
        QStringLiteral("wait"),
        QCoreApplication::translate("cli", "Run the job in this process until it ends."));
    parser.addOptions({wait, jsonOption(), databaseOption()});
    int code = 0;
    QStringList values;
    if (!parseArguments(parser, arguments, 0,
                        QCoreApplication::translate("cli", "run-due takes no arguments"), &values,
                        &code))
        return code;
    const auto workspace = openWorkspace(parser, &code);
    if (!workspace)
        return code;
    const bool json = parser.isSet(QStringLiteral("json"));
    const training::ScheduleState state =
        training::scheduleState(workspace->database(), workspace->tenant(), workspace->settings());
    if (!state.error.isEmpty())
        return fail(state.error);
    if (!state.due) {
        if (json)
            printJson({{QStringLiteral("due"), false},
                       {QStringLiteral("schedule"), training::toJson(state)}});
        else
            QTextStream(stdout)
                << (state.enabled
                        ? QCoreApplication::translate("cli", "nothing due (next: %1)")
                              .arg(slotText(state.nextSlot))
                        : QCoreApplication::translate("cli", "nothing due (weekly retraining "
                                                             "is disabled)"))
                << '\n';
        return kOk;
    }
    bool existing = false;
    QString error;
    const auto job = workspace->submitScheduledRetraining(&existing, &error);
    if (!job)
        return fail(error);
    if (!error.isEmpty())
        warn(error);
    return cli::followJob(
        *workspace, parser, *job, existing, parser.isSet(wait), json,
        {{QStringLiteral("due"), true}, {QStringLiteral("schedule"), training::toJson(state)}});
}

} // namespace bakery::app
