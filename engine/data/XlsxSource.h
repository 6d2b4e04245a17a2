#pragma once
// The TableSource of an XLSX sheet (XlsxReader does the reading).

#include "data/TableSource.h"

namespace bakery::data {

OpenedTable openXlsx(const QString& path, const ImportSpec& spec);

} // namespace bakery::data
