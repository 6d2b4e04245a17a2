#pragma once
// Internal to CovariateImporter: what weather and event files share once opened
// through TableSource: the header, a sample, the date column and its field order,
// the decimal mark, and the row-level checks (field count, date) with their issues.

#include "data/CovariateImporter.h"
#include "data/IssueLog.h"
#include "data/TableSource.h"
#include "data/ValueParsers.h"

#include <QStringList>

#include <string>
#include <vector>

namespace bakery::data::covariates {

struct PreparedTable
{
    std::unique_ptr<TableSource> source;
    QStringList header; ///< as in the file
    QStringList names;  ///< normalizeHeader() without a trailing unit: "temperature 2m"
    std::vector<std::vector<std::string>> sample;
    int dateColumn = -1;
    DateOrder order = DateOrder::YearMonthDay;
    NumberFormat numbers;
    qint64 badRows = 0; ///< rows skipped by readRow(), for the unparsable share
};

/// Opens the table, reads the header and a sample, finds the date column (spec, then
/// `dateNames`, then content) and its field order. False when `log` got an error.
bool prepare(OpenedTable&& opened, const ImportSpec& spec, const QStringList& dateNames,
             const QString& what, ImportReport& report, IssueLog& log, PreparedTable& out);

/// Decides the decimal mark from the sample cells of `columns` (the spec overrides).
void detectNumbers(PreparedTable& t, const std::vector<int>& columns, const ImportSpec& spec,
                   ImportReport& report);

/// Rewinds to the first record after the header.
void rewindToData(PreparedTable& t);

/// The next non-blank record whose field count and date are fine; others are counted
/// (report.rowsRead, rowsSkipped, t.badRows) and logged. False at the end.
bool readRow(PreparedTable& t, TableRecord& record, int& day, ImportReport& report, IssueLog& log);

/// The column `name` (header text or its normalised form); -1 if `name` is empty.
int columnNamed(const PreparedTable& t, const QString& name);

/// An error and false when the share of bad rows is above the spec's threshold.
bool checkBadShare(const PreparedTable& t, const ImportSpec& spec, const ImportReport& report,
                   IssueLog& log);

/// Share of the non-empty sample cells of `column` that parse as numbers; -1 if none.
double numericShare(const PreparedTable& t, int column);

QString text(std::string_view v);

/// normalizeHeader() without a trailing unit in brackets: "Temperatura (°C)" -> "temperatura".
QString baseName(const QString& header);

/// "a|b|c" as a list; header name lists stay compact.
QStringList words(const char* list);

/// Cells that mean "no value" rather than a bad one: empty, NA, NaN, -, --.
bool isMissing(std::string_view cell);

/// The full passes (WeatherPass.cpp, EventsPass.cpp) on an opened table.
void readWeather(OpenedTable&& opened, const ImportSpec& spec, WeatherResult& result);
void readEvents(OpenedTable&& opened, const ImportSpec& spec, EventsResult& result);

} // namespace bakery::data::covariates
