#pragma once
// Prophet's negative log-posterior (spec section 6.2), constants dropped, no Jacobian:
//   NLP = k^2/50 + m^2/50 + sum|delta|/tau + 2 sigma^2 + sum beta_j^2 / (2 sigmas_j^2)
//       + T ln sigma + sum (y - mu)^2 / (2 sigma^2)
//   mu  = g(t) * (1 + X_m beta) + X_a beta
// All quantities in scaled units. Used by the solvers and by tests that compare
// optima with Prophet's own parameters.

#include "forecast/ModelConfig.h"
#include "forecast/ModelParameters.h"

#include <Eigen/Dense>

namespace bakery::forecast {

struct ObjectiveData
{
    Growth growth = Growth::Linear;
    Eigen::VectorXd t;      ///< scaled time, T rows
    Eigen::VectorXd y;      ///< scaled y
    Eigen::VectorXd cap;    ///< scaled cap (logistic only)
    Eigen::VectorXd s;      ///< changepoints (scaled), S >= 1 (Prophet's dummy [0] when none)
    Eigen::MatrixXd X;      ///< T x K features
    Eigen::VectorXd sigmas; ///< prior scale per feature column
    Eigen::VectorXd sA, sM; ///< 1 for additive / multiplicative columns
    double tau = 0.05;      ///< changepoint prior scale
    /// > 0: |delta| is replaced by sqrt(delta^2 + eps^2) - eps, a smooth stand-in that
    /// gradient solvers handle well; 0: the exact objective.
    double l1Smoothing = 0.0;

    Eigen::Index rows() const { return t.size(); }
    Eigen::Index changepoints() const { return s.size(); }
    Eigen::Index features() const { return X.cols(); }
    /// Packed parameter vector size: k, m, delta (S), beta (K), ln sigma.
    Eigen::Index packedSize() const { return 3 + changepoints() + features(); }
    bool allAdditive() const { return sM.isZero(); }
};

Eigen::VectorXd pack(const ObjectiveData& data, const ModelParameters& p);
ModelParameters unpack(const ObjectiveData& data, const Eigen::VectorXd& x);

/// The trend g(t) on the data rows for packed parameters.
Eigen::VectorXd trendOf(const ObjectiveData& data, const Eigen::VectorXd& x);

/// NLP at packed x = (k, m, delta, beta, ln sigma); fills `gradient` (same layout) if non-null.
/// d|delta|/d delta at 0 is 0, Stan's convention.
double negLogPosterior(const ObjectiveData& data, const Eigen::VectorXd& x,
                       Eigen::VectorXd* gradient = nullptr);

/// NLP at parameters in the model's natural form.
double negLogPosterior(const ObjectiveData& data, const ModelParameters& p);

} // namespace bakery::forecast
