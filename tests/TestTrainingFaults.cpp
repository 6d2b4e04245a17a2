// What goes wrong, and what must still hold: stop mid-job, the time limit, failed
// products and retry, a changed byte in a model file, deploy and rollback, and
// retention. After each, the registry and the model folder agree file for file.
#include "TrainingFixtures.h"

#include "forecast/ForecastModel.h"
#include "storage/EventLog.h"
#include "storage/ModelRegistry.h"
#include "training/Recovery.h"
#include "training/WorkerIdentity.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QtTest>

using namespace bakery;
using fixtures::TrainingStore;

namespace {

const QString kShop = QStringLiteral("default");

// Every registered artifact exists and verifies, and no file exists without its row.
void checkStoreConsistent(const TrainingStore& store)
{
    const storage::ModelRegistry registry(*store.db, *store.artifacts, kShop);
    QString error;
    QStringList known = registry.allArtifactPaths(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList temporaries;
    QStringList files = store.artifacts->listArtifacts(&temporaries);
    known.sort();
    files.sort();
    QCOMPARE(files, known);
    QVERIFY(temporaries.isEmpty());
    for (const storage::ModelVersion& v : registry.versions())
        QVERIFY2(store.artifacts->verify(v.modelPath, v.checksum, &error), qPrintable(error));
}

storage::JobRecord startAndStopAfter(TrainingStore& store, int doneBeforeCancel)
{
    training::TrainingQueue queue(*store.context);
    QString jobId;
    bool cancelled = false;
    QObject::connect(&queue, &training::TrainingQueue::progress, &queue,
                     [&](const training::TrainingProgress& p) {
                         if (!cancelled && p.productsDone >= doneBeforeCancel) {
                             cancelled = true;
                             QString error;
                             QVERIFY2(queue.cancel(p.jobId, &error), qPrintable(error));
                         }
                     });
    return fixtures::runJob(queue, {});
}

} // namespace

class TestTrainingFaults : public QObject
{
    Q_OBJECT

private slots:
    void cancelKeepsFinishedProductsAndNothingHalfWritten();
    void timeLimitStopsTheJobAsFailed();
    void failedProductsAreReportedAndRetried();
    void changedByteInAModelFileIsRefused();
    void deployAndRollbackAreRecorded();
    void retentionNeverRemovesTheDeployedVersion();
    void aLeavingWorkerHandsItsProductsBack();
    void aDamagedIdenticalVersionIsNotReused();
};

void TestTrainingFaults::cancelKeepsFinishedProductsAndNothingHalfWritten()
{
    training::TrainingLimits limits;
    limits.threads = 2;
    TrainingStore store(limits);
    fixtures::seedProducts(*store.db, 120, 400, 21);
    const storage::JobRecord job = startAndStopAfter(store, 5);
    QCOMPARE(job.status, storage::job::kCancelled);
    QCOMPARE(job.productsCompleted, 120); // every product finished one way or the other

    const storage::JobStore jobs(*store.db, kShop);
    const storage::ModelRegistry registry(*store.db, *store.artifacts, kShop);
    int trained = 0;
    for (const storage::JobProduct& p : jobs.products(job.jobId)) {
        QVERIFY2(p.status == storage::job::kCompleted || p.status == storage::job::kCancelled,
                 qPrintable(p.status));
        if (p.status == storage::job::kCompleted) {
            ++trained;
            QVERIFY(p.modelId != 0);
            QCOMPARE(registry.version(p.modelId)->jobId, job.jobId);
        }
    }
    QVERIFY(trained >= 5);
    QVERIFY(trained < 120);
    // Exactly the finished products have versions: the abandoned ones left nothing.
    QCOMPARE(static_cast<int>(registry.versions().size()), trained);
    checkStoreConsistent(store);
    const auto events =
        storage::EventLog(*store.db, kShop).recent(5, QStringLiteral("training_failed"));
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events.front().payload.value(QStringLiteral("error_type")).toString(),
             QStringLiteral("cancelled"));
}

