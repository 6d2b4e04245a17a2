#pragma once
// The four pages of the import wizard; the wizard holds the state they show.

#include <QWizardPage>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableView;

namespace bakery::data {
struct ImportSpec;
}

namespace bakery::ui {

class ImportTableModel;
class ImportWizard;

class ImportFilePage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    ImportWizard* m_wizard;
    QLineEdit* m_pathEdit = nullptr;
    QPushButton* m_browseButton = nullptr;
};

class ImportPreviewPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportPreviewPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    QComboBox* addCombo(QFormLayout* form, const QString& name, const QString& label,
                        const QString& tooltip);
    void fillOptions();
    void showDryRun();
    void showStarted();
    void choiceChanged();
    void setCombos(const data::ImportSpec& spec);
    data::ImportSpec specFromCombos() const;

    ImportWizard* m_wizard;
    bool m_updating = false;
    QLabel* m_savedSpecLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QProgressBar* m_busyBar = nullptr;
    QComboBox* m_sheet = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_decimal = nullptr;
    QComboBox* m_thousands = nullptr;
    QComboBox* m_dateOrder = nullptr;
    QComboBox* m_layout = nullptr;
    QComboBox* m_measure = nullptr;
    QComboBox* m_dateColumn = nullptr;
    QComboBox* m_productColumn = nullptr;
    QComboBox* m_quantityColumn = nullptr;
    QComboBox* m_revenueColumn = nullptr;
    QComboBox* m_priceColumn = nullptr;
    QComboBox* m_categoryColumn = nullptr;
    QTableView* m_previewTable = nullptr;
    ImportTableModel* m_previewModel = nullptr;
    QListWidget* m_decisions = nullptr;
};

class ImportReportPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportReportPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void showReport();
    ImportWizard* m_wizard;
    QLabel* m_summaryLabel = nullptr;
    QLabel* m_rejectedLabel = nullptr;
    QTableView* m_productsTable = nullptr;
    QTableView* m_issuesTable = nullptr;
    ImportTableModel* m_productsModel = nullptr;
    ImportTableModel* m_issuesModel = nullptr;
};

class ImportRunPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard* wizard);
    void initializePage() override;
    bool isComplete() const override;

private:
    void showOutcome(bool stored);
    ImportWizard* m_wizard;
    QProgressBar* m_progressBar = nullptr;
    QLabel* m_statusLabel = nullptr;
};

} // namespace bakery::ui
