#pragma once
// Issue 5, the import wizard: choose a sales file, check the detected format against a raw
// preview (every choice editable; each change re-reads the file), read the import report,
// then import in one transaction. Reading and writing run off the GUI thread through the
// AppController. The choices are saved per till export (the file's header line) and used
// again for the next file with the same header.

#include "import/ImportJobs.h"

#include <QWizard>

#include <optional>

namespace bakery::ui {

class AppController;

class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { FilePageId, PreviewPageId, ReportPageId, RunPageId };

    /// With `initialFile` (the Import action's choice, or a file dropped on the window) the
    /// wizard opens on the preview of that file.
    explicit ImportWizard(AppController* controller, const QString& initialFile = {},
                          QWidget* parent = nullptr);

    QString filePath() const { return m_path; }
    /// Picks the file to import; a new file starts from detection (or its saved spec).
    void setFilePath(const QString& path);
    /// The choices in use; setSpec() re-runs the dry read.
    const data::ImportSpec& spec() const { return m_spec; }
    void setSpec(const data::ImportSpec& spec);

    /// Reads the file again with the current choices (off the GUI thread).
    void startDryRun();
    bool dryRunning() const { return m_dryRunning; }
    /// The read of the current file and choices; empty while one runs.
    const std::optional<DryRun>& dryRun() const { return m_dryRun; }

    /// Writes the file with the current choices (off the GUI thread).
    void startImport();
    bool importing() const { return m_importing; }
    const std::optional<ImportOutcome>& outcome() const { return m_outcome; }

    /// Where the last folder used is remembered (QSettings).
    static QString lastFolderKey();

signals:
    void dryRunStarted();
    void dryRunFinished();
    void importFinished(bool stored);
    /// The import was stored: `products` products, `days` days with sales.
    void imported(int products, int days);

public slots:
    void reject() override;

private:
    AppController* m_controller;
    QString m_path;
    data::ImportSpec m_spec;
    bool m_lookForSavedSpec = true;
    quint64 m_generation = 0;
    bool m_dryRunning = false;
    std::optional<DryRun> m_dryRun;
    bool m_importing = false;
    std::optional<ImportOutcome> m_outcome;
};

} // namespace bakery::ui
