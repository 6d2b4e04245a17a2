#include "forecast/LbfgsSolver.h"

// Ceres stays in this one translation unit: its headers are slow and define glog macros.
#include <ceres/ceres.h>

#include <cmath>

namespace bakery::forecast {
namespace {

class NegLogPosterior final : public ceres::FirstOrderFunction
{
public:
    explicit NegLogPosterior(const ObjectiveData& data) : m_data(data) {}

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
    LbfgsResult result;
    result.x = start;
    ceres::GradientProblem problem(new NegLogPosterior(data));
    ceres::GradientProblemSolver::Options options;
    options.line_search_direction_type = ceres::LBFGS;
    options.max_lbfgs_rank = 5;
    options.use_approximate_eigenvalue_bfgs_scaling = true;
    options.max_num_iterations = 10000;
    options.function_tolerance = 2.2e-12;
    options.gradient_tolerance = 1e-10;
    options.parameter_tolerance = 1e-12;
    options.logging_type = ceres::SILENT;
    ceres::GradientProblemSolver::Summary summary;
    ceres::Solve(options, problem, result.x.data(), &summary);
    result.objective = summary.final_cost;
    result.iterations = static_cast<int>(summary.iterations.size());
    result.converged = summary.termination_type == ceres::CONVERGENCE;
    result.message = QString::fromStdString(summary.message);
    return result;
}

} // namespace bakery::forecast
