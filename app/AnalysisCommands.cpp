#include "AnalysisCommands.h"

#include "CliJson.h"
#include "CliOutput.h"

#include "storage/CovariateStore.h"
#include "storage/ModelRegistry.h"
#include "storage/SalesStore.h"
#include "training/Analytics.h"
#include "training/VersionComparison.h"
#include "training/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace bakery::app {
namespace {

using namespace cli;

double value(const QJsonValue& v)
{
    return v.isDouble() ? v.toDouble() : std::nan("");
}

QString metricName(const QString& key)
{
    if (key == QLatin1String("mae"))
        return QCoreApplication::translate("cli", "MAE");
    if (key == QLatin1String("rmse"))
        return QCoreApplication::translate("cli", "RMSE");
    if (key == QLatin1String("wape"))
        return QCoreApplication::translate("cli", "WAPE %");
    if (key == QLatin1String("mape"))
        return QCoreApplication::translate("cli", "MAPE %");
    if (key == QLatin1String("r2"))
        return QCoreApplication::translate("cli", "R2");
    if (key == QLatin1String("accuracy"))
        return QCoreApplication::translate("cli", "accuracy %");
    if (key == QLatin1String("coverage"))
        return QCoreApplication::translate("cli", "coverage");
    return key;
}

QString settingText(const QJsonValue& v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return QCoreApplication::translate("cli", "(none)");
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact))
        .mid(1)
        .chopped(1);
}

QString sideTitle(const training::VersionSide& s)
{
    return QCoreApplication::translate("cli", "version %1 (model %2)")
        .arg(s.version.version)
        .arg(s.version.id);
}

void printComparison(QTextStream& out, const training::VersionComparison& c)
{
    out << QCoreApplication::translate("cli", "%1: A = %2, B = %3")
               .arg(c.a.version.productName, sideTitle(c.a), sideTitle(c.b))
        << '\n'
        << QCoreApplication::translate("cli", "Window: %1 to %2 (%3 days with sales)")
               .arg(isoDay(c.days.front()), isoDay(c.days.back()))
               .arg(c.days.size())
        << '\n';
    for (const auto& [name, side] :
         {std::pair{QStringLiteral("A"), &c.a}, std::pair{QStringLiteral("B"), &c.b}})
        if (side->inSample)
            out << QCoreApplication::translate(
                       "cli", "Note: %1 was trained on these days: its scores are in-sample "
                              "(flattering).")
                       .arg(name)
                << '\n';
    out << '\n';
    QList<QStringList> rows;
    for (const QJsonValue& row : c.metrics) {
        const QJsonObject m = row.toObject();
        const QString better = m.value(QStringLiteral("better")).toString();
        rows << QStringList{metricName(m.value(QStringLiteral("metric")).toString()),
                            number(value(m.value(QStringLiteral("a"))), 3),
                            number(value(m.value(QStringLiteral("b"))), 3),
                            number(value(m.value(QStringLiteral("difference"))), 3),
                            better == QLatin1String("a") ? QStringLiteral("A")
                            : better == QLatin1String("b")
                                ? QStringLiteral("B")
                                : QCoreApplication::translate("cli", "tie")};
    }
    printTable(out,
               {QCoreApplication::translate("cli", "metric"), QStringLiteral("A"),
                QStringLiteral("B"), QStringLiteral("B - A"),
                QCoreApplication::translate("cli", "better")},
               rows, {1, 2, 3});
    out << '\n';
    if (c.settingDifferences.isEmpty()) {
        out << QCoreApplication::translate("cli", "Settings: the same.") << '\n';
    } else {
        out << QCoreApplication::translate("cli", "Settings that differ:") << '\n';
        for (const QJsonValue& row : c.settingDifferences) {
            const QJsonObject d = row.toObject();
            out << "  " << d.value(QStringLiteral("key")).toString() << ": A "
                << settingText(d.value(QStringLiteral("a"))) << ", B "
                << settingText(d.value(QStringLiteral("b"))) << '\n';
        }
    }
    out << '\n';
    rows.clear();
    for (std::size_t i = 0; i < c.days.size(); ++i) {
        const auto at = [i](const std::vector<double>& v) {
            return i < v.size() ? v[i] : std::nan("");
        };
        rows << QStringList{isoDay(c.days[i]), number(at(c.actual)), number(at(c.a.yhat)),
                            number(at(c.b.yhat))};
    }
    printTable(out,
               {QCoreApplication::translate("cli", "date"),
                QCoreApplication::translate("cli", "actual"), QStringLiteral("A"),
                QStringLiteral("B")},
               rows, {1, 2, 3});
}

QStringList statsRow(const QString& name, const training::DurationStats& s)
{
    return {name, QString::number(s.count), number(s.mean), number(s.median), number(s.p95)};
}

