#pragma once
// Everything a training run needs from outside: the store, the artifact folder,
// the shop and the limits, built once from Settings.

#include "artifacts/ArtifactStore.h"
#include "storage/Database.h"
#include "training/TrainingPipeline.h"

#include <QString>

namespace bakery::config {
struct Settings;
}

namespace bakery::training {

struct TrainingLimits
{
    int maxConcurrentJobs = 3;       ///< MAX_CONCURRENT_JOBS: jobs running at once in the shop
    qint64 timeLimitMs = 30 * 60000; ///< MAX_TRAINING_TIME_MINUTES, per job from its start
    int threads = 2;                 ///< products fitted at once (private pool), >= 1
    int maxVersionsPerProduct = 10;  ///< MAX_MODEL_VERSIONS_PER_PRODUCT
    int retentionDays = 90;          ///< MODEL_RETENTION_DAYS
    int maxRetries = 3;              ///< MAX_TRAINING_RETRIES
};

struct TrainingContext
{
    const storage::Database& db;
    const artifacts::ArtifactStore& artifacts;
    QString tenant;
    TrainingOptions options;
    TrainingLimits limits;
};

/// The model settings (PROPHET_*, HOLDOUT_DAYS, MIN_TRAINING_DATA_DAYS, ENABLE_AUTO_DEPLOYMENT).
TrainingOptions trainingOptions(const config::Settings& s);
TrainingLimits trainingLimits(const config::Settings& s);

} // namespace bakery::training
