#include "storage/SalesStore.h"

#include "calendar/EpochDay.h"
#include "storage/SalesRows.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QtDebug>

#include <algorithm>
#include <cmath>

namespace bakery::storage {

namespace {

// The sentences' translation context is "SalesStore".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SalesStore)
};

struct StoredProduct
{
    qint64 id = 0;
    QString category;
    double price = std::numeric_limits<double>::quiet_NaN();
};

int epochDay(const QVariant& iso)
{
    const QDate d = QDate::fromString(iso.toString(), Qt::ISODate);
    return d.isValid() ? calendar::toEpochDay(d) : 0;
}

// Empty text and NaN are stored as NULL, and read back as such.
QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

QVariant realOrNull(double v)
{
    return std::isnan(v) ? QVariant(QMetaType::fromType<double>()) : QVariant(v);
}

double realOrNan(const QVariant& v)
{
    return v.isNull() ? std::nan("") : v.toDouble();
}

QString failed(const QString& what, const QSqlQuery& q)
{
    return what + QStringLiteral(": ") + q.lastError().text().trimmed();
}

void bind(QSqlQuery& q, std::initializer_list<QVariant> values)
{
    for (const QVariant& v : values)
        q.addBindValue(v);
}

// How many of a product's `encoded` rows are stored already; -1 and `*error` on failure.
int countStored(QSqlQuery& count, const QString& encoded, const QString& tenant, qint64 productId,
                QString* error)
{
    bind(count, {encoded, tenant, productId});
    if (!count.exec() || !count.next()) {
        *error = failed(Text::tr("Cannot read stored days"), count);
        return -1;
    }
    const int n = count.value(0).toInt();
    count.finish();
    return n;
}

QString loadProducts(const QSqlDatabase& db, const QString& tenant,
                     QHash<QString, StoredProduct>* out)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, name, category, price FROM products WHERE tenant_id = ?"));
    q.addBindValue(tenant);
    if (!q.exec())
        return failed(Text::tr("Cannot read products"), q);
    while (q.next())
        out->insert(q.value(1).toString(),
                    {q.value(0).toLongLong(), q.value(2).toString(), realOrNan(q.value(3))});
    return {};
}

// The statements of one store(), alive until after a rollback: PostgreSQL cannot free
// a prepared statement inside an aborted transaction.
struct Statements
{
    QSqlQuery imports, insertProduct, updateProduct, count, upsert, measure;
};

