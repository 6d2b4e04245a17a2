#include "import/ImportWizard.h"
#include "import/ImportWizardPages.h"

#include <QDate>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace bakery::ui {

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("importRunPage"));
    setTitle(tr("Importing"));
    setSubTitle(tr("The sales are stored in one step: all of them, or nothing if anything "
                   "goes wrong."));

    m_progressBar = new QProgressBar;
    m_progressBar->setObjectName(QStringLiteral("importProgressBar"));
    m_progressBar->setAccessibleName(tr("Import progress"));
    m_progressBar->setToolTip(tr("Storing the sales; this cannot be stopped halfway"));
    m_progressBar->setTextVisible(false);

    m_statusLabel = new QLabel;
    m_statusLabel->setObjectName(QStringLiteral("importStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse |
                                           Qt::TextSelectableByKeyboard);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_statusLabel);
    layout->addStretch(1);

    connect(m_wizard, &ImportWizard::importFinished, this, &ImportRunPage::showOutcome);
}

void ImportRunPage::initializePage()
{
    m_progressBar->setRange(0, 0); // indeterminate: one transaction, no steps to count
    m_progressBar->setVisible(true);
    m_statusLabel->setText(tr("Storing the sales of %1...").arg(m_wizard->filePath()));
    m_wizard->startImport();
    emit completeChanged();
}

bool ImportRunPage::isComplete() const
{
    return !m_wizard->importing() && m_wizard->outcome() && m_wizard->outcome()->stored;
}

void ImportRunPage::showOutcome(bool stored)
{
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(1);
    m_progressBar->setVisible(false);
    m_wizard->setButtonText(QWizard::CancelButton, tr("&Close"));
    const data::ImportReport& r = m_wizard->outcome()->report;
    if (stored) {
        const QLocale locale;
        QString text =
            tr("Imported %n product(s), from %1 to %2.", nullptr,
               static_cast<int>(r.products.size()))
                .arg(locale.toString(QDate(1970, 1, 1).addDays(r.firstDay), QLocale::ShortFormat),
                     locale.toString(QDate(1970, 1, 1).addDays(r.lastDay), QLocale::ShortFormat));
        if (r.daysReplaced > 0)
            text += QLatin1Char(' ') +
                    tr("%n product-day(s) replaced earlier values.", nullptr, r.daysReplaced);
        if (!m_wizard->outcome()->specSaveError.isEmpty())
            text += QLatin1Char(' ') + tr("The settings could not be saved for next time: %1")
                                           .arg(m_wizard->outcome()->specSaveError);
        else
            text +=
                QLatin1Char(' ') +
                tr("The settings are saved: the next file from this till is read the same way.");
        m_statusLabel->setText(text);
    } else {
        QString reason;
        for (const data::ImportIssue& issue : r.issues)
            if (issue.severity == data::ImportIssue::Severity::Error) {
                reason = issue.message;
                break;
            }
        m_statusLabel->setText(tr("Nothing was stored: %1").arg(reason));
    }
    emit completeChanged();
}

} // namespace bakery::ui
