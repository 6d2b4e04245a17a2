#include "training/ProductForecast.h"

#include "calendar/EpochDay.h"
#include "calendar/HolidayCalendar.h"
#include "data/Covariates.h"
#include "forecast/FittedState.h"
#include "forecast/ForecastModel.h"
#include "storage/CovariateStore.h"
#include "storage/SalesStore.h"
#include "training/Workspace.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <exception>
#include <map>
#include <set>

namespace bakery::training {

namespace {

// The sentences' translation context is "ProductForecast".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ProductForecast)
};

QString percent(double value)
{
    return QLocale().toString(qlonglong(std::llround(std::abs(value))));
}

QString signedPercent(double value)
{
    const qlonglong v = std::llround(value);
    return (v > 0 ? QStringLiteral("+") : QString()) + QLocale().toString(v);
}

QString weekdaysName(int dayOfWeek)
{
    switch (dayOfWeek) {
    case 1:
        return Text::tr("Mondays");
    case 2:
        return Text::tr("Tuesdays");
    case 3:
        return Text::tr("Wednesdays");
    case 4:
        return Text::tr("Thursdays");
    case 5:
        return Text::tr("Fridays");
    case 6:
        return Text::tr("Saturdays");
    default:
        return Text::tr("Sundays");
    }
}

// Mean of `values` grouped by key(day); only finite values count.
template <typename Key>
std::map<int, double> meanBy(const std::vector<int>& days, const std::vector<double>& values,
                             Key key)
{
    std::map<int, std::pair<double, int>> sums;
    for (std::size_t i = 0; i < days.size() && i < values.size(); ++i)
        if (std::isfinite(values[i])) {
            auto& s = sums[key(calendar::fromEpochDay(days[i]))];
            s.first += values[i];
            ++s.second;
        }
    std::map<int, double> out;
    for (const auto& [k, s] : sums)
        out[k] = s.first / s.second;
    return out;
}

std::pair<int, int> extremes(const std::map<int, double>& means)
{
    const auto cmp = [](const auto& a, const auto& b) { return a.second < b.second; };
    return {std::max_element(means.begin(), means.end(), cmp)->first,
            std::min_element(means.begin(), means.end(), cmp)->first};
}

QString title(const QString& name)
{
    if (name == QLatin1String("trend"))
        return Text::tr("Trend");
    if (name == QLatin1String("weekly"))
        return Text::tr("Weekly pattern");
    if (name == QLatin1String("yearly"))
        return Text::tr("Yearly pattern");
    if (name == QLatin1String("daily"))
        return Text::tr("Daily pattern");
    if (name == QLatin1String("holidays"))
        return Text::tr("Holidays");
    if (name == QLatin1String("temperature"))
        return Text::tr("Temperature");
    if (name == QLatin1String("precipitation"))
        return Text::tr("Rain");
    if (name == QLatin1String("humidity"))
        return Text::tr("Humidity");
    return name.isEmpty() ? name : name.at(0).toUpper() + name.mid(1);
}

// The days among `candidates` on which every regressor the model uses has a stored value.
std::vector<int> daysWithRegressors(const std::vector<int>& candidates,
                                    const forecast::ModelConfig& config,
                                    const storage::WeatherSeries& weather)
{
    std::vector<std::set<int>> available;
    for (const forecast::RegressorSpec& r : config.regressors) {
        std::set<int> s;
        const auto it = weather.find(r.name);
        if (it != weather.end())
            for (const auto& [d, v] : it->second)
                if (std::isfinite(v))
                    s.insert(d);
        available.push_back(std::move(s));
    }
    std::vector<int> out;
    for (int d : candidates)
        if (std::all_of(available.begin(), available.end(),
                        [d](const std::set<int>& s) { return s.count(d) > 0; }))
            out.push_back(d);
    return out;
}

calendar::HolidayTable holidaysIn(const storage::Database& db, const QString& tenant,
                                  const QString& country, int first, int last)
{
    calendar::HolidayTable out;
    if (first > last)
        return out;
    const calendar::HolidayTable national = calendar::HolidayCalendar::holidayTable(
        country, calendar::fromEpochDay(first).year(), calendar::fromEpochDay(last).year());
    const calendar::HolidayTable events = storage::CovariateStore(db, tenant).events();
    for (const calendar::HolidayTable* table : {&national, &events})
        for (const calendar::HolidayEvent& e : *table)
            if (e.day >= first && e.day <= last)
                out.push_back(e);
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.day < b.day; });
    return out;
}

int isoDay(const QString& iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? calendar::toEpochDay(d) : 0;
}

ProductForecast failed(ProductForecast r, const QString& message, QString* error)
{
    r.error = message;
    if (error)
        *error = message;
    return r;
}

} // namespace

