#pragma once
// Everything the product page shows, in one read: the product's sales, what its DEPLOYED
// version predicts for every day of its history and the coming weeks (with the 95 %
// interval, the trend and each component), the holdout window it was scored on, its
// versions, the holidays in the range, and one plain sentence per component
// ("Saturdays sell 32 % more than average"). Pure data: no widgets.

#include "artifacts/ArtifactStore.h"
#include "calendar/HolidayEvent.h"
#include "evaluation/Metrics.h"
#include "storage/Database.h"
#include "storage/ModelRegistry.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace bakery::training {

class Workspace;

struct ForecastComponent
{
    QString name;  ///< as in forecast::Forecast::components ("trend", "weekly", "yearly",
                   ///< "holidays", a regressor's name, ...)
    QString title; ///< translated display name ("Weekly pattern")
    std::vector<double> values; ///< one per day, in sales units (multiplicative ones are
                                ///< converted with the trend)
    bool multiplicative = false;
    QString explanation; ///< one translated line; empty when there is nothing to say
};

struct ProductForecast
{
    QString error; ///< empty on success
    QString product;
    qint64 productId = 0;

    /// Every calendar day from the first sale to the last plus the future days
    /// (days since 1970-01-01), ascending.
    std::vector<int> days;
    int historyDays = 0;        ///< days[0..historyDays) are history, the rest future
    int lastSaleDay = 0;        ///< days since epoch
    int futureDays = 0;         ///< predicted days after the last sale (may be cut, see notes)
    std::vector<double> actual; ///< per day; NaN where nothing is stored or it is an outlier
    std::vector<double> yhat, lower, upper, trend; ///< per day; empty without a deployed
                                                   ///< version; bounds NaN without samples
    std::vector<ForecastComponent> components;     ///< trend first, then as the model lists them

    int holdoutStart = 0, holdoutEnd = 0;        ///< the version's holdout window; 0 when unknown
    evaluation::Metrics holdout;                 ///< the deployed version's holdout metrics
    std::vector<storage::ModelVersion> versions; ///< the product's versions, newest first
    storage::ModelVersion deployed;              ///< id 0: nothing deployed
    calendar::HolidayTable holidays;             ///< national and stored events within days, by day
    QStringList notes; ///< e.g. the future cut short for lack of weather data

    bool ok() const { return error.isEmpty(); }
    bool hasModel() const { return deployed.id != 0 && !yhat.empty(); }
};

/// Loads the product's deployed version through ModelRegistry::load (SHA-256 verified) and
/// predicts its history and `futureDays` days after the last sale. Regressors come from the
/// covariate store (data::fillRegressors); future days without them are cut off, with a note.
/// A product without a deployed version gives its sales and versions only (hasModel() false).
/// On failure the result's error (and *error when given) says why.
ProductForecast loadProductForecast(const storage::Database& db,
                                    const artifacts::ArtifactStore& artifacts,
                                    const QString& tenant, const QString& product,
                                    int futureDays = 28, QString* error = nullptr);
ProductForecast loadProductForecast(const Workspace& ws, const QString& product,
                                    int futureDays = 28, QString* error = nullptr);

/// The sentence for a component (exposed for tests): `values` and `level` in sales units,
/// one value per entry of `days`; `level` is the average daily forecast over the history.
QString explainComponent(const QString& name, const std::vector<int>& days,
                         const std::vector<double>& values, double level);

} // namespace bakery::training
