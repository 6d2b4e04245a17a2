// The store's core behaviour against a real PostgreSQL server (QPSQL): migrations,
// read-back, replacing re-imports, tenants, all-or-nothing, a connection per thread.
// tests/postgres/with-postgres.sh starts a throwaway server and sets
// BAKERY_TEST_DATABASE_URL; without it the test skips.

#include "SalesFixtures.h"
#include "storage/Migrations.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QUuid>
#include <QtConcurrent>
#include <QtTest>

using namespace bakery::storage;
using namespace fixtures;

namespace {

int importsOf(const Database& db, const QString& tenant)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM imports WHERE tenant_id = ?"));
    q.addBindValue(tenant);
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestPostgresStore : public QObject
{
    Q_OBJECT

    QString m_url;
    std::unique_ptr<Database> m_db;
    QString m_tenant; ///< fresh per test function: tests never see each other's rows

private slots:
    void initTestCase()
    {
        m_url = qEnvironmentVariable("BAKERY_TEST_DATABASE_URL");
        if (m_url.isEmpty())
            QSKIP("BAKERY_TEST_DATABASE_URL is not set: run this test through "
                  "tests/postgres/with-postgres.sh (ctest does), which starts a server");
        QVERIFY2(QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")),
                 "the QPSQL driver is missing: install libqt6sql6-psql");
        m_db = std::make_unique<Database>(m_url);
        QVERIFY(m_db->isPostgres());
        QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    }

    void init() { m_tenant = QUuid::createUuid().toString(QUuid::WithoutBraces); }

    void migratedOnceAndReopenIsNoOp()
    {
        QCOMPARE(m_db->schemaVersion(), latestSchemaVersion());
        const QStringList tables = m_db->connection().tables();
        for (const char* name : {"imports", "products", "sales_daily", "schema_version"})
            QVERIFY2(tables.contains(QLatin1String(name)), name);
        const auto rows = [this] {
            QStringList out;
            QSqlQuery q(m_db->connection());
            q.exec(QStringLiteral("SELECT version, applied_at FROM schema_version ORDER BY 1"));
            while (q.next())
                out << q.value(0).toString() + QLatin1Char('@') + q.value(1).toString();
            return out;
        };
        const QStringList before = rows();
        QCOMPARE(before.size(), latestSchemaVersion());
        QTest::qWait(1100);
        Database again(m_url);
        QVERIFY2(again.open(), qPrintable(again.error()));
        QCOMPARE(rows(), before);
    }

    void storeAndReadBack()
    {
        SalesStore store(*m_db, m_tenant);
        const StoreResult r = store.store(januaryBatch());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.importId > 0);
        QCOMPARE(r.productsCreated, 2);
        QCOMPARE(r.daysInserted, 7);
        QCOMPARE(r.daysReplaced, 0);
        const auto products = store.products();
        QCOMPARE(products.size(), size_t(2));
        QCOMPARE(describe(products[0]), QLatin1String(kJanuaryBaguette));
        QCOMPARE(describe(products[1]), QLatin1String(kJanuaryCroissant));
        QVERIFY(products[0].price == 2.0 / 3.0); // every bit
        const auto sales = store.sales(QStringLiteral("Croissant"));
        QCOMPARE(sales.size(), size_t(2));
        QCOMPARE(sales[0].day, day(2024, 1, 2));
        QCOMPARE(sales[1].value, 6.5);
    }

    void reimportsReplace()
    {
        SalesStore store(*m_db, m_tenant);
        QVERIFY(store.store(januaryBatch()).ok());
        const QStringList before = snapshot(store);
        QCOMPARE(store.countReplacements(januaryBatch()), 7);
        const StoreResult again = store.store(januaryBatch());
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.daysReplaced, 7);
        QCOMPARE(again.daysInserted, 0);
        QCOMPARE(snapshot(store), before);

