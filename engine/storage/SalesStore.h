#pragma once
// Products and their daily sales in the local database. An import is written in
// one transaction: all of it or nothing. A newer import of a product-day replaces
// the older value (never adds to it), so importing the same file twice changes nothing.

#include "storage/Database.h"

#include <QString>

#include <cmath>
#include <limits>
#include <optional>
#include <vector>

namespace bakery::storage {

struct DailyValue
{
    int day = 0;          ///< days since 1970-01-01
    double value = 0.0;   ///< units or revenue; 0 = open but none sold
    bool outlier = false; ///< flagged by the importer's robust check; never deleted
};

struct ProductSales
{
    QString name;                                            ///< as in the source file, trimmed
    QString category;                                        ///< may be empty
    double price = std::numeric_limits<double>::quiet_NaN(); ///< NaN: unknown
    std::vector<DailyValue> days; ///< ascending by day, one entry per day
};

struct SalesBatch
{
    QString sourceFile;   ///< path as given by the user
    QString sourceSha256; ///< hex digest of the file's bytes
    QString measure;      ///< "units" or "revenue"
    std::vector<ProductSales> products;
};

struct StoreResult
{
    QString error;       ///< empty on success; on error nothing was written
    qint64 importId = 0; ///< row id in `imports`
    int productsCreated = 0;
    int daysInserted = 0; ///< product-days not stored before
    int daysReplaced = 0; ///< product-days whose earlier value was replaced
    bool ok() const { return error.isEmpty(); }
};

struct ProductSummary
{
    qint64 id = 0;
    QString name;
    QString category;
    double price = std::numeric_limits<double>::quiet_NaN();
    int days = 0; ///< stored days (zeros included)
    int firstDay = 0;
    int lastDay = 0;
    double total = 0.0;
    int outlierDays = 0;
};

class SalesStore
{
public:
    /// Works on `db` for `tenant` (the shop); every query is scoped to it.
    explicit SalesStore(const Database& db, QString tenant = QStringLiteral("default"));

    /// Writes a batch in one transaction (products upserted by name, sales_daily upserted
    /// by product and day, an `imports` row recording the source file).
    StoreResult store(const SalesBatch& batch) const;

    /// Without writing: how many product-days of `batch` would replace stored values.
    int countReplacements(const SalesBatch& batch) const;

    std::vector<ProductSummary> products() const;
    std::optional<ProductSummary> product(const QString& name) const;
    /// The stored daily series of a product, ascending; empty if unknown.
    std::vector<DailyValue> sales(const QString& productName) const;

private:
    const Database& m_db;
    QString m_tenant;
};

} // namespace bakery::storage
