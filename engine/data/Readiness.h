#pragma once
// Is a product's history enough to train on? Days of history against
// MIN_TRAINING_DATA_DAYS, gaps, and flagged outliers, with the training service's
// own wording for the bakery owner.

#include "storage/SalesStore.h"

#include <QString>

namespace bakery::data {

constexpr int kMinTrainingDataDays = 30; ///< MIN_TRAINING_DATA_DAYS default

struct Readiness
{
    bool ready = false;
    int days = 0;        ///< days with a value (zeros included)
    int missingDays = 0; ///< calendar days between the first and last with no value (closed)
    int longestGap = 0;  ///< longest run of missing days
    int outlierDays = 0;
    QString message; ///< the service's message; empty when ready
};

Readiness assessReadiness(const std::vector<storage::DailyValue>& series,
                          int minDays = kMinTrainingDataDays);

} // namespace bakery::data
