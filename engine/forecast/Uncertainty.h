#pragma once
// Prophet's uncertainty intervals with a MAP fit (spec section 7.2, vectorised
// path): each draw adds a simulated future trend path (rate changes as frequent and
// as large as the fitted ones) and Gaussian observation noise; the bounds are
// quantiles over the draws, per row.

#include "forecast/ModelConfig.h"
#include "forecast/ModelParameters.h"

#include <cstdint>
#include <vector>

namespace bakery::forecast {

struct PointPieces
{
    std::vector<double> t;        ///< scaled time per row; future rows (t > 1) sorted, last
    std::vector<double> trend;    ///< g(t), scaled
    std::vector<double> cap;      ///< scaled cap (logistic only)
    std::vector<double> floor;    ///< data units
    std::vector<double> multiplicative; ///< fraction
    std::vector<double> additive; ///< data units
};

struct SamplingSetup
{
    Growth growth = Growth::Linear;
    std::vector<double> changepointsT; ///< including Prophet's dummy [0]
    ModelParameters params;
    double yScale = 1.0;
    std::size_t trainRows = 2;
    int samples = 1000;
    double intervalWidth = 0.95;
    std::uint64_t seed = 42;
};

struct Bands
{
    std::vector<double> trendLower, trendUpper, yhatLower, yhatUpper;
};

Bands sampleBands(const PointPieces& pieces, const SamplingSetup& setup);

/// numpy's default (linear) percentile of `values` at q in [0, 100]; reorders values.
double percentile(std::vector<double>& values, double q);

} // namespace bakery::forecast
