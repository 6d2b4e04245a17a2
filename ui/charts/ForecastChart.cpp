#include "charts/ForecastChart.h"

#include "calendar/EpochDay.h"
#include "training/ProductForecast.h"

#include <QAreaSeries>
#include <QCursor>
#include <QDateTimeAxis>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QToolTip>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace bakery::ui {

namespace {

const QColor kActual(0x26, 0x32, 0x38);
const QColor kForecast(0x1f, 0x77, 0xb4);
const QColor kBand(0x1f, 0x77, 0xb4, 0x40);
const QColor kHoldout(0, 0, 0, 0x18);
const QColor kToday(0xe6, 0x51, 0x00);
const QColor kHoliday(0x8e, 0x24, 0xaa);

double msOf(int day)
{
    return double(calendar::fromEpochDay(day).startOfDay(Qt::UTC).toMSecsSinceEpoch());
}

QString number(double v)
{
    return std::isfinite(v) ? QLocale().toString(v, 'f', 1) : QStringLiteral("-");
}

} // namespace

ForecastChart::ForecastChart(QWidget* parent)
    : QChartView(new QChart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setMinimumHeight(280);
    chart()->setLocalizeNumbers(true);
    chart()->setLocale(QLocale());
    chart()->legend()->setAlignment(Qt::AlignBottom);
    chart()->setMargins(QMargins(8, 8, 8, 8));
    m_holdoutLabel = new QGraphicsSimpleTextItem(chart());
    m_holdoutLabel->setZValue(20);
    m_holdoutLabel->setBrush(QColor(0x55, 0x55, 0x55));
    m_holdoutLabel->hide();
    connect(chart(), &QChart::plotAreaChanged, this, [this]() { placeHoldoutLabel(); });
}

void ForecastChart::clear()
{
    chart()->removeAllSeries();
    for (QAbstractAxis* axis : chart()->axes()) {
        chart()->removeAxis(axis);
        delete axis;
    }
    m_holdoutLabel->hide();
    m_holdoutLabel->setText(QString());
    m_extent.clear();
    m_holidayNames.clear();
    m_dayDescription.clear();
}