QString explainComponent(const QString& name, const std::vector<int>& days,
                         const std::vector<double>& values, double level)
{
    if (days.empty() || values.size() < days.size() || !(level > 0.0))
        return {};
    if (name == QLatin1String("trend")) {
        const double from = values.front(), to = values[days.size() - 1];
        if (!std::isfinite(from) || !std::isfinite(to) || !(std::abs(from) > 0.0))
            return {};
        return Text::tr("The underlying level goes from %1 to %2 a day (%3 %) over this period.")
            .arg(QLocale().toString(from, 'f', 1), QLocale().toString(to, 'f', 1),
                 signedPercent(100.0 * (to - from) / std::abs(from)));
    }
    if (name == QLatin1String("weekly")) {
        const auto means = meanBy(days, values, [](QDate d) { return d.dayOfWeek(); });
        if (means.size() < 2)
            return {};
        const auto [high, low] = extremes(means);
        return Text::tr("%1 sell %2 % more than average, %3 %4 % less.")
            .arg(weekdaysName(high), percent(100.0 * means.at(high) / level), weekdaysName(low),
                 percent(100.0 * means.at(low) / level));
    }
    if (name == QLatin1String("yearly")) {
        const auto means = meanBy(days, values, [](QDate d) { return d.month(); });
        if (means.size() < 2)
            return {};
        const auto [high, low] = extremes(means);
        const QLocale locale;
        return Text::tr("%1 sells %2 % more than the yearly average, %3 %4 % less.")
            .arg(locale.standaloneMonthName(high), percent(100.0 * means.at(high) / level),
                 locale.standaloneMonthName(low), percent(100.0 * means.at(low) / level));
    }
    if (name == QLatin1String("holidays")) {
        double sum = 0.0;
        int n = 0;
        for (std::size_t i = 0; i < days.size(); ++i)
            if (std::isfinite(values[i]) && std::abs(values[i]) > 1e-9 * level)
                sum += values[i], ++n;
        if (n == 0)
            return {};
        const double pct = 100.0 * sum / n / level;
        return pct >= 0 ? Text::tr("On holidays you sell %1 % more on average.").arg(percent(pct))
                        : Text::tr("On holidays you sell %1 % less on average.").arg(percent(pct));
    }
    double lo = 0.0, hi = 0.0;
    bool any = false;
    for (std::size_t i = 0; i < days.size(); ++i)
        if (std::isfinite(values[i])) {
            lo = any ? std::min(lo, values[i]) : values[i];
            hi = any ? std::max(hi, values[i]) : values[i];
            any = true;
        }
    if (!any)
        return {};
    return Text::tr("%1 moves sales from %2 % to %3 % against an average day.")
        .arg(title(name), signedPercent(100.0 * lo / level), signedPercent(100.0 * hi / level));
}

