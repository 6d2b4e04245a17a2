// The baker's path through the real window, offscreen, on a real SQLite store: first start ->
// Try the demo bakery -> Train all -> progress reaches 100 % -> one accuracy bar per product
// -> open a product -> compare two versions -> deploy, seen in the table and the database.
// Also: cancel mid-training leaves a consistent store; a broken file imports nothing.
#include "AppController.h"
#include "MainWindow.h"
#include "TrainingFixtures.h"
#include "accuracy/AccuracyPage.h"
#include "compare/ComparePage.h"
#include "import/ImportWizard.h"
#include "products/ProductsModel.h"

#include "storage/ModelRegistry.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace bakery;
using ui::AppController;
using ui::MainWindow;

namespace {

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<AppController> controller;
    Store()
    {
        config::Settings s;
        s.databaseUrl = dir.filePath(QStringLiteral("store.sqlite"));
        s.modelStoragePath = dir.filePath(QStringLiteral("models"));
        s.prophetUncertaintySamples = 200; // intervals are not what this test looks at
        controller = std::make_unique<AppController>(s);
        QString error;
        if (!controller->open(&error))
            qFatal("cannot open the store: %s", qPrintable(error));
    }
    const storage::Database& db() { return controller->workspace().database(); }
    storage::ModelRegistry registry()
    {
        return {db(), controller->workspace().artifacts(), controller->tenant()};
    }
};

template <typename T> T* child(QWidget& w, const char* name)
{
    T* found = w.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no widget named %s", name);
    return found;
}

} // namespace

class TestGuiFlow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void demoTrainCompareDeploy();
    void cancelMidTrainingLeavesAConsistentStore();
    void brokenFileImportsNothing();
};

void TestGuiFlow::demoTrainCompareDeploy()
{
    Store store;
    MainWindow window(store.controller.get());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // First start: the welcome; the demo bakery fills the products table.
    QTest::mouseClick(child<QPushButton>(window, "overviewDemoButton"), Qt::LeftButton);
    auto* table = child<QTableView>(window, "productsTable");
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 16, 60000);
    QVERIFY(child<QAction>(window, "trainAllAction")->isEnabled());
    // Every heading reads in full, and the product names take the spare width.
    QHeaderView* header = table->horizontalHeader();
    QTRY_VERIFY(header->length() >= table->viewport()->width() - 1);
    for (int c = 0; c < header->count(); ++c)
        QVERIFY2(header->sectionSize(c) >= header->sectionSizeHint(c),
                 qPrintable(table->model()->headerData(c, Qt::Horizontal).toString()));

    // Train all (Ctrl+T's action): the progress bar climbs to 100 % and a notice says so.
    auto* bar = child<QProgressBar>(window, "trainingProgressBar");
    QSignalSpy values(bar, &QProgressBar::valueChanged);
    child<QAction>(window, "trainAllAction")->trigger();
    QCOMPARE(window.pageKeys().at(window.currentPage()), QStringLiteral("training"));
    auto* notice = child<QLabel>(window, "trainingNotice");
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 300000);
    QCOMPARE(bar->value(), 100);
    QVERIFY(!values.isEmpty());
    QVERIFY2(notice->text().contains(QRegularExpression(QStringLiteral("\\b16 product.* trained"))),
             qPrintable(notice->text()));

    // One accuracy bar per product.
    window.showPage(QStringLiteral("accuracy"));
    auto* accuracy = window.findChild<ui::AccuracyPage*>();
    QTRY_COMPARE_WITH_TIMEOUT(accuracy->barCount(), 16, 30000);

    // A week of new sales for Croissant, then Train all again: only it gets a new version.
    const qint64 croissant =
        storage::SalesStore(store.db()).product(QStringLiteral("Croissant"))->id;
    const int lastDay =
        storage::SalesStore(store.db()).product(QStringLiteral("Croissant"))->lastDay;
    storage::SalesBatch week{
        QStringLiteral("week.csv"), QStringLiteral("01"), QStringLiteral("units"), {}};
    storage::ProductSales sales{QStringLiteral("Croissant"), {}, std::nan(""), {}};
    const auto values7 = fixtures::bakerySeries(7, 5, 90.0);
    for (int i = 0; i < 7; ++i)
        sales.days.push_back({lastDay + 1 + i, values7[static_cast<std::size_t>(i)], false});
    week.products.push_back(sales);
    QVERIFY(storage::SalesStore(store.db()).store(week).ok());
    store.controller->notifyStoreChanged();
    notice->hide();
    child<QAction>(window, "trainAllAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 300000);
    QCOMPARE(store.registry().versions(croissant).size(), std::size_t(2));

    // Open the product from the table (double-click), then compare its two versions.
    window.showPage(QStringLiteral("products"));
    auto* model = window.findChild<ui::ProductsModel*>();
    QTRY_VERIFY(model->rowOf(QStringLiteral("Croissant")) >= 0);
    auto* proxy = table->model();
    QModelIndex cell;
    for (int r = 0; r < proxy->rowCount(); ++r)
        if (proxy->index(r, 0).data().toString() == QStringLiteral("Croissant"))
            cell = proxy->index(r, 0);
    QVERIFY(cell.isValid());
    table->scrollTo(cell);
    const QRect rect = table->visualRect(cell);
    // An item view acts on a double-click that follows a press on the same item.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, rect.center());
    QCOMPARE(window.pageKeys().at(window.currentPage()), QStringLiteral("product"));
    auto* compareButton = child<QPushButton>(window, "productCompareButton");
    QTRY_VERIFY_WITH_TIMEOUT(compareButton->isEnabled(), 30000);
    QCOMPARE(child<QTableWidget>(window, "productVersionsTable")->rowCount(), 2);
    compareButton->click(); // it may be scrolled out of the 768-pixel window: click() it
    QCOMPARE(window.pageKeys().at(window.currentPage()), QStringLiteral("compare"));

    auto* compare = window.findChild<ui::ComparePage*>();
    QString confirmation;
    compare->setConfirmDeploy([&](const QString& text) {
        confirmation = text;
        return true;
    });
    auto* deploy = child<QPushButton>(window, "compareDeployButton");
    QTRY_VERIFY_WITH_TIMEOUT(deploy->isEnabled(), 30000);
    const qint64 before = store.registry().deployed(croissant)->id;
    QTest::mouseClick(deploy, Qt::LeftButton);
    QVERIFY2(confirmation.contains(QStringLiteral("MAE")), qPrintable(confirmation));
    // The database and the products table both show the other version deployed.
    QTRY_VERIFY(store.registry().deployed(croissant)->id != before);
    const qint64 after = store.registry().deployed(croissant)->id;
    QTRY_COMPARE_WITH_TIMEOUT(
        model->product(model->rowOf(QStringLiteral("Croissant")))->deployedModelId, after, 30000);
}

