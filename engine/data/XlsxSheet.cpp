// Streams a worksheet's <sheetData> into rows of text, one <c> at a time.

#include "data/XlsxParts.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace bakery::data::xlsx {
namespace {

// The sentences' translation context is "XlsxSheet".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSheet)
};

constexpr int kMaxColumns = 16384;         // XFD, Excel's last column
constexpr int kMaxRow = 1048576;           // Excel's last row
constexpr qint64 kMaxCells = 50'000'000LL; // kept cells, gaps included: about 1.2 GB of QString

enum class CellType { Number, Shared, Inline, FormulaString, Boolean, Error, Other };

CellType cellType(QStringView t)
{
    if (t.isEmpty() || t == u"n")
        return CellType::Number;
    if (t == u"s")
        return CellType::Shared;
    if (t == u"inlineStr")
        return CellType::Inline;
    if (t == u"str")
        return CellType::FormulaString;
    if (t == u"b")
        return CellType::Boolean;
    if (t == u"e")
        return CellType::Error;
    return CellType::Other; // "d" (ISO date text, strict files) and anything new: kept as written
}

class SheetParser
{
public:
    SheetParser(QXmlStreamReader& xml, const SheetContext& ctx, std::vector<XlsxRow>& rows)
        : xml_(xml)
        , ctx_(ctx)
        , rows_(rows)
    {
    }

    void run()
    {
        bool inSheetData = false;
        while (!xml_.atEnd()) {
            const auto token = xml_.readNext();
            if (token == QXmlStreamReader::StartElement) {
                const QStringView name = xml_.name();
                if (name == u"sheetData")
                    inSheetData = true;
                else if (inSheetData && name == u"row")
                    beginRow();
                else if (inSheetData && name == u"c")
                    readCell();
            } else if (token == QXmlStreamReader::EndElement) {
                const QStringView name = xml_.name();
                if (name == u"sheetData")
                    inSheetData = false;
                else if (inSheetData && name == u"row")
                    endRow();
            }
        }
        if (!sorted_) // rows are ascending in every writer we know; be safe if not
            std::stable_sort(rows_.begin(), rows_.end(),
                             [](const XlsxRow& a, const XlsxRow& b) { return a.row < b.row; });
    }

private:
    void beginRow()
    {
        current_ = XlsxRow{};
        current_.cells.reserve(width_); // rows of a sheet tend to have the same width
        lastColumn_ = -1;
        const QXmlStreamAttributes attrs = xml_.attributes(); // the view below points into it
        const QStringView r = attrs.value(QLatin1String("r"));
        if (r.isEmpty())
            return; // placed after the previous row, or by its first cell's reference
        bool ok = false;
        current_.row = r.toInt(&ok);
        if (!ok || current_.row < 1 || current_.row > kMaxRow)
            xml_.raiseError(Text::tr("row number '%1' is not valid").arg(r));
    }

    void endRow()
    {
        if (current_.row == 0)
            current_.row = lastRow_ + 1;
        if (current_.row > kMaxRow) {
            xml_.raiseError(Text::tr("more rows than Excel's %1").arg(kMaxRow));
            return;
        }
        if (current_.row <= lastRow_)
            sorted_ = false;
        lastRow_ = current_.row;
        auto& cells = current_.cells;
        while (!cells.empty() && cells.back().isEmpty())
            cells.pop_back();
        if (cells.empty())
            return; // formatting-only or all-empty row: its number leaves the gap
        width_ = cells.size();
        keptCells_ += static_cast<qint64>(cells.size());
        if (keptCells_ > kMaxCells) {
            xml_.raiseError(Text::tr("the sheet has more than %1 cells").arg(kMaxCells));
            return;
        }
        rows_.push_back(std::move(current_));
    }

