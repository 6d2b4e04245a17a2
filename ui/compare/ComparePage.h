#pragma once
// "Is the new model better than the one I use?": two versions of one product scored on
// the same recent days (training::compareVersions, off the GUI thread), their forecasts
// over the actual sales, the settings that differ, and one button that deploys the
// version on trial, with an inline undo.

#include "storage/ModelRegistry.h"
#include "training/VersionComparison.h"

#include <QWidget>

#include <functional>
#include <vector>

class QComboBox;
class QFrame;
class QLabel;
class QPushButton;
class QTableWidget;

namespace bakery::ui {

class AppController;
class CompareChart;

class ComparePage : public QWidget
{
    Q_OBJECT
public:
    explicit ComparePage(AppController* controller, QWidget* parent = nullptr);

    /// Lists the product's versions (off the GUI thread), then compares the default pair:
    /// the deployed version (left) with the newest (right).
    void showProduct(const QString& product);
    /// Compares two versions of the shown product (off the GUI thread); compared() after.
    void compare(qint64 a, qint64 b);
    /// Asks before deploying; returns true to go ahead. Default: a QMessageBox. Tests
    /// replace it.
    void setConfirmDeploy(std::function<bool(const QString& text)> confirm);

    QString product() const { return m_product; }
    const training::VersionComparison& comparison() const { return m_comparison; }

signals:
    void versionsLoaded();
    void compared();
    void deployed(qint64 modelId);
    void rolledBack();

private:
    void loadVersions(qint64 preferA, qint64 preferB);
    void fillCombos(qint64 a, qint64 b);
    void selectionChanged();
    void display(const training::VersionComparison& c);
    void fillTable(const training::VersionComparison& c);
    void fillDeploy(const training::VersionComparison& c);
    void deployTarget();
    void undo();
    void setStatus(const QString& text);
    const storage::ModelVersion* versionById(qint64 id) const;

    AppController* m_controller;
    QString m_product;
    std::vector<storage::ModelVersion> m_versions;
    training::VersionComparison m_comparison;
    qint64 m_target = 0;  ///< the version the deploy button deploys, 0 none
    QString m_gain;       ///< the deploy's gain in words
    int m_generation = 0; ///< drops answers of superseded requests
    std::function<bool(const QString&)> m_confirm;

    QLabel* m_title;
    QLabel* m_status;
    QComboBox* m_comboA;
    QComboBox* m_comboB;
    QTableWidget* m_table;
    CompareChart* m_chart;
    QLabel* m_settings;
    QLabel* m_inSample;
    QPushButton* m_deploy;
    QLabel* m_gainLabel;
    QFrame* m_undoBanner;
    QLabel* m_undoText;
    QPushButton* m_undo;
};

} // namespace bakery::ui
