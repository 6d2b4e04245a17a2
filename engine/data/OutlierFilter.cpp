#include "data/OutlierFilter.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace bakery::data {
namespace {

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    const auto mid = v.begin() + static_cast<long>(v.size() / 2);
    std::nth_element(v.begin(), mid, v.end());
    if (v.size() % 2)
        return *mid;
    return 0.5 * (*mid + *std::max_element(v.begin(), mid));
}

int weekday(int day)
{
    return ((day % 7) + 7 + 3) % 7;
} // 1970-01-01 was a Thursday: 0 = Monday

} // namespace

std::vector<bool> flagOutliers(const std::vector<int>& days, const std::vector<double>& values,
                               const OutlierOptions& options)
{
    std::vector<bool> flags(values.size(), false);
    if (static_cast<int>(values.size()) < options.minDays)
        return flags;
    std::array<std::vector<double>, 7> byWeekday;
    for (std::size_t i = 0; i < values.size(); ++i)
        byWeekday[static_cast<std::size_t>(weekday(days[i]))].push_back(values[i]);
    std::array<double, 7> profile{};
    for (std::size_t w = 0; w < 7; ++w)
        profile[w] = median(byWeekday[w]);
    std::vector<double> residuals(values.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        residuals[i] = values[i] - profile[static_cast<std::size_t>(weekday(days[i]))];
    std::vector<double> absolute(residuals.size());
    std::transform(residuals.begin(), residuals.end(), absolute.begin(),
                   [](double r) { return std::abs(r); });
    const double scale = 1.4826 * median(absolute);
    if (scale <= 0.0)
        return flags; // half the days match their weekday exactly: no robust spread to judge by
    for (std::size_t i = 0; i < values.size(); ++i)
        flags[i] = std::abs(residuals[i]) > options.threshold * scale;
    return flags;
}

} // namespace bakery::data
