// MainWindow, second half: the pages, navigation between them, and the actions that
// start work (import, train, demo). The first half (MainWindow.cpp) is the frame.
#include "AppController.h"
#include "AppIcons.h"
#include "DemoBakery.h"
#include "EmptyStatePage.h"
#include "MainWindow.h"
#include "PageSwitch.h"
#include "accuracy/AccuracyPage.h"
#include "compare/ComparePage.h"
#include "import/ImportWizard.h"
#include "overview/OverviewPage.h"
#include "product/ProductPage.h"
#include "products/ProductsPage.h"
#include "settings/SettingsPage.h"
#include "training/RetrainSchedule.h"
#include "training/TrainingPage.h"

#include <QDateTime>

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <algorithm>

namespace bakery::ui {

namespace {
constexpr int kGrid = 8;
} // namespace

EmptyStatePage* MainWindow::emptyState(const QIcon& icon, const QString& key, const QString& title,
                                       const QString& text)
{
    auto* page = new EmptyStatePage(icon, title, text);
    page->setObjectName(QStringLiteral("emptyState") + key.left(1).toUpper() + key.mid(1));
    return page;
}

void MainWindow::createPages()
{
    const QString importText = tr("Import sales history...");
    // Overview: until products exist, the welcome with the two ways in.
    EmptyStatePage* overviewEmpty =
        emptyState(AppIcons::overview(), QStringLiteral("overview"), tr("No sales yet"),
                   tr("Import your sales history to see how well each product can be "
                      "forecast, or try the demo bakery to look around first."));
    connect(overviewEmpty->addActionButton(importText, QStringLiteral("overviewImportButton")),
            &QPushButton::clicked, this, [this]() { openImportWizard(); });
    connect(overviewEmpty->addActionButton(tr("Try the demo bakery"),
                                           QStringLiteral("overviewDemoButton")),
            &QPushButton::clicked, this, &MainWindow::tryDemoBakery);
    auto* overviewContent = new OverviewPage(m_controller);
    connect(overviewContent, &OverviewPage::productActivated, this, &MainWindow::openProduct);
    auto* overview = new PageSwitch(overviewEmpty, overviewContent);
    overview->setObjectName(QStringLiteral("overviewSwitch"));
    m_switches << overview;
    addPage(QStringLiteral("overview"), AppIcons::overview(), tr("Overview"), overview);

    EmptyStatePage* productsEmpty =
        emptyState(AppIcons::products(), QStringLiteral("products"), tr("No products yet"),
                   tr("Your products appear here once you import sales: days of history, "
                      "accuracy and the version in use for each one."));
    connect(productsEmpty->addActionButton(importText, QStringLiteral("productsImportButton")),
            &QPushButton::clicked, this, [this]() { openImportWizard(); });
    m_productsPage = new ProductsPage(m_controller);
    auto* products = new PageSwitch(productsEmpty, m_productsPage);
    products->setObjectName(QStringLiteral("productsSwitch"));
    m_switches << products;
    connect(m_productsPage, &ProductsPage::productActivated, this, &MainWindow::openProduct);
    connect(m_productsPage, &ProductsPage::compareRequested, this, &MainWindow::compareProduct);
    connect(m_productsPage, &ProductsPage::trainRequested, this, &MainWindow::train);
    addPage(QStringLiteral("products"), AppIcons::products(), tr("Products"), products);

    EmptyStatePage* productEmpty =
        emptyState(AppIcons::products(), QStringLiteral("product"), tr("No product open"),
                   tr("Open a product from the products table (double-click) to see its sales, "
                      "its forecast and why the forecast looks the way it does."));
    connect(productEmpty->addActionButton(tr("Show the products"),
                                          QStringLiteral("productShowProductsButton")),
            &QPushButton::clicked, this, [this]() { showPage(QStringLiteral("products")); });
    m_productPage = new ProductPage(m_controller);
    connect(m_productPage, &ProductPage::trainRequested, this,
            [this](const QString& product) { train({product}); });
    connect(m_productPage, &ProductPage::compareRequested, this,
            [this]() { compareProduct(m_openProduct); });
    m_productSwitch = new PageSwitch(productEmpty, m_productPage);
    m_productSwitch->setObjectName(QStringLiteral("productSwitch"));
    addPage(QStringLiteral("product"), AppIcons::products(), tr("Product"), m_productSwitch);

    EmptyStatePage* compareEmpty =
        emptyState(AppIcons::training(), QStringLiteral("compare"), tr("Nothing to compare yet"),
                   tr("After a product has been trained twice, compare its versions here and "
                      "deploy the better one. Right-click a product to compare its versions."));
    connect(compareEmpty->addActionButton(tr("Show the products"),
                                          QStringLiteral("compareShowProductsButton")),
            &QPushButton::clicked, this, [this]() { showPage(QStringLiteral("products")); });
    m_comparePage = new ComparePage(m_controller);
    m_compareSwitch = new PageSwitch(compareEmpty, m_comparePage);
    m_compareSwitch->setObjectName(QStringLiteral("compareSwitch"));
    addPage(QStringLiteral("compare"), AppIcons::training(), tr("Compare versions"),
            m_compareSwitch);

    EmptyStatePage* accuracyEmpty =
        emptyState(AppIcons::overview(), QStringLiteral("accuracy"), tr("No accuracy yet"),
                   tr("Once products are trained, this page shows how well each one forecasts."));
    connect(accuracyEmpty->addActionButton(tr("Train all"), QStringLiteral("accuracyTrainButton")),
            &QPushButton::clicked, this, &MainWindow::trainAll);
    m_accuracyPage = new AccuracyPage(m_controller);
    connect(m_accuracyPage, &AccuracyPage::productActivated, this, &MainWindow::openProduct);
    m_accuracySwitch = new PageSwitch(accuracyEmpty, m_accuracyPage);
    m_accuracySwitch->setObjectName(QStringLiteral("accuracySwitch"));
    addPage(QStringLiteral("accuracy"), AppIcons::overview(), tr("Accuracy"), m_accuracySwitch);

    EmptyStatePage* trainingEmpty =
        emptyState(AppIcons::training(), QStringLiteral("training"), tr("Nothing trained yet"),
                   tr("Training learns the sales pattern of each product. The progress of the "
                      "current training job and the history of past ones appear here."));
    connect(trainingEmpty->addActionButton(importText, QStringLiteral("trainingImportButton")),
            &QPushButton::clicked, this, [this]() { openImportWizard(); });
    m_trainingPage = new TrainingPage(m_controller);
    connect(m_trainingPage, &TrainingPage::trainAllRequested, this, &MainWindow::trainAll);
    auto* training = new PageSwitch(trainingEmpty, m_trainingPage);
    training->setObjectName(QStringLiteral("trainingSwitch"));
    m_switches << training;
    addPage(QStringLiteral("training"), AppIcons::training(), tr("Training"), training);

    auto* settings = new SettingsPage(m_controller->settings());
    settings->setObjectName(QStringLiteral("settingsPage"));
    connect(settings, &SettingsPage::saved, this, [this]() {
        statusBar()->showMessage(tr("Settings saved. They apply the next time the app starts."),
                                 8000);
    });
    addPage(QStringLiteral("settings"), AppIcons::settings(), tr("Settings"), settings);
    m_sidebar->setCurrentRow(0);
}

void MainWindow::addPage(const QString& key, const QIcon& icon, const QString& name, QWidget* page)
{
    auto* item = new QListWidgetItem(icon, name, m_sidebar);
    item->setData(Qt::UserRole, key);
    item->setSizeHint(QSize(0, 5 * kGrid));
    m_pages->addWidget(page);
    m_pageKeys.append(key);
    // Ctrl+1 .. Ctrl+9 open the pages in sidebar order.
    const int number = int(m_pageKeys.size());
    if (number <= 9) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number)), this);
        connect(shortcut, &QShortcut::activated, this, [this, key]() { showPage(key); });
        item->setToolTip(
            tr("%1 (%2)").arg(name, shortcut->key().toString(QKeySequence::NativeText)));
    }
}

