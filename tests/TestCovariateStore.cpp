// Weather and events in the database: round trips, re-imports that replace instead
// of adding, tenant scoping, all-or-nothing; then into a model, where a stored
// temperature is recovered as a regressor and a stored event as a holiday.
// SQLite files by default; BAKERY_TEST_DATABASE_URL runs the same against PostgreSQL
// (tests/postgres/with-postgres.sh sets it).

#include "data/CovariateImporter.h"
#include "data/Covariates.h"
#include "forecast/ForecastModel.h"
#include "forecast/Random.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace bakery;
using namespace bakery::storage;

namespace {

const QString kDir = QStringLiteral(BAKERY_TEST_DATA_DIR "/covariates/");

int day(int y, int m, int d)
{
    return static_cast<int>(QDate(1970, 1, 1).daysTo(QDate(y, m, d)));
}

WeatherBatch weatherBatch(const QString& name, int first, const std::vector<double>& values)
{
    WeatherBatch b{QStringLiteral("w.csv"), QStringLiteral("ab12"), {}};
    for (std::size_t i = 0; i < values.size(); ++i)
        b.series[name].emplace_back(first + static_cast<int>(i), values[i]);
    return b;
}

} // namespace

class TestCovariateStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Database> m_db;
    QString m_tenant; ///< fresh per test function: tests never see each other's rows

    int rows(const QString& table, const QString& tenant) const
    {
        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM %1 WHERE tenant_id = ?").arg(table));
        q.addBindValue(tenant);
        return q.exec() && q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init()
    {
        const QString url = qEnvironmentVariable("BAKERY_TEST_DATABASE_URL");
        m_db = std::make_unique<Database>(
            url.isEmpty()
                ? m_tmp.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()))
                : url);
        QVERIFY2(m_db->open(), qPrintable(m_db->error()));
        m_tenant = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }

    void cleanup() { m_db.reset(); }

    void weatherFileRoundTripAndReimport()
    {
        const CovariateStore store(*m_db, m_tenant);
        const QString file = kDir + "aemet_diario_a_coruna.csv";
        const data::WeatherResult first = data::CovariateImporter::importWeather(file, {}, store);
        QVERIFY(first.stored);
        QCOMPARE(first.report.daysReplaced, 0);
        QCOMPARE(rows(QStringLiteral("weather_daily"), m_tenant), 10 + 9 + 10 + 10);

        const WeatherSeries back = store.weather();
        QCOMPARE(back, first.batch.series); // every value and day, exactly
        QCOMPARE(back.at(QStringLiteral("temperature")).at(5).first, day(2024, 3, 13));
        QCOMPARE(back.at(QStringLiteral("temperature")).at(5).second, 14.2);

        // The same file again: everything replaced, nothing counted twice.
        const data::WeatherResult dry =
            data::CovariateImporter::importWeather(file, {}, store, true);
        QVERIFY(!dry.stored);
        QCOMPARE(dry.report.daysReplaced, 39);
        const data::WeatherResult again = data::CovariateImporter::importWeather(file, {}, store);
        QVERIFY(again.stored);
        QCOMPARE(again.report.daysReplaced, 39);
        QCOMPARE(rows(QStringLiteral("weather_daily"), m_tenant), 39);
        QCOMPARE(store.weather(), back);

        QSqlQuery q(m_db->connection());
        q.prepare(QStringLiteral("SELECT measure, products, days_inserted, days_replaced FROM"
                                 " imports WHERE tenant_id = ? ORDER BY id"));
        q.addBindValue(m_tenant);
        QVERIFY(q.exec());
        QStringList imports;
        while (q.next())
            imports << QStringList{q.value(0).toString(), q.value(1).toString(),
                                   q.value(2).toString(), q.value(3).toString()}
                           .join(QLatin1Char('|'));
        QCOMPARE(imports, (QStringList{"weather|4|39|0", "weather|4|0|39"}));
    }

    void overlapReplacesOnlyItsDays()
    {
        const CovariateStore store(*m_db, m_tenant);
        const int d0 = day(2024, 6, 1);
        QVERIFY(
            store.storeWeather(weatherBatch(QStringLiteral("temperature"), d0, {20, 21, 22})).ok());
        const StoreResult r =
            store.storeWeather(weatherBatch(QStringLiteral("temperature"), d0 + 2, {25, 26}));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.daysReplaced, 1);
        QCOMPARE(r.daysInserted, 1);
        const auto t = store.weather().at(QStringLiteral("temperature"));
        const std::vector<std::pair<int, double>> expected{
            {d0, 20.0}, {d0 + 1, 21.0}, {d0 + 2, 25.0}, {d0 + 3, 26.0}};
        QCOMPARE(t, expected);
    }

    void tenantsAreIsolated()
    {
        const CovariateStore mine(*m_db, m_tenant);
        const CovariateStore other(*m_db, m_tenant + QStringLiteral("-other"));
        QVERIFY(mine.storeWeather(weatherBatch(QStringLiteral("temperature"), 100, {1, 2})).ok());
        QVERIFY(
            mine.storeEvents({QStringLiteral("e.csv"), {}, {{QStringLiteral("Feria"), 100}}}).ok());
        QVERIFY(other.weather().empty());
        QVERIFY(other.events().empty());
        // The same day and name for the other shop is a row of its own, not a replacement.
        const StoreResult r =
            other.storeWeather(weatherBatch(QStringLiteral("temperature"), 100, {9}));
        QCOMPARE(r.daysReplaced, 0);
        QCOMPARE(mine.weather().at(QStringLiteral("temperature")).front().second, 1.0);
        QCOMPARE(other.weather().at(QStringLiteral("temperature")).front().second, 9.0);
    }

    void eventsRoundTripAndPriorScalePerName()
    {
        const CovariateStore store(*m_db, m_tenant);
        const data::EventsResult read =
            data::CovariateImporter::importEvents(kDir + "eventos.csv", {}, store);
        QVERIFY(read.stored);
        calendar::HolidayTable back = store.events();
        QCOMPARE(back.size(), std::size_t(6));
        QCOMPARE(back[0].name, QStringLiteral("Reyes"));
        QCOMPARE(back[0].lowerWindow, -1);
        QVERIFY(!back[0].hasPriorScale()); // NULL stays "the model's default"
        QCOMPARE(back[3].name, QStringLiteral("San Isidro"));
        QCOMPARE(back[3].priorScale, 5.0);
        QCOMPARE(back[3].upperWindow, 1);

        // A newer San Isidro row with another scale: it replaces its day and its scale
        // applies to the name's other days, so the model sees one scale per name.
        calendar::HolidayEvent isidro{QStringLiteral("San Isidro"), day(2025, 5, 15), 0, 0, 8.0};
        const StoreResult r = store.storeEvents({QStringLiteral("e2.csv"), {}, {isidro}});
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.daysReplaced, 1);
        back = store.events();
        QCOMPARE(back.size(), std::size_t(6));
        for (const auto& e : back)
            if (e.name == QLatin1String("San Isidro"))
                QCOMPARE(e.priorScale, 8.0);
        QCOMPARE(back[5].lowerWindow, 0);
        QCOMPARE(rows(QStringLiteral("calendar_events"), m_tenant), 6);
    }

    void failingBatchWritesNothing()
    {
        if (m_db->isPostgres())
            QSKIP("the failure is injected with an SQLite trigger");
        const CovariateStore store(*m_db, m_tenant);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("CREATE TRIGGER boom BEFORE INSERT ON weather_daily WHEN"
                                      " NEW.name = 'zzz' BEGIN SELECT RAISE(ABORT, 'boom'); END")));
        WeatherBatch b = weatherBatch(QStringLiteral("temperature"), 10, {1, 2, 3});
        b.series[QStringLiteral("zzz")] = {{10, 1.0}}; // written after temperature, then fails
        const StoreResult r = store.storeWeather(b);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QStringLiteral("boom")), qPrintable(r.error));
        QCOMPARE(rows(QStringLiteral("weather_daily"), m_tenant), 0);
        QCOMPARE(rows(QStringLiteral("imports"), m_tenant), 0);
        // Invalid values are refused before anything is written.
        QVERIFY(!store.storeWeather(weatherBatch(QStringLiteral("t"), 1, {std::nan("")})).ok());
        QVERIFY(!store.storeEvents({{}, {}, {{QStringLiteral("x"), 1, 1, 0, NAN}}}).ok());
    }

    void storedCovariatesFeedTheModel()
    {
        // y = 10 + 2 * temperature + 15 on the fair's days + noise, on 150 days.
        const CovariateStore store(*m_db, m_tenant);
        const int d0 = day(2024, 1, 1), n = 150, future = 7;
        forecast::Random rng(7);
        std::vector<double> temp, rain;
        for (int i = 0; i < n + future; ++i) {
            temp.push_back(5.0 + 20.0 * rng.uniform());
            rain.push_back(i == 40 ? 0.0 : 3.0 * rng.uniform());
        }
        WeatherBatch w = weatherBatch(QStringLiteral("temperature"), d0, temp);
        for (int i = 0; i < n + future; ++i)
            if (i != 40 && i != 41) // two days without a rain value
                w.series[QStringLiteral("precipitation")].emplace_back(d0 + i, rain[i]);
        QVERIFY(store.storeWeather(w).ok());
        const std::vector<int> fair = {20, 55, 90, 125};
        EventsBatch ev{QStringLiteral("e.csv"), {}, {}};
        for (int i : fair)
            ev.events.push_back({QStringLiteral("Feria"), d0 + i, 0, 0, NAN});
        QVERIFY(store.storeEvents(ev).ok());

        forecast::SeriesFrame frame;
        for (int i = 0; i < n; ++i) {
            frame.ds.push_back(d0 + i);
            const bool isFair = std::find(fair.begin(), fair.end(), i) != fair.end();
            frame.y.push_back(10.0 + 2.0 * temp[i] + (isFair ? 15.0 : 0.0) + 0.1 * rng.normal());
        }
        forecast::ModelConfig config;
        config.weekly = forecast::SeasonalityToggle::off();
        config.yearly = forecast::SeasonalityToggle::off();
        config.nChangepoints = 0;
        config.uncertaintySamples = 0;
        const QStringList notes = data::addCovariates(frame, config, store);
        QCOMPARE(notes, (QStringList{"precipitation: 2 days missing (2024-02-10, 2024-02-11); "
                                     "not used"}));
        QCOMPARE(config.regressors.size(), std::size_t(1));
        QCOMPARE(config.regressors[0].name, QStringLiteral("temperature"));
        QCOMPARE(config.holidays.size(), fair.size());
        QVERIFY(!frame.regressors.contains(QStringLiteral("precipitation")));

        forecast::ForecastModel model(config);
        const forecast::FitResult fit = model.fit(frame);
        QVERIFY2(fit.ok, qPrintable(fit.message));
        const forecast::Forecast f = model.predict(frame);
        const auto* effect = f.component(QStringLiteral("temperature"));
        const auto* feria = f.component(QStringLiteral("Feria"));
        QVERIFY(effect && feria);
        double mean = 0.0;
        for (int i = 0; i < n; ++i)
            mean += temp[i] / n;
        for (int i = 0; i < n; ++i) {
            QVERIFY2(std::abs((*effect)[i] - 2.0 * (temp[i] - mean)) < 0.2,
                     qPrintable(QString::number((*effect)[i])));
            const bool isFair = std::find(fair.begin(), fair.end(), i) != fair.end();
            QVERIFY2(std::abs((*feria)[i] - (isFair ? 15.0 : 0.0)) < 0.5,
                     qPrintable(QString::number((*feria)[i])));
        }

        // A future frame gets the model's regressor, and only that one; a day without
        // a temperature is reported (predict() would refuse the frame).
        forecast::SeriesFrame next = model.makeFutureFrame(future, false);
        QVERIFY(data::fillRegressors(next, model.config(), store).isEmpty());
        QCOMPARE(next.regressors.keys(), QStringList{QStringLiteral("temperature")});
        forecast::SeriesFrame beyond = model.makeFutureFrame(future + 1, false);
        QCOMPARE(data::fillRegressors(beyond, model.config(), store),
                 QStringList{QStringLiteral("temperature: 1 days missing (2024-06-06); the model "
                                            "needs it on every day, so it cannot predict these "
                                            "days")});
        const forecast::Forecast ahead = model.predict(next);
        QCOMPARE(ahead.size(), std::size_t(future));
        QVERIFY(std::abs(ahead.yhat[0] - (10.0 + 2.0 * temp[n])) < 0.5);
    }
};

QTEST_GUILESS_MAIN(TestCovariateStore)
#include "TestCovariateStore.moc"
