#include "import/ImportTableModel.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

#include <algorithm>

namespace bakery::ui {

ImportTableModel::ImportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportTableModel::setTable(const QStringList& header, const QVector<QStringList>& rows,
                                const QVector<Highlight>& highlights, const QStringList& rowNames)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    m_highlights = highlights;
    m_rowNames = rowNames;
    m_columns = static_cast<int>(header.size());
    for (const QStringList& row : rows)
        m_columns = std::max(m_columns, static_cast<int>(row.size()));
    endResetModel();
}

void ImportTableModel::clear()
{
    setTable({}, {});
}

ImportTableModel::Highlight ImportTableModel::highlight(int row) const
{
    return row >= 0 && row < m_highlights.size() ? m_highlights[row] : Highlight::None;
}

int ImportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant ImportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const QStringList& row = m_rows[index.row()];
    const Highlight h = highlight(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return index.column() < row.size() ? row[index.column()] : QString();
    case Qt::BackgroundRole:
        if (h == Highlight::Error)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        if (h == Highlight::Warning)
            return QBrush(QColor(0xfe, 0xf3, 0xc7));
        return {};
    case Qt::ForegroundRole:
        return h == Highlight::None ? QVariant() : QVariant(QBrush(QColor(0x1f, 0x1f, 0x1f)));
    case Qt::FontRole:
        if (h == Highlight::Error) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() != 0 || h == Highlight::None)
            return {};
        return QApplication::style()->standardIcon(
            h == Highlight::Error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
    default:
        return {};
    }
}

QVariant ImportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < m_header.size() ? m_header[section] : QString::number(section + 1);
    return section < m_rowNames.size() ? m_rowNames[section] : QString::number(section + 1);
}

} // namespace bakery::ui
