#pragma once
// The Prophet-equivalent forecasting model: fit() takes a history, predict() any
// dates (history, holdout or future). Faithful to Prophet 1.x (MAP fit, vectorised
// trend uncertainty); see the model specification in docs/architecture.md.
//
// Usage:
//   ForecastModel model(config);
//   FitResult r = model.fit(history);          // r.ok, r.message
//   Forecast f = model.predict(model.makeFutureFrame(28));

#include "forecast/Forecast.h"
#include "forecast/ModelConfig.h"
#include "forecast/ModelParameters.h"
#include "forecast/SeriesFrame.h"

#include <QStringList>

#include <memory>

namespace bakery::forecast {

struct FittedState; // scales, changepoints, feature layout, parameters (FittedState.h)

class ForecastModel
{
public:
    explicit ForecastModel(ModelConfig config = {});
    ~ForecastModel();
    ForecastModel(const ForecastModel&);
    ForecastModel& operator=(const ForecastModel&);
    ForecastModel(ForecastModel&&) noexcept;
    ForecastModel& operator=(ForecastModel&&) noexcept;

    const ModelConfig& config() const { return m_config; }

    /// Fits the model to `history` (rows with NaN y are dropped, as Prophet does).
    /// Never throws on bad data: returns ok = false and a message instead.
    FitResult fit(const SeriesFrame& history);
    bool isFitted() const;

    /// Predicts every row of `frame` (regressors, cap and floor as at fit).
    /// Throws std::invalid_argument when the frame lacks a required column.
    Forecast predict(const SeriesFrame& frame) const;

    /// Prophet's make_future_dataframe: `days` daily rows after the last history date,
    /// prepended by the history dates when `includeHistory`.
    SeriesFrame makeFutureFrame(int days, bool includeHistory = true) const;

    const ModelParameters& parameters() const;
    const FittedState& state() const;
    /// Names of the feature columns in the order of parameters().beta.
    QStringList featureNames() const;

    /// Versioned JSON document (see docs/file-formats.md); fromJson(toJson()) predicts
    /// exactly what this model predicts.
    QByteArray toJson() const;
    /// Parses a document written by toJson(); on failure returns nullptr and sets *error.
    static std::unique_ptr<ForecastModel> fromJson(const QByteArray& json, QString* error);

private:
    ModelConfig m_config;
    std::unique_ptr<FittedState> m_state;
};

} // namespace bakery::forecast
