#pragma once
// Accuracy per product as horizontal bars, best first, coloured by the accuracy band
// (>= 85 good, 70-85 fair, < 70 poor, n/a grey) with the number on each bar, so colour
// is never the only signal. Qt Charts stays behind this class.

#include "products/AccuracyBand.h"

#include <QChartView>
#include <QColor>
#include <QString>
#include <QStringList>

#include <vector>

namespace bakery::ui {

/// The accuracy bands of the visual language.
// The bands themselves live in products/AccuracyBand.h, shared with the products table.

class AccuracyChart : public QChartView
{
    Q_OBJECT
public:
    struct Bar
    {
        QString product;
        double accuracy; ///< %, NaN for n/a
    };

    explicit AccuracyChart(QWidget* parent = nullptr);

    /// Draws the bars in the given order (the first one on top).
    void setBars(const std::vector<Bar>& bars);
    int barCount() const { return static_cast<int>(m_products.size()); }
    QStringList products() const { return m_products; }

signals:
    void barClicked(const QString& product);

private:
    QStringList m_products;
};

/// A small column chart of how many products fall in each accuracy bucket.
class AccuracyDistributionChart : public QChartView
{
    Q_OBJECT
public:
    struct Bucket
    {
        double lower, upper; ///< %
        int count;
    };
    explicit AccuracyDistributionChart(QWidget* parent = nullptr);
    void setBuckets(const std::vector<Bucket>& buckets);
    int bucketCount() const { return m_buckets; }

private:
    int m_buckets = 0;
};

} // namespace bakery::ui
