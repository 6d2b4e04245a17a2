// Backtest arithmetic: the reference holdout rule, Prophet's cutoff generation and its
// performance_metrics rolling aggregation (model spec section 8), on hand-made cases.
#include "evaluation/Backtest.h"

#include <QDate>
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

std::vector<double> range(double from, double to) // inclusive, step 1
{
    std::vector<double> v;
    for (double d = from; d <= to; d += 1.0)
        v.push_back(d);
    return v;
}

bool near(double a, double b, double tol)
{
    return std::abs(a - b) <= tol;
}

void checkSeries(const std::vector<HorizonMetric>& got, const std::vector<double>& horizons,
                 const std::vector<double>& values)
{
    QCOMPARE(got.size(), horizons.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].horizon, horizons[i]);
        QVERIFY2(near(got[i].value, values[i], 1e-12), qPrintable(QStringLiteral("h=%1: %2 vs %3")
                                                                      .arg(horizons[i])
                                                                      .arg(got[i].value, 0, 'g', 17)
                                                                      .arg(values[i], 0, 'g', 17)));
    }
}

} // namespace

class TestBacktest : public QObject
{
    Q_OBJECT

private slots:
    void holdoutRule();
    void holdoutOnReferenceSeries();
    void cutoffsRegularDaily();
    void cutoffsJumpOverGap();
    void cutoffsErrors();
    void defaults();
    void rollingSpecVectors();
    void rollingUnsortedInput();
    void performanceByHorizon();
    void performanceZeroActualsAndNoWindow();
};

void TestBacktest::holdoutRule()
{
    const HoldoutSplit s = holdoutSplit(range(0, 99), 28);
    QCOMPARE(s.trainRows, std::size_t{72});
    QCOMPARE(s.testRows, std::size_t{28});
    QCOMPARE(s.cutoff, 71.0);

    // Calendar days, not rows: with a gap the test window holds fewer rows, and a row
    // exactly on last - holdoutDays is training.
    const HoldoutSplit gap = holdoutSplit({0, 1, 2, 7, 10, 11, 12}, 5);
    QCOMPARE(gap.cutoff, 7.0);
    QCOMPARE(gap.trainRows, std::size_t{4});
    QCOMPARE(gap.testRows, std::size_t{3});

    const HoldoutSplit empty = holdoutSplit({}, 28);
    QCOMPARE(empty.trainRows + empty.testRows, std::size_t{0});
    QVERIFY(std::isnan(empty.cutoff));
}

void TestBacktest::holdoutOnReferenceSeries()
{
    // The split Prophet's reference run used (train_rows/test_rows in its JSON).
    const QString base =
        QStringLiteral(BAKERY_TEST_DATA_DIR "/reference/prophet/korean-bakery__jam");
    QFile csv(base + QStringLiteral(".forecast.csv"));
    QVERIFY(csv.open(QIODevice::ReadOnly | QIODevice::Text));
    csv.readLine(); // header; ds is the first column
    std::vector<double> ds;
    const QDate epoch(1970, 1, 1);
    while (!csv.atEnd()) {
        const QByteArray line = csv.readLine().trimmed();
        if (line.isEmpty())
            continue;
        const QDate d = QDate::fromString(QString::fromUtf8(line.left(10)), Qt::ISODate);
        QVERIFY(d.isValid());
        ds.push_back(static_cast<double>(epoch.daysTo(d)));
    }
    QFile jsonFile(base + QStringLiteral(".json"));
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(jsonFile.readAll()).object();

    const HoldoutSplit s = holdoutSplit(ds, 28);
    QCOMPARE(static_cast<int>(s.trainRows), json.value(QLatin1String("train_rows")).toInt());
    QCOMPARE(static_cast<int>(s.testRows), json.value(QLatin1String("test_rows")).toInt());
    const QDate trainEnd =
        QDate::fromString(json.value(QLatin1String("train_end")).toString(), Qt::ISODate);
    QCOMPARE(ds[s.trainRows - 1], static_cast<double>(epoch.daysTo(trainEnd)));
}

