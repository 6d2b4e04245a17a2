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
    result.x = start;
    ObjectiveData stage = data;
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
        ceres::GradientProblem problem(new NegLogPosterior(stage));
        ceres::GradientProblemSolver::Summary summary;
        ceres::Solve(options, problem, result.x.data(), &summary);
        result.iterations += static_cast<int>(summary.iterations.size());
        stopped = stopped || summary.termination_type == ceres::NO_CONVERGENCE;
        const double exact = negLogPosterior(data, result.x);
        if (std::isfinite(exact) && exact < bestObjective) {
            bestObjective = exact;
            best = result.x;
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