    void readCell()
    {
        // Everything needed from the attributes is taken before the children are read.
        const QXmlStreamAttributes attrs = xml_.attributes();
        const QStringView ref = attrs.value(QLatin1String("r"));
        int column = lastColumn_ + 1;
        if (!ref.isEmpty()) {
            int refRow = 0;
            column = columnFromReference(ref, &refRow);
            if (column < 0) {
                xml_.raiseError(Text::tr("cell reference '%1' is not valid").arg(ref));
                return;
            }
            if (current_.row == 0)
                current_.row = refRow;
        } else if (column >= kMaxColumns) {
            xml_.raiseError(Text::tr("more cells in a row than Excel's %1").arg(kMaxColumns));
            return;
        }
        const CellType type = cellType(attrs.value(QLatin1String("t")));
        const int style = attrs.value(QLatin1String("s")).toInt();
        lastColumn_ = column;

        QString value;
        bool inlineText = false;
        while (xml_.readNextStartElement()) {
            if (xml_.name() == u"v") {
                if (!inlineText)
                    value = xml_.readElementText(QXmlStreamReader::SkipChildElements);
                else
                    xml_.skipCurrentElement();
            } else if (xml_.name() == u"is") {
                value = readStringItem(xml_);
                inlineText = true;
            } else {
                xml_.skipCurrentElement(); // <f> formula, <extLst>
            }
        }
        if (xml_.hasError())
            return;
        QString text = inlineText ? value : cellText(type, style, value, column);
        if (text.isEmpty())
            return;
        auto& cells = current_.cells;
        if (cells.size() <= static_cast<std::size_t>(column))
            cells.resize(static_cast<std::size_t>(column) + 1);
        cells[static_cast<std::size_t>(column)] = std::move(text);
    }

    QString cellText(CellType type, int style, const QString& value, int column)
    {
        switch (type) {
        case CellType::Number: {
            const bool date = style > 0 &&
                              static_cast<std::size_t>(style) < ctx_.dateStyles.size() &&
                              ctx_.dateStyles[static_cast<std::size_t>(style)];
            if (!date && isShortestNumberText(value))
                return value; // most cells: no conversion
            double v = 0.0;
            if (!parseNumber(value, &v))
                return value;
            if (date) {
                const QString iso = serialToIso(v, ctx_.date1904);
                if (!iso.isEmpty())
                    return iso; // a negative or huge serial stays a number
            }
            return numberText(v);
        }
        case CellType::Shared: {
            if (value.isEmpty())
                return {};
            bool ok = false;
            const int index = value.toInt(&ok);
            if (!ok || index < 0 || static_cast<std::size_t>(index) >= ctx_.sharedStrings.size()) {
                xml_.raiseError(Text::tr("cell %1: shared string %2 does not exist "
                                         "(the workbook has %3)")
                                    .arg(cellName(column), value)
                                    .arg(ctx_.sharedStrings.size()));
                return {};
            }
            return ctx_.sharedStrings[static_cast<std::size_t>(index)];
        }
        case CellType::FormulaString:
            return decodeEscapes(value);
        case CellType::Boolean:
            return value == u"1"   ? QStringLiteral("TRUE")
                   : value == u"0" ? QStringLiteral("FALSE")
                                   : value;
        case CellType::Inline: // <is> was absent: some writers put the text in <v>
        case CellType::Error:  // #N/A, #DIV/0!, ... exactly as Excel shows them
        case CellType::Other:
            break;
        }
        return value;
    }

    QString cellName(int column) const
    {
        QString letters;
        for (int c = column + 1; c > 0; c = (c - 1) / 26)
            letters.prepend(QChar(static_cast<char16_t>(u'A' + (c - 1) % 26)));
        return letters + QString::number(current_.row > 0 ? current_.row : lastRow_ + 1);
    }

    QXmlStreamReader& xml_;
    const SheetContext& ctx_;
    std::vector<XlsxRow>& rows_;
    XlsxRow current_;
    std::size_t width_ = 0;
    int lastColumn_ = -1;
    int lastRow_ = 0;
    qint64 keptCells_ = 0;
    bool sorted_ = true;
};

} // namespace

void parseSheet(QXmlStreamReader& xml, const SheetContext& ctx, std::vector<XlsxRow>& rows)
{
    SheetParser(xml, ctx, rows).run();
}

} // namespace bakery::data::xlsx
