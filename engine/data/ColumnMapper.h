#pragma once
// Which column holds what: from header names in Spanish, English, French and
// German, else from the columns' content, else from the import spec. Also decides
// the layout: long (a row per sale with a quantity), one line per unit sold, wide
// (a column per product) or a price list.

#include "data/ImportSpec.h"

#include <QString>
#include <QStringList>

#include <string>
#include <vector>

namespace bakery::data {

struct ColumnMapping
{
    ImportSpec::Layout layout = ImportSpec::Layout::Auto;
    int date = -1, time = -1, product = -1, quantity = -1, revenue = -1, price = -1, category = -1;
    std::vector<int> productColumns; ///< wide layout
    QString singleProductName;       ///< wide layout with one measure column (e.g. ds,y)
    QStringList decisions;           ///< every choice in words, "inferred" when from content
    QStringList warnings;            ///< risky inferences the user should check
    QString errorCode;               ///< no_date_column / no_product_column / unknown_column
    QString errorMessage;
    bool ok() const { return errorCode.isEmpty(); }
};

/// Lower case, accents removed, '_' '-' '.' '/' as spaces, spaces collapsed.
QString normalizeHeader(const QString& header);

class ColumnMapper
{
public:
    /// `header`: the header names; `sample`: the first data records (strings), used for
    /// content inference; `fileBaseName` names a single-series product.
    static ColumnMapping map(const QStringList& header,
                             const std::vector<std::vector<std::string>>& sample,
                             const ImportSpec& spec, const QString& fileBaseName);
};

} // namespace bakery::data
