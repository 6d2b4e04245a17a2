#pragma once
// What a start after a crash puts right: jobs left running by a process that is
// gone become failed ("interrupted", with a training_failed event); artifact files
// without a registry row (written just before a crash) and leftover temporary
// files are removed; the database's integrity is checked. Deployed versions are
// never touched: a deploy is one transaction, so they are the ones deployed before.

#include "training/TrainingContext.h"

#include <QStringList>

namespace bakery::training {

struct RecoveryReport
{
    QStringList interruptedJobs;
    QStringList removedFiles; ///< orphan artifacts and temporaries, relative paths
    QStringList missingFiles; ///< registry rows whose file is gone (reported, not invented)
    QString integrity;        ///< "ok" or the integrity check's findings
    QString error;            ///< a step that could not run
    bool clean() const { return integrity == QLatin1String("ok") && error.isEmpty(); }
};

/// `staleSeconds`: a running job without a heartbeat for this long counts as interrupted
/// even when its worker runs on another machine.
RecoveryReport recoverAfterCrash(const TrainingContext& context, int staleSeconds = 300);

} // namespace bakery::training
