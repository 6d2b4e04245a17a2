// Event-loop latency of the desktop app while it trains (issue 5: no event may wait longer
// than 50 ms). The real main window, offscreen, on a throwaway store with N products of 2
// years each (the demo bakery's 16 products, copied); a 5 ms timer measures how late the GUI
// thread serves it while Train all runs and the window shows its live progress.
// Run: build/tests/bench/bakery_gui_latency [N=500]
// Prints the worst delay, the 99th percentile and the number of samples.

#include "AppController.h"
#include "DemoBakery.h"
#include "MainWindow.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace bakery;

// With BAKERY_LATENCY_TRACE set: every event the GUI thread takes more than 10 ms to handle,
// with its receiver, to find what makes it late.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject* receiver, QEvent* event) override
    {
        if (!m_trace)
            return QApplication::notify(receiver, event);
        // Named before delivery: the event may delete its receiver (DeferredDelete).
        const int type = int(event->type());
        const QByteArray name = QByteArray(receiver->metaObject()->className()) + " (" +
                                receiver->objectName().toUtf8() + ")";
        QElapsedTimer t;
        t.start();
        const bool result = QApplication::notify(receiver, event);
        if (t.elapsed() > 10)
            std::fprintf(stderr, "slow event %d to %s: %lld ms, ending at %lld ms\n", type,
                         name.constData(), t.elapsed(), clock().elapsed());
        return result;
    }

    static QElapsedTimer& clock()
    {
        static QElapsedTimer c;
        return c;
    }

private:
    bool m_trace = qEnvironmentVariableIsSet("BAKERY_LATENCY_TRACE");
};

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
    TracingApplication::clock().start();
    const int products = argc > 1 ? std::max(1, std::atoi(argv[1])) : 500;
    QTemporaryDir dir;
    config::Settings settings;
    settings.databaseUrl = dir.filePath(QStringLiteral("store.sqlite"));
    settings.modelStoragePath = dir.filePath(QStringLiteral("models"));
    ui::AppController controller(settings);
    QString error;
    if (!controller.open(&error))
        return std::fprintf(stderr, "%s\n", qPrintable(error)), 1;

    // N products: the demo bakery's last 2 years, copied under new names.
    data::ImportResult demo =
        data::SalesImporter().readBytes(ui::demoBakeryCsv(), QStringLiteral("demo.csv"));
    storage::SalesBatch batch = demo.batch;
    batch.products.clear();
    for (int i = 0; i < products; ++i) {
        storage::ProductSales p =
            demo.batch.products[static_cast<std::size_t>(i) % demo.batch.products.size()];
        p.name += QStringLiteral(" %1").arg(i + 1);
        p.days.erase(p.days.begin(), p.days.end() - std::min<std::ptrdiff_t>(730, p.days.size()));
        batch.products.push_back(std::move(p));
    }
    if (!storage::SalesStore(controller.workspace().database()).store(batch).ok())
        return std::fprintf(stderr, "cannot store the products\n"), 1;

    ui::MainWindow window(&controller);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1366, 768);
    window.show();
    controller.notifyStoreChanged();

    std::vector<double> late;
    QElapsedTimer clock;
    clock.start();
    qint64 expected = 5;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&]() {
        const qint64 now = clock.elapsed();
        late.push_back(static_cast<double>(std::max<qint64>(0, now - expected)));
        if (now - expected > 30 && qEnvironmentVariableIsSet("BAKERY_LATENCY_TRACE"))
            std::fprintf(stderr, "late %lld ms at %lld ms\n", now - expected, now);
        expected = now + 5;
    });
    QEventLoop loop;
    QObject::connect(&controller, &ui::AppController::jobFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(200, [&]() {
        clock.restart();
        TracingApplication::clock().start();
        expected = 5;
        probe.start(5);
        window.trainAll();
    });
    QElapsedTimer total;
    total.start();
    loop.exec();
    probe.stop();
    std::sort(late.begin(), late.end());
    const double worst = late.empty() ? 0 : late.back();
    const double p99 = late.empty() ? 0 : late[late.size() * 99 / 100];
    std::printf("products=%d training_s=%.1f samples=%zu worst_delay_ms=%.1f p99_delay_ms=%.1f\n",
                products, total.elapsed() / 1000.0, late.size(), worst, p99);
    return 0;
}
