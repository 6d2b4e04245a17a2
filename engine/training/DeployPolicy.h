#pragma once
// Auto-deploy: a new version replaces the deployed one if it forecasts the same
// recent window at least as well (a tie goes to the newer version). Both are judged on the newest
// holdout window: the deployed version as it is when it was trained before the window (a true
// out-of-sample test), otherwise its settings refitted on the same training rows
// as the new version (it has already seen the window, so its own fit would cheat).

#include "evaluation/Metrics.h"
#include "forecast/SeriesFrame.h"
#include "training/TrainingPipeline.h"

#include <QString>

namespace bakery::training {

struct DeployDecision
{
    bool deploy = false;
    QString reason;                       ///< one sentence for the log and the owner
    evaluation::Metrics deployedOnWindow; ///< n = 0 when the deployed one could not be scored
};

/// `train`/`test`: the candidate's training rows and holdout rows (with y). Compares MAE
/// (same series, same units); a tie goes to the newer version (it has seen more data), in
/// both paths: as deployed, and refitted on the same rows.
DeployDecision decideDeploy(const ProductInput& input, const evaluation::Metrics& candidate,
                            const forecast::SeriesFrame& train, const forecast::SeriesFrame& test);

} // namespace bakery::training
