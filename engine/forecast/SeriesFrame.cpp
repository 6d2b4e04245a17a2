#include "forecast/SeriesFrame.h"

#include <algorithm>
#include <numeric>

namespace bakery::forecast {

std::vector<double> selectValues(const std::vector<double>& values,
                                 const std::vector<std::size_t>& rows)
{
    std::vector<double> out;
    if (values.empty())
        return out;
    out.reserve(rows.size());
    for (std::size_t r : rows)
        out.push_back(values[r]);
    return out;
}

SeriesFrame selectRows(const SeriesFrame& frame, const std::vector<std::size_t>& rows)
{
    SeriesFrame out;
    out.ds = selectValues(frame.ds, rows);
    out.y = selectValues(frame.y, rows);
    out.cap = selectValues(frame.cap, rows);
    out.floor = selectValues(frame.floor, rows);
    for (auto it = frame.regressors.cbegin(); it != frame.regressors.cend(); ++it)
        out.regressors.insert(it.key(), selectValues(it.value(), rows));
    return out;
}

std::vector<std::size_t> timeOrder(const std::vector<double>& ds)
{
    std::vector<std::size_t> order(ds.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return ds[a] < ds[b]; });
    return order;
}

} // namespace bakery::forecast
