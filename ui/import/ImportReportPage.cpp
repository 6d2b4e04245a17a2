#include "import/ImportTableModel.h"
#include "import/ImportWizard.h"
#include "import/ImportWizardPages.h"

#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

namespace bakery::ui {
namespace {

QString dayText(int day)
{
    return QLocale().toString(QDate(1970, 1, 1).addDays(day), QLocale::ShortFormat);
}

QString numberText(double value)
{
    const bool whole = std::abs(value - std::round(value)) < 1e-9;
    return QLocale().toString(value, 'f', whole ? 0 : 2);
}

QTableView* makeTable(const QString& name, const QString& accessibleName, ImportTableModel* model)
{
    auto* view = new QTableView;
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->verticalHeader()->setVisible(false);
    return view;
}

} // namespace

ImportReportPage::ImportReportPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importReportPage"));
    setTitle(tr("Import report"));
    setSubTitle(tr("What will be stored, and every problem found, with its line and column."));
    setCommitPage(true); // after Import there is no way back: the sales are stored

    m_summaryLabel = new QLabel;
    m_summaryLabel->setObjectName(QStringLiteral("reportSummaryLabel"));
    m_summaryLabel->setWordWrap(true);

    m_rejectedLabel = new QLabel;
    m_rejectedLabel->setObjectName(QStringLiteral("rejectedLabel"));
    m_rejectedLabel->setWordWrap(true);
    m_rejectedLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                             Qt::TextSelectableByKeyboard);
    m_rejectedLabel->setStyleSheet(
        QStringLiteral("QLabel { background: #fde2e1; color: #7f1d1d; padding: 8px; }"));

    m_productsModel = new ImportTableModel(this);
    m_productsTable =
        makeTable(QStringLiteral("productsTable"), tr("Products found"), m_productsModel);
    m_productsTable->setToolTip(tr("The products found, with their days of history and totals"));
    m_issuesModel = new ImportTableModel(this);
    m_issuesTable = makeTable(QStringLiteral("issuesTable"), tr("Problems found"), m_issuesModel);
    m_issuesTable->setToolTip(tr("Every problem found; errors stop the import, warnings do not"));

    auto* productsLabel = new QLabel(tr("&Products found:"));
    productsLabel->setBuddy(m_productsTable);
    auto* issuesLabel = new QLabel(tr("P&roblems found:"));
    issuesLabel->setBuddy(m_issuesTable);

    auto* top = new QWidget;
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(productsLabel);
    topLayout->addWidget(m_productsTable);
    auto* bottom = new QWidget;
    auto* bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addWidget(issuesLabel);
    bottomLayout->addWidget(m_issuesTable);
    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(QStringLiteral("reportSplitter"));
    splitter->addWidget(top);
    splitter->addWidget(bottom);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_rejectedLabel);
    layout->addWidget(splitter, 1);

    connect(m_wizard, &ImportWizard::dryRunFinished, this, &ImportReportPage::showReport);
    connect(m_wizard, &ImportWizard::dryRunStarted, this, &ImportReportPage::completeChanged);
}

void ImportReportPage::initializePage()
{
    showReport();
}

bool ImportReportPage::isComplete() const
{
    const auto& run = m_wizard->dryRun();
    return run && !run->report.rejected() && !run->report.products.empty();
}

void ImportReportPage::showReport()
{
    const auto& run = m_wizard->dryRun();
    if (!run) {
        m_productsModel->clear();
        m_issuesModel->clear();
        emit completeChanged();
        return;
    }
    const data::ImportReport& r = run->report;
    QString summary = tr("Rows read: %1. Imported: %2. Skipped: %3.")
                          .arg(r.rowsRead)
                          .arg(r.rowsImported)
                          .arg(r.rowsSkipped);
    if (!r.products.empty())
        summary += QLatin1Char(' ') +
                   tr("%n product(s) from %1 to %2.", nullptr, static_cast<int>(r.products.size()))
                       .arg(dayText(r.firstDay), dayText(r.lastDay));
    summary +=
        QLatin1Char(' ') + (r.measure == QLatin1String("revenue") ? tr("Values are revenue.")
                                                                  : tr("Values are units sold."));
    m_summaryLabel->setText(summary);

    QString reason;
    for (const data::ImportIssue& issue : r.issues)
        if (issue.severity == data::ImportIssue::Severity::Error) {
            reason = issue.line > 0 ? tr("line %1: %2").arg(issue.line).arg(issue.message)
                                    : issue.message;
            break;
        }
    if (r.rejected())
        m_rejectedLabel->setText(
            tr("This file cannot be imported: %1. Nothing will be stored. Go back to change the "
               "settings, or correct the file and choose it again.")
                .arg(reason));
    else if (r.products.empty())
        m_rejectedLabel->setText(tr("No sales were found in this file, so there is nothing to "
                                    "import. Go back to check the settings."));
    m_rejectedLabel->setVisible(r.rejected() || r.products.empty());

    QVector<QStringList> products;
    for (const data::ProductTotal& p : r.products)
        products << QStringList{p.name, QLocale().toString(p.days), numberText(p.total),
                                dayText(p.firstDay), dayText(p.lastDay)};
    m_productsModel->setTable(
        {tr("Product"), tr("Days of history"),
         r.measure == QLatin1String("revenue") ? tr("Revenue") : tr("Units sold"), tr("First day"),
         tr("Last day")},
        products);

    QVector<QStringList> issues;
    QVector<ImportTableModel::Highlight> highlights;
    for (const data::ImportIssue& issue : r.issues) {
        QString severity = tr("Information");
        ImportTableModel::Highlight h = ImportTableModel::Highlight::None;
        if (issue.severity == data::ImportIssue::Severity::Error) {
            severity = tr("Error");
            h = ImportTableModel::Highlight::Error;
        } else if (issue.severity == data::ImportIssue::Severity::Warning) {
            severity = tr("Warning");
            h = ImportTableModel::Highlight::Warning;
        }
        QString column;
        if (issue.column > 0)
            column = issue.columnName.isEmpty()
                         ? QString::number(issue.column)
                         : tr("%1 (%2)").arg(issue.column).arg(issue.columnName);
        issues << QStringList{severity, issue.line > 0 ? QString::number(issue.line) : QString(),
                              column, issue.message};
        highlights << h;
    }
    m_issuesModel->setTable({tr("Severity"), tr("Line"), tr("Column"), tr("Message")}, issues,
                            highlights);
    m_issuesTable->resizeColumnsToContents();
    m_productsTable->resizeColumnsToContents();
    emit completeChanged();
}

} // namespace bakery::ui
