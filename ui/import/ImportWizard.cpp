#include "import/ImportWizard.h"

#include "AppController.h"
#include "import/ImportWizardPages.h"

#include <QAbstractButton>
#include <QPointer>

namespace bakery::ui {

ImportWizard::ImportWizard(AppController* controller, const QString& initialFile, QWidget* parent)
    : QWizard(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import sales"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setMinimumSize(960, 640);
    setButtonText(QWizard::CommitButton, tr("&Import"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("importButton"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("nextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("backButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("finishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("cancelButton"));

    setPage(FilePageId, new ImportFilePage(this));
    setPage(PreviewPageId, new ImportPreviewPage(this));
    setPage(ReportPageId, new ImportReportPage(this));
    setPage(RunPageId, new ImportRunPage(this));
    setStartId(FilePageId);

    if (!initialFile.isEmpty()) {
        setFilePath(initialFile);
        restart(); // shows the file page, then moves on if the file can be read
        next();
    }
}

QString ImportWizard::lastFolderKey()
{
    return QStringLiteral("import/lastFolder");
}

void ImportWizard::setFilePath(const QString& path)
{
    if (path == m_path)
        return;
    m_path = path;
    m_spec = data::ImportSpec();
    m_lookForSavedSpec = true;
    m_dryRun.reset();
}

void ImportWizard::setSpec(const data::ImportSpec& spec)
{
    m_spec = spec;
    m_lookForSavedSpec = false; // the user's choice wins over a saved one
    startDryRun();
}

void ImportWizard::startDryRun()
{
    if (m_path.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_dryRunning = true;
    m_dryRun.reset();
    emit dryRunStarted();
    const QString path = m_path;
    const data::ImportSpec spec = m_spec;
    const bool lookForSaved = m_lookForSavedSpec;
    m_controller->runAsync<DryRun>(
        this,
        [path, spec, lookForSaved, generation]() {
            return dryRunImport(path, spec, lookForSaved, generation);
        },
        [this](const DryRun& run) {
            if (run.generation != m_generation)
                return; // the choices changed since: a newer read is on its way
            m_dryRunning = false;
            m_lookForSavedSpec = false;
            m_spec = run.spec;
            m_dryRun = run;
            emit dryRunFinished();
        });
}

void ImportWizard::startImport()
{
    if (m_importing || !m_dryRun)
        return;
    m_importing = true;
    m_outcome.reset();
    button(QWizard::CancelButton)->setEnabled(false);
    const QString path = m_path;
    const data::ImportSpec spec = m_spec;
    const QString key = m_dryRun->specKey;
    const data::ImportSpec remembered =
        specToRemember(spec, detectedFormat(m_dryRun->report, m_dryRun->preview.delimiter));
    const storage::Database* db = &m_controller->workspace().database();
    const QString tenant = m_controller->tenant();
    AppController* controller = m_controller;
    QPointer<ImportWizard> self(this);
    // The controller is the context: once started, the write finishes (all or nothing) and
    // the app learns of it even if this window is gone by then.
    controller->runAsync<ImportOutcome>(
        controller,
        [path, spec, db, tenant, key, remembered]() {
            return runImport(path, spec, *db, tenant, key, remembered);
        },
        [self, controller](const ImportOutcome& outcome) {
            if (outcome.stored)
                controller->notifyStoreChanged();
            if (!self)
                return;
            self->m_importing = false;
            self->m_outcome = outcome;
            self->button(QWizard::CancelButton)->setEnabled(true);
            emit self->importFinished(outcome.stored);
            if (outcome.stored) {
                const data::ImportReport& r = outcome.report;
                const int days = r.products.empty() ? 0 : r.lastDay - r.firstDay + 1 - r.closedDays;
                emit self->imported(static_cast<int>(r.products.size()), days);
            }
        });
}

void ImportWizard::reject()
{
    if (m_importing)
        return; // the write is one transaction: it cannot stop halfway
    QWizard::reject();
}

} // namespace bakery::ui
