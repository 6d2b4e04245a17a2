#include "forecast/ModelJson.h"
#include "calendar/EpochDay.h"

#include "calendar/HolidayCalendar.h"
#include "forecast/FittedState.h"
#include "forecast/Random.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace bakery::forecast {
namespace {

// The sentences' translation context is "ModelJson".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ModelJson)
};

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}
double numberOr(const QJsonValue& v, double fallback = NAN)
{
    return v.isDouble() ? v.toDouble() : fallback;
}

QJsonArray array(const std::vector<double>& v)
{
    QJsonArray a;
    for (double x : v)
        a.append(number(x));
    return a;
}
std::vector<double> doubles(const QJsonValue& v)
{
    std::vector<double> out;
    for (const QJsonValue& x : v.toArray())
        out.push_back(numberOr(x));
    return out;
}

QString modeName(Mode m)
{
    return m == Mode::Additive ? QStringLiteral("additive") : QStringLiteral("multiplicative");
}
Mode modeFrom(const QJsonValue& v)
{
    return v.toString() == QLatin1String("multiplicative") ? Mode::Multiplicative : Mode::Additive;
}
QJsonValue optionalMode(const std::optional<Mode>& m)
{
    return m ? QJsonValue(modeName(*m)) : QJsonValue();
}
std::optional<Mode> optionalModeFrom(const QJsonValue& v)
{
    return v.isString() ? std::optional(modeFrom(v)) : std::nullopt;
}

const char* const kGrowth[] = {"linear", "flat", "logistic"};
const char* const kToggle[] = {"auto", "on", "off"};
const char* const kStandardize[] = {"auto", "yes", "no"};
const char* const kKind[] = {"seasonality", "holiday", "regressor", "zeros"};
const char* const kSolver[] = {"short_circuit", "exact_lasso", "lbfgs"};

// The index of a named value; an unknown name means a damaged or newer document.
template <std::size_t N> int indexOf(const char* const (&names)[N], const QJsonValue& v)
{
    for (std::size_t i = 0; i < N; ++i)
        if (v.toString() == QLatin1String(names[i]))
            return static_cast<int>(i);
    throw std::invalid_argument("unknown value \"" + v.toString().toStdString() + "\"");
}

// Every column must point at a term that exists, or predict() would read past it.
QString checkLayout(const FittedState& st)
{
    const FeatureLayout& l = st.layout;
    for (const SeasonalityTerm& s : l.seasonalities)
        if (!(s.period > 0) || s.order <= 0 || !(s.priorScale > 0))
            return QStringLiteral("seasonality '%1' has an invalid period, order or prior")
                .arg(s.name);
    for (const FeatureColumn& c : l.columns) {
        bool valid = c.priorScale > 0;
        if (c.kind == FeatureColumn::Kind::Seasonality) {
            const auto it =
                std::find_if(l.seasonalities.begin(), l.seasonalities.end(),
                             [&](const SeasonalityTerm& s) { return s.name == c.component; });
            valid =
                valid && it != l.seasonalities.end() && c.index >= 1 && c.index <= 2 * it->order;
        } else if (c.kind == FeatureColumn::Kind::Holiday) {
            valid = valid && l.holidayNames.contains(c.component);
        } else if (c.kind == FeatureColumn::Kind::Regressor) {
            valid = valid && c.index >= 0 && c.index < static_cast<int>(l.regressors.size()) &&
                    l.regressors[static_cast<std::size_t>(c.index)].name == c.component &&
                    l.regressors[static_cast<std::size_t>(c.index)].sd > 0;
        }
        if (!valid)
            return QStringLiteral("feature column '%1' does not match the model's terms")
                .arg(c.name);
    }
    // Each seasonality's columns must be complete and in order for the Fourier block.
    for (const SeasonalityTerm& s : l.seasonalities) {
        auto first = std::find_if(l.columns.begin(), l.columns.end(), [&](const FeatureColumn& c) {
            return c.kind == FeatureColumn::Kind::Seasonality && c.component == s.name;
        });
        for (int n = 1; n <= 2 * s.order; ++n, ++first)
            if (first == l.columns.end() || first->component != s.name || first->index != n)
                return QStringLiteral("seasonality '%1' lacks some of its columns").arg(s.name);
    }
    if (st.params.beta.size() != l.columns.size() ||
        st.params.delta.size() != st.changepointsT.size() || st.historyDays.empty() ||
        !(st.tScale > 0) || !(st.yScale > 0) || st.changepointsT.empty())
        return QStringLiteral("inconsistent model document");
    return {};
}