        const SalesBatch overlap =
            batch(QStringLiteral("week2.csv"),
                  {product(QStringLiteral("Baguette"), day(2024, 1, 4), {9, 15, 20, 21})});
        QCOMPARE(store.countReplacements(overlap), 2);
        const StoreResult r = store.store(overlap);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.daysInserted, 2);
        QCOMPARE(r.daysReplaced, 2);
        const auto b = store.product(QStringLiteral("Baguette"));
        QCOMPARE(b->total, 10.0 + 12 + 0 + 9 + 15 + 20 + 21);
        QCOMPARE(b->days, 7);
        QCOMPARE(b->outlierDays, 0);
        QCOMPARE(b->category, QStringLiteral("Pan")); // kept: the batch gave none
        QCOMPARE(importsOf(*m_db, m_tenant), 3);
    }

    void valuesRoundTripExactly()
    {
        // Values travel as text inside one parameter per product: they must come back
        // bit for bit.
        const std::vector<double> values = trickyValues();
        SalesStore store(*m_db, m_tenant);
        QVERIFY(store
                    .store(batch(QStringLiteral("v.csv"),
                                 {product(QStringLiteral("V"), day(2024, 1, 1), values)}))
                    .ok());
        const auto back = store.sales(QStringLiteral("V"));
        QCOMPARE(back.size(), values.size());
        for (size_t i = 0; i < values.size(); ++i)
            QVERIFY2(back[i].value == values[i], qPrintable(QString::number(values[i], 'g', 17)));
    }

    void tenantsAreIsolated()
    {
        const QString other = m_tenant + QStringLiteral("-b");
        SalesStore shopA(*m_db, m_tenant);
        SalesStore shopB(*m_db, other);
        QVERIFY(shopA.store(januaryBatch()).ok());
        QVERIFY(shopB.products().empty());
        QCOMPARE(shopB.countReplacements(januaryBatch()), 0);
        QVERIFY(shopB
                    .store(batch(QStringLiteral("b.csv"),
                                 {product(QStringLiteral("Baguette"), day(2024, 1, 1), {100})}))
                    .ok());
        QCOMPARE(shopB.product(QStringLiteral("Baguette"))->total, 100.0);
        QCOMPARE(shopA.product(QStringLiteral("Baguette"))->total, 45.0);
        QCOMPARE(shopB.products().size(), size_t(1));
    }

    void failingBatchWritesNothing()
    {
        SalesStore store(*m_db, m_tenant);
        QVERIFY(store.store(januaryBatch()).ok());
        const QStringList before = snapshot(store);
        const StoreResult r = store.store(
            batch(QStringLiteral("broken.csv"),
                  {product(QStringLiteral("Baguette"), day(2024, 1, 1), {1, 1, 1, 1, 1, 1, 1, 1}),
                   product(QStringLiteral("Nuevo"), day(2024, 1, 1), {3, 4}),
                   product(QString(), day(2024, 1, 1), {7})}));
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("Cannot store product ''")), qPrintable(r.error));
        QCOMPARE(snapshot(store), before);
        QCOMPARE(importsOf(*m_db, m_tenant), 1);
        // The connection is usable after the rollback.
        QVERIFY(store.store(januaryBatch()).ok());
        QCOMPARE(importsOf(*m_db, m_tenant), 2);
    }

    void connectionPerThreadAndConcurrentWriters()
    {
        const QString mainName = m_db->connection().connectionName();
        const auto task = [this](int i) {
            QString name;
            StoreResult r;
            {
                name = m_db->connection().connectionName();
                SalesStore store(*m_db, m_tenant + QString::number(i));
                for (int k = 0; k < 5 && r.error.isEmpty(); ++k)
                    r = store.store(januaryBatch());
            }
            m_db->releaseThreadConnection();
            return std::make_pair(name, r);
        };
        auto a = QtConcurrent::run(task, 1);
        auto b = QtConcurrent::run(task, 2);
        const auto ra = a.result();
        const auto rb = b.result();
        QVERIFY2(ra.second.ok(), qPrintable(ra.second.error));
        QVERIFY2(rb.second.ok(), qPrintable(rb.second.error));
        QVERIFY(ra.first != mainName && rb.first != mainName);
        QCOMPARE(ra.second.daysReplaced, 7);
        QCOMPARE(SalesStore(*m_db, m_tenant + QStringLiteral("2"))
                     .product(QStringLiteral("Baguette"))
                     ->total,
                 45.0);
    }

    void timing()
    {
        SalesBatch big = batch(QStringLiteral("big.csv"), {});
        double expected = 0;
        for (int p = 0; p < 20; ++p) {
            std::vector<double> values;
            for (int d = 0; d < 1000; ++d)
                values.push_back((d * 7 + p) % 23);
            for (double v : values)
                expected += v;
            big.products.push_back(product(QStringLiteral("P%1").arg(p), day(2021, 1, 1), values));
        }
        SalesStore store(*m_db, m_tenant);
        QElapsedTimer timer;
        timer.start();
        const StoreResult r = store.store(big);
        const qint64 ms = timer.elapsed();
        qInfo("PostgreSQL, 20,000 product-days: %lld ms", ms);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.daysInserted, 20000);
        double total = 0;
        for (const ProductSummary& s : store.products())
            total += s.total;
        QCOMPARE(total, expected);
    }

    void cleanupTestCase()
    {
        if (m_db)
            m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "TestPostgresStore.moc"
