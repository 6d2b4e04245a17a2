// The model end to end on synthetic series with known truth, and Prophet's edge cases.
#include "forecast/FittedState.h"
#include "forecast/ForecastModel.h"
#include "forecast/LbfgsSolver.h"
#include "forecast/Random.h"
#include "forecast/TrainingData.h"

#include <QtTest>

#include <cmath>

using namespace bakery::forecast;

namespace {

constexpr double kStart = 19000.0; // 2022-01-08, days since epoch

// y = level + slope * day + weekly(day) + noise, weekly = a sin(2 pi d / 7) + b cos(...).
SeriesFrame linearWeekly(int days, double level, double slope, double a, double b, double noise,
                         std::uint64_t seed = 1)
{
    Random rng(seed);
    SeriesFrame s;
    for (int i = 0; i < days; ++i) {
        const double ds = kStart + i;
        s.ds.push_back(ds);
        s.y.push_back(level + slope * i + a * std::sin(2 * M_PI * ds / 7) +
                      b * std::cos(2 * M_PI * ds / 7) + noise * rng.normal());
    }
    return s;
}

ModelConfig plainConfig()
{
    ModelConfig c;
    c.weekly = SeasonalityToggle::on(1);
    c.uncertaintySamples = 0;
    return c;
}

} // namespace

class TestForecastModel : public QObject
{
    Q_OBJECT

private slots:
    void recoversKnownLinearAndWeekly();
    void recoversTrendBreakAtUserChangepoint();
    void recoversRegressorEffect();
    void multiplicativeSeasonality();
    void logisticGrowthStaysBelowCap();
    void flatTrend();
    void constantSeriesShortCircuits();
    void missingDaysAndNaNRows();
    void shortSeriesReducesChangepoints();
    void shortSeriesWithLooseChangepointPrior();
    void intervalsCoverAndAreReproducible();
    void futureIntervalsWiden();
    void rejectsBadInput();
    void intervalsOfADayDoNotDependOnTheOtherDays();
    void unsortedAndDuplicateDates();
    void minmaxScalingAndLogisticFloor();
    void rejectsBadSettings();
};

void TestForecastModel::recoversKnownLinearAndWeekly()
{
    const SeriesFrame s = linearWeekly(400, 50.0, 0.1, 8.0, -3.0, 0.5);
    ModelConfig c = plainConfig();
    c.nChangepoints = 0;
    ForecastModel model(c);
    const FitResult fit = model.fit(s);
    QVERIFY2(fit.ok, qPrintable(fit.message));
    QCOMPARE(fit.solver, FitResult::Solver::ExactLasso);
    const FittedState& st = model.state();
    // Back to data units: slope per day = k * y_scale / t_scale; sin/cos coefficients * y_scale.
    const ModelParameters& p = model.parameters();
    QVERIFY(std::abs(p.k * st.yScale / st.tScale - 0.1) < 0.002);
    QVERIFY(std::abs(p.m * st.yScale - 50.0 - 0.1 * 0) < 0.3);
    QVERIFY(std::abs(p.beta[0] * st.yScale - 8.0) < 0.1);
    QVERIFY(std::abs(p.beta[1] * st.yScale + 3.0) < 0.1);
    QVERIFY(std::abs(p.sigmaObs * st.yScale - 0.5) < 0.05);
    // The forecast 60 days ahead follows the true line.
    const Forecast f = model.predict(model.makeFutureFrame(60, false));
    QCOMPARE(f.size(), std::size_t(60));
    for (std::size_t i = 0; i < f.size(); ++i) {
        const double d = f.ds[i] - kStart;
        const double truth = 50.0 + 0.1 * d + 8.0 * std::sin(2 * M_PI * f.ds[i] / 7) -
                             3.0 * std::cos(2 * M_PI * f.ds[i] / 7);
        QVERIFY(std::abs(f.yhat[i] - truth) < 0.5);
    }
    QVERIFY(f.component(QStringLiteral("weekly")) != nullptr);
}

