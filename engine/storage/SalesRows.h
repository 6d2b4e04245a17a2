#pragma once
// Internal to SalesStore: the checks a SalesBatch must pass before anything is written,
// and the encoding of a product's days as a single bound parameter, with the SQL (per
// dialect) that decodes it. One parameter per product instead of three per day is what
// makes 100,000 days fast: Qt's binding costs about a microsecond per value, and on
// PostgreSQL it is one round trip per product instead of one per day.

#include "storage/SalesStore.h"

#include <QString>

namespace bakery::storage::rows {

/// Empty if `batch` keeps the contract of SalesBatch (unique names, ascending days within
/// years 1-9999, finite values), else the first violation, for the user.
QString validate(const SalesBatch& batch);

/// The days of `p` as a JSON array of "YYYY-MM-DD|outlier|value" strings.
QString encode(const ProductSales& p);

/// INSERT ... ON CONFLICT upsert of encoded rows. Parameters: tenant, product id,
/// import id, rows.
QString upsertSql(bool postgres);

/// How many of the encoded rows are stored already. Parameters: rows, tenant, product id.
QString countStoredSql(bool postgres);

} // namespace bakery::storage::rows