QJsonObject toggleJson(const SeasonalityToggle& t)
{
    return {{QStringLiteral("state"), QLatin1String(kToggle[static_cast<int>(t.state)])},
            {QStringLiteral("order"), t.order}};
}
SeasonalityToggle toggleFrom(const QJsonValue& v)
{
    return {static_cast<SeasonalityToggle::State>(indexOf(kToggle, v[QLatin1String("state")])),
            v[QLatin1String("order")].toInt()};
}

QJsonObject configJson(const ModelConfig& c)
{
    QJsonArray seasonalities, regressors, holidays;
    for (const SeasonalitySpec& s : c.seasonalities)
        seasonalities.append(QJsonObject{{QStringLiteral("name"), s.name},
                                         {QStringLiteral("period"), s.period},
                                         {QStringLiteral("fourier_order"), s.fourierOrder},
                                         {QStringLiteral("prior_scale"), number(s.priorScale)},
                                         {QStringLiteral("mode"), optionalMode(s.mode)}});
    for (const RegressorSpec& r : c.regressors)
        regressors.append(
            QJsonObject{{QStringLiteral("name"), r.name},
                        {QStringLiteral("prior_scale"), number(r.priorScale)},
                        {QStringLiteral("standardize"),
                         QLatin1String(kStandardize[static_cast<int>(r.standardize)])},
                        {QStringLiteral("mode"), optionalMode(r.mode)}});
    for (const calendar::HolidayEvent& h : c.holidays)
        holidays.append(
            QJsonObject{{QStringLiteral("holiday"), h.name},
                        {QStringLiteral("ds"), calendar::fromEpochDay(h.day).toString(Qt::ISODate)},
                        {QStringLiteral("lower_window"), h.lowerWindow},
                        {QStringLiteral("upper_window"), h.upperWindow},
                        {QStringLiteral("prior_scale"), number(h.priorScale)}});
    return {{QStringLiteral("growth"), QLatin1String(kGrowth[static_cast<int>(c.growth)])},
            {QStringLiteral("n_changepoints"), c.nChangepoints},
            {QStringLiteral("changepoint_range"), c.changepointRange},
            {QStringLiteral("changepoint_prior_scale"), c.changepointPriorScale},
            {QStringLiteral("changepoints"), array(c.changepoints)},
            {QStringLiteral("yearly_seasonality"), toggleJson(c.yearly)},
            {QStringLiteral("weekly_seasonality"), toggleJson(c.weekly)},
            {QStringLiteral("daily_seasonality"), toggleJson(c.daily)},
            {QStringLiteral("seasonality_mode"), modeName(c.seasonalityMode)},
            {QStringLiteral("seasonality_prior_scale"), c.seasonalityPriorScale},
            {QStringLiteral("seasonalities"), seasonalities},
            {QStringLiteral("holidays_mode"), optionalMode(c.holidaysMode)},
            {QStringLiteral("holidays_prior_scale"), c.holidaysPriorScale},
            {QStringLiteral("holidays"), holidays},
            {QStringLiteral("country_holidays"), c.countryHolidays},
            {QStringLiteral("holiday_rules"),
             c.countryHolidays.isEmpty()
                 ? QString()
                 : calendar::HolidayCalendar::ruleVersion(c.countryHolidays)},
            {QStringLiteral("regressors"), regressors},
            {QStringLiteral("scaling"),
             c.scaling == Scaling::AbsMax ? QStringLiteral("absmax") : QStringLiteral("minmax")},
            {QStringLiteral("interval_width"), c.intervalWidth},
            {QStringLiteral("uncertainty_samples"), c.uncertaintySamples},
            {QStringLiteral("seed"), QString::number(c.seed)},
            {QStringLiteral("rng"), QLatin1String(Random::algorithm())}};
}

