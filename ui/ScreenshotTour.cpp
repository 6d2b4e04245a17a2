#include "ScreenshotTour.h"

#include "AppController.h"
#include "DemoBakery.h"
#include "MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTimer>
#include <QWidget>

namespace bakery::ui {

namespace {

// Stores the demo bakery, optionally without its last `dropDays` days.
bool storeDemo(AppController& c, int dropDays, QString* error)
{
    data::ImportResult r =
        data::SalesImporter().readBytes(demoBakeryCsv(), QStringLiteral("demo-bakery.csv"));
    if (r.report.rejected()) {
        *error = QStringLiteral("the demo bakery could not be read");
        return false;
    }
    int last = 0;
    for (const storage::ProductSales& p : r.batch.products)
        last = std::max(last, p.days.empty() ? 0 : p.days.back().day);
    for (storage::ProductSales& p : r.batch.products)
        p.days.erase(
            std::remove_if(p.days.begin(), p.days.end(),
                           [&](const storage::DailyValue& d) { return d.day > last - dropDays; }),
            p.days.end());
    const storage::StoreResult stored =
        storage::SalesStore(c.workspace().database(), c.tenant()).store(r.batch);
    *error = stored.error;
    return stored.ok();
}

bool trainAndWait(AppController& c, QString* error)
{
    QEventLoop loop;
    QObject::connect(&c, &AppController::jobFinished, &loop, &QEventLoop::quit);
    if (!c.train({}, false, error))
        return false;
    QTimer::singleShot(600000, &loop, &QEventLoop::quit); // never hang a docs build
    loop.exec();
    return true;
}

// Lets queued loads (runAsync) arrive and charts lay out.
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

TrainedDemo::TrainedDemo() = default;
TrainedDemo::~TrainedDemo() = default;

bool TrainedDemo::prepare(QString* error)
{
    config::Settings settings;
    settings.databaseUrl = m_dir.filePath(QStringLiteral("demo.sqlite"));
    settings.modelStoragePath = m_dir.filePath(QStringLiteral("models"));
    m_controller = std::make_unique<AppController>(settings);
    return m_controller->open(error) && storeDemo(*m_controller, 56, error) &&
           trainAndWait(*m_controller, error) && storeDemo(*m_controller, 0, error) &&
           trainAndWait(*m_controller, error);
}

bool visitPages(MainWindow& window, const std::function<bool(const QString& key)>& visit)
{
    const QStringList keys = window.pageKeys();
    for (const QString& key : keys) {
        if (key == QLatin1String("product"))
            window.openProduct(QStringLiteral("Croissant"));
        else if (key == QLatin1String("compare"))
            window.compareProduct(QStringLiteral("Croissant"));
        else
            window.showPage(key);
        settle(key == QLatin1String("product") || key == QLatin1String("compare") ? 1500 : 400);
        if (!visit(key))
            return false;
    }
    return true;
}

bool renderScreenshots(const QString& dirPath, QString* error)
{
    QDir dir(dirPath);
    if (!dir.mkpath(QStringLiteral("."))) {
        *error =
            QStringLiteral("Cannot create the folder %1").arg(QDir::toNativeSeparators(dirPath));
        return false;
    }
    TrainedDemo demo;
    if (!demo.prepare(error))
        return false;
    MainWindow window(&demo.controller());
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(1366, 768); // the smallest screen ui-design.md must stay readable on
    window.show();
    demo.controller().reloadProducts();
    settle(500);
    return visitPages(window, [&](const QString& key) {
        const QString file = dir.filePath(key + QStringLiteral(".png"));
        if (window.grab().save(file))
            return true;
        *error = QStringLiteral("Cannot write %1").arg(QDir::toNativeSeparators(file));
        return false;
    });
}

} // namespace bakery::ui
