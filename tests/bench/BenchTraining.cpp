// "Train all" of 500 products with 2 years of daily history each, end to end: load,
// holdout fit, holdout metrics, deploy comparison, final fit, artifact (zip, SHA-256,
// atomic write), registration and logs, on a fresh SQLite store per iteration.
// Run alone, so the peak memory is this benchmark's:
//   build/tests/bench/bakery_bench --benchmark_filter=TrainAll
// Counters: products_per_s, peak_rss_mb (the process's maximum resident set).

#include "artifacts/ArtifactStore.h"
#include "forecast/Random.h"
#include "storage/Database.h"
#include "storage/JobStore.h"
#include "storage/SalesStore.h"
#include "training/TrainingQueue.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QThread>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cmath>

using namespace bakery;

namespace {

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

// Weekly and yearly cycles, a trend, noise: every product a little different.
storage::SalesBatch bakeryProducts(int products, int days)
{
    forecast::Random rng(29);
    storage::SalesBatch batch{
        QStringLiteral("bench.csv"), QStringLiteral("00"), QStringLiteral("units"), {}};
    const int first = static_cast<int>(QDate(1970, 1, 1).daysTo(QDate(2023, 1, 2)));
    for (int p = 0; p < products; ++p) {
        storage::ProductSales s{QStringLiteral("Producto %1").arg(p + 1, 3, 10, QLatin1Char('0')),
                                {},
                                std::nan(""),
                                {}};
        const double level = 10.0 + (p % 50);
        for (int i = 0; i < days; ++i) {
            const double week = 1.0 + 0.3 * std::sin(2 * M_PI * (i + p) / 7.0);
            const double year = 1.0 + 0.2 * std::sin(2 * M_PI * i / 365.25 + p);
            const double mean = level * week * year * (1.0 + 0.0002 * i);
            s.days.push_back({first + i,
                              std::max(0.0, std::round(mean + std::sqrt(mean) * rng.normal())),
                              false});
        }
        batch.products.push_back(std::move(s));
    }
    return batch;
}

void BM_TrainAll(benchmark::State& state)
{
    const int products = static_cast<int>(state.range(0));
    const storage::SalesBatch batch = bakeryProducts(products, 730);
    int run = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QTemporaryDir dir;
        storage::Database db(dir.filePath(QStringLiteral("store%1.sqlite").arg(run++)));
        if (!db.open() || !storage::SalesStore(db).store(batch).ok()) {
            state.SkipWithError("cannot seed the store");
            return;
        }
        const artifacts::ArtifactStore artifacts(dir.filePath(QStringLiteral("models")), true);
        training::TrainingLimits limits;
        limits.threads = QThread::idealThreadCount();
        const training::TrainingContext context{db, artifacts, QStringLiteral("default"),
                                                training::TrainingOptions{}, limits};
        training::TrainingQueue queue(context);
        QEventLoop loop;
        QObject::connect(&queue, &training::TrainingQueue::idle, &loop, &QEventLoop::quit);
        state.ResumeTiming();

        bool existing = false;
        QString error;
        const auto job = queue.submit({}, &existing, &error);
        loop.exec();

        state.PauseTiming();
        const auto done = storage::JobStore(db, QStringLiteral("default")).job(job->jobId);
        if (!done || done->status != storage::job::kCompleted ||
            done->productsCompleted != products || done->productsFailed != 0)
            state.SkipWithError("the job did not train every product");
        state.ResumeTiming();
    }
    state.counters["threads"] = QThread::idealThreadCount();
    state.counters["peak_rss_mb"] = peakRssMb();
    state.counters["products_per_s"] =
        benchmark::Counter(products, benchmark::Counter::kIsIterationInvariantRate);
}

BENCHMARK(BM_TrainAll)->Arg(500)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

} // namespace
