// The weather file's pass: columns by name, cells parsed with the detected number
// format, rows of one day averaged (temperature, others) or summed (precipitation).
#include "data/CovariateTable.h"

#include "calendar/EpochDay.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

namespace bakery::data::covariates {
namespace {

// The sentences' translation context is "WeatherPass".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(WeatherPass)
};

const QStringList& dateNames()
{
    // "time" last: hourly files with both a date and a time column use the date.
    static const QStringList names =
        words("fecha|date|datum|dia|ds|day|jour|tag|data|fecha hora|datetime|date time|"
              "date heure|timestamp|mess datum|zeitstempel|valid time|time");
    return names;
}

// Normalised header names (accents gone, '_' as space, units in brackets removed).
const QStringList& temperatureNames()
{
    static const QStringList names =
        words("temperatura|temp|tmed|temperature|temperatur|tavg|t media|tm|tmk|t|t2m|"
              "temperatura media|temp media|temperatura media diaria|mean temperature|"
              "average temperature|avg temp|temperature 2m|temperature 2m mean|"
              "temperature moyenne|temp moyenne|mitteltemperatur|lufttemperatur|"
              "temperatura del aire|air temperature");
    return names;
}

const QStringList& precipitationNames()
{
    static const QStringList names =
        words("precipitacion|precipitaciones|lluvia|prec|precip|rain|rainfall|precipitation|"
              "precipitation sum|rain sum|total precipitation|precipitacion total|niederschlag|"
              "niederschlagshohe|rsk|rr|pluie|precipitations|pluviometrie|mm|prcp|lluvia mm");
    return names;
}

// Identifiers, places and times of day: numeric perhaps, but never a covariate.
const QStringList& ignoredNames()
{
    static const QStringList names =
        words("indicativo|station|estacion|station id|stations id|id|nombre|name|provincia|"
              "province|altitud|altitude|elevation|latitud|latitude|lat|longitud|longitude|lon|"
              "lng|hora|time|heure|zeit|uhrzeit|year|ano|month|mes|doy|qn|qn 3|qn 4|eor");
    return names;
}

struct Column
{
    int index = 0;
    QString name;
    bool summed = false;                        ///< precipitation: a day's rows add up
    std::map<int, std::pair<double, int>> days; ///< day -> (sum, rows)
    qint64 cells = 0, bad = 0, inappreciable = 0;
};

// AEMET writes "Ip" for precipitation too small to measure (< 0.1 mm).
bool isInappreciable(std::string_view cell)
{
    return cell == "Ip" || cell == "ip" || cell == "IP";
}

std::vector<Column> mapColumns(const PreparedTable& t, const ImportSpec& spec,
                               QStringList& decisions)
{
    std::vector<Column> columns;
    auto taken = [&](const QString& name) {
        return std::any_of(columns.begin(), columns.end(),
                           [&](const Column& c) { return c.name == name; });
    };
    QStringList ignored;
    for (int c = 0; c < t.header.size(); ++c) {
        const QString& header = t.header[c];
        if (c == t.dateColumn)
            continue;
        if (ignoredNames().contains(t.names[c]) ||
            std::any_of(spec.ignoreColumns.begin(), spec.ignoreColumns.end(),
                        [&](const QString& n) { return columnNamed(t, n) == c; })) {
            ignored << header;
            continue;
        }
        QString name = weatherCovariateName(header);
        const bool known =
            name == QLatin1String("temperature") || name == QLatin1String("precipitation");
        if (known && taken(name)) // a second temperature column (tmax?) keeps its own name
            name = QString(t.names[c]).replace(QLatin1Char(' '), QLatin1Char('_'));
        const double share = numericShare(t, c);
        if (name.isEmpty() || taken(name) || (!known && share < 0.5)) {
            decisions << Text::tr("Column '%1' ignored: not a numeric covariate").arg(header);
            continue;
        }
        if (!known) {
            // A constant column (a station code, a unit) carries nothing for the model.
            std::set<std::string> distinct;
            for (const auto& row : t.sample)
                if (c < static_cast<int>(row.size()) && !row[static_cast<std::size_t>(c)].empty())
                    distinct.insert(row[static_cast<std::size_t>(c)]);
            if (distinct.size() < 2) {
                decisions << Text::tr("Column '%1' ignored: constant").arg(header);
                continue;
            }
        }
        Column col;
        col.index = c;
        col.name = name;
        col.summed = name == QLatin1String("precipitation");
        columns.push_back(col);
        decisions << Text::tr("Column '%1' -> covariate '%2'%3")
                         .arg(header, name, known ? QString() : Text::tr(" (other)"));
    }
    if (!ignored.isEmpty())
        decisions << Text::tr("Columns ignored: %1 (identifiers, places, times of day or "
                              "set in the import settings)")
                         .arg(ignored.join(QStringLiteral(", ")));
    return columns;
}

} // namespace

