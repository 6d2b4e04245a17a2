#include "training/VersionComparison.h"

#include "calendar/EpochDay.h"
#include "data/Covariates.h"
#include "forecast/ForecastModel.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <cmath>
#include <exception>

namespace bakery::training {

namespace {

// The sentences' translation context is "VersionComparison".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(VersionComparison)
};

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue(QJsonValue::Null);
}

QJsonArray numbers(const std::vector<double>& values)
{
    QJsonArray out;
    for (double v : values)
        out.append(number(v));
    return out;
}

QString iso(int day)
{
    return calendar::fromEpochDay(day).toString(Qt::ISODate);
}

QString describe(const storage::ModelVersion& v)
{
    return Text::tr("version %1 (id %2)").arg(v.version).arg(v.id);
}

enum class Goal { Lower, Higher, NearWidth };

// Equal up to rounding noise: two fits of the same data can differ in the last bits.
bool same(double x, double y)
{
    return std::abs(x - y) <= 1e-9 * std::max({1.0, std::abs(x), std::abs(y)});
}

QJsonObject metricRow(const QString& name, double a, double b, Goal goal, double widthA,
                      double widthB)
{
    QString better = QStringLiteral("tie");
    // Turned into scores where lower is better.
    double sa = a, sb = b;
    if (goal == Goal::Higher)
        sa = -a, sb = -b;
    else if (goal == Goal::NearWidth)
        sa = std::abs(a - widthA), sb = std::abs(b - widthB);
    if (std::isfinite(sa) && std::isfinite(sb) && !same(sa, sb))
        better = sa < sb ? QStringLiteral("a") : QStringLiteral("b");
    const double difference = std::isfinite(a) && std::isfinite(b) ? b - a : std::nan("");
    return {{QStringLiteral("metric"), name},
            {QStringLiteral("a"), number(a)},
            {QStringLiteral("b"), number(b)},
            {QStringLiteral("difference"), number(difference)},
            {QStringLiteral("better"), better}};
}

QJsonArray metricRows(const VersionSide& a, const VersionSide& b)
{
    const evaluation::Metrics& x = a.onWindow;
    const evaluation::Metrics& y = b.onWindow;
    const double wa = a.intervalWidth, wb = b.intervalWidth;
    return {metricRow(QStringLiteral("mae"), x.mae, y.mae, Goal::Lower, wa, wb),
            metricRow(QStringLiteral("rmse"), x.rmse, y.rmse, Goal::Lower, wa, wb),
            metricRow(QStringLiteral("wape"), x.wape, y.wape, Goal::Lower, wa, wb),
            metricRow(QStringLiteral("mape"), x.mape, y.mape, Goal::Lower, wa, wb),
            metricRow(QStringLiteral("r2"), x.r2, y.r2, Goal::Higher, wa, wb),
            metricRow(QStringLiteral("accuracy"), x.accuracy, y.accuracy, Goal::Higher, wa, wb),
            metricRow(QStringLiteral("coverage"), x.coverage, y.coverage, Goal::NearWidth, wa, wb)};
}

QJsonArray settingDifferences(const QJsonObject& a, const QJsonObject& b)
{
    QStringList keys = a.keys() + b.keys();
    keys.sort();
    keys.removeDuplicates();
    QJsonArray out;
    for (const QString& key : keys) {
        // A key only one side has is a difference too (value null on the other).
        const QJsonValue va = a.value(key), vb = b.value(key);
        if (va != vb)
            out.append(QJsonObject{{QStringLiteral("key"), key},
                                   {QStringLiteral("a"), va.isUndefined() ? QJsonValue() : va},
                                   {QStringLiteral("b"), vb.isUndefined() ? QJsonValue() : vb}});
    }
    return out;
}

// Unknown training dates count as in-sample: we cannot claim a fair test.
bool overlaps(const storage::ModelVersion& v, int first, int last)
{
    const QDate start = QDate::fromString(v.trainingStart, Qt::ISODate);
    const QDate end = QDate::fromString(v.trainingEnd, Qt::ISODate);
    if (!start.isValid() || !end.isValid())
        return true;
    return calendar::toEpochDay(start) <= last && calendar::toEpochDay(end) >= first;
}

