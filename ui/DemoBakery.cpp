#include "DemoBakery.h"

#include "calendar/EpochDay.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>

#include <algorithm>

namespace bakery::ui {
namespace {

const QString kFileName = QStringLiteral("demo-bakery.csv");

void addError(data::ImportReport& report, const QString& code, const QString& message)
{
    data::ImportIssue issue;
    issue.severity = data::ImportIssue::Severity::Error;
    issue.file = report.file.isEmpty() ? kFileName : report.file;
    issue.code = code;
    issue.message = message;
    report.issues.push_back(issue);
}

} // namespace

QByteArray demoBakeryCsv()
{
    QFile file(QStringLiteral(":/demo/demo-bakery.csv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

data::ImportResult importDemoBakery(const storage::SalesStore& store)
{
    const QByteArray bytes = demoBakeryCsv();
    if (bytes.isEmpty()) {
        // Only a broken build gets here; say so rather than importing nothing in silence.
        data::ImportResult missing;
        missing.report.file = kFileName;
        addError(missing.report, QStringLiteral("demo_missing"),
                 QCoreApplication::translate("bakery::ui::DemoBakery",
                                             "the demo bakery's sales are missing from this "
                                             "build; nothing was imported"));
        return missing;
    }
    data::SalesImporter importer;
    // The demo ends on 31 December 2025; a PC whose clock is earlier must not see those days
    // reported as "in the future".
    importer.setToday(std::max(calendar::toEpochDay(QDate::currentDate()),
                               calendar::toEpochDay(QDate(2025, 12, 31))));
    data::ImportResult result = importer.readBytes(bytes, kFileName);
    if (result.report.rejected())
        return result;
    // The second half of SalesImporter::importFile, which only takes a path.
    const storage::StoreResult stored = store.store(result.batch);
    if (!stored.ok()) {
        addError(result.report, QStringLiteral("database_error"),
                 QCoreApplication::translate("bakery::ui::DemoBakery",
                                             "the demo bakery could not be stored, nothing was "
                                             "written: %1")
                     .arg(stored.error));
        return result;
    }
    result.stored = true;
    result.report.daysReplaced = stored.daysReplaced;
    return result;
}

} // namespace bakery::ui
