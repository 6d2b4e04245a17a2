#include "ProductForecastCommand.h"

#include "CliJson.h"
#include "CliOutput.h"
#include "ForecastCommand.h"

#include "data/Covariates.h"
#include "forecast/ForecastModel.h"
#include "storage/CovariateStore.h"
#include "storage/ModelRegistry.h"
#include "storage/SalesStore.h"
#include "training/Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cmath>
#include <stdexcept>

namespace bakery::app {
namespace {

using namespace cli;

// The first positional argument after the command word, skipping the values of the
// options (of either mode) that take one; empty when there is none.
QString firstPositional(const QStringList& arguments, int* index)
{
    static const QStringList withValue = {
        QStringLiteral("--input"),    QStringLiteral("--holdout"),
        QStringLiteral("--days"),     QStringLiteral("--interval-width"),
        QStringLiteral("--holidays"), QStringLiteral("--events"),
        QStringLiteral("--output"),   QStringLiteral("--database")};
    for (int i = 2; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--")) {
            if (i + 1 < arguments.size()) {
                *index = i + 1;
                return arguments[i + 1];
            }
            return {};
        }
        if (withValue.contains(a))
            ++i;
        else if (!a.startsWith(QLatin1Char('-'))) {
            *index = i;
            return a;
        }
    }
    return {};
}

bool hasInputOption(const QStringList& arguments)
{
    for (const QString& a : arguments)
        if (a == QLatin1String("--input") || a.startsWith(QLatin1String("--input=")))
            return true;
    return false;
}

bool writeCsv(const QString& path, const forecast::Forecast& f, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        *error = QCoreApplication::translate("cli", "%1: cannot write (%2)")
                     .arg(path, file.errorString());
        return false;
    }
    QTextStream out(&file);
    const auto num = [](const std::vector<double>& v, std::size_t i) {
        return i < v.size() && std::isfinite(v[i]) ? QString::number(v[i], 'g', 15) : QString();
    };
    out << "date,yhat,yhat_lower,yhat_upper\n";
    for (std::size_t i = 0; i < f.size(); ++i)
        out << isoDay(static_cast<int>(std::floor(f.ds[i]))) << ',' << num(f.yhat, i) << ','
            << num(f.yhatLower, i) << ',' << num(f.yhatUpper, i) << '\n';
    out.flush();
    if (file.error() != QFileDevice::NoError) {
        *error = QCoreApplication::translate("cli", "%1: cannot write (%2)")
                     .arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

int runForecastCommands(const QStringList& arguments)
{
    int index = -1;
    const QString first = firstPositional(arguments, &index);
    if (hasInputOption(arguments) || first.isEmpty())
        return runForecastCommand(arguments);
    if (QFileInfo(first).isFile()) {
        QStringList rewritten = arguments;
        rewritten.removeAt(index);
        rewritten << QStringLiteral("--input") << first;
        return runForecastCommand(rewritten);
    }
    return runProductForecastCommand(arguments);
}

int runProductForecastCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Forecast the days after a product's last sale with its deployed model (loaded "
               "and checked by SHA-256)."));
    parser.addPositionalArgument(QStringLiteral("forecast"),
                                 QCoreApplication::translate("cli", "The command."));
    parser.addPositionalArgument(QStringLiteral("PRODUCT"),
                                 QCoreApplication::translate("cli", "The product's name."));
    const QCommandLineOption days(
        QStringLiteral("days"), QCoreApplication::translate("cli", "Days to forecast (default 7)."),
        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QCoreApplication::translate("cli", "Also write the forecast to this CSV file."),
        QStringLiteral("FILE"));
    parser.addOptions({days, output, jsonOption(), databaseOption()});
    int code = 0;
    QStringList values;
    if (!parseArguments(parser, arguments, 1,
                        QCoreApplication::translate("cli", "expected one PRODUCT name"), &values,
                        &code))
        return code;
    bool ok = false;
    const int n = parser.value(days).toInt(&ok);
    if (!ok || n < 1 || n > 3660)
        return fail(QCoreApplication::translate(
                        "cli", "--days: expected a whole number from 1 to 3660, found \"%1\"")
                        .arg(parser.value(days)),
                    kBadUsage);
    const auto workspace = openWorkspace(parser, &code);
    if (!workspace)
        return code;
    const QString name = values[0];
    const auto product =
        storage::SalesStore(workspace->database(), workspace->tenant()).product(name);
    if (!product)
        return fail(QCoreApplication::translate("cli", "no product named \"%1\"").arg(name));
    if (product->days == 0)
        return fail(QCoreApplication::translate("cli", "%1 has no sales").arg(name));
    const storage::ModelRegistry registry(workspace->database(), workspace->artifacts(),
                                          workspace->tenant());
    const auto deployed = registry.deployed(product->id);
    if (!deployed)
        return fail(QCoreApplication::translate("cli", "%1 has no deployed model; train it first "
                                                       "(bakery-trainer-cli train \"%1\" --wait)")
                        .arg(name));
    QString error;
    const auto loaded = registry.load(deployed->id, &error);
    if (!loaded)
        return fail(error);
    const auto model = forecast::ForecastModel::fromJson(loaded->contents.modelJson, &error);
    if (!model)
        return fail(
            QCoreApplication::translate("cli", "model %1: %2").arg(deployed->id).arg(error));

    forecast::SeriesFrame frame;
    for (int i = 1; i <= n; ++i)
        frame.ds.push_back(product->lastDay + i);
    const QStringList notes =
        data::fillRegressors(frame, model->config(),
                             storage::CovariateStore(workspace->database(), workspace->tenant()));
    if (!notes.isEmpty())
        return fail(QCoreApplication::translate(
                        "cli", "cannot forecast %1: %2 (import a weather forecast for those days)")
                        .arg(name, notes.join(QStringLiteral("; "))));
    forecast::Forecast f;
    try {
        f = model->predict(frame);
    } catch (const std::exception& e) {
        return fail(QCoreApplication::translate("cli", "cannot forecast %1: %2")
                        .arg(name, QString::fromUtf8(e.what())));
    }
    if (parser.isSet(output) && !writeCsv(parser.value(output), f, &error))
        return fail(error);

    const auto at = [](const std::vector<double>& v, std::size_t i) {
        return i < v.size() ? v[i] : std::nan("");
    };
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (std::size_t i = 0; i < f.size(); ++i)
            rows.append(
                QJsonObject{{QStringLiteral("date"), isoDay(product->lastDay + int(i) + 1)},
                            {QStringLiteral("yhat"), jsonNumber(at(f.yhat, i))},
                            {QStringLiteral("yhat_lower"), jsonNumber(at(f.yhatLower, i))},
                            {QStringLiteral("yhat_upper"), jsonNumber(at(f.yhatUpper, i))}});
        printJson({{QStringLiteral("product"), name},
                   {QStringLiteral("model_id"), deployed->id},
                   {QStringLiteral("model_version"), deployed->version},
                   {QStringLiteral("trained_until"), jsonText(deployed->trainingEnd)},
                   {QStringLiteral("last_sale"), isoDay(product->lastDay)},
                   {QStringLiteral("days"), n},
                   {QStringLiteral("forecast"), rows}});
        return kOk;
    }
    QTextStream out(stdout);
    out << QCoreApplication::translate("cli",
                                       "%1, version %2 (model %3), after the last sale on %4:")
               .arg(name, deployed->version)
               .arg(deployed->id)
               .arg(isoDay(product->lastDay))
        << '\n';
    QList<QStringList> rows;
    for (std::size_t i = 0; i < f.size(); ++i)
        rows << QStringList{isoDay(product->lastDay + int(i) + 1), number(at(f.yhat, i)),
                            number(at(f.yhatLower, i)), number(at(f.yhatUpper, i))};
    printTable(
        out,
        {QCoreApplication::translate("cli", "date"), QCoreApplication::translate("cli", "forecast"),
         QCoreApplication::translate("cli", "lower"), QCoreApplication::translate("cli", "upper")},
        rows, {1, 2, 3});
    return kOk;
}

} // namespace bakery::app
