#include "training/TrainingPipeline.h"

#include "calendar/EpochDay.h"
#include "data/Covariates.h"
#include "data/Readiness.h"
#include "evaluation/Backtest.h"
#include "forecast/ForecastModel.h"
#include "training/DeployPolicy.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <numeric>

namespace bakery::training {

namespace {

// The sentences' translation context is "TrainingPipeline".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TrainingPipeline)
};

QString iso(int day)
{
    return calendar::fromEpochDay(day).toString(Qt::ISODate);
}

QString modeName(forecast::Mode m)
{
    return m == forecast::Mode::Additive ? QStringLiteral("additive")
                                         : QStringLiteral("multiplicative");
}

QString toggleName(const forecast::SeasonalityToggle& t)
{
    using S = forecast::SeasonalityToggle::State;
    return t.state == S::Auto ? QStringLiteral("auto")
           : t.state == S::On ? QStringLiteral("true")
                              : QStringLiteral("false");
}

// Times each step and records it as a log line; asks the caller whether to go on.
class StepClock
{
public:
    StepClock(ProductResult& r, const StepCallback& cb)
        : m_result(r)
        , m_callback(cb)
    {
    }
    bool begin(const QString& step)
    {
        close(QStringLiteral("ok"), {});
        if (m_callback && !m_callback(step))
            return false;
        m_step = step;
        m_start = QDateTime::currentDateTimeUtc();
        m_timer.start();
        return true;
    }
    void close(const QString& status, const QString& message, const QJsonObject& results = {})
    {
        if (m_step.isEmpty())
            return;
        storage::StepLog l;
        l.productId = m_result.productId;
        l.productName = m_result.name;
        l.step = m_step;
        l.status = status;
        l.message = message;
        l.startTime = m_start.toString(Qt::ISODateWithMs);
        l.endTime = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        l.durationMs = static_cast<double>(m_timer.nsecsElapsed()) / 1e6;
        l.results = results;
        m_result.steps.push_back(l);
        m_step.clear();
    }

private:
    ProductResult& m_result;
    const StepCallback& m_callback;
    QString m_step;
    QDateTime m_start;
    QElapsedTimer m_timer;
};

ProductResult failed(ProductResult r, StepClock& clock, const QString& type, const QString& message,
                     const QString& action)
{
    r.status = storage::job::kFailed;
    r.errorType = type;
    r.errorMessage = message;
    r.recommendedAction = action;
    clock.close(QStringLiteral("failed"), message);
    return r;
}

} // namespace

QJsonObject optionsJson(const TrainingOptions& o)
{
    const forecast::ModelConfig& c = o.config;
    return {{QStringLiteral("changepoint_prior_scale"), c.changepointPriorScale},
            {QStringLiteral("seasonality_prior_scale"), c.seasonalityPriorScale},
            {QStringLiteral("holidays_prior_scale"), c.holidaysPriorScale},
            {QStringLiteral("seasonality_mode"), modeName(c.seasonalityMode)},
            {QStringLiteral("yearly_seasonality"), toggleName(c.yearly)},
            {QStringLiteral("weekly_seasonality"), toggleName(c.weekly)},
            {QStringLiteral("daily_seasonality"), toggleName(c.daily)},
            {QStringLiteral("interval_width"), c.intervalWidth},
            {QStringLiteral("uncertainty_samples"), c.uncertaintySamples},
            {QStringLiteral("country_holidays"), c.countryHolidays},
            {QStringLiteral("holdout_days"), o.holdoutDays},
            {QStringLiteral("min_training_days"), o.minTrainingDays}};
}

