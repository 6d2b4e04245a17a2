#include "forecast/LbfgsSolver.h"

// Ceres stays in this one translation unit: its headers are slow and define glog macros.
#include <ceres/ceres.h>

#include <QElapsedTimer>

#include <cmath>

namespace bakery::forecast {
namespace {

class NegLogPosterior final : public ceres::FirstOrderFunction
{
public:
    explicit NegLogPosterior(const ObjectiveData& data)
        : m_data(data)
    {
    }

    bool Evaluate(const double* parameters, double* cost, double* gradient) const override
    {
        const Eigen::Map<const Eigen::VectorXd> x(parameters, m_data.packedSize());
        Eigen::VectorXd grad;
        *cost = negLogPosterior(m_data, Eigen::VectorXd(x), gradient ? &grad : nullptr);
        if (gradient)
            Eigen::Map<Eigen::VectorXd>(gradient, m_data.packedSize()) = grad;
        return std::isfinite(*cost);
    }
    int NumParameters() const override { return static_cast<int>(m_data.packedSize()); }

private:
    const ObjectiveData& m_data;
};

// Variable projection for additive models: for given trend parameters (k, m, delta) the
// objective is a ridge problem in beta with a closed-form sigma, so L-BFGS only walks the
// 2 + S trend parameters. By the envelope theorem the gradient is the full objective's
// trend gradient at the profiled beta and sigma.
class ProfiledNegLogPosterior final : public ceres::FirstOrderFunction
{
public:
    explicit ProfiledNegLogPosterior(const ObjectiveData& data)
        : m_data(data)
        , m_gram(data.X.transpose() * data.X)
        , m_precision(data.sigmas.array().square().inverse().matrix())
    {
    }

    /// The full packed vector (trend, profiled beta, profiled ln sigma) for trend parameters.
    Eigen::VectorXd expand(const Eigen::VectorXd& trend) const
    {
        const Eigen::Index S = m_data.changepoints(), K = m_data.features();
        Eigen::VectorXd x = Eigen::VectorXd::Zero(m_data.packedSize());
        x.head(2 + S) = trend;
        const Eigen::VectorXd r0 = m_data.y - trendOf(m_data, x);
        const Eigen::VectorXd b = m_data.X.transpose() * r0;
        const double r0r0 = r0.squaredNorm();
        const double rows = static_cast<double>(m_data.rows());
        // Warm start from the last evaluation: successive points are close.
        double sigma2 = m_lastSigma2 > 0 ? m_lastSigma2 : std::max(r0r0 / rows, 1e-20);
        Eigen::VectorXd beta = Eigen::VectorXd::Zero(K);
        for (int round = 0; round < 100; ++round) {
            Eigen::MatrixXd m = m_gram;
            m.diagonal() += sigma2 * m_precision;
            beta = m.llt().solve(b);
            // RSS from the Gram matrix (K^2, not T K), exact residuals only near a perfect fit.
            double rss = r0r0 - 2.0 * b.dot(beta) + beta.dot(m_gram * beta);
            if (rss < 1e-6 * r0r0)
                rss = (r0 - m_data.X * beta).squaredNorm();
            const double next =
                std::max((-rows + std::sqrt(rows * rows + 16.0 * rss)) / 8.0, 1e-20);
            const bool settled = std::abs(next - sigma2) <= 1e-12 * sigma2;
            sigma2 = next;
            if (settled)
                break;
        }
        m_lastSigma2 = sigma2;
        x.segment(2 + S, K) = beta;
        x(x.size() - 1) = 0.5 * std::log(sigma2);
        return x;
    }

    bool Evaluate(const double* parameters, double* cost, double* gradient) const override
    {
        const Eigen::Index n = 2 + m_data.changepoints();
        const Eigen::VectorXd x = expand(Eigen::Map<const Eigen::VectorXd>(parameters, n));
        Eigen::VectorXd grad;
        *cost = negLogPosterior(m_data, x, gradient ? &grad : nullptr);
        if (gradient)
            Eigen::Map<Eigen::VectorXd>(gradient, n) = grad.head(n);
        return std::isfinite(*cost);
    }
    int NumParameters() const override { return static_cast<int>(2 + m_data.changepoints()); }

private:
    const ObjectiveData& m_data;
    Eigen::MatrixXd m_gram;
    Eigen::VectorXd m_precision;
    mutable double m_lastSigma2 = 0.0; ///< warm start; Ceres evaluates from one thread
};

} // namespace

LbfgsResult solveLbfgs(const ObjectiveData& data, const Eigen::VectorXd& start)
{
    // Ceres reports line-search corner cases as glog warnings on stderr; the summary
    // carries what we need, so keep the user's terminal quiet.
    static const bool quiet = [] {
        FLAGS_minloglevel = google::GLOG_ERROR;
        return true;
    }();
    Q_UNUSED(quiet);
    // Continuation on a smoothed |delta|: L-BFGS stalls on the kink of the Laplace prior
    // (a zero step once the line search cannot descend), so each stage solves a smooth
    // problem from the previous stage's optimum; the last stage is the exact objective.
    LbfgsResult result;
    ObjectiveData stage = data;
    // Additive models walk only the trend parameters (variable projection); others all.
    const bool profiled = data.allAdditive();
    const Eigen::Index n = profiled ? 2 + data.changepoints() : data.packedSize();
    Eigen::VectorXd x = start.head(n);
    ceres::GradientProblemSolver::Options options;
    options.line_search_direction_type = ceres::LBFGS;
    options.max_lbfgs_rank = 5; // Stan's history size
    options.use_approximate_eigenvalue_bfgs_scaling = true;
    options.max_num_iterations = kMaxIterationsPerStage;
    options.function_tolerance = 2.2e-12; // Stan: tol_rel_obj 1e4 x machine epsilon
    options.gradient_tolerance = 1e-8;    // Stan: tol_grad
    options.parameter_tolerance = 1e-10;
    options.logging_type = ceres::SILENT;
    QElapsedTimer clock;
    clock.start();
    Eigen::VectorXd best = start;
    double bestObjective = negLogPosterior(data, start);
    bool stopped = false;
    for (double eps : {1e-4, 1e-7, 0.0}) {
        const double left = kMaxSeconds - static_cast<double>(clock.elapsed()) / 1000.0;
        if (left <= 0.0) {
            stopped = true;
            break;
        }
        options.max_solver_time_in_seconds = left;
        stage.l1Smoothing = eps;
        auto* function =
            profiled ? static_cast<ceres::FirstOrderFunction*>(new ProfiledNegLogPosterior(stage))
                     : new NegLogPosterior(stage);
        ceres::GradientProblem problem(function);
        ceres::GradientProblemSolver::Summary summary;
        ceres::Solve(options, problem, x.data(), &summary);
        result.iterations += static_cast<int>(summary.iterations.size());
        stopped = stopped || summary.termination_type == ceres::NO_CONVERGENCE;
        const Eigen::VectorXd full = profiled ? ProfiledNegLogPosterior(data).expand(x) : x;
        const double exact = negLogPosterior(data, full);
        if (std::isfinite(exact) && exact < bestObjective) {
            bestObjective = exact;
            best = full;
        }
    }
    result.converged = !stopped;
    if (stopped)
        result.message =
            QStringLiteral("L-BFGS stopped at its limit (%1 iterations or %2 s) before converging; "
                           "the best point found is used")
                .arg(kMaxIterationsPerStage)
                .arg(kMaxSeconds);
    result.x = best;
    result.objective = bestObjective;
    return result;
}

} // namespace bakery::forecast