void ForecastChart::setForecast(const training::ProductForecast& f, QDate today)
{
    clear();
    if (f.days.empty())
        return;
    const bool model = f.yhat.size() == f.days.size();
    const bool band =
        model && f.lower.size() == f.days.size() &&
        std::any_of(f.lower.begin(), f.lower.end(), [](double v) { return std::isfinite(v); });
    double yMin = 0.0, yMax = 1.0, dayMax = 0.0;
    const auto extend = [&](double v) {
        if (std::isfinite(v))
            yMin = std::min(yMin, v), yMax = std::max(yMax, v), dayMax = std::max(dayMax, v);
    };
    QList<QPointF> actual, holdout, forecast, upper, lower;
    const QLocale locale;
    for (std::size_t i = 0; i < f.days.size(); ++i) {
        const double x = msOf(f.days[i]);
        const double y = f.actual[i];
        dayMax = 0.0;
        if (std::isfinite(y)) {
            actual.append({x, y});
            if (f.days[i] >= f.holdoutStart && f.days[i] <= f.holdoutEnd && f.holdoutEnd > 0)
                holdout.append({x, y});
        }
        extend(y);
        QString tip = locale.toString(calendar::fromEpochDay(f.days[i]), QLocale::LongFormat);
        if (std::isfinite(y))
            tip += QLatin1Char('\n') + tr("Sold: %1").arg(number(y));
        if (model) {
            forecast.append({x, f.yhat[i]});
            extend(f.yhat[i]);
            tip += QLatin1Char('\n') + tr("Forecast: %1").arg(number(f.yhat[i]));
        }
        if (band && std::isfinite(f.lower[i]) && std::isfinite(f.upper[i])) {
            upper.append({x, f.upper[i]});
            lower.append({x, f.lower[i]});
            extend(f.upper[i]);
            extend(f.lower[i]);
            tip += QLatin1Char('\n') +
                   tr("95 % interval: %1 to %2").arg(number(f.lower[i]), number(f.upper[i]));
        }
        m_dayDescription.insert(qint64(x), tip);
        m_extent.emplace_back(x, dayMax);
    }
    yMax *= 1.08;
    m_lastSaleMs = msOf(f.lastSaleDay);

    auto* xAxis = new QDateTimeAxis;
    xAxis->setFormat(QStringLiteral("MMM yyyy"));
    xAxis->setTickCount(8);
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(msOf(f.days.front())), Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(qint64(msOf(f.days.back())), Qt::UTC));
    auto* yAxis = new QValueAxis;
    yAxis->setRange(yMin, yMax);
    yAxis->setLabelFormat(QStringLiteral("%.0f"));
    yAxis->setTitleText(tr("Units sold per day"));
    chart()->addAxis(xAxis, Qt::AlignBottom);
    chart()->addAxis(yAxis, Qt::AlignLeft);
    auto add = [&](QAbstractSeries* s, const QString& name, bool inLegend = true) {
        s->setObjectName(name);
        chart()->addSeries(s);
        s->attachAxis(xAxis);
        s->attachAxis(yAxis);
        if (!inLegend)
            for (QLegendMarker* m : chart()->legend()->markers(s))
                m->setVisible(false);
    };
    if (model && f.holdoutEnd > 0) {
        // QAreaSeries does not own its boundaries: parent them to it, never add them.
        auto* area = new QAreaSeries;
        auto* top = new QLineSeries(area);
        auto* bottom = new QLineSeries(area);
        const double x0 = msOf(f.holdoutStart) - 43200000.0, x1 = msOf(f.holdoutEnd) + 43200000.0;
        top->replace({{x0, yMax}, {x1, yMax}});
        bottom->replace({{x0, yMin}, {x1, yMin}});
        area->setUpperSeries(top);
        area->setLowerSeries(bottom);
        area->setName(tr("Accuracy check (holdout)"));
        area->setBrush(kHoldout);
        area->setPen(Qt::NoPen);
        add(area, QStringLiteral("holdoutWindow"));
        m_holdoutMiddleMs = (x0 + x1) / 2.0;
        m_holdoutLabel->setText(tr("Accuracy check"));
        m_holdoutLabel->show();
    }
    if (band) {
        auto* area = new QAreaSeries;
        auto* top = new QLineSeries(area);
        auto* bottom = new QLineSeries(area);
        top->setObjectName(QStringLiteral("intervalUpper"));
        top->replace(upper);
        bottom->replace(lower);
        area->setUpperSeries(top);
        area->setLowerSeries(bottom);
        area->setName(tr("95 % interval"));
        area->setBrush(kBand);
        area->setPen(Qt::NoPen);
        add(area, QStringLiteral("interval"));
    }
    auto* actualLine = new QLineSeries;
    actualLine->setName(tr("Actual sales"));
    actualLine->setPen(QPen(kActual, 1.5));
    actualLine->replace(actual);
    add(actualLine, QStringLiteral("actual"));
    if (!holdout.isEmpty()) {
        auto* dots = new QScatterSeries;
        dots->setMarkerSize(6.0);
        dots->setColor(kActual);
        dots->setBorderColor(kActual);
        dots->replace(holdout);
        add(dots, QStringLiteral("holdoutActual"), false);
    }
    if (model) {
        auto* line = new QLineSeries;
        line->setName(tr("Forecast"));
        line->setPen(QPen(kForecast, 2.0));
        line->replace(forecast);
        add(line, QStringLiteral("forecast"));
        connect(line, &QLineSeries::hovered, this, &ForecastChart::showForecastTip);
    }
    const int todayDay = today.isValid() ? calendar::toEpochDay(today) : 0;
    if (today.isValid() && todayDay >= f.days.front() && todayDay <= f.days.back()) {
        auto* line = new QLineSeries;
        line->setName(tr("Today"));
        line->setPen(QPen(kToday, 1.5, Qt::DashLine));
        line->replace({{msOf(todayDay), yMin}, {msOf(todayDay), yMax}});
        add(line, QStringLiteral("today"));
    }
    if (!f.holidays.empty()) {
        auto* marks = new QScatterSeries;
        marks->setName(tr("Holidays"));
        marks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
        marks->setMarkerSize(7.0);
        marks->setColor(kHoliday);
        marks->setBorderColor(kHoliday);
        QList<QPointF> points;
        for (const calendar::HolidayEvent& h : f.holidays) {
            const qint64 x = qint64(msOf(h.day));
            QString& names = m_holidayNames[x];
            if (names.isEmpty())
                points.append({double(x), yMin});
            else
                names += QLatin1Char('\n');
            names += locale.toString(calendar::fromEpochDay(h.day), QLocale::ShortFormat) +
                     QStringLiteral(": ") + h.name;
        }
        marks->replace(points);
        add(marks, QStringLiteral("holidays"));
        connect(marks, &QScatterSeries::hovered, this, &ForecastChart::showHolidayTip);
    }
    applySpan();
}