QString write(Statements& st, const QSqlDatabase& db, bool postgres, const QString& tenant,
              const SalesBatch& batch, StoreResult& r)
{
    QHash<QString, StoredProduct> stored;
    QString error = loadProducts(db, tenant, &stored);
    if (!error.isEmpty())
        return error;
    st.count.setForwardOnly(true);
    const std::pair<QSqlQuery*, QString> statements[] = {
        {&st.imports, QStringLiteral("INSERT INTO imports (tenant_id, source_file, source_sha256,"
                                     " measure, imported_at, products, days_inserted,"
                                     " days_replaced) VALUES (?, ?, ?, ?, ?, ?, 0, 0)")},
        {&st.insertProduct, QStringLiteral("INSERT INTO products (tenant_id, name, category,"
                                           " price, created_at) VALUES (?, ?, ?, ?, ?)")},
        {&st.updateProduct,
         QStringLiteral("UPDATE products SET category = ?, price = ? WHERE id = ?")},
        {&st.count, rows::countStoredSql(postgres)},
        // The measure of a product's stored days is that of the imports that wrote them.
        {&st.measure,
         QStringLiteral("SELECT i.measure FROM sales_daily s JOIN imports i ON i.id = s.import_id"
                        " WHERE s.tenant_id = ? AND s.product_id = ? AND i.measure IS NOT NULL"
                        " LIMIT 1")},
        {&st.upsert, rows::upsertSql(postgres)}};
    for (const auto& [query, sql] : statements) {
        if (!query->prepare(sql))
            return failed(Text::tr("Cannot prepare the import"), *query);
    }

    // The imports row first: every sales row references it.
    bind(st.imports,
         {tenant, batch.sourceFile, textOrNull(batch.sourceSha256), textOrNull(batch.measure),
          Database::nowUtc(), static_cast<int>(batch.products.size())});
    if (!st.imports.exec())
        return failed(Text::tr("Cannot record the import"), st.imports);
    r.importId = st.imports.lastInsertId().toLongLong();

    for (const ProductSales& p : batch.products) {
        const QString encoded = rows::encode(p);
        qint64 id = 0;
        int replaced = 0;
        const auto it = stored.constFind(p.name);
        if (it == stored.constEnd()) {
            bind(st.insertProduct,
                 {tenant, p.name, textOrNull(p.category), realOrNull(p.price), Database::nowUtc()});
            if (!st.insertProduct.exec())
                return failed(Text::tr("Cannot store product '%1'").arg(p.name), st.insertProduct);
            id = st.insertProduct.lastInsertId().toLongLong();
            ++r.productsCreated;
        } else {
            id = it->id;
            // Keep what is known unless the batch brings a value.
            const QString category = p.category.isEmpty() ? it->category : p.category;
            const double price = std::isnan(p.price) ? it->price : p.price;
            const bool samePrice = std::isnan(price) ? std::isnan(it->price) : price == it->price;
            if (category != it->category || !samePrice) {
                bind(st.updateProduct, {textOrNull(category), realOrNull(price), id});
                if (!st.updateProduct.exec())
                    return failed(Text::tr("Cannot update product '%1'").arg(p.name),
                                  st.updateProduct);
            }
            if (!p.days.empty() && !batch.measure.isEmpty()) {
                // Units and revenue never share a series: a total of both would mean nothing.
                bind(st.measure, {tenant, id});
                if (!st.measure.exec())
                    return failed(Text::tr("Cannot read the measure of '%1'").arg(p.name),
                                  st.measure);
                const QString storedMeasure =
                    st.measure.next() ? st.measure.value(0).toString() : QString();
                st.measure.finish();
                if (!storedMeasure.isEmpty() && storedMeasure != batch.measure)
                    return QStringLiteral(
                               "product '%1' holds %2 already; this import holds %3 (import it "
                               "as %2, or under other product names)")
                        .arg(p.name, storedMeasure, batch.measure);
            }
            if (!p.days.empty() &&
                (replaced = countStored(st.count, encoded, tenant, id, &error)) < 0)
                return error;
        }
        if (!p.days.empty()) {
            bind(st.upsert, {tenant, id, r.importId, encoded});
            if (!st.upsert.exec())
                return failed(Text::tr("Cannot store the sales of '%1'").arg(p.name), st.upsert);
        }
        r.daysReplaced += replaced;
        r.daysInserted += static_cast<int>(p.days.size()) - replaced;
    }

    st.imports.prepare(
        QStringLiteral("UPDATE imports SET days_inserted = ?, days_replaced = ? WHERE id = ?"));
    bind(st.imports, {r.daysInserted, r.daysReplaced, r.importId});
    if (!st.imports.exec())
        return failed(Text::tr("Cannot record the import"), st.imports);
    return {};
}

