#pragma once
// What an import found: counts, products, date range, and every issue with its
// place in the file. Warnings never stop an import; one error rejects it.

#include "data/ImportSpec.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <vector>

namespace bakery::data {

struct ImportIssue
{
    enum class Severity { Info, Warning, Error };
    Severity severity = Severity::Warning;
    QString file;       ///< file name as given
    int line = 0;       ///< 1-based physical line where the record starts; 0: the whole file
    int column = 0;     ///< 1-based column; 0: the whole line
    QString columnName; ///< header name of that column, when known
    QString code;       ///< stable identifier, e.g. "unparsable_date", "negative_quantity"
    QString message;    ///< one line: what was found and what was expected

    /// "file:line:column: severity: message" (line/column left out when 0).
    QString toString() const;
};

struct ProductTotal
{
    QString name;
    int days = 0;       ///< days with a value (zeros included, closed days not)
    double total = 0.0; ///< sum of the measure over all days
    int firstDay = 0;   ///< days since 1970-01-01
    int lastDay = 0;
};

/// The format the read used, as values (the decisions say it in words, translated). Empty
/// (Auto) when not known. Encoding, delimiter, layout and columns are set whether detected
/// or chosen in the spec; decimal and dateOrder only when the file's values proved them.
struct DetectedFormat
{
    QString encoding;  ///< "utf-8" (with or without BOM) or "windows-1252"; text files only
    QString delimiter; ///< ",", ";", "\t" or "|"; text files only
    QString decimal;   ///< "," or "." (empty: no decimals seen, a workbook, or set by hand)
    QString dateOrder; ///< "ymd", "dmy" or "mdy"
    ImportSpec::Layout layout = ImportSpec::Layout::Auto;
    QMap<QString, QString> columns; ///< "Date", "Time", "Product", ... -> header name
};

struct ImportReport
{
    QString file;
    qint64 rowsRead = 0;     ///< data records read (header and blank lines not counted)
    qint64 rowsImported = 0; ///< records that contributed to the daily series
    qint64 rowsSkipped = 0;  ///< records left out (with an issue each, or counted in one)
    int firstDay = 0;        ///< days since epoch; valid when products is non-empty
    int lastDay = 0;
    int closedDays = 0;    ///< days in range on which nothing at all was sold
    int daysReplaced = 0;  ///< product-days that replaced earlier imported values
    QString measure;       ///< "units" or "revenue"
    QStringList decisions; ///< every detected or inferred choice, in words
    DetectedFormat detected;
    std::vector<ProductTotal> products;
    std::vector<ImportIssue> issues;

    bool rejected() const; ///< true when any issue is an error
    int count(ImportIssue::Severity s) const;
    QJsonObject toJson() const;
};

} // namespace bakery::data