void MainWindow::showPage(const QString& key)
{
    const int index = m_pageKeys.indexOf(key);
    if (index >= 0)
        setCurrentPage(index);
}

void MainWindow::productsChanged()
{
    const bool any = !m_controller->products().empty();
    for (PageSwitch* page : std::as_const(m_switches))
        page->setHasContent(any);
    const auto& all = m_controller->products();
    const bool trained = std::any_of(
        all.begin(), all.end(), [](const training::ProductStatus& p) { return p.versions > 0; });
    m_accuracySwitch->setHasContent(trained);
    m_compareSwitch->setHasContent(trained && !m_openProduct.isEmpty());
    m_productSwitch->setHasContent(!m_openProduct.isEmpty());
    m_trainAllAction->setEnabled(any);
    refreshStatusBar();
}

void MainWindow::refreshStatusBar()
{
    QString last;
    for (const training::ProductStatus& p : m_controller->products())
        last = std::max(last, p.lastTrainedAt);
    const QDateTime lastTime = QDateTime::fromString(last, Qt::ISODate);
    const QLocale locale;
    m_lastTrainingLabel->setText(
        lastTime.isValid() ? tr("Last training: %1")
                                 .arg(locale.toString(lastTime.toLocalTime(), QLocale::ShortFormat))
                           : tr("Last training: never"));
    // The schedule is read off the GUI thread: this runs after every reload.
    const config::Settings s = m_controller->settings();
    const storage::Database* db = &m_controller->workspace().database();
    const QString tenant = m_controller->tenant();
    m_controller->runAsync<training::ScheduleState>(
        this, [db, tenant, s]() { return training::scheduleState(*db, tenant, s); },
        [this, s](const training::ScheduleState& schedule) {
            m_nextTrainingLabel->setText(
                s.enableContinuousLearning && schedule.nextSlot.isValid()
                    ? tr("Next training: %1")
                          .arg(QLocale().toString(schedule.nextSlot, QLocale::ShortFormat))
                    : tr("Next training: not scheduled"));
        });
    const QString location = m_controller->workspace().database().displayLocation();
    m_storeLabel->setText(m_controller->workspace().database().isPostgres() ? tr("Server database")
                                                                            : tr("Local database"));
    m_storeLabel->setToolTip(tr("Your sales and forecasts are kept in %1.").arg(location));
}

