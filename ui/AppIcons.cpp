#include "AppIcons.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <functional>

namespace bakery::ui {

namespace {

// Warm bakery palette shared by all page icons.
const QColor kCrust(0x8b, 0x5a, 0x2b);
const QColor kGolden(0xe0, 0xa0, 0x40);

using Painter = std::function<void(QPainter&)>;

// Draws on a 24x24 logical grid and renders it at several sizes, so the icon stays crisp in
// the sidebar (24 px), in the empty states (64 px) and on high-DPI screens.
QIcon paintIcon(const Painter& draw)
{
    QIcon icon;
    for (const int size : {16, 24, 32, 48, 64, 128}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.scale(size / 24.0, size / 24.0);
        draw(painter);
        painter.end();
        icon.addPixmap(pixmap);
        // Keep the colours on the selected sidebar row instead of the style's tinted copy.
        icon.addPixmap(pixmap, QIcon::Selected);
    }
    return icon;
}

QPen outline(const QColor& colour, qreal width = 1.8)
{
    return QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
}

} // namespace

QIcon AppIcons::overview()
{
    // Three rising bars on a baseline: "how are my forecasts doing".
    return paintIcon([](QPainter& p) {
        p.setPen(Qt::NoPen);
        p.setBrush(kGolden);
        p.drawRoundedRect(QRectF(4, 13, 4, 7), 1, 1);
        p.setBrush(kGolden.darker(115));
        p.drawRoundedRect(QRectF(10, 9, 4, 11), 1, 1);
        p.setBrush(kCrust);
        p.drawRoundedRect(QRectF(16, 4, 4, 16), 1, 1);
        p.setPen(outline(kCrust, 1.6));
        p.drawLine(QPointF(2.5, 21.5), QPointF(21.5, 21.5));
    });
}

QIcon AppIcons::products()
{
    // A loaf of bread with three scoring cuts.
    return paintIcon([](QPainter& p) {
        QPainterPath loaf;
        loaf.moveTo(3, 17);
        loaf.cubicTo(3, 6, 21, 6, 21, 17);
        loaf.lineTo(21, 18.5);
        loaf.quadTo(21, 20, 19.5, 20);
        loaf.lineTo(4.5, 20);
        loaf.quadTo(3, 20, 3, 18.5);
        loaf.closeSubpath();
        p.setPen(outline(kCrust, 1.4));
        p.setBrush(kGolden);
        p.drawPath(loaf);
        p.setPen(outline(QColor(0xf6, 0xe3, 0xc4), 1.5));
        p.drawLine(QPointF(7.5, 14.5), QPointF(9.5, 11));
        p.drawLine(QPointF(11, 14.5), QPointF(13, 10.5));
        p.drawLine(QPointF(14.5, 14.5), QPointF(16.5, 11));
    });
}

QIcon AppIcons::training()
{
    // A circular arrow around a dot: the model learning again and again.
    return paintIcon([](QPainter& p) {
        p.setPen(outline(kCrust, 2.0));
        p.setBrush(Qt::NoBrush);
        const QRectF ring(4, 4, 16, 16);
        p.drawArc(ring, 100 * 16, 290 * 16);
        QPainterPath head;
        head.moveTo(10.2, 1.8);
        head.lineTo(14.6, 4.2);
        head.lineTo(10.4, 7.2);
        head.closeSubpath();
        p.setPen(Qt::NoPen);
        p.setBrush(kCrust);
        p.drawPath(head);
        p.setBrush(kGolden);
        p.drawEllipse(QPointF(12, 12), 3, 3);
    });
}

QIcon AppIcons::settings()
{
    // Three sliders with knobs at different positions.
    return paintIcon([](QPainter& p) {
        p.setPen(outline(kCrust, 1.6));
        for (const qreal y : {6.0, 12.0, 18.0})
            p.drawLine(QPointF(3, y), QPointF(21, y));
        p.setPen(outline(kCrust, 1.4));
        p.setBrush(kGolden);
        p.drawEllipse(QPointF(8, 6), 2.6, 2.6);
        p.drawEllipse(QPointF(16, 12), 2.6, 2.6);
        p.drawEllipse(QPointF(11, 18), 2.6, 2.6);
    });
}

QIcon AppIcons::importSales()
{
    // An arrow going down into a tray: data coming in.
    return paintIcon([](QPainter& p) {
        p.setPen(outline(kCrust, 1.6));
        p.setBrush(Qt::NoBrush);
        QPainterPath tray;
        tray.moveTo(3, 14);
        tray.lineTo(3, 20);
        tray.lineTo(21, 20);
        tray.lineTo(21, 14);
        p.drawPath(tray);
        p.setPen(outline(kGolden.darker(120), 2.0));
        p.drawLine(QPointF(12, 3), QPointF(12, 15));
        p.drawLine(QPointF(7.5, 10.5), QPointF(12, 15));
        p.drawLine(QPointF(16.5, 10.5), QPointF(12, 15));
    });
}

} // namespace bakery::ui
