#include "data/SalesAggregator.h"

#include "data/CsvTokenizer.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace bakery::data {
namespace {

constexpr std::int64_t kDayOffset = 1 << 30; // keeps negative day numbers in the key's low half

std::uint64_t key(int product, int day)
{
    return (static_cast<std::uint64_t>(product) << 32) |
           static_cast<std::uint64_t>(day + kDayOffset);
}

} // namespace

int SalesAggregator::product(std::string_view name)
{
    name = trimSpaces(name);
    const auto it = m_index.find(name);
    if (it != m_index.end())
        return it->second;
    m_names.emplace_back(name);
    const int index = static_cast<int>(m_names.size()) - 1;
    m_index.emplace(m_names.back(), index);
    m_categories.emplace_back();
    m_prices.push_back(std::nan(""));
    return index;
}

void SalesAggregator::add(int product, int day, double value)
{
    m_sums[key(product, day)] += value;
    if (value != 0.0)
        m_openDays.insert(day);
}

void SalesAggregator::setCategory(int product, std::string_view category)
{
    m_categories[static_cast<std::size_t>(product)] = std::string(trimSpaces(category));
}

void SalesAggregator::setPrice(int product, double price)
{
    m_prices[static_cast<std::size_t>(product)] = price;
}

SalesAggregator::Result SalesAggregator::finish() const
{
    Result r;
    std::vector<int> open(m_openDays.begin(), m_openDays.end());
    std::sort(open.begin(), open.end());
    // Per product: its sums on open days; zeros where it sold nothing that day.
    std::vector<std::map<int, double>> byProduct(m_names.size());
    std::vector<bool> sold(m_names.size(), false);
    for (const auto& [k, value] : m_sums) {
        const auto p = static_cast<std::size_t>(k >> 32);
        const int day = static_cast<int>(static_cast<std::int64_t>(k & 0xFFFFFFFFu) - kDayOffset);
        if (m_openDays.count(day))
            byProduct[p][day] += value;
        if (value != 0.0)
            sold[p] = true;
    }
    std::vector<std::size_t> order(m_names.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return m_names[a] < m_names[b]; });
    for (std::size_t p : order) {
        const QString name =
            QString::fromUtf8(m_names[p].data(), static_cast<qsizetype>(m_names[p].size()));
        if (!sold[p]) {
            r.neverSold << name;
            continue;
        }
        storage::ProductSales ps;
        ps.name = name;
        ps.category = QString::fromUtf8(m_categories[p].data(),
                                        static_cast<qsizetype>(m_categories[p].size()));
        ps.price = m_prices[p];
        ps.days.reserve(open.size());
        const std::map<int, double>& sums = byProduct[p];
        for (int day : open) {
            const auto it = sums.find(day);
            ps.days.push_back({day, it == sums.end() ? 0.0 : it->second, false});
        }
        r.products.push_back(std::move(ps));
    }
    if (!open.empty()) {
        r.firstDay = open.front();
        r.lastDay = open.back();
        r.closedDaysInRange = open.back() - open.front() + 1 - static_cast<int>(open.size());
    }
    return r;
}

} // namespace bakery::data
