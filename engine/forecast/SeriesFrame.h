#pragma once
// Input rows of a fit or a prediction: Prophet's data frame with columns ds, y,
// optionally cap, floor and one column per extra regressor.

#include <QMap>
#include <QString>

#include <vector>

namespace bakery::forecast {

struct SeriesFrame
{
    /// Time stamps in days since 1970-01-01T00:00 (fractional part = time of day), any order.
    std::vector<double> ds;
    /// Observations (units sold, revenue, ...). NaN marks a missing value; may be empty at predict.
    std::vector<double> y;
    std::vector<double> cap;   ///< logistic growth only: carrying capacity, same length as ds
    std::vector<double> floor; ///< logistic growth only, optional: saturating minimum
    QMap<QString, std::vector<double>> regressors; ///< name -> one value per row

    std::size_t size() const { return ds.size(); }
};

/// The rows `rows` of `frame`, every column, in that order (empty columns stay empty).
SeriesFrame selectRows(const SeriesFrame& frame, const std::vector<std::size_t>& rows);

/// `values` at `rows`, in that order.
std::vector<double> selectValues(const std::vector<double>& values,
                                 const std::vector<std::size_t>& rows);

/// Row indices of `ds` in time order; rows with equal stamps keep their order.
std::vector<std::size_t> timeOrder(const std::vector<double>& ds);

} // namespace bakery::forecast
