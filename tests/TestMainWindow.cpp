// The main window as the baker meets it on a new store: sidebar navigation, toolbar actions,
// empty states that offer the action that fills them, window state kept between runs, and the
// Spanish UI. Runs offscreen on a real, empty SQLite store.
#include "AppController.h"
#include "AppIdentity.h"
#include "MainWindow.h"
#include "Translations.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QTranslator>
#include <QtTest>

#include <memory>

using bakery::ui::AppController;
using bakery::ui::MainWindow;

namespace {

// An empty store in a temporary folder, opened as the app opens its own.
struct EmptyStore
{
    QTemporaryDir dir;
    std::unique_ptr<AppController> controller;
    EmptyStore()
    {
        bakery::config::Settings s;
        s.databaseUrl = dir.filePath(QStringLiteral("store.sqlite"));
        s.modelStoragePath = dir.filePath(QStringLiteral("models"));
        controller = std::make_unique<AppController>(s);
        QString error;
        if (!controller->open(&error))
            qFatal("cannot open the store: %s", qPrintable(error));
    }
};

const QStringList kKeys = {QStringLiteral("overview"), QStringLiteral("products"),
                           QStringLiteral("product"),  QStringLiteral("compare"),
                           QStringLiteral("accuracy"), QStringLiteral("training"),
                           QStringLiteral("settings")};
const QStringList kNames = {QStringLiteral("Overview"), QStringLiteral("Products"),
                            QStringLiteral("Product"),  QStringLiteral("Compare versions"),
                            QStringLiteral("Accuracy"), QStringLiteral("Training"),
                            QStringLiteral("Settings")};
// The empty state each page shows on an empty store (settings always has content).
const QStringList kEmptyStates = {
    QStringLiteral("emptyStateOverview"), QStringLiteral("emptyStateProducts"),
    QStringLiteral("emptyStateProduct"),  QStringLiteral("emptyStateCompare"),
    QStringLiteral("emptyStateAccuracy"), QStringLiteral("emptyStateTraining")};

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void windowOpens();
    void sidebarHasExpectedPages();
    void clickingSidebarSwitchesPage();
    void actionsHaveShortcuts();
    void overviewShowsEmptyState();
    void everyEmptyPageOffersAnAction();
    void statusBarShowsStore();
    void aboutShowsVersion();
    void geometryAndPageAreRestored();
    void resourcesAreEmbedded();
    void spanishTranslationIsUsed();
    void otherLanguagesReadEnglishPlurals();
};

void TestMainWindow::initTestCase()
{
    // QSettings follows QStandardPaths on Linux: test mode keeps the user's settings untouched.
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::init()
{
    QSettings(bakery::ui::kOrganisationName, bakery::ui::kApplicationName).clear();
}

void TestMainWindow::windowOpens()
{
    EmptyStore store;
    MainWindow window(store.controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), QStringLiteral("Bakery-IA Trainer"));
    QVERIFY(window.minimumWidth() >= 1024);
    QVERIFY(window.minimumHeight() >= 640);
    QVERIFY(window.findChild<QListWidget*>(QStringLiteral("sidebar"))->isVisible());
    QVERIFY(window.findChild<QStackedWidget*>(QStringLiteral("pages"))->isVisible());
}

void TestMainWindow::sidebarHasExpectedPages()
{
    EmptyStore store;
    MainWindow window(store.controller.get());
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QCOMPARE(sidebar->count(), kNames.size());
    QCOMPARE(pages->count(), kNames.size());
    for (int i = 0; i < kNames.size(); ++i) {
        QCOMPARE(sidebar->item(i)->text(), kNames.at(i));
        QVERIFY2(!sidebar->item(i)->icon().isNull(), qPrintable(kNames.at(i)));
    }
    QCOMPARE(window.pageKeys(), kKeys);
    QCOMPARE(window.currentPage(), 0);
}

void TestMainWindow::clickingSidebarSwitchesPage()
{
    EmptyStore store;
    MainWindow window(store.controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    // Last to first, so that every click is a real change of page.
    for (int row = sidebar->count() - 1; row >= 0; --row) {
        const QRect rect = sidebar->visualItemRect(sidebar->item(row));
        QVERIFY(rect.isValid());
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
        QCOMPARE(sidebar->currentRow(), row);
        QCOMPARE(pages->currentIndex(), row);
        QVERIFY(pages->currentWidget()->isVisible());
    }
}

void TestMainWindow::actionsHaveShortcuts()
{
    EmptyStore store;
    MainWindow window(store.controller.get());
    auto* importAction = window.findChild<QAction*>(QStringLiteral("importAction"));
    auto* trainAllAction = window.findChild<QAction*>(QStringLiteral("trainAllAction"));
    QCOMPARE(importAction->shortcut().toString(QKeySequence::PortableText),
             QStringLiteral("Ctrl+I"));
    QCOMPARE(trainAllAction->shortcut().toString(QKeySequence::PortableText),
             QStringLiteral("Ctrl+T"));
    auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar->actions().contains(importAction));
    QVERIFY(toolBar->actions().contains(trainAllAction));
    // Import works from the start; Train all needs products.
    QVERIFY(importAction->isEnabled());
    QVERIFY(!trainAllAction->isEnabled());
    QVERIFY(importAction->toolTip().contains(QStringLiteral("Ctrl+I")));

    // Ctrl+1.. open the pages in sidebar order.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    for (int page : {2, 7, 1}) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_0 + page), Qt::ControlModifier);
        QCOMPARE(window.currentPage(), page - 1);
        QVERIFY(sidebar->item(page - 1)->toolTip().contains(QStringLiteral("Ctrl+%1").arg(page)));
    }
}

