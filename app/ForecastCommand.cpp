#include "ForecastCommand.h"
#include "calendar/EpochDay.h"

#include "calendar/EventTableReader.h"
#include "calendar/HolidayCalendar.h"
#include "data/SeriesCsvReader.h"
#include "evaluation/HoldoutRun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTextStream>

#include <cmath>

namespace bakery::app {
namespace {

int fail(const QString& message, int code = 2)
{
    QTextStream(stderr) << "bakery-trainer-cli: " << message << '\n';
    return code;
}

QJsonArray array(const std::vector<double>& v)
{
    QJsonArray a;
    for (double x : v)
        a.append(x);
    return a;
}

QString isoDay(double ds)
{
    return calendar::fromEpochDay(static_cast<int>(std::floor(ds))).toString(Qt::ISODate);
}

bool writeCsv(const QString& path, const forecast::SeriesFrame& series, const forecast::Forecast& f,
              QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        *error = QStringLiteral("%1: cannot write (%2)").arg(path, file.errorString());
        return false;
    }
    QTextStream out(&file);
    out << "ds,y,yhat,yhat_lower,yhat_upper,trend";
    for (const auto& [name, values] : f.components)
        out << ',' << QString(name).replace(QLatin1Char(','), QLatin1Char(' '));
    out << '\n';
    const auto num = [](double v) {
        return std::isfinite(v) ? QString::number(v, 'g', 15) : QString();
    };
    for (std::size_t i = 0; i < f.size(); ++i) {
        out << isoDay(f.ds[i]) << ',' << (i < series.size() ? num(series.y[i]) : QString()) << ','
            << num(f.yhat[i]) << ',' << (f.yhatLower.empty() ? QString() : num(f.yhatLower[i]))
            << ',' << (f.yhatUpper.empty() ? QString() : num(f.yhatUpper[i])) << ','
            << num(f.trend[i]);
        for (const auto& [name, values] : f.components)
            out << ',' << num(values[i]);
        out << '\n';
    }
    return true;
}

} // namespace

int runForecastCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Fit the forecasting model on a ds,y series, holding out the last days, "
               "and report accuracy on them. (A stored product's forecast from its deployed "
               "model: 'forecast PRODUCT --days N', see 'forecast PRODUCT --help'.)"));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("forecast"),
                                 QCoreApplication::translate("cli", "The command."));
    const QCommandLineOption input(
        QStringLiteral("input"), QCoreApplication::translate("cli", "Series file (CSV with ds,y)."),
        QStringLiteral("SERIES.csv"));
    const QCommandLineOption holdout(
        QStringLiteral("holdout"),
        QCoreApplication::translate("cli", "Days held out for scoring (default 28)."),
        QStringLiteral("DAYS"), QStringLiteral("28"));
    const QCommandLineOption days(
        QStringLiteral("days"),
        QCoreApplication::translate("cli", "Future days to forecast (default 0)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption width(
        QStringLiteral("interval-width"),
        QCoreApplication::translate("cli", "Uncertainty interval width (default 0.95)."),
        QStringLiteral("W"), QStringLiteral("0.95"));
    const QCommandLineOption holidays(
        QStringLiteral("holidays"),
        QCoreApplication::translate("cli", "National holidays: ES or none (default ES)."),
        QStringLiteral("ES|none"), QStringLiteral("ES"));
    const QCommandLineOption events(
        QStringLiteral("events"),
        QCoreApplication::translate(
            "cli", "Holiday/event table: ds,holiday[,lower_window,upper_window,prior_scale]."),
        QStringLiteral("EVENTS.csv"));
    const QCommandLineOption output(
        QStringLiteral("output"),
        QCoreApplication::translate("cli", "Write the forecast of every row to this CSV."),
        QStringLiteral("FORECAST.csv"));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QCoreApplication::translate("cli", "Print one JSON object."));
    parser.addOptions({input, holdout, days, width, holidays, events, output, json});
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.isSet(input))
        return fail(QStringLiteral("--input SERIES.csv is required"));

    bool okHoldout = false, okDays = false, okWidth = false;
    evaluation::HoldoutOptions options;
    options.holdoutDays = parser.value(holdout).toInt(&okHoldout);
    options.futureDays = parser.value(days).toInt(&okDays);
    forecast::ModelConfig config;
    config.intervalWidth = parser.value(width).toDouble(&okWidth);
    if (!okHoldout || options.holdoutDays < 0)
        return fail(QStringLiteral("--holdout: expected a whole number of days >= 0, found \"%1\"")
                        .arg(parser.value(holdout)));
    if (!okDays || options.futureDays < 0)
        return fail(QStringLiteral("--days: expected a whole number >= 0, found \"%1\"")
                        .arg(parser.value(days)));
    if (!okWidth || !(config.intervalWidth > 0.0 && config.intervalWidth < 1.0))
        return fail(
            QStringLiteral("--interval-width: expected a number between 0 and 1, found \"%1\"")
                .arg(parser.value(width)));
    const QString country = parser.value(holidays);
    if (country.compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
        if (!calendar::HolidayCalendar::supportedCountries().contains(country.toUpper()))
            return fail(
                QStringLiteral("--holidays: expected ES or none, found \"%1\"").arg(country));
        config.countryHolidays = country.toUpper();
    }
    if (parser.isSet(events)) {
        const calendar::EventTableResult table =
            calendar::EventTableReader::readFile(parser.value(events));
        if (!table.ok())
            return fail(table.error);
        config.holidays = table.table;
    }
    const data::SeriesCsvResult series = data::SeriesCsvReader::readFile(parser.value(input));
    if (!series.ok())
        return fail(series.error);
    for (auto it = series.frame.regressors.cbegin(); it != series.frame.regressors.cend(); ++it) {
        forecast::RegressorSpec regressor;
        regressor.name = it.key();
        config.regressors.push_back(regressor);
    }

    const evaluation::HoldoutRunResult run = evaluation::runHoldout(config, series.frame, options);
    if (!run.ok())
        return fail(run.error, run.badInput ? 2 : 1);
    QString error;
    if (parser.isSet(output) && !writeCsv(parser.value(output), run.series, run.forecast, &error))
        return fail(error);

    const forecast::ModelParameters& p = run.model.parameters();
    QJsonObject metrics = evaluation::toJson(run.holdout);
    const QJsonObject result{
        {QStringLiteral("rows"), static_cast<qint64>(run.rows)},
        {QStringLiteral("train_rows"), static_cast<qint64>(run.trainRows)},
        {QStringLiteral("holdout"), static_cast<qint64>(run.testRows)},
        {QStringLiteral("future_days"), options.futureDays},
        {QStringLiteral("fit_ms"), run.fitMs},
        {QStringLiteral("predict_ms"), run.predictMs},
        {QStringLiteral("holdout_metrics"), metrics},
        {QStringLiteral("solver"), run.fit.solver == forecast::FitResult::Solver::Lbfgs
                                       ? QStringLiteral("lbfgs")
                                   : run.fit.solver == forecast::FitResult::Solver::ShortCircuit
                                       ? QStringLiteral("short_circuit")
                                       : QStringLiteral("exact_lasso")},
        {QStringLiteral("objective"), run.fit.objective},
        {QStringLiteral("features"), QJsonArray::fromStringList(run.model.featureNames())},
        {QStringLiteral("params"), QJsonObject{{QStringLiteral("k"), p.k},
                                               {QStringLiteral("m"), p.m},
                                               {QStringLiteral("sigma_obs"), p.sigmaObs},
                                               {QStringLiteral("delta"), array(p.delta)},
                                               {QStringLiteral("beta"), array(p.beta)}}}};
    QTextStream out(stdout);
    if (parser.isSet(json)) {
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    const QLocale locale; // the user's decimal comma or point, for people; JSON stays C
    const auto fmt = [&locale](double v) {
        return std::isfinite(v) ? locale.toString(v, 'f', 3)
                                : QCoreApplication::translate("cli", "n/a");
    };
    out << QCoreApplication::translate("cli", "Rows: %1 (trained on %2, held out %3)\n")
               .arg(run.rows)
               .arg(run.trainRows)
               .arg(run.testRows)
        << QCoreApplication::translate("cli", "Fit: %1 ms, predict: %2 ms\n")
               .arg(fmt(run.fitMs), fmt(run.predictMs));
    if (run.testRows > 0)
        out << QCoreApplication::translate(
                   "cli", "Holdout: MAE %1, RMSE %2, MAPE %3 % (%4 zero days skipped), "
                          "WAPE %5 %, accuracy %6 %, coverage %7\n")
                   .arg(fmt(run.holdout.mae), fmt(run.holdout.rmse), fmt(run.holdout.mape))
                   .arg(run.holdout.mapeSkipped)
                   .arg(fmt(run.holdout.wape), fmt(run.holdout.accuracy),
                        fmt(run.holdout.coverage));
    return 0;
}

} // namespace bakery::app
