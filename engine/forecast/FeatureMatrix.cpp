#include "forecast/FeatureMatrix.h"
#include "calendar/EpochDay.h"

#include "calendar/HolidayCalendar.h"

#include <QDate>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <set>
#include <stdexcept>
#include <unordered_map>

namespace bakery::forecast {
namespace {

int yearOf(double ds)
{
    return calendar::fromEpochDay(static_cast<int>(std::floor(ds))).year();
}

QString holidayKey(const QString& name, int offset)
{
    return name + QStringLiteral("_delim_") + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+')) +
           QString::number(std::abs(offset));
}

struct BuiltIn
{
    const char* name;
    double period;
    int defaultOrder;
    const SeasonalityToggle* toggle;
    bool autoEnabled;
};

} // namespace

Eigen::MatrixXd fourierSeries(const std::vector<double>& ds, double period, int order)
{
    Eigen::MatrixXd x(static_cast<Eigen::Index>(ds.size()), 2 * order);
    for (std::size_t i = 0; i < ds.size(); ++i) {
        // sin/cos of n*theta by the angle-addition recurrence: one sin/cos pair per row.
        const double theta = 2.0 * M_PI * ds[i] / period;
        const double s1 = std::sin(theta);
        const double c1 = std::cos(theta);
        double s = s1;
        double c = c1;
        const auto row = static_cast<Eigen::Index>(i);
        for (int n = 0; n < order; ++n) {
            x(row, 2 * n) = s;
            x(row, 2 * n + 1) = c;
            const double sNext = s * c1 + c * s1;
            c = c * c1 - s * s1;
            s = sNext;
        }
    }
    return x;
}

calendar::HolidayTable holidayRows(const ModelConfig& config, const std::vector<double>& ds)
{
    calendar::HolidayTable rows = config.holidays;
    if (!config.countryHolidays.isEmpty() && !ds.empty()) {
        const auto [lo, hi] = std::minmax_element(ds.begin(), ds.end());
        const calendar::HolidayTable national = calendar::HolidayCalendar::holidayTable(
            config.countryHolidays, yearOf(*lo), yearOf(*hi));
        rows.insert(rows.end(), national.begin(), national.end());
    }
    return rows;
}

FeatureLayout buildLayout(const ModelConfig& config, const SeriesFrame& train)
{
    FeatureLayout layout;
    std::vector<double> sorted = train.ds;
    std::sort(sorted.begin(), sorted.end());
    const double span = sorted.empty() ? 0.0 : sorted.back() - sorted.front();
    double minDt = INFINITY;
    for (std::size_t i = 1; i < sorted.size(); ++i)
        if (sorted[i] > sorted[i - 1])
            minDt = std::min(minDt, sorted[i] - sorted[i - 1]);

    auto hasName = [&](const QString& name) {
        return std::any_of(layout.seasonalities.begin(), layout.seasonalities.end(),
                           [&](const SeasonalityTerm& s) { return s.name == name; });
    };
    for (const SeasonalitySpec& spec : config.seasonalities) {
        layout.seasonalities.push_back(
            {spec.name, spec.period, spec.fourierOrder,
             std::isnan(spec.priorScale) ? config.seasonalityPriorScale : spec.priorScale,
             spec.mode.value_or(config.seasonalityMode)});
    }
    const BuiltIn builtIns[] = {
        {"yearly", 365.25, 10, &config.yearly, span >= 730.0},
        {"weekly", 7.0, 3, &config.weekly, span >= 14.0 && minDt < 7.0},
        {"daily", 1.0, 4, &config.daily, span >= 2.0 && minDt < 1.0},
    };
    for (const BuiltIn& b : builtIns) {
        const QString name = QString::fromLatin1(b.name);
        const bool enabled = b.toggle->state == SeasonalityToggle::State::On ||
                             (b.toggle->state == SeasonalityToggle::State::Auto && b.autoEnabled);
        if (!enabled || hasName(name))
            continue;
        const int order = b.toggle->order > 0 ? b.toggle->order : b.defaultOrder;
        layout.seasonalities.push_back(
            {name, b.period, order, config.seasonalityPriorScale, config.seasonalityMode});
    }
    for (const SeasonalityTerm& s : layout.seasonalities) {
        for (int n = 1; n <= 2 * s.order; ++n) {
            layout.columns.push_back({FeatureColumn::Kind::Seasonality,
                                      s.name + QStringLiteral("_delim_") + QString::number(n),
                                      s.name, s.mode, s.priorScale, n});
        }
    }

    // Holidays: one column per (name, offset), sorted by key as Prophet does.
    QHash<QString, double> priorOf, explicitPrior;
    QHash<QString, std::set<int>> offsetsOf;
    for (const calendar::HolidayEvent& row : holidayRows(config, train.ds)) {
        if (!layout.holidayNames.contains(row.name)) {
            layout.holidayNames.append(row.name);
            priorOf.insert(row.name, config.holidaysPriorScale);
        }
        if (row.hasPriorScale()) {
            // Prophet refuses one holiday with two prior scales (spec 4.1): which one is meant?
            if (explicitPrior.contains(row.name) && explicitPrior.value(row.name) != row.priorScale)
                throw std::invalid_argument("holiday '" + row.name.toStdString() +
                                            "' has rows with different prior scales");
            explicitPrior.insert(row.name, row.priorScale);
            priorOf[row.name] = row.priorScale;
        }
        for (int o = row.lowerWindow; o <= row.upperWindow; ++o)
            offsetsOf[row.name].insert(o);
    }
    std::vector<FeatureColumn> holidayColumns;
    for (const QString& name : std::as_const(layout.holidayNames)) {
        for (int o : offsetsOf.value(name))
            holidayColumns.push_back({FeatureColumn::Kind::Holiday, holidayKey(name, o), name,
                                      config.holidayMode(), priorOf.value(name), o});
    }
    std::sort(holidayColumns.begin(), holidayColumns.end(),
              [](const FeatureColumn& a, const FeatureColumn& b) { return a.name < b.name; });
    layout.columns.insert(layout.columns.end(), holidayColumns.begin(), holidayColumns.end());

    for (const RegressorSpec& spec : config.regressors) {
        RegressorTerm term{spec.name, 0.0, 1.0,
                           std::isnan(spec.priorScale) ? config.holidaysPriorScale
                                                       : spec.priorScale,
                           spec.mode.value_or(config.seasonalityMode)};
        const std::vector<double> x = train.regressors.value(spec.name);
        const std::set<double> distinct(x.begin(), x.end());
        bool standardize = spec.standardize != Standardize::No && distinct.size() >= 2;
        if (spec.standardize == Standardize::Auto && distinct == std::set<double>{0.0, 1.0})
            standardize = false;
        if (standardize) {
            double sum = 0.0;
            for (double v : x)
                sum += v;
            term.mu = sum / static_cast<double>(x.size());
            double ss = 0.0;
            for (double v : x)
                ss += (v - term.mu) * (v - term.mu);
            term.sd = std::sqrt(ss / static_cast<double>(x.size() - 1));
        }
        layout.columns.push_back({FeatureColumn::Kind::Regressor, spec.name, spec.name, term.mode,
                                  term.priorScale, static_cast<int>(layout.regressors.size())});
        layout.regressors.push_back(term);
    }
    if (layout.columns.empty())
        layout.columns.push_back({FeatureColumn::Kind::Zeros, QStringLiteral("zeros"),
                                  QStringLiteral("zeros"), Mode::Additive, 1.0, 0});
    return layout;
}

Eigen::MatrixXd featureMatrix(const ModelConfig& config, const FeatureLayout& layout,
                              const SeriesFrame& frame)
{
    const auto rows = static_cast<Eigen::Index>(frame.size());
    Eigen::MatrixXd x =
        Eigen::MatrixXd::Zero(rows, static_cast<Eigen::Index>(layout.columns.size()));
    QHash<QString, Eigen::Index> holidayColumn;
    for (std::size_t j = 0; j < layout.columns.size(); ++j) {
        const FeatureColumn& col = layout.columns[j];
        const auto cj = static_cast<Eigen::Index>(j);
        if (col.kind == FeatureColumn::Kind::Seasonality && col.index == 1) {
            const auto term =
                std::find_if(layout.seasonalities.begin(), layout.seasonalities.end(),
                             [&](const SeasonalityTerm& s) { return s.name == col.component; });
            x.middleCols(cj, 2 * term->order) = fourierSeries(frame.ds, term->period, term->order);
        } else if (col.kind == FeatureColumn::Kind::Holiday) {
            holidayColumn.insert(col.name, cj);
        } else if (col.kind == FeatureColumn::Kind::Regressor) {
            const RegressorTerm& term = layout.regressors[static_cast<std::size_t>(col.index)];
            const auto it = frame.regressors.constFind(term.name);
            if (it == frame.regressors.cend() || it->size() != frame.size())
                throw std::invalid_argument("missing regressor column: " + term.name.toStdString());
            for (Eigen::Index i = 0; i < rows; ++i)
                x(i, cj) = ((*it)[static_cast<std::size_t>(i)] - term.mu) / term.sd;
        }
    }
    if (holidayColumn.isEmpty())
        return x;
    // Calendar day -> holiday columns active that day (a row per holiday date and offset).
    std::unordered_map<long, std::vector<Eigen::Index>> active;
    for (const calendar::HolidayEvent& row : holidayRows(config, frame.ds)) {
        for (int o = row.lowerWindow; o <= row.upperWindow; ++o) {
            const auto it = holidayColumn.constFind(holidayKey(row.name, o));
            if (it != holidayColumn.cend())
                active[static_cast<long>(row.day) + o].push_back(*it);
        }
    }
    for (Eigen::Index i = 0; i < rows; ++i) {
        const auto it =
            active.find(static_cast<long>(std::floor(frame.ds[static_cast<std::size_t>(i)])));
        if (it != active.end())
            for (Eigen::Index cj : it->second)
                x(i, cj) = 1.0;
    }
    return x;
}

} // namespace bakery::forecast
