#include "AccuracyChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace bakery::ui {

namespace {

void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

AccuracyChart::AccuracyChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(200);
    setBars({});
}

void AccuracyChart::setBars(const std::vector<Bar>& bars)
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    m_products.clear();

    // One set per band, stacked: each product has its value in the set of its band and 0
    // elsewhere, so every bar is one colour and bars of different bands line up.
    const std::array<AccuracyBand, 4> bands{AccuracyBand::Good, AccuracyBand::Fair,
                                            AccuracyBand::Poor, AccuracyBand::Unknown};
    const std::array<QString, 4> names{tr("Good (85 % or more)"), tr("Fair (70-85 %)"),
                                       tr("Poor (under 70 %)"), tr("n/a")};
    std::array<QBarSet*, 4> sets{};
    for (std::size_t i = 0; i < bands.size(); ++i) {
        sets[i] = new QBarSet(names[i]);
        sets[i]->setColor(bandColor(bands[i]));
        sets[i]->setBorderColor(bandColor(bands[i]));
        sets[i]->setLabelColor(Qt::black);
    }
    // Horizontal bars fill bottom-up: reverse so the first product is on top.
    QStringList categories;
    for (auto it = bars.rbegin(); it != bars.rend(); ++it) {
        const AccuracyBand band = accuracyBand(it->accuracy);
        // Category names must be unique; the n/a mark is part of the name, as it has no bar.
        const QString label =
            band == AccuracyBand::Unknown ? tr("%1 (n/a)").arg(it->product) : it->product;
        categories.append(label);
        for (std::size_t i = 0; i < bands.size(); ++i)
            sets[i]->append(bands[i] == band && band != AccuracyBand::Unknown ? it->accuracy : 0.0);
    }
    for (const Bar& b : bars)
        m_products.append(b.product);

    auto* series = new QHorizontalStackedBarSeries;
    for (QBarSet* s : sets) {
        series->append(s);
        connect(s, &QBarSet::clicked, this, [this](int index) {
            const int row = static_cast<int>(m_products.size()) - 1 - index;
            if (row >= 0 && row < m_products.size())
                emit barClicked(m_products.at(row));
        });
    }
    series->setBarWidth(0.7);
    series->setLabelsVisible(true);
    series->setLabelsFormat(QStringLiteral("@value %"));
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    series->setLabelsPrecision(3);
    chart->addSeries(series);

    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    auto* axisX = new QValueAxis;
    axisX->setRange(0.0, 100.0);
    axisX->setLabelFormat(QStringLiteral("%.0f %%"));
    axisX->setTitleText(tr("Accuracy"));
    chart->addAxis(axisY, Qt::AlignLeft);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisY);
    series->attachAxis(axisX);
    setMinimumHeight(std::max(200, 60 + 28 * static_cast<int>(bars.size())));
    replaceChart(this, chart);
}

AccuracyDistributionChart::AccuracyDistributionChart(QWidget* parent)
    : QChartView(parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(180);
    setBuckets({});
}

void AccuracyDistributionChart::setBuckets(const std::vector<Bucket>& buckets)
{
    auto* chart = new QChart;
    chart->legend()->hide();
    auto* set = new QBarSet(tr("Products"));
    set->setColor(QColor(0x1f, 0x6f, 0xc5));
    set->setLabelColor(Qt::black);
    QStringList categories;
    int top = 0;
    for (const Bucket& b : buckets) {
        categories.append(tr("%1-%2 %").arg(b.lower).arg(b.upper));
        set->append(b.count);
        top = std::max(top, b.count);
    }
    auto* series = new QBarSeries;
    series->append(set);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto* axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setTitleText(tr("Accuracy"));
    auto* axisY = new QValueAxis;
    axisY->setRange(0, std::max(1, top) + 1);
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTitleText(tr("Products"));
    chart->addAxis(axisX, Qt::AlignBottom);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(axisY);
    m_buckets = static_cast<int>(buckets.size());
    replaceChart(this, chart);
}

} // namespace bakery::ui
