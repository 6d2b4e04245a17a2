#pragma once
// Fitted parameters in Prophet's scaled units (spec section 6): trend rate k,
// offset m, rate changes delta (one per changepoint), noise sigma_obs, and one
// beta per feature column.

#include <QString>

#include <vector>

namespace bakery::forecast {

struct ModelParameters
{
    double k = 0.0;
    double m = 0.0;
    std::vector<double> delta;
    double sigmaObs = 1.0;
    std::vector<double> beta;
};

/// How a fit ended: which optimiser ran, its final objective and whether it converged.
struct FitResult
{
    enum class Solver { ShortCircuit, ExactLasso, Lbfgs };
    bool ok = false;
    bool inputError = false; ///< failed on the data or settings, not in the optimiser
    Solver solver = Solver::ExactLasso;
    int iterations = 0;
    double objective = 0.0; ///< negative log-posterior at the optimum (spec section 6.2)
    QString message;        ///< why the fit failed, or notes (e.g. "n_changepoints reduced to 12")
};

} // namespace bakery::forecast
