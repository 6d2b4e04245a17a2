#include "data/SalesImporter.h"

#include "calendar/EpochDay.h"
#include "data/ColumnMapper.h"
#include "data/IssueLog.h"
#include "data/RecordPass.h"
#include "data/TableSource.h"
#include "data/ValueParsers.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>

namespace bakery::data {
namespace {

// The sentences' translation context is "SalesImporter".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SalesImporter)
};

using Severity = ImportIssue::Severity;
constexpr std::size_t kSampleRecords = 5000;

QString text(std::string_view v)
{
    return QString::fromUtf8(v.data(), static_cast<qsizetype>(v.size()));
}

// Records whose field count differs from the header's but matches it with another
// delimiter: the file mixes delimiters.
int mixedDelimiterLine(const std::vector<std::vector<std::string>>& sample,
                       const std::vector<int>& lines, int headerFields, char delimiter)
{
    for (std::size_t i = 0; i < sample.size(); ++i) {
        if (static_cast<int>(sample[i].size()) == headerFields || sample[i].size() != 1)
            continue;
        for (char other : {',', ';', '\t', '|'}) {
            if (other == delimiter)
                continue;
            const auto n = std::count(sample[i][0].begin(), sample[i][0].end(), other);
            if (n + 1 == headerFields)
                return lines[i];
        }
    }
    return 0;
}

// The columns and layout the mapping chose, as DetectedFormat names them (each chosen
// column has its decision; a layout only once the mapping succeeded).
void noteMapping(const ColumnMapping& map, const QStringList& header, DetectedFormat& detected)
{
    const std::pair<const char*, int> columns[] = {
        {"Date", map.date},         {"Time", map.time},       {"Product", map.product},
        {"Quantity", map.quantity}, {"Revenue", map.revenue}, {"Price", map.price},
        {"Category", map.category}};
    for (const auto& [role, c] : columns)
        if (c >= 0 && c < header.size())
            detected.columns.insert(QLatin1String(role), header[c]);
    if (map.ok())
        detected.layout = map.layout;
}

} // namespace

SalesImporter::SalesImporter(ImportSpec spec)
    : m_spec(std::move(spec))
    , m_today(calendar::toEpochDay(QDate::currentDate()))
{
}

ImportResult SalesImporter::read(const QString& path) const
{
    QFile file(path);
    QByteArray digest;
    if (file.open(QIODevice::ReadOnly)) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        digest = hash.result().toHex();
    }
    ImportResult r = readTable(openTable(path, m_spec), QFileInfo(path).fileName(), digest);
    r.batch.sourceFile = path;
    return r;
}

