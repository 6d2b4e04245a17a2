#include "forecast/Uncertainty.h"

#include "forecast/Random.h"
#include "forecast/Trend.h"

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numeric>

namespace bakery::forecast {
namespace {

std::uint64_t timeKey(double stamp)
{
    std::uint64_t bits = 0;
    std::memcpy(&bits, &stamp, sizeof bits);
    return bits;
}

// numpy's linear-interpolation rank for percentile q of n values.
std::pair<std::size_t, double> rankOf(std::size_t n, double q)
{
    const double rank = q / 100.0 * static_cast<double>(n - 1);
    const auto lo = static_cast<std::size_t>(std::floor(rank));
    return {lo, rank - static_cast<double>(lo)};
}

// The order statistics sorted[r] and sorted[r + 1] of `v` (r + 1 < n), exactly.
// Interval bounds sit in the tails: a pilot sample brackets them, one pass keeps the
// values beyond the bracket, and only those few are selected. Falls back to a full
// selection when the bracket misses. About 3x faster than nth_element on 1000 draws.
std::pair<double, double> orderPair(std::vector<double>& v, std::size_t r, std::vector<double>& buf)
{
    const std::size_t n = v.size();
    const bool lowTail = r < n / 2;
    const std::size_t need = lowTail ? r + 2 : n - r; // values at or beyond the target
    if (n >= 256 && need * 8 < n) {
        double pilot[64];
        const std::size_t stride = n / 64;
        for (std::size_t i = 0; i < 64; ++i)
            pilot[i] = v[i * stride];
        std::sort(pilot, pilot + 64);
        // Pilot rank with about twice the needed share of values beyond it.
        const std::size_t pr = std::min<std::size_t>(63, 2 * need * 64 / n + 2);
        const double threshold = lowTail ? pilot[pr] : pilot[63 - pr];
        buf.clear();
        for (double x : v)
            if (lowTail ? x <= threshold : x >= threshold)
                buf.push_back(x);
        if (buf.size() >= need) {
            // Position of sorted[r] inside buf: from the bottom (low) or top (high).
            const std::size_t k = lowTail ? r : buf.size() - (n - r);
            std::nth_element(buf.begin(), buf.begin() + static_cast<long>(k), buf.end());
            const double a = buf[k];
            const double b = *std::min_element(buf.begin() + static_cast<long>(k) + 1, buf.end());
            return {a, b};
        }
    }
    std::nth_element(v.begin(), v.begin() + static_cast<long>(r), v.end());
    return {v[r], *std::min_element(v.begin() + static_cast<long>(r) + 1, v.end())};
}

double interpolated(std::vector<double>& v, double q, std::vector<double>& buf)
{
    const auto [lo, frac] = rankOf(v.size(), q);
    if (lo + 1 >= v.size())
        return *std::max_element(v.begin(), v.end());
    const auto [a, b] = orderPair(v, lo, buf);
    return a + frac * (b - a);
}

// Future trend paths, draws x future rows (row-major by draw), in scaled units.
std::vector<double> futureTrendShifts(const PointPieces& p, const SamplingSetup& s,
                                      std::size_t firstFuture)
{
    const std::size_t rows = p.t.size();
    const std::size_t len = rows - firstFuture;
    const auto draws = static_cast<std::size_t>(s.samples);
    std::vector<double> shifts(draws * len, 0.0);
    if (len == 0 || s.growth == Growth::Flat)
        return shifts;
    const double step = len > 1
                            ? (p.t[rows - 1] - p.t[firstFuture]) / static_cast<double>(len - 1)
                            : 1.0 / static_cast<double>(std::max<std::size_t>(s.trainRows - 1, 1));
    const double likelihood = static_cast<double>(s.changepointsT.size()) * step;
    double meanDelta = 0.0;
    for (double d : s.params.delta)
        meanDelta += std::abs(d);
    meanDelta =
        meanDelta / static_cast<double>(std::max<std::size_t>(s.params.delta.size(), 1)) + 1e-8;

    // Rate and offset at the end of the history, for the logistic recursion.
    double rate = s.params.k + std::accumulate(s.params.delta.begin(), s.params.delta.end(), 0.0);
    double offset = s.params.m;
    if (s.growth == Growth::Logistic) {
        const auto gamma =
            trend::logisticGamma(s.params.k, s.params.m, s.params.delta, s.changepointsT);
        offset += std::accumulate(gamma.begin(), gamma.end(), 0.0);
    }
    std::vector<double> change(len);
    for (std::size_t j = 0; j < draws; ++j) {
        // One stream per draw: a path's first steps do not depend on how far it runs.
        Random rng(Random::mix(s.seed, j));
        for (std::size_t l = 0; l < len; ++l)
            change[l] = rng.uniform() < likelihood ? rng.laplace(meanDelta) : 0.0;
        double* out = &shifts[j * len];
        double prev = 0.0, slope = 0.0, level = 0.0;
        double r = rate, o = offset;
        for (std::size_t l = 0; l < len; ++l) {
            const double smooth =
                0.5 * (change[l] + prev); // Prophet smooths each change over two steps
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

double inverseNormalCdf(double p)
{
    if (p <= 0.0)
        return -INFINITY;
    if (p >= 1.0)
        return INFINITY;
    static const double a[] = {-3.969683028665376e+01, 2.209460984245205e+02,
                               -2.759285104469687e+02, 1.383577518672690e+02,
                               -3.066479806614716e+01, 2.506628277459239e+00};
    static const double b[] = {-5.447609879822406e+01, 1.615858368580409e+02,
                               -1.556989798598866e+02, 6.680131188771972e+01,
                               -1.328068155288572e+01};
    static const double c[] = {-7.784894002430293e-03, -3.223964580411365e-01,
                               -2.400758277161838e+00, -2.549732539343734e+00,
                               4.374664141464968e+00,  2.938163982698783e+00};
    static const double d[] = {7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00,
                               3.754408661907416e+00};
    double x;
    if (p < 0.02425 || p > 1.0 - 0.02425) {
        const double q = std::sqrt(-2.0 * std::log(p < 0.5 ? p : 1.0 - p));
        x = (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) /
            ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0);
        if (p > 0.5)
            x = -x;
    } else {
        const double q = p - 0.5;
        const double r = q * q;
        x = (((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q /
            (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0);
    }
    return x; // relative error < 1.2e-9, far below the Monte Carlo error of the bounds
}

std::pair<double, double> normalSampleQuantiles(Random& rng, int n, double qLow, double qHigh)
{
    // 1-based order statistics of n draws that numpy interpolates: k1 <= k2 and k3 <= k4,
    // which may coincide for narrow intervals or few samples.
    const auto [lo, loFrac] = rankOf(static_cast<std::size_t>(n), qLow);
    const auto [hi, hiFrac] = rankOf(static_cast<std::size_t>(n), qHigh);
    const auto last = static_cast<std::size_t>(n);
    const std::size_t k[4] = {lo + 1, std::min(lo + 2, last), hi + 1, std::min(hi + 2, last)};
    std::size_t ranks[4] = {k[0], k[1], k[2], k[3]};
    std::sort(ranks, ranks + 4);
    // U_(k) = S_k / S_(n+1) with S_k the sum of k iid Exp(1): draw the partial sums at the
    // distinct ranks in increasing order.
    double partial[4];
    double sum = 0.0;
    std::size_t at = 0;
    for (int i = 0; i < 4; ++i) {
        sum += rng.gamma(static_cast<double>(ranks[i] - at));
        at = ranks[i];
        partial[i] = sum;
    }
    sum += rng.gamma(static_cast<double>(last + 1 - at));
    double z[4];
    for (int i = 0; i < 4; ++i) {
        const auto pos = std::lower_bound(ranks, ranks + 4, k[i]) - ranks;
        z[i] = inverseNormalCdf(partial[pos] / sum);
    }
    return {z[0] + loFrac * (z[1] - z[0]), z[2] + hiFrac * (z[3] - z[2])};
}

double percentile(std::vector<double>& values, double q)
{
    std::vector<double> buf;
    return interpolated(values, q, buf);
}

Bands sampleBands(const PointPieces& p, const SamplingSetup& s)
{
    const std::size_t rows = p.t.size();
    const auto draws = static_cast<std::size_t>(s.samples);
    const double qLow = 100.0 * (1.0 - s.intervalWidth) / 2.0;
    const double qHigh = 100.0 * (1.0 + s.intervalWidth) / 2.0;
    std::size_t firstFuture = rows;
    while (firstFuture > 0 && p.t[firstFuture - 1] > 1.0)
        --firstFuture;
    const std::vector<double> shifts = futureTrendShifts(p, s, firstFuture);
    const std::size_t len = rows - firstFuture;

    Bands b;
    b.trendLower.resize(rows);
    b.trendUpper.resize(rows);
    b.yhatLower.resize(rows);
    b.yhatUpper.resize(rows);
    std::vector<double> trendDraws(draws), yhatDraws(draws), buf;
    buf.reserve(draws);
    const double noiseScale = s.params.sigmaObs * s.yScale;
    for (std::size_t i = 0; i < rows; ++i) {
        const bool future = i >= firstFuture;
        const double factor = 1.0 + p.multiplicative[i];
        // Each row's noise has its own stream, keyed by its time stamp: a day's interval
        // does not depend on which other days are predicted with it.
        Random rng(Random::mix(s.seed ^ 0x6e6f697365ULL, timeKey(p.stamps[i])));
        if (!future) {
            // History: every draw is the point forecast plus scaled N(0, 1) noise.
            const double trend = p.trend[i] * s.yScale + p.floor[i];
            const double yhat = trend * factor + p.additive[i];
            const auto [zLow, zHigh] = normalSampleQuantiles(rng, s.samples, qLow, qHigh);
            b.trendLower[i] = b.trendUpper[i] = trend;
            b.yhatLower[i] = yhat + noiseScale * zLow;
            b.yhatUpper[i] = yhat + noiseScale * zHigh;
            continue;
        }
        for (std::size_t j = 0; j < draws; ++j) {
            const double u = shifts[j * len + (i - firstFuture)];
            const double trend = (p.trend[i] + u) * s.yScale + p.floor[i];
            trendDraws[j] = trend;
            yhatDraws[j] = trend * factor + p.additive[i] + noiseScale * rng.normal();
        }
        b.trendLower[i] = interpolated(trendDraws, qLow, buf);
        b.trendUpper[i] = interpolated(trendDraws, qHigh, buf);
        b.yhatLower[i] = interpolated(yhatDraws, qLow, buf);
        b.yhatUpper[i] = interpolated(yhatDraws, qHigh, buf);
    }
    return b;
}

} // namespace bakery::forecast
