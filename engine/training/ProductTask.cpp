#include "training/ProductTask.h"

#include "storage/ModelRegistry.h"
#include "training/ResultWriter.h"

#include <QElapsedTimer>

namespace bakery::training {

void startProductTask(QThreadPool& pool, const std::shared_ptr<TaskChannel>& channel,
                      const ProductTask& task, ProductInput input, const TrainingOptions& options,
                      const artifacts::ArtifactStore& artifactStore, qint64 loadedModelId,
                      const QString& tenant)
{
    // The input travels with the task; the ProductTask keeps only what the writer needs.
    auto shared = std::make_shared<ProductInput>(std::move(input));
    auto pending = std::make_shared<ProductTask>(task);
    pool.start(
        [channel, options, shared, pending, store = &artifactStore, loadedModelId, tenant]() {
            const QString name = shared->name;
            ProductResult& r = pending->result;
            r = trainProduct(*shared, options, [&](const QString& step) {
                if (channel->abort.load())
                    return false;
                std::lock_guard lock(channel->mutex);
                channel->steps.insert(name, step);
                channel->lastStep = name + QStringLiteral(": ") + step;
                return true;
            });
            r.loadedModelId = loadedModelId;
            // The artifact is written here, in parallel with other products' fits; the runner
            // registers it in one transaction, or removes it.
            if (r.status == storage::job::kCompleted && !channel->abort.load()) {
                QElapsedTimer timer;
                timer.start();
                r.version = storage::newModelVersion();
                r.artifact = store->write(
                    tenant, name, r.version,
                    artifactContents(r, r.version, pending->product.jobId, r.dataFingerprint),
                    &r.artifactError);
                r.artifactMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
            }
            std::lock_guard lock(channel->mutex);
            channel->steps.remove(name);
            channel->done.push_back(std::move(*pending));
            channel->ready.notify_one();
        });
}

} // namespace bakery::training
