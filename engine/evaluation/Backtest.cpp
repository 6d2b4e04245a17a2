#include "evaluation/Backtest.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace bakery::evaluation {

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

void setError(QString* error, const QString& message)
{
    if (error)
        *error = message;
}

// Indices of h in stable ascending order (spec 8.2 step 2: Prophet's sort is not stable,
// ours is, so tie order and hence mdape are deterministic).
std::vector<std::size_t> stableOrder(const std::vector<double>& h)
{
    std::vector<std::size_t> order(h.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(),
                     [&h](std::size_t a, std::size_t b) { return h[a] < h[b]; });
    return order;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const std::size_t k = v.size() / 2;
    return v.size() % 2 == 1 ? v[k] : 0.5 * (v[k - 1] + v[k]);
}

} // namespace

HoldoutSplit holdoutSplit(const std::vector<double>& sortedDs, double holdoutDays)
{
    HoldoutSplit split;
    if (sortedDs.empty()) {
        split.cutoff = kNaN;
        return split;
    }
    split.cutoff = sortedDs.back() - holdoutDays;
    const auto firstTest = std::upper_bound(sortedDs.begin(), sortedDs.end(), split.cutoff);
    split.trainRows = static_cast<std::size_t>(firstTest - sortedDs.begin());
    split.testRows = sortedDs.size() - split.trainRows;
    return split;
}

std::vector<double> generateCutoffs(const std::vector<double>& sortedDs, double horizon,
                                    double period, double initial, QString* error)
{
    if (sortedDs.empty()) {
        setError(error, QStringLiteral("No data to cross-validate."));
        return {};
    }
    // Guards the loop below, which would never end otherwise (Prophet has no such check).
    if (!(horizon > 0.0) || !(period > 0.0) || !std::isfinite(horizon) || !std::isfinite(period) ||
        !std::isfinite(initial) || initial < 0.0) {
        setError(error, QStringLiteral("Horizon and period must be positive and initial "
                                       "not negative."));
        return {};
    }
    const double minDs = sortedDs.front();
    const double maxDs = sortedDs.back();
    double c = maxDs - horizon;
    if (c < minDs) {
        setError(error, QStringLiteral("Less data than horizon."));
        return {};
    }
    std::vector<double> result{c};
    while (result.back() >= minDs + initial) {
        c -= period;
        // A fold with nothing in (c, c + horizon] would score no rows: jump back so the
        // fold ends on the last data point at or before c.
        const auto next = std::upper_bound(sortedDs.begin(), sortedDs.end(), c);
        const bool hasData = next != sortedDs.end() && *next <= c + horizon;
        if (!hasData && c > minDs)
            c = *(next - 1) - horizon; // next != begin because c > minDs
        result.push_back(c);
    }
    result.pop_back(); // the last one fell before min(ds) + initial
    if (result.empty()) {
        setError(error, QStringLiteral("Less data than horizon after initial window. "
                                       "Make horizon or initial shorter."));
        return {};
    }
    std::reverse(result.begin(), result.end());
    return result;
}

CvDefaults cvDefaults(double horizon, double longestSeasonalityPeriod)
{
    return {0.5 * horizon, std::max(3.0 * horizon, longestSeasonalityPeriod)};
}

std::vector<HorizonMetric> rollingMean(const std::vector<double>& x, const std::vector<double>& h,
                                       int w)
{
    const std::size_t n = std::min(x.size(), h.size());
    const std::vector<double> hh(h.begin(), h.begin() + static_cast<std::ptrdiff_t>(n));
    const std::vector<std::size_t> order = stableOrder(hh);
    const double wd = std::max(w, 1);

    // Per unique horizon: sum and count, ascending.
    std::vector<double> hs, xs, ns;
    for (std::size_t idx : order) {
        if (hs.empty() || hh[idx] != hs.back()) {
            hs.push_back(hh[idx]);
            xs.push_back(0.0);
            ns.push_back(0.0);
        }
        xs.back() += x[idx];
        ns.back() += 1.0;
    }

    std::vector<double> resX(hs.size(), 0.0);
    std::ptrdiff_t trailing = static_cast<std::ptrdiff_t>(hs.size()) - 1;
    double xSum = 0.0, nSum = 0.0;
    for (std::ptrdiff_t i = trailing; i >= 0; --i) {
        const auto gi = static_cast<std::size_t>(i);
        xSum += xs[gi];
        nSum += ns[gi];
        while (nSum >= wd) {
            // Too many points: drop the excess from the earliest group at its mean.
            const double excessX = (nSum - wd) * xs[gi] / ns[gi];
            const auto t = static_cast<std::size_t>(trailing);
            resX[t] = (xSum - excessX) / wd;
            xSum -= xs[t];
            nSum -= ns[t];
            --trailing;
        }
    }

    std::vector<HorizonMetric> out;
    for (std::size_t g = static_cast<std::size_t>(trailing + 1); g < hs.size(); ++g)
        out.push_back({hs[g], resX[g]});
    return out;
}

