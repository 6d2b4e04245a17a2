// The training service on a real PostgreSQL server (started by with-postgres.sh):
// the same registry behaviour as on SQLite, and two `bakery-trainer-cli worker`
// processes draining one queue (SELECT ... FOR UPDATE SKIP LOCKED) that train
// 200 products exactly once between them.
#include "TrainingFixtures.h"

#include "storage/ModelRegistry.h"

#include <QProcess>
#include <QSet>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>

using namespace bakery;

class TestPostgresTraining : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init() { m_tenant = QUuid::createUuid().toString(QUuid::WithoutBraces); }
    void registryOnPostgres();
    void twoWorkersTrainEveryProductOnce();

private:
    training::TrainingContext context(const training::TrainingLimits& limits = {}) const
    {
        training::TrainingOptions options;
        options.config.uncertaintySamples = 200;
        return {*m_db, *m_artifacts, m_tenant, options, limits};
    }

    QString m_url;
    QString m_tenant; ///< fresh per test function: tests never see each other's rows
    QTemporaryDir m_dir;
    std::unique_ptr<storage::Database> m_db;
    std::unique_ptr<artifacts::ArtifactStore> m_artifacts;
};

void TestPostgresTraining::initTestCase()
{
    m_url = qEnvironmentVariable("BAKERY_TEST_DATABASE_URL");
    if (m_url.isEmpty())
        QSKIP("BAKERY_TEST_DATABASE_URL is not set: run this test through "
              "tests/postgres/with-postgres.sh (ctest does)");
    m_db = std::make_unique<storage::Database>(m_url);
    QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    m_artifacts =
        std::make_unique<artifacts::ArtifactStore>(m_dir.filePath(QStringLiteral("models")), true);
}

void TestPostgresTraining::registryOnPostgres()
{
    fixtures::seedProducts(*m_db, 4, 200, 13, m_tenant);
    training::TrainingContext ctx = context();
    const storage::ModelRegistry registry(*m_db, *m_artifacts, m_tenant);
    {
        training::TrainingQueue queue(ctx);
        const storage::JobRecord job = fixtures::runJob(queue, {});
        QCOMPARE(job.status, storage::job::kCompleted);
        QCOMPARE(job.productsCompleted, 4);
    }
    const auto first = registry.versions();
    QCOMPARE(first.size(), std::size_t(4));
    for (const auto& v : first) {
        QVERIFY(v.production);
        QString error;
        QVERIFY2(registry.load(v.id, &error), qPrintable(error));
    }
    // A worse model is registered but not deployed; deploy and rollback by hand.
    const qint64 product = first.front().productId;
    const qint64 good = registry.deployed(product).value().id; // before the worse job
    ctx.options.config.weekly = forecast::SeasonalityToggle::off();
    {
        training::TrainingQueue queue(ctx);
        storage::JobRequest forced;
        forced.products = {QStringLiteral("Producto 001")};
        forced.force = true;
        QCOMPARE(fixtures::runJob(queue, forced).status, storage::job::kCompleted);
    }
    const auto versions = registry.versions(product);
    QCOMPARE(versions.size(), std::size_t(2));
    QCOMPARE(registry.deployed(product)->id, good); // the worse one was not deployed
    const qint64 worse = versions.front().id == good ? versions.back().id : versions.front().id;
    QString error;
    QVERIFY2(registry.deploy(worse, QStringLiteral("test"), &error), qPrintable(error));
    QCOMPARE(registry.deployed(product)->id, worse);
    QVERIFY2(registry.rollback(QStringLiteral("Producto 001"), &error), qPrintable(error));
    QCOMPARE(registry.deployed(product)->id, good);
    // The partial unique index holds on PostgreSQL too.
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("UPDATE trained_models SET is_production = 1 WHERE tenant_id = ?"));
    q.addBindValue(m_tenant);
    QVERIFY(!q.exec());
}

void TestPostgresTraining::twoWorkersTrainEveryProductOnce()
{
    const int products = 200;
    fixtures::seedProducts(*m_db, products, 120, 17, m_tenant);
    const storage::JobStore jobs(*m_db, m_tenant);
    bool existing = false;
    QString error;
    const auto job = jobs.submit({}, &existing, &error);
    QVERIFY2(job, qPrintable(error));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DATABASE_URL"), m_url);
    env.insert(QStringLiteral("TENANT_ID"), m_tenant);
    env.insert(QStringLiteral("MODEL_STORAGE_PATH"), m_dir.filePath(QStringLiteral("shared")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("TRAINING_THREADS"), QStringLiteral("1"));
    env.insert(QStringLiteral("PROPHET_UNCERTAINTY_SAMPLES"), QStringLiteral("100"));
    QProcess workers[2];
    for (QProcess& w : workers) {
        w.setProcessEnvironment(env);
        w.start(QStringLiteral(BAKERY_CLI),
                {QStringLiteral("worker"), QStringLiteral("--until-idle"),
                 QStringLiteral("--poll-ms"), QStringLiteral("100")});
        QVERIFY2(w.waitForStarted(), qPrintable(w.errorString()));
    }
    for (QProcess& w : workers) {
        QVERIFY(w.waitForFinished(600000));
        QVERIFY2(w.exitStatus() == QProcess::NormalExit && w.exitCode() == 0,
                 qPrintable(QString::fromUtf8(w.readAllStandardError())));
    }

    const storage::JobRecord done = jobs.job(job->jobId).value();
    QCOMPARE(done.status, storage::job::kCompleted);
    QSet<QString> who;
    int completed = 0;
    for (const storage::JobProduct& p : jobs.products(job->jobId)) {
        completed += p.status == storage::job::kCompleted;
        who.insert(p.worker);
    }
    QCOMPARE(completed, products);
    // Both processes took part, and no product was trained twice.
    QCOMPARE(who.size(), 2);
    QSqlQuery q(m_db->connection());
    q.prepare(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT inventory_product_id) FROM"
                             " trained_models WHERE tenant_id = ?"));
    q.addBindValue(m_tenant);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), products);
    QCOMPARE(q.value(1).toInt(), products);
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM model_training_logs WHERE tenant_id = ? AND"
                             " current_step = 'final_fit'"));
    q.addBindValue(m_tenant);
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toInt(), products); // one final fit per product, none repeated
}

QTEST_GUILESS_MAIN(TestPostgresTraining)
#include "TestPostgresTraining.moc"
