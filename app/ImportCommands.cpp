#include "ImportCommands.h"

#include "CliOutput.h"

#include "config/Settings.h"
#include "data/CovariateImporter.h"
#include "data/ImportSpec.h"
#include "data/Readiness.h"
#include "data/SalesImporter.h"
#include "storage/CovariateStore.h"
#include "storage/Database.h"
#include "storage/SalesStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cmath>
#include <memory>

namespace bakery::app {
namespace {

int usageError(const QString& message)
{
    return cli::fail(message, cli::kBadUsage);
}

using cli::databaseOption;
using cli::isoDay;
using cli::jsonOption;
using cli::parse;

// The store the settings name (DATABASE_URL, or --database) and the shop (TENANT_ID).
struct Store
{
    std::unique_ptr<storage::Database> db;
    QString tenant;
};

// Opens the database named by --database, DATABASE_URL (environment or settings file) or
// the default location.
bool openStore(const config::Settings& settings, Store* store, int* exitCode)
{
    store->db = std::make_unique<storage::Database>(settings.resolvedDatabaseLocation());
    store->tenant = settings.tenantId;
    if (!store->db->open()) {
        *exitCode = usageError(store->db->error());
        return false;
    }
    return true;
}

void printReport(const data::ImportReport& report, bool dryRun, QTextStream& out)
{
    const QLocale locale;
    for (const QString& decision : report.decisions)
        out << "  " << decision << '\n';
    for (const data::ImportIssue& issue : report.issues)
        out << issue.toString() << '\n';
    out << QCoreApplication::translate("cli", "Rows read: %1, imported: %2, skipped: %3")
               .arg(report.rowsRead)
               .arg(report.rowsImported)
               .arg(report.rowsSkipped)
        << '\n';
    if (!report.products.empty() && report.products.front().days > 0)
        out << QCoreApplication::translate("cli", "Days: %1 to %2, %n closed day(s)", nullptr,
                                           report.closedDays)
                   .arg(isoDay(report.firstDay), isoDay(report.lastDay))
            << '\n';
    out << QCoreApplication::translate("cli", "Products: %1").arg(report.products.size()) << '\n';
    for (const data::ProductTotal& p : report.products)
        out << "  " << p.name << ": "
            << QCoreApplication::translate("cli", "%n day(s), total %1", nullptr, p.days)
                   .arg(locale.toString(p.total, 'g', 10))
            << '\n';
    if (report.rejected())
        out << QCoreApplication::translate("cli", "Import rejected: nothing was written.") << '\n';
    else if (dryRun)
        out << QCoreApplication::translate(
                   "cli",
                   "Dry run: nothing was written (%1 product-days would replace stored values).")
                   .arg(report.daysReplaced)
            << '\n';
    else
        out << QCoreApplication::translate("cli",
                                           "Imported (%1 product-days replaced older values).")
                   .arg(report.daysReplaced)
            << '\n';
}

} // namespace

int runImportCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Import sales history (or weather, or events) from a CSV or XLSX file."));
    parser.addPositionalArgument(QStringLiteral("import"),
                                 QCoreApplication::translate("cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 QCoreApplication::translate("cli", "The file to import."));
    const QCommandLineOption spec(
        QStringLiteral("spec"),
        QCoreApplication::translate("cli", "Import settings (JSON) instead of detection."),
        QStringLiteral("SPEC.json"));
    const QCommandLineOption dryRun(
        QStringLiteral("dry-run"),
        QCoreApplication::translate("cli", "Read and report; write nothing."));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QCoreApplication::translate("cli",
                                    "What the file holds: sales (default), weather or events."),
        QStringLiteral("sales|weather|events"), QStringLiteral("sales"));
    parser.addOptions({spec, dryRun, kind, jsonOption(), databaseOption()});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(QCoreApplication::translate("cli", "expected one FILE to import"));
    const QString what = parser.value(kind);
    if (what != QLatin1String("sales") && what != QLatin1String("weather") &&
        what != QLatin1String("events"))
        return usageError(QCoreApplication::translate(
                              "cli", "--kind: expected sales, weather or events, found \"%1\"")
                              .arg(what));
    data::ImportSpec importSpec;
    if (parser.isSet(spec)) {
        QFile file(parser.value(spec));
        if (!file.open(QIODevice::ReadOnly))
            return usageError(QStringLiteral("%1: %2").arg(parser.value(spec), file.errorString()));
        QString error;
        importSpec = data::ImportSpec::fromJson(file.readAll(), &error);
        if (!error.isEmpty())
            return usageError(QStringLiteral("%1: %2").arg(parser.value(spec), error));
    }
    config::Settings settings;
    if (!cli::loadSettings(parser, &settings, &code))
        return code;
    // A dry run against a store that does not exist yet only reads: it must not create one.
    const QString file = cli::sqliteFile(settings.resolvedDatabaseLocation());
    const bool readOnly = parser.isSet(dryRun) && !file.isEmpty() && !QFile::exists(file);
    data::ImportReport report;
    if (readOnly) {
        if (what == QLatin1String("weather"))
            report = data::CovariateImporter::readWeather(positional[1], importSpec).report;
        else if (what == QLatin1String("events"))
            report = data::CovariateImporter::readEvents(positional[1], importSpec).report;
        else
            report = data::SalesImporter(importSpec).read(positional[1]).report;
    } else {
        Store store;
        if (!openStore(settings, &store, &code))
            return code;
        const storage::CovariateStore covariates(*store.db, store.tenant);
        if (what == QLatin1String("weather"))
            report = data::CovariateImporter::importWeather(positional[1], importSpec, covariates,
                                                            parser.isSet(dryRun))
                         .report;
        else if (what == QLatin1String("events"))
            report = data::CovariateImporter::importEvents(positional[1], importSpec, covariates,
                                                           parser.isSet(dryRun))
                         .report;
        else
            report = data::SalesImporter(importSpec)
                         .importFile(positional[1], storage::SalesStore(*store.db, store.tenant),
                                     parser.isSet(dryRun))
                         .report;
    }
    QTextStream out(stdout);
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact) << '\n';
    else
        printReport(report, parser.isSet(dryRun), out);
    return report.rejected() ? 1 : 0;
}

int runProductsCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "List the products with their sales history and training readiness."));
    parser.addPositionalArgument(QStringLiteral("products"),
                                 QCoreApplication::translate("cli", "The command."));
    parser.addOptions({jsonOption(), databaseOption()});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    config::Settings settings;
    Store opened;
    if (!cli::loadSettings(parser, &settings, &code) || !openStore(settings, &opened, &code))
        return code;
    const storage::SalesStore store(*opened.db, opened.tenant);
    QJsonArray products;
    QTextStream out(stdout);
    const QLocale locale;
    for (const storage::ProductSummary& p : store.products()) {
        const data::Readiness r =
            data::assessReadiness(store.sales(p.name), settings.minTrainingDataDays);
        products.append(QJsonObject{
            {QStringLiteral("name"), p.name},
            {QStringLiteral("days"), p.days},
            {QStringLiteral("first_day"), p.days ? QJsonValue(isoDay(p.firstDay)) : QJsonValue()},
            {QStringLiteral("last_day"), p.days ? QJsonValue(isoDay(p.lastDay)) : QJsonValue()},
            {QStringLiteral("total"), p.total},
            {QStringLiteral("missing_days"), r.missingDays},
            {QStringLiteral("outlier_days"), r.outlierDays},
            {QStringLiteral("ready"), r.ready},
            {QStringLiteral("readiness"), r.message}});
        if (!parser.isSet(QStringLiteral("json")))
            out << p.name << '\t' << QCoreApplication::translate("cli", "%1 days").arg(p.days)
                << '\t'
                << (p.days ? isoDay(p.firstDay) + QStringLiteral("..") + isoDay(p.lastDay)
                           : QString())
                << '\t' << locale.toString(p.total, 'g', 10) << '\t'
                << (r.ready ? QCoreApplication::translate("cli", "ready") : r.message) << '\n';
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(QJsonObject{{QStringLiteral("products"), products}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    return 0;
}

int runSalesCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("cli", "Print a product's daily sales."));
    parser.addPositionalArgument(QStringLiteral("sales"),
                                 QCoreApplication::translate("cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("PRODUCT"),
                                 QCoreApplication::translate("cli", "The product's name."));
    parser.addOptions({jsonOption(), databaseOption()});
    int code = 0;
    if (!parse(parser, arguments, &code))
        return code;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return usageError(QCoreApplication::translate("cli", "expected one PRODUCT name"));
    config::Settings settings;
    Store opened;
    if (!cli::loadSettings(parser, &settings, &code) || !openStore(settings, &opened, &code))
        return code;
    const storage::SalesStore store(*opened.db, opened.tenant);
    if (!store.product(positional[1])) {
        QTextStream(stderr)
            << "bakery-trainer-cli: "
            << QCoreApplication::translate("cli", "no product named \"%1\"").arg(positional[1])
            << '\n';
        return 1;
    }
    QTextStream out(stdout);
    QJsonArray days;
    for (const storage::DailyValue& d : store.sales(positional[1])) {
        if (parser.isSet(QStringLiteral("json")))
            days.append(QJsonObject{{QStringLiteral("day"), isoDay(d.day)},
                                    {QStringLiteral("value"), d.value},
                                    {QStringLiteral("outlier"), d.outlier}});
        else
            out << isoDay(d.day) << ',' << QString::number(d.value, 'g', 15)
                << (d.outlier ? ",outlier" : "") << '\n';
    }
    if (parser.isSet(QStringLiteral("json")))
        out << QJsonDocument(QJsonObject{{QStringLiteral("product"), positional[1]},
                                         {QStringLiteral("days"), days}})
                   .toJson(QJsonDocument::Compact)
            << '\n';
    return 0;
}

} // namespace bakery::app