void TestForecastModel::recoversTrendBreakAtUserChangepoint()
{
    SeriesFrame s = linearWeekly(300, 20.0, 0.2, 0.0, 0.0, 0.3);
    for (std::size_t i = 150; i < s.size(); ++i)
        s.y[i] -= 0.3 * (static_cast<double>(i) - 150.0); // slope 0.2 -> -0.1 from day 150
    ModelConfig c = plainConfig();
    c.changepoints = {kStart + 150};
    c.changepointPriorScale = 0.5;
    ForecastModel model(c);
    QVERIFY(model.fit(s).ok);
    const FittedState& st = model.state();
    const ModelParameters& p = model.parameters();
    QCOMPARE(st.changepointsT.size(), std::size_t(1));
    QVERIFY(std::abs(p.k * st.yScale / st.tScale - 0.2) < 0.01);
    QVERIFY(std::abs((p.k + p.delta[0]) * st.yScale / st.tScale + 0.1) < 0.01);
}

void TestForecastModel::recoversRegressorEffect()
{
    Random rng(4);
    SeriesFrame s = linearWeekly(200, 30.0, 0.0, 0.0, 0.0, 0.2);
    std::vector<double> temp;
    for (std::size_t i = 0; i < s.size(); ++i) {
        temp.push_back(15.0 + 8.0 * rng.uniform());
        s.y[i] += 1.5 * temp.back();
    }
    s.regressors[QStringLiteral("temperature")] = temp;
    ModelConfig c = plainConfig();
    c.nChangepoints = 0;
    RegressorSpec r;
    r.name = QStringLiteral("temperature");
    c.regressors.push_back(r);
    ForecastModel model(c);
    QVERIFY(model.fit(s).ok);
    const FittedState& st = model.state();
    const RegressorTerm& term = st.layout.regressors.front();
    // Data-unit coefficient: beta * y_scale / sd (spec section 5).
    QVERIFY(std::abs(model.parameters().beta.back() * st.yScale / term.sd - 1.5) < 0.02);
    const Forecast f = model.predict(s);
    const auto* effect = f.component(QStringLiteral("temperature"));
    QVERIFY(effect && f.component(QStringLiteral("extra_regressors_additive")));
    QVERIFY(std::abs((*effect)[0] - 1.5 * (temp[0] - term.mu)) < 0.1);
}

void TestForecastModel::multiplicativeSeasonality()
{
    Random rng(5);
    SeriesFrame s;
    for (int i = 0; i < 300; ++i) {
        const double ds = kStart + i;
        const double trend = 20.0 + 0.2 * i;
        s.ds.push_back(ds);
        s.y.push_back(trend * (1.0 + 0.3 * std::sin(2 * M_PI * ds / 7)) + 0.2 * rng.normal());
    }
    ModelConfig c = plainConfig();
    c.seasonalityMode = Mode::Multiplicative;
    ForecastModel model(c);
    const FitResult fit = model.fit(s);
    QVERIFY2(fit.ok, qPrintable(fit.message));
    QCOMPARE(fit.solver, FitResult::Solver::Lbfgs);
    const Forecast f = model.predict(s);
    double worst = 0.0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const double truth =
            (20.0 + 0.2 * static_cast<double>(i)) * (1.0 + 0.3 * std::sin(2 * M_PI * s.ds[i] / 7));
        worst = std::max(worst, std::abs(f.yhat[i] - truth));
    }
    QVERIFY2(worst < 0.6, qPrintable(QString::number(worst)));
    // The weekly component is a fraction of the trend: amplitude about 0.3.
    const auto* weekly = f.component(QStringLiteral("weekly"));
    QVERIFY(std::abs(*std::max_element(weekly->begin(), weekly->end()) - 0.3) < 0.03);
}

