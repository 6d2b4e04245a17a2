// Rolling-origin cross-validation: Prophet's cutoffs, fold contents, and metrics.
#include "evaluation/CrossValidation.h"
#include "forecast/Random.h"

#include <QtTest>

#include <cmath>
#include <set>

using namespace bakery;

namespace {

forecast::SeriesFrame series(int days)
{
    forecast::Random rng(21);
    forecast::SeriesFrame s;
    for (int i = 0; i < days; ++i) {
        const double ds = 18000.0 + i;
        s.ds.push_back(ds);
        s.y.push_back(20 + 0.05 * i + 4 * std::sin(2 * M_PI * ds / 7) + rng.normal());
    }
    return s;
}

} // namespace

class TestCrossValidation : public QObject
{
    Q_OBJECT

private slots:
    void foldsFollowProphetsCutoffs();
    void tooShortForHorizon();
};

void TestCrossValidation::foldsFollowProphetsCutoffs()
{
    forecast::ModelConfig config;
    config.uncertaintySamples = 200;
    const forecast::SeriesFrame s = series(200);
    // horizon 28, period 14 (default horizon / 2), initial 84 (default 3 x horizon > 7).
    const auto cv = evaluation::crossValidate(config, s, 28.0);
    QVERIFY2(cv.ok(), qPrintable(cv.error));
    // Backwards from last - horizon = day 171 in steps of 14 while >= first + 84:
    // 171, 157, 143, 129, 115, 101, 87 (the last generated, 73, is dropped).
    std::vector<double> expected;
    for (double c : {87.0, 101.0, 115.0, 129.0, 143.0, 157.0, 171.0})
        expected.push_back(18000.0 + c);
    QCOMPARE(cv.cutoffs, expected);
    QCOMPARE(cv.rows.size(), std::size_t(7 * 28));
    std::set<double> cutoffsSeen;
    for (const evaluation::CvRow& r : cv.rows) {
        QVERIFY(r.ds > r.cutoff && r.ds <= r.cutoff + 28.0);
        QVERIFY(std::isfinite(r.yhat) && r.lower <= r.yhat && r.yhat <= r.upper);
        cutoffsSeen.insert(r.cutoff);
    }
    QCOMPARE(cutoffsSeen.size(), std::size_t(7));
    const auto perf = evaluation::performanceMetrics(cv.rows);
    QVERIFY(!perf.empty());
    for (const auto& p : perf)
        QVERIFY(p.mae > 0.3 && p.mae < 3.0); // noise sd 1: MAE near 0.8 on a well-specified model
}

void TestCrossValidation::tooShortForHorizon()
{
    const auto cv = evaluation::crossValidate(forecast::ModelConfig{}, series(20), 28.0);
    QVERIFY(!cv.ok());
    QVERIFY(cv.error.contains(QStringLiteral("horizon")));
}

QTEST_GUILESS_MAIN(TestCrossValidation)
#include "TestCrossValidation.moc"
