#pragma once
// Rolling-origin cross-validation with Prophet's rules (spec section 8.1): cutoffs
// generated backwards from the end, an expanding training window from the first
// row, predictions of (cutoff, cutoff + horizon]. Each fold refits the model with
// the full fit's seasonalities (auto rules off) so every fold has the same terms.

#include "evaluation/Backtest.h"
#include "forecast/ForecastModel.h"

namespace bakery::evaluation {

struct CrossValidationResult
{
    std::vector<double> cutoffs; ///< days since epoch, ascending
    std::vector<CvRow> rows;     ///< one per predicted row and cutoff
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/// horizon, period, initial in days; NaN period/initial take Prophet's defaults
/// (period = horizon / 2, initial = max(3 horizon, longest seasonality period)).
CrossValidationResult crossValidate(const forecast::ModelConfig& config,
                                    const forecast::SeriesFrame& series, double horizon,
                                    double period = NAN, double initial = NAN);

} // namespace bakery::evaluation
