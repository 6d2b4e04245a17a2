// Comparing two stored versions on the same window: real models fitted on a strongly
// weekly series (with a temperature regressor read back from the covariate store),
// written as artifacts and registered as the pipeline does. The scores must equal
// computeMetrics on predictions the test makes itself from the stored model JSON.

#include "SalesFixtures.h"
#include "data/Covariates.h"
#include "forecast/ForecastModel.h"
#include "storage/CovariateStore.h"
#include "storage/ModelRegistry.h"
#include "training/VersionComparison.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace bakery;
using namespace bakery::training;
using namespace fixtures;

namespace {

constexpr int kCalendarDays = 141; // 2024-01-01 .. 2024-05-20
constexpr int kClosed = 135;       // no row: the shop was closed
constexpr int kOutlier = 130;      // stored, flagged as an outlier
constexpr int kWindow = 28;
const int kFirst = day(2024, 1, 1);
constexpr double kPi = 3.14159265358979323846;

double temperature(int i)
{
    return 15.0 + 8.0 * std::sin(2.0 * kPi * i / 23.0);
}

// Saturday peak, Monday trough: far more weekly signal than noise.
double sales(int i)
{
    static const double weekly[8] = {0, -25, -15, -5, 0, 15, 40, -10}; // by Qt day of week
    const int dow = QDate(2024, 1, 1).addDays(i).dayOfWeek();
    return 100.0 + weekly[dow] + 1.5 * temperature(i) + 3.0 * std::sin(1.7 * i);
}

struct Registered
{
    qint64 id = 0;
    artifacts::StoredArtifact artifact;
};

} // namespace

