// Training analytics on a hand-made registry and job history: which version stands
// for each product, the accuracy buckets, the average and the duration statistics,
// all checked against figures worked out by hand; other shops' rows never count.

#include "SalesFixtures.h"
#include "storage/ModelRegistry.h"
#include "training/Analytics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace bakery;
using namespace bakery::training;
using namespace fixtures;

class TestAnalytics : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<artifacts::ArtifactStore> m_artifacts;

    qint64 productId(const QString& tenant, const QString& name)
    {
        storage::SalesStore sales(*m_db, tenant);
        if (!sales.product(name)) {
            const storage::StoreResult r = sales.store(
                batch(QStringLiteral("s.csv"), {product(name, day(2024, 1, 1), {1, 2, 3})}));
            if (!r.ok())
                qWarning("%s", qPrintable(r.error));
        }
        return sales.product(name)->id;
    }

    // A registered version with holdout accuracy `accuracy` (MAPE = 100 - accuracy).
    qint64 addVersion(const QString& tenant, const QString& name, const QString& version,
                      double accuracy, bool deploy = false)
    {
        storage::ModelRegistry registry(*m_db, *m_artifacts, tenant);
        storage::NewVersion v;
        v.productId = productId(tenant, name);
        v.version = version;
        v.artifact.relativePath = tenant + QLatin1Char('/') + name + QLatin1Char('/') + version;
        v.artifact.sha256 = QStringLiteral("00");
        v.holdout.n = 28;
        v.holdout.accuracy = accuracy;
        v.holdout.mape = std::isfinite(accuracy) ? 100.0 - accuracy : std::nan("");
        v.holdout.mae = 2.5;
        v.holdout.rmse = 3.5;
        v.holdout.wape = 12.0;
        v.modelHash = version;
        v.dataFingerprint = QStringLiteral("f");
        QSqlDatabase c = m_db->connection();
        QString error;
        if (!m_db->beginWrite(c, &error))
            return 0;
        qint64 id = registry.insertVersion(c, v, &error);
        if (id != 0 && deploy &&
            !registry.setProduction(c, v.productId, id, QStringLiteral("deploy"), {}, &error))
            id = 0;
        if (id == 0 || !c.commit()) {
            qWarning("%s", qPrintable(error));
            c.rollback();
            return 0;
        }
        return id;
    }

    void addJob(qint64 queueOrder, const QString& tenant, const QString& jobId)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO training_job_queue (id, job_id, tenant_id, job_type, status, created_at)"
            " VALUES (?, ?, ?, 'train_all', 'completed', '2024-06-01T00:00:00Z')")));
        q.addBindValue(queueOrder);
        q.addBindValue(jobId);
        q.addBindValue(tenant);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

    void addJobProduct(const QString& tenant, const QString& jobId, const QString& name,
                       const QString& status, const QVariant& durationMs)
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.prepare(QStringLiteral(
            "INSERT INTO job_products (job_id, tenant_id, product_id, product_name, status,"
            " duration_ms) VALUES (?, ?, ?, ?, ?, ?)")));
        q.addBindValue(jobId);
        q.addBindValue(tenant);
        q.addBindValue(productId(tenant, name));
        q.addBindValue(name);
        q.addBindValue(status);
        q.addBindValue(durationMs);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    }

