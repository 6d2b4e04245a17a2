#pragma once
// Every choice of a sales import, each either detected ("auto" / empty) or set by
// hand. Saved as JSON so the next import from the same till needs no questions;
// the GUI's import wizard builds one.

#include "data/ValueParsers.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bakery::data {

struct ImportSpec
{
    enum class Layout { Auto, Long, LinePerUnit, Wide, PriceList };
    enum class Measure { Units, Revenue };

    QString encoding;  ///< "", "utf-8" or "windows-1252"
    QString delimiter; ///< "", ",", ";", "\t" or "|"
    QString decimal;   ///< "", "," or "."
    QString thousands; ///< "", "none", ".", ",", " " or "'"
    QString dateOrder; ///< "", "ymd", "dmy" or "mdy"
    Layout layout = Layout::Auto;
    Measure measure = Measure::Units;
    QString sheet; ///< XLSX: sheet name; empty: the first

    // Columns by header name; empty: detected.
    QString dateColumn, timeColumn, productColumn, quantityColumn, revenueColumn, priceColumn,
        categoryColumn;
    QStringList productColumns; ///< wide layout: the product columns
    QStringList ignoreColumns;  ///< never products or measures
    QString productName;        ///< single-series files: the product's name (default: file name)
    QStringList placeholders = {QStringLiteral("NONE"), QStringLiteral("N/A"), QStringLiteral("-")};
    double maxUnparsableShare = 0.10; ///< above this share of bad rows the import is rejected

    /// The detected number format with this spec's decimal and thousands choices applied.
    NumberFormat numberFormat(const NumberFormat& detected) const;

    QByteArray toJson() const;
    /// Parses a spec; unknown keys are errors (a typo must not be ignored silently).
    static ImportSpec fromJson(const QByteArray& json, QString* error);
};

QString layoutName(ImportSpec::Layout layout);

} // namespace bakery::data
