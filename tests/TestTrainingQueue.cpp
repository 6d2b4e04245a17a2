// The training service end to end on a real SQLite file and real artifact files:
// import -> Train all -> versions, metrics, verified artifacts, auto-deploy, events,
// logs; incremental training; one job per identical request; priority and the
// concurrency limit.
#include "TrainingFixtures.h"

#include "data/SalesImporter.h"
#include "evaluation/Metrics.h"
#include "forecast/ForecastModel.h"
#include "storage/EventLog.h"
#include "storage/ModelRegistry.h"
#include "training/ResultWriter.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

using namespace bakery;
using fixtures::TrainingStore;

class TestTrainingQueue : public QObject
{
    Q_OBJECT

private slots:
    void trainAllOnReferenceData();
    void autoDeployKeepsTheBetterDeployedVersion();
    void incrementalTrainingSkipsUnchangedProducts();
    void identicalRequestReturnsTheQueuedJob();
    void priorityThenFifo();
    void concurrencyLimitHolds();
    void weeklyRetrainingWithNewDataDeploys();
    void trainAllWhileTheLastOneStopsQueuesANewJob();
    void aJobTrainsWithTheSettingsItWasQueuedWith();
    void aDeploymentMadeDuringTrainingStays();
};

void TestTrainingQueue::trainAllOnReferenceData()
{
    TrainingStore store;
    const storage::SalesStore sales(*store.db);
    const data::ImportResult imported = data::SalesImporter().importFile(
        QStringLiteral(BAKERY_TEST_DATA_DIR "/import/pharma-sales/salesdaily.csv"), sales);
    QVERIFY2(imported.stored, qPrintable(imported.report.decisions.join(QLatin1Char('\n'))));
    const auto products = sales.products();
    QCOMPARE(products.size(), std::size_t(8)); // M01AB .. R06 (the file's header)

    training::TrainingQueue queue(*store.context);
    QSignalSpy progress(&queue, &training::TrainingQueue::progress);
    const storage::JobRecord job = fixtures::runJob(queue, {});
    QCOMPARE(job.status, storage::job::kCompleted);
    QCOMPARE(job.productsTotal, 8);
    QCOMPARE(job.productsCompleted, 8);
    QCOMPARE(job.progress, 100.0);

    // Progress: the last report is final and at 100 %.
    QVERIFY(!progress.isEmpty());
    const auto last = progress.last().at(0).value<training::TrainingProgress>();
    QVERIFY(last.final);
    QCOMPARE(last.percent, 100.0);
    QCOMPARE(last.productsDone, 8);

    const storage::ModelRegistry registry(*store.db, *store.artifacts, QStringLiteral("default"));
    for (const storage::ProductSummary& p : products) {
        const auto versions = registry.versions(p.id);
        QCOMPARE(versions.size(), std::size_t(1));
        const storage::ModelVersion& v = versions.front();
        QVERIFY(v.production); // the first version of a product is deployed
        QVERIFY2(v.holdout.n > 20, qPrintable(p.name));
        QVERIFY(std::isfinite(v.holdout.mae) && v.holdout.mae >= 0);
        QCOMPARE(v.evaluationEnd, QDate(1970, 1, 1).addDays(p.lastDay).toString(Qt::ISODate));
        // The artifact verifies and holds a model that predicts; its holdout metrics are
        // recomputed here from the stored holdout forecast.
        QString error;
        const auto loaded = registry.load(v.id, &error);
        QVERIFY2(loaded, qPrintable(error));
        QString parseError;
        QVERIFY(forecast::ForecastModel::fromJson(loaded->contents.modelJson, &parseError));
        std::vector<double> actual, yhat;
        const QList<QByteArray> lines = loaded->contents.holdoutCsv.split('\n');
        for (int i = 1; i < lines.size(); ++i) {
            const QList<QByteArray> cells = lines[i].split(',');
            if (cells.size() < 3)
                continue;
            actual.push_back(cells[1].isEmpty() ? std::nan("") : cells[1].toDouble());
            yhat.push_back(cells[2].toDouble());
        }
        QVERIFY(!actual.empty());
        QCOMPARE(evaluation::computeMetrics(actual, yhat).mae, v.holdout.mae);
    }

    // Each product's steps are logged with durations.
    const auto logs = storage::JobStore(*store.db, QStringLiteral("default")).logs(job.jobId);
    for (const char* step : {"load", "readiness", "holdout_fit", "evaluate", "final_fit",
                             "artifact", "register", "deploy_decision"}) {
        const int n = static_cast<int>(std::count_if(logs.begin(), logs.end(), [&](const auto& l) {
            return l.step == QLatin1String(step) && std::isfinite(l.durationMs);
        }));
        QVERIFY2(n == 8, step);
    }

    // The service's event, with a result per product and the average accuracy.
    const auto events = storage::EventLog(*store.db, QStringLiteral("default"))
                            .recent(10, QStringLiteral("training_completed"));
    QCOMPARE(events.size(), std::size_t(1));
    const QJsonObject payload = events.front().payload;
    QCOMPARE(payload.value(QStringLiteral("job_id")).toString(), job.jobId);
    QCOMPARE(payload.value(QStringLiteral("results")).toArray().size(), 8);
    QCOMPARE(payload.value(QStringLiteral("successful")).toInt(), 8);
    QVERIFY(payload.contains(QStringLiteral("average_accuracy")));
    QVERIFY(payload.value(QStringLiteral("duration_seconds")).toDouble() > 0);
}

