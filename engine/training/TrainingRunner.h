#pragma once
// Runs one job on the calling thread (the job's owning thread): claims the job's
// products in small batches, loads each product's data, hands the pure compute to
// a shared thread pool (ProductTask), writes each result as it arrives (ResultWriter), and
// reports progress. Stops on cancel (local flag or the job's cancel_requested
// column, so `bakery-trainer-cli cancel` reaches another process) and on the time
// limit: finished products keep their versions, running ones are abandoned.

#include "storage/JobStore.h"
#include "training/TrainingContext.h"
#include "training/TrainingProgress.h"

#include <QThreadPool>

#include <atomic>
#include <functional>

namespace bakery::training {

class TrainingRunner
{
public:
    using ProgressSink = std::function<void(const TrainingProgress&)>;

    /// How the owner stops a run (the value of the `stop` flag).
    enum Stop : int {
        Continue = 0,
        Cancel = 1,  ///< the job is cancelled: every unfinished product of it is abandoned
        Release = 2, ///< this worker leaves: its running products go back to pending for
                     ///< other workers; the job itself goes on
    };

    /// `pool`: where products are fitted (one product per thread, each fit single-threaded).
    /// `worker`: this process's identity (WorkerIdentity). `stop`: set by the owner to stop.
    TrainingRunner(const TrainingContext& context, QThreadPool& pool, QString worker,
                   ProgressSink sink, const std::atomic_int* stop = nullptr);

    /// Works on `job` (already claimed or joined) until none of its products is left for
    /// this worker. Returns the job's final status if this runner finished it, else
    /// "running" (another worker finishes it).
    QString run(const storage::JobRecord& job);

    /// Minimum time between two progress reports (25 per second).
    static constexpr int kReportIntervalMs = 40;

private:
    const TrainingContext& m_context;
    QThreadPool& m_pool;
    QString m_worker;
    ProgressSink m_sink;
    const std::atomic_int* m_stop;
};

} // namespace bakery::training
