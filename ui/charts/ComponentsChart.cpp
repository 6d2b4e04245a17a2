#include "charts/ComponentsChart.h"

#include "calendar/EpochDay.h"
#include "training/ProductForecast.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bakery::ui {

namespace {

constexpr int kColumns = 2;
constexpr int kWeeklyDays = 21; // three weeks show a weekly pattern; two years hide it

QChartView* smallChart(const std::vector<int>& days, const std::vector<double>& values,
                       std::size_t from, std::size_t to, QWidget* parent)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->setBackgroundRoundness(0);
    auto* series = new QLineSeries;
    series->setPen(QPen(QColor(0x1f, 0x77, 0xb4), 1.5));
    QList<QPointF> points;
    double lo = 0.0, hi = 0.0;
    for (std::size_t i = from; i < to && i < values.size(); ++i) {
        if (!std::isfinite(values[i]))
            continue;
        const QDateTime t = calendar::fromEpochDay(days[i]).startOfDay(Qt::UTC);
        points.append({double(t.toMSecsSinceEpoch()), values[i]});
        lo = std::min(lo, values[i]);
        hi = std::max(hi, values[i]);
    }
    series->replace(points);
    chart->addSeries(series);
    auto* x = new QDateTimeAxis;
    x->setFormat(to - from <= 31 ? QStringLiteral("ddd d") : QStringLiteral("MMM yy"));
    x->setTickCount(4);
    auto* y = new QValueAxis;
    const double pad = std::max(0.5, 0.1 * (hi - lo));
    y->setRange(lo - pad, hi + pad);
    y->setLabelFormat(QStringLiteral("%.0f"));
    y->setTickCount(3);
    y->applyNiceNumbers();
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    auto* view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(150);
    return view;
}

} // namespace

ComponentsChart::ComponentsChart(QWidget* parent)
    : QWidget(parent)
    , m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(16);
}

void ComponentsChart::clear()
{
    while (QLayoutItem* item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_names.clear();
}

void ComponentsChart::setForecast(const training::ProductForecast& f)
{
    clear();
    if (!f.hasModel())
        return;
    const std::size_t n = f.days.size();
    const std::size_t history = std::size_t(f.historyDays);
    for (const training::ForecastComponent& c : f.components) {
        if (c.values.size() != n)
            continue;
        auto* panel = new QFrame(this);
        panel->setObjectName(QStringLiteral("component_") + c.name);
        panel->setFrameShape(QFrame::StyledPanel);
        auto* layout = new QVBoxLayout(panel);
        layout->setContentsMargins(8, 8, 8, 8);
        auto* title = new QLabel(c.title, panel);
        title->setObjectName(QStringLiteral("componentTitle"));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        layout->addWidget(title);
        const bool weekly = c.name == QLatin1String("weekly");
        const std::size_t from = weekly && history > kWeeklyDays ? history - kWeeklyDays : 0;
        const std::size_t to = weekly ? std::min(n, from + kWeeklyDays) : n;
        layout->addWidget(smallChart(f.days, c.values, from, to, panel));
        auto* explanation = new QLabel(
            c.explanation.isEmpty() ? tr("No clear effect in this period.") : c.explanation, panel);
        explanation->setObjectName(QStringLiteral("componentExplanation"));
        explanation->setWordWrap(true);
        layout->addWidget(explanation);
        const int index = int(m_names.size());
        m_grid->addWidget(panel, index / kColumns, index % kColumns);
        m_names << c.name;
    }
}

} // namespace bakery::ui
