#include "data/RecordPass.h"

#include "calendar/EpochDay.h"
#include "data/OutlierFilter.h"
#include "data/SalesAggregator.h"

#include <QCoreApplication>

#include <algorithm>
#include <functional>
#include <unordered_set>

namespace bakery::data {
namespace {

// The sentences' translation context is "RecordPass".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RecordPass)
};

using Layout = ImportSpec::Layout;

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

bool isMissing(std::string_view v)
{
    return v.empty() || v == "NaN" || v == "nan" || v == "NA" || v == "N/A" || v == "null";
}

// Skips to the first record after the header (the first non-blank record).
void skipHeader(TableSource& source, TableRecord& record)
{
    source.rewind();
    while (source.next(record))
        if (!record.blank())
            return;
}

QString isoDay(int day)
{
    return calendar::fromEpochDay(day).toString(Qt::ISODate);
}

} // namespace

void readSales(TableSource& source, const RecordPass& pass, ImportResult& result, IssueLog& log)
{
    ImportReport& report = result.report;
    const ColumnMapping& map = pass.map;
    const int fields = static_cast<int>(pass.header.size());
    const int measure =
        pass.spec.measure == ImportSpec::Measure::Revenue ? map.revenue : map.quantity;
    const QString single = map.singleProductName;
    SalesAggregator agg;
    std::vector<int> productIndex; // wide layout: aggregator index per product column
    for (int c : map.productColumns)
        productIndex.push_back(
            agg.product((single.isEmpty() ? pass.header[c] : single).toUtf8().toStdString()));
    std::unordered_set<std::size_t> seenLines;
    seenLines.reserve(1 << 16);
    std::vector<std::string> placeholders; // compared as bytes: no QString per record
    for (const QString& p : pass.spec.placeholders)
        placeholders.push_back(p.toStdString());
    const auto isPlaceholder = [&](std::string_view name) {
        return std::find(placeholders.begin(), placeholders.end(), name) != placeholders.end();
    };
    qint64 badRows = 0, futureRows = 0;
    int firstFutureLine = 0;

    TableRecord record;
    skipHeader(source, record);
    qint64 blankLines = 0;
    qint64 cells = 0, badCells = 0; // wide layout: a bad cell spoils its product, not the row
    while (source.next(record)) {
        if (record.blank()) {
            ++blankLines;
            continue;
        }
        ++report.rowsRead;
        const int line = record.line;
        const int n = static_cast<int>(record.fields.size());
        if (n < fields && source.endedWithoutNewline()) {
            TableRecord after;
            if (!source.next(after)) { // the very last record, cut short: a truncated file
                log.error(QStringLiteral("truncated_file"), line,
                          Text::tr("the last line has %1 of %2 fields and no line break; the file "
                                   "seems cut short (expected a complete last line)")
                              .arg(n)
                              .arg(fields));
                return;
            }
        }
        if (record.junkAfterQuote >= 0) {
            const int c = record.junkAfterQuote;
            log.warning(QStringLiteral("text_after_quote"), line,
                        Text::tr("text after the closing quote was ignored; expected a delimiter "
                                 "right after a quoted field"),
                        c + 1, pass.header.value(c));
        }
        if (n != fields) {
            log.warning(QStringLiteral("field_count"), line,
                        Text::tr("expected %1 fields as in the header, found %2; line skipped")
                            .arg(fields)
                            .arg(n));
            ++badRows;
            continue;
        }
        const std::string_view dateText = record.fields[static_cast<std::size_t>(map.date)];
        int day = 0;
        const DateParse parsed = parseDate(dateText, pass.order, day);
        if (parsed != DateParse::Ok) {
            const bool impossible = parsed == DateParse::Impossible;
            log.warning(impossible ? QStringLiteral("impossible_date")
                                   : QStringLiteral("unparsable_date"),
                        line,
                        (impossible ? Text::tr("not a calendar date: \"%1\"; line skipped")
                                    : Text::tr("expected a date, found \"%1\"; line skipped"))
                            .arg(text(dateText)),
                        map.date + 1, pass.header[map.date]);
            ++badRows;
            continue;
        }
        if (day > pass.today && futureRows++ == 0)
            firstFutureLine = line;

        if (map.layout == Layout::Wide) {
            for (std::size_t k = 0; k < map.productColumns.size(); ++k) {
                const int c = map.productColumns[k];
                const std::string_view cell = record.fields[static_cast<std::size_t>(c)];
                double value = 0.0;
                ++cells;
                if (!cell.empty() && !parseNumber(cell, pass.numbers, value)) {
                    ++badCells;
                    if (!isMissing(cell) || single.isEmpty())
                        log.warning(QStringLiteral("unparsable_number"), line,
                                    Text::tr("expected a number, found \"%1\"; cell left out")
                                        .arg(text(cell)),
                                    c + 1, pass.header[c]);
                    else
                        log.warning(QStringLiteral("missing_value"), line,
                                    Text::tr("no value; day left out"), c + 1, pass.header[c]);
                    continue;
                }
                if (value < 0)
                    log.warning(QStringLiteral("negative_quantity"), line,
                                Text::tr("negative value %1 (a return?); kept").arg(text(cell)),
                                c + 1, pass.header[c]);
                agg.add(productIndex[k], day, value);
            }
            ++report.rowsImported;
            continue;
        }

        const std::string_view name =
            trimSpaces(record.fields[static_cast<std::size_t>(map.product)]);
        if (name.empty() || isPlaceholder(name)) {
            log.warning(QStringLiteral("placeholder_item"), line,
                        Text::tr("\"%1\" is not a product; line skipped").arg(text(name)),
                        map.product + 1, pass.header[map.product]);
            ++report.rowsSkipped;
            continue;
        }
        double value = 1.0; // one line, one unit
        if (map.layout == Layout::Long) {
            const std::string_view cell = record.fields[static_cast<std::size_t>(measure)];
            if (!parseNumber(cell, pass.numbers, value)) {
                log.warning(
                    QStringLiteral("unparsable_number"), line,
                    Text::tr("expected a number, found \"%1\"; line skipped").arg(text(cell)),
                    measure + 1, pass.header[measure]);
                ++badRows;
                continue;
            }
            if (value < 0)
                log.warning(QStringLiteral("negative_quantity"), line,
                            Text::tr("negative quantity %1 (a return?); kept").arg(text(cell)),
                            measure + 1, pass.header[measure]);
            std::size_t h = 0;
            for (std::string_view f : record.fields)
                h = h * 1000003u ^ std::hash<std::string_view>()(f);
            if (!seenLines.insert(h).second)
                log.warning(QStringLiteral("duplicate_line"), line,
                            Text::tr("the same as an earlier line; kept (a real repeat sale?)"));
        }
        const int p = agg.product(name);
        if (map.category >= 0 && !record.fields[static_cast<std::size_t>(map.category)].empty())
            agg.setCategory(p, record.fields[static_cast<std::size_t>(map.category)]);
        double price = 0.0;
        if (map.price >= 0 &&
            parseNumber(record.fields[static_cast<std::size_t>(map.price)], pass.numbers, price))
            agg.setPrice(p, price);
        agg.add(p, day, value);
        ++report.rowsImported;
    }
    if (!source.error().code.isEmpty()) {
        log.add(source.error());
        return;
    }
    report.rowsSkipped += badRows;
    if (blankLines > 0)
        log.info(
            QStringLiteral("blank_lines"), 0,
            Text::tr("%1 empty lines (or lines of empty fields) were ignored").arg(blankLines));
    if (futureRows > 0)
        log.warning(QStringLiteral("future_date"), firstFutureLine,
                    Text::tr("%1 lines have dates after today; kept").arg(futureRows));
    if (cells > 0 && badCells > pass.spec.maxUnparsableShare * static_cast<double>(cells)) {
        log.error(QStringLiteral("too_many_unparsable_rows"), 0,
                  Text::tr("%1 of %2 cells could not be read as numbers (more than %3 %); expected "
                           "one number per product column, check the import settings")
                      .arg(badCells)
                      .arg(cells)
                      .arg(pass.spec.maxUnparsableShare * 100.0));
        return;
    }
    if (report.rowsRead > 0 &&
        badRows > pass.spec.maxUnparsableShare * static_cast<double>(report.rowsRead)) {
        log.error(
            QStringLiteral("too_many_unparsable_rows"), 0,
            Text::tr("%1 of %2 lines could not be read (more than %3 %); expected a sales file in "
                     "the detected format, check the import settings")
                .arg(badRows)
                .arg(report.rowsRead)
                .arg(pass.spec.maxUnparsableShare * 100.0));
        return;
    }

    SalesAggregator::Result sales = agg.finish();
    for (const QString& name : std::as_const(sales.neverSold))
        log.warning(QStringLiteral("never_sold"), 0,
                    Text::tr("product \"%1\" has no sales in this file; left out").arg(name));
    if (sales.products.empty()) {
        log.error(QStringLiteral("no_sales"), 0,
                  Text::tr("no line holds a sale; expected at least one day with sales"));
        return;
    }
    report.firstDay = sales.firstDay;
    report.lastDay = sales.lastDay;
    report.closedDays = sales.closedDaysInRange;
    for (storage::ProductSales& p : sales.products) {
        std::vector<int> days;
        std::vector<double> values;
        ProductTotal total{p.name, static_cast<int>(p.days.size()), 0.0, p.days.front().day,
                           p.days.back().day};
        for (const storage::DailyValue& d : p.days) {
            days.push_back(d.day);
            values.push_back(d.value);
            total.total += d.value;
        }
        const std::vector<bool> flags = flagOutliers(days, values);
        int flagged = 0;
        std::size_t first = 0;
        for (std::size_t i = 0; i < flags.size(); ++i)
            if (flags[i]) {
                p.days[i].outlier = true;
                if (flagged++ == 0)
                    first = i;
            }
        if (flagged > 0)
            log.warning(
                QStringLiteral("outlier"), 0,
                Text::tr("\"%1\": %n day(s) far from the usual for their weekday (first: %2 on "
                         "%3); kept and flagged for training",
                         nullptr, flagged)
                    .arg(p.name)
                    .arg(p.days[first].value)
                    .arg(isoDay(p.days[first].day)));
        report.products.push_back(total);
    }
    result.batch.products = std::move(sales.products);
}

