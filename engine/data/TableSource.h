#pragma once
// Records of a sales file, whatever its kind: CSV text (decoded, delimiter
// detected) or an XLSX sheet. The importer reads them twice: a sample to detect
// the format, then every record.

#include "data/CsvTokenizer.h"
#include "data/ImportReport.h"
#include "data/ImportSpec.h"

#include <memory>

namespace bakery::data {

using TableRecord = CsvRecord;

class TableSource
{
public:
    virtual ~TableSource() = default;
    /// The next record, or false at the end or on a fatal error (see error()).
    virtual bool next(TableRecord& record) = 0;
    virtual void rewind() = 0;
    /// A fatal problem met while reading (code empty when none).
    virtual ImportIssue error() const { return {}; }
    /// True when the text ended inside the last record, without a line break.
    virtual bool endedWithoutNewline() const { return false; }
    /// The field delimiter (CSV) or 0 (XLSX); numbers with a decimal comma cannot be
    /// unquoted fields of a comma-separated file.
    virtual char delimiter() const { return 0; }
    /// True when numbers arrive as numbers (spreadsheet cells), not as text to interpret.
    virtual bool typedNumbers() const { return false; }
};

struct OpenedTable
{
    std::unique_ptr<TableSource> source;
    ImportIssue error;       ///< error.code non-empty: the file cannot be read at all
    QStringList decisions;   ///< encoding, kind, delimiter, in words
    DetectedFormat detected; ///< encoding and delimiter (CSV)
};

/// Opens `path` as CSV or XLSX (by content, not by name).
OpenedTable openTable(const QString& path, const ImportSpec& spec);
/// The same for bytes already in memory (CSV only); `fileName` names it in messages.
OpenedTable openCsvBytes(const QByteArray& bytes, const QString& fileName, const ImportSpec& spec);

} // namespace bakery::data
