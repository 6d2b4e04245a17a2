#pragma once
// The service's evaluation of one series: fit on all but the last N days, predict
// history + holdout (+ future days), score the holdout. The CLI's `forecast`
// command and the training pipeline both use it.

#include "evaluation/Metrics.h"
#include "forecast/ForecastModel.h"

namespace bakery::evaluation {

struct HoldoutOptions
{
    int holdoutDays = 28; ///< rows with ds > last ds - holdoutDays are held out; 0: none
    int futureDays = 0;   ///< daily rows predicted after the last row of the series
};

struct HoldoutRunResult
{
    QString error;                ///< why the run failed; empty on success
    bool badInput = false;        ///< the failure is the data's or the options' (not the model's)
    std::size_t rows = 0;         ///< rows of the series
    std::size_t trainRows = 0;    ///< rows the model was fitted on (NaN-y rows included)
    std::size_t testRows = 0;     ///< held-out rows
    double fitMs = 0.0;           ///< wall time of fit(), milliseconds
    double predictMs = 0.0;       ///< wall time of predict() with intervals, milliseconds
    forecast::SeriesFrame series; ///< the input rows in time order (the forecast's order)
    forecast::ForecastModel model;
    forecast::FitResult fit;
    forecast::Forecast forecast; ///< every series row in time order, then the future rows
    Metrics holdout;             ///< on the held-out rows; n = 0 when holdoutDays = 0

    bool ok() const { return error.isEmpty(); }
};

HoldoutRunResult runHoldout(const forecast::ModelConfig& config,
                            const forecast::SeriesFrame& series,
                            const HoldoutOptions& options = {});

} // namespace bakery::evaluation
