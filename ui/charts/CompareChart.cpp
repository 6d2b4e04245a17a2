#include "CompareChart.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimeZone>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bakery::ui {

namespace {

qint64 dayMs(int day)
{
    return QDateTime(QDate(1970, 1, 1).addDays(day), QTime(12, 0), QTimeZone::utc())
        .toMSecsSinceEpoch();
}

// A line broken at NaN values: one series per run of finite values.
std::vector<QLineSeries*> lines(const std::vector<int>& days, const std::vector<double>& values,
                                const QString& name, const QPen& pen)
{
    std::vector<QLineSeries*> out;
    QList<QPointF> run;
    const auto flush = [&]() {
        if (run.isEmpty())
            return;
        auto* s = new QLineSeries;
        s->setName(out.empty() ? name : QString());
        s->setPen(pen);
        s->replace(run);
        out.push_back(s);
        run.clear();
    };
    for (std::size_t i = 0; i < days.size() && i < values.size(); ++i) {
        if (std::isfinite(values[i]))
            run.append(QPointF(dayMs(days[i]), values[i]));
        else
            flush();
    }
    flush();
    return out;
}

} // namespace

CompareChart::CompareChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(240);
    clear();
}

void CompareChart::clear()
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    QChart* old = this->chart();
    setChart(chart);
    delete old;
    m_actualPoints = 0;
}

void CompareChart::setData(const std::vector<int>& days, const std::vector<double>& actual,
                           const std::vector<double>& forecastA,
                           const std::vector<double>& forecastB, const QString& nameA,
                           const QString& nameB)
{
    clear();
    QChart* c = chart();
    if (days.empty())
        return;

    auto* axisX = new QDateTimeAxis;
    axisX->setFormat(QStringLiteral("d MMM"));
    axisX->setTickCount(std::min<int>(8, static_cast<int>(days.size())) + 1);
    auto* axisY = new QValueAxis;
    axisY->setLabelFormat(QStringLiteral("%.0f"));
    axisY->setTitleText(tr("Units sold"));
    c->addAxis(axisX, Qt::AlignBottom);
    c->addAxis(axisY, Qt::AlignLeft);

    double top = 0.0;
    for (const auto* v : {&actual, &forecastA, &forecastB})
        for (double x : *v)
            if (std::isfinite(x))
                top = std::max(top, x);
    axisY->setRange(0.0, top > 0 ? top * 1.1 : 1.0);
    axisY->applyNiceNumbers();
    axisX->setRange(
        QDateTime::fromMSecsSinceEpoch(dayMs(days.front()) - 43200000, QTimeZone::utc()),
        QDateTime::fromMSecsSinceEpoch(dayMs(days.back()) + 43200000, QTimeZone::utc()));

    const auto add = [&](QXYSeries* s) {
        c->addSeries(s);
        s->attachAxis(axisX);
        s->attachAxis(axisY);
    };
    // The two forecasts differ by colour and by line style (dashed A, solid B).
    QPen penA(QColor(0xe0, 0x8a, 0x1e), 2.0, Qt::DashLine);
    QPen penB(QColor(0x1f, 0x6f, 0xc5), 2.0);
    for (QLineSeries* s : lines(days, forecastA, nameA, penA))
        add(s);
    for (QLineSeries* s : lines(days, forecastB, nameB, penB))
        add(s);

    const QColor dark(0x33, 0x33, 0x33);
    const auto actualLines = lines(days, actual, QString(), QPen(dark, 1.5));
    for (QLineSeries* s : actualLines)
        add(s);
    auto* dots = new QScatterSeries;
    dots->setName(tr("Actual sales"));
    dots->setMarkerSize(7.0);
    dots->setColor(dark);
    dots->setBorderColor(dark);
    QList<QPointF> points;
    for (std::size_t i = 0; i < days.size() && i < actual.size(); ++i)
        if (std::isfinite(actual[i]))
            points.append(QPointF(dayMs(days[i]), actual[i]));
    dots->replace(points);
    m_actualPoints = static_cast<int>(points.size());
    add(dots);

    // One legend entry per meaning: hide the unnamed pieces of broken lines.
    for (QAbstractSeries* s : c->series())
        if (s->name().isEmpty())
            for (QLegendMarker* m : c->legend()->markers(s))
                m->setVisible(false);
}

} // namespace bakery::ui