void configFrom(const QJsonObject& o, ModelConfig& c)
{
    c.growth = static_cast<Growth>(indexOf(kGrowth, o[QLatin1String("growth")]));
    c.nChangepoints = o[QLatin1String("n_changepoints")].toInt();
    c.changepointRange = o[QLatin1String("changepoint_range")].toDouble();
    c.changepointPriorScale = o[QLatin1String("changepoint_prior_scale")].toDouble();
    c.changepoints = doubles(o[QLatin1String("changepoints")]);
    c.yearly = toggleFrom(o[QLatin1String("yearly_seasonality")]);
    c.weekly = toggleFrom(o[QLatin1String("weekly_seasonality")]);
    c.daily = toggleFrom(o[QLatin1String("daily_seasonality")]);
    c.seasonalityMode = modeFrom(o[QLatin1String("seasonality_mode")]);
    c.seasonalityPriorScale = o[QLatin1String("seasonality_prior_scale")].toDouble();
    for (const QJsonValue& v : o[QLatin1String("seasonalities")].toArray())
        c.seasonalities.push_back(
            {v[QLatin1String("name")].toString(), v[QLatin1String("period")].toDouble(),
             v[QLatin1String("fourier_order")].toInt(), numberOr(v[QLatin1String("prior_scale")]),
             optionalModeFrom(v[QLatin1String("mode")])});
    c.holidaysMode = optionalModeFrom(o[QLatin1String("holidays_mode")]);
    c.holidaysPriorScale = o[QLatin1String("holidays_prior_scale")].toDouble();
    for (const QJsonValue& v : o[QLatin1String("holidays")].toArray()) {
        const QDate d = QDate::fromString(v[QLatin1String("ds")].toString(), Qt::ISODate);
        c.holidays.push_back({v[QLatin1String("holiday")].toString(), calendar::toEpochDay(d),
                              v[QLatin1String("lower_window")].toInt(),
                              v[QLatin1String("upper_window")].toInt(),
                              numberOr(v[QLatin1String("prior_scale")])});
    }
    c.countryHolidays = o[QLatin1String("country_holidays")].toString();
    for (const QJsonValue& v : o[QLatin1String("regressors")].toArray())
        c.regressors.push_back(
            {v[QLatin1String("name")].toString(), numberOr(v[QLatin1String("prior_scale")]),
             static_cast<Standardize>(indexOf(kStandardize, v[QLatin1String("standardize")])),
             optionalModeFrom(v[QLatin1String("mode")])});
    c.scaling = o[QLatin1String("scaling")].toString() == QLatin1String("minmax") ? Scaling::MinMax
                                                                                  : Scaling::AbsMax;
    c.intervalWidth = o[QLatin1String("interval_width")].toDouble();
    c.uncertaintySamples = o[QLatin1String("uncertainty_samples")].toInt();
    c.seed = o[QLatin1String("seed")].toString().toULongLong();
}

