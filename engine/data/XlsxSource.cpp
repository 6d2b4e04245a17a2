#include "data/XlsxSource.h"

#include "data/XlsxReader.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace bakery::data {
namespace {

// The sentences' translation context is "XlsxSource".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(XlsxSource)
};

// The sheet's rows as UTF-8, served like CSV records (the line is the sheet row number).
class XlsxSource final : public TableSource
{
public:
    explicit XlsxSource(const XlsxTable& table)
    {
        m_rows.reserve(table.rows.size());
        for (const XlsxRow& row : table.rows) {
            std::vector<std::string> cells;
            cells.reserve(row.cells.size());
            for (const QString& cell : row.cells)
                cells.push_back(cell.trimmed().toStdString());
            m_rows.push_back({row.row, std::move(cells)});
        }
    }
    bool next(TableRecord& record) override
    {
        if (m_next >= m_rows.size())
            return false;
        const Row& row = m_rows[m_next++];
        record.line = row.number;
        record.fields.assign(row.cells.begin(), row.cells.end());
        // A row shorter than the header had empty trailing cells (XLSX drops them).
        if (m_width > record.fields.size())
            record.fields.resize(m_width);
        if (m_width == 0)
            m_width = record.fields.size();
        return true;
    }
    bool typedNumbers() const override { return true; }
    void rewind() override
    {
        m_next = 0;
        m_width = 0;
    }

private:
    struct Row
    {
        int number;
        std::vector<std::string> cells;
    };
    std::vector<Row> m_rows;
    std::size_t m_next = 0;
    std::size_t m_width = 0; ///< the header's cell count
};

} // namespace

OpenedTable openXlsx(const QString& path, const ImportSpec& spec)
{
    OpenedTable t;
    const XlsxTable table = XlsxReader::read(path, spec.sheet);
    if (!table.ok()) {
        t.error.severity = ImportIssue::Severity::Error;
        t.error.file = QFileInfo(path).fileName();
        t.error.code = QStringLiteral("unreadable_xlsx");
        t.error.message = table.error;
        return t;
    }
    t.decisions << Text::tr("File: XLSX workbook, sheet '%1'%2 of %3")
                       .arg(table.sheet,
                            spec.sheet.isEmpty() ? Text::tr(" (the first)") : QString())
                       .arg(table.sheetNames.size());
    t.source = std::make_unique<XlsxSource>(table);
    return t;
}

} // namespace bakery::data
