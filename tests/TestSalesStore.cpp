// Products and daily sales in SQLite: read back with hand-computed totals, re-imports
// that replace instead of adding, tenant scoping, all-or-nothing batches, speed.

#include "SalesFixtures.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtConcurrent>
#include <QtTest>

using namespace bakery::storage;
using namespace fixtures;

namespace {

int count(const Database& db, const QString& table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toInt();
}

} // namespace

class TestSalesStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<Database> m_db;

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        const QString file = QStringLiteral("%1.db").arg(QTest::currentTestFunction());
        m_db = std::make_unique<Database>(m_tmp.filePath(file));
        QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    }

    void cleanup() { m_db.reset(); }

    void storeAndReadBack()
    {
        SalesStore store(*m_db);
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
        QCOMPARE(products[0].firstDay, day(2024, 1, 1));

        const auto sales = store.sales(QStringLiteral("Baguette"));
        QCOMPARE(sales.size(), size_t(5));
        QCOMPARE(sales[2].day, day(2024, 1, 3));
        QCOMPARE(sales[2].value, 0.0); // open but none sold: a stored zero
        QVERIFY(sales[4].outlier && !sales[3].outlier);
        QVERIFY(store.sales(QStringLiteral("Unknown")).empty());
        QVERIFY(!store.product(QStringLiteral("Unknown")));
        QCOMPARE(store.product(QStringLiteral("Croissant"))->total, 12.0);

        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT source_file || '|' || source_sha256 || '|' || measure"
                                      " || '|' || products || '|' || days_inserted || '|'"
                                      " || days_replaced, imported_at FROM imports")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("january.csv|ab12|units|2|7|0"));
        QVERIFY(q.value(1).toString().endsWith(QLatin1Char('Z')));
    }

    void sameBatchTwiceReplacesEverything()
    {
        SalesStore store(*m_db);
        QVERIFY(store.store(januaryBatch()).ok());
        const QStringList before = snapshot(store);
        QCOMPARE(store.countReplacements(januaryBatch()), 7);
        const StoreResult again = store.store(januaryBatch());
        QVERIFY2(again.ok(), qPrintable(again.error));
        QCOMPARE(again.productsCreated, 0);
        QCOMPARE(again.daysInserted, 0);
        QCOMPARE(again.daysReplaced, 7);
        QCOMPARE(snapshot(store), before); // no double count
        QCOMPARE(count(*m_db, QStringLiteral("imports")), 2);
    }

    void overlappingBatchReplacesOnlyOverlap()
    {
        SalesStore store(*m_db);
        QVERIFY(store.store(januaryBatch()).ok());
        // Baguette 4..7 = 9 15 20 21: the 4th and 5th exist (the 5th with the same value,
        // still a replacement), the 6th and 7th are new. No category or price given.
        const SalesBatch overlap =
            batch(QStringLiteral("week2.csv"),
                  {product(QStringLiteral("Baguette"), day(2024, 1, 4), {9, 15, 20, 21})});
        QCOMPARE(store.countReplacements(overlap), 2);
        const StoreResult r = store.store(overlap);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.daysInserted, 2);
        QCOMPARE(r.daysReplaced, 2);

        const auto b = store.product(QStringLiteral("Baguette"));
        QVERIFY(b);
        QCOMPARE(b->days, 7);
        QCOMPARE(b->total, 10.0 + 12 + 0 + 9 + 15 + 20 + 21);
        QCOMPARE(b->lastDay, day(2024, 1, 7));
        QCOMPARE(b->outlierDays, 0); // the newer import's flag wins
        QCOMPARE(b->category, QStringLiteral("Pan"));
        QVERIFY(b->price == 2.0 / 3.0);
        std::vector<double> values;
        for (const DailyValue& d : store.sales(QStringLiteral("Baguette")))
            values.push_back(d.value);
        QCOMPARE(values, (std::vector<double>{10, 12, 0, 9, 15, 20, 21}));
        QCOMPARE(store.product(QStringLiteral("Croissant"))->total, 12.0);

        // A batch that brings a category and price updates them.
        QVERIFY(store
                    .store(batch(QStringLiteral("c.csv"),
                                 {product(QStringLiteral("Croissant"), day(2024, 1, 2), {5.5},
                                          QStringLiteral("Bollería"), 1.5)}))
                    .ok());
        const auto c = store.product(QStringLiteral("Croissant"));
        QCOMPARE(c->category, QStringLiteral("Bollería"));
        QCOMPARE(c->price, 1.5);
        QCOMPARE(c->total, 12.0);
    }

    void valuesRoundTripExactly()
    {
        // Values travel as text inside one parameter per product: they must come back
        // bit for bit.
        const std::vector<double> values = trickyValues();
        SalesStore store(*m_db);
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
        SalesStore shopA(*m_db, QStringLiteral("shop-a"));
        SalesStore shopB(*m_db, QStringLiteral("shop-b"));
        QVERIFY(shopA.store(januaryBatch()).ok());
        QCOMPARE(shopB.countReplacements(januaryBatch()), 0);
        QVERIFY(shopB.products().empty());
        QVERIFY(shopB.sales(QStringLiteral("Baguette")).empty());

        const StoreResult r =
            shopB.store(batch(QStringLiteral("b.csv"),
                              {product(QStringLiteral("Baguette"), day(2024, 1, 1), {100})}));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.productsCreated, 1);
        QCOMPARE(r.daysInserted, 1);
        QCOMPARE(shopB.product(QStringLiteral("Baguette"))->total, 100.0);
        QCOMPARE(shopA.product(QStringLiteral("Baguette"))->total, 45.0);
        QCOMPARE(shopB.products().size(), size_t(1));
        QCOMPARE(shopA.products().size(), size_t(2));
        QVERIFY(shopA.product(QStringLiteral("Baguette"))->id !=
                shopB.product(QStringLiteral("Baguette"))->id);
        QCOMPARE(SalesStore(*m_db).products().size(), size_t(0)); // the default tenant
    }

    void failingBatchWritesNothing()
    {
        SalesStore store(*m_db);
        QVERIFY(store.store(januaryBatch()).ok());
        const QStringList before = snapshot(store);
        const int imports = count(*m_db, QStringLiteral("imports"));

        // Baguette's days and a new product are written before the empty name breaks the
        // CHECK constraint: the rollback must undo them.
        const SalesBatch broken =
            batch(QStringLiteral("broken.csv"),
                  {product(QStringLiteral("Baguette"), day(2024, 1, 1), {1, 1, 1, 1, 1, 1, 1, 1}),
                   product(QStringLiteral("Nuevo"), day(2024, 1, 1), {3, 4}),
                   product(QString(), day(2024, 1, 1), {7})});
        const StoreResult r = store.store(broken);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.contains(QLatin1String("Cannot store product ''")), qPrintable(r.error));
        QCOMPARE(r.importId, 0);
        QCOMPARE(r.daysInserted, 0);
        QCOMPARE(snapshot(store), before);
        QCOMPARE(count(*m_db, QStringLiteral("imports")), imports);
        QCOMPARE(count(*m_db, QStringLiteral("products")), 2);

        // Contract violations are refused before anything is written.
        SalesBatch nan = januaryBatch();
        nan.products[1].days[1].value = std::numeric_limits<double>::quiet_NaN();
        QVERIFY(store.store(nan).error.contains(QLatin1String("not a finite number")));
        SalesBatch twice = januaryBatch();
        twice.products.push_back(twice.products[0]);
        QVERIFY(store.store(twice).error.contains(QLatin1String("appears twice")));
        SalesBatch unsorted = januaryBatch();
        std::swap(unsorted.products[0].days[0], unsorted.products[0].days[1]);
        QVERIFY(store.store(unsorted).error.contains(QLatin1String("must ascend")));
        QCOMPARE(snapshot(store), before);
        QCOMPARE(count(*m_db, QStringLiteral("imports")), imports);
    }

    void concurrentWritersFromTwoThreads()
    {
        // Each thread its own connection; BEGIN IMMEDIATE + busy timeout serialise them.
        const auto task = [this](const QString& tenant) {
            StoreResult r;
            {
                SalesStore store(*m_db, tenant);
                for (int i = 0; i < 20 && r.error.isEmpty(); ++i)
                    r = store.store(januaryBatch());
            }
            m_db->releaseThreadConnection();
            return r;
        };
        auto a = QtConcurrent::run(task, QStringLiteral("a"));
        auto b = QtConcurrent::run(task, QStringLiteral("b"));
        QVERIFY2(a.result().ok(), qPrintable(a.result().error));
        QVERIFY2(b.result().ok(), qPrintable(b.result().error));
        QCOMPARE(SalesStore(*m_db, QStringLiteral("a")).product(QStringLiteral("Baguette"))->total,
                 45.0);
        QCOMPARE(count(*m_db, QStringLiteral("imports")), 40);
    }

    void hundredThousandDays()
    {
        // 100 products x 1000 days, as a large import would bring.
        SalesBatch big = batch(QStringLiteral("big.csv"), {});
        double expected = 0;
        for (int p = 0; p < 100; ++p) {
            std::vector<double> values;
            for (int d = 0; d < 1000; ++d)
                values.push_back((d * 7 + p) % 23);
            for (double v : values)
                expected += v;
            big.products.push_back(
                product(QStringLiteral("Product %1").arg(p), day(2021, 1, 1), values));
        }
        SalesStore store(*m_db);
        QElapsedTimer timer;
        timer.start();
        const StoreResult first = store.store(big);
        const qint64 insertMs = timer.restart();
        QVERIFY2(first.ok(), qPrintable(first.error));
        const StoreResult second = store.store(big);
        const qint64 replaceMs = timer.restart();
        const auto products = store.products();
        const qint64 summaryMs = timer.elapsed();
        qInfo("SQLite, 100,000 product-days: insert %lld ms, replace %lld ms, products() %lld ms",
              insertMs, replaceMs, summaryMs);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(first.daysInserted, 100000);
        QCOMPARE(second.daysReplaced, 100000);
        QCOMPARE(second.daysInserted, 0);
        QCOMPARE(products.size(), size_t(100));
        double total = 0;
        for (const ProductSummary& s : products) {
            QCOMPARE(s.days, 1000);
            total += s.total;
        }
        QCOMPARE(total, expected);
    }
};

QTEST_GUILESS_MAIN(TestSalesStore)
#include "TestSalesStore.moc"
