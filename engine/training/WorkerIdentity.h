#pragma once
// Who claims jobs: "host:pid:token", unique per process. Crash recovery asks
// whether the worker of a running job still exists; on this host that is a
// process check, elsewhere only the job's heartbeat can tell.

#include <QString>

namespace bakery::training {

/// This process's worker id (stable for the process's life).
QString currentWorkerId();

/// False when `worker` is known to be gone: a process on this host that no longer runs,
/// or this process's pid with another token (pid reuse). True when it cannot be told.
bool isWorkerAlive(const QString& worker);

} // namespace bakery::training
