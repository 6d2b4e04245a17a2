#pragma once
// Paints the products table's two special cells: the accuracy pill (band colour with the
// number on it) and, while a product trains, a progress bar in its status cell.

#include <QStyledItemDelegate>

namespace bakery::ui {

class ProductsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
};

} // namespace bakery::ui
