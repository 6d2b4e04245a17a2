#include "data/CovariateTable.h"

#include "data/ColumnMapper.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace bakery::data::covariates {
namespace {

// The sentences' translation context is "CovariateTable".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CovariateTable)
};

constexpr std::size_t kSampleRecords = 5000;
constexpr double kDateColumnShare = 0.9; // content inference: nearly every cell a date

// The kind of file as a sentence names it (the importers pass weather or events).
QString kindName(const QString& what)
{
    if (what == QLatin1String("weather"))
        return QCoreApplication::translate("CovariateTable", "weather");
    return QCoreApplication::translate("CovariateTable", "events");
}

bool findDateOrder(PreparedTable& t, const ImportSpec& spec, ImportReport& report, IssueLog& log)
{
    if (!spec.dateOrder.isEmpty()) {
        t.order = spec.dateOrder == QLatin1String("dmy")   ? DateOrder::DayMonthYear
                  : spec.dateOrder == QLatin1String("mdy") ? DateOrder::MonthDayYear
                                                           : DateOrder::YearMonthDay;
        report.decisions << Text::tr("Dates: %1 (set by hand)").arg(spec.dateOrder);
        return true;
    }
    std::vector<std::string_view> samples;
    for (const auto& row : t.sample)
        if (t.dateColumn < static_cast<int>(row.size()))
            samples.push_back(row[static_cast<std::size_t>(t.dateColumn)]);
    const DateDetection d = detectDateOrder(samples);
    const QString& column = t.header[t.dateColumn];
    // As for sales: an ambiguous order is an error, never a guess.
    if (d.result == DateDetection::Result::Ambiguous) {
        log.error(QStringLiteral("ambiguous_date_format"), 0,
                  Text::tr("column '%1': %2, so 01/02 could be 1 February or 2 January; set "
                           "the date order (day first or month first) in the import settings")
                      .arg(column, d.reason),
                  t.dateColumn + 1, column);
        return false;
    }
    if (d.result == DateDetection::Result::Inconsistent) {
        log.error(QStringLiteral("inconsistent_date_format"), 0,
                  Text::tr("column '%1': %2; expected one date format in the whole column")
                      .arg(column, d.reason),
                  t.dateColumn + 1, column);
        return false;
    }
    t.order = d.order;
    if (d.result == DateDetection::Result::Ok) {
        report.decisions << Text::tr("Dates: %1").arg(d.reason);
        report.detected.dateOrder = dateOrderName(d.order);
    }
    return true;
}

bool findDateColumn(PreparedTable& t, const ImportSpec& spec, const QStringList& dateNames,
                    const QString& what, ImportReport& report, IssueLog& log)
{
    if (!spec.dateColumn.isEmpty()) {
        t.dateColumn = columnNamed(t, spec.dateColumn);
        if (t.dateColumn < 0) {
            log.error(QStringLiteral("unknown_column"), 0,
                      Text::tr("the import settings name the date column '%1', which the "
                               "header does not have")
                          .arg(spec.dateColumn));
            return false;
        }
        report.decisions << Text::tr("Date column: '%1' (set by hand)").arg(t.header[t.dateColumn]);
        return true;
    }
    // By the names' priority: "date" before "time" when a file has both.
    for (const QString& name : dateNames)
        if (t.dateColumn < 0)
            t.dateColumn = static_cast<int>(t.names.indexOf(name));
    if (t.dateColumn >= 0) {
        report.decisions << Text::tr("Date column: '%1' (by its name)").arg(t.header[t.dateColumn]);
        return true;
    }
    for (int c = 0; c < t.header.size() && t.dateColumn < 0; ++c) {
        std::vector<std::string_view> samples;
        for (const auto& row : t.sample)
            if (c < static_cast<int>(row.size()))
                samples.push_back(row[static_cast<std::size_t>(c)]);
        const DateDetection d = detectDateOrder(samples);
        if (d.result != DateDetection::Result::NotDates && d.share >= kDateColumnShare)
            t.dateColumn = c;
    }
    if (t.dateColumn < 0) {
        log.error(QStringLiteral("no_date_column"), 0,
                  Text::tr("no column of dates; expected a %1 file with a date column (%2)")
                      .arg(kindName(what), dateNames.mid(0, 4).join(QStringLiteral(", "))));
        return false;
    }
    report.decisions
        << Text::tr("Date column: '%1' (inferred from its content)").arg(t.header[t.dateColumn]);
    return true;
}

} // namespace

// "Temperature (°C)" and "precipitation [mm]" name the same thing as without the unit.
QString baseName(const QString& header)
{
    static const QRegularExpression unit(QStringLiteral("\\s*[\\(\\[][^\\(\\[]*[\\)\\]]\\s*$"));
    QString n = header;
    n.remove(unit);
    return normalizeHeader(n);
}

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

QStringList words(const char* list)
{
    return QString::fromUtf8(list).split(QLatin1Char('|'));
}

bool isMissing(std::string_view cell)
{
    while (!cell.empty() && (cell.front() == ' ' || cell.front() == '\t'))
        cell.remove_prefix(1);
    while (!cell.empty() && (cell.back() == ' ' || cell.back() == '\t'))
        cell.remove_suffix(1);
    static const std::string_view kMissing[] = {"", "NA", "N/A", "n/a", "NaN", "nan", "-", "--"};
    return std::find(std::begin(kMissing), std::end(kMissing), cell) != std::end(kMissing);
}

