#pragma once
// Sums sales into one value per product per calendar day, then applies the shop
// calendar: a day on which nothing at all was sold is closed (no values), a day
// the shop was open but a product sold none is a zero.

#include "storage/SalesStore.h"

#include <QStringList>

#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace bakery::data {

class SalesAggregator
{
public:
    /// The product's index, created on first sight; spaces around `name` are ignored.
    int product(std::string_view name);
    /// Adds `value` to a product-day (a zero marks the product as present, no more).
    void add(int product, int day, double value);
    void setCategory(int product, std::string_view category);
    void setPrice(int product, double price);

    int productCount() const { return static_cast<int>(m_names.size()); }
    /// Days with a non-zero sale of any product.
    const std::unordered_set<int>& openDays() const { return m_openDays; }

    struct Result
    {
        std::vector<storage::ProductSales> products; ///< sold at least once, by name
        QStringList neverSold;                       ///< products with no non-zero value
        int closedDaysInRange = 0;
        int firstDay = 0, lastDay = 0;
    };
    Result finish() const;

private:
    std::deque<std::string> m_names; ///< stable storage for the map's views
    std::unordered_map<std::string_view, int> m_index;
    std::vector<std::string> m_categories;
    std::vector<double> m_prices;
    std::unordered_map<std::uint64_t, double> m_sums; ///< (product << 32 | day offset) -> sum
    std::unordered_set<int> m_openDays;
};

} // namespace bakery::data
