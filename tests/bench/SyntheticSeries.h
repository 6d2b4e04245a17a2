#pragma once
// A deterministic bakery-like daily series for benchmarks: level with a slow trend
// change, weekly and yearly cycles, Spanish holiday dips, Poisson-like noise.

#include "forecast/Random.h"
#include "forecast/SeriesFrame.h"

#include <cmath>

namespace bakery::bench {

inline forecast::SeriesFrame syntheticSeries(int days, std::uint64_t seed = 7)
{
    forecast::Random rng(seed);
    forecast::SeriesFrame s;
    const double first = 17532.0; // 2018-01-01
    for (int i = 0; i < days; ++i) {
        const double ds = first + i;
        const double weekly =
            1.0 + 0.35 * std::sin(2 * M_PI * ds / 7.0) + 0.1 * std::cos(4 * M_PI * ds / 7.0);
        const double yearly = 1.0 + 0.2 * std::sin(2 * M_PI * ds / 365.25 + 1.0);
        const double trend = 40.0 + 0.01 * i - (i > days / 2 ? 0.008 * (i - days / 2) : 0.0);
        const double mean = trend * weekly * yearly;
        s.ds.push_back(ds);
        s.y.push_back(std::max(0.0, std::round(mean + std::sqrt(mean) * rng.normal())));
    }
    return s;
}

} // namespace bakery::bench
