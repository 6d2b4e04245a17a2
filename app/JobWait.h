#pragma once
// `train --wait` (and retry, run-due): runs the training queue in this process until one
// job has ended, showing its progress, and prints the job's summary.

#include <QString>

namespace bakery::training {
class Workspace;
}

namespace bakery::app::cli {

/// Pumps workspace.queue() until job `jobId` is finished (here or by another worker),
/// drawing a live bar on a terminal, else printing one JSON line per progress report (also
/// with `json`). SIGINT/SIGTERM cancel the job (a second one stops at once). Prints the
/// summary (JSON with `json`). Returns 0 when the job completed, 1 otherwise.
int waitForJob(training::Workspace& workspace, const QString& jobId, bool json);

} // namespace bakery::app::cli
