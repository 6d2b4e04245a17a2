#pragma once
// Covariates in: a weather file (a date column, then temperature, precipitation and
// any other numeric column) and an events file (date, name, optional window and prior
// scale). Both are read like sales files (TableSource: CSV or XLSX, encoding,
// delimiter, decimal mark and date order detected or set in the ImportSpec) and give
// an ImportReport with every issue at its line and column.
//
// Weather with several rows per day (hourly) becomes one value per day: temperature
// and other covariates are averaged, precipitation is summed.

#include "data/ImportReport.h"
#include "data/ImportSpec.h"
#include "storage/CovariateStore.h"

namespace bakery::data {

struct WeatherResult
{
    ImportReport report;         ///< products: one entry per covariate (days, sum of values)
    storage::WeatherBatch batch; ///< daily values per covariate name
    bool stored = false;
};

struct EventsResult
{
    ImportReport report;        ///< products: one entry per event name (days = occurrences)
    storage::EventsBatch batch; ///< batch.events: the calendar::HolidayTable, in file order
    bool stored = false;
};

class CovariateImporter
{
public:
    /// Spec fields that apply: encoding, delimiter, decimal, thousands, dateOrder, sheet,
    /// dateColumn, ignoreColumns, maxUnparsableShare.
    static WeatherResult readWeather(const QString& path, const ImportSpec& spec = {});
    static WeatherResult readWeatherBytes(const QByteArray& bytes, const QString& fileName,
                                          const ImportSpec& spec = {});
    static EventsResult readEvents(const QString& path, const ImportSpec& spec = {});
    static EventsResult readEventsBytes(const QByteArray& bytes, const QString& fileName,
                                        const ImportSpec& spec = {});

    /// read*(), then, unless the report has an error or `dryRun`, stores the batch in one
    /// transaction; report.daysReplaced counts (day, name) rows that replaced stored ones.
    static WeatherResult importWeather(const QString& path, const ImportSpec& spec,
                                       const storage::CovariateStore& store, bool dryRun = false);
    static EventsResult importEvents(const QString& path, const ImportSpec& spec,
                                     const storage::CovariateStore& store, bool dryRun = false);
};

/// The name a weather column gets: "temperature" and "precipitation" for their many
/// spellings (es/en/fr/de), else the normalised header with '_' for spaces
/// ("Humedad relativa (%)" -> "humedad_relativa").
QString weatherCovariateName(const QString& header);

} // namespace bakery::data