class TestVersionComparison : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<artifacts::ArtifactStore> m_artifacts;
    std::unique_ptr<storage::ModelRegistry> m_registry;
    std::vector<int> m_storedIdx; // calendar indices with a stored row, ascending

    // Fits `config` on the stored days with index < `endIdx` (outliers as NaN), optionally
    // with the temperature covariate, and registers it as version `name` of `product`.
    Registered fitAndRegister(const QString& productName, const QString& name,
                              forecast::ModelConfig config, int endIdx, bool withWeather,
                              const QJsonObject& hyperparameters,
                              const std::map<QString, double>& extraColumns = {})
    {
        forecast::SeriesFrame frame;
        for (int i : m_storedIdx) {
            if (i >= endIdx)
                break;
            frame.ds.push_back(kFirst + i);
            frame.y.push_back(i == kOutlier ? std::nan("") : sales(i));
        }
        if (withWeather)
            data::addCovariates(frame, config, storage::CovariateStore(*m_db).weather(), {});
        for (const auto& [column, base] : extraColumns) {
            std::vector<double> values;
            for (std::size_t r = 0; r < frame.size(); ++r)
                values.push_back(base + static_cast<double>(r % 5));
            frame.regressors.insert(column, values);
            forecast::RegressorSpec spec;
            spec.name = column;
            config.regressors.push_back(spec);
        }
        forecast::ForecastModel model(config);
        const forecast::FitResult fit = model.fit(frame);
        if (!fit.ok) {
            qWarning("fit: %s", qPrintable(fit.message));
            return {};
        }
        QString error;
        const std::optional<artifacts::StoredArtifact> stored = m_artifacts->write(
            QStringLiteral("default"), productName, name,
            {model.toJson(), QByteArrayLiteral("{}"), QByteArrayLiteral("ds,y\n")}, &error);
        if (!stored) {
            qWarning("artifact: %s", qPrintable(error));
            return {};
        }
        storage::NewVersion v;
        v.productId = storage::SalesStore(*m_db).product(productName)->id;
        v.version = name;
        v.artifact = *stored;
        v.hyperparameters = hyperparameters;
        v.features = model.featureNames();
        v.trainingSamples = static_cast<int>(frame.size());
        v.trainingStart = iso(static_cast<int>(frame.ds.front()));
        v.trainingEnd = iso(static_cast<int>(frame.ds.back()));
        v.modelHash = name;
        v.dataFingerprint = QStringLiteral("f");
        QSqlDatabase c = m_db->connection();
        if (!m_db->beginWrite(c, &error))
            return {};
        const qint64 id = m_registry->insertVersion(c, v, &error);
        if (id == 0 || !c.commit()) {
            qWarning("register: %s", qPrintable(error));
            c.rollback();
            return {};
        }
        return {id, *stored};
    }

    // What the test expects a version to predict on `days`: its own model JSON, read from the
    // artifact, with the temperature the test generated (not the store's).
    forecast::Forecast predictMyself(const Registered& r, const std::vector<int>& days)
    {
        QString error;
        const auto contents = m_artifacts->read(r.artifact.relativePath, r.artifact.sha256, &error);
        if (!contents)
            qFatal("read: %s", qPrintable(error));
        const auto model = forecast::ForecastModel::fromJson(contents->modelJson, &error);
        forecast::SeriesFrame frame;
        std::vector<double> temps;
        for (int d : days) {
            frame.ds.push_back(d);
            temps.push_back(temperature(d - kFirst));
        }
        if (!model->config().regressors.empty())
            frame.regressors.insert(QStringLiteral("temperature"), temps);
        return model->predict(frame);
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        const QString file = QStringLiteral("%1.db").arg(QTest::currentTestFunction());
        m_db = std::make_unique<storage::Database>(m_tmp.filePath(file));
        QVERIFY2(m_db->open(), qPrintable(m_db->error()));
        m_artifacts = std::make_unique<artifacts::ArtifactStore>(
            m_tmp.filePath(QStringLiteral("models-%1").arg(QTest::currentTestFunction())), true);
        m_registry = std::make_unique<storage::ModelRegistry>(*m_db, *m_artifacts,
                                                              QStringLiteral("default"));
        storage::ProductSales pan{QStringLiteral("Pan"), {}, std::nan(""), {}};
        m_storedIdx.clear();
        for (int i = 0; i < kCalendarDays; ++i) {
            if (i == kClosed)
                continue;
            m_storedIdx.push_back(i);
            pan.days.push_back({kFirst + i, i == kOutlier ? 500.0 : sales(i), i == kOutlier});
        }
        storage::WeatherBatch weather{QStringLiteral("w.csv"), QStringLiteral("cd34"), {}};
        for (int i = 0; i < kCalendarDays + 7; ++i)
            weather.series[QStringLiteral("temperature")].push_back({kFirst + i, temperature(i)});
        QVERIFY(storage::SalesStore(*m_db)
                    .store(batch(QStringLiteral("s.csv"),
                                 {pan, product(QStringLiteral("Bollo"), kFirst, {1, 2, 3})}))
                    .ok());
        QVERIFY(storage::CovariateStore(*m_db).storeWeather(weather).ok());
    }

    void cleanup()
    {
        m_registry.reset();
        m_artifacts.reset();
        m_db.reset();
    }

    void weeklyModelBeatsModelWithoutWeekly()
    {
        // Window: the newest 28 stored days; the closed day makes it span 29 calendar days.
        const std::vector<int> windowIdx(m_storedIdx.end() - kWindow, m_storedIdx.end());
        QCOMPARE(windowIdx.front(), 112);
        const int windowStart = windowIdx.front();
        std::vector<int> days;
        std::vector<double> actual;
        for (int i : windowIdx) {
            days.push_back(kFirst + i);
            actual.push_back(i == kOutlier ? std::nan("") : sales(i));
        }

        // A: weekly on, temperature, trained before the window. B: weekly off, all days.
        const QJsonObject hpA{{QStringLiteral("weekly_seasonality"), QStringLiteral("auto")},
                              {QStringLiteral("changepoint_prior_scale"), 0.05}};
        const QJsonObject hpB{{QStringLiteral("weekly_seasonality"), QStringLiteral("false")},
                              {QStringLiteral("changepoint_prior_scale"), 0.05},
                              {QStringLiteral("note"), QStringLiteral("x")}};
        forecast::ModelConfig noWeekly;
        noWeekly.weekly = forecast::SeasonalityToggle::off();
        const Registered a =
            fitAndRegister(QStringLiteral("Pan"), QStringLiteral("v1"), {}, windowStart, true, hpA);
        const Registered b = fitAndRegister(QStringLiteral("Pan"), QStringLiteral("v2"), noWeekly,
                                            kCalendarDays, false, hpB);
        QVERIFY(a.id && b.id);

        const VersionComparison c =
            compareVersions(*m_registry, storage::SalesStore(*m_db), storage::CovariateStore(*m_db),
                            a.id, b.id, kWindow);
        QVERIFY2(c.ok(), qPrintable(c.error));
        QCOMPARE(c.days, days);
        QCOMPARE(c.actual.size(), actual.size());
        for (std::size_t i = 0; i < actual.size(); ++i)
            QVERIFY(c.actual[i] == actual[i] || (std::isnan(c.actual[i]) && std::isnan(actual[i])));
        QCOMPARE(c.a.version.id, a.id);
        QCOMPARE(c.b.version.version, QStringLiteral("v2"));
        QVERIFY(!c.a.inSample); // trained up to the day before the window
        QVERIFY(c.b.inSample);
        QCOMPARE(c.a.intervalWidth, 0.95);

        // Independently: the same models predict the same days; computeMetrics on those.
        const forecast::Forecast fa = predictMyself(a, days);
        const forecast::Forecast fb = predictMyself(b, days);
        QCOMPARE(c.a.yhat, fa.yhat);
        QCOMPARE(c.b.upper, fb.yhatUpper);
        const evaluation::Metrics ma =
            evaluation::computeMetrics(actual, fa.yhat, fa.yhatLower, fa.yhatUpper);
        const evaluation::Metrics mb =
            evaluation::computeMetrics(actual, fb.yhat, fb.yhatLower, fb.yhatUpper);
        QCOMPARE(ma.n, kWindow - 1); // the outlier day is not scored
        QCOMPARE(c.a.onWindow.n, ma.n);
        QCOMPARE(c.a.onWindow.mae, ma.mae);
        QCOMPARE(c.a.onWindow.coverage, ma.coverage);
        QCOMPARE(c.b.onWindow.mae, mb.mae);
        QCOMPARE(c.b.onWindow.r2, mb.r2);
        QVERIFY2(mb.mae > 2 * ma.mae,
                 qPrintable(QStringLiteral("%1 vs %2").arg(mb.mae).arg(ma.mae)));

        // The metric table: values, b - a, and who wins.
        QCOMPARE(c.metrics.size(), 7);
        const QStringList names = {QStringLiteral("mae"),     QStringLiteral("rmse"),
                                   QStringLiteral("wape"),    QStringLiteral("mape"),
                                   QStringLiteral("r2"),      QStringLiteral("accuracy"),
                                   QStringLiteral("coverage")};
        const std::vector<std::pair<double, double>> values = {
            {ma.mae, mb.mae},          {ma.rmse, mb.rmse}, {ma.wape, mb.wape},
            {ma.mape, mb.mape},        {ma.r2, mb.r2},     {ma.accuracy, mb.accuracy},
            {ma.coverage, mb.coverage}};
        for (int i = 0; i < 7; ++i) {
            const QJsonObject row = c.metrics[i].toObject();
            QCOMPARE(row.value(QStringLiteral("metric")).toString(), names[i]);
            QCOMPARE(row.value(QStringLiteral("a")).toDouble(), values[i].first);
            QCOMPARE(row.value(QStringLiteral("b")).toDouble(), values[i].second);
            QCOMPARE(row.value(QStringLiteral("difference")).toDouble(),
                     values[i].second - values[i].first);
            if (i < 6) // errors lower, r2 and accuracy higher: A wins all of them here
                QCOMPARE(row.value(QStringLiteral("better")).toString(), QStringLiteral("a"));
        }
        const QString coverageWinner =
            std::abs(ma.coverage - 0.95) < std::abs(mb.coverage - 0.95)   ? QStringLiteral("a")
            : std::abs(ma.coverage - 0.95) > std::abs(mb.coverage - 0.95) ? QStringLiteral("b")
                                                                          : QStringLiteral("tie");
        QCOMPARE(c.metrics[6].toObject().value(QStringLiteral("better")).toString(),
                 coverageWinner);

        // Settings: the weekly switch and a key only B has; the equal prior is not listed.
        QCOMPARE(c.settingDifferences.size(), 2);
        const QJsonObject note = c.settingDifferences[0].toObject();
        QCOMPARE(note.value(QStringLiteral("key")).toString(), QStringLiteral("note"));
        QVERIFY(note.value(QStringLiteral("a")).isNull());
        const QJsonObject weekly = c.settingDifferences[1].toObject();
        QCOMPARE(weekly.value(QStringLiteral("key")).toString(),
                 QStringLiteral("weekly_seasonality"));
        QCOMPARE(weekly.value(QStringLiteral("a")).toString(), QStringLiteral("auto"));
        QCOMPARE(weekly.value(QStringLiteral("b")).toString(), QStringLiteral("false"));

        const QJsonObject j = toJson(c);
        QCOMPARE(j.value(QStringLiteral("product")).toString(), QStringLiteral("Pan"));
        const QJsonObject window = j.value(QStringLiteral("window")).toObject();
        QCOMPARE(window.value(QStringLiteral("start")).toString(), QStringLiteral("2024-04-22"));
        QCOMPARE(window.value(QStringLiteral("end")).toString(), QStringLiteral("2024-05-20"));
        QCOMPARE(window.value(QStringLiteral("days")).toArray().size(), kWindow);
        QVERIFY(j.value(QStringLiteral("actual")).toArray()[kOutlier - 112].isNull());
        QCOMPARE(
            j.value(QStringLiteral("a")).toObject().value(QStringLiteral("in_sample")).toBool(),
            false);
        QCOMPARE(
            j.value(QStringLiteral("b")).toObject().value(QStringLiteral("in_sample")).toBool(),
            true);
        QCOMPARE(j.value(QStringLiteral("metrics")).toArray().size(), 7);

        // A window longer than the history is the whole history; a shorter one the newest days.
        const VersionComparison shortWindow = compareVersions(
            *m_registry, storage::SalesStore(*m_db), storage::CovariateStore(*m_db), a.id, b.id, 5);
        QVERIFY2(shortWindow.ok(), qPrintable(shortWindow.error));
        QCOMPARE(shortWindow.days, std::vector<int>(days.end() - 5, days.end()));
        QVERIFY(shortWindow.a.inSample == false);
        const VersionComparison self =
            compareVersions(*m_registry, storage::SalesStore(*m_db), storage::CovariateStore(*m_db),
                            b.id, b.id, 1000);
        QVERIFY2(self.ok(), qPrintable(self.error));
        QCOMPARE(self.days.size(), m_storedIdx.size());
        for (const QJsonValue& row : self.metrics)
            QCOMPARE(row.toObject().value(QStringLiteral("better")).toString(),
                     QStringLiteral("tie"));
    }

    void refusals()
    {
        const Registered a = fitAndRegister(QStringLiteral("Pan"), QStringLiteral("v1"), {},
                                            kCalendarDays, true, {});
        // A regressor the store has no values for: this version cannot predict the window.
        const Registered sunny =
            fitAndRegister(QStringLiteral("Pan"), QStringLiteral("v2"), {}, kCalendarDays, false,
                           {}, {{QStringLiteral("sunshine"), 4.0}});
        forecast::ModelConfig plain;
        const Registered bollo = fitAndRegister(QStringLiteral("Bollo"), QStringLiteral("v1"),
                                                plain, kCalendarDays, false, {});
        QVERIFY(a.id && sunny.id && bollo.id);
        const storage::SalesStore sales(*m_db);
        const storage::CovariateStore covariates(*m_db);

        VersionComparison c = compareVersions(*m_registry, sales, covariates, a.id, sunny.id);
        QVERIFY(!c.ok());
        QVERIFY2(c.error.contains(QStringLiteral("version v2")) &&
                     c.error.contains(QStringLiteral("sunshine")),
                 qPrintable(c.error));
        QCOMPARE(toJson(c).value(QStringLiteral("error")).toString(), c.error);

        c = compareVersions(*m_registry, sales, covariates, a.id, bollo.id);
        QVERIFY(!c.ok());
        QVERIFY2(c.error.contains(QStringLiteral("Pan")) &&
                     c.error.contains(QStringLiteral("Bollo")),
                 qPrintable(c.error));

        c = compareVersions(*m_registry, sales, covariates, a.id, 999999);
        QCOMPARE(c.error, QStringLiteral("No model version with id 999999"));
        c = compareVersions(*m_registry, sales, covariates, a.id, a.id, 0);
        QVERIFY(!c.ok());

        // A damaged artifact: refused with the registry's own message (the checksum check).
        QFile f(m_artifacts->absolutePath(a.artifact.relativePath));
        QVERIFY(f.open(QIODevice::Append));
        f.write("x");
        f.close();
        QString registryError;
        QVERIFY(!m_registry->load(a.id, &registryError));
        c = compareVersions(*m_registry, sales, covariates, a.id, a.id);
        QVERIFY(!c.ok());
        QCOMPARE(c.error, registryError);
        QVERIFY(c.metrics.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestVersionComparison)
#include "TestVersionComparison.moc"