// Summaries by SQL aggregation; `name` null for all products of the tenant.
std::vector<ProductSummary> summaries(const QSqlDatabase& db, const QString& tenant,
                                      const QString* name)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT p.id, p.name, p.category, p.price, COUNT(s.day), MIN(s.day),"
                             " MAX(s.day), SUM(s.value), SUM(s.outlier) FROM products p"
                             " LEFT JOIN sales_daily s ON s.tenant_id = p.tenant_id"
                             " AND s.product_id = p.id WHERE p.tenant_id = ?") +
              (name ? QStringLiteral(" AND p.name = ?") : QString()) +
              QStringLiteral(" GROUP BY p.id, p.name, p.category, p.price"));
    bind(q, {tenant});
    if (name)
        bind(q, {*name});
    std::vector<ProductSummary> out;
    if (!q.exec())
        qWarning().noquote() << failed(QStringLiteral("Cannot read products"), q);
    while (q.next())
        out.push_back({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                       realOrNan(q.value(3)), q.value(4).toInt(), epochDay(q.value(5)),
                       epochDay(q.value(6)), q.value(7).toDouble(), q.value(8).toInt()});
    // Sorted here, not by ORDER BY: SQLite and PostgreSQL collate text differently.
    std::sort(out.begin(), out.end(), [](const ProductSummary& a, const ProductSummary& b) {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : a.name < b.name;
    });
    return out;
}

} // namespace

SalesStore::SalesStore(const Database& db, QString tenant)
    : m_db(db)
    , m_tenant(std::move(tenant))
{
}

StoreResult SalesStore::store(const SalesBatch& batch) const
{
    StoreResult r;
    if (!(r.error = rows::validate(batch)).isEmpty())
        return r;
    QSqlDatabase db = m_db.connection(&r.error);
    if (!db.isOpen() || !m_db.beginWrite(db, &r.error))
        return r;
    QString error;
    // Every statement is finished before COMMIT, as SQLite requires.
    {
        Statements st{QSqlQuery(db), QSqlQuery(db), QSqlQuery(db),
                      QSqlQuery(db), QSqlQuery(db), QSqlQuery(db)};
        error = write(st, db, m_db.isPostgres(), m_tenant, batch, r);
        if (!error.isEmpty())
            db.rollback(); // all or nothing: not one row of a failed batch stays
    }
    if (error.isEmpty() && !db.commit()) {
        error = Text::tr("Cannot commit the import: %1").arg(db.lastError().text().trimmed());
        db.rollback();
    }
    return error.isEmpty() ? r : StoreResult{error};
}

int SalesStore::countReplacements(const SalesBatch& batch) const
{
    QString error;
    QSqlDatabase db = m_db.connection(&error);
    QHash<QString, StoredProduct> stored;
    if (db.isOpen())
        error = loadProducts(db, m_tenant, &stored);
    QSqlQuery count(db);
    count.setForwardOnly(true);
    if (error.isEmpty() && !count.prepare(rows::countStoredSql(m_db.isPostgres())))
        error = failed(Text::tr("Cannot read stored days"), count);
    int replaced = 0;
    for (auto p = batch.products.cbegin(); error.isEmpty() && p != batch.products.cend(); ++p) {
        const auto it = stored.constFind(p->name);
        if (it != stored.constEnd() && !p->days.empty())
            replaced += std::max(0, countStored(count, rows::encode(*p), m_tenant, it->id, &error));
    }
    if (!error.isEmpty())
        qWarning().noquote() << error;
    return error.isEmpty() ? replaced : 0;
}

std::vector<ProductSummary> SalesStore::products() const
{
    return summaries(m_db.connection(), m_tenant, nullptr);
}

std::optional<ProductSummary> SalesStore::product(const QString& name) const
{
    auto found = summaries(m_db.connection(), m_tenant, &name);
    return found.empty() ? std::nullopt : std::optional<ProductSummary>(found.front());
}

std::vector<DailyValue> SalesStore::sales(const QString& productName) const
{
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT s.day, s.value, s.outlier FROM sales_daily s"
                             " JOIN products p ON p.id = s.product_id"
                             " WHERE s.tenant_id = ? AND p.tenant_id = ? AND p.name = ?"
                             " ORDER BY s.day"));
    bind(q, {m_tenant, m_tenant, productName});
    std::vector<DailyValue> out;
    if (!q.exec())
        qWarning().noquote() << failed(QStringLiteral("Cannot read sales"), q);
    while (q.next())
        out.push_back({epochDay(q.value(0)), q.value(1).toDouble(), q.value(2).toInt() != 0});
    return out;
}

} // namespace bakery::storage
