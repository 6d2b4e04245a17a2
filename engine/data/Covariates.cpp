#include "data/Covariates.h"

#include "calendar/EpochDay.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <set>

namespace bakery::data {
namespace {

// The sentences' translation context is "Covariates".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Covariates)
};

constexpr int kDaysListed = 5; // a note names the first few missing days

// Names the model gives its own columns and components: a regressor must not take one.
bool reserved(const QString& name, const forecast::ModelConfig& config)
{
    static const QStringList names = {QStringLiteral("ds"),
                                      QStringLiteral("y"),
                                      QStringLiteral("cap"),
                                      QStringLiteral("floor"),
                                      QStringLiteral("t"),
                                      QStringLiteral("trend"),
                                      QStringLiteral("yhat"),
                                      QStringLiteral("holidays"),
                                      QStringLiteral("weekly"),
                                      QStringLiteral("yearly"),
                                      QStringLiteral("daily"),
                                      QStringLiteral("additive_terms"),
                                      QStringLiteral("multiplicative_terms"),
                                      QStringLiteral("extra_regressors_additive"),
                                      QStringLiteral("extra_regressors_multiplicative")};
    const auto same = [&](const auto& x) { return x.name == name; };
    return names.contains(name) ||
           std::any_of(config.seasonalities.begin(), config.seasonalities.end(), same) ||
           std::any_of(config.holidays.begin(), config.holidays.end(), same);
}

QString missingNote(const QString& name, const std::set<int>& missing, bool inModel)
{
    QStringList days;
    for (int d : missing) {
        if (days.size() == kDaysListed) {
            days << QStringLiteral("...");
            break;
        }
        days << calendar::fromEpochDay(d).toString(Qt::ISODate);
    }
    return (inModel ? Text::tr("%1: %2 days missing (%3); the model needs it on every day, so it "
                               "cannot predict these days")
                    : Text::tr("%1: %2 days missing (%3); not used"))
        .arg(name)
        .arg(missing.size())
        .arg(days.join(QStringLiteral(", ")));
}

// The series' value on each day of the frame; the days without one go to `missing`.
std::vector<double> onFrameDays(const forecast::SeriesFrame& frame,
                                const std::vector<std::pair<int, double>>& series,
                                std::set<int>& missing)
{
    std::vector<double> values;
    values.reserve(frame.size());
    for (double ds : frame.ds) {
        const int d = static_cast<int>(std::floor(ds));
        // The series is ascending by day: a binary search per row.
        const auto it = std::lower_bound(series.begin(), series.end(), d,
                                         [](const auto& p, int day) { return p.first < day; });
        if (it == series.end() || it->first != d)
            missing.insert(d);
        else
            values.push_back(it->second);
    }
    return values;
}

} // namespace

QStringList addCovariates(forecast::SeriesFrame& frame, forecast::ModelConfig& config,
                          const storage::WeatherSeries& weather,
                          const calendar::HolidayTable& events)
{
    QStringList notes;

    // Events first, so that no regressor takes an event's name. One prior scale per
    // holiday name: events that disagree with the config are left out.
    std::set<QString> conflicting;
    for (const calendar::HolidayEvent& e : events) {
        const auto same = [&](const calendar::HolidayEvent& h) { return h.name == e.name; };
        const auto known = std::find_if(config.holidays.begin(), config.holidays.end(), same);
        if (known != config.holidays.end()) {
            const bool sameScale = known->priorScale == e.priorScale ||
                                   (!known->hasPriorScale() && !e.hasPriorScale());
            if (!sameScale) {
                conflicting.insert(e.name);
                continue;
            }
            if (std::any_of(config.holidays.begin(), config.holidays.end(),
                            [&](const auto& h) { return same(h) && h.day == e.day; }))
                continue; // already there (a second call on a predict frame)
        }
        config.holidays.push_back(e);
    }
    for (const QString& name : conflicting)
        notes << Text::tr("event %1: another prior scale than the model's holiday of that "
                          "name; not used")
                     .arg(name);

    for (const auto& [name, series] : weather) {
        if (frame.regressors.contains(name))
            continue;
        const bool inModel = std::any_of(config.regressors.begin(), config.regressors.end(),
                                         [&](const auto& r) { return r.name == name; });
        if (!inModel && reserved(name, config)) {
            notes << Text::tr("%1: the model uses this name for its own terms; not used").arg(name);
            continue;
        }
        std::set<int> missing;
        std::vector<double> values = onFrameDays(frame, series, missing);
        if (!missing.empty()) {
            notes << missingNote(name, missing, inModel);
            continue;
        }
        // A constant column would only duplicate the trend's offset.
        const auto [lo, hi] = std::minmax_element(values.begin(), values.end());
        if (!inModel && (values.empty() || *lo == *hi)) {
            notes << Text::tr("%1: the same value on every day; not used").arg(name);
            continue;
        }
        frame.regressors.insert(name, std::move(values));
        if (!inModel) {
            forecast::RegressorSpec spec;
            spec.name = name;
            config.regressors.push_back(spec);
        }
    }

    return notes;
}

QStringList addCovariates(forecast::SeriesFrame& frame, forecast::ModelConfig& config,
                          const storage::CovariateStore& store)
{
    return addCovariates(frame, config, store.weather(), store.events());
}

QStringList fillRegressors(forecast::SeriesFrame& frame, const forecast::ModelConfig& config,
                           const storage::WeatherSeries& weather)
{
    QStringList notes;
    for (const forecast::RegressorSpec& r : config.regressors) {
        const auto it = weather.find(r.name);
        std::set<int> missing;
        std::vector<double> values =
            onFrameDays(frame, it == weather.end() ? decltype(it->second){} : it->second, missing);
        if (missing.empty())
            frame.regressors.insert(r.name, std::move(values));
        else
            notes << missingNote(r.name, missing, true);
    }
    return notes;
}

QStringList fillRegressors(forecast::SeriesFrame& frame, const forecast::ModelConfig& config,
                           const storage::CovariateStore& store)
{
    return fillRegressors(frame, config, store.weather());
}

} // namespace bakery::data
