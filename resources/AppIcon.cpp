#include "AppIcon.h"

namespace bakery::resources {

QIcon appIcon()
{
    return QIcon::fromTheme(QStringLiteral("org.bakeryia.Trainer"),
                            QIcon(QStringLiteral(":/icons/org.bakeryia.Trainer.svg")));
}

} // namespace bakery::resources
