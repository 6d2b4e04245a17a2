#pragma once
// A robust outlier flag for a daily sales series: the residual of each day from
// the median of its weekday, against the median absolute deviation of all
// residuals. Flags only; nothing is deleted (training decides what to do).

#include <vector>

namespace bakery::data {

struct OutlierOptions
{
    double threshold = 5.0; ///< in robust standard deviations (1.4826 MAD)
    int minDays = 28;       ///< shorter series are not judged
};

/// `days` (days since epoch) and `values` of equal length; returns one flag per day.
std::vector<bool> flagOutliers(const std::vector<int>& days, const std::vector<double>& values,
                               const OutlierOptions& options = {});

} // namespace bakery::data