void TestTrainingFaults::timeLimitStopsTheJobAsFailed()
{
    training::TrainingLimits limits;
    limits.timeLimitMs = 150;
    TrainingStore store(limits);
    fixtures::seedProducts(*store.db, 150, 400, 31);
    training::TrainingQueue queue(*store.context);
    const storage::JobRecord job = fixtures::runJob(queue, {});
    QCOMPARE(job.status, storage::job::kFailed);
    QCOMPARE(job.errorType, QStringLiteral("timeout"));
    QVERIFY2(job.errorMessage.contains(QLatin1String("MAX_TRAINING_TIME_MINUTES")),
             qPrintable(job.errorMessage));
    const storage::ModelRegistry registry(*store.db, *store.artifacts, kShop);
    int trained = 0;
    for (const storage::JobProduct& p : storage::JobStore(*store.db, kShop).products(job.jobId)) {
        QVERIFY(p.status != storage::job::kPending && p.status != storage::job::kRunning);
        trained += p.status == storage::job::kCompleted;
    }
    QVERIFY(trained < 150);
    QCOMPARE(static_cast<int>(registry.versions().size()), trained);
    checkStoreConsistent(store);
    const auto events =
        storage::EventLog(*store.db, kShop).recent(5, QStringLiteral("training_failed"));
    QCOMPARE(events.size(), std::size_t(1));
    QCOMPARE(events.front().payload.value(QStringLiteral("error_type")).toString(),
             QStringLiteral("timeout"));
    QVERIFY(
        !events.front().payload.value(QStringLiteral("recommended_action")).toString().isEmpty());
}

void TestTrainingFaults::failedProductsAreReportedAndRetried()
{
    training::TrainingLimits limits;
    limits.maxRetries = 1;
    TrainingStore store(limits);
    fixtures::seedProducts(*store.db, 2, 120, 41);
    // A third product with 20 days: below MIN_TRAINING_DATA_DAYS (30).
    storage::SalesBatch young{
        QStringLiteral("young.csv"), QStringLiteral("02"), QStringLiteral("units"), {}};
    storage::ProductSales p{QStringLiteral("Roscón"), {}, std::nan(""), {}};
    for (int i = 0; i < 20; ++i)
        p.days.push_back({fixtures::day(2023, 4, 1) + i, 10.0 + i % 3, false});
    young.products.push_back(p);
    QVERIFY(storage::SalesStore(*store.db).store(young).ok());

    training::TrainingQueue queue(*store.context);
    const storage::JobRecord job = fixtures::runJob(queue, {});
    QCOMPARE(job.status, storage::job::kCompleted); // some failed: still completed, reported
    QCOMPARE(job.productsFailed, 1);
    const storage::JobStore jobs(*store.db, kShop);
    const auto products = jobs.products(job.jobId);
    const auto roscon = std::find_if(products.begin(), products.end(), [](const auto& x) {
        return x.productName == QStringLiteral("Roscón");
    });
    QCOMPARE(roscon->status, storage::job::kFailed);
    QCOMPARE(roscon->errorType, QStringLiteral("insufficient_data"));
    QCOMPARE(roscon->errorMessage,
             QStringLiteral("Product requires minimum 30 days of sales data. Currently: 20 days."));
    QVERIFY(roscon->recommendedAction.contains(QLatin1String("30 days")));
    const auto events = storage::EventLog(*store.db, kShop).recent(5);
    QCOMPARE(events.front().type, QStringLiteral("training_completed"));
    QCOMPARE(events.front().severity, QStringLiteral("warning"));

    // More history arrives; the retry trains only the failed product.
    for (int i = 20; i < 60; ++i)
        young.products.front().days.push_back({fixtures::day(2023, 4, 1) + i, 12.0, false});
    QVERIFY(storage::SalesStore(*store.db).store(young).ok());
    QString error;
    const auto retry = queue.retry(job.jobId, &error);
    QVERIFY2(retry, qPrintable(error));
    QCOMPARE(retry->products, QStringList{QStringLiteral("Roscón")});
    QCOMPARE(retry->retryCount, 1);
    QCOMPARE(retry->retryOf, job.jobId);
    QSignalSpy finished(&queue, &training::TrainingQueue::jobFinished);
    QTRY_VERIFY_WITH_TIMEOUT(jobs.job(retry->jobId)->isFinished(), 60000);
    QCOMPARE(jobs.job(retry->jobId)->status, storage::job::kCompleted);
    QCOMPARE(jobs.products(retry->jobId).front().status, storage::job::kCompleted);
    // A job is retried once: a second retry of it would train its products twice.
    QVERIFY(!queue.retry(job.jobId, &error));
    QVERIFY2(error.contains(QLatin1String("already retried as job ") + retry->jobId),
             qPrintable(error));
    // MAX_TRAINING_RETRIES = 1: a retry of the retry is refused.
    QVERIFY(!queue.retry(retry->jobId, &error));
    QVERIFY2(error.contains(QLatin1String("retried")) || error.contains(QLatin1String("no failed")),
             qPrintable(error));
}

