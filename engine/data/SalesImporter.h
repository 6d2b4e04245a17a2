#pragma once
// Sales history in, clean daily series per product out: reads a till export or a
// spreadsheet (CSV or XLSX), detects its format (or follows an ImportSpec),
// aggregates to one value per product per day, and reports every issue with its
// file, line and column. Storing is one transaction through SalesStore.

#include "data/ImportReport.h"
#include "data/ImportSpec.h"
#include "storage/SalesStore.h"

namespace bakery::data {

struct ImportResult
{
    ImportReport report;
    storage::SalesBatch batch; ///< what would be (or was) stored
    bool stored = false;
};

class SalesImporter
{
public:
    explicit SalesImporter(ImportSpec spec = {});

    /// Reads and aggregates `path`; writes nothing.
    ImportResult read(const QString& path) const;
    /// The same for CSV bytes in memory.
    ImportResult readBytes(const QByteArray& bytes, const QString& fileName) const;
    /// read(), then, unless the report has an error or `dryRun`, stores the batch in one
    /// transaction; the report then says how many product-days replaced older values.
    ImportResult importFile(const QString& path, const storage::SalesStore& store,
                            bool dryRun = false) const;

    /// Days after which a date counts as "in the future" (tests fix it); default today.
    void setToday(int day) { m_today = day; }

private:
    ImportResult readTable(struct OpenedTable&& table, const QString& fileName,
                           const QByteArray& digest) const;
    ImportSpec m_spec;
    int m_today;
};

} // namespace bakery::data