void TestForecastModel::logisticGrowthStaysBelowCap()
{
    Random rng(6);
    SeriesFrame s;
    for (int i = 0; i < 250; ++i) {
        s.ds.push_back(kStart + i);
        s.y.push_back(100.0 / (1.0 + std::exp(-0.04 * (i - 100))) + rng.normal());
        s.cap.push_back(100.0);
    }
    ModelConfig c = plainConfig();
    c.growth = Growth::Logistic;
    c.weekly = SeasonalityToggle::off();
    ForecastModel model(c);
    const FitResult fit = model.fit(s);
    QVERIFY2(fit.ok, qPrintable(fit.message));
    SeriesFrame future = model.makeFutureFrame(200);
    future.cap.assign(future.size(), 100.0);
    const Forecast f = model.predict(future);
    for (std::size_t i = 0; i < f.size(); ++i)
        QVERIFY(f.trend[i] <= 100.0 + 1e-9);
    QVERIFY(std::abs(f.yhat[100] - 50.0) < 2.0);
    QVERIFY(f.yhat.back() > 97.0);
    SeriesFrame noCap = model.makeFutureFrame(5);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model.predict(noCap));
}

void TestForecastModel::flatTrend()
{
    const SeriesFrame s = linearWeekly(120, 40.0, 0.0, 5.0, 0.0, 0.5);
    ModelConfig c = plainConfig();
    c.growth = Growth::Flat;
    ForecastModel model(c);
    QVERIFY(model.fit(s).ok);
    QCOMPARE(model.parameters().k, 0.0);
    const Forecast f = model.predict(model.makeFutureFrame(30, false));
    QVERIFY(std::abs(f.trend.front() - f.trend.back()) < 1e-12);
    QVERIFY(std::abs(f.trend.front() - 40.0) < 0.3);
}

void TestForecastModel::constantSeriesShortCircuits()
{
    for (double level : {0.0, 7.0}) {
        SeriesFrame s;
        for (int i = 0; i < 60; ++i) {
            s.ds.push_back(kStart + i);
            s.y.push_back(level);
        }
        ModelConfig c;
        ForecastModel model(c);
        const FitResult fit = model.fit(s);
        QVERIFY(fit.ok);
        QCOMPARE(fit.solver, FitResult::Solver::ShortCircuit);
        QCOMPARE(model.parameters().sigmaObs, 1e-9);
        const Forecast f = model.predict(model.makeFutureFrame(10));
        for (std::size_t i = 0; i < f.size(); ++i) {
            QVERIFY(std::abs(f.yhat[i] - level) < 1e-12);
            QVERIFY(f.yhatUpper[i] - f.yhatLower[i] < 1e-6);
        }
    }
}

void TestForecastModel::missingDaysAndNaNRows()
{
    SeriesFrame s = linearWeekly(200, 10.0, 0.05, 2.0, 1.0, 0.3);
    // Drop 20 days entirely, blank 10 others with NaN, and put zeros in 5 (sold nothing).
    SeriesFrame gappy;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i >= 60 && i < 80)
            continue;
        gappy.ds.push_back(s.ds[i]);
        gappy.y.push_back(i >= 100 && i < 110 ? NAN : (i >= 150 && i < 155 ? 0.0 : s.y[i]));
    }
    ForecastModel model(plainConfig());
    QVERIFY(model.fit(gappy).ok);
    QCOMPARE(model.state().trainRows, std::size_t(170));
    // History dates keep the NaN rows (make_future_dataframe), not the absent ones.
    const SeriesFrame future = model.makeFutureFrame(7);
    QCOMPARE(future.size(), std::size_t(187));
    const Forecast f = model.predict(future);
    for (double v : f.yhat)
        QVERIFY(std::isfinite(v));
}