void readWeather(OpenedTable&& opened, const ImportSpec& spec, WeatherResult& result)
{
    ImportReport& report = result.report;
    IssueLog log(report, report.file);
    PreparedTable t;
    if (!prepare(std::move(opened), spec, dateNames(), QStringLiteral("weather"), report, log, t))
        return;
    std::vector<Column> columns = mapColumns(t, spec, report.decisions);
    if (columns.empty()) {
        log.error(QStringLiteral("no_covariate_column"), 0,
                  Text::tr("no numeric weather column; expected columns such as "
                           "temperatura/temperature/tmed and precipitacion/rain/prec"));
        return;
    }
    std::vector<int> indices;
    for (const Column& c : columns)
        indices.push_back(c.index);
    detectNumbers(t, indices, spec, report);

    rewindToData(t);
    TableRecord record;
    int day = 0;
    std::unordered_set<std::string> seen;
    std::map<int, int> rowsPerDay;
    qint64 noValue = 0;
    while (readRow(t, record, day, report, log)) {
        std::string whole;
        for (std::string_view f : record.fields)
            whole.append(f).push_back('\x1f');
        if (!seen.insert(std::move(whole)).second) {
            log.warning(QStringLiteral("duplicate_line"), record.line,
                        Text::tr("the same line appears earlier; skipped so that "
                                 "precipitation is not counted twice"));
            ++report.rowsSkipped;
            continue;
        }
        bool any = false;
        for (Column& c : columns) {
            const std::string_view cell = record.fields[static_cast<std::size_t>(c.index)];
            double value = 0.0;
            if (isMissing(cell))
                continue;
            ++c.cells;
            if (c.summed && isInappreciable(cell)) {
                ++c.inappreciable;
            } else if (!parseNumber(cell, t.numbers, value)) {
                ++c.bad;
                log.warning(
                    QStringLiteral("unparsable_number"), record.line,
                    Text::tr("expected a number, found \"%1\"; cell left out").arg(text(cell)),
                    c.index + 1, t.header[c.index]);
                continue;
            }
            auto& [sum, rows] = c.days[day];
            sum += value;
            ++rows;
            any = true;
        }
        if (any) {
            ++report.rowsImported;
            ++rowsPerDay[day];
        } else {
            ++report.rowsSkipped;
            ++noValue;
        }
    }
    if (noValue > 0)
        log.info(QStringLiteral("no_values_in_line"), 0,
                 Text::tr("%1 lines have a date but no weather value; skipped").arg(noValue));
    if (!checkBadShare(t, spec, report, log))
        return;
    for (Column& c : columns) {
        if (c.inappreciable > 0)
            log.info(QStringLiteral("inappreciable_precipitation"), 0,
                     Text::tr("column '%1': %2 'Ip' (inappreciable, < 0.1 mm) values read "
                              "as 0")
                         .arg(t.header[c.index])
                         .arg(c.inappreciable));
        if (c.bad > spec.maxUnparsableShare * static_cast<double>(c.cells)) {
            log.error(QStringLiteral("too_many_unparsable_values"), 0,
                      Text::tr("column '%1': %2 of %3 values are not numbers (more than %4 "
                               "%); expected %5 values, check the column and the decimal "
                               "mark")
                          .arg(t.header[c.index])
                          .arg(c.bad)
                          .arg(c.cells)
                          .arg(spec.maxUnparsableShare * 100.0)
                          .arg(c.name),
                      c.index + 1, t.header[c.index]);
            continue;
        }
        if (c.days.empty())
            continue;
        ProductTotal total{c.name, static_cast<int>(c.days.size()), 0.0, c.days.begin()->first,
                           c.days.rbegin()->first};
        auto& series = result.batch.series[c.name];
        for (const auto& [d, acc] : c.days) {
            const double v = c.summed ? acc.first : acc.first / acc.second;
            series.emplace_back(d, v);
            total.total += v;
        }
        report.products.push_back(total);
    }
    if (report.rejected())
        return;
    if (report.products.empty()) {
        log.error(QStringLiteral("no_values"), 0,
                  Text::tr("no line holds a weather value; expected at least one day"));
        return;
    }
    report.firstDay = rowsPerDay.begin()->first;
    report.lastDay = rowsPerDay.rbegin()->first;
    int most = 0;
    std::map<int, int> daysWithRows; // rows per day -> how many days have that many
    for (const auto& [d, n] : rowsPerDay) {
        most = std::max(most, n);
        ++daysWithRows[n];
    }
    if (most <= 1)
        return;
    const int usual =
        std::max_element(daysWithRows.begin(), daysWithRows.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; })
            ->first;
    report.decisions << Text::tr("Several rows per day (usually %1, up to %2): temperature "
                                 "and other covariates averaged, precipitation summed")
                            .arg(usual)
                            .arg(most);
    for (const auto& [d, n] : rowsPerDay)
        if (n < usual)
            log.warning(QStringLiteral("incomplete_day"), 0,
                        Text::tr("%1 has %2 rows where most days have %3; its daily values "
                                 "cover only part of the day")
                            .arg(calendar::fromEpochDay(d).toString(Qt::ISODate))
                            .arg(n)
                            .arg(usual));
}

} // namespace bakery::data::covariates

namespace bakery::data {

QString weatherCovariateName(const QString& header)
{
    QString base = covariates::baseName(header);
    if (covariates::temperatureNames().contains(base))
        return QStringLiteral("temperature");
    if (covariates::precipitationNames().contains(base))
        return QStringLiteral("precipitation");
    return base.replace(QLatin1Char(' '), QLatin1Char('_'));
}

} // namespace bakery::data