TrainingOptions optionsFromJson(const QJsonObject& json, const TrainingOptions& defaults)
{
    TrainingOptions o = defaults;
    forecast::ModelConfig& c = o.config;
    const auto number = [&](const char* key, double fallback) {
        const QJsonValue v = json.value(QLatin1String(key));
        return v.isDouble() ? v.toDouble() : fallback;
    };
    const auto toggle = [&](const char* key, const forecast::SeasonalityToggle& fallback) {
        const QString v = json.value(QLatin1String(key)).toString();
        return v == QLatin1String("auto")    ? forecast::SeasonalityToggle::automatic()
               : v == QLatin1String("true")  ? forecast::SeasonalityToggle::on()
               : v == QLatin1String("false") ? forecast::SeasonalityToggle::off()
                                             : fallback;
    };
    c.changepointPriorScale = number("changepoint_prior_scale", c.changepointPriorScale);
    c.seasonalityPriorScale = number("seasonality_prior_scale", c.seasonalityPriorScale);
    c.holidaysPriorScale = number("holidays_prior_scale", c.holidaysPriorScale);
    const QString mode = json.value(QLatin1String("seasonality_mode")).toString();
    if (mode == QLatin1String("additive"))
        c.seasonalityMode = forecast::Mode::Additive;
    else if (mode == QLatin1String("multiplicative"))
        c.seasonalityMode = forecast::Mode::Multiplicative;
    c.yearly = toggle("yearly_seasonality", c.yearly);
    c.weekly = toggle("weekly_seasonality", c.weekly);
    c.daily = toggle("daily_seasonality", c.daily);
    c.intervalWidth = number("interval_width", c.intervalWidth);
    c.uncertaintySamples = static_cast<int>(number("uncertainty_samples", c.uncertaintySamples));
    if (json.value(QLatin1String("country_holidays")).isString())
        c.countryHolidays = json.value(QLatin1String("country_holidays")).toString();
    o.holdoutDays = static_cast<int>(number("holdout_days", o.holdoutDays));
    o.minTrainingDays = static_cast<int>(number("min_training_days", o.minTrainingDays));
    return o;
}

QString dataFingerprint(const ProductInput& input, const TrainingOptions& options)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const storage::DailyValue& d : input.sales) {
        h.addData(QByteArrayView(reinterpret_cast<const char*>(&d.day), sizeof d.day));
        h.addData(QByteArrayView(reinterpret_cast<const char*>(&d.value), sizeof d.value));
        h.addData(QByteArrayView(d.outlier ? "o" : "-", 1));
    }
    h.addData(QJsonDocument(optionsJson(options)).toJson(QJsonDocument::Compact));
    if (input.weather) {
        for (const auto& [name, values] : *input.weather) {
            h.addData(name.toUtf8());
            for (const auto& [day, value] : values) {
                h.addData(QByteArrayView(reinterpret_cast<const char*>(&day), sizeof day));
                h.addData(QByteArrayView(reinterpret_cast<const char*>(&value), sizeof value));
            }
        }
    }
    if (input.events) {
        for (const calendar::HolidayEvent& e : *input.events)
            h.addData(QStringLiteral("%1|%2|%3|%4|%5")
                          .arg(e.day)
                          .arg(e.name)
                          .arg(e.lowerWindow)
                          .arg(e.upperWindow)
                          .arg(e.priorScale)
                          .toUtf8());
    }
    return QString::fromLatin1(h.result().toHex());
}

