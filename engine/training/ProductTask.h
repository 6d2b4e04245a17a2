#pragma once
// One product's fit as a thread-pool task: trains it, writes its artifact on the pool
// thread, and hands it back to the job's runner (TrainingRunner) through a TaskChannel.

#include "artifacts/ArtifactStore.h"
#include "storage/JobStore.h"
#include "training/TrainingPipeline.h"

#include <QHash>
#include <QString>
#include <QThreadPool>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <vector>

namespace bakery::training {

/// A claimed product on its way through the pool, then to the ResultWriter.
struct ProductTask
{
    storage::JobProduct product;
    ProductResult result;
    std::vector<storage::StepLog> logs; ///< measured on the runner (load)
};

// What the pool's tasks share with the runner.
struct TaskChannel
{
    std::mutex mutex;
    std::condition_variable ready;
    std::deque<ProductTask> done;
    QHash<QString, QString> steps; ///< running product -> step
    QString lastStep;
    std::atomic_bool abort{false};
};

/// Fits `input` on `pool`, reporting each step in channel->steps and giving up once
/// channel->abort is set; a completed fit's artifact is written (for `tenant`) before the
/// task lands in channel->done. `loadedModelId`: the deployed version the runner read.
void startProductTask(QThreadPool& pool, const std::shared_ptr<TaskChannel>& channel,
                      const ProductTask& task, ProductInput input, const TrainingOptions& options,
                      const artifacts::ArtifactStore& artifactStore, qint64 loadedModelId,
                      const QString& tenant);

} // namespace bakery::training
