#pragma once
// The products table (ui-design.md, "The products table"): one row per product from
// AppController::products(), plus the live step of products training now.

#include "training/ProductStatus.h"
#include "training/TrainingProgress.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace bakery::ui {

class ProductsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Days, LastSale, Status, Accuracy, Mae, Deployed, LastTrained, ColumnCount };
    /// Sorting uses the raw value (numbers, dates), not the text.
    static constexpr int SortRole = Qt::UserRole + 1;
    /// Status column while training: 0..100, or -1 when the product is not training.
    static constexpr int ProgressRole = Qt::UserRole + 2;
    /// Accuracy column: the accuracy in %, NaN when unknown (for the pill delegate).
    static constexpr int AccuracyRole = Qt::UserRole + 3;

    explicit ProductsModel(QObject* parent = nullptr);
    /// MIN_TRAINING_DATA_DAYS, for the "not enough data" tooltip.
    void setMinimumDays(int days) { m_minDays = days; }

    /// Returns true when the rows were replaced (a reset), false when the same products were
    /// updated in place.
    bool setProducts(std::vector<training::ProductStatus> products);
    /// Live steps of a running job; products not in the report keep their state.
    void setProgress(const training::TrainingProgress& progress);
    /// The job ended: no product is training any more.
    void clearProgress();
    const training::ProductStatus* product(int row) const;
    int rowOf(const QString& name) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// "ready", "not enough data", "training", "failed": the status cell's text.
    QString statusText(const training::ProductStatus& p) const;

private:
    std::vector<training::ProductStatus> m_products;
    QHash<QString, int> m_rows;     ///< product -> row, for progress updates
    QHash<QString, int> m_training; ///< product -> percent of its steps done
    int m_minDays = 30;
};

} // namespace bakery::ui
