#pragma once
// "Are my forecasts in good shape?": cards (products ready / not ready, average accuracy,
// last training, next scheduled run) and a "needs attention" list, each line with the
// action to take (not enough data, poor accuracy, training failed).

#include <QWidget>

class QLabel;
class QListWidget;

namespace bakery::ui {

class AppController;

class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(AppController* controller, QWidget* parent = nullptr);

signals:
    void productActivated(const QString& product);

private:
    void refresh();
    QLabel* card(const QString& objectName, const QString& title, QLabel** value);

    AppController* m_controller;
    QLabel* m_ready = nullptr;
    QLabel* m_accuracy = nullptr;
    QLabel* m_lastTraining = nullptr;
    QLabel* m_attentionTitle = nullptr;
    QListWidget* m_attention = nullptr;
};

} // namespace bakery::ui
