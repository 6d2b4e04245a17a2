// The main window as the baker meets it: sidebar navigation, toolbar actions, empty states,
// window state kept between runs, and the Spanish UI. Runs offscreen (see CMakeLists.txt).
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
#include <QToolBar>
#include <QTranslator>
#include <QtTest>

using bakery::ui::MainWindow;

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
    void everyPageOffersAnAction();
    void statusBarShowsStore();
    void aboutShowsVersion();
    void geometryAndPageAreRestored();
    void resourcesAreEmbedded();
    void spanishTranslationIsUsed();

private:
    static const QStringList kPageObjectNames;
};

const QStringList TestMainWindow::kPageObjectNames = {
    QStringLiteral("emptyStateOverview"), QStringLiteral("emptyStateProducts"),
    QStringLiteral("emptyStateTraining"), QStringLiteral("emptyStateSettings")};

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
    MainWindow window;
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
    MainWindow window;
    auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    QVERIFY(sidebar);
    QVERIFY(pages);

    const QStringList names = {QStringLiteral("Overview"), QStringLiteral("Products"),
                               QStringLiteral("Training"), QStringLiteral("Settings")};
    QCOMPARE(sidebar->count(), names.size());
    QCOMPARE(pages->count(), names.size());
    for (int i = 0; i < names.size(); ++i) {
        QCOMPARE(sidebar->item(i)->text(), names.at(i));
        QVERIFY2(!sidebar->item(i)->icon().isNull(), qPrintable(names.at(i)));
        QCOMPARE(pages->widget(i)->objectName(), kPageObjectNames.at(i));
    }
    QCOMPARE(window.pageKeys(),
             (QStringList{QStringLiteral("overview"), QStringLiteral("products"),
                          QStringLiteral("training"), QStringLiteral("settings")}));
    QCOMPARE(window.currentPage(), 0);
}

void TestMainWindow::clickingSidebarSwitchesPage()
{
    MainWindow window;
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
        QCOMPARE(pages->currentWidget()->objectName(), kPageObjectNames.at(row));
        QVERIFY(pages->currentWidget()->isVisible());
    }
}

void TestMainWindow::actionsHaveShortcuts()
{
    MainWindow window;
    auto* importAction = window.findChild<QAction*>(QStringLiteral("importAction"));
    auto* trainAllAction = window.findChild<QAction*>(QStringLiteral("trainAllAction"));
    QVERIFY(importAction);
    QVERIFY(trainAllAction);
    QCOMPARE(importAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_I));
    QCOMPARE(trainAllAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
    QCOMPARE(importAction->shortcut().toString(QKeySequence::PortableText),
             QStringLiteral("Ctrl+I"));
    QCOMPARE(trainAllAction->shortcut().toString(QKeySequence::PortableText),
             QStringLiteral("Ctrl+T"));

    auto* toolBar = window.findChild<QToolBar*>(QStringLiteral("mainToolBar"));
    QVERIFY(toolBar);
    QVERIFY(toolBar->actions().contains(importAction));
    QVERIFY(toolBar->actions().contains(trainAllAction));

    // Not wired to the engine yet: disabled, and the tooltip says it is coming.
    QVERIFY(!importAction->isEnabled());
    QVERIFY(!trainAllAction->isEnabled());
    QVERIFY(importAction->toolTip().contains(QStringLiteral("Coming soon")));
    QVERIFY(trainAllAction->toolTip().contains(QStringLiteral("Coming soon")));
}

void TestMainWindow::overviewShowsEmptyState()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pages"));
    auto* overview = window.findChild<QWidget*>(QStringLiteral("emptyStateOverview"));
    QVERIFY(overview);
    QCOMPARE(pages->currentWidget(), overview);

    auto* importButton = overview->findChild<QPushButton*>(QStringLiteral("overviewImportButton"));
    auto* demoButton = overview->findChild<QPushButton*>(QStringLiteral("overviewDemoButton"));
    QVERIFY(importButton);
    QVERIFY(demoButton);
    QVERIFY(importButton->isVisible());
    QVERIFY(demoButton->isVisible());
    QCOMPARE(importButton->text(), QStringLiteral("Import sales history..."));
    QCOMPARE(demoButton->text(), QStringLiteral("Try the demo bakery"));
    QCOMPARE(demoButton->toolTip(), QStringLiteral("Coming soon"));

    auto* title = overview->findChild<QLabel*>(QStringLiteral("emptyStateTitle"));
    auto* text = overview->findChild<QLabel*>(QStringLiteral("emptyStateText"));
    QVERIFY(title && !title->text().isEmpty());
    QVERIFY(text && text->text().contains(QStringLiteral("demo bakery")));
}

void TestMainWindow::everyPageOffersAnAction()
{
    MainWindow window;
    for (const QString& name : kPageObjectNames) {
        auto* page = window.findChild<QWidget*>(name);
        QVERIFY2(page, qPrintable(name));
        QVERIFY2(!page->findChildren<QPushButton*>().isEmpty(), qPrintable(name));
        const auto* text = page->findChild<QLabel*>(QStringLiteral("emptyStateText"));
        QVERIFY2(text && !text->text().isEmpty(), qPrintable(name));
    }
}

void TestMainWindow::statusBarShowsStore()
{
    MainWindow window;
    auto* store = window.findChild<QLabel*>(QStringLiteral("storeLabel"));
    QVERIFY(store);
    QCOMPARE(store->text(), QStringLiteral("Local database"));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("lastTrainingLabel")));
    QVERIFY(window.findChild<QLabel*>(QStringLiteral("nextTrainingLabel")));
}

void TestMainWindow::aboutShowsVersion()
{
    MainWindow window;
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
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1200, 700);
        window.setCurrentPage(2);
        window.close(); // closeEvent saves the state
    }
    MainWindow restored;
    QCOMPARE(restored.size(), QSize(1200, 700));
    QCOMPARE(restored.currentPage(), 2);
}

void TestMainWindow::resourcesAreEmbedded()
{
    QVERIFY(QFile::exists(QStringLiteral(":/icons/org.bakeryia.Trainer.svg")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/bakery_es.qm")));
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/bakery_en.qm")));
}

void TestMainWindow::spanishTranslationIsUsed()
{
    QVERIFY(bakery::i18n::installTranslators(*qApp, QLocale(QStringLiteral("es_ES"))));
    {
        MainWindow window;
        auto* sidebar = window.findChild<QListWidget*>(QStringLiteral("sidebar"));
        const QStringList expected = {QStringLiteral("Resumen"), QStringLiteral("Productos"),
                                      QStringLiteral("Entrenamiento"), QStringLiteral("Ajustes")};
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(sidebar->item(i)->text(), expected.at(i));
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

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
