#pragma once
// Trend pieces of the model (spec section 2), in scaled units: time t in [0, 1]
// over the training rows, y divided by y_scale.

#include "forecast/ModelConfig.h"

#include <vector>

namespace bakery::forecast::trend {

/// Automatic changepoint grid: indices into the sorted history rows (spec 2.1).
/// `nChangepoints` is reduced to hist_size - 1 when the history is too short;
/// the value actually used is written back.
std::vector<std::size_t> changepointIndices(std::size_t rows, double changepointRange,
                                            int& nChangepoints);

/// Piecewise-linear trend g(t) = (k + A(t)d) t + (m - A(t)(s*d)), with A_j(t) = 1[t >= s_j].
std::vector<double> linear(const std::vector<double>& t, double k, double m,
                           const std::vector<double>& delta, const std::vector<double>& s);

/// Logistic trend with capacity `cap` (scaled), offsets gamma chained so g is continuous.
std::vector<double> logistic(const std::vector<double>& t, const std::vector<double>& cap, double k,
                             double m, const std::vector<double>& delta,
                             const std::vector<double>& s);

/// Offset corrections gamma_j of the logistic trend (spec 2.3).
std::vector<double> logisticGamma(double k, double m, const std::vector<double>& delta,
                                  const std::vector<double>& s);

/// Numerically stable cap / (1 + exp(-z)).
double logisticValue(double cap, double z);

struct InitialValues
{
    double k = 0.0;
    double m = 0.0;
};

/// Optimiser start (spec 2.4) from the rows with the smallest and largest t;
/// `y` and `cap` are scaled, `cap` is used only for logistic growth.
InitialValues initialValues(Growth growth, const std::vector<double>& t,
                            const std::vector<double>& y, const std::vector<double>& cap);

} // namespace bakery::forecast::trend
