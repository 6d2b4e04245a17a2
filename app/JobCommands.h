#pragma once
// `bakery-trainer-cli jobs`, `job`, `logs` and `cancel`: the training queue's records.

#include <QStringList>

namespace bakery::app {

/// Exit codes: 0 ok, 1 no such job (or, for cancel, it is not pending or running),
/// 2 bad usage.
int runJobsCommand(const QStringList& arguments);
int runJobCommand(const QStringList& arguments);
int runLogsCommand(const QStringList& arguments);
int runCancelCommand(const QStringList& arguments);

} // namespace bakery::app