private slots:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        const QString file = QStringLiteral("%1.db").arg(QTest::currentTestFunction());
        m_db = std::make_unique<storage::Database>(m_tmp.filePath(file));
        QVERIFY2(m_db->open(), qPrintable(m_db->error()));
        m_artifacts =
            std::make_unique<artifacts::ArtifactStore>(m_tmp.filePath(QStringLiteral("m")), false);
    }

    void cleanup() { m_db.reset(); }

    void durationStatistics()
    {
        DurationStats s = durationStats({1, 2, 3, 4, 100});
        QCOMPARE(s.count, 5);
        QCOMPARE(s.mean, 22.0);
        QCOMPARE(s.median, 3.0);
        QCOMPARE(s.p95, 80.8); // h = 0.95 * 4 = 3.8: 4 + 0.8 * (100 - 4)
        s = durationStats({100, 4, 1, 3, 2, std::nan("")}); // order and NaN do not matter
        QCOMPARE(s.count, 5);
        QCOMPARE(s.p95, 80.8);
        s = durationStats({2, 1});
        QCOMPARE(s.median, 1.5); // even count: mean of the two middles
        QCOMPARE(s.p95, 1.95);   // h = 0.95: 1 + 0.95 * 1
        s = durationStats({7});
        QCOMPARE(s.count, 1);
        QCOMPARE(s.mean, 7.0);
        QCOMPARE(s.median, 7.0);
        QCOMPARE(s.p95, 7.0);
        // 20 values 1..20: h = 0.95 * 19 = 18.05, x[18] = 19, x[19] = 20: 19.05.
        std::vector<double> twenty;
        for (int i = 1; i <= 20; ++i)
            twenty.push_back(i);
        s = durationStats(twenty);
        QCOMPARE(s.median, 10.5);
        QCOMPARE(s.p95, 19.05);
        s = durationStats({});
        QCOMPARE(s.count, 0);
        QVERIFY(std::isnan(s.mean) && std::isnan(s.median) && std::isnan(s.p95));
    }

    void accuracyPerProduct()
    {
        const QString t = QStringLiteral("default");
        // Baguette: the deployed older version stands for it, not the newer one.
        const qint64 baguette = addVersion(t, QStringLiteral("Baguette"),
                                           QStringLiteral("20240101T000000.000Z"), 90.0, true);
        QVERIFY(addVersion(t, QStringLiteral("Baguette"), QStringLiteral("20240201T000000.000Z"),
                           80.0));
        // Croissant: nothing deployed, so the newest.
        QVERIFY(addVersion(t, QStringLiteral("Croissant"), QStringLiteral("20240101T000000.000Z"),
                           70.0));
        const qint64 croissant = addVersion(t, QStringLiteral("Croissant"),
                                            QStringLiteral("20240201T000000.000Z"), 95.5);
        QVERIFY(addVersion(t, QStringLiteral("Donut"), QStringLiteral("20240101T000000.000Z"),
                           std::nan("")));
        QVERIFY(addVersion(t, QStringLiteral("Focaccia"), QStringLiteral("20240101T000000.000Z"),
                           50.0));
        QVERIFY(
            addVersion(t, QStringLiteral("Gofre"), QStringLiteral("20240101T000000.000Z"), 100.0));
        QVERIFY(
            addVersion(t, QStringLiteral("Hogaza"), QStringLiteral("20240101T000000.000Z"), 49.99));
        productId(t, QStringLiteral("Eclair")); // no version: not listed
        // Another shop's product is invisible.
        QVERIFY(addVersion(QStringLiteral("other"), QStringLiteral("Baguette"),
                           QStringLiteral("20240301T000000.000Z"), 10.0, true));

        const TrainingAnalytics a = computeAnalytics(*m_db, t);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QStringList order;
        for (const ProductAccuracy& p : a.products)
            order << p.product;
        QCOMPARE(order, (QStringList{QStringLiteral("Gofre"), QStringLiteral("Croissant"),
                                     QStringLiteral("Baguette"), QStringLiteral("Focaccia"),
                                     QStringLiteral("Hogaza"), QStringLiteral("Donut")}));
        const ProductAccuracy& b = a.products[2];
        QCOMPARE(b.modelId, baguette);
        QCOMPARE(b.version, QStringLiteral("20240101T000000.000Z"));
        QVERIFY(b.deployed);
        QCOMPARE(b.accuracy, 90.0);
        QCOMPARE(b.mape, 10.0);
        QCOMPARE(b.mae, 2.5);
        QCOMPARE(b.rmse, 3.5);
        QCOMPARE(b.wape, 12.0);
        QCOMPARE(b.evaluationSamples, 28);
        QCOMPARE(a.products[1].modelId, croissant);
        QVERIFY(!a.products[1].deployed);
        QVERIFY(std::isnan(a.products[5].accuracy));

        // Buckets by hand: 49.99 | 50 | - | - | - | - | - | 90 | 95.5, 100 (closed at 100).
        const std::vector<double> lowers = {0, 50, 60, 70, 75, 80, 85, 90, 95};
        const std::vector<int> counts = {1, 1, 0, 0, 0, 0, 0, 1, 2};
        QCOMPARE(a.distribution.size(), lowers.size());
        for (std::size_t i = 0; i < lowers.size(); ++i) {
            QCOMPARE(a.distribution[i].lower, lowers[i]);
            QCOMPARE(a.distribution[i].upper, i + 1 < lowers.size() ? lowers[i + 1] : 100.0);
            QCOMPARE(a.distribution[i].count, counts[i]);
        }
        QCOMPARE(a.averageAccuracy, (100 + 95.5 + 90 + 50 + 49.99) / 5); // 77.098

        const QJsonObject j = toJson(a);
        const QJsonArray products = j.value(QStringLiteral("products")).toArray();
        QCOMPARE(products.size(), 6);
        QCOMPARE(products[0].toObject().value(QStringLiteral("product")).toString(),
                 QStringLiteral("Gofre"));
        QVERIFY(products[5].toObject().value(QStringLiteral("accuracy")).isNull());
        const QJsonArray buckets = j.value(QStringLiteral("distribution")).toArray();
        QCOMPARE(buckets.size(), 9);
        QCOMPARE(buckets[8].toObject().value(QStringLiteral("range")).toString(),
                 QStringLiteral("95-100"));
        QCOMPARE(buckets[8].toObject().value(QStringLiteral("count")).toInt(), 2);
        QCOMPARE(j.value(QStringLiteral("average_accuracy")).toDouble(), 77.098);
    }

    void durationsPerProductAndJob()
    {
        const QString t = QStringLiteral("default");
        addJob(1, t, QStringLiteral("job-a"));
        addJob(2, t, QStringLiteral("job-b")); // newer
        addJob(3, QStringLiteral("other"), QStringLiteral("job-c"));
        const QString done = QStringLiteral("completed");
        addJobProduct(t, QStringLiteral("job-a"), QStringLiteral("Baguette"), done, 1000.0);
        addJobProduct(t, QStringLiteral("job-a"), QStringLiteral("Croissant"), done, 2000.0);
        addJobProduct(t, QStringLiteral("job-a"), QStringLiteral("Donut"), QStringLiteral("failed"),
                      5000.0); // not completed: left out
        addJobProduct(t, QStringLiteral("job-b"), QStringLiteral("Baguette"), done, 3000.0);
        addJobProduct(t, QStringLiteral("job-b"), QStringLiteral("Croissant"), done, 4000.0);
        addJobProduct(t, QStringLiteral("job-b"), QStringLiteral("Focaccia"), done, 100000.0);
        addJobProduct(t, QStringLiteral("job-b"), QStringLiteral("Gofre"), done,
                      QVariant(QMetaType::fromType<double>())); // no duration: left out
        addJobProduct(QStringLiteral("other"), QStringLiteral("job-c"), QStringLiteral("Baguette"),
                      done, 7000.0);

        const TrainingAnalytics a = computeAnalytics(*m_db, t);
        QVERIFY2(a.error.isEmpty(), qPrintable(a.error));
        QVERIFY(a.products.empty());
        QVERIFY(std::isnan(a.averageAccuracy));
        // Overall {1, 2, 3, 4, 100} s.
        QCOMPARE(a.overall.count, 5);
        QCOMPARE(a.overall.mean, 22.0);
        QCOMPARE(a.overall.median, 3.0);
        QCOMPARE(a.overall.p95, 80.8);

        QCOMPARE(a.durationByProduct.size(), std::size_t(3));
        QCOMPARE(a.durationByProduct[0].first, QStringLiteral("Baguette")); // {1, 3}
        QCOMPARE(a.durationByProduct[0].second.count, 2);
        QCOMPARE(a.durationByProduct[0].second.mean, 2.0);
        QCOMPARE(a.durationByProduct[0].second.median, 2.0);
        QCOMPARE(a.durationByProduct[0].second.p95, 2.9);                    // 1 + 0.95 * 2
        QCOMPARE(a.durationByProduct[1].first, QStringLiteral("Croissant")); // {2, 4}
        QCOMPARE(a.durationByProduct[1].second.p95, 3.9);
        QCOMPARE(a.durationByProduct[2].first, QStringLiteral("Focaccia")); // {100}
        QCOMPARE(a.durationByProduct[2].second.median, 100.0);

        QCOMPARE(a.durationByJob.size(), std::size_t(2));
        QCOMPARE(a.durationByJob[0].first, QStringLiteral("job-b")); // newest first: {3, 4, 100}
        QCOMPARE(a.durationByJob[0].second.count, 3);
        QCOMPARE(a.durationByJob[0].second.mean, 107.0 / 3.0);
        QCOMPARE(a.durationByJob[0].second.median, 4.0);
        QCOMPARE(a.durationByJob[0].second.p95, 90.4);               // h = 1.9: 4 + 0.9 * 96
        QCOMPARE(a.durationByJob[1].first, QStringLiteral("job-a")); // {1, 2}
        QCOMPARE(a.durationByJob[1].second.mean, 1.5);
        QCOMPARE(a.durationByJob[1].second.p95, 1.95);

        const QJsonObject d = toJson(a).value(QStringLiteral("durations")).toObject();
        QCOMPARE(d.value(QStringLiteral("overall"))
                     .toObject()
                     .value(QStringLiteral("p95_seconds"))
                     .toDouble(),
                 80.8);
        const QJsonArray byJob = d.value(QStringLiteral("by_job")).toArray();
        QCOMPARE(byJob[0].toObject().value(QStringLiteral("job_id")).toString(),
                 QStringLiteral("job-b"));
        QCOMPARE(d.value(QStringLiteral("by_product")).toArray().size(), 3);
    }

    void emptyShop()
    {
        const TrainingAnalytics a = computeAnalytics(*m_db, QStringLiteral("default"));
        QVERIFY(a.error.isEmpty());
        QVERIFY(a.products.empty());
        QCOMPARE(a.distribution.size(), std::size_t(9));
        QCOMPARE(a.overall.count, 0);
        QVERIFY(toJson(a).value(QStringLiteral("average_accuracy")).isNull());
    }
};

QTEST_GUILESS_MAIN(TestAnalytics)
#include "TestAnalytics.moc"
