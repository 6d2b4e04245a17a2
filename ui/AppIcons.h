#pragma once

#include <QIcon>

namespace bakery::ui {

// Page and action icons, painted in code: the Qt SVG plugin is optional on the target systems,
// so these must not depend on it.
class AppIcons
{
public:
    static QIcon overview();
    static QIcon products();
    static QIcon training();
    static QIcon settings();
    static QIcon importSales();
};

} // namespace bakery::ui