void readPriceList(TableSource& source, const RecordPass& pass, ImportResult& result, IssueLog& log)
{
    ImportReport& report = result.report;
    const ColumnMapping& map = pass.map;
    TableRecord record;
    skipHeader(source, record);
    while (source.next(record)) {
        if (record.blank())
            continue;
        ++report.rowsRead;
        if (static_cast<int>(record.fields.size()) <= std::max(map.product, map.price)) {
            log.warning(QStringLiteral("field_count"), record.line,
                        Text::tr("too few fields; line skipped"));
            ++report.rowsSkipped;
            continue;
        }
        const std::string_view name =
            trimSpaces(record.fields[static_cast<std::size_t>(map.product)]);
        const std::string_view cell = record.fields[static_cast<std::size_t>(map.price)];
        double price = 0.0;
        if (name.empty() || !parseNumber(cell, pass.numbers, price)) {
            log.warning(QStringLiteral("unparsable_number"), record.line,
                        Text::tr("expected a price, found \"%1\"; line skipped").arg(text(cell)),
                        map.price + 1, pass.header[map.price]);
            ++report.rowsSkipped;
            continue;
        }
        storage::ProductSales p;
        p.name = text(name);
        p.price = price;
        result.batch.products.push_back(std::move(p));
        report.products.push_back({text(name), 0, 0.0, 0, 0});
        ++report.rowsImported;
    }
    if (!source.error().code.isEmpty())
        log.add(source.error());
}

} // namespace bakery::data
