#pragma once
// What a running job reports: emitted by TrainingQueue at most 25 times per second
// per job (the first and the last report always arrive), consumed by the GUI and
// the CLI's progress bar / JSON lines.

#include <QHash>
#include <QMetaType>
#include <QString>

#include <cmath>
#include <vector>

namespace bakery::training {

/// A product that finished since the previous report.
struct ProductOutcome
{
    QString product;
    QString status; ///< completed, failed, skipped or cancelled
    QString modelVersion;
    qint64 modelId = 0;
    double accuracy = std::nan(""); ///< holdout accuracy %, NaN when undefined
    double mae = std::nan("");
    bool deployed = false;
    QString message; ///< deploy reason, skip reason or error
    QString recommendedAction;
    double durationMs = 0.0;
};

struct TrainingProgress
{
    QString jobId;
    QString status;       ///< running, then the final status in the last report
    double percent = 0.0; ///< 0..100, finished products plus the running ones' steps
    QString currentStep;  ///< the step most recently begun, e.g. "Croissant: final_fit"
    int productsTotal = 0;
    int productsDone = 0; ///< finished in any way
    int productsFailed = 0;
    int productsSkipped = 0;
    double etaSeconds = std::nan(""); ///< from measured durations; NaN until one product is done
    QString startedAt;                ///< ISO-8601 UTC
    double elapsedSeconds = 0.0;
    QHash<QString, QString> productSteps; ///< product -> step, for products training now
    std::vector<ProductOutcome> finished; ///< since the previous report
    bool final = false;                   ///< the job's last report
};

} // namespace bakery::training

Q_DECLARE_METATYPE(bakery::training::TrainingProgress)