void TestTrainingFaults::changedByteInAModelFileIsRefused()
{
    TrainingStore store;
    fixtures::seedProducts(*store.db, 1, 300, 51);
    const storage::ModelRegistry registry(*store.db, *store.artifacts, kShop);
    training::TrainingQueue queue(*store.context);
    QCOMPARE(fixtures::runJob(queue, {}).status, storage::job::kCompleted);
    const storage::ModelVersion v = registry.versions().front();
    QVERIFY(v.production);

    QFile file(store.artifacts->absolutePath(v.modelPath));
    QVERIFY(file.open(QIODevice::ReadWrite));
    const qint64 middle = file.size() / 2;
    file.seek(middle);
    char byte = 0;
    file.getChar(&byte);
    file.seek(middle);
    file.putChar(static_cast<char>(byte ^ 0x01));
    file.close();

    QString error;
    QVERIFY(!registry.load(v.id, &error));
    QVERIFY2(error.contains(QLatin1String("SHA-256")) && error.contains(QLatin1String(".zip")),
             qPrintable(error));
    error.clear();
    QVERIFY(!store.artifacts->verify(v.modelPath, v.checksum, &error));
    QVERIFY(error.contains(QLatin1String("SHA-256")));
    // A load that was refused is not recorded as a load.
    QVERIFY(
        storage::EventLog(*store.db, kShop).recent(5, QStringLiteral("artifact_loaded")).empty());
}

