#include "MainWindow.h"

#include "AppIcons.h"
#include "AppIdentity.h"
#include "EmptyStatePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace bakery::ui {

namespace {

constexpr int kGrid = 8;
const QSize kMinimumSize(1024, 640);
const QSize kDefaultSize(1280, 800);

// Window layout is not a user setting, so it lives here rather than in the engine's settings.
const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kStateKey = QStringLiteral("mainWindow/state");
const QString kPageKey = QStringLiteral("mainWindow/page");

// Disabled until the feature lands; the tooltip tells the baker it is expected, not broken.
void setComingSoon(QAction* action, const QString& tooltip)
{
    action->setEnabled(false);
    action->setToolTip(tooltip);
    action->setStatusTip(tooltip);
}

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("Bakery-IA Trainer"));
    setMinimumSize(kMinimumSize);

    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createPages();
    createStatusBar();
    restoreWindowState();
}

QStringList MainWindow::pageKeys() const
{
    return m_pageKeys;
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::setCurrentPage(int index)
{
    m_sidebar->setCurrentRow(index);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions()
{
    const QString soon = tr("Coming soon");

    m_importAction = new QAction(AppIcons::importSales(), tr("&Import sales..."), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    setComingSoon(m_importAction,
                  tr("Import a sales history file (%1). %2")
                      .arg(m_importAction->shortcut().toString(QKeySequence::NativeText), soon));

    m_trainAllAction = new QAction(AppIcons::training(), tr("&Train all"), this);
    m_trainAllAction->setObjectName(QStringLiteral("trainAllAction"));
    m_trainAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    setComingSoon(m_trainAllAction,
                  tr("Train the forecasts of every product (%1). %2")
                      .arg(m_trainAllAction->shortcut().toString(QKeySequence::NativeText), soon));

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About Bakery-IA Trainer"), this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    fileMenu->addAction(m_importAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* trainingMenu = menuBar()->addMenu(tr("&Training"));
    trainingMenu->setObjectName(QStringLiteral("trainingMenu"));
    trainingMenu->addAction(m_trainAllAction);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(QStringLiteral("helpMenu"));
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar* toolBar = addToolBar(tr("Main toolbar"));
    toolBar->setObjectName(QStringLiteral("mainToolBar")); // saveState() needs the name
    toolBar->setMovable(false);
    toolBar->setIconSize(QSize(3 * kGrid, 3 * kGrid));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(m_importAction);
    toolBar->addAction(m_trainAllAction);
}

void MainWindow::createCentralArea()
{
    m_sidebar = new QListWidget;
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setAccessibleName(tr("Pages"));
    m_sidebar->setIconSize(QSize(3 * kGrid, 3 * kGrid));
    m_sidebar->setFixedWidth(27 * kGrid);
    m_sidebar->setFrameShape(QFrame::NoFrame);
    m_sidebar->setSpacing(kGrid / 2);
    m_sidebar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sidebar->setStyleSheet(
        QStringLiteral("QListWidget#sidebar { background: palette(window); padding: 8px; }"
                       "QListWidget#sidebar::item { padding: 8px; border-radius: 6px; }"
                       "QListWidget#sidebar::item:selected { background: palette(highlight);"
                       " color: palette(highlighted-text); }"));

    m_pages = new QStackedWidget;
    m_pages->setObjectName(QStringLiteral("pages"));

    auto* separator = new QFrame;
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);

    auto* central = new QWidget;
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(separator);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    connect(m_sidebar, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
}

void MainWindow::createPages()
{
    auto* overview = new EmptyStatePage(
        AppIcons::overview(), tr("No sales yet"),
        tr("Import your sales history to see how well each product can be forecast, "
           "or try the demo bakery to look around first."));
    overview->setObjectName(QStringLiteral("emptyStateOverview"));
    overview->addComingSoonButton(tr("Import sales history..."),
                                  QStringLiteral("overviewImportButton"));
    overview->addComingSoonButton(tr("Try the demo bakery"), QStringLiteral("overviewDemoButton"));
    addPage(QStringLiteral("overview"), AppIcons::overview(), tr("Overview"), overview);

    auto* products = new EmptyStatePage(
        AppIcons::products(), tr("No products yet"),
        tr("Your products appear here once you import sales: days of history, accuracy and "
           "the version in use for each one."));
    products->setObjectName(QStringLiteral("emptyStateProducts"));
    products->addComingSoonButton(tr("Import sales history..."),
                                  QStringLiteral("productsImportButton"));
    addPage(QStringLiteral("products"), AppIcons::products(), tr("Products"), products);

    auto* training = new EmptyStatePage(
        AppIcons::training(), tr("Nothing trained yet"),
        tr("Training learns the sales pattern of each product. The progress of the current "
           "training job and the history of past ones appear here."));
    training->setObjectName(QStringLiteral("emptyStateTraining"));
    training->addComingSoonButton(tr("Train all"), QStringLiteral("trainingTrainAllButton"));
    addPage(QStringLiteral("training"), AppIcons::training(), tr("Training"), training);

    auto* settings = new EmptyStatePage(
        AppIcons::settings(), tr("Settings"),
        tr("Soon you can choose where your data is kept, the holidays of your region and how "
           "often the forecasts are trained again."));
    settings->setObjectName(QStringLiteral("emptyStateSettings"));
    settings->addComingSoonButton(tr("Choose the holidays of your region..."),
                                  QStringLiteral("settingsHolidaysButton"));
    addPage(QStringLiteral("settings"), AppIcons::settings(), tr("Settings"), settings);

    m_sidebar->setCurrentRow(0);
}

void MainWindow::addPage(const QString& key, const QIcon& icon, const QString& name,
                         EmptyStatePage* page)
{
    auto* item = new QListWidgetItem(icon, name, m_sidebar);
    item->setData(Qt::UserRole, key);
    item->setSizeHint(QSize(0, 5 * kGrid));
    m_pages->addWidget(page);
    m_pageKeys.append(key);
}

void MainWindow::createStatusBar()
{
    m_lastTrainingLabel = new QLabel(tr("Last training: never"));
    m_lastTrainingLabel->setObjectName(QStringLiteral("lastTrainingLabel"));
    m_nextTrainingLabel = new QLabel(tr("Next training: not scheduled"));
    m_nextTrainingLabel->setObjectName(QStringLiteral("nextTrainingLabel"));
    m_storeLabel = new QLabel(tr("Local database"));
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_storeLabel->setToolTip(tr("Your sales and forecasts are kept in a database on this "
                                "computer."));

    for (QLabel* label : {m_lastTrainingLabel, m_nextTrainingLabel, m_storeLabel})
        label->setContentsMargins(kGrid, 0, kGrid, 0);
    statusBar()->addPermanentWidget(m_lastTrainingLabel);
    statusBar()->addPermanentWidget(m_nextTrainingLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
}

void MainWindow::restoreWindowState()
{
    const QSettings settings(kOrganisationName, kApplicationName);
    if (!restoreGeometry(settings.value(kGeometryKey).toByteArray()))
        resize(kDefaultSize);
    restoreState(settings.value(kStateKey).toByteArray());
    const int page = settings.value(kPageKey, 0).toInt();
    if (page >= 0 && page < m_pages->count())
        setCurrentPage(page);
}

void MainWindow::saveWindowState() const
{
    QSettings settings(kOrganisationName, kApplicationName);
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    settings.setValue(kPageKey, currentPage());
}

void MainWindow::showAbout()
{
    // Window-modal and self-deleting: no nested event loop, and tests can find it by name.
    auto* box = new QMessageBox(this);
    box->setObjectName(QStringLiteral("aboutDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowTitle(tr("About Bakery-IA Trainer"));
    box->setIconPixmap(windowIcon().pixmap(8 * kGrid, 8 * kGrid));
    box->setTextFormat(Qt::RichText);
    box->setText(tr("<h3>Bakery-IA Trainer %1</h3>"
                    "<p>Train, compare and deploy sales forecasts for each product of your "
                    "bakery.</p>")
                     .arg(QStringLiteral(BAKERY_VERSION)));
    box->setInformativeText(tr("Built with Qt %1.").arg(QLatin1String(QT_VERSION_STR)));
    box->setStandardButtons(QMessageBox::Close);
    box->open();
}

} // namespace bakery::ui
