// The random stream and the interval machinery, against closed forms and against
// brute-force sampling.
#include "forecast/Random.h"
#include "forecast/Uncertainty.h"

#include <QtTest>

#include <algorithm>
#include <cmath>

using namespace bakery::forecast;

class TestUncertainty : public QObject
{
    Q_OBJECT

private slots:
    void percentileIsNumpyLinear();
    void inverseNormalCdfKnownValues();
    void randomMoments();
    void directQuantilesMatchBruteForce();
    void directQuantilesForFewSamplesAndNarrowWidths();
};

void TestUncertainty::percentileIsNumpyLinear()
{
    // numpy.percentile([1..10], q): rank q/100 * 9, linear between neighbours.
    std::vector<double> v = {7, 3, 9, 1, 10, 5, 2, 8, 4, 6};
    QCOMPARE(percentile(v, 50.0), 5.5);
    QCOMPARE(percentile(v, 2.5), 1.225);
    QCOMPARE(percentile(v, 97.5), 9.775);
    QCOMPARE(percentile(v, 100.0), 10.0);
    std::vector<double> big(1000);
    for (int i = 0; i < 1000; ++i)
        big[static_cast<std::size_t>(i)] = (i * 7919) % 1000; // a permutation of 0..999
    QVERIFY(std::abs(percentile(big, 2.5) - 24.975) < 1e-12);
    QVERIFY(std::abs(percentile(big, 97.5) - 974.025) < 1e-12);
}

void TestUncertainty::inverseNormalCdfKnownValues()
{
    // Reference values: R's qnorm().
    QVERIFY(std::abs(inverseNormalCdf(0.975) - 1.959963984540054) < 1e-8);
    QVERIFY(std::abs(inverseNormalCdf(0.025) + 1.959963984540054) < 1e-8);
    QVERIFY(std::abs(inverseNormalCdf(0.001) + 3.090232306167813) < 1e-8);
    QVERIFY(std::abs(inverseNormalCdf(0.3) + 0.5244005127080407) < 1e-8);
    QCOMPARE(inverseNormalCdf(0.5), 0.0);
}

void TestUncertainty::randomMoments()
{
    Random rng(11);
    const int n = 400000;
    double sum = 0, sum2 = 0, lap = 0, gam = 0, uni = 0;
    for (int i = 0; i < n; ++i) {
        const double z = rng.normal();
        sum += z;
        sum2 += z * z;
        lap += std::abs(rng.laplace(0.3));
        gam += rng.gamma(2.5);
        uni += rng.uniform();
    }
    // Tolerances are about 5 standard errors.
    QVERIFY(std::abs(sum / n) < 0.008);
    QVERIFY(std::abs(sum2 / n - 1.0) < 0.012);
    QVERIFY(std::abs(lap / n - 0.3) < 0.003); // E|Laplace(0, b)| = b
    QVERIFY(std::abs(gam / n - 2.5) < 0.013); // E Gamma(a, 1) = a
    QVERIFY(std::abs(uni / n - 0.5) < 0.003);
    Random a(5), b(5);
    QCOMPARE(a.next(), b.next()); // same seed, same stream
}

void TestUncertainty::directQuantilesMatchBruteForce()
{
    // The 2.5 % / 97.5 % quantiles of 1000 N(0,1) draws, sampled directly and by brute
    // force, have the same distribution: compare mean and spread over 3000 replicates.
    Random direct(1), brute(2);
    const int reps = 3000;
    double dLow = 0, dLow2 = 0, bLow = 0, bLow2 = 0, dHigh = 0, bHigh = 0;
    std::vector<double> draws(1000);
    for (int r = 0; r < reps; ++r) {
        const auto [lo, hi] = normalSampleQuantiles(direct, 1000, 2.5, 97.5);
        dLow += lo;
        dLow2 += lo * lo;
        dHigh += hi;
        for (double& x : draws)
            x = brute.normal();
        const double blo = percentile(draws, 2.5);
        bLow += blo;
        bLow2 += blo * blo;
        bHigh += percentile(draws, 97.5);
    }
    const double dMean = dLow / reps, bMean = bLow / reps;
    const double dSd = std::sqrt(dLow2 / reps - dMean * dMean),
                 bSd = std::sqrt(bLow2 / reps - bMean * bMean);
    // The quantile estimate's sd is about 0.085; 5 standard errors of the mean: 0.011.
    QVERIFY2(std::abs(dMean - bMean) < 0.011,
             qPrintable(QStringLiteral("%1 vs %2").arg(dMean).arg(bMean)));
    QVERIFY(std::abs(dMean + 1.96) < 0.02);
    QVERIFY(std::abs(dHigh / reps - bHigh / reps) < 0.011);
    QVERIFY2(std::abs(dSd / bSd - 1.0) < 0.1,
             qPrintable(QStringLiteral("%1 vs %2").arg(dSd).arg(bSd)));
}

void TestUncertainty::directQuantilesForFewSamplesAndNarrowWidths()
{
    // Ranks that coincide (2 samples, or a width below 1 / (n - 1)) must still give
    // ordered, finite bounds.
    Random rng(3);
    for (int n : {1, 2, 3, 10, 1000}) {
        for (double width : {0.0004, 0.01, 0.5, 0.95, 0.999}) {
            const double lo = 100.0 * (1.0 - width) / 2.0, hi = 100.0 * (1.0 + width) / 2.0;
            const auto [a, b] = normalSampleQuantiles(rng, n, lo, hi);
            QVERIFY2(
                std::isfinite(a) && std::isfinite(b) && a <= b,
                qPrintable(QStringLiteral("n %1 width %2: %3 %4").arg(n).arg(width).arg(a).arg(b)));
        }
    }
}

QTEST_GUILESS_MAIN(TestUncertainty)
#include "TestUncertainty.moc"
