// Speed and memory of a sales import: 1 million transaction lines (~45 MB), parsed,
// aggregated and stored in a fresh SQLite database, on one core.
// Run: build/tests/bench/bakery_bench --benchmark_filter=Import
// Peak memory: the "peak_rss_mb" counter (the process's maximum resident set so far).

#include "data/SalesImporter.h"
#include "forecast/Random.h"
#include "storage/Database.h"
#include "storage/SalesStore.h"

#include <QFile>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <sys/resource.h>

using namespace bakery;

namespace {

const char* const kProducts[] = {"Barra de pan",     "Croissant",      "Napolitana de chocolate",
                                 "Magdalenas",       "Ensaimada",      "Pan integral",
                                 "Baguette",         "Chapata",        "Tarta de queso",
                                 "Palmera",          "Donut",          "Bizcocho",
                                 "Empanada de atún", "Pan de leche",   "Rosquillas",
                                 "Cruasán relleno",  "Pan de centeno", "Galletas",
                                 "Tostas",           "Café con leche"};

// A till export: date, time, ticket, product, quantity, price; 3 years, ~900 lines a day.
QString writeTransactions(const QString& dir, int lines)
{
    const QString path = dir + QStringLiteral("/transactions.csv");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    forecast::Random rng(17);
    QByteArray chunk = "date,time,ticket,product,quantity,price\n";
    const int perDay = lines / 1095 + 1;
    for (int i = 0; i < lines; ++i) {
        const QDate day = QDate(2021, 1, 1).addDays(i / perDay);
        const int seconds = 7 * 3600 + static_cast<int>(rng.uniform() * 13 * 3600);
        const auto product = static_cast<std::size_t>(rng.uniform() * 20);
        chunk += day.toString(Qt::ISODate).toLatin1() + ',' +
                 QTime(0, 0).addSecs(seconds).toString(Qt::ISODate).toLatin1() + ",T" +
                 QByteArray::number(1000000 + i / 3) + ',' + kProducts[product] + ',' +
                 QByteArray::number(1 + static_cast<int>(rng.uniform() * 3)) + ",1.35\n";
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    return path;
}

double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
}

void BM_Import(benchmark::State& state)
{
    QTemporaryDir dir;
    const QString file = writeTransactions(dir.path(), static_cast<int>(state.range(0)));
    state.counters["file_mb"] = static_cast<double>(QFile(file).size()) / 1e6;
    int run = 0;
    for (auto _ : state) {
        storage::Database db(dir.path() + QStringLiteral("/store%1.sqlite").arg(run++));
        if (!db.open()) {
            state.SkipWithError(qPrintable(db.error()));
            return;
        }
        const storage::SalesStore store(db);
        const data::ImportResult result = data::SalesImporter().importFile(file, store);
        if (!result.stored)
            state.SkipWithError("import not stored");
        benchmark::DoNotOptimize(result.report.rowsImported);
    }
    state.counters["peak_rss_mb"] = peakRssMb();
    state.counters["lines_per_s"] = benchmark::Counter(
        static_cast<double>(state.range(0)), benchmark::Counter::kIsIterationInvariantRate);
}

BENCHMARK(BM_Import)->Arg(100000)->Arg(1000000)->Unit(benchmark::kMillisecond)->Iterations(3);

} // namespace
