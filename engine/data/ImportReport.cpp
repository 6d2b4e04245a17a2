#include "data/ImportReport.h"

#include "calendar/EpochDay.h"

#include <QJsonArray>

#include <algorithm>

namespace bakery::data {
namespace {

QString severityName(ImportIssue::Severity s)
{
    switch (s) {
    case ImportIssue::Severity::Info:
        return QStringLiteral("info");
    case ImportIssue::Severity::Warning:
        return QStringLiteral("warning");
    case ImportIssue::Severity::Error:
        return QStringLiteral("error");
    }
    return {};
}

QString isoDay(int day)
{
    return calendar::fromEpochDay(day).toString(Qt::ISODate);
}

// The detected format with its known fields only; column roles in lower case ("product").
QJsonObject detectedJson(const DetectedFormat& d)
{
    QJsonObject o;
    const std::pair<const char*, const QString&> fields[] = {{"encoding", d.encoding},
                                                             {"delimiter", d.delimiter},
                                                             {"decimal", d.decimal},
                                                             {"date_order", d.dateOrder}};
    for (const auto& [key, value] : fields)
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    if (d.layout != ImportSpec::Layout::Auto)
        o.insert(QStringLiteral("layout"), layoutName(d.layout));
    QJsonObject columns;
    for (auto it = d.columns.cbegin(); it != d.columns.cend(); ++it)
        columns.insert(it.key().toLower(), it.value());
    o.insert(QStringLiteral("columns"), columns);
    return o;
}

} // namespace

QString ImportIssue::toString() const
{
    QString where = file;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    if (line > 0 && column > 0)
        where += QLatin1Char(':') + QString::number(column);
    return where + QStringLiteral(": ") + severityName(severity) + QStringLiteral(": ") + message;
}

bool ImportReport::rejected() const
{
    return count(ImportIssue::Severity::Error) > 0;
}

int ImportReport::count(ImportIssue::Severity s) const
{
    return static_cast<int>(std::count_if(issues.begin(), issues.end(),
                                          [s](const ImportIssue& i) { return i.severity == s; }));
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray productArray, issueArray;
    for (const ProductTotal& p : products)
        productArray.append(QJsonObject{{QStringLiteral("name"), p.name},
                                        {QStringLiteral("days"), p.days},
                                        {QStringLiteral("total"), p.total},
                                        {QStringLiteral("first_day"), isoDay(p.firstDay)},
                                        {QStringLiteral("last_day"), isoDay(p.lastDay)}});
    for (const ImportIssue& i : issues)
        issueArray.append(QJsonObject{{QStringLiteral("file"), i.file},
                                      {QStringLiteral("line"), i.line},
                                      {QStringLiteral("column"), i.column},
                                      {QStringLiteral("column_name"), i.columnName},
                                      {QStringLiteral("severity"), severityName(i.severity)},
                                      {QStringLiteral("code"), i.code},
                                      {QStringLiteral("message"), i.message}});
    QJsonObject o{
        {QStringLiteral("file"), file},
        {QStringLiteral("status"), rejected() ? QStringLiteral("rejected") : QStringLiteral("ok")},
        {QStringLiteral("rows_read"), rowsRead},
        {QStringLiteral("rows_imported"), rowsImported},
        {QStringLiteral("rows_skipped"), rowsSkipped},
        {QStringLiteral("closed_days"), closedDays},
        {QStringLiteral("days_replaced"), daysReplaced},
        {QStringLiteral("measure"), measure},
        {QStringLiteral("decisions"), QJsonArray::fromStringList(decisions)},
        {QStringLiteral("detected"), detectedJson(detected)},
        {QStringLiteral("products"), productArray},
        {QStringLiteral("issues"), issueArray}};
    o.insert(QStringLiteral("first_day"),
             products.empty() ? QJsonValue() : QJsonValue(isoDay(firstDay)));
    o.insert(QStringLiteral("last_day"),
             products.empty() ? QJsonValue() : QJsonValue(isoDay(lastDay)));
    return o;
}

} // namespace bakery::data