int columnNamed(const PreparedTable& t, const QString& name)
{
    if (name.isEmpty())
        return -1;
    const auto exact = t.header.indexOf(name);
    if (exact >= 0)
        return static_cast<int>(exact);
    const auto normalized = t.names.indexOf(baseName(name));
    return normalized >= 0 ? static_cast<int>(normalized) : -1;
}

bool prepare(OpenedTable&& opened, const ImportSpec& spec, const QStringList& dateNames,
             const QString& what, ImportReport& report, IssueLog& log, PreparedTable& out)
{
    report.decisions << opened.decisions;
    report.detected = opened.detected;
    if (!opened.error.code.isEmpty()) {
        log.add(opened.error);
        return false;
    }
    out.source = std::move(opened.source);
    TableRecord record;
    while (out.header.isEmpty() && out.source->next(record)) {
        if (record.blank())
            continue;
        for (std::string_view f : record.fields) {
            out.header << text(f);
            out.names << baseName(out.header.back());
        }
    }
    while (out.sample.size() < kSampleRecords && out.source->next(record))
        if (!record.blank())
            out.sample.emplace_back(record.fields.begin(), record.fields.end());
    if (!out.source->error().code.isEmpty() && out.sample.size() < kSampleRecords) {
        log.add(out.source->error());
        return false;
    }
    if (out.header.isEmpty() || out.sample.empty()) {
        log.error(
            out.header.isEmpty() ? QStringLiteral("empty_file") : QStringLiteral("no_data_rows"), 0,
            Text::tr("the file has no data rows; expected a header line and %1 rows")
                .arg(kindName(what)));
        return false;
    }
    if (!findDateColumn(out, spec, dateNames, what, report, log))
        return false;
    report.detected.columns.insert(QStringLiteral("Date"), out.header[out.dateColumn]);
    return findDateOrder(out, spec, report, log);
}

void detectNumbers(PreparedTable& t, const std::vector<int>& columns, const ImportSpec& spec,
                   ImportReport& report)
{
    std::vector<std::string_view> samples;
    for (const auto& row : t.sample)
        for (int c : columns)
            if (c < static_cast<int>(row.size()) && !row[static_cast<std::size_t>(c)].empty())
                samples.push_back(row[static_cast<std::size_t>(c)]);
    const NumberDetection detected = detectNumberFormat(samples, t.source->delimiter());
    t.numbers = spec.numberFormat(detected.format);
    report.decisions << (spec.decimal.isEmpty()
                             ? Text::tr("Numbers: %1").arg(detected.reason)
                             : Text::tr("Numbers: decimal '%1' (set by hand)").arg(spec.decimal));
    if (spec.decimal.isEmpty())
        report.detected.decimal = detected.decimal;
}

void rewindToData(PreparedTable& t)
{
    t.source->rewind();
    TableRecord record;
    while (t.source->next(record) && record.blank()) {
    }
}

bool readRow(PreparedTable& t, TableRecord& record, int& day, ImportReport& report, IssueLog& log)
{
    const int fields = static_cast<int>(t.header.size());
    while (t.source->next(record)) {
        if (record.blank())
            continue;
        ++report.rowsRead;
        const int n = static_cast<int>(record.fields.size());
        if (n != fields) {
            log.warning(QStringLiteral("field_count"), record.line,
                        Text::tr("expected %1 fields as in the header, found %2; line "
                                 "skipped")
                            .arg(fields)
                            .arg(n));
        } else {
            const std::string_view cell = record.fields[static_cast<std::size_t>(t.dateColumn)];
            const DateParse parsed = parseDate(cell, t.order, day);
            if (parsed == DateParse::Ok)
                return true;
            const bool impossible = parsed == DateParse::Impossible;
            log.warning(impossible ? QStringLiteral("impossible_date")
                                   : QStringLiteral("unparsable_date"),
                        record.line,
                        (impossible ? Text::tr("not a calendar date: \"%1\"; line skipped")
                                    : Text::tr("expected a date, found \"%1\"; line skipped"))
                            .arg(text(cell)),
                        t.dateColumn + 1, t.header[t.dateColumn]);
        }
        ++report.rowsSkipped;
        ++t.badRows;
    }
    if (!t.source->error().code.isEmpty()) // beyond the sample: a quote never closed...
        log.add(t.source->error());
    return false;
}

bool checkBadShare(const PreparedTable& t, const ImportSpec& spec, const ImportReport& report,
                   IssueLog& log)
{
    if (report.rowsRead == 0 ||
        t.badRows <= spec.maxUnparsableShare * static_cast<double>(report.rowsRead))
        return true;
    log.error(QStringLiteral("too_many_unparsable_rows"), 0,
              Text::tr("%1 of %2 lines could not be read (more than %3 %); check the "
                       "import settings")
                  .arg(t.badRows)
                  .arg(report.rowsRead)
                  .arg(spec.maxUnparsableShare * 100.0));
    return false;
}

double numericShare(const PreparedTable& t, int column)
{
    const NumberFormat point{'.', 0}, comma{',', 0};
    int nonEmpty = 0, numbers = 0;
    for (const auto& row : t.sample) {
        if (column >= static_cast<int>(row.size()) || row[static_cast<std::size_t>(column)].empty())
            continue;
        const std::string& v = row[static_cast<std::size_t>(column)];
        double x = 0.0;
        ++nonEmpty;
        numbers += parseNumber(v, point, x) || parseNumber(v, comma, x);
    }
    return nonEmpty ? static_cast<double>(numbers) / nonEmpty : -1.0;
}

} // namespace bakery::data::covariates