void TestGuiFlow::cancelMidTrainingLeavesAConsistentStore()
{
    Store store;
    fixtures::seedProducts(store.db(), 300, 400, 91);
    store.controller->notifyStoreChanged();
    MainWindow window(store.controller.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(child<QAction>(window, "trainAllAction")->isEnabled());
    child<QAction>(window, "trainAllAction")->trigger();
    auto* cancel = child<QPushButton>(window, "trainingCancelButton");
    QTRY_VERIFY_WITH_TIMEOUT(cancel->isEnabled(), 60000);
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto* notice = child<QLabel>(window, "trainingNotice");
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisible(), 120000);
    QVERIFY2(notice->text().contains(QStringLiteral("cancelled")), qPrintable(notice->text()));

    const storage::JobStore jobs(store.db(), store.controller->tenant());
    const storage::JobRecord job = jobs.jobs().front();
    QCOMPARE(job.status, storage::job::kCancelled);
    int trained = 0;
    for (const storage::JobProduct& p : jobs.products(job.jobId)) {
        QVERIFY(p.status == storage::job::kCompleted || p.status == storage::job::kCancelled);
        trained += p.status == storage::job::kCompleted;
    }
    QVERIFY(trained < 300);
    QCOMPARE(static_cast<int>(store.registry().versions().size()), trained);
    QString error;
    QStringList rows = store.registry().allArtifactPaths(&error);
    QStringList files = store.controller->workspace().artifacts().listArtifacts();
    rows.sort();
    files.sort();
    QCOMPARE(files, rows);
}

void TestGuiFlow::brokenFileImportsNothing()
{
    Store store;
    MainWindow window(store.controller.get());
    window.show();
    // Dropping or choosing a file opens the wizard on it.
    window.openImportWizard(
        QStringLiteral(BAKERY_TEST_DATA_DIR "/import/broken/unclosed_quote.csv"));
    auto* wizard = window.findChild<ui::ImportWizard*>(QStringLiteral("importWizard"));
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->dryRun().has_value());
    QVERIFY(wizard->dryRun()->report.rejected());
    auto* status = wizard->findChild<QLabel*>(QStringLiteral("previewStatusLabel"));
    QVERIFY2(status->text().contains(QStringLiteral("line 4")), qPrintable(status->text()));
    wizard->next();
    QVERIFY(!wizard->button(QWizard::CommitButton)->isEnabled());
    wizard->reject();
    QVERIFY(storage::SalesStore(store.db()).products().empty());
}

QTEST_MAIN(TestGuiFlow)
#include "TestGuiFlow.moc"