void TestTrainingQueue::autoDeployKeepsTheBetterDeployedVersion()
{
    TrainingStore store;
    fixtures::seedProducts(*store.db, 1, 420, 5);
    const storage::ModelRegistry registry(*store.db, *store.artifacts, QStringLiteral("default"));
    const qint64 product = storage::SalesStore(*store.db).products().front().id;
    {
        training::TrainingQueue queue(*store.context);
        QCOMPARE(fixtures::runJob(queue, {}).status, storage::job::kCompleted);
    }
    const qint64 good = registry.deployed(product).value().id;

    // The newer model is worse by construction: no weekly seasonality on a strongly weekly
    // series. It is registered, but the deployed version stays.
    store.context->options.config.weekly = forecast::SeasonalityToggle::off();
    storage::JobRecord job;
    {
        training::TrainingQueue queue(*store.context);
        storage::JobRequest forced;
        forced.force = true;
        job = fixtures::runJob(queue, forced);
    }
    QCOMPARE(job.status, storage::job::kCompleted);
    const auto versions = registry.versions(product);
    QCOMPARE(versions.size(), std::size_t(2));
    const storage::ModelVersion& worse =
        versions.front().id == good ? versions.back() : versions.front();
    QVERIFY(worse.id != good);
    QVERIFY(!worse.production);
    QCOMPARE(registry.deployed(product)->id, good);
    QVERIFY2(worse.holdout.mae > registry.version(good)->holdout.mae,
             "the constructed case must really be worse");
    const auto logs = storage::JobStore(*store.db, QStringLiteral("default")).logs(job.jobId);
    const auto decision = std::find_if(logs.begin(), logs.end(), [](const auto& l) {
        return l.step == QLatin1String("deploy_decision");
    });
    QVERIFY(decision != logs.end());
    QVERIFY2(decision->message.startsWith(QLatin1String("kept version")),
             qPrintable(decision->message));
}

