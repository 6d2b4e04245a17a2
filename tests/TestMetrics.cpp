// computeMetrics: closed-form cases worked out by hand, then parity with the holdout
// metrics Prophet's reference run published for real series (tests/data/reference/prophet).
#include "evaluation/Metrics.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <cmath>
#include <limits>
#include <vector>

using namespace bakery::evaluation;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

bool near(double actual, double expected, double relTol)
{
    return std::abs(actual - expected) <= relTol * std::max(std::abs(expected), 1e-12);
}

} // namespace

#define CHECK_NEAR(actual, expected, relTol)                                                       \
    QVERIFY2(near((actual), (expected), (relTol)),                                                 \
             qPrintable(QStringLiteral(#actual " = %1, expected %2")                               \
                            .arg((actual), 0, 'g', 17)                                             \
                            .arg((expected), 0, 'g', 17)))

class TestMetrics : public QObject
{
    Q_OBJECT

private slots:
    void closedForm();
    void zerosInActuals();
    void allZeroActuals();
    void nonFiniteRowsIgnored();
    void accuracyClampsAtZero();
    void coverage();
    void emptyAndJson();
    void prophetHoldout_data();
    void prophetHoldout();
};

void TestMetrics::closedForm()
{
    // e = y - yhat = {-1, 0, 1, 2}; sum|y| = 10; mean y = 2.5, SST = 5, SSE = 6.
    const Metrics m = computeMetrics({1, 2, 3, 4}, {2, 2, 2, 2});
    QCOMPARE(m.n, 4);
    QCOMPARE(m.mapeSkipped, 0);
    CHECK_NEAR(m.mae, 1.0, 1e-14);
    CHECK_NEAR(m.rmse, std::sqrt(6.0 / 4.0), 1e-14);
    CHECK_NEAR(m.wape, 100.0 * 4.0 / 10.0, 1e-14);
    CHECK_NEAR(m.mape, 100.0 * (1.0 + 0.0 + 1.0 / 3.0 + 2.0 / 4.0) / 4.0, 1e-14);
    CHECK_NEAR(m.smape, 100.0 * (2.0 / 3.0 + 0.0 + 2.0 / 5.0 + 4.0 / 6.0) / 4.0, 1e-14);
    CHECK_NEAR(m.r2, 1.0 - 6.0 / 5.0, 1e-14); // worse than the mean: negative
    QVERIFY(m.r2 < 0.0);
    CHECK_NEAR(m.accuracy, 100.0 - m.mape, 1e-14);
    QVERIFY(std::isnan(m.coverage)); // no bounds given

    const Metrics perfect = computeMetrics({1, 2, 3}, {1, 2, 3});
    QCOMPARE(perfect.mae, 0.0);
    QCOMPARE(perfect.r2, 1.0);
    QCOMPARE(perfect.accuracy, 100.0);
}

void TestMetrics::zerosInActuals()
{
    // |e| = {1, 1, 0, 1}; the two y = 0 rows are left out of MAPE only.
    const Metrics m = computeMetrics({0, 2, 0, 4}, {1, 1, 0, 5});
    QCOMPARE(m.n, 4);
    QCOMPARE(m.mapeSkipped, 2);
    CHECK_NEAR(m.mae, 3.0 / 4.0, 1e-14);
    CHECK_NEAR(m.mape, 100.0 * (1.0 / 2.0 + 1.0 / 4.0) / 2.0, 1e-14);
    CHECK_NEAR(m.accuracy, 100.0 - 37.5, 1e-14);
    CHECK_NEAR(m.wape, 100.0 * 3.0 / 6.0, 1e-14);
    // sMAPE terms: 2*1/1, 2*1/3, 0/0 -> 0, 2*1/9; still averaged over all 4 rows.
    CHECK_NEAR(m.smape, 100.0 * (2.0 + 2.0 / 3.0 + 0.0 + 2.0 / 9.0) / 4.0, 1e-14);
    QVERIFY(std::isfinite(m.smape));
}

void TestMetrics::allZeroActuals()
{
    const Metrics m = computeMetrics({0, 0}, {0, 1});
    QCOMPARE(m.n, 2);
    QCOMPARE(m.mapeSkipped, 2);
    QVERIFY(std::isnan(m.mape));
    QVERIFY(std::isnan(m.accuracy));
    QVERIFY(std::isnan(m.wape)); // sum|y| = 0
    QVERIFY(std::isnan(m.r2));   // SST = 0
    CHECK_NEAR(m.smape, 100.0 * (0.0 + 2.0) / 2.0, 1e-14);
    CHECK_NEAR(m.mae, 0.5, 1e-14);
}

void TestMetrics::nonFiniteRowsIgnored()
{
    // NaN actual (missing day) and NaN prediction rows are not scored at all.
    const Metrics m =
        computeMetrics({1, kNaN, 3, 5}, {2, 100, 3, kNaN}, {0, 0, 0, 0}, {10, 10, 10, 10});
    QCOMPARE(m.n, 2);
    CHECK_NEAR(m.mae, 0.5, 1e-14);
    CHECK_NEAR(m.rmse, std::sqrt(0.5), 1e-14);
    CHECK_NEAR(m.wape, 100.0 * 1.0 / 4.0, 1e-14);
    CHECK_NEAR(m.r2, 1.0 - 1.0 / 2.0, 1e-14); // mean y = 2, SST = 2
    CHECK_NEAR(m.coverage, 1.0, 1e-14);
}

void TestMetrics::accuracyClampsAtZero()
{
    const Metrics m = computeMetrics({1, 2}, {5, 10}); // APE 400 %
    CHECK_NEAR(m.mape, 400.0, 1e-14);
    QCOMPARE(m.accuracy, 0.0);
}

void TestMetrics::coverage()
{
    // Rows 0-2 inside (row 2 exactly on the lower bound), row 3 above the upper bound.
    const std::vector<double> y{1, 2, 3, 4}, yhat{1, 2, 3, 4};
    const Metrics m = computeMetrics(y, yhat, {0, 1, 3, 5}, {2, 3, 4, 6});
    CHECK_NEAR(m.coverage, 0.75, 1e-14);
    // Rows without finite bounds are left out of the coverage denominator.
    const Metrics partial = computeMetrics(y, yhat, {0, kNaN, 3, 5}, {2, 3, 4, 6});
    CHECK_NEAR(partial.coverage, 2.0 / 3.0, 1e-14);
    QVERIFY(std::isnan(computeMetrics(y, yhat, {kNaN}, {kNaN}).coverage));
}

void TestMetrics::emptyAndJson()
{
    const Metrics empty = computeMetrics({}, {});
    QCOMPARE(empty.n, 0);
    QVERIFY(std::isnan(empty.mae) && std::isnan(empty.rmse) && std::isnan(empty.smape));

    const QJsonObject nulls = toJson(empty);
    for (const char* key : {"mae", "rmse", "r2", "mape", "smape", "wape", "coverage", "accuracy"})
        QVERIFY2(nulls.value(QLatin1String(key)).isNull(), key);
    QCOMPARE(nulls.value(QLatin1String("n")).toInt(-1), 0);

    const QJsonObject o =
        toJson(computeMetrics({0, 2, 0, 4}, {1, 1, 0, 5}, {0, 0, 0, 0}, {1, 1, 1, 1}));
    QCOMPARE(o.size(), 10);
    QCOMPARE(o.value(QLatin1String("n")).toInt(), 4);
    QCOMPARE(o.value(QLatin1String("mape_skipped")).toInt(), 2);
    CHECK_NEAR(o.value(QLatin1String("mape")).toDouble(), 37.5, 1e-14);
    CHECK_NEAR(o.value(QLatin1String("accuracy")).toDouble(), 62.5, 1e-14);
    CHECK_NEAR(o.value(QLatin1String("coverage")).toDouble(), 0.5, 1e-14);
    QVERIFY(o.value(QLatin1String("r2")).isDouble());
}

void TestMetrics::prophetHoldout_data()
{
    QTest::addColumn<QString>("series");
    QTest::addColumn<int>("zeroTestDays");
    QTest::newRow("bread") << QStringLiteral("bread-basket__bread") << 0;
    QTest::newRow("hot-chocolate") << QStringLiteral("bread-basket__hot-chocolate") << 6;
    QTest::newRow("jam (zeros)") << QStringLiteral("korean-bakery__jam") << 19;
    QTest::newRow("n05c (zeros, yearly)") << QStringLiteral("pharma-sales__n05c") << 21;
}

void TestMetrics::prophetHoldout()
{
    QFETCH(QString, series);
    QFETCH(int, zeroTestDays);
    const QString base = QStringLiteral(BAKERY_TEST_DATA_DIR "/reference/prophet/") + series;

    QFile csv(base + QStringLiteral(".forecast.csv"));
    QVERIFY2(csv.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(csv.fileName()));
    const QStringList header = QString::fromUtf8(csv.readLine()).trimmed().split(QLatin1Char(','));
    const qsizetype iy = header.indexOf(QStringLiteral("y"));
    const qsizetype iyhat = header.indexOf(QStringLiteral("yhat"));
    const qsizetype ilo = header.indexOf(QStringLiteral("yhat_lower"));
    const qsizetype ihi = header.indexOf(QStringLiteral("yhat_upper"));
    QVERIFY(iy >= 0 && iyhat >= 0 && ilo >= 0 && ihi >= 0);
    std::vector<double> y, yhat, lo, hi;
    while (!csv.atEnd()) {
        const QString line = QString::fromUtf8(csv.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        const QStringList f = line.split(QLatin1Char(','));
        QVERIFY(f.size() == header.size());
        y.push_back(f[iy].toDouble());
        yhat.push_back(f[iyhat].toDouble());
        lo.push_back(f[ilo].toDouble());
        hi.push_back(f[ihi].toDouble());
    }
    QVERIFY(y.size() > 28);

    QFile jsonFile(base + QStringLiteral(".json"));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(json.value(QLatin1String("test_rows")).toInt(), 28);
    const QJsonObject ref = json.value(QLatin1String("holdout_metrics")).toObject();
    QVERIFY(!ref.isEmpty());

    // The test rows are the last 28 rows (no gaps in these series).
    const auto tail = [](const std::vector<double>& v) {
        return std::vector<double>(v.end() - 28, v.end());
    };
    const Metrics m = computeMetrics(tail(y), tail(yhat), tail(lo), tail(hi));
    QCOMPARE(m.n, 28);
    QCOMPARE(m.mapeSkipped, zeroTestDays);
    const double tol = 1e-9;
    CHECK_NEAR(m.mae, ref.value(QLatin1String("mae")).toDouble(), tol);
    CHECK_NEAR(m.rmse, ref.value(QLatin1String("rmse")).toDouble(), tol);
    CHECK_NEAR(m.wape, ref.value(QLatin1String("wape")).toDouble(), tol);
    CHECK_NEAR(m.mape, ref.value(QLatin1String("mape")).toDouble(), tol);
    CHECK_NEAR(m.smape, ref.value(QLatin1String("smape")).toDouble(), tol);
    CHECK_NEAR(m.r2, ref.value(QLatin1String("r2")).toDouble(), tol);
    CHECK_NEAR(m.coverage, ref.value(QLatin1String("coverage")).toDouble(), tol);
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "TestMetrics.moc"
