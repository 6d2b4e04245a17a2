#pragma once

#include <QIcon>

namespace bakery::resources {

// The application icon: the installed theme icon when there is one, else the copy embedded in
// the binary (:/icons/org.bakeryia.Trainer.svg). Both need Qt's SVG icon plugin to render.
QIcon appIcon();

} // namespace bakery::resources