ImportResult SalesImporter::readBytes(const QByteArray& bytes, const QString& fileName) const
{
    ImportResult r = readTable(openCsvBytes(bytes, fileName, m_spec), fileName,
                               QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    r.batch.sourceFile = fileName;
    return r;
}

ImportResult SalesImporter::importFile(const QString& path, const storage::SalesStore& store,
                                       bool dryRun) const
{
    ImportResult r = read(path);
    if (r.report.rejected())
        return r;
    if (dryRun) {
        r.report.daysReplaced = store.countReplacements(r.batch);
        return r;
    }
    const storage::StoreResult stored = store.store(r.batch);
    if (!stored.ok()) {
        IssueLog(r.report, r.report.file)
            .error(QStringLiteral("database_error"), 0,
                   Text::tr("the import could not be stored, nothing was "
                            "written: %1")
                       .arg(stored.error));
        return r;
    }
    r.stored = true;
    r.report.daysReplaced = stored.daysReplaced;
    return r;
}

ImportResult SalesImporter::readTable(OpenedTable&& table, const QString& fileName,
                                      const QByteArray& digest) const
{
    ImportResult result;
    ImportReport& report = result.report;
    report.file = fileName;
    report.decisions = table.decisions;
    report.detected = table.detected;
    report.measure = m_spec.measure == ImportSpec::Measure::Units ? QStringLiteral("units")
                                                                  : QStringLiteral("revenue");
    result.batch.sourceSha256 = QString::fromLatin1(digest);
    result.batch.measure = report.measure;
    IssueLog log(report, fileName);
    if (!table.error.code.isEmpty()) {
        log.add(table.error);
        return result;
    }
    TableSource& source = *table.source;
    TableRecord record;
    QStringList header;
    while (source.next(record)) {
        if (record.blank())
            continue;
        for (std::string_view f : record.fields)
            header << text(f);
        break;
    }
    std::vector<std::vector<std::string>> sample;
    std::vector<int> sampleLines;
    while (sample.size() < kSampleRecords && source.next(record)) {
        if (record.blank())
            continue;
        sample.emplace_back(record.fields.begin(), record.fields.end());
        sampleLines.push_back(record.line);
    }
    if (!source.error().code.isEmpty() && sample.size() < kSampleRecords) {
        log.add(source.error());
        return result;
    }
    if (header.isEmpty()) {
        log.error(QStringLiteral("empty_file"), 0,
                  Text::tr("the file has only blank lines; expected a header line and sales rows"));
        return result;
    }
    if (sample.empty()) {
        log.error(QStringLiteral("no_data_rows"), 0,
                  Text::tr("the file has a header but no data rows"));
        return result;
    }
    const int headerFields = static_cast<int>(header.size());
    if (const int line =
            mixedDelimiterLine(sample, sampleLines, headerFields, source.delimiter())) {
        log.error(
            QStringLiteral("mixed_delimiters"), line,
            Text::tr("this line uses another delimiter than the header; expected every line to "
                     "separate its fields the same way"));
        return result;
    }

    const ColumnMapping map =
        ColumnMapper::map(header, sample, m_spec, QFileInfo(fileName).completeBaseName());
    report.decisions << map.decisions;
    noteMapping(map, header, report.detected);
    if (!map.ok()) {
        log.error(map.errorCode, 0, map.errorMessage);
        return result;
    }
    for (const QString& warning : map.warnings)
        log.warning(QStringLiteral("inferred_column"), 0, warning);
    // Numbers: the decimal mark of the measure columns.
    std::vector<std::string_view> numberSamples;
    std::vector<int> measureColumns = map.productColumns;
    for (int c : {map.quantity, map.revenue, map.price})
        if (c >= 0)
            measureColumns.push_back(c);
    for (const auto& row : sample)
        for (int c : measureColumns)
            if (c < static_cast<int>(row.size()) && !row[static_cast<std::size_t>(c)].empty())
                numberSamples.push_back(row[static_cast<std::size_t>(c)]);
    NumberDetection detectedNumbers = detectNumberFormat(numberSamples, source.delimiter());
    if (source.typedNumbers()) { // spreadsheet cells are numbers already, written with a point
        detectedNumbers.format = {'.', 0};
        detectedNumbers.ambiguous = false;
        detectedNumbers.decimal.clear();
        detectedNumbers.reason = Text::tr("numeric cells of the workbook");
    }
    if (detectedNumbers.ambiguous && m_spec.decimal.isEmpty()) {
        log.error(QStringLiteral("ambiguous_number_format"), 0,
                  Text::tr("%1; set the decimal mark (',' or '.') in the import settings")
                      .arg(detectedNumbers.reason));
        return result;
    }
    const NumberFormat numbers = m_spec.numberFormat(detectedNumbers.format);
    report.decisions << (m_spec.decimal.isEmpty()
                             ? Text::tr("Numbers: %1").arg(detectedNumbers.reason)
                             : Text::tr("Numbers: decimal '%1' (set by hand)").arg(m_spec.decimal));
    if (m_spec.decimal.isEmpty())
        report.detected.decimal = detectedNumbers.decimal;

    RecordPass pass{header, map, DateOrder::YearMonthDay, numbers, m_spec, m_today};
    if (map.layout == ImportSpec::Layout::PriceList) {
        readPriceList(source, pass, result, log);
        return result;
    }

    // Dates: field order from proof in the sample, or from the spec.
    DateOrder order = DateOrder::YearMonthDay;
    if (!m_spec.dateOrder.isEmpty()) {
        order = m_spec.dateOrder == QLatin1String("dmy")   ? DateOrder::DayMonthYear
                : m_spec.dateOrder == QLatin1String("mdy") ? DateOrder::MonthDayYear
                                                           : DateOrder::YearMonthDay;
        report.decisions << Text::tr("Dates: %1 (set by hand)").arg(m_spec.dateOrder);
    } else {
        std::vector<std::string_view> dateSamples;
        for (const auto& row : sample)
            if (map.date < static_cast<int>(row.size()))
                dateSamples.push_back(row[static_cast<std::size_t>(map.date)]);
        const DateDetection d = detectDateOrder(dateSamples);
        if (d.result == DateDetection::Result::Ambiguous) {
            log.error(
                QStringLiteral("ambiguous_date_format"), 0,
                Text::tr("column '%1': %2, so 01/02 could be 1 February or 2 January; set the "
                         "date order (day first or month first) in the import settings")
                    .arg(header[map.date], d.reason));
            return result;
        }
        if (d.result == DateDetection::Result::Inconsistent) {
            log.error(QStringLiteral("inconsistent_date_format"), 0,
                      Text::tr("column '%1': %2; expected one date format in the whole column")
                          .arg(header[map.date], d.reason));
            return result;
        }
        order = d.order;
        if (d.result == DateDetection::Result::Ok) {
            report.decisions << Text::tr("Dates: %1").arg(d.reason);
            report.detected.dateOrder = dateOrderName(d.order);
        }
    }
    pass.order = order;
    readSales(source, pass, result, log);
    return result;
}

} // namespace bakery::data