QJsonObject layoutJson(const FeatureLayout& l)
{
    QJsonArray seasonalities, regressors, columns;
    for (const SeasonalityTerm& s : l.seasonalities)
        seasonalities.append(QJsonObject{{QStringLiteral("name"), s.name},
                                         {QStringLiteral("period"), s.period},
                                         {QStringLiteral("order"), s.order},
                                         {QStringLiteral("prior_scale"), s.priorScale},
                                         {QStringLiteral("mode"), modeName(s.mode)}});
    for (const RegressorTerm& r : l.regressors)
        regressors.append(QJsonObject{{QStringLiteral("name"), r.name},
                                      {QStringLiteral("mu"), r.mu},
                                      {QStringLiteral("std"), r.sd},
                                      {QStringLiteral("prior_scale"), r.priorScale},
                                      {QStringLiteral("mode"), modeName(r.mode)}});
    for (const FeatureColumn& c : l.columns)
        columns.append(
            QJsonObject{{QStringLiteral("kind"), QLatin1String(kKind[static_cast<int>(c.kind)])},
                        {QStringLiteral("name"), c.name},
                        {QStringLiteral("component"), c.component},
                        {QStringLiteral("mode"), modeName(c.mode)},
                        {QStringLiteral("prior_scale"), c.priorScale},
                        {QStringLiteral("index"), c.index}});
    return {{QStringLiteral("seasonalities"), seasonalities},
            {QStringLiteral("holiday_names"), QJsonArray::fromStringList(l.holidayNames)},
            {QStringLiteral("regressors"), regressors},
            {QStringLiteral("columns"), columns}};
}

void layoutFrom(const QJsonObject& o, FeatureLayout& l)
{
    for (const QJsonValue& v : o[QLatin1String("seasonalities")].toArray())
        l.seasonalities.push_back(
            {v[QLatin1String("name")].toString(), v[QLatin1String("period")].toDouble(),
             v[QLatin1String("order")].toInt(), v[QLatin1String("prior_scale")].toDouble(),
             modeFrom(v[QLatin1String("mode")])});
    for (const QJsonValue& v : o[QLatin1String("holiday_names")].toArray())
        l.holidayNames.append(v.toString());
    for (const QJsonValue& v : o[QLatin1String("regressors")].toArray())
        l.regressors.push_back(
            {v[QLatin1String("name")].toString(), v[QLatin1String("mu")].toDouble(),
             v[QLatin1String("std")].toDouble(), v[QLatin1String("prior_scale")].toDouble(),
             modeFrom(v[QLatin1String("mode")])});
    for (const QJsonValue& v : o[QLatin1String("columns")].toArray())
        l.columns.push_back(
            {static_cast<FeatureColumn::Kind>(indexOf(kKind, v[QLatin1String("kind")])),
             v[QLatin1String("name")].toString(), v[QLatin1String("component")].toString(),
             modeFrom(v[QLatin1String("mode")]), v[QLatin1String("prior_scale")].toDouble(),
             v[QLatin1String("index")].toInt()});
}

} // namespace

