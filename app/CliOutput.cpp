#include "CliOutput.h"

#include "calendar/EpochDay.h"
#include "config/Settings.h"
#include "training/Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QUrl>

#include <cmath>
#include <cstdio>

namespace bakery::app::cli {

int fail(const QString& message, int code)
{
    QTextStream(stderr) << "bakery-trainer-cli: " << message << '\n';
    return code;
}

void warn(const QString& message)
{
    QTextStream(stderr) << "bakery-trainer-cli: "
                        << QCoreApplication::translate("cli", "warning: %1").arg(message) << '\n';
}

QCommandLineOption databaseOption()
{
    return {QStringLiteral("database"),
            QCoreApplication::translate(
                "cli", "Database: a SQLite file, sqlite:///path or "
                       "postgresql://user@host:port/db (default: DATABASE_URL from the "
                       "environment or the settings file, else the user's data folder)."),
            QStringLiteral("LOCATION")};
}

QCommandLineOption jsonOption()
{
    return {QStringLiteral("json"), QCoreApplication::translate("cli", "Print JSON.")};
}

bool parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode)
{
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        *exitCode = fail(parser.errorText(), kBadUsage);
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        *exitCode = kOk;
        return false;
    }
    return true;
}

bool parseArguments(QCommandLineParser& parser, const QStringList& arguments, int count,
                    const QString& expected, QStringList* values, int* exitCode)
{
    if (!parse(parser, arguments, exitCode))
        return false;
    *values = parser.positionalArguments().mid(1);
    if (values->size() != count) {
        *exitCode = fail(expected, kBadUsage);
        return false;
    }
    return true;
}

bool loadSettings(const QCommandLineParser& parser, config::Settings* settings, int* exitCode)
{
    QStringList problems;
    *settings = config::Settings::load({}, &problems);
    for (const QString& p : std::as_const(problems))
        warn(p);
    // optionNames(): the options given, so commands without --database need not declare it.
    if (parser.optionNames().contains(QStringLiteral("database"))) {
        QString error;
        if (!settings->setValue(QStringLiteral("DATABASE_URL"),
                                parser.value(QStringLiteral("database")), &error)) {
            *exitCode = fail(QStringLiteral("--database: %1").arg(error), kBadUsage);
            return false;
        }
    }
    return true;
}

void reportRecovery(const training::RecoveryReport& r)
{
    for (const QString& job : r.interruptedJobs)
        warn(QCoreApplication::translate(
                 "cli", "job %1 was interrupted (its process ended); marked failed")
                 .arg(job));
    for (const QString& file : r.removedFiles)
        warn(QCoreApplication::translate("cli", "removed a leftover model file: %1").arg(file));
    for (const QString& file : r.missingFiles)
        warn(
            QCoreApplication::translate("cli", "a registered model file is missing: %1").arg(file));
    if (!r.integrity.isEmpty() && r.integrity != QLatin1String("ok"))
        warn(QCoreApplication::translate("cli", "database integrity check: %1").arg(r.integrity));
    if (!r.error.isEmpty())
        warn(QCoreApplication::translate("cli", "crash recovery: %1").arg(r.error));
}

std::unique_ptr<training::Workspace> openWorkspace(const QCommandLineParser& parser, int* exitCode)
{
    config::Settings settings;
    if (!loadSettings(parser, &settings, exitCode))
        return nullptr;
    auto workspace = std::make_unique<training::Workspace>(std::move(settings));
    if (!workspace->open()) {
        *exitCode = fail(workspace->error(), kBadUsage);
        return nullptr;
    }
    reportRecovery(workspace->recovery());
    return workspace;
}

QString sqliteFile(const QString& location)
{
    if (location.startsWith(QLatin1String("postgres"), Qt::CaseInsensitive) ||
        location == QLatin1String(":memory:"))
        return {};
    if (location.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
        return QUrl(location).path();
    return location;
}

QString absoluteLocation(const QString& location)
{
    if (location.contains(QLatin1String("://")) || location == QLatin1String(":memory:"))
        return location;
    return QFileInfo(location).absoluteFilePath();
}

bool parseId(const QString& text, qint64* id)
{
    bool ok = false;
    *id = text.toLongLong(&ok);
    return ok && *id > 0;
}

void printJson(const QJsonObject& object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
    std::fflush(stdout);
}

QString isoDay(int day)
{
    return calendar::fromEpochDay(day).toString(Qt::ISODate);
}

QString number(double v, int decimals)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', decimals)
                            : QCoreApplication::translate("cli", "n/a");
}

QString duration(double seconds)
{
    if (!std::isfinite(seconds) || seconds < 0)
        return QStringLiteral("-");
    if (seconds < 60)
        return QCoreApplication::translate("cli", "%1 s")
            .arg(number(seconds, seconds < 10 ? 2 : 1));
    const qint64 s = std::llround(seconds);
    if (s < 3600)
        return QCoreApplication::translate("cli", "%1 min %2 s")
            .arg(s / 60)
            .arg(s % 60, 2, 10, QLatin1Char('0'));
    return QCoreApplication::translate("cli", "%1 h %2 min")
        .arg(s / 3600)
        .arg((s % 3600) / 60, 2, 10, QLatin1Char('0'));
}

QString localTime(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                       : QStringLiteral("-");
}

double secondsBetween(const QString& from, const QString& to)
{
    const QDateTime a = QDateTime::fromString(from, Qt::ISODate);
    if (!a.isValid())
        return std::nan("");
    const QDateTime b =
        to.isEmpty() ? QDateTime::currentDateTimeUtc() : QDateTime::fromString(to, Qt::ISODate);
    return b.isValid() ? static_cast<double>(a.msecsTo(b)) / 1000.0 : std::nan("");
}

void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows,
                const QList<int>& rightAligned)
{
    QList<int> widths;
    for (const QString& h : header)
        widths << static_cast<int>(h.size());
    for (const QStringList& row : rows)
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], static_cast<int>(row[i].size()));
    const auto line = [&](const QStringList& cells) {
        QString text;
        for (int i = 0; i < cells.size() && i < widths.size(); ++i) {
            if (i > 0)
                text += QStringLiteral("  ");
            const bool last = i + 1 == cells.size();
            if (rightAligned.contains(i))
                text += cells[i].rightJustified(widths[i]);
            else
                text += last ? cells[i] : cells[i].leftJustified(widths[i]);
        }
        while (text.endsWith(QLatin1Char(' ')))
            text.chop(1);
        out << text << '\n';
    };
    line(header);
    for (const QStringList& row : rows)
        line(row);
    out.flush();
}

} // namespace bakery::app::cli
