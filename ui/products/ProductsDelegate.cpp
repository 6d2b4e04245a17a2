#include "ProductsDelegate.h"

#include "AccuracyBand.h"
#include "ProductsModel.h"

#include <QApplication>
#include <QPainter>

namespace bakery::ui {

void ProductsDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                             const QModelIndex& index) const
{
    const int progress = index.data(ProductsModel::ProgressRole).toInt();
    if (index.column() == ProductsModel::Status && progress >= 0) {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(4, 4, -4, -4);
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = progress;
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.state = option.state | QStyle::State_Horizontal;
        QApplication::style()->drawControl(QStyle::CE_ProgressBar, &bar, painter);
        return;
    }
    if (index.column() != ProductsModel::Accuracy) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background and selection, without its text: the pill carries the number.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    cell.text.clear();
    QStyle* style = cell.widget ? cell.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, cell.widget);
    const QColor colour =
        bandColor(accuracyBand(index.data(ProductsModel::AccuracyRole).toDouble()));
    const QString text = index.data().toString();
    const QFontMetrics metrics(option.font);
    const int width = metrics.horizontalAdvance(text) + 16;
    const int height = metrics.height() + 4;
    const QRect pill(option.rect.right() - width - 6, option.rect.center().y() - height / 2, width,
                     height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(colour);
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(Qt::white);
    painter->drawText(pill, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace bakery::ui
