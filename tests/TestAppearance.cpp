// Readable with the Fusion style and the other built-in style, each with its light palette
// and with a dark one (as a desktop in dark mode hands the app): every visible text on every
// main screen of the trained demo bakery stands out from its own background, and the window
// fits a small laptop screen. Text colours are measured on the rendered pixels, so colours
// from style sheets and hard-coded backgrounds count as the owner would see them.
#include "AppController.h"
#include "MainWindow.h"
#include "ScreenshotTour.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QStyleFactory>
#include <QtTest>

#include <cmath>

using namespace bakery;

namespace {

double luminance(QRgb c)
{
    const auto channel = [](int v) {
        const double s = v / 255.0;
        return s <= 0.03928 ? s / 12.92 : std::pow((s + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(qRed(c)) + 0.7152 * channel(qGreen(c)) + 0.0722 * channel(qBlue(c));
}

// WCAG contrast ratio, 1 (none) to 21 (black on white).
double contrast(QRgb a, QRgb b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// A widget's part of the window as drawn (its parents' backgrounds included): the most
// common colour is the background, and the text's strongest pixel must stand out from it.
double textContrast(const QImage& image)
{
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            ++counts[image.pixel(x, y)];
    QRgb background = 0;
    int most = -1;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most)
            most = it.value(), background = it.key();
    double best = 1.0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        best = std::max(best, contrast(it.key(), background));
    return best;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b), text(0xee, 0xee, 0xee), dim(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::AlternateBase, QColor(0x32, 0x32, 0x32));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, dim);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7b, 0xd9));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, dim);
    return p;
}

QString describe(QWidget* w)
{
    QString text;
    if (auto* label = qobject_cast<QLabel*>(w))
        text = label->text();
    else if (auto* button = qobject_cast<QAbstractButton*>(w))
        text = button->text();
    else if (auto* box = qobject_cast<QGroupBox*>(w))
        text = box->title();
    return QStringLiteral("%1 %2 \"%3\"")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(), text.left(60));
}

} // namespace

class TestAppearance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readable_data();
    void readable();
    void cleanupTestCase();

private:
    std::unique_ptr<ui::TrainedDemo> m_demo;
    QString m_defaultStyle;
};

void TestAppearance::initTestCase()
{
    m_defaultStyle = QApplication::style()->name();
    m_demo = std::make_unique<ui::TrainedDemo>();
    QString error;
    QVERIFY2(m_demo->prepare(&error), qPrintable(error));
}

void TestAppearance::cleanupTestCase()
{
    QApplication::setStyle(m_defaultStyle);
    m_demo.reset();
}

void TestAppearance::readable_data()
{
    QTest::addColumn<QString>("style");
    QTest::addColumn<bool>("dark");
    // Fusion is Qt's default on Linux; "Windows" is the other style every Qt build has (the
    // desktop's own, e.g. Breeze, is a plugin this machine does not have).
    for (const QString& style : {QStringLiteral("Fusion"), QStringLiteral("Windows")}) {
        QVERIFY2(QStyleFactory::keys().contains(style, Qt::CaseInsensitive), qPrintable(style));
        QTest::newRow(qPrintable(style + QStringLiteral(" light"))) << style << false;
        QTest::newRow(qPrintable(style + QStringLiteral(" dark"))) << style << true;
    }
}

void TestAppearance::readable()
{
    QFETCH(QString, style);
    QFETCH(bool, dark);
    QApplication::setStyle(style);
    QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());

    ui::MainWindow window(&m_demo->controller());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Sane minimum size: the window fits a 1280x720 laptop screen with its panel.
    QVERIFY2(window.minimumSizeHint().width() <= 1280 && window.minimumSizeHint().height() <= 680,
             qPrintable(QStringLiteral("%1x%2").arg(window.minimumSizeHint().width())
                            .arg(window.minimumSizeHint().height())));
    m_demo->controller().reloadProducts();

    QStringList unreadable;
    int checked = 0;
    const bool visited = ui::visitPages(window, [&](const QString& key) {
        if (key == QLatin1String("compare")) // the banner a deploy shows, as it would look
            if (auto* banner = window.findChild<QWidget*>(QStringLiteral("compareUndoBanner"))) {
                for (QLabel* text : banner->findChildren<QLabel*>())
                    text->setText(QStringLiteral("Version deployed."));
                banner->show();
                QCoreApplication::processEvents();
            }
        if (key == QLatin1String("settings")) // a validation message, as it would look
            if (auto* error = window.findChild<QLabel*>(QStringLiteral("settingError_HOLDOUT_DAYS"))) {
                error->setText(QStringLiteral("Expected a whole number from 7 to 90."));
                error->show();
                QCoreApplication::processEvents();
            }
        QList<QWidget*> texts;
        for (QLabel* l : window.findChildren<QLabel*>())
            if (!l->text().trimmed().isEmpty())
                texts << l;
        for (QAbstractButton* b : window.findChildren<QAbstractButton*>())
            if (!b->text().trimmed().isEmpty())
                texts << b;
        for (QGroupBox* g : window.findChildren<QGroupBox*>())
            texts << g;
        texts << window.findChild<QListWidget*>(QStringLiteral("sidebar"))->viewport();
        const QImage shot = window.grab().toImage().convertToFormat(QImage::Format_RGB32);
        const qreal scale = shot.devicePixelRatio();
        for (QWidget* w : std::as_const(texts)) {
            const QRect shown = w->visibleRegion().boundingRect();
            if (!w->isVisible() || !w->isEnabled() || shown.width() < 8 || shown.height() < 8)
                continue;
            const QRect area(w->mapTo(&window, shown.topLeft()) * scale, shown.size() * scale);
            ++checked;
            const double c = textContrast(shot.copy(area));
            if (c < 3.0)
                unreadable << QStringLiteral("%1: %2 (contrast %3)")
                                  .arg(key, describe(w))
                                  .arg(c, 0, 'f', 2);
        }
        return true;
    });
    QVERIFY(visited);
    QVERIFY2(checked > 50, qPrintable(QString::number(checked)));
    QVERIFY2(unreadable.isEmpty(), qPrintable(unreadable.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestAppearance)
#include "TestAppearance.moc"