void TestForecastModel::shortSeriesReducesChangepoints()
{
    const SeriesFrame s = linearWeekly(30, 10.0, 0.1, 1.0, 0.0, 0.3);
    ForecastModel model(ModelConfig{});
    QVERIFY(model.fit(s).ok);
    QCOMPARE(model.state().nChangepoints, 23); // floor(30 * 0.8) - 1
    SeriesFrame two;
    two.ds = {kStart, kStart + 1};
    two.y = {3.0, 5.0};
    ForecastModel tiny(ModelConfig{});
    QVERIFY(tiny.fit(two).ok);
    QCOMPARE(tiny.state().nChangepoints, 0);
    QCOMPARE(tiny.parameters().delta, std::vector<double>{0.0}); // the dummy, folded into k
}

void TestForecastModel::shortSeriesWithLooseChangepointPrior()
{
    // 20 noisy rows, 15 changepoints free to move (tau 5): the Gram system is singular and
    // sigma collapses toward 0. The fit must still be at least as good as plain L-BFGS.
    Random rng(5);
    SeriesFrame s;
    for (int i = 0; i < 20; ++i) {
        s.ds.push_back(kStart + i);
        s.y.push_back(10 + 5 * std::sin(i) + 3 * rng.normal() + (i > 10 ? 0.3 * i : 0));
    }
    ModelConfig c;
    c.countryHolidays = QStringLiteral("ES");
    c.changepointPriorScale = 5.0;
    ForecastModel model(c);
    const FitResult fit = model.fit(s);
    QVERIFY2(fit.ok, qPrintable(fit.message));
    const ObjectiveData data = objectiveData(c, model.state(), trainingRows(s));
    const LbfgsResult lbfgs = solveLbfgs(data, Eigen::VectorXd::Zero(data.packedSize()));
    QVERIFY2(fit.objective <= lbfgs.objective + 1e-6 * std::abs(lbfgs.objective),
             qPrintable(QStringLiteral("%1 vs %2").arg(fit.objective).arg(lbfgs.objective)));
    for (double v : model.predict(model.makeFutureFrame(14)).yhatUpper)
        QVERIFY(std::isfinite(v));
}

void TestForecastModel::intervalsCoverAndAreReproducible()
{
    const SeriesFrame s = linearWeekly(500, 30.0, 0.02, 4.0, 1.0, 2.0);
    ModelConfig c;
    c.weekly = SeasonalityToggle::on();
    ForecastModel model(c);
    QVERIFY(model.fit(s).ok);
    const Forecast f = model.predict(s);
    int inside = 0;
    for (std::size_t i = 0; i < s.size(); ++i)
        inside += s.y[i] >= f.yhatLower[i] && s.y[i] <= f.yhatUpper[i];
    const double coverage = inside / 500.0;
    QVERIFY2(coverage > 0.92 && coverage < 0.98, qPrintable(QString::number(coverage)));
    const Forecast again = model.predict(s);
    QCOMPARE(again.yhatLower, f.yhatLower);
    QCOMPARE(again.yhatUpper, f.yhatUpper);
    c.seed = 43;
    ForecastModel other(c);
    QVERIFY(other.fit(s).ok);
    QVERIFY(other.predict(s).yhatLower != f.yhatLower);
    QCOMPARE(other.predict(s).yhat, f.yhat);
}

void TestForecastModel::futureIntervalsWiden()
{
    SeriesFrame s = linearWeekly(400, 30.0, 0.05, 3.0, 0.0, 1.0);
    for (std::size_t i = 100; i < 300; ++i)
        s.y[i] += 0.05 * (static_cast<double>(i) - 100.0); // real trend changes: non-zero deltas
    ForecastModel model(ModelConfig{});
    QVERIFY(model.fit(s).ok);
    const Forecast f = model.predict(model.makeFutureFrame(180, false));
    const double near = f.yhatUpper.front() - f.yhatLower.front();
    const double far = f.yhatUpper.back() - f.yhatLower.back();
    QVERIFY2(far > 1.5 * near, qPrintable(QStringLiteral("%1 -> %2").arg(near).arg(far)));
    QVERIFY(f.trendUpper.back() > f.trendLower.back());
}

