#pragma once
// `bakery-trainer-cli forecast PRODUCT --days N`: the next N days of a product from its
// deployed model; and the dispatch between it and the file mode (ForecastCommand.h).

#include <QStringList>

namespace bakery::app {

/// `forecast --input FILE ...`, `forecast FILE ...` (an existing file) or `forecast` alone:
/// runForecastCommand (the holdout evaluation of a series file). Otherwise the first
/// argument is a product: runProductForecastCommand.
int runForecastCommands(const QStringList& arguments);

/// Exit codes: 0 ok; 1 no such product, no deployed model, a damaged artifact (SHA-256
/// mismatch), or a regressor without values on the forecast days; 2 bad usage.
int runProductForecastCommand(const QStringList& arguments);

} // namespace bakery::app
