#include "forecast/Trend.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace bakery::forecast::trend {

std::vector<std::size_t> changepointIndices(std::size_t rows, double changepointRange,
                                            int& nChangepoints)
{
    const auto histSize =
        static_cast<long>(std::floor(static_cast<double>(rows) * changepointRange));
    if (nChangepoints + 1 > histSize)
        nChangepoints = static_cast<int>(std::max(0L, histSize - 1));
    std::vector<std::size_t> indices;
    if (nChangepoints <= 0)
        return indices;
    // numpy linspace(0, hist_size - 1, n + 1).round(): banker's rounding, last value exact.
    const double step = static_cast<double>(histSize - 1) / nChangepoints;
    for (int i = 1; i <= nChangepoints; ++i) {
        const double v = i == nChangepoints ? static_cast<double>(histSize - 1) : i * step;
        indices.push_back(static_cast<std::size_t>(std::nearbyint(v)));
    }
    return indices;
}

std::vector<double> linear(const std::vector<double>& t, double k, double m,
                           const std::vector<double>& delta, const std::vector<double>& s)
{
    std::vector<double> g(t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
        double rate = k;
        double offset = m;
        for (std::size_t j = 0; j < s.size(); ++j) {
            if (t[i] >= s[j]) {
                rate += delta[j];
                offset -= s[j] * delta[j];
            }
        }
        g[i] = rate * t[i] + offset;
    }
    return g;
}

std::vector<double> logisticGamma(double k, double m, const std::vector<double>& delta,
                                  const std::vector<double>& s)
{
    std::vector<double> gamma(s.size());
    double rate = k;
    double offset = m;
    for (std::size_t j = 0; j < s.size(); ++j) {
        const double next = rate + delta[j];
        gamma[j] = (s[j] - offset) * (1.0 - rate / next);
        offset += gamma[j];
        rate = next;
    }
    return gamma;
}

double logisticValue(double cap, double z)
{
    // Avoids exp overflow for large |z| (Prophet issue #2647).
    if (z >= 0)
        return cap / (1.0 + std::exp(-z));
    const double e = std::exp(z);
    return cap * e / (1.0 + e);
}

std::vector<double> logistic(const std::vector<double>& t, const std::vector<double>& cap, double k,
                             double m, const std::vector<double>& delta,
                             const std::vector<double>& s)
{
    const std::vector<double> gamma = logisticGamma(k, m, delta, s);
    std::vector<double> g(t.size());
    for (std::size_t i = 0; i < t.size(); ++i) {
        double rate = k;
        double offset = m;
        for (std::size_t j = 0; j < s.size(); ++j) {
            if (t[i] >= s[j]) {
                rate += delta[j];
                offset += gamma[j];
            }
        }
        g[i] = logisticValue(cap[i], rate * (t[i] - offset));
    }
    return g;
}

InitialValues initialValues(Growth growth, const std::vector<double>& t,
                            const std::vector<double>& y, const std::vector<double>& cap)
{
    InitialValues init;
    if (t.empty())
        return init;
    if (growth == Growth::Flat) {
        init.m = std::accumulate(y.begin(), y.end(), 0.0) / static_cast<double>(y.size());
        return init;
    }
    // First occurrence of the smallest and of the largest t (pandas idxmin/idxmax).
    const auto i0 = static_cast<std::size_t>(std::min_element(t.begin(), t.end()) - t.begin());
    const auto i1 = static_cast<std::size_t>(std::max_element(t.begin(), t.end()) - t.begin());
    const double dt = t[i1] - t[i0];
    if (growth == Growth::Linear) {
        init.k = dt > 0 ? (y[i1] - y[i0]) / dt : 0.0;
        init.m = y[i0] - init.k * t[i0];
        return init;
    }
    const double c0 = cap[i0];
    const double c1 = cap[i1];
    const double y0 = std::clamp(y[i0], 0.01 * c0, 0.99 * c0);
    const double y1 = std::clamp(y[i1], 0.01 * c1, 0.99 * c1);
    double r0 = c0 / y0;
    const double r1 = c1 / y1;
    if (std::abs(r0 - r1) <= 0.01)
        r0 = 1.05 * r0;
    const double l0 = std::log(r0 - 1.0);
    const double l1 = std::log(r1 - 1.0);
    init.m = l0 * dt / (l0 - l1);
    init.k = (l0 - l1) / dt;
    return init;
}

} // namespace bakery::forecast::trend
