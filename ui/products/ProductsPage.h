#pragma once
// "Which products forecast well?": the products table with search, a status filter and
// sorting on every column; double-click opens a product; right-click trains, opens,
// compares or rolls back. While a job runs, each training product's status is a progress bar.

#include <QWidget>

class QComboBox;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace bakery::ui {

class AppController;
class ProductsModel;

class ProductsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProductsPage(AppController* controller, QWidget* parent = nullptr);
    ProductsModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

signals:
    void productActivated(const QString& product);
    void compareRequested(const QString& product);
    void trainRequested(const QStringList& products);

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Fits the columns to their texts once after the rows changed, when the table is visible
    /// (a hidden view measures nothing).
    void fitColumns();
    void applyFilter();
    void showContextMenu(const QPoint& pos);
    QStringList selectedProducts() const;
    QString productAt(const QModelIndex& proxyIndex) const;

    bool m_columnsFitted = false;
    AppController* m_controller;
    ProductsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QLineEdit* m_search;
    QComboBox* m_statusFilter;
    QPushButton* m_trainSelected;
};

} // namespace bakery::ui
