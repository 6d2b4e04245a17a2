#pragma once
// Batches and read-back helpers shared by TestSalesStore (SQLite) and TestPostgresStore,
// so both back ends are held to the same hand-computed figures.

#include "storage/SalesStore.h"

#include <QDate>
#include <QStringList>

namespace fixtures {

using namespace bakery::storage;

/// Days since 1970-01-01, computed with QDate, not with the store's own conversion.
inline int day(int y, int m, int d)
{
    return static_cast<int>(QDate(1970, 1, 1).daysTo(QDate(y, m, d)));
}

inline QString iso(int day)
{
    return QDate(1970, 1, 1).addDays(day).toString(Qt::ISODate);
}

/// Consecutive days from `firstDay`.
inline ProductSales product(const QString& name, int firstDay, const std::vector<double>& values,
                            const QString& category = {},
                            double price = std::numeric_limits<double>::quiet_NaN())
{
    ProductSales p{name, category, price, {}};
    for (size_t i = 0; i < values.size(); ++i)
        p.days.push_back({firstDay + static_cast<int>(i), values[i], false});
    return p;
}

inline SalesBatch batch(const QString& file, std::vector<ProductSales> products)
{
    return {file, QStringLiteral("ab12"), QStringLiteral("units"), std::move(products)};
}

/// Baguette 1..5 Jan 2024 = 10 12 0 8 15 (total 45, the 5th an outlier), Croissant 2..3 =
/// 5.5 6.5 (total 12). Baguette's price 2/3 uses every digit a double holds.
inline SalesBatch januaryBatch()
{
    ProductSales baguette = product(QStringLiteral("Baguette"), day(2024, 1, 1), {10, 12, 0, 8, 15},
                                    QStringLiteral("Pan"), 2.0 / 3.0);
    baguette.days.back().outlier = true;
    return batch(QStringLiteral("january.csv"),
                 {baguette, product(QStringLiteral("Croissant"), day(2024, 1, 2), {5.5, 6.5})});
}

/// The expected describe() lines of januaryBatch() stored alone.
inline const char* const kJanuaryBaguette =
    "Baguette|Pan|0.66666666666666663|5|2024-01-01..2024-01-05|45|1";
inline const char* const kJanuaryCroissant = "Croissant||nan|2|2024-01-02..2024-01-03|12|0";

/// A summary as one line: name|category|price|days|first..last|total|outlier days.
inline QString describe(const ProductSummary& s)
{
    return QStringList{s.name,
                       s.category,
                       QString::number(s.price, 'g', 17),
                       QString::number(s.days),
                       iso(s.firstDay) + QLatin1String("..") + iso(s.lastDay),
                       QString::number(s.total, 'g', 17),
                       QString::number(s.outlierDays)}
        .join(QLatin1Char('|'));
}

/// Everything stored for the store's tenant, as comparable text.
inline QStringList snapshot(const SalesStore& store)
{
    QStringList out;
    for (const ProductSummary& s : store.products()) {
        out << describe(s);
        for (const DailyValue& d : store.sales(s.name))
            out << QStringLiteral("  %1=%2 %3").arg(iso(d.day)).arg(d.value).arg(d.outlier);
    }
    return out;
}

/// Values that must come back bit for bit, though they travel as text.
inline std::vector<double> trickyValues()
{
    return {0.1,   0.3,  1.0 / 3.0, 123456.789, 1e-7, -2.5, 9007199254740993.0,
            1e300, 4.35, 2.675,     5e-324,     0.0};
}

} // namespace fixtures
