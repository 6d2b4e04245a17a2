// Trend pieces against the specification's worked values and hand calculations.
#include "forecast/Trend.h"

#include <QtTest>

#include <cmath>

using namespace bakery::forecast;

class TestTrend : public QObject
{
    Q_OBJECT

private slots:
    void linearMatchesSpecVector();
    void logisticMatchesSpecVector();
    void changepointGridMatchesLinspace();
    void changepointCountShrinksForShortHistory();
    void changepointGridUsesBankersRounding();
    void initialValues();
};

void TestTrend::linearMatchesSpecVector()
{
    std::vector<double> t;
    for (int i = 0; i <= 10; ++i)
        t.push_back(i);
    const std::vector<double> g = trend::linear(t, 1.0, 0.0, {0.5}, {5.0});
    const double expected[] = {0, 1, 2, 3, 4, 5, 6.5, 8, 9.5, 11, 12.5};
    for (int i = 0; i <= 10; ++i)
        QCOMPARE(g[static_cast<std::size_t>(i)], expected[i]);
}

void TestTrend::logisticMatchesSpecVector()
{
    std::vector<double> t;
    for (int i = 0; i <= 10; ++i)
        t.push_back(i);
    const std::vector<double> g =
        trend::logistic(t, std::vector<double>(11, 10.0), 1.0, 0.0, {0.5}, {5.0});
    const double expected[] = {5.000000, 7.310586, 8.807971, 9.525741, 9.820138, 9.933071,
                               9.984988, 9.996646, 9.999252, 9.999833, 9.999963};
    for (int i = 0; i <= 10; ++i)
        QVERIFY(std::abs(g[static_cast<std::size_t>(i)] - expected[i]) < 5e-7);
    // Far outside the cap's transition the stable form neither overflows nor loses the cap.
    QCOMPARE(trend::logisticValue(10.0, 800.0), 10.0);
    QCOMPARE(trend::logisticValue(10.0, -800.0), 0.0);
}

void TestTrend::changepointGridMatchesLinspace()
{
    // 100 rows, range 0.8: hist_size 80; R: round(seq(0, 79, length.out = 26))[-1].
    int n = 25;
    const auto idx = trend::changepointIndices(100, 0.8, n);
    const std::vector<std::size_t> expected = {3,  6,  9,  13, 16, 19, 22, 25, 28, 32, 35, 38, 41,
                                               44, 47, 51, 54, 57, 60, 63, 66, 70, 73, 76, 79};
    QCOMPARE(n, 25);
    QCOMPARE(idx, expected);
}

void TestTrend::changepointCountShrinksForShortHistory()
{
    int n = 25;
    QCOMPARE(trend::changepointIndices(10, 0.8, n).size(), std::size_t(7)); // hist_size 8 -> 7
    QCOMPARE(n, 7);
    n = 25;
    QVERIFY(trend::changepointIndices(2, 0.8, n).empty()); // hist_size 1 -> none
    QCOMPARE(n, 0);
    n = 3;
    QCOMPARE(trend::changepointIndices(1000, 0.0, n).size(), std::size_t(0));
}

void TestTrend::changepointGridUsesBankersRounding()
{
    // hist_size 6, n = 2: linspace(0, 5, 3) = [0, 2.5, 5]; numpy rounds 2.5 to 2, not 3.
    int n = 2;
    const auto idx = trend::changepointIndices(6, 1.0, n);
    QCOMPARE(idx, (std::vector<std::size_t>{2, 5}));
}

void TestTrend::initialValues()
{
    const std::vector<double> t = {0.0, 0.5, 1.0};
    const auto lin = trend::initialValues(Growth::Linear, t, {0.2, 0.9, 0.8}, {});
    QVERIFY(std::abs(lin.k - 0.6) < 1e-15);
    QVERIFY(std::abs(lin.m - 0.2) < 1e-15);
    const auto flat = trend::initialValues(Growth::Flat, t, {0.2, 0.9, 0.7}, {});
    QCOMPARE(flat.k, 0.0);
    QVERIFY(std::abs(flat.m - 0.6) < 1e-15);
    // Logistic, cap 1: r0 = 5, r1 = 1.25; L0 = ln 4, L1 = ln 0.25; k = ln 16, m = 1/2.
    const auto logi = trend::initialValues(Growth::Logistic, t, {0.2, 0.5, 0.8}, {1.0, 1.0, 1.0});
    QVERIFY(std::abs(logi.k - std::log(16.0)) < 1e-12);
    QVERIFY(std::abs(logi.m - 0.5) < 1e-12);
}

QTEST_GUILESS_MAIN(TestTrend)
#include "TestTrend.moc"
