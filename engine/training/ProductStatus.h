#pragma once
// One line per product for the products table and the overview: history, readiness,
// deployed version, its accuracy, the latest training outcome. Read in a few queries,
// so the GUI can load it off its thread in milliseconds.

#include "storage/Database.h"

#include <QString>

#include <cmath>
#include <vector>

namespace bakery::training {

struct ProductStatus
{
    qint64 productId = 0;
    QString name;
    int days = 0;       ///< days with a value
    int firstDay = 0;   ///< days since epoch
    int lastDay = 0;    ///< last sale, days since epoch
    bool ready = false; ///< days >= MIN_TRAINING_DATA_DAYS
    qint64 deployedModelId = 0;
    QString deployedVersion;        ///< empty: nothing deployed
    QString deployedAt;             ///< ISO UTC of the version's creation
    double accuracy = std::nan(""); ///< deployed version's holdout accuracy, %
    double mae = std::nan("");      ///< deployed version's holdout MAE, units
    int versions = 0;               ///< stored versions
    QString lastTrainedAt;          ///< newest version's creation, ISO UTC
    QString lastJobStatus;          ///< this product's status in its latest job
    QString lastError;              ///< its error message when that failed
    QString lastRecommendedAction;
};

/// Every product of `tenant`, by name.
std::vector<ProductStatus> productStatuses(const storage::Database& db, const QString& tenant,
                                           int minTrainingDays);

} // namespace bakery::training
