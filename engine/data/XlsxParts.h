#pragma once
// Internal to XlsxReader: parsers for the workbook's XML parts and the rules
// that turn a stored cell value into text. Every parser streams; a semantic
// problem is raised on the QXmlStreamReader (CustomError) so that the caller
// reports it with the part and the line, like a syntax error.

#include "data/XlsxReader.h"

#include <QHash>
#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

#include <vector>

namespace bakery::data::xlsx {

struct SheetEntry
{
    QString name;
    QString relId; ///< r:id, resolved through the workbook's relationships
};

struct Workbook
{
    std::vector<SheetEntry> sheets; ///< workbook order
    bool date1904 = false;
};

struct Relationships
{
    QHash<QString, QString> partById; ///< Id -> zip entry name, already resolved
    QString officeDocument;           ///< package rels: the workbook part
    QString sharedStrings;
    QString styles;
};

/// What a sheet's cells need from the rest of the workbook.
struct SheetContext
{
    const std::vector<QString>& sharedStrings;
    const std::vector<bool>& dateStyles; ///< per cellXfs index: number shown as date/time
    bool date1904 = false;
};

void parseWorkbook(QXmlStreamReader& xml, Workbook& out);
/// `sourcePart` is the part the .rels file belongs to ("" for the package).
void parseRelationships(QXmlStreamReader& xml, const QString& sourcePart, Relationships& out);
void parseSharedStrings(QXmlStreamReader& xml, std::vector<QString>& out);
void parseStyles(QXmlStreamReader& xml, std::vector<bool>& dateStyles);
/// Rows with at least one non-empty cell, sorted by row number.
void parseSheet(QXmlStreamReader& xml, const SheetContext& ctx, std::vector<XlsxRow>& rows);

/// The .rels part describing `part`: "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels".
QString relsPartFor(const QString& part);
/// A relationship target made a zip entry name: relative to the source part's
/// folder, or absolute from the package root when it starts with '/'.
QString resolveTarget(const QString& sourcePart, const QString& target);

bool isBuiltinDateFormat(int numFmtId);
/// True when a format code shows a date or time: d, m, y, h or s outside
/// quoted text, [brackets] and escaped characters.
bool isDateFormatCode(QStringView code);
/// Shortest round-trip digits, C locale, fixed notation for ordinary magnitudes.
QString numberText(double v);
/// True when `text` is already what numberText() would print for its value,
/// so that the common cell needs no conversion.
bool isShortestNumberText(QStringView text);
/// A cell's number (C locale, finite); false when the text is not one.
bool parseNumber(const QString& text, double* v);
/// ISO date or date-time of a serial day number; empty when outside 0..9999-12-31.
QString serialToIso(double serial, bool date1904);
/// Undoes OOXML's _xHHHH_ escapes of characters XML cannot carry (e.g. _x000D_).
QString decodeEscapes(const QString& s);
/// 0-based column of a reference such as "C7" or "AB12", and its row (0 if
/// absent); -1 when malformed or beyond Excel's XFD1048576.
int columnFromReference(QStringView ref, int* row);

/// Concatenated text of an <si> or <is> element (plain or rich-text runs),
/// reader positioned on its start element; phonetic guides (<rPh>) are skipped.
QString readStringItem(QXmlStreamReader& xml);

} // namespace bakery::data::xlsx
