#pragma once
// Internal to CovariateStore: a weather or events batch as (day, name) rows with the
// SQL that upserts them, and the checks a batch must pass before anything is written.

#include "storage/CovariateStore.h"

#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <vector>

namespace bakery::storage::covrows {

struct Rows
{
    QString table;     ///< weather_daily or calendar_events
    QString measure;   ///< the imports row's measure: weather or events
    QString upsertSql; ///< parameters: tenant, day, name, import id, then bindValues()'
    std::vector<std::pair<int, QString>> keys; ///< (day, name) in batch order
    /// Binds row i's own values; the batch must outlive the Rows.
    std::function<void(QSqlQuery&, std::size_t)> bindValues;
    QStringList names; ///< distinct names, first appearance order
};

Rows weatherRows(const WeatherBatch& batch);
Rows eventRows(const EventsBatch& batch);

/// Empty if the batch can be stored (names, days in years 1-9999, no (day, name) twice,
/// finite values; events: lower_window <= 0 <= upper_window, one prior scale > 0 or none
/// per name), else the first violation, for the user.
QString validate(const Rows& rows, const WeatherBatch& batch);
QString validate(const Rows& rows, const EventsBatch& batch);

QString isoDay(int day);
/// NaN as NULL.
QVariant realOrNull(double v);

} // namespace bakery::storage::covrows
