#pragma once
// One product's training, as pure computation: no database, no files. Inputs are
// copied in, a result value comes out, so products train in parallel on a thread
// pool and all writes happen in one place afterwards (TrainingRunner).
//
// Steps: readiness -> outliers -> holdout_fit (all but the last holdoutDays) ->
// evaluate (metrics on the holdout) -> compare (the deployed version on the same
// window) -> final_fit (all data) -> serialise.

#include "artifacts/ArtifactStore.h"
#include "calendar/HolidayEvent.h"
#include "evaluation/Metrics.h"
#include "forecast/ModelConfig.h"
#include "storage/CovariateStore.h"
#include "storage/JobStore.h"
#include "storage/SalesStore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <cmath>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace bakery::training {

/// What every product of a job trains with (from Settings).
struct TrainingOptions
{
    forecast::ModelConfig config; ///< hyperparameters; holidays/regressors added per product
    int holdoutDays = 28;         ///< HOLDOUT_DAYS
    int minTrainingDays = 30;     ///< MIN_TRAINING_DATA_DAYS
    bool autoDeploy = true;       ///< ENABLE_AUTO_DEPLOYMENT
};

/// The currently deployed version, for the like-for-like comparison.
struct DeployedModel
{
    qint64 modelId = 0;
    QString version;
    QByteArray modelJson;
    int trainingEndDay = 0; ///< last day (days since epoch) of its training data
};

struct ProductInput
{
    qint64 productId = 0;
    QString name;
    std::vector<storage::DailyValue> sales;                ///< ascending
    std::shared_ptr<const storage::WeatherSeries> weather; ///< may be null
    std::shared_ptr<const calendar::HolidayTable> events;  ///< may be null
    std::optional<DeployedModel> deployed;
};

/// Holdout rows, for the artifact and the comparison charts.
struct HoldoutForecast
{
    std::vector<int> days;
    std::vector<double> actual, yhat, lower, upper;
};

struct ProductResult
{
    qint64 productId = 0;
    QString name;
    QString status; ///< completed, failed or cancelled
    QString errorType, errorMessage, recommendedAction;
    evaluation::Metrics holdout;
    HoldoutForecast holdoutRows;
    int windowStart = 0, windowEnd = 0; ///< holdout days (days since epoch)
    int trainingStart = 0, trainingEnd = 0;
    int trainingSamples = 0;
    int outliersRemoved = 0;
    QByteArray modelJson;
    QString dataFingerprint; ///< dataFingerprint(input, options)
    QJsonObject hyperparameters;
    QStringList features;
    QStringList notes; ///< covariates left out, etc.
    // Deploy decision (only meaningful when autoDeploy).
    bool deploy = false;
    QString deployReason;
    evaluation::Metrics deployedOnWindow;   ///< the deployed version on the same window
    double deployDecisionMs = std::nan(""); ///< how long the decision took
    /// The deployed version the decision compared against (0: none was deployed). The
    /// writer deploys only if it is still the deployed one.
    qint64 comparedModelId = 0;
    /// The deployed version whose artifact the runner read (and verified) for the
    /// comparison (0: none); recorded as an artifact_loaded event with the result.
    qint64 loadedModelId = 0;
    double computeMs = 0.0;
    std::vector<storage::StepLog> steps; ///< job id left empty; the runner fills it in
    // Written on the pool thread after training (file work overlaps other products' fits);
    // registered, or removed, by the runner.
    QString version;                                   ///< model_version of the artifact
    std::optional<artifacts::StoredArtifact> artifact; ///< the written zip
    QString artifactError;                             ///< why it could not be written
    double artifactMs = 0.0;
};

/// Called before each step with the step name; returning false abandons the product.
using StepCallback = std::function<bool(const QString& step)>;

/// Trains one product. Never throws; failures are in the result.
ProductResult trainProduct(const ProductInput& input, const TrainingOptions& options,
                           const StepCallback& onStep = {});

/// Fingerprint of what a model is trained from: the sales (days, values, outlier flags),
/// the covariates and the options. Equal fingerprints: retraining would give the same model.
QString dataFingerprint(const ProductInput& input, const TrainingOptions& options);

/// The options as JSON (hyperparameters column, artifact metadata, a job's config).
QJsonObject optionsJson(const TrainingOptions& options);
/// The inverse of optionsJson: `defaults` with every setting `json` names replaced (settings
/// it does not carry, such as autoDeploy, stay as in `defaults`). How a job trains with the
/// settings it was queued with.
TrainingOptions optionsFromJson(const QJsonObject& json, const TrainingOptions& defaults);

} // namespace bakery::training
