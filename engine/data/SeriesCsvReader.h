#pragma once
// Reads a daily series file in Prophet's shape: a header with `ds` and `y`
// (any order), optional `cap`, `floor` and further numeric columns (extra
// regressors). ds is YYYY-MM-DD, optionally followed by HH:MM[:SS]; an empty,
// NA or NaN y is a missing value. Comma separated, UTF-8 (BOM allowed), LF or CRLF.
// The full sales importer (issue 3) handles real till exports; this reader is
// for clean series such as the reference data and the CLI's `forecast`.

#include "forecast/SeriesFrame.h"

#include <QString>

namespace bakery::data {

struct SeriesCsvResult
{
    forecast::SeriesFrame frame; ///< rows in file order; extra columns in frame.regressors
    QString error;               ///< one line: "file:line: column 'y': expected ..., found ..."
    bool ok() const { return error.isEmpty(); }
};

class SeriesCsvReader
{
public:
    static SeriesCsvResult readFile(const QString& path);
    static SeriesCsvResult readBytes(const QByteArray& bytes, const QString& fileName);
};

} // namespace bakery::data
