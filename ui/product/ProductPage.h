#pragma once
// "What will I sell, and why?": one product's sales and forecast, its components with a
// sentence each, the deployed version's accuracy in plain words, and its versions. Loads
// off the GUI thread through the AppController; an untrained product gets an empty state
// with the action that fills it.

#include "training/ProductForecast.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace bakery::ui {

class AppController;
class ComponentsChart;
class ForecastChart;

class ProductPage : public QWidget
{
    Q_OBJECT
public:
    explicit ProductPage(AppController* controller, QWidget* parent = nullptr);

    /// Shows `name`, loading it in the background (the page says so meanwhile).
    void showProduct(const QString& name);
    QString product() const { return m_product; }
    /// The data on screen (empty until the first load ends).
    const training::ProductForecast& forecast() const { return m_forecast; }

signals:
    /// Deployed version (a) against the newest other one (b).
    void compareRequested(qint64 a, qint64 b);
    void trainRequested(const QString& product);
    /// A load ended and the page shows its result.
    void loaded();

private:
    void reload();
    void present(const training::ProductForecast& forecast);
    void fillMetrics(const training::ProductForecast& forecast);
    void fillVersions(const training::ProductForecast& forecast);
    void requestCompare();

    AppController* m_controller;
    QString m_product;
    int m_request = 0; ///< the newest load; older results are dropped
    training::ProductForecast m_forecast;

    QLabel* m_name = nullptr;
    QLabel* m_version = nullptr;
    QLabel* m_pill = nullptr;
    QLabel* m_status = nullptr;
    QStackedWidget* m_stack = nullptr;
    ForecastChart* m_chart = nullptr;
    ComponentsChart* m_components = nullptr;
    QLabel* m_notes = nullptr;
    QList<QLabel*> m_metricValues;
    QTableWidget* m_versions = nullptr;
    QPushButton* m_compare = nullptr;
    QLabel* m_emptyText = nullptr;
};

} // namespace bakery::ui