void TestForecastModel::rejectsBadInput()
{
    ForecastModel model(ModelConfig{});
    SeriesFrame one;
    one.ds = {kStart, kStart + 1};
    one.y = {1.0, NAN};
    QVERIFY(!model.fit(one).ok);
    SeriesFrame sameDay;
    sameDay.ds = {kStart, kStart};
    sameDay.y = {1.0, 2.0};
    QVERIFY(!model.fit(sameDay).ok);
    SeriesFrame inf = linearWeekly(20, 1, 0, 0, 0, 0.1);
    inf.y[3] = INFINITY;
    QVERIFY(!model.fit(inf).ok);
    ModelConfig withRegressor;
    RegressorSpec r;
    r.name = QStringLiteral("rain");
    withRegressor.regressors.push_back(r);
    QVERIFY(ForecastModel(withRegressor)
                .fit(linearWeekly(20, 1, 0, 0, 0, 0.1))
                .message.contains(QStringLiteral("rain")));
    ModelConfig logistic;
    logistic.growth = Growth::Logistic;
    QVERIFY(!ForecastModel(logistic).fit(linearWeekly(20, 1, 0, 0, 0, 0.1)).ok);
    ModelConfig cps;
    cps.changepoints = {kStart - 5};
    QVERIFY(!ForecastModel(cps).fit(linearWeekly(20, 1, 0, 0, 0, 0.1)).ok);
    QVERIFY_THROWS_EXCEPTION(std::logic_error, ForecastModel().predict(one));
}

void TestForecastModel::intervalsOfADayDoNotDependOnTheOtherDays()
{
    const SeriesFrame s = linearWeekly(300, 30.0, 0.02, 4.0, 1.0, 2.0);
    ForecastModel model(ModelConfig{});
    QVERIFY(model.fit(s).ok);
    const Forecast shortRun = model.predict(model.makeFutureFrame(7));
    const Forecast longRun = model.predict(model.makeFutureFrame(60));
    for (std::size_t i = 0; i < shortRun.size(); ++i) {
        QCOMPARE(longRun.ds[i], shortRun.ds[i]);
        QCOMPARE(longRun.yhatLower[i], shortRun.yhatLower[i]);
        QCOMPARE(longRun.yhatUpper[i], shortRun.yhatUpper[i]);
    }
}

void TestForecastModel::unsortedAndDuplicateDates()
{
    const SeriesFrame s = linearWeekly(120, 10.0, 0.05, 2.0, 0.0, 0.5);
    SeriesFrame shuffled;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const std::size_t j = (i * 37) % s.size(); // a permutation (37 and 120 are coprime)
        shuffled.ds.push_back(s.ds[j]);
        shuffled.y.push_back(s.y[j]);
    }
    ForecastModel sorted(plainConfig()), unsorted(plainConfig());
    QVERIFY(sorted.fit(s).ok && unsorted.fit(shuffled).ok);
    QCOMPARE(unsorted.parameters().k, sorted.parameters().k);
    QCOMPARE(unsorted.parameters().beta, sorted.parameters().beta);
    // Duplicate dates are allowed, as in Prophet: two rows of one day are two observations.
    SeriesFrame dup = s;
    dup.ds.push_back(s.ds[10]);
    dup.y.push_back(s.y[10] + 1.0);
    ForecastModel withDup(plainConfig());
    QVERIFY(withDup.fit(dup).ok);
    QCOMPARE(withDup.state().trainRows, s.size() + 1);
}