ProductForecast loadProductForecast(const storage::Database& db,
                                    const artifacts::ArtifactStore& artifacts,
                                    const QString& tenant, const QString& product, int futureDays,
                                    QString* error)
{
    ProductForecast r;
    r.product = product;
    const storage::SalesStore salesStore(db, tenant);
    const std::optional<storage::ProductSummary> summary = salesStore.product(product);
    if (!summary)
        return failed(r, Text::tr("There is no product called \"%1\".").arg(product), error);
    r.productId = summary->id;
    const std::vector<storage::DailyValue> sales = salesStore.sales(product);
    const storage::ModelRegistry registry(db, artifacts, tenant);
    r.versions = registry.versions(r.productId);
    if (const auto deployed = registry.deployed(r.productId))
        r.deployed = *deployed;
    if (sales.empty())
        return r;

    // The history: every calendar day of the sales range.
    std::vector<int> history;
    for (int d = sales.front().day; d <= sales.back().day; ++d)
        history.push_back(d);
    r.lastSaleDay = sales.back().day;
    std::vector<int> future; // nothing to show after the last sale without a model
    for (int i = 1; r.deployed.id != 0 && i <= futureDays; ++i)
        future.push_back(r.lastSaleDay + i);

    QString country = QStringLiteral("ES");
    std::unique_ptr<forecast::ForecastModel> model;
    storage::WeatherSeries weather;
    if (r.deployed.id != 0) {
        QString loadError;
        const std::optional<storage::LoadedModel> loaded = registry.load(r.deployed.id, &loadError);
        if (!loaded)
            return failed(r, loadError, error);
        model = forecast::ForecastModel::fromJson(loaded->contents.modelJson, &loadError);
        if (!model)
            return failed(r, Text::tr("Cannot read the deployed model: %1").arg(loadError), error);
        if (!model->config().countryHolidays.isEmpty())
            country = model->config().countryHolidays;
        if (!model->config().regressors.empty()) {
            weather = storage::CovariateStore(db, tenant).weather();
            // Closed days may lack weather: they are left out of the history. Future days
            // stop at the first day without it.
            history = daysWithRegressors(history, model->config(), weather);
            const std::vector<int> usable = daysWithRegressors(future, model->config(), weather);
            std::size_t n = 0;
            while (n < usable.size() && usable[n] == future[n])
                ++n;
            if (n < future.size()) {
                r.notes
                    << Text::tr("Weather data ends on %1: the forecast shows %2 of %3 days ahead.")
                           .arg(QLocale().toString(calendar::fromEpochDay(r.lastSaleDay + int(n)),
                                                   QLocale::ShortFormat),
                                QLocale().toString(int(n)), QLocale().toString(futureDays));
                future.resize(n);
            }
        }
    }
    r.days = history;
    r.historyDays = int(history.size());
    r.futureDays = int(future.size());
    r.days.insert(r.days.end(), future.begin(), future.end());
    r.actual.assign(r.days.size(), std::nan(""));
    {
        std::size_t j = 0;
        for (const storage::DailyValue& v : sales) {
            while (j < r.days.size() && r.days[j] < v.day)
                ++j;
            if (j < r.days.size() && r.days[j] == v.day && !v.outlier)
                r.actual[j] = v.value;
        }
    }
    if (!r.days.empty())
        r.holidays = holidaysIn(db, tenant, country, r.days.front(), r.days.back());
    if (!model)
        return r;
    r.holdout = r.deployed.holdout;
    r.holdoutStart = isoDay(r.deployed.evaluationStart);
    r.holdoutEnd = isoDay(r.deployed.evaluationEnd);

    forecast::SeriesFrame frame;
    frame.ds.assign(r.days.begin(), r.days.end());
    const QStringList missing = data::fillRegressors(frame, model->config(), weather);
    if (!missing.isEmpty())
        return failed(r,
                      Text::tr("The deployed version cannot predict these days: %1")
                          .arg(missing.join(QStringLiteral("; "))),
                      error);
    forecast::Forecast f;
    try {
        f = model->predict(frame);
    } catch (const std::exception& e) {
        return failed(r,
                      Text::tr("The deployed version cannot predict these days: %1")
                          .arg(QString::fromStdString(e.what())),
                      error);
    }
    const std::size_t n = r.days.size();
    r.yhat = f.yhat;
    r.trend = f.trend;
    r.lower = f.yhatLower.empty() ? std::vector<double>(n, std::nan("")) : f.yhatLower;
    r.upper = f.yhatUpper.empty() ? std::vector<double>(n, std::nan("")) : f.yhatUpper;

    double level = 0.0;
    int counted = 0;
    for (int i = 0; i < r.historyDays; ++i)
        if (std::isfinite(r.yhat[i]))
            level += r.yhat[i], ++counted;
    level = counted > 0 ? level / counted : std::nan("");

    const forecast::FeatureLayout& layout = model->state().layout;
    r.components.push_back(
        {QStringLiteral("trend"), title(QStringLiteral("trend")), r.trend, false, QString()});
    for (const auto& [name, values] : f.components) {
        bool keep = false, multiplicative = false;
        for (const auto& s : layout.seasonalities)
            if (s.name == name)
                keep = true, multiplicative = s.mode == forecast::Mode::Multiplicative;
        for (const auto& reg : layout.regressors)
            if (reg.name == name)
                keep = true, multiplicative = reg.mode == forecast::Mode::Multiplicative;
        if (name == QLatin1String("holidays"))
            keep = true,
            multiplicative = model->config().holidayMode() == forecast::Mode::Multiplicative;
        if (!keep)
            continue;
        ForecastComponent c{name, title(name), values, multiplicative, QString()};
        if (multiplicative)
            for (std::size_t i = 0; i < n; ++i)
                c.values[i] *= r.trend[i];
        r.components.push_back(std::move(c));
    }
    for (ForecastComponent& c : r.components) {
        // The trend's sentence covers the history; the patterns use every predicted day.
        const std::vector<int> span(r.days.begin(), r.days.begin() + r.historyDays);
        c.explanation = explainComponent(c.name, c.name == QLatin1String("trend") ? span : r.days,
                                         c.values, level);
    }
    return r;
}

ProductForecast loadProductForecast(const Workspace& ws, const QString& product, int futureDays,
                                    QString* error)
{
    return loadProductForecast(ws.database(), ws.artifacts(), ws.tenant(), product, futureDays,
                               error);
}

} // namespace bakery::training
