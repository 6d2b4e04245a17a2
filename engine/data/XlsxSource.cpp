// Replaced by the XLSX reader's source once XlsxReader lands.
#include "data/XlsxSource.h"

#include <QFileInfo>

namespace bakery::data {

OpenedTable openXlsx(const QString& path, const ImportSpec&)
{
    OpenedTable t;
    t.error.severity = ImportIssue::Severity::Error;
    t.error.file = QFileInfo(path).fileName();
    t.error.code = QStringLiteral("unsupported_file");
    t.error.message = QStringLiteral("XLSX files are not supported yet");
    return t;
}

} // namespace bakery::data
