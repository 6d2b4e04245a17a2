#include "ProductsPage.h"

#include "AppController.h"
#include "ProductsDelegate.h"
#include "ProductsModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace bakery::ui {

ProductsPage::ProductsPage(AppController* controller, QWidget* parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_model(new ProductsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView)
    , m_search(new QLineEdit)
    , m_statusFilter(new QComboBox)
    , m_trainSelected(new QPushButton(tr("Train selected")))
{
    setObjectName(QStringLiteral("productsPage"));
    m_model->setMinimumDays(controller->settings().minTrainingDataDays);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ProductsModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ProductsModel::Name);

    m_search->setObjectName(QStringLiteral("productsSearch"));
    m_search->setPlaceholderText(tr("Search products"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(tr("Show only the products whose name contains this text (Ctrl+F)."));
    m_statusFilter->setObjectName(QStringLiteral("productsStatusFilter"));
    m_statusFilter->addItem(tr("All products"), QString());
    for (const QString& status :
         {tr("ready"), tr("not trained yet"), tr("not enough data"), tr("failed")})
        m_statusFilter->addItem(status, status);
    m_statusFilter->setToolTip(tr("Show only the products with this status."));
    m_trainSelected->setObjectName(QStringLiteral("productsTrainSelected"));
    m_trainSelected->setToolTip(tr("Train the selected products now."));

    m_view->setObjectName(QStringLiteral("productsTable"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new ProductsDelegate(m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ProductsModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(32); // comfortable density, 8 px grid
    // Not ResizeToContents: it measures every row again after each change, which at 25
    // progress updates a second kept the GUI thread busy (23 ms per update for 500 rows).
    // Columns are fitted once per reload instead.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setResizeContentsPrecision(64); // fitting measures 64 rows
    m_view->horizontalHeader()->setSectionResizeMode(ProductsModel::Name, QHeaderView::Stretch);
    m_view->horizontalHeader()->setMinimumSectionSize(96);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_statusFilter);
    bar->addWidget(m_trainSelected);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->setSpacing(8);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    auto* find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });
    connect(m_search, &QLineEdit::textChanged, this, &ProductsPage::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &ProductsPage::applyFilter);
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex& i) { emit productActivated(productAt(i)); });
    connect(m_view, &QWidget::customContextMenuRequested, this, &ProductsPage::showContextMenu);
    connect(m_trainSelected, &QPushButton::clicked, this, [this]() {
        const QStringList names = selectedProducts();
        if (!names.isEmpty())
            emit trainRequested(names);
    });
    connect(controller, &AppController::productsChanged, this, [this]() {
        if (m_model->setProducts(m_controller->products())) { // new rows; widths kept otherwise
            // A model reset drops per-section modes: the name column takes the spare width.
            m_view->horizontalHeader()->setSectionResizeMode(ProductsModel::Name,
                                                             QHeaderView::Stretch);
            m_columnsFitted = false;
            fitColumns();
        }
    });
    connect(controller, &AppController::trainingProgress, m_model, &ProductsModel::setProgress);
    connect(controller, &AppController::jobFinished, m_model, &ProductsModel::clearProgress);
    m_model->setProducts(controller->products());
}

void ProductsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    fitColumns();
}

void ProductsPage::fitColumns()
{
    if (m_columnsFitted || !isVisible() || m_model->rowCount() == 0)
        return;
    m_view->resizeColumnsToContents(); // the name column too, so stretch it again after
    m_view->horizontalHeader()->setSectionResizeMode(ProductsModel::Name, QHeaderView::Stretch);
    m_columnsFitted = true;
}

void ProductsPage::applyFilter()
{
    // Name by the search box; status by a second pass on the status column's text.
    const QString status = m_statusFilter->currentData().toString();
    const QString text = QRegularExpression::escape(m_search->text());
    m_proxy->setFilterRegularExpression(
        QRegularExpression(text, QRegularExpression::CaseInsensitiveOption));
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const training::ProductStatus* p = m_model->product(row);
        const bool statusOk = status.isEmpty() || m_model->statusText(*p) == status;
        const QModelIndex proxyIndex = m_proxy->mapFromSource(m_model->index(row, 0));
        if (proxyIndex.isValid())
            m_view->setRowHidden(proxyIndex.row(), !statusOk);
    }
}

QString ProductsPage::productAt(const QModelIndex& proxyIndex) const
{
    const training::ProductStatus* p = m_model->product(m_proxy->mapToSource(proxyIndex).row());
    return p ? p->name : QString();
}

QStringList ProductsPage::selectedProducts() const
{
    QStringList names;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        names << productAt(i);
    return names;
}

void ProductsPage::showContextMenu(const QPoint& pos)
{
    const QString product = productAt(m_view->indexAt(pos));
    if (product.isEmpty())
        return;
    QMenu menu(this);
    menu.addAction(tr("Open"), this, [this, product]() { emit productActivated(product); });
    menu.addAction(tr("Train"), this, [this, product]() { emit trainRequested({product}); });
    menu.addAction(tr("Compare versions"), this,
                   [this, product]() { emit compareRequested(product); });
    menu.addAction(tr("Deploy previous version (roll back)"), this, [this, product]() {
        QString error;
        if (!m_controller->rollback(product, &error))
            QMessageBox::information(this, tr("Roll back"), error);
    });
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace bakery::ui
