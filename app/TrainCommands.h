#pragma once
// `bakery-trainer-cli train`, `retry` and `worker`: queueing training jobs and running them
// (in a background worker process, in this process with --wait, or as a worker draining the
// shared queue).

#include <QJsonObject>
#include <QStringList>

class QCommandLineParser;

namespace bakery::storage {
struct JobRecord;
}
namespace bakery::training {
class Workspace;
}

namespace bakery::app {

/// Exit codes: 0 queued (or, with --wait, completed), 1 the job failed or was cancelled, or
/// the product/job does not exist, 2 bad usage.
int runTrainCommand(const QStringList& arguments);
int runRetryCommand(const QStringList& arguments);
/// 0 after --until-idle found nothing left, or after SIGINT/SIGTERM; 2 bad usage.
int runWorkerCommand(const QStringList& arguments);

namespace cli {

/// After a submit: prints the job (its id, or with --json its record plus already_queued and
/// the members of `extra`),
/// then with `wait` runs it here (waitForJob), else starts a background worker process
/// (`worker --until-idle`, with the parser's --database) and returns 0.
int followJob(training::Workspace& workspace, const QCommandLineParser& parser,
              const storage::JobRecord& job, bool existing, bool wait, bool json,
              const QJsonObject& extra = {});

} // namespace cli
} // namespace bakery::app