void MainWindow::openImportWizard(const QString& file)
{
    auto* wizard = new ImportWizard(m_controller, file, this);
    wizard->setObjectName(QStringLiteral("importWizard"));
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this,
            [this]() { showPage(QStringLiteral("products")); });
    wizard->open();
}

void MainWindow::trainAll()
{
    train({});
}

void MainWindow::train(const QStringList& products)
{
    // The training page at once; queuing the job writes to the store off the GUI thread.
    showPage(QStringLiteral("training"));
    m_controller->trainInBackground(this, products, [this](const QString& error) {
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("Train"), error);
    });
}

void MainWindow::tryDemoBakery()
{
    // A 3-year Spanish bakery, imported like any till export, off the GUI thread.
    const storage::Database* db = &m_controller->workspace().database();
    const QString tenant = m_controller->tenant();
    statusBar()->showMessage(tr("Importing the demo bakery..."));
    m_controller->runAsync<data::ImportResult>(
        this, [db, tenant]() { return importDemoBakery(storage::SalesStore(*db, tenant)); },
        [this](const data::ImportResult& result) {
            statusBar()->clearMessage();
            if (!result.stored) {
                QStringList lines;
                for (const data::ImportIssue& i : result.report.issues)
                    lines << i.toString();
                QMessageBox::warning(this, tr("Demo bakery"), lines.join(QLatin1Char('\n')));
                return;
            }
            m_controller->notifyStoreChanged();
            showPage(QStringLiteral("products"));
        });
}

void MainWindow::openProduct(const QString& product)
{
    m_openProduct = product;
    m_productPage->showProduct(product);
    productsChanged();
    showPage(QStringLiteral("product"));
}

void MainWindow::compareProduct(const QString& product)
{
    m_openProduct = product;
    m_comparePage->showProduct(product);
    productsChanged();
    showPage(QStringLiteral("compare"));
}

} // namespace bakery::ui
