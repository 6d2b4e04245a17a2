#pragma once
// General MAP fit (logistic growth, multiplicative terms): Ceres' L-BFGS on the
// full objective with Stan's settings (history 5, tight tolerances), started from
// Prophet's initial values, as Prophet's own optimiser does.

#include "forecast/Objective.h"

#include <QString>

namespace bakery::forecast {

constexpr int kMaxIterationsPerStage = 3000;
constexpr double kMaxSeconds = 5.0; ///< wall-time cap of one fit on this path

struct LbfgsResult
{
    Eigen::VectorXd x;
    double objective = 0.0;
    int iterations = 0;
    bool converged = false;
    QString message;
};

LbfgsResult solveLbfgs(const ObjectiveData& data, const Eigen::VectorXd& start);

} // namespace bakery::forecast