void TestTrainingFaults::deployAndRollbackAreRecorded()
{
    TrainingStore store;
    store.context->options.autoDeploy = false;
    fixtures::seedProducts(*store.db, 1, 300, 61);
    const storage::ModelRegistry registry(*store.db, *store.artifacts, kShop);
    training::TrainingQueue queue(*store.context);
    QCOMPARE(fixtures::runJob(queue, {}).status, storage::job::kCompleted);
    store.context->options.config.changepointPriorScale = 0.5;
    storage::JobRequest forced;
    forced.force = true;
    QCOMPARE(fixtures::runJob(queue, forced).status, storage::job::kCompleted);
    auto versions = registry.versions();
    QCOMPARE(versions.size(), std::size_t(2));
    QVERIFY(!versions[0].production && !versions[1].production); // auto-deploy off
    const qint64 product = versions[0].productId;
    const qint64 older = versions[1].id, newer = versions[0].id;

    QString error;
    QVERIFY2(registry.deploy(older, QStringLiteral("first"), &error), qPrintable(error));
    QVERIFY2(registry.deploy(newer, QStringLiteral("second"), &error), qPrintable(error));
    QCOMPARE(registry.deployed(product)->id, newer);
    const auto rolled = registry.rollback(QStringLiteral("Producto 001"), &error);
    QVERIFY2(rolled, qPrintable(error));
    QCOMPARE(rolled->id, older);
    QCOMPARE(registry.deployed(product)->id, older);

    const auto history = registry.deployments(product);
    QCOMPARE(history.size(), std::size_t(3));
    QCOMPARE(history[0].action, QStringLiteral("rollback"));
    QCOMPARE(history[0].previousModelId, newer);
    QCOMPARE(history[1].action, QStringLiteral("deploy"));
    QCOMPARE(history[1].reason, QStringLiteral("second"));
    QCOMPARE(history[0].deployedBy, storage::osUser());
    QVERIFY(!history[0].deployedAt.isEmpty());
    // Exactly one deployed version, enforced by the database: a second is refused.
    QSqlQuery q(store.db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE trained_models SET is_production = 1")));
    QVERIFY(
        storage::EventLog(*store.db, kShop).recent(5, QStringLiteral("model_rolled_back")).size() ==
        1);
}

void TestTrainingFaults::retentionNeverRemovesTheDeployedVersion()
{
    training::TrainingLimits limits;
    limits.maxVersionsPerProduct = 3;
    TrainingStore store(limits);
    fixtures::seedProducts(*store.db, 1, 200, 71);
    const storage::ModelRegistry registry(*store.db, *store.artifacts, kShop);
    training::TrainingQueue queue(*store.context);
    QCOMPARE(fixtures::runJob(queue, {}).status, storage::job::kCompleted);
    const qint64 deployed = registry.versions().front().id;
    // Worse versions (no weekly pattern), each different, so none is deployed.
    store.context->options.config.weekly = forecast::SeasonalityToggle::off();
    for (int i = 1; i <= 4; ++i) {
        store.context->options.config.changepointPriorScale = 0.01 * i;
        storage::JobRequest forced;
        forced.force = true;
        QCOMPARE(fixtures::runJob(queue, forced).status, storage::job::kCompleted);
    }
    auto versions = registry.versions();
    QCOMPARE(versions.size(), std::size_t(3));
    QVERIFY(std::any_of(versions.begin(), versions.end(),
                        [&](const auto& v) { return v.id == deployed && v.production; }));
    checkStoreConsistent(store);

    // MODEL_RETENTION_DAYS: a version created 100 days ago goes, the deployed one stays.
    QSqlQuery q(store.db->connection());
    QVERIFY(
        q.exec(QStringLiteral("UPDATE trained_models SET created_at = '2000-01-01T00:00:00Z'")));
    QString error;
    QCOMPARE(registry.applyRetention(versions.front().productId, 10, 90, &error), 2);
    versions = registry.versions();
    QCOMPARE(versions.size(), std::size_t(1));
    QCOMPARE(versions.front().id, deployed);
    checkStoreConsistent(store);
}

void TestTrainingFaults::aLeavingWorkerHandsItsProductsBack()
{
    TrainingStore store;
    fixtures::seedProducts(*store.db, 80, 400, 81);
    const storage::JobStore jobs(*store.db, kShop);
    QString jobId;
    int done = 0;
    QObject receiver; // progress arrives queued on this thread: the runner thread never
                      // touches `done`, nor a spy that is gone once the worker has left
    {
        training::TrainingQueue leaving(*store.context);
        leaving.setReleaseOnShutdown(true);
        QObject::connect(
            &leaving, &training::TrainingQueue::progress, &receiver,
            [&done](const training::TrainingProgress& p) { done = std::max(done, p.productsDone); },
            Qt::QueuedConnection);
        bool existing = false;
        QString error;
        jobId = leaving.submit({}, &existing, &error).value().jobId;
        QTRY_VERIFY_WITH_TIMEOUT(done >= 3, 60000);
    } // the worker leaves mid-job
    const storage::JobRecord left = jobs.job(jobId).value();
    QCOMPARE(left.status, storage::job::kRunning); // not cancelled: others may go on
    int pending = 0;
    for (const storage::JobProduct& p : jobs.products(jobId)) {
        QVERIFY2(p.status != storage::job::kRunning, qPrintable(p.productName));
        pending += p.status == storage::job::kPending;
    }
    QVERIFY(pending > 0);
    checkStoreConsistent(store);
    // The job names no worker any more: recovery leaves it to its (fresh) heartbeat, even
    // when the leaving worker's process is gone.
    QVERIFY(left.worker.isEmpty());
    const QString leavingWorker = training::currentWorkerId();
    QString error;
    QVERIFY(
        jobs.recoverInterrupted([&](const QString& w) { return w != leavingWorker; }, 300, &error)
            .isEmpty());
    QVERIFY(training::recoverAfterCrash(*store.context).interruptedJobs.isEmpty());
    QCOMPARE(jobs.job(jobId)->status, storage::job::kRunning);
    int stillPending = 0;
    for (const storage::JobProduct& p : jobs.products(jobId))
        stillPending += p.status == storage::job::kPending;
    QCOMPARE(stillPending, pending);

    // Another worker joins the job and finishes it: every product trained once.
    training::TrainingQueue other(*store.context);
    other.setJoinRunningJobs(true);
    QSignalSpy finished(&other, &training::TrainingQueue::jobFinished);
    other.pump();
    QTRY_VERIFY_WITH_TIMEOUT(jobs.job(jobId)->isFinished(), 120000);
    QCOMPARE(jobs.job(jobId)->status, storage::job::kCompleted);
    const storage::ModelRegistry registry(*store.db, *store.artifacts, kShop);
    QCOMPARE(registry.versions().size(), std::size_t(80));
    checkStoreConsistent(store);
}

void TestTrainingFaults::aDamagedIdenticalVersionIsNotReused()
{
    TrainingStore store;
    fixtures::seedProducts(*store.db, 1, 200, 91);
    const storage::ModelRegistry registry(*store.db, *store.artifacts, kShop);
    training::TrainingQueue queue(*store.context);
    QCOMPARE(fixtures::runJob(queue, {}).status, storage::job::kCompleted);
    const storage::ModelVersion damaged = registry.versions().front();
    QVERIFY(damaged.production);
    QFile file(store.artifacts->absolutePath(damaged.modelPath));
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.seek(file.size() / 2);
    char byte = 0;
    file.getChar(&byte);
    file.seek(file.size() / 2);
    file.putChar(static_cast<char>(byte ^ 0x01));
    file.close();

    // Same data, forced: the model is identical to the damaged version's, which must not be
    // reused; the new artifact becomes a new version, and it is deployed.
    storage::JobRequest forced;
    forced.force = true;
    QCOMPARE(fixtures::runJob(queue, forced).status, storage::job::kCompleted);
    const auto versions = registry.versions();
    QCOMPARE(versions.size(), std::size_t(2));
    const storage::ModelVersion deployed = registry.deployed(damaged.productId).value();
    QVERIFY(deployed.id != damaged.id);
    QCOMPARE(deployed.modelHash, damaged.modelHash);
    QString error;
    const auto loaded = registry.load(deployed.id, &error);
    QVERIFY2(loaded, qPrintable(error));
    QVERIFY(forecast::ForecastModel::fromJson(loaded->contents.modelJson, &error));
}

QTEST_GUILESS_MAIN(TestTrainingFaults)
#include "TestTrainingFaults.moc"
