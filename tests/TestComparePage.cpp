// The Compare and Accuracy pages on a real SQLite store trained through the controller:
// both versions listed, the metrics table, deploy through the button (confirmation hook),
// undo, and one accuracy bar per trained product.
#include "TrainingFixtures.h"

#include "AppController.h"
#include "accuracy/AccuracyPage.h"
#include "compare/ComparePage.h"
#include "config/Settings.h"
#include "storage/ModelRegistry.h"
#include "storage/SalesStore.h"
#include "training/TrainingQueue.h"

#include <QApplication>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace bakery;

class TestComparePage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void listsBothVersionsAndMetrics();
    void deployThenUndo();
    void accuracyPageHasOneBarPerTrainedProduct();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ui::AppController> m_controller;
    qint64 m_productId = 0;
    qint64 m_first = 0;  ///< deployed by the first training
    qint64 m_second = 0; ///< newer, not deployed (no weekly pattern: worse)
};

void TestComparePage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    config::Settings settings;
    settings.databaseUrl = m_dir.filePath(QStringLiteral("store.sqlite"));
    settings.modelStoragePath = m_dir.filePath(QStringLiteral("models"));
    settings.prophetUncertaintySamples = 100;
    m_controller = std::make_unique<ui::AppController>(settings);
    QString error;
    QVERIFY2(m_controller->open(&error), qPrintable(error));
    training::Workspace& ws = m_controller->workspace();
    fixtures::seedProducts(ws.database(), 2, 420, 5);

    QSignalSpy finished(m_controller.get(), &ui::AppController::jobFinished);
    const auto job = m_controller->train({}, false, &error);
    QVERIFY2(job, qPrintable(error));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120000);
    QCOMPARE(finished.first().at(1).toString(), storage::job::kCompleted);

    // A second version of "Producto 001" with another setting: no weekly seasonality.
    training::TrainingContext context{ws.database(), ws.artifacts(), ws.tenant(),
                                      ws.context().options, ws.context().limits};
    context.options.config.weekly = forecast::SeasonalityToggle::off();
    {
        training::TrainingQueue queue(context);
        storage::JobRequest forced;
        forced.force = true;
        forced.products = QStringList{QStringLiteral("Producto 001")};
        QCOMPARE(fixtures::runJob(queue, forced).status, storage::job::kCompleted);
    }
    for (const auto& p : storage::SalesStore(ws.database(), ws.tenant()).products())
        if (p.name == QLatin1String("Producto 001"))
            m_productId = p.id;
    const storage::ModelRegistry registry(ws.database(), ws.artifacts(), ws.tenant());
    const auto versions = registry.versions(m_productId);
    QCOMPARE(versions.size(), std::size_t(2));
    m_first = registry.deployed(m_productId).value().id;
    m_second = versions.front().id == m_first ? versions.back().id : versions.front().id;
    QVERIFY(m_first != m_second);
}

void TestComparePage::listsBothVersionsAndMetrics()
{
    ui::ComparePage page(m_controller.get());
    QSignalSpy compared(&page, &ui::ComparePage::compared);
    page.showProduct(QStringLiteral("Producto 001"));
    QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty(), 60000);
    QVERIFY2(page.comparison().ok(), qPrintable(page.comparison().error));

    auto* a = page.findChild<QComboBox*>(QStringLiteral("compareVersionA"));
    auto* b = page.findChild<QComboBox*>(QStringLiteral("compareVersionB"));
    QVERIFY(a && b);
    QCOMPARE(a->count(), 2);
    QCOMPARE(b->count(), 2);
    QCOMPARE(a->currentData().toLongLong(), m_first);  // deployed on the left
    QCOMPARE(b->currentData().toLongLong(), m_second); // newest on the right

    auto* table = page.findChild<QTableWidget*>(QStringLiteral("compareMetricsTable"));
    QVERIFY(table);
    QStringList keys;
    int marked = 0;
    for (int row = 0; row < table->rowCount(); ++row) {
        keys.append(table->item(row, 0)->data(Qt::UserRole).toString());
        for (int col = 1; col <= 2; ++col)
            if (table->item(row, col)->font().bold()) {
                QVERIFY(table->item(row, col)->text().contains(QStringLiteral("better")));
                ++marked;
            }
    }
    for (const char* k : {"mae", "rmse", "wape", "mape", "r2", "accuracy"})
        QVERIFY2(keys.contains(QLatin1String(k)), k);
    QVERIFY(marked > 0);

    auto* deploy = page.findChild<QPushButton*>(QStringLiteral("compareDeployButton"));
    QVERIFY(deploy && deploy->isEnabled());
    QVERIFY2(deploy->text().startsWith(QStringLiteral("Deploy version of")),
             qPrintable(deploy->text()));

    // Swapping the sides through compare() scores the same pair the other way round.
    compared.clear();
    page.compare(m_second, m_first);
    QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty(), 60000);
    QCOMPARE(a->currentData().toLongLong(), m_second);
    QCOMPARE(page.comparison().a.version.id, m_second);
}

void TestComparePage::deployThenUndo()
{
    training::Workspace& ws = m_controller->workspace();
    const storage::ModelRegistry registry(ws.database(), ws.artifacts(), ws.tenant());
    ui::ComparePage page(m_controller.get());
    page.show();
    QString asked;
    page.setConfirmDeploy([&asked](const QString& text) {
        asked = text;
        return true;
    });
    QSignalSpy compared(&page, &ui::ComparePage::compared);
    QSignalSpy deployed(&page, &ui::ComparePage::deployed);
    page.showProduct(QStringLiteral("Producto 001"));
    QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty(), 60000);

    auto* deploy = page.findChild<QPushButton*>(QStringLiteral("compareDeployButton"));
    QTest::mouseClick(deploy, Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("MAE")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral(" -> ")), qPrintable(asked));
    QCOMPARE(deployed.count(), 1);
    QCOMPARE(deployed.first().at(0).toLongLong(), m_second);
    QCOMPARE(registry.deployed(m_productId)->id, m_second);

    auto* undo = page.findChild<QPushButton*>(QStringLiteral("compareUndoButton"));
    QVERIFY(undo);
    QTRY_VERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(registry.deployed(m_productId)->id, m_first);
    QVERIFY(!undo->isVisible());

    // A refused confirmation deploys nothing.
    compared.clear();
    QTRY_VERIFY_WITH_TIMEOUT(!compared.isEmpty(), 60000); // the reload after the undo
    page.setConfirmDeploy([](const QString&) { return false; });
    QTest::mouseClick(deploy, Qt::LeftButton);
    QCOMPARE(deployed.count(), 1);
    QCOMPARE(registry.deployed(m_productId)->id, m_first);
}

void TestComparePage::accuracyPageHasOneBarPerTrainedProduct()
{
    ui::AccuracyPage page(m_controller.get());
    QSignalSpy loaded(&page, &ui::AccuracyPage::loaded);
    QSignalSpy activated(&page, &ui::AccuracyPage::productActivated);
    page.reload();
    QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 60000);
    QCOMPARE(page.barCount(), 2);
    QVERIFY(page.findChild<QWidget*>(QStringLiteral("accuracyChart")));
    auto* durations = page.findChild<QLabel*>(QStringLiteral("accuracyDurations"));
    QVERIFY(durations && durations->text().contains(QStringLiteral("median")));
}

void TestComparePage::cleanupTestCase()
{
    m_controller.reset();
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    TestComparePage test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestComparePage.moc"