void TestMainWindow::overviewShowsEmptyState()
{
    EmptyStore store;
    MainWindow window(store.controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* overview = window.findChild<QWidget*>(QStringLiteral("emptyStateOverview"));
    QVERIFY(overview && overview->isVisible());
    auto* importButton = overview->findChild<QPushButton*>(QStringLiteral("overviewImportButton"));
    auto* demoButton = overview->findChild<QPushButton*>(QStringLiteral("overviewDemoButton"));
    QVERIFY(importButton && importButton->isVisible() && importButton->isEnabled());
    QVERIFY(demoButton && demoButton->isVisible() && demoButton->isEnabled());
    QCOMPARE(importButton->text(), QStringLiteral("Import sales history..."));
    QCOMPARE(demoButton->text(), QStringLiteral("Try the demo bakery"));
    auto* text = overview->findChild<QLabel*>(QStringLiteral("emptyStateText"));
    QVERIFY(text && text->text().contains(QStringLiteral("demo bakery")));
}

void TestMainWindow::everyEmptyPageOffersAnAction()
{
    EmptyStore store;
    MainWindow window(store.controller.get());
    for (const QString& name : kEmptyStates) {
        auto* page = window.findChild<QWidget*>(name);
        QVERIFY2(page, qPrintable(name));
        QVERIFY2(!page->findChildren<QPushButton*>().isEmpty(), qPrintable(name));
        const auto* text = page->findChild<QLabel*>(QStringLiteral("emptyStateText"));
        QVERIFY2(text && !text->text().isEmpty(), qPrintable(name));
    }
}

void TestMainWindow::statusBarShowsStore()
{
    EmptyStore store;
    MainWindow window(store.controller.get());
    auto* label = window.findChild<QLabel*>(QStringLiteral("storeLabel"));
    QCOMPARE(label->text(), QStringLiteral("Local database"));
    QVERIFY(label->toolTip().contains(QStringLiteral("store.sqlite")));
    QCOMPARE(window.findChild<QLabel*>(QStringLiteral("lastTrainingLabel"))->text(),
             QStringLiteral("Last training: never"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("nextTrainingLabel")));
}

void TestMainWindow::aboutShowsVersion()
{
    EmptyStore store;
    MainWindow window(store.controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction*>(QStringLiteral("aboutAction"))->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("aboutDialog"))));
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(QStringLiteral(BAKERY_VERSION)));
    QPointer<QMessageBox> guard(box);
    box->close();
    QTRY_VERIFY(guard.isNull()); // WA_DeleteOnClose: no dialog left behind
}

void TestMainWindow::geometryAndPageAreRestored()
{
    EmptyStore store;
    {
        MainWindow window(store.controller.get());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1200, 700);
        window.setCurrentPage(2);
        window.close(); // closeEvent saves the state
    }
    MainWindow restored(store.controller.get());
    QCOMPARE(restored.size(), QSize(1200, 700));
    QCOMPARE(restored.currentPage(), 2);
}

void TestMainWindow::resourcesAreEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/icons/org.bakeryia.Trainer.svg")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/bakery_es.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/bakery_en.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/demo/demo-bakery.csv")));
}

void TestMainWindow::spanishTranslationIsUsed()
{
    QVERIFY(bakery::i18n::installTranslators(*qApp, QLocale(QStringLiteral("es_ES"))));
    {
        EmptyStore store;
        MainWindow window(store.controller.get());
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        QCOMPARE(sidebar->item(0)->text(), QStringLiteral("Resumen"));
        QCOMPARE(sidebar->item(1)->text(), QStringLiteral("Productos"));
        QCOMPARE(window.findChild<QAction*>(QStringLiteral("trainAllAction"))->text(),
                 QStringLiteral("&Entrenar todo"));
        QCOMPARE(window.findChild<QLabel*>(QStringLiteral("storeLabel"))->text(),
                 QStringLiteral("Base de datos local"));
        // Page keys stay untranslated: screenshot names do not depend on the language.
        QCOMPARE(window.pageKeys().first(), QStringLiteral("overview"));
    }
    const auto translators = qApp->findChildren<QTranslator*>();
    for (QTranslator* translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestMainWindow::otherLanguagesReadEnglishPlurals()
{
    // No catalogue for French or the C locale: the English one, for its plural forms.
    for (const QLocale& locale : {QLocale::c(), QLocale(QStringLiteral("fr_FR"))}) {
        QVERIFY(!bakery::i18n::installTranslators(*qApp, locale));
        QCOMPARE(QCoreApplication::translate("bakery::ui::TrainingPage", "%n second(s)", nullptr, 1),
                 QStringLiteral("1 second"));
        QCOMPARE(QCoreApplication::translate("bakery::ui::TrainingPage", "%n second(s)", nullptr, 5),
                 QStringLiteral("5 seconds"));
        const auto translators = qApp->findChildren<QTranslator*>();
        for (QTranslator* translator : translators) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