void TestTrainingQueue::incrementalTrainingSkipsUnchangedProducts()
{
    TrainingStore store;
    fixtures::seedProducts(*store.db, 3, 200, 11);
    const storage::ModelRegistry registry(*store.db, *store.artifacts, QStringLiteral("default"));
    training::TrainingQueue queue(*store.context);
    QCOMPARE(fixtures::runJob(queue, {}).productsSkipped, 0);
    QCOMPARE(registry.versions().size(), std::size_t(3));

    storage::JobRecord again = fixtures::runJob(queue, {});
    QCOMPARE(again.status, storage::job::kCompleted);
    QCOMPARE(again.productsSkipped, 3);
    QCOMPARE(registry.versions().size(), std::size_t(3));

    // The skip check is timed like every step.
    for (const storage::StepLog& l :
         storage::JobStore(*store.db, QStringLiteral("default")).logs(again.jobId)) {
        if (l.step == QLatin1String("skip"))
            QVERIFY2(std::isfinite(l.durationMs) && l.durationMs >= 0, qPrintable(l.productName));
    }

    // Forced: trained again, but an identical model is stored once.
    storage::JobRequest forced;
    forced.force = true;
    again = fixtures::runJob(queue, forced);
    QCOMPARE(again.productsSkipped, 0);
    QCOMPARE(again.productsCompleted, 3);
    QCOMPARE(registry.versions().size(), std::size_t(3));

    // New sales for one product: only that one trains.
    storage::SalesBatch more{
        QStringLiteral("more.csv"), QStringLiteral("01"), QStringLiteral("units"), {}};
    storage::ProductSales p{QStringLiteral("Producto 002"), {}, std::nan(""), {}};
    p.days.push_back({fixtures::day(2023, 1, 2) + 200, 55.0, false});
    more.products.push_back(p);
    QVERIFY(storage::SalesStore(*store.db).store(more).ok());
    again = fixtures::runJob(queue, {});
    QCOMPARE(again.productsSkipped, 2);
    QCOMPARE(registry.versions().size(), std::size_t(4));
}

