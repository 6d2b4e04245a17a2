#include "MainWindow.h"

#include "AppController.h"
#include "AppIcons.h"
#include "AppIdentity.h"
#include "EmptyStatePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
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

} // namespace

MainWindow::MainWindow(AppController* controller, QWidget* parent)
    : QMainWindow(parent)
    , m_controller(controller)
{
    setAcceptDrops(true); // drop a sales file on the window to import it
    setWindowTitle(tr("Bakery-IA Trainer"));
    setMinimumSize(kMinimumSize);

    createActions();
    createMenus();
    createToolBar();
    createCentralArea();
    createPages();
    createStatusBar();
    restoreWindowState();
    connect(controller, &AppController::productsChanged, this, &MainWindow::productsChanged);
    connect(controller, &AppController::jobFinished, this, &MainWindow::refreshStatusBar);
    productsChanged();
    controller->reloadProducts();
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
    const QString job = m_controller->runningJob();
    if (!job.isEmpty() &&
        QMessageBox::question(this, tr("Training is running"),
                              tr("Closing stops the training. Products already trained keep "
                                 "their new versions. Close anyway?")) != QMessageBox::Yes) {
        event->ignore();
        return;
    }
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().size() == 1 &&
        event->mimeData()->urls().first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    openImportWizard(event->mimeData()->urls().first().toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::createActions()
{
    m_importAction = new QAction(AppIcons::importSales(), tr("&Import sales..."), this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(
        tr("Import a sales history file (%1). You can also drop the file on the window.")
            .arg(m_importAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_importAction, &QAction::triggered, this, [this]() { openImportWizard(); });

    m_trainAllAction = new QAction(AppIcons::training(), tr("&Train all"), this);
    m_trainAllAction->setObjectName(QStringLiteral("trainAllAction"));
    m_trainAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    m_trainAllAction->setToolTip(
        tr("Train the forecasts of every product whose sales changed (%1).")
            .arg(m_trainAllAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_trainAllAction, &QAction::triggered, this, &MainWindow::trainAll);

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
