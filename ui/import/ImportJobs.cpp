#include "import/ImportJobs.h"

#include "data/SalesImporter.h"
#include "data/TableSource.h"
#include "data/XlsxReader.h"
#include "storage/SalesStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace bakery::ui {
namespace {

constexpr qint64 kHeaderScanBytes = 1 << 20;

QStringList cells(const data::TableRecord& record)
{
    QStringList out;
    out.reserve(static_cast<int>(record.fields.size()));
    for (std::string_view f : record.fields)
        out << QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size()));
    return out;
}

ImportPreview readPreview(const QString& path, const data::ImportSpec& spec)
{
    ImportPreview preview;
    data::OpenedTable table = data::openTable(path, spec);
    if (!table.error.code.isEmpty() || !table.source) {
        preview.error = table.error.message;
        return preview;
    }
    preview.delimiter = table.source->delimiter();
    data::TableRecord record;
    while (preview.rows.size() < kPreviewRows && table.source->next(record)) {
        if (record.blank())
            continue;
        if (preview.header.isEmpty()) {
            preview.header = cells(record);
            continue;
        }
        preview.rows << cells(record);
        preview.lines << record.line;
    }
    return preview;
}

bool isZip(const QByteArray& head)
{
    return head.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

} // namespace

QString importSpecDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) +
           QStringLiteral("/import-specs");
}

QString importSpecPath(const QString& key)
{
    return importSpecDirectory() + QLatin1Char('/') + key + QStringLiteral(".json");
}

QString headerKey(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = file.read(kHeaderScanBytes);
    QByteArray header;
    if (isZip(head)) {
        file.close();
        data::OpenedTable table = data::openTable(path, {});
        data::TableRecord record;
        while (table.source && table.source->next(record)) {
            if (!record.blank()) {
                header = cells(record).join(QLatin1Char('\t')).toUtf8();
                break;
            }
        }
    } else {
        qsizetype start = head.startsWith("\xEF\xBB\xBF") ? 3 : 0;
        while (start < head.size()) {
            qsizetype end = start;
            while (end < head.size() && head[end] != '\n' && head[end] != '\r')
                ++end;
            const QByteArray line = head.mid(start, end - start);
            if (!line.trimmed().isEmpty()) {
                header = line;
                break;
            }
            start = end + 1;
        }
    }
    if (header.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(header, QCryptographicHash::Sha256).toHex().left(16));
}

DryRun dryRunImport(const QString& path, data::ImportSpec spec, bool lookForSavedSpec,
                    quint64 generation)
{
    DryRun run;
    run.generation = generation;
    run.path = path;
    run.specKey = headerKey(path);
    if (lookForSavedSpec && !run.specKey.isEmpty()) {
        QFile saved(importSpecPath(run.specKey));
        if (saved.open(QIODevice::ReadOnly)) {
            QString error;
            const data::ImportSpec loaded = data::ImportSpec::fromJson(saved.readAll(), &error);
            if (error.isEmpty()) {
                spec = loaded;
                run.savedSpecUsed = true;
            } else {
                run.savedSpecError = error;
            }
        }
    }
    run.spec = spec;
    run.preview = readPreview(path, spec);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && isZip(file.read(4)))
        run.preview.sheets = data::XlsxReader::read(path, spec.sheet).sheetNames;
    run.report = data::SalesImporter(spec).read(path).report;
    return run;
}

ImportOutcome runImport(const QString& path, const data::ImportSpec& spec,
                        const storage::Database& db, const QString& tenant, const QString& specKey,
                        const data::ImportSpec& specToSave)
{
    ImportOutcome outcome;
    const storage::SalesStore store(db, tenant);
    data::ImportResult result = data::SalesImporter(spec).importFile(path, store);
    outcome.report = std::move(result.report);
    outcome.stored = result.stored;
    if (!outcome.stored || specKey.isEmpty())
        return outcome;
    QSaveFile file(importSpecPath(specKey));
    if (!QDir().mkpath(importSpecDirectory()) || !file.open(QIODevice::WriteOnly) ||
        file.write(specToSave.toJson()) < 0 || !file.commit())
        outcome.specSaveError = file.errorString();
    return outcome;
}

DetectedFormat detectedFormat(const data::ImportReport& report, char delimiter)
{
    DetectedFormat d = report.detected;
    d.delimiter = delimiter != 0 ? QString(QLatin1Char(delimiter)) : QString();
    return d;
}

data::ImportSpec specToRemember(const data::ImportSpec& chosen, const DetectedFormat& detected)
{
    data::ImportSpec spec = chosen;
    if (spec.delimiter.isEmpty())
        spec.delimiter = detected.delimiter;
    if (spec.decimal.isEmpty())
        spec.decimal = detected.decimal;
    if (spec.dateOrder.isEmpty())
        spec.dateOrder = detected.dateOrder;
    return spec;
}

} // namespace bakery::ui