QByteArray modelToJson(const ModelConfig& config, const FittedState* st)
{
    QJsonObject root{{QStringLiteral("format"), QStringLiteral("bakery-forecast-model")},
                     {QStringLiteral("schema_version"), kModelSchemaVersion},
                     {QStringLiteral("engine_version"), QStringLiteral(BAKERY_VERSION)},
                     {QStringLiteral("config"), configJson(config)}};
    if (st) {
        const ModelParameters& p = st->params;
        root.insert(
            QStringLiteral("state"),
            QJsonObject{
                {QStringLiteral("start"), st->start},
                {QStringLiteral("t_scale"), st->tScale},
                {QStringLiteral("y_scale"), st->yScale},
                {QStringLiteral("y_min"), st->yMin},
                {QStringLiteral("logistic_floor"), st->logisticFloor},
                {QStringLiteral("changepoints_t"), array(st->changepointsT)},
                {QStringLiteral("changepoint_days"), array(st->changepointDays)},
                {QStringLiteral("n_changepoints"), st->nChangepoints},
                {QStringLiteral("train_rows"), static_cast<qint64>(st->trainRows)},
                {QStringLiteral("history_days"), array(st->historyDays)},
                {QStringLiteral("layout"), layoutJson(st->layout)},
                {QStringLiteral("params"), QJsonObject{{QStringLiteral("k"), p.k},
                                                       {QStringLiteral("m"), p.m},
                                                       {QStringLiteral("delta"), array(p.delta)},
                                                       {QStringLiteral("sigma_obs"), p.sigmaObs},
                                                       {QStringLiteral("beta"), array(p.beta)}}},
                {QStringLiteral("fit"),
                 QJsonObject{{QStringLiteral("ok"), st->fit.ok},
                             {QStringLiteral("solver"),
                              QLatin1String(kSolver[static_cast<int>(st->fit.solver)])},
                             {QStringLiteral("iterations"), st->fit.iterations},
                             {QStringLiteral("objective"), number(st->fit.objective)},
                             {QStringLiteral("message"), st->fit.message}}}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

namespace {

// Reads config and state; throws std::invalid_argument on unknown enum values.
template <typename Fail>
bool readDocument(const QJsonObject& root, ModelConfig& config, FittedState& st, Fail fail)
{
    configFrom(root[QLatin1String("config")].toObject(), config);
    if (const QString problem = config.validate(); !problem.isEmpty())
        return fail(Text::tr("damaged model document: %1").arg(problem));
    const QString rules = root[QLatin1String("config")][QLatin1String("holiday_rules")].toString();
    if (!config.countryHolidays.isEmpty() &&
        rules != calendar::HolidayCalendar::ruleVersion(config.countryHolidays))
        return fail(
            Text::tr("the model was made with other holiday rules (%1); retrain it").arg(rules));
    const QJsonObject s = root[QLatin1String("state")].toObject();
    if (s.isEmpty())
        return true; // an unfitted model
    st.start = s[QLatin1String("start")].toDouble();
    st.tScale = s[QLatin1String("t_scale")].toDouble();
    st.yScale = s[QLatin1String("y_scale")].toDouble();
    st.yMin = s[QLatin1String("y_min")].toDouble();
    st.logisticFloor = s[QLatin1String("logistic_floor")].toBool();
    st.changepointsT = doubles(s[QLatin1String("changepoints_t")]);
    st.changepointDays = doubles(s[QLatin1String("changepoint_days")]);
    st.nChangepoints = s[QLatin1String("n_changepoints")].toInt();
    st.trainRows = static_cast<std::size_t>(s[QLatin1String("train_rows")].toInteger());
    st.historyDays = doubles(s[QLatin1String("history_days")]);
    layoutFrom(s[QLatin1String("layout")].toObject(), st.layout);
    const QJsonObject p = s[QLatin1String("params")].toObject();
    st.params = {p[QLatin1String("k")].toDouble(), p[QLatin1String("m")].toDouble(),
                 doubles(p[QLatin1String("delta")]), p[QLatin1String("sigma_obs")].toDouble(),
                 doubles(p[QLatin1String("beta")])};
    const QJsonObject f = s[QLatin1String("fit")].toObject();
    st.fit = FitResult{};
    st.fit.ok = f[QLatin1String("ok")].toBool();
    st.fit.solver = static_cast<FitResult::Solver>(indexOf(kSolver, f[QLatin1String("solver")]));
    st.fit.iterations = f[QLatin1String("iterations")].toInt();
    st.fit.objective = numberOr(f[QLatin1String("objective")]);
    st.fit.message = f[QLatin1String("message")].toString();
    if (const QString problem = checkLayout(st); !problem.isEmpty())
        return fail(problem);
    return true;
}

} // namespace

bool modelFromJson(const QByteArray& json, ModelConfig& config, FittedState& st, QString* error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    const QJsonObject root = doc.object();
    auto fail = [&](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (doc.isNull())
        return fail(Text::tr("not JSON: %1").arg(parseError.errorString()));
    if (root[QLatin1String("format")].toString() != QLatin1String("bakery-forecast-model"))
        return fail(Text::tr("not a forecast model document"));
    const int version = root[QLatin1String("schema_version")].toInt();
    if (version < 1 || version > kModelSchemaVersion)
        return fail(Text::tr("unsupported model schema version %1").arg(version));
    config = ModelConfig{};
    try {
        return readDocument(root, config, st, fail);
    } catch (const std::invalid_argument& e) {
        return fail(Text::tr("damaged model document: %1").arg(QString::fromStdString(e.what())));
    }
}

} // namespace bakery::forecast
