#include "forecast/Uncertainty.h"

#include "forecast/Random.h"
#include "forecast/Trend.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bakery::forecast {
namespace {

// Lower and upper percentile of `v` with one partial sort each (v is reordered).
std::pair<double, double> bounds(std::vector<double>& v, double qLow, double qHigh)
{
    return {percentile(v, qLow), percentile(v, qHigh)};
}

// Future trend paths, draws x future rows (row-major by draw), in scaled units.
std::vector<double> futureTrendShifts(const PointPieces& p, const SamplingSetup& s,
                                      std::size_t firstFuture, Random& rng)
{
    const std::size_t rows = p.t.size();
    const std::size_t len = rows - firstFuture;
    const auto draws = static_cast<std::size_t>(s.samples);
    std::vector<double> shifts(draws * len, 0.0);
    if (len == 0 || s.growth == Growth::Flat)
        return shifts;
    const double step = len > 1 ? (p.t[rows - 1] - p.t[firstFuture]) / static_cast<double>(len - 1)
                                : 1.0 / static_cast<double>(std::max<std::size_t>(s.trainRows - 1, 1));
    const double likelihood = static_cast<double>(s.changepointsT.size()) * step;
    double meanDelta = 0.0;
    for (double d : s.params.delta)
        meanDelta += std::abs(d);
    meanDelta = meanDelta / static_cast<double>(std::max<std::size_t>(s.params.delta.size(), 1)) + 1e-8;

    // Rate and offset at the end of the history, for the logistic recursion.
    double rate = s.params.k + std::accumulate(s.params.delta.begin(), s.params.delta.end(), 0.0);
    double offset = s.params.m;
    if (s.growth == Growth::Logistic) {
        const auto gamma = trend::logisticGamma(s.params.k, s.params.m, s.params.delta, s.changepointsT);
        offset += std::accumulate(gamma.begin(), gamma.end(), 0.0);
    }
    std::vector<double> change(len);
    for (std::size_t j = 0; j < draws; ++j) {
        for (std::size_t l = 0; l < len; ++l)
            change[l] = rng.uniform() < likelihood ? rng.laplace(meanDelta) : 0.0;
        double* out = &shifts[j * len];
        double prev = 0.0, slope = 0.0, level = 0.0;
        double r = rate, o = offset;
        for (std::size_t l = 0; l < len; ++l) {
            const double smooth = 0.5 * (change[l] + prev); // Prophet smooths each change over two steps
            prev = change[l];
            if (s.growth == Growth::Linear) {
                slope += smooth;
                level += slope;
                out[l] = level * step;
            } else {
                const double tl = p.t[firstFuture + l];
                if (smooth != 0.0 && r + smooth != 0.0) {
                    o += (tl - o) * (1.0 - r / (r + smooth));
                    r += smooth;
                }
                out[l] = trend::logisticValue(p.cap[firstFuture + l], r * (tl - o));
            }
        }
    }
    if (s.growth == Growth::Logistic) { // centre the simulated levels on the point trend
        for (std::size_t l = 0; l < len; ++l) {
            double mean = 0.0;
            for (std::size_t j = 0; j < draws; ++j)
                mean += shifts[j * len + l];
            mean /= static_cast<double>(draws);
            for (std::size_t j = 0; j < draws; ++j)
                shifts[j * len + l] -= mean;
        }
    }
    return shifts;
}

} // namespace

double percentile(std::vector<double>& values, double q)
{
    const double rank = q / 100.0 * static_cast<double>(values.size() - 1);
    const auto lo = static_cast<std::size_t>(std::floor(rank));
    const double frac = rank - static_cast<double>(lo);
    std::nth_element(values.begin(), values.begin() + static_cast<long>(lo), values.end());
    const double a = values[lo];
    if (frac == 0.0 || lo + 1 >= values.size())
        return a;
    const double b = *std::min_element(values.begin() + static_cast<long>(lo) + 1, values.end());
    return a + frac * (b - a);
}

Bands sampleBands(const PointPieces& p, const SamplingSetup& s)
{
    const std::size_t rows = p.t.size();
    const auto draws = static_cast<std::size_t>(s.samples);
    const double qLow = 100.0 * (1.0 - s.intervalWidth) / 2.0;
    const double qHigh = 100.0 * (1.0 + s.intervalWidth) / 2.0;
    Random rng(s.seed);
    std::size_t firstFuture = rows;
    while (firstFuture > 0 && p.t[firstFuture - 1] > 1.0)
        --firstFuture;
    const std::vector<double> shifts = futureTrendShifts(p, s, firstFuture, rng);
    const std::size_t len = rows - firstFuture;

    Bands b;
    b.trendLower.resize(rows);
    b.trendUpper.resize(rows);
    b.yhatLower.resize(rows);
    b.yhatUpper.resize(rows);
    std::vector<double> trendDraws(draws), yhatDraws(draws);
    const double noiseScale = s.params.sigmaObs * s.yScale;
    for (std::size_t i = 0; i < rows; ++i) {
        const bool future = i >= firstFuture;
        const double factor = 1.0 + p.multiplicative[i];
        for (std::size_t j = 0; j < draws; ++j) {
            const double u = future ? shifts[j * len + (i - firstFuture)] : 0.0;
            const double trend = (p.trend[i] + u) * s.yScale + p.floor[i];
            trendDraws[j] = trend;
            yhatDraws[j] = trend * factor + p.additive[i] + noiseScale * rng.normal();
        }
        if (future) {
            std::tie(b.trendLower[i], b.trendUpper[i]) = bounds(trendDraws, qLow, qHigh);
        } else {
            b.trendLower[i] = b.trendUpper[i] = trendDraws[0];
        }
        std::tie(b.yhatLower[i], b.yhatUpper[i]) = bounds(yhatDraws, qLow, qHigh);
    }
    return b;
}

} // namespace bakery::forecast
