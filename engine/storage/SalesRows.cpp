#include "storage/SalesRows.h"

#include "calendar/EpochDay.h"

#include <QLocale>
#include <QSet>

#include <cstdio>

namespace bakery::storage::rows {

namespace {

QString isoDay(int day)
{
    return calendar::fromEpochDay(day).toString(Qt::ISODate);
}

// The encoded rows as a table j with a text column `value`.
QLatin1String source(bool postgres)
{
    return postgres ? QLatin1String("json_array_elements_text(CAST(? AS JSON)) AS j(value)")
                    : QLatin1String("json_each(?) AS j");
}

} // namespace

QString validate(const SalesBatch& batch)
{
    static const int kFirst = calendar::toEpochDay(QDate(1, 1, 1));
    static const int kLast = calendar::toEpochDay(QDate(9999, 12, 31));
    QSet<QString> names;
    for (const ProductSales& p : batch.products) {
        if (names.contains(p.name))
            return QStringLiteral("Product '%1' appears twice in the batch").arg(p.name);
        names.insert(p.name);
        for (size_t i = 0; i < p.days.size(); ++i) {
            const DailyValue& d = p.days[i];
            if (d.day < kFirst || d.day > kLast)
                return QStringLiteral("Product '%1': day %2 is out of range")
                    .arg(p.name)
                    .arg(d.day);
            if (i > 0 && d.day <= p.days[i - 1].day)
                return QStringLiteral("Product '%1': days must ascend with one value per day "
                                      "(%2 after %3)")
                    .arg(p.name, isoDay(d.day), isoDay(p.days[i - 1].day));
            if (!std::isfinite(d.value))
                return QStringLiteral("Product '%1', day %2: the value is not a finite number")
                    .arg(p.name, isoDay(d.day));
        }
    }
    return {};
}

QString encode(const ProductSales& p)
{
    QString json;
    json.reserve(static_cast<qsizetype>(p.days.size()) * 20 + 2);
    json += QLatin1Char('[');
    char date[11];
    for (const DailyValue& d : p.days) {
        int y = 0, m = 0, dd = 0;
        calendar::fromEpochDay(d.day).getDate(&y, &m, &dd); // QDate::toString is slower
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", y, m, dd);
        // Shortest text that reads back as the same double.
        json += (json.size() > 1 ? QLatin1String(",\"") : QLatin1String("\"")) +
                QLatin1String(date, 10) +
                (d.outlier ? QLatin1String("|1|") : QLatin1String("|0|")) +
                QString::number(d.value, 'g', QLocale::FloatingPointShortest) + QLatin1Char('"');
    }
    json += QLatin1Char(']');
    return json;
}

QString upsertSql(bool postgres)
{
    // WHERE true: SQLite would otherwise read ON CONFLICT as a join constraint.
    return QStringLiteral("INSERT INTO sales_daily (tenant_id, product_id, day, value, outlier,"
                          " import_id) SELECT CAST(? AS TEXT), CAST(? AS BIGINT),"
                          " substr(j.value, 1, 10), CAST(substr(j.value, 14) AS DOUBLE PRECISION),"
                          " CAST(substr(j.value, 12, 1) AS INTEGER), CAST(? AS BIGINT) FROM ") +
           source(postgres) +
           QStringLiteral(" WHERE true ON CONFLICT (tenant_id, product_id, day) DO UPDATE SET"
                          " value = excluded.value, outlier = excluded.outlier,"
                          " import_id = excluded.import_id");
}

QString countStoredSql(bool postgres)
{
    // CROSS JOIN keeps SQLite looping over the rows with one key lookup each; it would
    // otherwise scan the product's stored days once per row.
    return QStringLiteral("SELECT COUNT(*) FROM ") + source(postgres) +
           QStringLiteral(" CROSS JOIN sales_daily s WHERE s.tenant_id = ? AND s.product_id = ?"
                          " AND s.day = substr(j.value, 1, 10)");
}

} // namespace bakery::storage::rows