void printAnalytics(QTextStream& out, const training::TrainingAnalytics& a)
{
    out << QCoreApplication::translate("cli", "Average accuracy: %1 %")
               .arg(number(a.averageAccuracy, 1))
        << "\n\n";
    QList<QStringList> rows;
    for (const training::ProductAccuracy& p : a.products)
        rows << QStringList{p.product,
                            QStringLiteral("%1 (%2)").arg(p.version).arg(p.modelId),
                            p.deployed ? QStringLiteral("*") : QString(),
                            number(p.accuracy, 1),
                            number(p.mae),
                            number(p.wape, 1),
                            QString::number(p.evaluationSamples)};
    printTable(out,
               {QCoreApplication::translate("cli", "product"),
                QCoreApplication::translate("cli", "version (model)"),
                QCoreApplication::translate("cli", "deployed"),
                QCoreApplication::translate("cli", "accuracy %"),
                QCoreApplication::translate("cli", "MAE"),
                QCoreApplication::translate("cli", "WAPE %"),
                QCoreApplication::translate("cli", "holdout days")},
               rows, {3, 4, 5, 6});
    out << '\n' << QCoreApplication::translate("cli", "Accuracy distribution:") << '\n';
    rows.clear();
    for (const training::AccuracyBucket& b : a.distribution)
        rows << QStringList{QStringLiteral("%1-%2 %").arg(b.lower).arg(b.upper),
                            QString::number(b.count), QString(b.count, QLatin1Char('#'))};
    printTable(out,
               {QCoreApplication::translate("cli", "accuracy"),
                QCoreApplication::translate("cli", "products"), QString()},
               rows, {1});
    out << '\n'
        << QCoreApplication::translate("cli", "Training durations per product (seconds):") << '\n';
    rows = {statsRow(QCoreApplication::translate("cli", "overall"), a.overall)};
    for (const auto& [name, stats] : a.durationByProduct)
        rows << statsRow(name, stats);
    const QStringList header{QString(), QCoreApplication::translate("cli", "count"),
                             QCoreApplication::translate("cli", "mean"),
                             QCoreApplication::translate("cli", "median"),
                             QCoreApplication::translate("cli", "p95")};
    printTable(out, header, rows, {1, 2, 3, 4});
    if (!a.durationByJob.empty()) {
        out << '\n' << QCoreApplication::translate("cli", "Per job (seconds per product):") << '\n';
        rows.clear();
        for (const auto& [job, stats] : a.durationByJob)
            rows << statsRow(job, stats);
        printTable(out, header, rows, {1, 2, 3, 4});
    }
}

} // namespace

int runCompareCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Compare two versions of a product on the same recent days: metrics side by "
               "side, settings that differ and the daily values."));
    parser.addPositionalArgument(QStringLiteral("compare"),
                                 QCoreApplication::translate("cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("A"),
                                 QCoreApplication::translate("cli", "A model id."));
    parser.addPositionalArgument(QStringLiteral("B"),
                                 QCoreApplication::translate("cli", "Another model id."));
    const QCommandLineOption days(
        QStringLiteral("days"),
        QCoreApplication::translate("cli", "The newest N days with sales (default 28)."),
        QStringLiteral("N"), QStringLiteral("28"));
    parser.addOptions({days, jsonOption(), databaseOption()});
    int code = 0;
    QStringList values;
    if (!parseArguments(parser, arguments, 2,
                        QCoreApplication::translate("cli", "expected two MODEL ids"), &values,
                        &code))
        return code;
    qint64 idA = 0, idB = 0;
    for (const auto& [text, id] : {std::pair{values[0], &idA}, std::pair{values[1], &idB}})
        if (!parseId(text, id))
            return fail(QCoreApplication::translate(
                            "cli", "expected a model id (a whole number > 0), found \"%1\"")
                            .arg(text),
                        kBadUsage);
    bool ok = false;
    const int window = parser.value(days).toInt(&ok);
    if (!ok || window < 1)
        return fail(
            QCoreApplication::translate("cli", "--days: expected a whole number >= 1, found \"%1\"")
                .arg(parser.value(days)),
            kBadUsage);
    const auto workspace = openWorkspace(parser, &code);
    if (!workspace)
        return code;
    const storage::ModelRegistry registry(workspace->database(), workspace->artifacts(),
                                          workspace->tenant());
    const auto a = registry.version(idA);
    const auto b = registry.version(idB);
    if (!a || !b)
        return fail(
            QCoreApplication::translate("cli", "no model version with id %1").arg(a ? idB : idA));
    if (a->productId != b->productId)
        return fail(QCoreApplication::translate(
                        "cli", "models %1 (%2) and %3 (%4) are versions of different products")
                        .arg(idA)
                        .arg(a->productName)
                        .arg(idB)
                        .arg(b->productName),
                    kBadUsage);
    const training::VersionComparison c = training::compareVersions(
        registry, storage::SalesStore(workspace->database(), workspace->tenant()),
        storage::CovariateStore(workspace->database(), workspace->tenant()), idA, idB, window);
    if (!c.ok())
        return fail(c.error);
    if (parser.isSet(QStringLiteral("json"))) {
        printJson(training::toJson(c));
        return kOk;
    }
    QTextStream out(stdout);
    printComparison(out, c);
    return kOk;
}

int runAnalyticsCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Accuracy of each product's current model, how accuracies spread, and how long "
               "trainings take."));
    parser.addPositionalArgument(QStringLiteral("analytics"),
                                 QCoreApplication::translate("cli", "The command."));
    parser.addOptions({jsonOption(), databaseOption()});
    int code = 0;
    QStringList values;
    if (!parseArguments(parser, arguments, 0,
                        QCoreApplication::translate("cli", "analytics takes no arguments"), &values,
                        &code))
        return code;
    const auto workspace = openWorkspace(parser, &code);
    if (!workspace)
        return code;
    const training::TrainingAnalytics a =
        training::computeAnalytics(workspace->database(), workspace->tenant());
    if (parser.isSet(QStringLiteral("json")))
        printJson(training::toJson(a));
    else {
        QTextStream out(stdout);
        printAnalytics(out, a);
    }
    if (!a.error.isEmpty())
        return fail(a.error);
    return kOk;
}

} // namespace bakery::app
