#pragma once
// The product's sales and forecast on one time axis: actual sales (dark line, dots on the
// holdout days), the forecast (blue line) with its 95 % interval (light blue band), the
// holdout window shaded grey with a label, today as a vertical line and holidays as small
// markers with a tooltip. Qt Charts stays behind this class (deprecated from Qt 6.10).

#include <QChartView>
#include <QDate>
#include <QHash>

#include <utility>
#include <vector>

class QGraphicsSimpleTextItem;
class QXYSeries;

namespace bakery::training {
struct ProductForecast;
}

namespace bakery::ui {

class ForecastChart : public QChartView
{
    Q_OBJECT
public:
    explicit ForecastChart(QWidget* parent = nullptr);

    /// Draws `forecast`; `today` places the vertical line (not drawn outside the range).
    void setForecast(const training::ProductForecast& forecast, QDate today = QDate::currentDate());
    void clear();

    /// Shows the last `days` days of history and every future day (0: the whole history).
    /// The value axis follows what is shown. Kept across setForecast().
    void setSpan(int days);
    int span() const { return m_spanDays; }

    /// Points of the series named "actual", "holdoutActual", "forecast", "interval" (its
    /// upper boundary), "holdoutWindow", "today" or "holidays"; -1 when not drawn.
    int pointCount(const QString& series) const;

private:
    void applySpan();
    void placeHoldoutLabel();
    void showHolidayTip(const QPointF& point, bool state);
    void showForecastTip(const QPointF& point, bool state);
    QXYSeries* findSeries(const QString& name) const;

    QGraphicsSimpleTextItem* m_holdoutLabel = nullptr;
    double m_holdoutMiddleMs = 0.0;
    int m_spanDays = 0;
    double m_lastSaleMs = 0.0;
    std::vector<std::pair<double, double>> m_extent; ///< per day: ms, largest value drawn
    QHash<qint64, QString> m_holidayNames;   ///< ms since epoch -> names
    QHash<qint64, QString> m_dayDescription; ///< ms since epoch -> tooltip text
};

} // namespace bakery::ui
