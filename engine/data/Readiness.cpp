#include "data/Readiness.h"

#include <QCoreApplication>

#include <algorithm>

namespace bakery::data {

namespace {

// The sentences' translation context is "Readiness".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Readiness)
};

} // namespace

Readiness assessReadiness(const std::vector<storage::DailyValue>& series, int minDays)
{
    Readiness r;
    r.days = static_cast<int>(series.size());
    for (std::size_t i = 0; i < series.size(); ++i) {
        r.outlierDays += series[i].outlier;
        if (i > 0) {
            const int gap = series[i].day - series[i - 1].day - 1;
            r.missingDays += gap;
            r.longestGap = std::max(r.longestGap, gap);
        }
    }
    r.ready = r.days >= minDays;
    if (!r.ready) // the training service's wording, kept so both products say the same
        r.message = Text::tr("Product requires minimum %1 days of sales data. Currently: %2 days.")
                        .arg(minDays)
                        .arg(r.days);
    return r;
}

} // namespace bakery::data