void TestBacktest::cutoffsRegularDaily()
{
    // c = 99 - 10 = 89, then 5 days earlier while the last cutoff >= 0 + 30: 84, ..., 34, 29;
    // the last one appended (29 < 30) is dropped.
    QString error;
    const std::vector<double> c = generateCutoffs(range(0, 99), 10, 5, 30, &error);
    QVERIFY(error.isEmpty());
    const std::vector<double> expected{34, 39, 44, 49, 54, 59, 64, 69, 74, 79, 84, 89};
    QCOMPARE(c, expected);
}

void TestBacktest::cutoffsJumpOverGap()
{
    // Data on days 0..49 and 80..99. From 89: 79 (80..89 has data); 69 has no data in
    // (69, 79], so it jumps to (last day <= 69 = 49) - 10 = 39; then 29, then 19 < 20 is
    // appended and dropped.
    std::vector<double> ds = range(0, 49);
    const std::vector<double> tail = range(80, 99);
    ds.insert(ds.end(), tail.begin(), tail.end());
    QString error;
    const std::vector<double> c = generateCutoffs(ds, 10, 10, 20, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(c, (std::vector<double>{29, 39, 79, 89}));
}

void TestBacktest::cutoffsErrors()
{
    QString error;
    QVERIFY(generateCutoffs(range(0, 9), 20, 10, 0, &error).empty());
    QVERIFY(error.contains(QStringLiteral("Less data than horizon")));

    // One cutoff (4) exists but lies before min(ds) + initial, so none is left.
    error.clear();
    QVERIFY(generateCutoffs(range(0, 9), 5, 2, 10, &error).empty());
    QVERIFY(!error.isEmpty());

    error.clear();
    QVERIFY(generateCutoffs(range(0, 9), 2, 0, 1, &error).empty()); // would loop forever
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(generateCutoffs({}, 2, 1, 1, &error).empty());
    QVERIFY(!error.isEmpty());
    QVERIFY(generateCutoffs(range(0, 9), 20, 10, 0, nullptr).empty()); // error is optional
}

void TestBacktest::defaults()
{
    const CvDefaults weekly = cvDefaults(28, 7);
    QCOMPARE(weekly.period, 14.0);
    QCOMPARE(weekly.initial, 84.0);
    const CvDefaults yearly = cvDefaults(28, 365.25);
    QCOMPARE(yearly.period, 14.0);
    QCOMPARE(yearly.initial, 365.25);
}

void TestBacktest::rollingSpecVectors()
{
    const std::vector<double> x = range(0, 9);
    const std::vector<double> h{1, 2, 3, 4, 4, 4, 4, 4, 7, 7};
    checkSeries(rollingMean(x, h, 3), {3, 4, 7}, {1, 5, 22.0 / 3.0});
    checkSeries(rollingMedian(x, h, 3), {3, 4, 7}, {1, 5, 8});
    checkSeries(rollingMean(x, h, 10), {7}, {4.5});
    checkSeries(rollingMedian(x, h, 10), {7}, {4.5});
    QVERIFY(rollingMean(x, h, 11).empty());
    QVERIFY(rollingMedian(x, h, 11).empty());
    // w = 1: each horizon's own mean / median.
    checkSeries(rollingMean(x, h, 1), {1, 2, 3, 4, 7}, {0, 1, 2, 5, 8.5});
    checkSeries(rollingMedian(x, h, 1), {1, 2, 3, 4, 7}, {0, 1, 2, 5, 8.5});
}

void TestBacktest::rollingUnsortedInput()
{
    // The same pairs out of order; ties keep their relative order (stable sort), so the
    // row before horizon 7 is still x = 7.
    const std::vector<double> x{8, 9, 3, 4, 5, 6, 7, 2, 1, 0};
    const std::vector<double> h{7, 7, 4, 4, 4, 4, 4, 3, 2, 1};
    checkSeries(rollingMean(x, h, 3), {3, 4, 7}, {1, 5, 22.0 / 3.0});
    checkSeries(rollingMedian(x, h, 3), {3, 4, 7}, {1, 5, 8});
}

void TestBacktest::performanceByHorizon()
{
    // Horizons 1, 1, 2, 2 days; e = {-1, 0, 2, 6}; w = int(0.5 * 4) = 2 = one group each.
    const std::vector<CvRow> rows{
        {11, 10, 1, 2, 0, 1.5},
        {11, 10, 2, 2, 0, 1.5},
        {12, 10, 4, 2, 0, 5},
        {12, 10, 8, 2, 0, 5},
    };
    const std::vector<PerformanceRow> p = performanceMetrics(rows, 0.5);
    QCOMPARE(p.size(), std::size_t{2});
    QCOMPARE(p[0].horizon, 1.0);
    QCOMPARE(p[1].horizon, 2.0);
    QVERIFY(near(p[0].mse, 0.5, 1e-14) && near(p[1].mse, 20.0, 1e-14));
    QVERIFY(near(p[0].rmse, std::sqrt(0.5), 1e-14) && near(p[1].rmse, std::sqrt(20.0), 1e-14));
    QVERIFY(near(p[0].mae, 0.5, 1e-14) && near(p[1].mae, 4.0, 1e-14));
    QVERIFY(near(p[0].mape, 0.5, 1e-14) && near(p[1].mape, 0.625, 1e-14));
    QVERIFY(near(p[0].mdape, 0.5, 1e-14) && near(p[1].mdape, 0.625, 1e-14));
    // sape = |e| / ((|y| + |yhat|) / 2), a fraction as Prophet reports it.
    QVERIFY(near(p[0].smape, (1.0 / 1.5 + 0.0) / 2.0, 1e-14));
    QVERIFY(near(p[1].smape, (2.0 / 3.0 + 6.0 / 5.0) / 2.0, 1e-14));
    QVERIFY(near(p[0].coverage, 0.5, 1e-14) && near(p[1].coverage, 0.5, 1e-14));

    // Default window: w = int(0.4) = 0 -> 1, still one value per horizon (the group mean).
    const std::vector<PerformanceRow> d = performanceMetrics(rows);
    QCOMPARE(d.size(), std::size_t{2});
    QVERIFY(near(d[1].mae, 4.0, 1e-14));

    // w = n: only the largest horizon, over all rows.
    const std::vector<PerformanceRow> all = performanceMetrics(rows, 1.0);
    QCOMPARE(all.size(), std::size_t{1});
    QCOMPARE(all[0].horizon, 2.0);
    QVERIFY(near(all[0].mae, 9.0 / 4.0, 1e-14));
    QVERIFY(near(all[0].mdape, (0.5 + 0.75) / 2.0, 1e-14)); // median of {1, 0, 0.5, 0.75}
    QVERIFY(performanceMetrics({}).empty());
}

void TestBacktest::performanceZeroActualsAndNoWindow()
{
    const std::vector<CvRow> rows{
        {12, 10, 0, 0, kNaN, kNaN},
        {11, 10, 2, 1, kNaN, kNaN},
    };
    // min |y| < 1e-8: mape and mdape are skipped; 0/0 sape is 0; no bounds -> no coverage.
    const std::vector<PerformanceRow> p = performanceMetrics(rows, 0.5);
    QCOMPARE(p.size(), std::size_t{2});
    for (const PerformanceRow& r : p) {
        QVERIFY(std::isnan(r.mape) && std::isnan(r.mdape) && std::isnan(r.coverage));
        QVERIFY(std::isfinite(r.smape));
    }
    QCOMPARE(p[1].smape, 0.0); // horizon 2 is the y = yhat = 0 row

    // A negative window returns every row, sorted by horizon, unaggregated.
    const std::vector<PerformanceRow> raw = performanceMetrics(rows, -1.0);
    QCOMPARE(raw.size(), std::size_t{2});
    QCOMPARE(raw[0].horizon, 1.0);
    QCOMPARE(raw[0].mae, 1.0);
    QVERIFY(near(raw[0].smape, 1.0 / 1.5, 1e-14));
}

QTEST_GUILESS_MAIN(TestBacktest)
#include "TestBacktest.moc"
