#pragma once
// Reads a user holiday/event CSV in the shape of Prophet's `holidays` data frame.

#include "calendar/HolidayEvent.h"

#include <QByteArray>
#include <QString>

namespace bakery::calendar {

struct EventTableResult
{
    HolidayTable table; ///< rows in file order (Prophet keeps first-appearance order of names)
    QString error;      ///< one line, "<file>:<line>: <what was expected>"; empty on success
    bool ok() const { return error.isEmpty(); }
};

/// Format (spec section 4.1):
/// - comma separated, UTF-8 with or without BOM, LF or CRLF line ends;
/// - first non-blank line is the header; required columns `ds` and `holiday` (any order),
///   optional `lower_window` and `upper_window` (both or neither) and `prior_scale`;
///   other columns are ignored (e.g. R's unnamed row-name column);
/// - header names and values may be quoted ("" inside quotes is one quote); spaces around
///   fields are trimmed;
/// - blank lines, and lines whose fields are all empty (spreadsheet exports), are skipped;
/// - ds is YYYY-MM-DD; holiday is non-empty;
/// - an empty, NA or NaN window cell means 0 and must otherwise be an integer with
///   lower_window <= 0 <= upper_window ("-1.0" is accepted, as pandas writes it);
/// - an empty, NA or NaN prior_scale means the model default (NaN); otherwise a number > 0,
///   the same for every row of one holiday.
/// On error the table is empty and `error` names the file, line and column.
class EventTableReader
{
public:
    static EventTableResult readFile(const QString& path);
    static EventTableResult readBytes(const QByteArray& bytes, const QString& fileNameForMessages);
};

} // namespace bakery::calendar
