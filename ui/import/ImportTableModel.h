#pragma once
// A read-only table of text for the import wizard (raw preview, products, issues): a
// header, rows of cells, and per row a severity that highlights errors and warnings
// (with words in the row too, so colour is never the only signal).

#include <QAbstractTableModel>
#include <QStringList>
#include <QVector>

namespace bakery::ui {

class ImportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Highlight { None, Warning, Error };

    explicit ImportTableModel(QObject* parent = nullptr);

    /// Replaces everything; `highlights` and `rowNames` may be empty (none / 1, 2, 3...).
    void setTable(const QStringList& header, const QVector<QStringList>& rows,
                  const QVector<Highlight>& highlights = {}, const QStringList& rowNames = {});
    void clear();
    Highlight highlight(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QVector<QStringList> m_rows;
    QVector<Highlight> m_highlights;
    QStringList m_rowNames;
    int m_columns = 0;
};

} // namespace bakery::ui