bool predictSide(const storage::LoadedModel& loaded, const std::vector<int>& days,
                 const std::vector<double>& actual, const storage::WeatherSeries& weather,
                 VersionSide* side, QString* error)
{
    side->version = loaded.version;
    QString parseError;
    const std::unique_ptr<forecast::ForecastModel> model =
        forecast::ForecastModel::fromJson(loaded.contents.modelJson, &parseError);
    if (!model) {
        *error =
            Text::tr("Cannot read the model of %1: %2").arg(describe(loaded.version), parseError);
        return false;
    }
    side->intervalWidth = model->config().intervalWidth;
    forecast::SeriesFrame frame;
    frame.ds.assign(days.begin(), days.end());
    const QStringList notes = data::fillRegressors(frame, model->config(), weather);
    if (!notes.isEmpty()) {
        *error = Text::tr("%1 cannot predict %2..%3: %4")
                     .arg(describe(loaded.version), iso(days.front()), iso(days.back()),
                          notes.join(QStringLiteral("; ")));
        return false;
    }
    forecast::Forecast f;
    try {
        f = model->predict(frame);
    } catch (const std::exception& e) {
        *error = Text::tr("%1 cannot predict %2..%3: %4")
                     .arg(describe(loaded.version), iso(days.front()), iso(days.back()),
                          QString::fromStdString(e.what()));
        return false;
    }
    side->yhat = f.yhat;
    // Without interval samples the bounds are empty: keep one (NaN) entry per day.
    side->lower =
        f.yhatLower.empty() ? std::vector<double>(days.size(), std::nan("")) : f.yhatLower;
    side->upper =
        f.yhatUpper.empty() ? std::vector<double>(days.size(), std::nan("")) : f.yhatUpper;
    side->onWindow = evaluation::computeMetrics(actual, side->yhat, side->lower, side->upper);
    side->inSample = overlaps(loaded.version, days.front(), days.back());
    return true;
}

QJsonObject sideJson(const VersionSide& s)
{
    const storage::ModelVersion& v = s.version;
    return {{QStringLiteral("model_id"), v.id},
            {QStringLiteral("version"), v.version},
            {QStringLiteral("deployed"), v.production},
            {QStringLiteral("in_sample"), s.inSample},
            {QStringLiteral("interval_width"), number(s.intervalWidth)},
            {QStringLiteral("training_start"), v.trainingStart},
            {QStringLiteral("training_end"), v.trainingEnd},
            {QStringLiteral("created_at"), v.createdAt},
            {QStringLiteral("hyperparameters"), v.hyperparameters},
            {QStringLiteral("metrics"), evaluation::toJson(s.onWindow)},
            {QStringLiteral("yhat"), numbers(s.yhat)},
            {QStringLiteral("yhat_lower"), numbers(s.lower)},
            {QStringLiteral("yhat_upper"), numbers(s.upper)}};
}

} // namespace

VersionComparison compareVersions(const storage::ModelRegistry& registry,
                                  const storage::SalesStore& sales,
                                  const storage::CovariateStore& covariates, qint64 idA, qint64 idB,
                                  int windowDays)
{
    VersionComparison c;
    if (windowDays < 1) {
        c.error =
            Text::tr("The comparison window must be at least one day (got %1)").arg(windowDays);
        return c;
    }
    // The product check first, so a refused comparison records no artifact loads.
    const std::optional<storage::ModelVersion> va = registry.version(idA);
    const std::optional<storage::ModelVersion> vb = registry.version(idB);
    if (va && vb && va->productId != vb->productId) {
        c.error = Text::tr("%1 is a model of %2 and %3 one of %4: only versions of the same "
                           "product can be compared")
                      .arg(describe(*va), va->productName, describe(*vb), vb->productName);
        return c;
    }
    QString error;
    const std::optional<storage::LoadedModel> a = registry.load(idA, &error);
    if (!a) {
        c.error = error;
        return c;
    }
    const std::optional<storage::LoadedModel> b = registry.load(idB, &error);
    if (!b) {
        c.error = error;
        return c;
    }

    const std::vector<storage::DailyValue> stored = sales.sales(a->version.productName);
    if (stored.empty()) {
        c.error = Text::tr("%1 has no stored sales to compare the versions on")
                      .arg(a->version.productName);
        return c;
    }
    const std::size_t n =
        std::min<std::size_t>(stored.size(), static_cast<std::size_t>(windowDays));
    for (auto it = stored.end() - static_cast<std::ptrdiff_t>(n); it != stored.end(); ++it) {
        c.days.push_back(it->day);
        c.actual.push_back(it->outlier ? std::nan("") : it->value);
    }

    const storage::WeatherSeries weather = covariates.weather();
    if (!predictSide(*a, c.days, c.actual, weather, &c.a, &c.error) ||
        !predictSide(*b, c.days, c.actual, weather, &c.b, &c.error))
        return c;
    c.metrics = metricRows(c.a, c.b);
    c.settingDifferences =
        settingDifferences(c.a.version.hyperparameters, c.b.version.hyperparameters);
    return c;
}

QJsonObject toJson(const VersionComparison& c)
{
    if (!c.ok())
        return {{QStringLiteral("error"), c.error}};
    QJsonArray days;
    for (int d : c.days)
        days.append(iso(d));
    const QJsonObject window{{QStringLiteral("start"), iso(c.days.front())},
                             {QStringLiteral("end"), iso(c.days.back())},
                             {QStringLiteral("days"), days}};
    return {{QStringLiteral("product"), c.a.version.productName},
            {QStringLiteral("window"), window},
            {QStringLiteral("actual"), numbers(c.actual)},
            {QStringLiteral("a"), sideJson(c.a)},
            {QStringLiteral("b"), sideJson(c.b)},
            {QStringLiteral("metrics"), c.metrics},
            {QStringLiteral("setting_differences"), c.settingDifferences}};
}

} // namespace bakery::training
