#pragma once
// `bakery-trainer-cli forecast`: holdout evaluation of one ds,y series.

#include <QStringList>

namespace bakery::app {

/// Parses `arguments` (program name first, then "forecast", then options) and runs.
/// Exit code: 0 success, 1 the model failed, 2 bad usage or bad input.
int runForecastCommand(const QStringList& arguments);

} // namespace bakery::app