std::vector<HorizonMetric> rollingMedian(const std::vector<double>& x, const std::vector<double>& h,
                                         int w)
{
    const std::size_t n = std::min(x.size(), h.size());
    const std::vector<double> hh(h.begin(), h.begin() + static_cast<std::ptrdiff_t>(n));
    const std::vector<std::size_t> order = stableOrder(hh);
    std::vector<double> sx(n), sh(n);
    for (std::size_t k = 0; k < n; ++k) {
        sx[k] = x[order[k]];
        sh[k] = hh[order[k]];
    }
    const std::size_t wn = static_cast<std::size_t>(std::max(w, 1));

    std::vector<HorizonMetric> out;
    std::size_t end = n; // the current group is sorted rows [begin, end)
    while (end > 0) {
        std::size_t begin = end - 1;
        while (begin > 0 && sh[begin - 1] == sh[end - 1])
            --begin;
        // The whole group, topped up with the rows just before it (nearest horizon first).
        std::vector<double> values(sx.begin() + static_cast<std::ptrdiff_t>(begin),
                                   sx.begin() + static_cast<std::ptrdiff_t>(end));
        for (std::size_t k = begin; values.size() < wn && k > 0; --k)
            values.push_back(sx[k - 1]);
        if (values.size() < wn)
            break; // no smaller horizon can reach w either
        out.push_back({sh[begin], median(std::move(values))});
        end = begin;
    }
    std::reverse(out.begin(), out.end());
    return out;
}

std::vector<PerformanceRow> performanceMetrics(const std::vector<CvRow>& rows, double rollingWindow)
{
    std::vector<CvRow> kept;
    for (const CvRow& r : rows) {
        if (std::isfinite(r.y) && std::isfinite(r.yhat))
            kept.push_back(r);
    }
    const std::size_t n = kept.size();
    if (n == 0)
        return {};

    std::vector<double> h(n), se(n), ae(n), ape(n), sape(n), covered(n);
    double minAbsY = std::numeric_limits<double>::infinity();
    bool anyBounds = false;
    for (std::size_t i = 0; i < n; ++i) {
        const CvRow& r = kept[i];
        const double absE = std::abs(r.y - r.yhat);
        h[i] = r.ds - r.cutoff;
        se[i] = absE * absE;
        ae[i] = absE;
        ape[i] = absE / std::abs(r.y);
        const double denom = (std::abs(r.y) + std::abs(r.yhat)) / 2.0;
        sape[i] = denom > 0.0 ? absE / denom : 0.0; // 0/0 -> 0 (Prophet PR #2578)
        covered[i] = (r.lower <= r.y && r.y <= r.upper) ? 1.0 : 0.0;
        anyBounds = anyBounds || (std::isfinite(r.lower) && std::isfinite(r.upper));
        minAbsY = std::min(minAbsY, std::abs(r.y));
    }
    const bool withMape = !(minAbsY < 1e-8); // Prophet skips mape/mdape near y = 0

    // Python int() truncates toward zero; only a negative w disables aggregation.
    int w = static_cast<int>(rollingWindow * static_cast<double>(n));
    std::vector<PerformanceRow> out;
    if (w < 0) {
        const std::vector<std::size_t> order = stableOrder(h);
        for (std::size_t i : order) {
            out.push_back({h[i], se[i], std::sqrt(se[i]), ae[i], withMape ? ape[i] : kNaN,
                           withMape ? ape[i] : kNaN, sape[i], anyBounds ? covered[i] : kNaN});
        }
        return out;
    }
    w = std::min(std::max(w, 1), static_cast<int>(n));

    const std::vector<HorizonMetric> mse = rollingMean(se, h, w);
    const std::vector<HorizonMetric> mae = rollingMean(ae, h, w);
    const std::vector<HorizonMetric> smape = rollingMean(sape, h, w);
    const std::vector<HorizonMetric> coverage = rollingMean(covered, h, w);
    std::vector<HorizonMetric> mape, mdape;
    if (withMape) {
        mape = rollingMean(ape, h, w);
        mdape = rollingMedian(ape, h, w);
    }
    // All of them output the same horizons: those with at least w rows at or below them.
    for (std::size_t k = 0; k < mse.size(); ++k) {
        out.push_back({mse[k].horizon, mse[k].value, std::sqrt(mse[k].value), mae[k].value,
                       withMape ? mape[k].value : kNaN, withMape ? mdape[k].value : kNaN,
                       smape[k].value, anyBounds ? coverage[k].value : kNaN});
    }
    return out;
}

} // namespace bakery::evaluation
