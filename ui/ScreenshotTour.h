#pragma once
// `bakery-trainer --screenshots DIR`: a throwaway store with the demo bakery, trained twice
// (first without its last 8 weeks, then with them, as a weekly retraining would), then every
// main screen rendered to DIR/<page key>.png. The README's pictures come from here.

#include <QString>

namespace bakery::ui {

/// Renders the screens; false and *error on failure. Needs a QApplication.
bool renderScreenshots(const QString& dir, QString* error);

} // namespace bakery::ui
