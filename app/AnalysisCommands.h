#pragma once
// `bakery-trainer-cli compare` and `analytics`: choosing between versions, and how well
// and how fast the shop's products train.

#include <QStringList>

namespace bakery::app {

/// Exit codes: 0 ok; 1 no such model, a damaged artifact, or a version that cannot predict
/// the window; 2 bad usage (ids that are not numbers, versions of different products).
int runCompareCommand(const QStringList& arguments);
/// Exit codes: 0 ok, 1 the store could not be read, 2 bad usage.
int runAnalyticsCommand(const QStringList& arguments);

} // namespace bakery::app
