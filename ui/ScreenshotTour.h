#pragma once
// `bakery-trainer --screenshots DIR`: a throwaway store with the demo bakery, trained twice
// (first without its last 8 weeks, then with them, as a weekly retraining would), then every
// main screen rendered to DIR/<page key>.png. The README's pictures come from here; the
// appearance test walks the same screens.

#include <QString>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace bakery::ui {

class AppController;
class MainWindow;

/// The demo bakery trained twice in a throwaway store, with every screen worth showing.
class TrainedDemo
{
public:
    TrainedDemo();
    ~TrainedDemo();
    /// Imports and trains (a few seconds); false and *error on failure.
    bool prepare(QString* error);
    AppController& controller() { return *m_controller; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AppController> m_controller;
};

/// Shows each main page of `window` in turn (Croissant on the product and compare pages) and
/// calls `visit` with the page's key once its data has arrived; stops when `visit` is false.
bool visitPages(MainWindow& window, const std::function<bool(const QString& key)>& visit);

/// Renders the screens; false and *error on failure. Needs a QApplication.
bool renderScreenshots(const QString& dir, QString* error);

} // namespace bakery::ui
