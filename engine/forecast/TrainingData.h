#pragma once
// From a history frame to the optimiser's input: the training rows (finite y,
// time order), the scales and changepoints fit() freezes, and the objective data.

#include "forecast/FittedState.h"
#include "forecast/ModelConfig.h"
#include "forecast/Objective.h"
#include "forecast/SeriesFrame.h"

#include <QString>

namespace bakery::forecast {

/// Rows with a finite y, stable-sorted by ds (Prophet drops NaN-y rows).
SeriesFrame trainingRows(const SeriesFrame& history);

/// Fills start, tScale, yScale, yMin, logisticFloor, changepoints and the feature layout
/// of `state` from the training rows. Returns an error message, or empty on success.
QString prepareState(const ModelConfig& config, const SeriesFrame& train, FittedState& state);

/// The objective's data for `train` under a prepared (or fitted) state.
ObjectiveData objectiveData(const ModelConfig& config, const FittedState& state,
                            const SeriesFrame& train);

} // namespace bakery::forecast