void TestTrainingQueue::identicalRequestReturnsTheQueuedJob()
{
    TrainingStore store;
    fixtures::seedProducts(*store.db, 2, 60, 3);
    training::TrainingQueue queue(*store.context);
    queue.setAcceptingJobs(false); // keep it pending
    bool existing = true;
    QString error;
    const auto first = queue.submit({}, &existing, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(!existing);
    const auto second = queue.submit({}, &existing, &error);
    QVERIFY(second);
    QVERIFY(existing);
    QCOMPARE(second->jobId, first->jobId);
    storage::JobRequest forced;
    forced.force = true; // a different request is a different job
    const auto third = queue.submit(forced, &existing, &error);
    QVERIFY(!existing);
    QVERIFY(third->jobId != first->jobId);
    storage::JobRequest unknown;
    unknown.products = {QStringLiteral("Pan que no existe")};
    QVERIFY(!queue.submit(unknown, &existing, &error));
    QVERIFY2(error.contains(QLatin1String("Pan que no existe")), qPrintable(error));
    QCOMPARE(storage::JobStore(*store.db, QStringLiteral("default")).jobs().size(), std::size_t(2));
}

void TestTrainingQueue::priorityThenFifo()
{
    TrainingStore store;
    fixtures::seedProducts(*store.db, 3, 60, 3);
    const storage::JobStore jobs(*store.db, QStringLiteral("default"));
    const auto submit = [&](const QString& product, int priority) {
        storage::JobRequest r;
        r.products = {product};
        r.priority = priority;
        bool existing = false;
        QString error;
        return jobs.submit(r, &existing, &error).value().jobId;
    };
    const QString a = submit(QStringLiteral("Producto 001"), 0);
    const QString b = submit(QStringLiteral("Producto 002"), 5);
    const QString c = submit(QStringLiteral("Producto 003"), 0);
    QString error;
    QCOMPARE(jobs.claimNextJob(QStringLiteral("w"), 0, &error)->jobId, b);
    // MAX_CONCURRENT_JOBS is the shop's: another process claims nothing while b runs.
    QVERIFY(!jobs.claimNextJob(QStringLiteral("other"), 1, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(jobs.claimNextJob(QStringLiteral("other"), 2, &error)->jobId, a);
    QCOMPARE(jobs.claimNextJob(QStringLiteral("w"), 0, &error)->jobId, c);
    QVERIFY(!jobs.claimNextJob(QStringLiteral("w"), 0, &error));
}

void TestTrainingQueue::concurrencyLimitHolds()
{
    training::TrainingLimits limits;
    limits.maxConcurrentJobs = 2;
    TrainingStore store(limits);
    fixtures::seedProducts(*store.db, 10, 120, 9);
    training::TrainingQueue queue(*store.context);
    const storage::JobStore jobs(*store.db, QStringLiteral("default"));
    int most = 0;
    int mostInDb = 0;
    connect(&queue, &training::TrainingQueue::jobStarted, this, [&]() {
        most = std::max(most, queue.activeJobs());
        mostInDb = std::max(mostInDb, jobs.countWithStatus(storage::job::kRunning));
    });
    QSignalSpy finished(&queue, &training::TrainingQueue::jobFinished);
    QStringList ids;
    for (int i = 0; i < 5; ++i) {
        storage::JobRequest r;
        r.products = {QStringLiteral("Producto %1").arg(2 * i + 1, 3, 10, QLatin1Char('0')),
                      QStringLiteral("Producto %1").arg(2 * i + 2, 3, 10, QLatin1Char('0'))};
        bool existing = false;
        QString error;
        ids << queue.submit(r, &existing, &error).value().jobId;
    }
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 5, 120000);
    QCOMPARE(most, 2);
    QVERIFY(mostInDb <= 2);
    for (const QString& id : ids)
        QCOMPARE(jobs.job(id)->status, storage::job::kCompleted);
}

void TestTrainingQueue::weeklyRetrainingWithNewDataDeploys()
{
    TrainingStore store;
    fixtures::seedProducts(*store.db, 1, 300, 17);
    const storage::ModelRegistry registry(*store.db, *store.artifacts, QStringLiteral("default"));
    const qint64 product = storage::SalesStore(*store.db).products().front().id;
    training::TrainingQueue queue(*store.context);
    QCOMPARE(fixtures::runJob(queue, {}).status, storage::job::kCompleted);
    const qint64 first = registry.deployed(product).value().id;

    // A week of new sales, same settings: the deployed version has seen part of the new
    // holdout window, so it is refitted on the candidate's rows, which makes it the
    // candidate. The tie goes to the newer version.
    storage::SalesBatch week{
        QStringLiteral("week.csv"), QStringLiteral("01"), QStringLiteral("units"), {}};
    storage::ProductSales p{QStringLiteral("Producto 001"), {}, std::nan(""), {}};
    const auto values = fixtures::bakerySeries(307, 17, 20.0);
    for (int i = 300; i < 307; ++i)
        p.days.push_back({fixtures::day(2023, 1, 2) + i, values[i], false});
    week.products.push_back(p);
    QVERIFY(storage::SalesStore(*store.db).store(week).ok());
    const storage::JobRecord job = fixtures::runJob(queue, {});
    QCOMPARE(job.status, storage::job::kCompleted);
    QCOMPARE(registry.versions(product).size(), std::size_t(2));
    const storage::ModelVersion deployed = registry.deployed(product).value();
    QVERIFY2(deployed.id != first, "the version trained on the new week must be deployed");
    QCOMPARE(deployed.trainingEnd,
             QDate(2023, 1, 2).addDays(306).toString(Qt::ISODate)); // the new data
    const auto logs = storage::JobStore(*store.db, QStringLiteral("default")).logs(job.jobId);
    const auto decision = std::find_if(logs.begin(), logs.end(), [](const auto& l) {
        return l.step == QLatin1String("deploy_decision");
    });
    QVERIFY(decision != logs.end());
    QVERIFY2(decision->message.startsWith(QLatin1String("deployed")) &&
                 decision->message.contains(QLatin1String("refitted")),
             qPrintable(decision->message));
}

void TestTrainingQueue::trainAllWhileTheLastOneStopsQueuesANewJob()
{
    TrainingStore store;
    fixtures::seedProducts(*store.db, 2, 60, 3);
    const storage::JobStore jobs(*store.db, QStringLiteral("default"));
    bool existing = true;
    QString error;
    const auto first = jobs.submit({}, &existing, &error);
    QVERIFY2(first, qPrintable(error));
    QVERIFY(jobs.claimNextJob(QStringLiteral("w"), 0, &error)); // running
    QVERIFY2(jobs.requestCancel(first->jobId, QStringLiteral("test"), &error), qPrintable(error));
    // Still running while it stops, but a new Train all must not be folded into it.
    const auto second = jobs.submit({}, &existing, &error);
    QVERIFY2(second, qPrintable(error));
    QVERIFY(!existing);
    QVERIFY(second->jobId != first->jobId);
    QCOMPARE(second->status, storage::job::kPending);
}

void TestTrainingQueue::aJobTrainsWithTheSettingsItWasQueuedWith()
{
    TrainingStore store; // its settings: weekly seasonality "auto"
    fixtures::seedProducts(*store.db, 1, 120, 23);
    training::TrainingOptions queued = store.context->options;
    queued.config.weekly = forecast::SeasonalityToggle::off();
    storage::JobRequest request;
    request.config = training::optionsJson(queued);
    bool existing = false;
    QString error;
    const auto job =
        storage::JobStore(*store.db, QStringLiteral("default")).submit(request, &existing, &error);
    QVERIFY2(job, qPrintable(error));
    QVERIFY2(job->createdAt.contains(QLatin1Char('.')), qPrintable(job->createdAt)); // ms
    training::TrainingQueue queue(*store.context);
    QSignalSpy finished(&queue, &training::TrainingQueue::jobFinished);
    queue.pump();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 120000);
    const auto versions =
        storage::ModelRegistry(*store.db, *store.artifacts, QStringLiteral("default")).versions();
    QCOMPARE(versions.size(), std::size_t(1));
    QCOMPARE(
        versions.front().hyperparameters.value(QStringLiteral("weekly_seasonality")).toString(),
        QStringLiteral("false"));
    QCOMPARE(versions.front().jobId, job->jobId);
}

void TestTrainingQueue::aDeploymentMadeDuringTrainingStays()
{
    TrainingStore store;
    fixtures::seedProducts(*store.db, 1, 200, 29);
    const storage::ModelRegistry registry(*store.db, *store.artifacts, QStringLiteral("default"));
    const storage::JobStore jobs(*store.db, QStringLiteral("default"));
    const QString name = QStringLiteral("Producto 001");
    training::TrainingQueue queue(*store.context);
    QCOMPARE(fixtures::runJob(queue, {}).status, storage::job::kCompleted);
    const qint64 product = storage::SalesStore(*store.db).products().front().id;
    const qint64 v1 = registry.deployed(product).value().id;
    store.context->options.autoDeploy = false;
    store.context->options.config.changepointPriorScale = 0.5;
    storage::JobRequest forced;
    forced.force = true;
    QCOMPARE(fixtures::runJob(queue, forced).status, storage::job::kCompleted);
    const qint64 v2 = registry.versions(product).front().id;
    QVERIFY(v2 != v1);

    // A product decided "deploy" against v1; meanwhile the owner deployed v2 by hand.
    bool existing = false;
    QString error;
    const auto job = jobs.submit(forced, &existing, &error);
    QVERIFY2(job && jobs.claimNextJob(QStringLiteral("w"), 0, &error), qPrintable(error));
    const auto claimed = jobs.claimProducts(job->jobId, QStringLiteral("w"), 1, &error);
    QCOMPARE(claimed.size(), std::size_t(1));
    training::TrainingOptions options = store.context->options;
    options.autoDeploy = true;
    options.config.changepointPriorScale = 0.2;
    training::ProductInput in;
    in.productId = product;
    in.name = name;
    in.sales = storage::SalesStore(*store.db).sales(name);
    training::ProductResult r = training::trainProduct(in, options);
    QCOMPARE(r.status, storage::job::kCompleted);
    r.deploy = true;
    r.comparedModelId = v1;
    QVERIFY2(registry.deploy(v2, QStringLiteral("by hand"), &error), qPrintable(error));
    const training::ResultWriter writer(*store.context, options, jobs, registry);
    const training::ProductOutcome o = writer.write(claimed.front(), r, {});
    QCOMPARE(o.status, storage::job::kCompleted);
    QVERIFY(!o.deployed);
    QVERIFY2(o.message.contains(QLatin1String("changed during training")), qPrintable(o.message));
    QCOMPARE(registry.deployed(product)->id, v2);
    QCOMPARE(registry.versions(product).size(), std::size_t(3));
}

QTEST_GUILESS_MAIN(TestTrainingQueue)
#include "TestTrainingQueue.moc"
