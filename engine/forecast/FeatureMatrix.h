#pragma once
// Seasonality, holiday and regressor feature columns (spec sections 3-5): their
// layout, decided once at fit, and the matrix for any set of time stamps.

#include "forecast/ModelConfig.h"
#include "forecast/SeriesFrame.h"

#include <Eigen/Dense>

#include <QString>

#include <vector>

namespace bakery::forecast {

struct SeasonalityTerm
{
    QString name;
    double period = 7.0; ///< days
    int order = 3;
    double priorScale = 10.0;
    Mode mode = Mode::Additive;
};

struct RegressorTerm
{
    QString name;
    double mu = 0.0; ///< standardisation: feature = (x - mu) / sd
    double sd = 1.0;
    double priorScale = 10.0;
    Mode mode = Mode::Additive;
};

struct FeatureColumn
{
    enum class Kind { Seasonality, Holiday, Regressor, Zeros };
    Kind kind = Kind::Zeros;
    QString name;      ///< Prophet's column name, e.g. "weekly_delim_3", "Navidad_delim_+0"
    QString component; ///< seasonality, holiday or regressor name
    Mode mode = Mode::Additive;
    double priorScale = 1.0;
    int index = 0; ///< Fourier: 1..2N (odd = sin); holiday: day offset; regressor: term index
};

struct FeatureLayout
{
    std::vector<SeasonalityTerm> seasonalities;
    QStringList holidayNames; ///< names seen at fit, first-appearance order
    std::vector<RegressorTerm> regressors;
    std::vector<FeatureColumn> columns; ///< order of beta
};

/// Decides the layout from the training rows (sorted, finite y) and the configuration:
/// auto seasonalities, holiday columns, regressor standardisation.
FeatureLayout buildLayout(const ModelConfig& config, const SeriesFrame& train);

/// Holiday rows in effect for these time stamps: the user table plus the country's
/// national holidays of every year the stamps touch.
calendar::HolidayTable holidayRows(const ModelConfig& config, const std::vector<double>& ds);

/// The T x K feature matrix for `frame` under `layout` (regressor columns must exist).
Eigen::MatrixXd featureMatrix(const ModelConfig& config, const FeatureLayout& layout,
                              const SeriesFrame& frame);

/// Fourier columns sin(2 pi n tau / P), cos(...) for n = 1..order; tau in days since epoch.
Eigen::MatrixXd fourierSeries(const std::vector<double>& ds, double period, int order);

} // namespace bakery::forecast
