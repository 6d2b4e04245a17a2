#pragma once
// Prophet's uncertainty intervals with a MAP fit (spec section 7.2, vectorised
// path): each draw adds a simulated future trend path (rate changes as frequent and
// as large as the fitted ones) and Gaussian observation noise; the bounds are
// quantiles over the draws, per row.

#include "forecast/ModelConfig.h"
#include "forecast/ModelParameters.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace bakery::forecast {

class Random;

struct PointPieces
{
    std::vector<double> stamps; ///< ds per row (days since epoch): keys the row's random stream
    std::vector<double> t;      ///< scaled time per row; future rows (t > 1) sorted, last
    std::vector<double> trend;  ///< g(t), scaled
    std::vector<double> cap;    ///< scaled cap (logistic only)
    std::vector<double> floor;  ///< data units
    std::vector<double> multiplicative; ///< fraction
    std::vector<double> additive;       ///< data units
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

/// Quantiles qLow and qHigh (percent) of `n` iid N(0, 1) draws, sampled directly: the four
/// order statistics the interpolated quantiles need are drawn from their exact joint
/// distribution (uniform order statistics as normalised sums of exponential spacings,
/// mapped through the inverse normal CDF). Equal in distribution to drawing n normals
/// and taking numpy percentiles, at O(1) cost instead of O(n).
std::pair<double, double> normalSampleQuantiles(Random& rng, int n, double qLow, double qHigh);

/// Inverse of the standard normal CDF (Acklam's rational approximation, relative error < 1.2e-9).
double inverseNormalCdf(double p);

/// numpy's default (linear) percentile of `values` at q in [0, 100]; reorders values.
double percentile(std::vector<double>& values, double q);

} // namespace bakery::forecast
