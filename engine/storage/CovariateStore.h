#pragma once
// Daily weather covariates and events (holidays, fairs, promotions) in the local
// database, next to the sales. As for sales, an import is one transaction and a
// newer import of a day and name replaces the older row, so re-importing a file
// never counts anything twice.

#include "calendar/HolidayEvent.h"
#include "storage/SalesStore.h"

#include <QString>

#include <map>
#include <utility>
#include <vector>

namespace bakery::storage {

/// Covariate name ("temperature", "precipitation", "humidity", ...) -> (day, value)
/// ascending by day, one entry per day; days are days since 1970-01-01.
using WeatherSeries = std::map<QString, std::vector<std::pair<int, double>>>;

struct WeatherBatch
{
    QString sourceFile;   ///< path as given by the user
    QString sourceSha256; ///< hex digest of the file's bytes
    WeatherSeries series;
};

struct EventsBatch
{
    QString sourceFile;
    QString sourceSha256;
    calendar::HolidayTable events; ///< one row per day and name
};

class CovariateStore
{
public:
    /// Works on `db` for `tenant` (the shop); every query is scoped to it.
    explicit CovariateStore(const Database& db, QString tenant = QStringLiteral("default"));

    /// Upserts every (day, name) value in one transaction with an `imports` row of
    /// measure 'weather'. In the result, days count (day, name) rows; productsCreated is 0.
    StoreResult storeWeather(const WeatherBatch& batch) const;
    /// Upserts every (day, name) event in one transaction with an `imports` row of measure
    /// 'events'. The batch's prior scale of a name then applies to all its stored days
    /// (the model allows one prior scale per name).
    StoreResult storeEvents(const EventsBatch& batch) const;

    /// Without writing: how many (day, name) rows of the batch are stored already.
    int countReplacements(const WeatherBatch& batch) const;
    int countReplacements(const EventsBatch& batch) const;

    WeatherSeries weather() const;
    /// Every stored event, ascending by day then name.
    calendar::HolidayTable events() const;

private:
    const Database& m_db;
    QString m_tenant;
};

} // namespace bakery::storage