void ForecastChart::setSpan(int days)
{
    m_spanDays = std::max(0, days);
    applySpan();
}

void ForecastChart::applySpan()
{
    const auto axes = chart()->axes();
    if (m_extent.empty() || axes.size() < 2)
        return;
    const double day = 86400000.0;
    const double first = m_spanDays > 0
                             ? std::max(m_extent.front().first, m_lastSaleMs - m_spanDays * day)
                             : m_extent.front().first;
    double top = 1.0;
    for (const auto& [x, high] : m_extent)
        if (x >= first)
            top = std::max(top, high);
    auto* xAxis = static_cast<QDateTimeAxis*>(chart()->axes(Qt::Horizontal).front());
    // Day and month on a few months; month and year on a longer view.
    xAxis->setFormat(m_spanDays > 0 && m_spanDays <= 184 ? QStringLiteral("d MMM")
                                                           : QStringLiteral("MMM yyyy"));
    xAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(first), Qt::UTC),
                    QDateTime::fromMSecsSinceEpoch(qint64(m_extent.back().first), Qt::UTC));
    auto* yAxis = static_cast<QValueAxis*>(chart()->axes(Qt::Vertical).front());
    yAxis->setMax(top * 1.08);
    m_holdoutLabel->setVisible(chart()->series().size() > 0 && m_holdoutMiddleMs >= first &&
                               !m_holdoutLabel->text().isEmpty());
    placeHoldoutLabel();
}

int ForecastChart::pointCount(const QString& name) const
{
    if (name == QLatin1String("interval") || name == QLatin1String("holdoutWindow")) {
        for (QAbstractSeries* s : chart()->series())
            if (s->objectName() == name)
                return int(static_cast<QAreaSeries*>(s)->upperSeries()->count());
        return -1;
    }
    const QXYSeries* s = findSeries(name);
    return s ? int(s->count()) : -1;
}

QXYSeries* ForecastChart::findSeries(const QString& name) const
{
    for (QAbstractSeries* s : chart()->series())
        if (s->objectName() == name)
            return qobject_cast<QXYSeries*>(s);
    return nullptr;
}

void ForecastChart::placeHoldoutLabel()
{
    if (!m_holdoutLabel->isVisible() || chart()->series().isEmpty())
        return;
    const auto* yAxis = static_cast<const QValueAxis*>(chart()->axes(Qt::Vertical).front());
    const QPointF top = chart()->mapToPosition(QPointF(m_holdoutMiddleMs, yAxis->max()));
    const QRectF box = m_holdoutLabel->boundingRect();
    m_holdoutLabel->setPos(top.x() - box.width() / 2.0, top.y() + 4.0);
}

void ForecastChart::showHolidayTip(const QPointF& point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    QToolTip::showText(QCursor::pos(), m_holidayNames.value(qint64(point.x())), this);
}

void ForecastChart::showForecastTip(const QPointF& point, bool state)
{
    if (!state) {
        QToolTip::hideText();
        return;
    }
    // The nearest day (the hovered point may lie between two).
    const qint64 day = 86400000;
    const qint64 x = (qint64(point.x()) + day / 2) / day * day;
    QToolTip::showText(QCursor::pos(), m_dayDescription.value(x), this);
}

} // namespace bakery::ui
