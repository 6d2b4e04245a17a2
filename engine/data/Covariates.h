#pragma once
// Stored covariates into a model: weather as extra regressors, events as holidays.
// The model needs a regressor's value on every row, at fit and at predict, so a
// covariate with a missing day in the frame is left out (and said so), never filled in.

#include "forecast/ModelConfig.h"
#include "forecast/SeriesFrame.h"
#include "storage/CovariateStore.h"

#include <QStringList>

namespace bakery::data {

/// At fit: for each weather covariate with a value on every day of frame.ds (the day is
/// the integer part of ds) that is not constant there: sets frame.regressors[name] and,
/// unless config already has it, appends a RegressorSpec with default settings.
/// Appends the events to config.holidays (rows already there are not repeated).
/// Returns one note per covariate or event name left out, e.g.
/// "temperature: 3 days missing (2024-03-02, 2024-03-05, 2024-03-09); not used".
/// A column the frame already has is kept as it is.
QStringList addCovariates(forecast::SeriesFrame& frame, forecast::ModelConfig& config,
                          const storage::WeatherSeries& weather,
                          const calendar::HolidayTable& events);

/// The same with everything `store` holds for its tenant.
QStringList addCovariates(forecast::SeriesFrame& frame, forecast::ModelConfig& config,
                          const storage::CovariateStore& store);

/// At predict: sets frame.regressors for the regressors `config` (the fitted model's)
/// uses, and nothing else. Returns a note per regressor missing on some day of the
/// frame (predict() would refuse the frame), e.g. future days without a weather forecast.
QStringList fillRegressors(forecast::SeriesFrame& frame, const forecast::ModelConfig& config,
                           const storage::WeatherSeries& weather);
QStringList fillRegressors(forecast::SeriesFrame& frame, const forecast::ModelConfig& config,
                           const storage::CovariateStore& store);

} // namespace bakery::data
