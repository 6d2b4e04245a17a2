#pragma once
// A throwaway training store (SQLite file + artifact folder in a temporary folder)
// and synthetic bakery products, shared by the training tests.

#include "artifacts/ArtifactStore.h"
#include "storage/Database.h"
#include "storage/SalesStore.h"
#include "training/TrainingContext.h"
#include "training/TrainingQueue.h"

#include <QDate>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace fixtures {

using namespace bakery;

struct TrainingStore
{
    QTemporaryDir dir;
    std::unique_ptr<storage::Database> db;
    std::unique_ptr<artifacts::ArtifactStore> artifacts;
    std::unique_ptr<training::TrainingContext> context;

    explicit TrainingStore(const training::TrainingLimits& limits = {},
                           const QString& tenant = QStringLiteral("default"))
    {
        db = std::make_unique<storage::Database>(dir.filePath(QStringLiteral("store.sqlite")));
        if (!db->open())
            qFatal("cannot open the test store: %s", qPrintable(db->error()));
        artifacts = std::make_unique<artifacts::ArtifactStore>(
            dir.filePath(QStringLiteral("models")), true);
        training::TrainingOptions options;
        options.config.uncertaintySamples = 200; // intervals are not what these tests check
        options.config.countryHolidays = QStringLiteral("ES");
        context.reset(new training::TrainingContext{*db, *artifacts, tenant, options, limits});
    }
};

/// A bakery-like daily series: weekly cycle (weekend high, Monday low), yearly swing,
/// noise. `weeklyStrength` 0 gives a flat week.
inline std::vector<double> bakerySeries(int days, quint32 seed, double level = 40.0,
                                        double weeklyStrength = 0.4)
{
    QRandomGenerator rng(seed);
    std::vector<double> v;
    for (int i = 0; i < days; ++i) {
        const int weekday = i % 7;
        const double week = 1.0 + weeklyStrength * (weekday >= 5 ? 1.0 : weekday == 0 ? -0.8 : 0.0);
        const double year = 1.0 + 0.15 * std::sin(2 * M_PI * i / 365.25);
        const double mean = level * week * year;
        const double noise = (rng.generateDouble() - 0.5) * 2.0 * std::sqrt(mean);
        v.push_back(std::max(0.0, std::round(mean + noise)));
    }
    return v;
}

inline int day(int y, int m, int d)
{
    return static_cast<int>(QDate(1970, 1, 1).daysTo(QDate(y, m, d)));
}

/// Stores `n` products "Producto 001".. with `days` days each from 2023-01-02 (a Monday).
inline void seedProducts(const storage::Database& db, int n, int days, quint32 seed = 1,
                         const QString& tenant = QStringLiteral("default"))
{
    storage::SalesBatch batch{
        QStringLiteral("synthetic.csv"), QStringLiteral("00"), QStringLiteral("units"), {}};
    for (int p = 0; p < n; ++p) {
        storage::ProductSales s{QStringLiteral("Producto %1").arg(p + 1, 3, 10, QLatin1Char('0')),
                                {},
                                std::nan(""),
                                {}};
        const auto values = bakerySeries(days, seed + p, 20.0 + p % 30);
        for (int i = 0; i < days; ++i)
            s.days.push_back({day(2023, 1, 2) + i, values[i], false});
        batch.products.push_back(s);
    }
    const storage::StoreResult r = storage::SalesStore(db, tenant).store(batch);
    if (!r.ok())
        qFatal("cannot seed products: %s", qPrintable(r.error));
}

/// Submits and waits for the job to finish; returns its final record.
inline storage::JobRecord runJob(training::TrainingQueue& queue, const storage::JobRequest& request,
                                 int timeoutMs = 120000)
{
    QSignalSpy finished(&queue, &training::TrainingQueue::jobFinished);
    bool existing = false;
    QString error;
    const auto job = queue.submit(request, &existing, &error);
    if (!job)
        qFatal("submit failed: %s", qPrintable(error));
    const QString id = job->jobId;
    QElapsedTimer t;
    t.start();
    auto done = [&]() {
        for (const auto& args : finished)
            if (args.at(0).toString() == id)
                return true;
        return false;
    };
    while (!done() && t.elapsed() < timeoutMs)
        finished.wait(200);
    return storage::JobStore(queue.context().db, queue.context().tenant).job(id).value();
}

} // namespace fixtures
