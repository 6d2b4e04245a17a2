#include "forecast/MapSolver.h"

#include <cmath>
#include <vector>

namespace bakery::forecast {
namespace {

constexpr double kSigma2Floor = 1e-20; // scaled units: sigma 1e-10 of the largest |y|

double sgn(double v)
{
    return v > 0 ? 1.0 : (v < 0 ? -1.0 : 0.0);
}

// The quadratic's minimiser on the active set. More active changepoints than the data can
// separate (short series, large tau) make the system singular: then the minimum-norm
// solution, instead of the huge values a plain LDLT would return.
Eigen::VectorXd solveActive(const Eigen::MatrixXd& q, const Eigen::VectorXd& rhs)
{
    const Eigen::LDLT<Eigen::MatrixXd> ldlt(q);
    if (ldlt.info() == Eigen::Success && ldlt.isPositive()) {
        const Eigen::VectorXd x = ldlt.solve(rhs);
        const double scale = q.diagonal().cwiseAbs().maxCoeff() * x.lpNorm<Eigen::Infinity>() +
                             rhs.lpNorm<Eigen::Infinity>();
        if (x.allFinite() && (q * x - rhs).lpNorm<Eigen::Infinity>() <= 1e-9 * scale)
            return x;
    }
    Eigen::CompleteOrthogonalDecomposition<Eigen::MatrixXd> cod(q);
    cod.setThreshold(1e-12);
    return cod.solve(rhs);
}

double lassoValue(const Eigen::MatrixXd& Q, const Eigen::VectorXd& c, const Eigen::VectorXd& lambda,
                  const Eigen::VectorXd& x)
{
    return 0.5 * x.dot(Q * x) - c.dot(x) + lambda.dot(x.cwiseAbs());
}

} // namespace

int solveLasso(const Eigen::MatrixXd& Q, const Eigen::VectorXd& c, const Eigen::VectorXd& lambda,
               Eigen::VectorXd& x, int maxSteps)
{
    const Eigen::Index p = x.size();
    const double tol = 1e-11 * (1.0 + c.lpNorm<Eigen::Infinity>());
    std::vector<bool> active(static_cast<std::size_t>(p));
    Eigen::VectorXd sign(p);
    for (Eigen::Index j = 0; j < p; ++j) {
        active[static_cast<std::size_t>(j)] = lambda(j) == 0.0 || x(j) != 0.0;
        sign(j) = lambda(j) == 0.0 ? 0.0 : sgn(x(j));
    }
    for (int step = 0; step < maxSteps; ++step) {
        const Eigen::VectorXd grad = Q * x - c;
        bool activeOptimal = true;
        for (Eigen::Index j = 0; j < p && activeOptimal; ++j)
            if (active[static_cast<std::size_t>(j)])
                activeOptimal = std::abs(grad(j) + lambda(j) * sign(j)) <= tol;
        if (activeOptimal) {
            // Most violated zero coefficient enters with the sign that lowers the objective.
            Eigen::Index best = -1;
            double worst = tol;
            for (Eigen::Index j = 0; j < p; ++j) {
                if (active[static_cast<std::size_t>(j)])
                    continue;
                const double violation = std::abs(grad(j)) - lambda(j);
                if (violation > worst) {
                    worst = violation;
                    best = j;
                }
            }
            if (best < 0)
                return step;
            active[static_cast<std::size_t>(best)] = true;
            sign(best) = -sgn(grad(best));
        }
        // Feature-sign step: the quadratic's minimum on the active set with fixed signs.
        std::vector<Eigen::Index> idx;
        for (Eigen::Index j = 0; j < p; ++j)
            if (active[static_cast<std::size_t>(j)])
                idx.push_back(j);
        const auto n = static_cast<Eigen::Index>(idx.size());
        Eigen::MatrixXd qa(n, n);
        Eigen::VectorXd rhs(n);
        for (Eigen::Index a = 0; a < n; ++a) {
            rhs(a) = c(idx[a]) - lambda(idx[a]) * sign(idx[a]);
            for (Eigen::Index b = 0; b < n; ++b)
                qa(a, b) = Q(idx[a], idx[b]);
        }
        const Eigen::VectorXd target = solveActive(qa, rhs);
        Eigen::VectorXd proposal = x;
        for (Eigen::Index a = 0; a < n; ++a)
            proposal(idx[a]) = target(a);
        // Line search over the proposal and every point where an L1 coefficient hits zero.
        Eigen::VectorXd bestX = proposal;
        double bestF = lassoValue(Q, c, lambda, proposal);
        for (Eigen::Index a = 0; a < n; ++a) {
            const Eigen::Index j = idx[a];
            if (lambda(j) == 0.0 || x(j) == 0.0 || sgn(proposal(j)) == sgn(x(j)))
                continue;
            const double alpha = x(j) / (x(j) - proposal(j));
            Eigen::VectorXd candidate = x + alpha * (proposal - x);
            candidate(j) = 0.0;
            const double f = lassoValue(Q, c, lambda, candidate);
            if (f < bestF) {
                bestF = f;
                bestX = candidate;
            }
        }
        if (bestF > lassoValue(Q, c, lambda, x) + 1e-14 * (1.0 + std::abs(bestF)))
            return step; // no descent left: x is optimal to rounding
        x = bestX;
        for (Eigen::Index j = 0; j < p; ++j) {
            if (lambda(j) == 0.0)
                continue;
            active[static_cast<std::size_t>(j)] = x(j) != 0.0;
            sign(j) = sgn(x(j));
        }
    }
    return -1;
}

MapSolution solveExactMap(const ObjectiveData& d)
{
    const Eigen::Index T = d.rows();
    const Eigen::Index S = d.changepoints();
    const Eigen::Index K = d.features();
    const bool linear = d.growth == Growth::Linear;
    // Design columns: [t, 1, hinge(t - s_j), X] for linear, [1, X] for flat (k = delta = 0).
    const Eigen::Index trendCols = linear ? 2 + S : 1;
    const Eigen::Index p = trendCols + K;
    Eigen::MatrixXd D(T, p);
    Eigen::VectorXd priorPrecision = Eigen::VectorXd::Zero(p);
    Eigen::VectorXd l1 = Eigen::VectorXd::Zero(p);
    if (linear) {
        D.col(0) = d.t;
        D.col(1).setOnes();
        for (Eigen::Index j = 0; j < S; ++j)
            D.col(2 + j) = (d.t.array() - d.s(j)).max(0.0).matrix();
        priorPrecision(0) = priorPrecision(1) = 1.0 / 25.0;
        l1.segment(2, S).setConstant(1.0 / d.tau);
    } else {
        D.col(0).setOnes();
        priorPrecision(0) = 1.0 / 25.0;
    }
    D.rightCols(K) = d.X;
    priorPrecision.tail(K) = d.sigmas.array().square().inverse().matrix();

    Eigen::MatrixXd gram = Eigen::MatrixXd::Zero(p, p);
    gram.selfadjointView<Eigen::Lower>().rankUpdate(D.transpose());
    gram.triangularView<Eigen::Upper>() = gram.transpose();
    const Eigen::VectorXd dty = D.transpose() * d.y;
    const double yty = d.y.squaredNorm();
    const double rows = static_cast<double>(T);

    MapSolution sol;
    Eigen::VectorXd theta = Eigen::VectorXd::Zero(p);
    double sigma2 = 1.0;
    for (int round = 0; round < 500; ++round) {
        // Objective times sigma^2: 0.5 theta'(G + sigma^2 P)theta - D'y theta + sigma^2 |.|/tau.
        Eigen::MatrixXd q = gram;
        q.diagonal() += sigma2 * priorPrecision;
        const int steps = solveLasso(q, dty, sigma2 * l1, theta);
        sol.iterations += std::max(steps, 0);
        double rss = yty - 2.0 * dty.dot(theta) + theta.dot(gram * theta);
        if (rss < 1e-6 * yty) // the Gram form cancels catastrophically near a perfect fit
            rss = (d.y - D * theta).squaredNorm();
        // A model that can interpolate the data (T <= p) drives sigma to 0 with an unbounded
        // objective, as in Prophet; stop at a floor far below any real noise level.
        const double next =
            std::max((-rows + std::sqrt(rows * rows + 16.0 * rss)) / 8.0, kSigma2Floor);
        const bool settled = std::abs(next - sigma2) <= 1e-13 * sigma2 || next == kSigma2Floor;
        sigma2 = next;
        if (settled && steps >= 0) {
            sol.converged = true;
            break;
        }
    }
    // sigma's exact optimum for the final theta, from the residuals themselves.
    const double rss = (d.y - D * theta).squaredNorm();
    sigma2 = std::max((-rows + std::sqrt(rows * rows + 16.0 * rss)) / 8.0, kSigma2Floor);
    sol.x = Eigen::VectorXd::Zero(d.packedSize());
    if (linear) {
        sol.x.head(2 + S) = theta.head(2 + S);
    } else {
        sol.x(1) = theta(0);
    }
    sol.x.segment(2 + S, K) = theta.tail(K);
    sol.x(sol.x.size() - 1) = 0.5 * std::log(sigma2);
    sol.objective = negLogPosterior(d, sol.x);
    return sol;
}

} // namespace bakery::forecast
