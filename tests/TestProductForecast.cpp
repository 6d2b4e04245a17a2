// The product page's data: a product trained by the real queue, its deployed version loaded
// back through the registry and predicted over its history and the coming days. The
// predictions must equal the stored model's own, and the sentences must name what the
// synthetic data was built with (weekend high, Monday low).

#include "TrainingFixtures.h"
#include "calendar/EpochDay.h"
#include "forecast/ForecastModel.h"
#include "storage/CovariateStore.h"
#include "storage/ModelRegistry.h"
#include "training/ProductForecast.h"

#include <QtTest>

#include <cmath>

using namespace bakery;

namespace {

constexpr int kDays = 800; // > 2 years: yearly seasonality switches on
const QString kProduct = QStringLiteral("Producto 001");

} // namespace

class TestProductForecast : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void deployedForecastMatchesTheStoredModel()
    {
        fixtures::TrainingStore store;
        fixtures::seedProducts(*store.db, 2, kDays);
        training::TrainingQueue queue(*store.context);
        storage::JobRequest request;
        request.products = {kProduct}; // the second product stays untrained
        QCOMPARE(fixtures::runJob(queue, request).status, storage::job::kCompleted);

        QString error;
        const training::ProductForecast pf = training::loadProductForecast(
            *store.db, *store.artifacts, QStringLiteral("default"), kProduct, 28, &error);
        QVERIFY2(pf.ok(), qPrintable(pf.error));
        QVERIFY(error.isEmpty());
        QVERIFY(pf.hasModel());
        QCOMPARE(pf.product, kProduct);

        // Every history day plus 28 after the last sale.
        const int first = fixtures::day(2023, 1, 2);
        QCOMPARE(pf.historyDays, kDays);
        QCOMPARE(pf.futureDays, 28);
        QCOMPARE(pf.lastSaleDay, first + kDays - 1);
        QCOMPARE(int(pf.days.size()), kDays + 28);
        QCOMPARE(pf.days.front(), first);
        QCOMPARE(pf.days.back(), pf.lastSaleDay + 28);
        for (std::size_t i = 1; i < pf.days.size(); ++i)
            QCOMPARE(pf.days[i], pf.days[i - 1] + 1);
        for (const auto* v : {&pf.actual, &pf.yhat, &pf.lower, &pf.upper, &pf.trend})
            QCOMPARE(v->size(), pf.days.size());
        for (int i = 0; i < kDays; ++i)
            QVERIFY(std::isfinite(pf.actual[i]));
        for (std::size_t i = kDays; i < pf.days.size(); ++i)
            QVERIFY(std::isnan(pf.actual[i]));
        QVERIFY(pf.notes.isEmpty());

        // The same model, read from its artifact independently, predicts the same.
        const storage::ModelRegistry registry(*store.db, *store.artifacts,
                                              QStringLiteral("default"));
        const auto deployed = registry.deployed(pf.productId);
        QVERIFY(deployed);
        QCOMPARE(pf.deployed.id, deployed->id);
        QCOMPARE(int(pf.versions.size()), 1);
        const auto contents =
            store.artifacts->read(deployed->modelPath, deployed->checksum, &error);
        QVERIFY2(contents, qPrintable(error));
        const auto model = forecast::ForecastModel::fromJson(contents->modelJson, &error);
        QVERIFY2(model, qPrintable(error));
        forecast::SeriesFrame frame;
        frame.ds.assign(pf.days.begin(), pf.days.end());
        const forecast::Forecast f = model->predict(frame);
        QCOMPARE(f.yhat.size(), pf.yhat.size());
        for (std::size_t i = 0; i < f.yhat.size(); ++i)
            QVERIFY(std::abs(f.yhat[i] - pf.yhat[i]) <= 1e-9 * std::max(1.0, std::abs(f.yhat[i])));
        for (std::size_t i = 0; i < f.yhat.size(); ++i)
            QVERIFY(pf.lower[i] <= pf.yhat[i] && pf.yhat[i] <= pf.upper[i]);

        // Holdout window and metrics of the deployed version.
        QVERIFY(pf.holdoutStart >= first);
        QVERIFY(pf.holdoutEnd <= pf.lastSaleDay);
        QVERIFY(pf.holdoutStart < pf.holdoutEnd);
        QVERIFY(pf.holdout.n > 0);
        QCOMPARE(pf.holdout.mae, deployed->holdout.mae);

        // Components: trend first, weekly and yearly with their sentences.
        QStringList names;
        for (const auto& c : pf.components) {
            names << c.name;
            QCOMPARE(c.values.size(), pf.days.size());
            QVERIFY(!c.title.isEmpty());
        }
        QCOMPARE(names.value(0), QStringLiteral("trend"));
        QVERIFY2(names.contains(QStringLiteral("weekly")), qPrintable(names.join(',')));
        QVERIFY2(names.contains(QStringLiteral("yearly")), qPrintable(names.join(',')));
        QString weekly;
        for (const auto& c : pf.components)
            if (c.name == QLatin1String("weekly"))
                weekly = c.explanation;
        QVERIFY2(weekly.startsWith(QStringLiteral("Saturdays sell")) ||
                     weekly.startsWith(QStringLiteral("Sundays sell")),
                 qPrintable(weekly));
        QVERIFY2(weekly.contains(QStringLiteral("Mondays")), qPrintable(weekly));
        for (const auto& c : pf.components)
            if (c.name != QLatin1String("holidays"))
                QVERIFY2(!c.explanation.isEmpty(), qPrintable(c.name));

        // Spanish national holidays inside the range, for the markers.
        QVERIFY(!pf.holidays.empty());
        for (const auto& h : pf.holidays)
            QVERIFY(h.day >= pf.days.front() && h.day <= pf.days.back());
        QVERIFY(std::any_of(pf.holidays.begin(), pf.holidays.end(),
                            [](const auto& h) { return h.day == fixtures::day(2024, 1, 1); }));

        // The untrained product: sales and an empty version list, no forecast.
        const training::ProductForecast untrained = training::loadProductForecast(
            *store.db, *store.artifacts, QStringLiteral("default"), QStringLiteral("Producto 002"));
        QVERIFY(untrained.ok());
        QVERIFY(!untrained.hasModel());
        QVERIFY(untrained.versions.empty());
        QCOMPARE(int(untrained.days.size()), kDays);
        QVERIFY(untrained.yhat.empty());

        const training::ProductForecast unknown =
            training::loadProductForecast(*store.db, *store.artifacts, QStringLiteral("default"),
                                          QStringLiteral("Nope"), 28, &error);
        QVERIFY(!unknown.ok());
        QCOMPARE(error, unknown.error);
    }

    void futureIsCutWhereWeatherEnds()
    {
        fixtures::TrainingStore store;
        fixtures::seedProducts(*store.db, 1, 400);
        const int first = fixtures::day(2023, 1, 2);
        storage::WeatherBatch weather{QStringLiteral("weather.csv"), QStringLiteral("01"), {}};
        for (int i = 0; i < 400 + 10; ++i) // ten days of weather forecast after the last sale
            weather.series[QStringLiteral("temperature")].push_back(
                {first + i, 15.0 + 8.0 * std::sin(i / 9.0)});
        QVERIFY(storage::CovariateStore(*store.db).storeWeather(weather).ok());
        training::TrainingQueue queue(*store.context);
        QCOMPARE(fixtures::runJob(queue, {}).status, storage::job::kCompleted);

        const training::ProductForecast pf = training::loadProductForecast(
            *store.db, *store.artifacts, QStringLiteral("default"), kProduct, 28);
        QVERIFY2(pf.ok(), qPrintable(pf.error));
        QVERIFY(pf.hasModel());
        QCOMPARE(pf.futureDays, 10);
        QCOMPARE(int(pf.days.size()), 400 + 10);
        QCOMPARE(pf.notes.size(), 1);
        QVERIFY(std::any_of(pf.components.begin(), pf.components.end(), [](const auto& c) {
            return c.name == QLatin1String("temperature") && !c.explanation.isEmpty();
        }));
    }

    void explanationsFromComponents()
    {
        // A week starting on Monday 2024-01-01: Saturday +12 on a level of 40 -> 30 % more.
        std::vector<int> days;
        std::vector<double> weekly;
        const double byDay[7] = {-8, -2, -1, 0, 2, 12, -3};
        for (int i = 0; i < 14; ++i) {
            days.push_back(fixtures::day(2024, 1, 1) + i);
            weekly.push_back(byDay[i % 7]);
        }
        QCOMPARE(training::explainComponent(QStringLiteral("weekly"), days, weekly, 40.0),
                 QStringLiteral("Saturdays sell 30 % more than average, Mondays 20 % less."));
        std::vector<double> holidays(days.size(), 0.0);
        holidays[0] = -16.0; // New Year's Day
        QCOMPARE(training::explainComponent(QStringLiteral("holidays"), days, holidays, 40.0),
                 QStringLiteral("On holidays you sell 40 % less on average."));
        QVERIFY(training::explainComponent(QStringLiteral("weekly"), days, weekly, 0.0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProductForecast)
#include "TestProductForecast.moc"
