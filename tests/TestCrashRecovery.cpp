// Kill a real `bakery-trainer-cli train --wait` with SIGKILL in the middle of a
// Train all, then start again: the job is marked failed ("interrupted"), the
// database passes PRAGMA integrity_check, no model file exists without its row or
// the other way round, and every product's deployed version is one that was
// deployed, never a half-written one.
#include "TrainingFixtures.h"

#include "storage/ModelRegistry.h"
#include "training/Recovery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QtTest>

using namespace bakery;

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private slots:
    void killedMidTrainingThenRestarted_data();
    void killedMidTrainingThenRestarted();
};

void TestCrashRecovery::killedMidTrainingThenRestarted_data()
{
    QTest::addColumn<int>("killAfter"); // products finished when the kill is sent
    QTest::newRow("early") << 3;
    QTest::newRow("later") << 40;
}

void TestCrashRecovery::killedMidTrainingThenRestarted()
{
    QFETCH(int, killAfter);
    fixtures::TrainingStore store;
    fixtures::seedProducts(*store.db, 160, 400, 77);
    const QString shop = QStringLiteral("default");
    const storage::ModelRegistry registry(*store.db, *store.artifacts, shop);
    {
        // Deployed first: models without the weekly pattern. The child trains with the
        // defaults, which beat them, so it writes files, registers and deploys while killed.
        store.context->options.config.weekly = forecast::SeasonalityToggle::off();
        training::TrainingQueue queue(*store.context);
        QCOMPARE(fixtures::runJob(queue, {}).status, storage::job::kCompleted);
        store.context->options = training::TrainingOptions{};
    }
    QHash<qint64, qint64> before; // product -> deployed version
    for (const storage::ModelVersion& v : registry.versions()) {
        if (v.production)
            before.insert(v.productId, v.id);
    }
    QCOMPARE(before.size(), 160);

    // The child retrains everything on the same store; it is killed mid-way.
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DATABASE_URL"),
               QStringLiteral("sqlite://") + store.dir.filePath(QStringLiteral("store.sqlite")));
    env.insert(QStringLiteral("MODEL_STORAGE_PATH"), store.dir.filePath(QStringLiteral("models")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), store.dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("TRAINING_THREADS"), QStringLiteral("2"));
    child.setProcessEnvironment(env);
    child.start(QStringLiteral(BAKERY_CLI), {QStringLiteral("train"), QStringLiteral("--all"),
                                             QStringLiteral("--wait"), QStringLiteral("--json")});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));
    int done = 0;
    QElapsedTimer timer;
    timer.start();
    while (done < killAfter && child.state() == QProcess::Running && timer.elapsed() < 300000) {
        child.waitForReadyRead(100);
        while (child.canReadLine()) {
            const QJsonObject line = QJsonDocument::fromJson(child.readLine()).object();
            done = std::max(done, line.value(QStringLiteral("products_done")).toInt());
        }
    }
    QVERIFY2(child.state() == QProcess::Running,
             qPrintable(QStringLiteral("the child ended before the kill: ") +
                        QString::fromUtf8(child.readAllStandardError())));
    child.kill(); // SIGKILL: no handler, no cleanup
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    const storage::JobStore jobs(*store.db, shop);
    const storage::JobRecord killed = jobs.jobs().front();
    QCOMPARE(killed.status, storage::job::kRunning); // nobody has cleaned up yet

    // The next start.
    const training::RecoveryReport report = training::recoverAfterCrash(*store.context);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.integrity, QStringLiteral("ok"));
    QCOMPARE(report.interruptedJobs, QStringList{killed.jobId});
    QVERIFY(report.missingFiles.isEmpty());
    const storage::JobRecord after = jobs.job(killed.jobId).value();
    QCOMPARE(after.status, storage::job::kFailed);
    QCOMPARE(after.errorType, QStringLiteral("interrupted"));

    // Files and rows agree one to one, and every file verifies.
    QString error;
    QStringList rows = registry.allArtifactPaths(&error);
    QStringList temporaries;
    QStringList files = store.artifacts->listArtifacts(&temporaries);
    rows.sort();
    files.sort();
    QCOMPARE(files, rows);
    QVERIFY(temporaries.isEmpty());
    for (const storage::ModelVersion& v : registry.versions())
        QVERIFY2(store.artifacts->verify(v.modelPath, v.checksum, &error), qPrintable(error));

    // Deployed: one per product; the one from before, or a version this job finished and
    // deployed in a committed transaction; and it agrees with the deployment history.
    QHash<qint64, storage::JobProduct> outcome;
    for (const storage::JobProduct& p : jobs.products(killed.jobId))
        outcome.insert(p.productId, p);
    int changed = 0;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        const auto deployed = registry.deployed(it.key());
        QVERIFY(deployed);
        const storage::JobProduct p = outcome.value(it.key());
        if (deployed->id != it.value()) {
            ++changed;
            QCOMPARE(p.status, storage::job::kCompleted);
            QCOMPARE(deployed->jobId, killed.jobId);
            QVERIFY(p.deployed);
        }
        QCOMPARE(registry.deployments(it.key()).front().modelId, deployed->id);
        // Products the job never finished left no version behind.
        const auto versions = registry.versions(it.key());
        if (p.status != storage::job::kCompleted)
            QVERIFY(std::none_of(versions.begin(), versions.end(),
                                 [&](const auto& v) { return v.jobId == killed.jobId; }));
    }
    const auto trained = std::count_if(outcome.cbegin(), outcome.cend(), [](const auto& p) {
        return p.status == storage::job::kCompleted;
    });
    QVERIFY(trained >= killAfter);
    QVERIFY(trained < 160);
    qInfo("killed after %d products: %d trained by the job, %d deployments changed", killAfter,
          int(trained), changed);

    // And work goes on: a retry finishes the rest.
    training::TrainingQueue queue(*store.context);
    const auto retry = queue.retry(killed.jobId, &error);
    QVERIFY2(retry, qPrintable(error));
    QSignalSpy finished(&queue, &training::TrainingQueue::jobFinished);
    QTRY_VERIFY_WITH_TIMEOUT(jobs.job(retry->jobId)->isFinished(), 300000);
    QCOMPARE(jobs.job(retry->jobId)->status, storage::job::kCompleted);
}

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "TestCrashRecovery.moc"
