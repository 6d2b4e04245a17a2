#pragma once
// Exact MAP fit for the additive model with linear or flat trend. There the mean
// is linear in theta = (k, m, delta, beta), so for a fixed sigma the objective is
// a lasso problem on the Gram matrix D'D (built once, O(T p^2)); it is solved
// exactly by an active-set (feature-sign) method. sigma then has a closed-form
// optimum, 4 sigma^4 + T sigma^2 - RSS = 0, and the two steps alternate until
// sigma stops moving. Each step lowers the objective; the result is the optimum
// that Stan's L-BFGS approaches only to its tolerances.

#include "forecast/Objective.h"

namespace bakery::forecast {

struct MapSolution
{
    Eigen::VectorXd x; ///< packed (k, m, delta, beta, ln sigma)
    double objective = 0.0;
    int iterations = 0; ///< active-set steps over all sigma rounds
    bool converged = false;
};

/// Requires data.allAdditive() and growth Linear or Flat.
MapSolution solveExactMap(const ObjectiveData& data);

/// min 0.5 x'Qx - c'x + sum lambda_j |x_j| by feature-sign search, warm-started from x.
/// Columns with lambda_j = 0 are smooth (always active). Returns the number of steps,
/// or -1 if it did not converge within `maxSteps`.
int solveLasso(const Eigen::MatrixXd& Q, const Eigen::VectorXd& c, const Eigen::VectorXd& lambda,
               Eigen::VectorXd& x, int maxSteps = 1000);

} // namespace bakery::forecast
