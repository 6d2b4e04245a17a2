// The product page on a real store: a product trained through the AppController, then
// shown: the chart draws every day, the components carry their sentences, the versions
// table lists the version, and an untrained product offers to train it. Runs offscreen.

#include "AppController.h"
#include "TrainingFixtures.h"
#include "charts/ComponentsChart.h"
#include "charts/ForecastChart.h"
#include "product/ProductPage.h"

#include <QComboBox>
#include <QDateTimeAxis>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QValueAxis>
#include <QtTest>

using namespace bakery;

namespace {

constexpr int kDays = 800;

QAbstractSeries* series(const ui::ForecastChart* chart, const QString& name)
{
    for (QAbstractSeries* s : chart->chart()->series())
        if (s->objectName() == name)
            return s;
    return nullptr;
}

// The time axis's range in ms since the epoch.
std::pair<double, double> xRange(const ui::ForecastChart* chart)
{
    const auto* axis = static_cast<QDateTimeAxis*>(chart->chart()->axes(Qt::Horizontal).front());
    return {double(axis->min().toMSecsSinceEpoch()), double(axis->max().toMSecsSinceEpoch())};
}

double yTop(const ui::ForecastChart* chart)
{
    return static_cast<QValueAxis*>(chart->chart()->axes(Qt::Vertical).front())->max();
}

} // namespace

class TestProductPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ui::AppController> m_controller;

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        // The chart's remembered span lands here, not in the user's settings.
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(QStringLiteral("config")));
        config::Settings settings;
        settings.databaseUrl = m_dir.filePath(QStringLiteral("store.sqlite"));
        settings.modelStoragePath = m_dir.filePath(QStringLiteral("models"));
        m_controller = std::make_unique<ui::AppController>(settings);
        QString error;
        QVERIFY2(m_controller->open(&error), qPrintable(error));
        fixtures::seedProducts(m_controller->workspace().database(), 2, kDays);
        QSignalSpy finished(m_controller.get(), &ui::AppController::jobFinished);
        QVERIFY2(m_controller->train({QStringLiteral("Producto 001")}, false, &error),
                 qPrintable(error));
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 120000);
        QCOMPARE(finished.at(0).at(1).toString(), QStringLiteral("completed"));
    }

    void cleanupTestCase() { m_controller.reset(); }

    void showsTheTrainedProduct()
    {
        ui::ProductPage page(m_controller.get());
        QCOMPARE(page.objectName(), QStringLiteral("productPage"));
        page.resize(1280, 900);
        page.show();
        page.showProduct(QStringLiteral("Producto 001"));
        auto* chart = page.findChild<ui::ForecastChart*>(QStringLiteral("productForecastChart"));
        auto* components =
            page.findChild<ui::ComponentsChart*>(QStringLiteral("productComponents"));
        auto* versions = page.findChild<QTableWidget*>(QStringLiteral("productVersionsTable"));
        auto* compare = page.findChild<QPushButton*>(QStringLiteral("productCompareButton"));
        QVERIFY(chart && components && versions && compare);

        QTRY_COMPARE_WITH_TIMEOUT(chart->pointCount(QStringLiteral("forecast")), kDays + 28, 20000);
        QCOMPARE(chart->pointCount(QStringLiteral("actual")), kDays);
        QCOMPARE(chart->pointCount(QStringLiteral("interval")), kDays + 28);
        QVERIFY(chart->pointCount(QStringLiteral("holdoutWindow")) == 2);
        QVERIFY(chart->pointCount(QStringLiteral("holdoutActual")) > 0);
        QVERIFY(chart->pointCount(QStringLiteral("holidays")) > 0);
        QCOMPARE(versions->rowCount(), 1);
        QCOMPARE(versions->item(0, 3)->text(), QStringLiteral("Deployed"));
        QVERIFY(!compare->isEnabled()); // one version: nothing to compare with

        const QStringList names = components->componentNames();
        QVERIFY2(names.contains(QStringLiteral("weekly")), qPrintable(names.join(',')));
        QVERIFY2(names.contains(QStringLiteral("yearly")), qPrintable(names.join(',')));
        auto* weekly = components->findChild<QWidget*>(QStringLiteral("component_weekly"));
        QVERIFY(weekly);
        auto* sentence = weekly->findChild<QLabel*>(QStringLiteral("componentExplanation"));
        QVERIFY(sentence);
        QVERIFY2(sentence->text().contains(QStringLiteral("more than average")),
                 qPrintable(sentence->text()));

        auto* pill = page.findChild<QLabel*>(QStringLiteral("productAccuracyPill"));
        QVERIFY(pill->text().contains(QStringLiteral("Accuracy")));
        QVERIFY(pill->text().contains(QRegularExpression(QStringLiteral("\\d"))));

        // The chart opens on the last 3 months of history plus the forecast; "All history"
        // shows every day, and the value axis grows to the largest value shown.
        auto* span = page.findChild<QComboBox*>(QStringLiteral("productChartSpan"));
        QVERIFY(span);
        QCOMPARE(span->currentData().toInt(), 92);
        const auto* actual = static_cast<QXYSeries*>(series(chart, QStringLiteral("actual")));
        const auto* forecast = static_cast<QXYSeries*>(series(chart, QStringLiteral("forecast")));
        const double day = 86400000.0;
        const double lastSale = actual->at(actual->count() - 1).x();
        QCOMPARE(xRange(chart).first, lastSale - 92 * day);
        QCOMPARE(xRange(chart).second, forecast->at(forecast->count() - 1).x());
        const double recentTop = yTop(chart);
        span->setCurrentIndex(span->findData(0));
        QCOMPARE(xRange(chart).first, actual->at(0).x());
        QVERIFY(yTop(chart) >= recentTop);
        double largest = 0.0;
        for (const QPointF& p : actual->points())
            largest = std::max(largest, p.y());
        QVERIFY(yTop(chart) >= largest);
        span->setCurrentIndex(span->findData(92));

        const QPixmap shot = page.grab();
        QVERIFY(!shot.isNull());
        QVERIFY(!chart->grab().isNull());
    }

    void untrainedProductOffersTraining()
    {
        ui::ProductPage page(m_controller.get());
        QSignalSpy loaded(&page, &ui::ProductPage::loaded);
        QSignalSpy train(&page, &ui::ProductPage::trainRequested);
        page.show();
        page.showProduct(QStringLiteral("Producto 002"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);
        auto* button = page.findChild<QPushButton*>(QStringLiteral("productTrainButton"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        button->click();
        QCOMPARE(train.count(), 1);
        QCOMPARE(train.at(0).at(0).toString(), QStringLiteral("Producto 002"));
        QVERIFY(!page.grab().isNull());
    }
};

QTEST_MAIN(TestProductPage)
#include "TestProductPage.moc"