ProductResult trainProduct(const ProductInput& input, const TrainingOptions& options,
                           const StepCallback& onStep)
{
    QElapsedTimer total;
    total.start();
    ProductResult r;
    r.productId = input.productId;
    r.name = input.name;
    r.hyperparameters = optionsJson(options);
    r.dataFingerprint = dataFingerprint(input, options);
    StepClock clock(r, onStep);
    const auto cancelled = [&]() {
        r.status = storage::job::kCancelled;
        return r;
    };

    if (!clock.begin(QStringLiteral("readiness")))
        return cancelled();
    const data::Readiness ready = data::assessReadiness(input.sales, options.minTrainingDays);
    if (!ready.ready)
        return failed(r, clock, QStringLiteral("insufficient_data"), ready.message,
                      Text::tr("Import at least %1 days of sales for %2, then train again.")
                          .arg(options.minTrainingDays)
                          .arg(input.name));

    // Outliers flagged at import are left out of the fit (NaN), as Prophet advises.
    if (!clock.begin(QStringLiteral("outliers")))
        return cancelled();
    forecast::SeriesFrame series;
    for (const storage::DailyValue& d : input.sales) {
        series.ds.push_back(d.day);
        series.y.push_back(d.outlier ? std::nan("") : d.value);
        r.outliersRemoved += d.outlier;
    }
    forecast::ModelConfig config = options.config;
    if (input.weather || input.events)
        r.notes = data::addCovariates(series, config,
                                      input.weather ? *input.weather : storage::WeatherSeries{},
                                      input.events ? *input.events : calendar::HolidayTable{});
    clock.close(QStringLiteral("ok"), {},
                {{QStringLiteral("outliers_removed"), r.outliersRemoved},
                 {QStringLiteral("notes"), QJsonArray::fromStringList(r.notes)}});

    if (!clock.begin(QStringLiteral("holdout_fit")))
        return cancelled();
    const evaluation::HoldoutSplit split = evaluation::holdoutSplit(series.ds, options.holdoutDays);
    std::vector<std::size_t> trainIdx(split.trainRows), testIdx(split.testRows);
    std::iota(trainIdx.begin(), trainIdx.end(), 0);
    std::iota(testIdx.begin(), testIdx.end(), split.trainRows);
    const forecast::SeriesFrame train = forecast::selectRows(series, trainIdx);
    forecast::SeriesFrame test = forecast::selectRows(series, testIdx);
    if (split.testRows == 0 || split.trainRows < 2)
        return failed(r, clock, QStringLiteral("insufficient_data"),
                      Text::tr("Holding out %1 days leaves too little history to evaluate.")
                          .arg(options.holdoutDays),
                      Text::tr("Import more sales history for %1.").arg(input.name));
    forecast::ForecastModel candidate(config);
    const forecast::FitResult fit = candidate.fit(train);
    if (!fit.ok)
        return failed(r, clock, QStringLiteral("fit_failed"), fit.message,
                      Text::tr("Check %1's sales for unusual values, or change the model "
                               "settings, then retry.")
                          .arg(input.name));

    if (!clock.begin(QStringLiteral("evaluate")))
        return cancelled();
    forecast::SeriesFrame testInput = test;
    testInput.y.clear();
    const forecast::Forecast f = candidate.predict(testInput);
    r.holdout = evaluation::computeMetrics(test.y, f.yhat, f.yhatLower, f.yhatUpper);
    r.windowStart = static_cast<int>(test.ds.front());
    r.windowEnd = static_cast<int>(test.ds.back());
    for (std::size_t i = 0; i < test.size(); ++i) {
        r.holdoutRows.days.push_back(static_cast<int>(test.ds[i]));
        r.holdoutRows.actual.push_back(test.y[i]);
        r.holdoutRows.yhat.push_back(f.yhat[i]);
        r.holdoutRows.lower.push_back(f.yhatLower.empty() ? std::nan("") : f.yhatLower[i]);
        r.holdoutRows.upper.push_back(f.yhatUpper.empty() ? std::nan("") : f.yhatUpper[i]);
    }
    clock.close(QStringLiteral("ok"), {}, evaluation::toJson(r.holdout));

    if (options.autoDeploy) {
        if (!clock.begin(QStringLiteral("compare")))
            return cancelled();
        QElapsedTimer decision;
        decision.start();
        const DeployDecision d = decideDeploy(input, r.holdout, train, test);
        r.deployDecisionMs = static_cast<double>(decision.nsecsElapsed()) / 1e6;
        r.comparedModelId = input.deployed ? input.deployed->modelId : 0;
        r.deploy = d.deploy;
        r.deployReason = d.reason;
        r.deployedOnWindow = d.deployedOnWindow;
        clock.close(QStringLiteral("ok"), d.reason);
    }

    if (!clock.begin(QStringLiteral("final_fit")))
        return cancelled();
    forecast::ForecastModel final(config);
    const forecast::FitResult finalFit = final.fit(series);
    if (!finalFit.ok)
        return failed(r, clock, QStringLiteral("fit_failed"), finalFit.message,
                      Text::tr("Check %1's sales for unusual values, then retry.").arg(input.name));
    r.trainingSamples = static_cast<int>(series.size());
    r.trainingStart = static_cast<int>(series.ds.front());
    r.trainingEnd = static_cast<int>(series.ds.back());
    r.features = final.featureNames();

    if (!clock.begin(QStringLiteral("serialise")))
        return cancelled();
    r.modelJson = final.toJson();
    clock.close(QStringLiteral("ok"), {},
                {{QStringLiteral("bytes"), static_cast<qint64>(r.modelJson.size())},
                 {QStringLiteral("window"),
                  QStringLiteral("%1..%2").arg(iso(r.windowStart), iso(r.windowEnd))}});
    r.status = storage::job::kCompleted;
    r.computeMs = static_cast<double>(total.nsecsElapsed()) / 1e6;
    return r;
}

} // namespace bakery::training
