#pragma once
// Two forecasts of one product over the same recent days, with the actual sales: the
// Compare page's picture. Qt Charts stays behind this class (it is deprecated from 6.10).

#include <QChartView>
#include <QString>

#include <vector>

namespace bakery::ui {

class CompareChart : public QChartView
{
    Q_OBJECT
public:
    explicit CompareChart(QWidget* parent = nullptr);

    /// `days` are days since 1970-01-01; the other vectors have one value per day (NaN: no
    /// value, the line has a gap). `nameA`/`nameB` label the two forecasts in the legend.
    void setData(const std::vector<int>& days, const std::vector<double>& actual,
                 const std::vector<double>& forecastA, const std::vector<double>& forecastB,
                 const QString& nameA, const QString& nameB);
    void clear();
    /// Points drawn for the actual sales (for tests).
    int actualPointCount() const { return m_actualPoints; }

private:
    int m_actualPoints = 0;
};

} // namespace bakery::ui
