#pragma once
// Reads one worksheet of an XLSX workbook (Office Open XML, as Excel and
// LibreOffice write it) into rows of text, for the sales importer. The zip is
// opened with QuaZip and every part is streamed through QXmlStreamReader, so a
// sheet of a million rows never exists as a DOM.
//
// Cell text: strings as stored (shared, inline, rich-text runs joined); numbers
// in C locale with the shortest digits that round-trip ("1234.56", "100000");
// booleans TRUE/FALSE; errors as shown (#N/A); numbers with a date or time
// format as ISO text, "YYYY-MM-DD" when whole, else "YYYY-MM-DDTHH:MM:SS"
// rounded to the second (1900 or 1904 date system, from the workbook).
// Excel's fictitious 1900-02-29 (serial 60) comes out as that impossible date,
// so the importer reports it instead of shifting a day.

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace bakery::data {

struct XlsxRow
{
    int row = 0;                ///< 1-based sheet row number
    std::vector<QString> cells; ///< cells[0] is column A; gaps are empty; trailing empties trimmed
};

struct XlsxTable
{
    QString error;             ///< one line starting with the file name; empty on success
    QString sheet;             ///< the sheet read (or asked for, on error)
    QStringList sheetNames;    ///< every sheet in workbook order, when the workbook could be read
    std::vector<XlsxRow> rows; ///< rows with at least one non-empty cell, ascending; none on error
    bool ok() const { return error.isEmpty(); }
};

class XlsxReader
{
public:
    /// True for the zip local-file signature "PK\x03\x04" that every XLSX starts with.
    static bool looksLikeXlsx(const QByteArray& firstBytes);
    /// Reads the sheet named `sheet`, or the first sheet (workbook order) when empty.
    static XlsxTable read(const QString& path, const QString& sheet = {});
};

} // namespace bakery::data
