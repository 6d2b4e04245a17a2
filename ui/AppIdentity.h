#pragma once

#include <QLatin1String>

namespace bakery::ui {

// Names that must agree between the executable, QSettings and the installed desktop files
// (installer/org.bakeryia.Trainer.desktop, the hicolor icon and the AppStream id).
inline constexpr QLatin1String kOrganisationName("BakeryIA");
inline constexpr QLatin1String kApplicationName("Trainer");
inline constexpr QLatin1String kDesktopFileName("org.bakeryia.Trainer");

} // namespace bakery::ui
