#pragma once
// The forecast taken apart, as small multiples: one small chart per component (trend,
// weekly, yearly, holidays, weather...) with its one-line explanation underneath
// ("Saturdays sell 32 % more than average"). Qt Charts stays behind this class.

#include <QStringList>
#include <QWidget>

class QGridLayout;

namespace bakery::training {
struct ProductForecast;
}

namespace bakery::ui {

class ComponentsChart : public QWidget
{
    Q_OBJECT
public:
    explicit ComponentsChart(QWidget* parent = nullptr);

    void setForecast(const training::ProductForecast& forecast);
    void clear();

    /// The components shown, in order ("trend", "weekly", ...). Each panel is a child
    /// named "component_<name>" holding a QChartView and a label "componentExplanation".
    QStringList componentNames() const { return m_names; }

private:
    QGridLayout* m_grid = nullptr;
    QStringList m_names;
};

} // namespace bakery::ui
