#pragma once
// The import wizard's work off the GUI thread: the dry read (a raw preview plus the
// importer's report), the write, and the import specs saved per till export. Plain
// functions on values, so a worker thread can run them and tests can call them.

#include "data/ImportReport.h"
#include "data/ImportSpec.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace bakery::storage {
class Database;
}

namespace bakery::ui {

/// The first records of a file, cells as read with the spec's encoding and delimiter.
struct ImportPreview
{
    QStringList header;
    QVector<QStringList> rows;
    QVector<int> lines; ///< 1-based physical line of each row
    char delimiter = 0; ///< 0: a spreadsheet
    QStringList sheets; ///< a spreadsheet's sheets, in workbook order
    QString error;      ///< the file cannot be read at all (the report says more)
};

struct DryRun
{
    quint64 generation = 0; ///< which request this answers; older answers are dropped
    QString path;
    data::ImportSpec spec; ///< the spec read with (a saved one when savedSpecUsed)
    QString specKey;       ///< see headerKey()
    bool savedSpecUsed = false;
    QString savedSpecError; ///< a saved spec that could not be read
    ImportPreview preview;
    data::ImportReport report;
};

struct ImportOutcome
{
    data::ImportReport report;
    bool stored = false;
    QString specSaveError;
};

/// What detection chose (see data::ImportReport::detected).
using data::DetectedFormat;

/// Rows (besides the header) shown in the preview.
constexpr int kPreviewRows = 20;

/// QStandardPaths::AppConfigLocation + "/import-specs".
QString importSpecDirectory();
/// First 16 hex digits of the SHA-256 of the file's header: its first non-empty line
/// (CSV, line break and UTF-8 BOM left out) or its first non-empty row (XLSX, cells joined
/// by tabs). Empty when the file cannot be read.
QString headerKey(const QString& path);
QString importSpecPath(const QString& key);

/// Reads `path` without writing. With `lookForSavedSpec`, a spec saved for the same header
/// replaces `spec`.
DryRun dryRunImport(const QString& path, data::ImportSpec spec, bool lookForSavedSpec,
                    quint64 generation);
/// Imports `path` in one transaction and, when stored, saves `specToSave` under `specKey`.
ImportOutcome runImport(const QString& path, const data::ImportSpec& spec,
                        const storage::Database& db, const QString& tenant, const QString& specKey,
                        const data::ImportSpec& specToSave);

/// The report's detected format, with the delimiter the preview was read with (0: none).
DetectedFormat detectedFormat(const data::ImportReport& report, char delimiter);
/// The spec worth keeping for the next file of the same till: the user's choices, plus the
/// delimiter, decimal mark and date order detection proved.
data::ImportSpec specToRemember(const data::ImportSpec& chosen, const DetectedFormat& detected);

} // namespace bakery::ui
