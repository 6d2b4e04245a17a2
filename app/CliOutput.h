#pragma once
// Shared pieces of the bakery-trainer-cli commands: messages and exit codes, the common
// options (--json, --database), opening the store through training::Workspace (settings
// file + environment), and plain-text formatting (numbers, times, aligned tables).

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace bakery::config {
struct Settings;
}
namespace bakery::training {
class Workspace;
struct RecoveryReport;
} // namespace bakery::training

namespace bakery::app::cli {

/// Exit codes of every command.
enum ExitCode { kOk = 0, kFailed = 1, kBadUsage = 2 };

/// "bakery-trainer-cli: <message>" on stderr; returns `code`.
int fail(const QString& message, int code = kFailed);
/// "bakery-trainer-cli: warning: <message>" on stderr.
void warn(const QString& message);

QCommandLineOption databaseOption();
QCommandLineOption jsonOption();

/// Adds --help, parses; false when the command should end now with *exitCode
/// (2 on a parse error, 0 after printing the help).
bool parse(QCommandLineParser& parser, const QStringList& arguments, int* exitCode);

/// parse() plus exactly `count` arguments after the command word (their values in *values);
/// otherwise `expected` as a usage error.
bool parseArguments(QCommandLineParser& parser, const QStringList& arguments, int count,
                    const QString& expected, QStringList* values, int* exitCode);

/// The settings (file < environment), their problems printed as warnings on stderr, with
/// --database (when the parser has it set) as DATABASE_URL. False and *exitCode (2) when
/// --database is not a usable location.
bool loadSettings(const QCommandLineParser& parser, config::Settings* settings, int* exitCode);

/// loadSettings() + Workspace::open(); crash recovery's findings are printed on stderr, one
/// line each. nullptr and *exitCode when the store cannot be used.
std::unique_ptr<training::Workspace> openWorkspace(const QCommandLineParser& parser, int* exitCode);

/// Crash recovery's findings on stderr, one line each (interrupted jobs, removed and
/// missing model files, integrity problems).
void reportRecovery(const training::RecoveryReport& report);

/// The SQLite file a location names ("" for PostgreSQL and :memory:).
QString sqliteFile(const QString& location);

/// --database made absolute when it is a file path (for a worker started elsewhere).
QString absoluteLocation(const QString& location);

/// Parses a model or job number id (> 0).
bool parseId(const QString& text, qint64* id);

/// One compact JSON object and a newline on stdout, flushed.
void printJson(const QJsonObject& object);

QString isoDay(int day);
/// The user's decimal separator, `decimals` places; "n/a" for NaN.
QString number(double v, int decimals = 2);
/// "12.3 s", "4 min 05 s", "1 h 02 min"; "-" for NaN or negative.
QString duration(double seconds);
/// An ISO-8601 UTC time as local "yyyy-MM-dd HH:mm"; "-" when empty.
QString localTime(const QString& isoUtc);
/// Seconds between two ISO-8601 times (to now when `to` is empty); NaN if `from` is empty.
double secondsBetween(const QString& from, const QString& to);

/// Prints rows with columns aligned (left; columns listed in rightAligned to the right).
void printTable(QTextStream& out, const QStringList& header, const QList<QStringList>& rows,
                const QList<int>& rightAligned = {});

} // namespace bakery::app::cli
