#pragma once
// "How accurate is each product's forecast?": accuracy per product (best first, by band),
// how the accuracies spread, and how long trainings take. Loads off the GUI thread.

#include <QWidget>

class QLabel;

namespace bakery::training {
struct TrainingAnalytics;
}

namespace bakery::ui {

class AppController;
class AccuracyChart;
class AccuracyDistributionChart;

class AccuracyPage : public QWidget
{
    Q_OBJECT
public:
    explicit AccuracyPage(AppController* controller, QWidget* parent = nullptr);

    /// Reads the analytics again (off the GUI thread); loaded() when shown.
    void reload();
    /// Bars in the accuracy chart: one per product with a version.
    int barCount() const;

signals:
    void productActivated(const QString& name);
    void loaded();

private:
    void display(const training::TrainingAnalytics& a);

    AppController* m_controller;
    AccuracyChart* m_chart;
    AccuracyDistributionChart* m_distribution;
    QLabel* m_summary;
    QLabel* m_durations;
    QLabel* m_empty;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace bakery::ui
