// The versioned model document: a loaded model predicts exactly what the original
// predicted, and damaged documents are refused with a reason.
#include "forecast/FittedState.h"
#include "forecast/ForecastModel.h"
#include "forecast/Random.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>

using namespace bakery::forecast;

namespace {

SeriesFrame series(int days)
{
    Random rng(9);
    SeriesFrame s;
    for (int i = 0; i < days; ++i) {
        const double ds = 19300.0 + i;
        s.ds.push_back(ds);
        s.regressors[QStringLiteral("rain")].push_back(rng.uniform() < 0.3 ? 1.0 : 0.0);
        s.regressors[QStringLiteral("temp")].push_back(10 + 10 * std::sin(ds / 58.0));
        s.y.push_back(40 + 0.02 * i + 6 * std::sin(2 * M_PI * ds / 7) -
                      5 * s.regressors[QStringLiteral("rain")].back() +
                      0.4 * s.regressors[QStringLiteral("temp")].back() + 2 * rng.normal());
    }
    s.y[17] = NAN;
    return s;
}

void compareExactly(const Forecast& a, const Forecast& b)
{
    QCOMPARE(a.yhat, b.yhat);
    QCOMPARE(a.yhatLower, b.yhatLower);
    QCOMPARE(a.yhatUpper, b.yhatUpper);
    QCOMPARE(a.trend, b.trend);
    QCOMPARE(a.trendLower, b.trendLower);
    QCOMPARE(a.components.size(), b.components.size());
    for (std::size_t i = 0; i < a.components.size(); ++i) {
        QCOMPARE(a.components[i].first, b.components[i].first);
        QCOMPARE(a.components[i].second, b.components[i].second);
    }
}

} // namespace

class TestModelJson : public QObject
{
    Q_OBJECT

private slots:
    void roundTripPredictsIdentically_data();
    void roundTripPredictsIdentically();
    void refusesDamagedDocuments();
};

void TestModelJson::roundTripPredictsIdentically_data()
{
    QTest::addColumn<bool>("multiplicative");
    QTest::newRow("additive") << false;
    QTest::newRow("multiplicative") << true;
}

void TestModelJson::roundTripPredictsIdentically()
{
    QFETCH(bool, multiplicative);
    ModelConfig c;
    c.countryHolidays = QStringLiteral("ES");
    c.holidays.push_back({QStringLiteral("fiesta mayor"), 19400, -1, 2, 4.0});
    c.seasonalities.push_back({QStringLiteral("monthly"), 30.5, 3, 5.0, std::nullopt});
    c.regressors.push_back({QStringLiteral("rain"), NAN, Standardize::Auto, std::nullopt});
    c.regressors.push_back({QStringLiteral("temp"), 2.0, Standardize::Yes, Mode::Additive});
    if (multiplicative)
        c.seasonalityMode = Mode::Multiplicative;
    c.intervalWidth = 0.8;
    c.seed = 1234567890123ULL;
    ForecastModel model(c);
    const SeriesFrame s = series(300);
    QVERIFY(model.fit(s).ok);
    const QByteArray json = model.toJson();
    QString error;
    const auto loaded = ForecastModel::fromJson(json, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(loaded->isFitted());
    QCOMPARE(loaded->config().seed, c.seed);
    QCOMPARE(loaded->featureNames(), model.featureNames());
    QCOMPARE(loaded->toJson(), json); // a fixed point: nothing lost or reformatted
    SeriesFrame frame = s;
    for (int d = 1; d <= 30; ++d) { // future rows with their regressor values
        frame.ds.push_back(s.ds.back() + d);
        frame.regressors[QStringLiteral("rain")].push_back(d % 3 == 0);
        frame.regressors[QStringLiteral("temp")].push_back(12.0);
    }
    compareExactly(model.predict(frame), loaded->predict(frame));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(QStringLiteral("schema_version")).toInt(), 1);
    QVERIFY(root.value(QStringLiteral("config"))
                .toObject()
                .value(QStringLiteral("holiday_rules"))
                .toString()
                .startsWith(QStringLiteral("ES")));
}

void TestModelJson::refusesDamagedDocuments()
{
    ForecastModel model;
    QVERIFY(model.fit(series(60)).ok);
    const QByteArray json = model.toJson();
    QString error;
    QVERIFY(!ForecastModel::fromJson(json.left(json.size() / 2), &error));
    QVERIFY(error.startsWith(QStringLiteral("not JSON")));
    QVERIFY(!ForecastModel::fromJson(QByteArray("{\"format\":\"something else\"}"), &error));
    QVERIFY(error.contains(QStringLiteral("not a forecast model")));
    QByteArray future = json;
    future.replace("\"schema_version\":1", "\"schema_version\":99");
    QVERIFY(!ForecastModel::fromJson(future, &error));
    QVERIFY(error.contains(QStringLiteral("99")));
    QJsonObject root = QJsonDocument::fromJson(json).object();
    QJsonObject state = root.value(QStringLiteral("state")).toObject();
    QJsonObject params = state.value(QStringLiteral("params")).toObject();
    params.remove(QStringLiteral("beta"));
    state.insert(QStringLiteral("params"), params);
    root.insert(QStringLiteral("state"), state);
    QVERIFY(!ForecastModel::fromJson(QJsonDocument(root).toJson(), &error));
    QVERIFY(error.contains(QStringLiteral("inconsistent")));

    // Values a reader would otherwise misread or crash on.
    const auto refuse = [&](const QByteArray& from, const QByteArray& to, const char* expected) {
        QByteArray damaged = json;
        damaged.replace(from, to);
        QVERIFY2(damaged != json, from.constData());
        QString why;
        QVERIFY2(!ForecastModel::fromJson(damaged, &why), from.constData());
        QVERIFY2(why.contains(QLatin1String(expected)), qPrintable(why));
    };
    refuse("\"growth\":\"linear\"", "\"growth\":\"exponential\"", "unknown value");
    refuse("\"component\":\"weekly\"", "\"component\":\"weakly\"", "weekly_delim");
    refuse("\"name\":\"weekly\",\"order\":3", "\"name\":\"weekly\",\"order\":50", "weekly");
    refuse("\"changepoint_range\":0.8", "\"changepoint_range\":1.5", "changepoint_range");
}

QTEST_GUILESS_MAIN(TestModelJson)
#include "TestModelJson.moc"
