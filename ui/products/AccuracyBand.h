#pragma once
// The accuracy bands of ui-design.md, used wherever accuracy appears: >= 85 % good (green),
// 70-85 % fair (amber), < 70 % poor (red), n/a (grey) when it cannot be computed. Colour is
// never the only signal: every place also shows the number or the band's word.

#include <QColor>
#include <QString>

#include <cmath>

namespace bakery::ui {

enum class AccuracyBand { Good, Fair, Poor, Unknown };

inline AccuracyBand accuracyBand(double accuracy)
{
    if (!std::isfinite(accuracy))
        return AccuracyBand::Unknown;
    return accuracy >= 85.0   ? AccuracyBand::Good
           : accuracy >= 70.0 ? AccuracyBand::Fair
                              : AccuracyBand::Poor;
}

inline QColor bandColor(AccuracyBand band)
{
    switch (band) {
    case AccuracyBand::Good:
        return QColor(0x2e, 0x7d, 0x32);
    case AccuracyBand::Fair: // dark amber: white text on it keeps a 4:1 contrast
        return QColor(0xb2, 0x6a, 0x00);
    case AccuracyBand::Poor:
        return QColor(0xc6, 0x28, 0x28);
    case AccuracyBand::Unknown:
        break;
    }
    return QColor(0x75, 0x75, 0x75);
}

} // namespace bakery::ui