void TestForecastModel::minmaxScalingAndLogisticFloor()
{
    const SeriesFrame s = linearWeekly(200, 100.0, 0.1, 5.0, 0.0, 1.0);
    ModelConfig minmax = plainConfig();
    minmax.scaling = Scaling::MinMax;
    ForecastModel a(minmax), b(plainConfig());
    QVERIFY(a.fit(s).ok && b.fit(s).ok);
    const auto [lo, hi] = std::minmax_element(s.y.begin(), s.y.end());
    QCOMPARE(a.state().yMin, *lo);
    QCOMPARE(a.state().yScale, *hi - *lo);
    // The same model in other units: both fits follow the data to within its noise (sd 1);
    // they differ slightly because the priors act on differently scaled parameters.
    const Forecast fa = a.predict(s), fb = b.predict(s);
    double gap = 0.0;
    for (std::size_t i = 0; i < s.size(); ++i)
        gap = std::max(gap, std::abs(fa.yhat[i] - fb.yhat[i]));
    QVERIFY2(gap < 0.5, qPrintable(QString::number(gap)));

    // Logistic growth between a floor of 20 and a cap of 120.
    Random rng(8);
    SeriesFrame sat;
    for (int i = 0; i < 250; ++i) {
        sat.ds.push_back(kStart + i);
        sat.y.push_back(20.0 + 100.0 / (1.0 + std::exp(-0.05 * (i - 120))) + rng.normal());
        sat.cap.push_back(120.0);
        sat.floor.push_back(20.0);
    }
    ModelConfig logistic = plainConfig();
    logistic.growth = Growth::Logistic;
    logistic.weekly = SeasonalityToggle::off();
    ForecastModel m(logistic);
    QVERIFY(m.fit(sat).ok);
    QVERIFY(m.state().logisticFloor);
    SeriesFrame future = m.makeFutureFrame(100);
    future.cap.assign(future.size(), 120.0);
    future.floor.assign(future.size(), 20.0);
    const Forecast f = m.predict(future);
    for (double v : f.trend)
        QVERIFY(v >= 20.0 - 1e-9 && v <= 120.0 + 1e-9);
    QVERIFY(std::abs(f.yhat.front() - 20.0) < 3.0);
    future.floor.assign(future.size(), 130.0); // above the cap
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, m.predict(future));
}

void TestForecastModel::rejectsBadSettings()
{
    const SeriesFrame s = linearWeekly(60, 10.0, 0.05, 2.0, 0.0, 0.5);
    ModelConfig range;
    range.changepointRange = 1.5;
    FitResult r = ForecastModel(range).fit(s);
    QVERIFY(!r.ok && r.inputError && r.message.contains(QStringLiteral("changepoint_range")));
    ModelConfig prior;
    prior.seasonalities.push_back({QStringLiteral("monthly"), 0.0, 3, NAN, std::nullopt});
    QVERIFY(!ForecastModel(prior).fit(s).ok);
    ModelConfig holidays;
    holidays.holidays.push_back(
        {QStringLiteral("fiesta"), static_cast<int>(kStart) + 5, 0, 0, 2.0});
    holidays.holidays.push_back(
        {QStringLiteral("fiesta"), static_cast<int>(kStart) + 40, 0, 0, 3.0});
    r = ForecastModel(holidays).fit(s);
    QVERIFY(!r.ok && r.message.contains(QStringLiteral("prior scales")));
    SeriesFrame shortFloor = s;
    shortFloor.floor = {1.0, 2.0};
    QVERIFY(!ForecastModel(ModelConfig{}).fit(shortFloor).ok);
    // A NaN regressor at predict time is refused, not turned into NaN forecasts.
    SeriesFrame withTemp = s;
    withTemp.regressors[QStringLiteral("temp")] = std::vector<double>(s.size(), 20.0);
    withTemp.regressors[QStringLiteral("temp")][3] = 21.0;
    ModelConfig reg = plainConfig();
    reg.regressors.push_back({QStringLiteral("temp"), NAN, Standardize::Auto, std::nullopt});
    ForecastModel model(reg);
    QVERIFY(model.fit(withTemp).ok);
    withTemp.regressors[QStringLiteral("temp")][5] = NAN;
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, model.predict(withTemp));
}

QTEST_GUILESS_MAIN(TestForecastModel)
#include "TestForecastModel.moc"
