// The negative log-posterior: closed-form values, analytic gradients against finite
// differences, and the optimality conditions of the exact solver's result.
#include "forecast/LbfgsSolver.h"
#include "forecast/MapSolver.h"
#include "forecast/Objective.h"
#include "forecast/Random.h"

#include <QtTest>

#include <cmath>

using namespace bakery::forecast;

namespace {

ObjectiveData makeData(Growth growth, bool multiplicative, int rows = 60)
{
    Random rng(3);
    ObjectiveData d;
    d.growth = growth;
    d.t = Eigen::VectorXd::LinSpaced(rows, 0.0, 1.0);
    d.s = (Eigen::VectorXd(3) << 0.2, 0.45, 0.7).finished();
    d.X.resize(rows, 4);
    for (int i = 0; i < rows; ++i) {
        d.X(i, 0) = std::sin(2 * M_PI * i / 7.0);
        d.X(i, 1) = std::cos(2 * M_PI * i / 7.0);
        d.X(i, 2) = i % 10 == 0 ? 1.0 : 0.0;
        d.X(i, 3) = rng.normal();
    }
    d.sigmas = (Eigen::VectorXd(4) << 10, 10, 3, 1).finished();
    d.sA = (Eigen::VectorXd(4) << 1, 1, 1, multiplicative ? 0 : 1).finished();
    d.sM = Eigen::VectorXd::Ones(4) - d.sA;
    d.cap = Eigen::VectorXd::Constant(rows, 1.2);
    d.y.resize(rows);
    for (int i = 0; i < rows; ++i)
        d.y(i) = 0.3 + 0.5 * d.t(i) + 0.1 * d.X(i, 0) + 0.05 * rng.normal();
    return d;
}

} // namespace

class TestObjective : public QObject
{
    Q_OBJECT

private slots:
    void closedFormAtZero();
    void gradientMatchesFiniteDifferences_data();
    void gradientMatchesFiniteDifferences();
    void exactSolverSatisfiesOptimality();
    void exactSolverBeatsGeneralSolver();
    void lassoKnownSolution();
};

void TestObjective::closedFormAtZero()
{
    // k = m = delta = beta = 0, sigma = 1: NLP = 2 + sum(y^2) / 2 (every other term vanishes).
    const ObjectiveData d = makeData(Growth::Linear, false);
    const Eigen::VectorXd x = Eigen::VectorXd::Zero(d.packedSize());
    QVERIFY(std::abs(negLogPosterior(d, x) - (2.0 + 0.5 * d.y.squaredNorm())) < 1e-12);
}

void TestObjective::gradientMatchesFiniteDifferences_data()
{
    QTest::addColumn<int>("growth");
    QTest::addColumn<bool>("multiplicative");
    QTest::newRow("linear additive") << int(Growth::Linear) << false;
    QTest::newRow("linear multiplicative") << int(Growth::Linear) << true;
    QTest::newRow("flat") << int(Growth::Flat) << false;
    QTest::newRow("logistic") << int(Growth::Logistic) << false;
    QTest::newRow("logistic multiplicative") << int(Growth::Logistic) << true;
}

void TestObjective::gradientMatchesFiniteDifferences()
{
    QFETCH(int, growth);
    QFETCH(bool, multiplicative);
    const ObjectiveData d = makeData(static_cast<Growth>(growth), multiplicative);
    Eigen::VectorXd x(d.packedSize());
    // Away from delta = 0, where |delta| has its kink; rates stay positive for logistic.
    x << 1.5, 0.3, 0.2, -0.3, 0.25, 0.1, -0.05, 0.2, 0.3, std::log(0.2);
    Eigen::VectorXd grad;
    negLogPosterior(d, x, &grad);
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        const double h = 1e-6 * std::max(1.0, std::abs(x(i)));
        Eigen::VectorXd up = x, down = x;
        up(i) += h;
        down(i) -= h;
        const double numeric = (negLogPosterior(d, up) - negLogPosterior(d, down)) / (2 * h);
        QVERIFY2(std::abs(numeric - grad(i)) <= 1e-5 * std::max(1.0, std::abs(numeric)),
                 qPrintable(QStringLiteral("component %1: analytic %2, numeric %3")
                                .arg(i)
                                .arg(grad(i))
                                .arg(numeric)));
    }
}

void TestObjective::exactSolverSatisfiesOptimality()
{
    const ObjectiveData d = makeData(Growth::Linear, false, 200);
    const MapSolution sol = solveExactMap(d);
    QVERIFY(sol.converged);
    Eigen::VectorXd grad;
    negLogPosterior(d, sol.x, &grad);
    const Eigen::Index S = d.changepoints();
    // Smooth coordinates: zero gradient. Changepoints: subgradient condition of |delta|/tau.
    for (Eigen::Index i = 0; i < grad.size(); ++i) {
        const bool isDelta = i >= 2 && i < 2 + S;
        if (isDelta && sol.x(i) == 0.0) {
            QVERIFY(std::abs(grad(i)) <= 1.0 / d.tau + 1e-6);
        } else {
            QVERIFY2(std::abs(grad(i)) < 1e-6,
                     qPrintable(QStringLiteral("component %1: %2").arg(i).arg(grad(i))));
        }
    }
    // sigma's closed form: 4 sigma^4 + T sigma^2 - RSS = 0.
    const ModelParameters p = unpack(d, sol.x);
    const Eigen::VectorXd mu =
        trendOf(d, sol.x) + d.X * Eigen::Map<const Eigen::VectorXd>(p.beta.data(), 4);
    const double rss = (d.y - mu).squaredNorm();
    const double s2 = p.sigmaObs * p.sigmaObs;
    QVERIFY(std::abs(4 * s2 * s2 + d.rows() * s2 - rss) < 1e-10 * rss);
}

void TestObjective::exactSolverBeatsGeneralSolver()
{
    const ObjectiveData d = makeData(Growth::Linear, false, 200);
    const MapSolution exact = solveExactMap(d);
    Eigen::VectorXd start = Eigen::VectorXd::Zero(d.packedSize());
    const LbfgsResult lbfgs = solveLbfgs(d, start);
    QVERIFY(exact.objective <= lbfgs.objective + 1e-9);
    QVERIFY2(std::abs(exact.objective - lbfgs.objective) < 1e-4,
             qPrintable(QStringLiteral("exact %1 lbfgs %2 (%3 it, %4)")
                            .arg(exact.objective, 0, 'g', 12)
                            .arg(lbfgs.objective, 0, 'g', 12)
                            .arg(lbfgs.iterations)
                            .arg(lbfgs.message)));
}

void TestObjective::lassoKnownSolution()
{
    // Orthogonal design: x_j = soft-threshold(c_j, lambda_j) / Q_jj.
    const Eigen::MatrixXd Q = Eigen::Vector3d(2.0, 4.0, 1.0).asDiagonal();
    const Eigen::Vector3d c(3.0, -1.0, 0.5);
    const Eigen::Vector3d lambda(1.0, 2.0, 0.0);
    Eigen::VectorXd x = Eigen::VectorXd::Zero(3);
    QVERIFY(solveLasso(Q, c, lambda, x) >= 0);
    QVERIFY(std::abs(x(0) - 1.0) < 1e-14);
    QCOMPARE(x(1), 0.0);
    QVERIFY(std::abs(x(2) - 0.5) < 1e-14);
}

QTEST_GUILESS_MAIN(TestObjective)
#include "TestObjective.moc"
