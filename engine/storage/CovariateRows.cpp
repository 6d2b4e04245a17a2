#include "storage/CovariateRows.h"

#include "calendar/EpochDay.h"

#include <QHash>
#include <QSet>

#include <cmath>
#include <memory>

namespace bakery::storage::covrows {
namespace {

// Years 1-9999: what 'YYYY-MM-DD' can hold.
bool dayInRange(int day)
{
    static const int first = calendar::toEpochDay(QDate(1, 1, 1));
    static const int last = calendar::toEpochDay(QDate(9999, 12, 31));
    return day >= first && day <= last;
}

QString validateKeys(const Rows& rows)
{
    QSet<QString> seen;
    for (const auto& [day, name] : rows.keys) {
        if (name.isEmpty())
            return QStringLiteral("a %1 row has no name").arg(rows.measure);
        if (!dayInRange(day))
            return QStringLiteral("%1 '%2': day %3 is outside years 1-9999")
                .arg(rows.measure, name)
                .arg(day);
        const QString key = QString::number(day) + QLatin1Char('|') + name;
        if (seen.contains(key))
            return QStringLiteral("%1 '%2' appears twice on %3")
                .arg(rows.measure, name, isoDay(day));
        seen.insert(key);
    }
    return {};
}

} // namespace

QString isoDay(int day)
{
    return calendar::fromEpochDay(day).toString(Qt::ISODate);
}

QVariant realOrNull(double v)
{
    return std::isnan(v) ? QVariant(QMetaType::fromType<double>()) : QVariant(v);
}

Rows weatherRows(const WeatherBatch& batch)
{
    Rows rows{QStringLiteral("weather_daily"),
              QStringLiteral("weather"),
              QStringLiteral("INSERT INTO weather_daily (tenant_id, day, name, import_id, value)"
                             " VALUES (?, ?, ?, ?, ?) ON CONFLICT (tenant_id, day, name) DO UPDATE"
                             " SET value = excluded.value, import_id = excluded.import_id"),
              {},
              {},
              {}};
    auto values = std::make_shared<std::vector<double>>();
    for (const auto& [name, days] : batch.series) {
        rows.names << name;
        for (const auto& [day, value] : days) {
            rows.keys.emplace_back(day, name);
            values->push_back(value);
        }
    }
    rows.bindValues = [values](QSqlQuery& q, std::size_t i) { q.addBindValue((*values)[i]); };
    return rows;
}

Rows eventRows(const EventsBatch& batch)
{
    Rows rows{
        QStringLiteral("calendar_events"),
        QStringLiteral("events"),
        QStringLiteral("INSERT INTO calendar_events (tenant_id, day, name, import_id, lower_window,"
                       " upper_window, prior_scale) VALUES (?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (tenant_id, day, name) DO UPDATE SET"
                       " lower_window = excluded.lower_window, upper_window ="
                       " excluded.upper_window, prior_scale = excluded.prior_scale,"
                       " import_id = excluded.import_id"),
        {},
        {},
        {}};
    for (const calendar::HolidayEvent& e : batch.events) {
        rows.keys.emplace_back(e.day, e.name);
        if (!rows.names.contains(e.name))
            rows.names << e.name;
    }
    const calendar::HolidayTable* events = &batch.events;
    rows.bindValues = [events](QSqlQuery& q, std::size_t i) {
        const calendar::HolidayEvent& e = (*events)[i];
        q.addBindValue(e.lowerWindow);
        q.addBindValue(e.upperWindow);
        q.addBindValue(realOrNull(e.priorScale));
    };
    return rows;
}

QString validate(const Rows& rows, const WeatherBatch& batch)
{
    for (const auto& [name, days] : batch.series)
        for (const auto& [day, value] : days)
            if (!std::isfinite(value))
                return QStringLiteral("weather '%1': the value of %2 is not a finite number")
                    .arg(name, isoDay(day));
    return validateKeys(rows);
}

QString validate(const Rows& rows, const EventsBatch& batch)
{
    QHash<QString, double> scaleOf;
    for (const calendar::HolidayEvent& e : batch.events) {
        if (e.lowerWindow > 0 || e.upperWindow < 0)
            return QStringLiteral("event '%1': expected lower_window <= 0 <= upper_window")
                .arg(e.name);
        if (e.hasPriorScale() && !(e.priorScale > 0 && std::isfinite(e.priorScale)))
            return QStringLiteral("event '%1': expected a prior scale > 0").arg(e.name);
        // The model fits one prior scale per name.
        const auto first = scaleOf.constFind(e.name);
        if (first == scaleOf.cend())
            scaleOf.insert(e.name, e.priorScale);
        else if (!(*first == e.priorScale || (std::isnan(*first) && !e.hasPriorScale())))
            return QStringLiteral("event '%1': expected one prior scale for all its days")
                .arg(e.name);
    }
    return validateKeys(rows);
}

} // namespace bakery::storage::covrows
