#pragma once
// Everything fit() learns and predict() needs: scales, changepoints, the feature
// layout and the parameters. Serialised as is by ModelJson.

#include "forecast/FeatureMatrix.h"
#include "forecast/ModelParameters.h"

#include <QStringList>

#include <vector>

namespace bakery::forecast {

struct FittedState
{
    double start = 0.0;                  ///< first training time stamp, days since epoch
    double tScale = 1.0;                 ///< training span in days (t = (ds - start) / tScale)
    double yScale = 1.0;                 ///< y_scaled = (y - floor) / yScale
    double yMin = 0.0;                   ///< minmax scaling only
    bool logisticFloor = false;          ///< logistic growth with a user floor column
    std::vector<double> changepointsT;   ///< scaled, ascending; [0] is Prophet's dummy
    std::vector<double> changepointDays; ///< the same, days since epoch (empty for the dummy)
    int nChangepoints = 0;               ///< after the short-history reduction
    FeatureLayout layout;
    ModelParameters params;
    FitResult fit;
    std::size_t trainRows = 0;       ///< T, rows with a finite y
    std::vector<double> historyDays; ///< all history time stamps (NaN-y rows included)
    QStringList notes;               ///< adjustments made while preparing the fit (not serialised)
};

} // namespace bakery::forecast
