#pragma once
// The full pass over a file's records once its format is known: parse each record,
// report problems with line and column, aggregate into the batch and the report.

#include "data/ColumnMapper.h"
#include "data/IssueLog.h"
#include "data/SalesImporter.h"
#include "data/TableSource.h"
#include "data/ValueParsers.h"

namespace bakery::data {

struct RecordPass
{
    const QStringList& header;
    const ColumnMapping& map;
    DateOrder order;
    NumberFormat numbers;
    const ImportSpec& spec;
    int today; ///< days since epoch; later dates are warned about
};

/// Long, line-per-unit and wide layouts.
void readSales(TableSource& source, const RecordPass& pass, ImportResult& result, IssueLog& log);
/// Product/price lists: prices for the products, no sales.
void readPriceList(TableSource& source, const RecordPass& pass, ImportResult& result,
                   IssueLog& log);

} // namespace bakery::data
