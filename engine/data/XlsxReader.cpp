#include "data/XlsxReader.h"
#include "data/XlsxParts.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

#include <algorithm>
#include <functional>

namespace bakery::data {
namespace {

// The sentences' translation context is "XlsxReader".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)
};

using namespace xlsx;

// Zip-bomb guard. Entry sizes come from the zip's directory and are checked
// before reading; minizip never inflates past the declared size (a lie then
// fails the CRC check), and EntryDevice counts the bytes anyway.
constexpr qint64 kMaxEntryBytes = 512LL * 1024 * 1024;

// A zip entry as QXmlStreamReader reads it. After a failed read QuaZipFile
// still reports bytes available, and QXmlStreamReader, taking the missing
// data for a slow device, would wait for it forever: here a failed or short
// read ends the stream, and so do bytes beyond the limit.
class EntryDevice : public QIODevice
{
public:
    explicit EntryDevice(QuaZipFile& file)
        : file_(file)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return failed_ || file_.atEnd(); }
    bool failed() const { return failed_; }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (failed_)
            return -1;
        const qint64 n = file_.read(data, maxSize);
        total_ += std::max<qint64>(n, 0);
        failed_ = n < 0 || (n == 0 && maxSize > 0 && !file_.atEnd()) || total_ > kMaxEntryBytes;
        return failed_ ? -1 : n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QuaZipFile& file_;
    qint64 total_ = 0;
    bool failed_ = false;
};

enum class PartStatus { Ok, Missing, Failed };

// Streams one zip entry through `parse`. On failure `error` says why, without
// the file name; `label` names the part in XML errors ("sheet 'X' (path)").
PartStatus parsePart(QuaZip& zip, const QString& part, const QString& label,
                     const std::function<void(QXmlStreamReader&)>& parse, QString& error)
{
    // Case-insensitive: some writers spell part names differently from their rels.
    if (part.isEmpty() || !zip.setCurrentFile(part, QuaZip::csInsensitive))
        return PartStatus::Missing;
    const QString corrupt =
        Text::tr("corrupt or truncated zip archive: entry %1 cannot be read").arg(part);
    QuaZipFileInfo64 info;
    if (!zip.getCurrentFileInfo(&info)) {
        error = corrupt;
        return PartStatus::Failed;
    }
    if (static_cast<qint64>(info.uncompressedSize) > kMaxEntryBytes) {
        error = Text::tr("entry %1 is too large: %2 bytes uncompressed, more than the "
                         "512 MB allowed")
                    .arg(part)
                    .arg(info.uncompressedSize);
        return PartStatus::Failed;
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        error = corrupt;
        return PartStatus::Failed;
    }
    EntryDevice device(file);
    QXmlStreamReader xml(&device);
    parse(xml);
    const bool readFailed = device.failed() || file.getZipError() != UNZ_OK;
    file.close(); // checks the CRC when the entry was read to its end
    if (readFailed || file.getZipError() != UNZ_OK) {
        error = corrupt;
        return PartStatus::Failed;
    }
    if (xml.hasError()) {
        const bool custom = xml.error() == QXmlStreamReader::CustomError;
        error = (custom ? Text::tr("%1, line %2: %3")
                        : Text::tr("%1 is not well-formed XML at line %2: %3"))
                    .arg(label)
                    .arg(xml.lineNumber())
                    .arg(xml.errorString());
        return PartStatus::Failed;
    }
    return PartStatus::Ok;
}

QString quotedList(const QStringList& names)
{
    QStringList quoted;
    for (const QString& n : names)
        quoted << QLatin1Char('\'') + n + QLatin1Char('\'');
    return quoted.join(QStringLiteral(", "));
}

} // namespace

bool XlsxReader::looksLikeXlsx(const QByteArray& firstBytes)
{
    return firstBytes.startsWith(QByteArrayLiteral("PK\x03\x04"));
}

XlsxTable XlsxReader::read(const QString& path, const QString& sheet)
{
    XlsxTable t;
    t.sheet = sheet;
    const QString fileName = QFileInfo(path).fileName();
    auto fail = [&](const QString& what) {
        t.error = fileName + QStringLiteral(": ") + what;
        t.rows.clear();
        return t;
    };

    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(Text::tr("cannot open the file (%1)").arg(file.errorString()));
        if (!looksLikeXlsx(file.read(4)))
            return fail(Text::tr("not an XLSX file: it is not a zip archive"));
    }
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(Text::tr("corrupt or truncated zip archive: its central directory "
                             "cannot be read"));

    QString error;
    auto parse = [&](const QString& part, const QString& label,
                     const std::function<void(QXmlStreamReader&)>& fn) {
        return parsePart(zip, part, label, fn, error);
    };

    // The package relationships name the workbook part; xl/workbook.xml is the convention.
    Relationships packageRels;
    if (parse(QStringLiteral("_rels/.rels"), QStringLiteral("_rels/.rels"),
              [&](QXmlStreamReader& x) { parseRelationships(x, QString(), packageRels); }) ==
        PartStatus::Failed)
        return fail(error);
    const QString workbookPart = packageRels.officeDocument.isEmpty()
                                     ? QStringLiteral("xl/workbook.xml")
                                     : packageRels.officeDocument;

    Workbook workbook;
    switch (parse(workbookPart, workbookPart,
                  [&](QXmlStreamReader& x) { parseWorkbook(x, workbook); })) {
    case PartStatus::Missing:
        return fail(Text::tr("not an XLSX workbook: %1 is missing").arg(workbookPart));
    case PartStatus::Failed:
        return fail(error);
    case PartStatus::Ok:
        break;
    }
    for (const SheetEntry& s : workbook.sheets)
        t.sheetNames << s.name;
    if (workbook.sheets.empty())
        return fail(Text::tr("the workbook has no sheets"));

    const SheetEntry* chosen = &workbook.sheets.front();
    if (!sheet.isEmpty()) {
        chosen = nullptr;
        for (const SheetEntry& s : workbook.sheets)
            if (s.name == sheet)
                chosen = &s;
        // Excel treats sheet names as case-insensitive, so a spec typed by hand may too.
        for (const SheetEntry& s : workbook.sheets)
            if (!chosen && s.name.compare(sheet, Qt::CaseInsensitive) == 0)
                chosen = &s;
        if (!chosen)
            return fail(Text::tr("no sheet named '%1'; the workbook has %2")
                            .arg(sheet, quotedList(t.sheetNames)));
    }
    t.sheet = chosen->name;

    Relationships rels;
    const QString relsPart = relsPartFor(workbookPart);
    switch (parse(relsPart, relsPart,
                  [&](QXmlStreamReader& x) { parseRelationships(x, workbookPart, rels); })) {
    case PartStatus::Missing:
        return fail(Text::tr("not an XLSX workbook: %1 is missing").arg(relsPart));
    case PartStatus::Failed:
        return fail(error);
    case PartStatus::Ok:
        break;
    }
    const QString sheetPart = rels.partById.value(chosen->relId);
    if (sheetPart.isEmpty())
        return fail(Text::tr("sheet '%1' has no relationship '%2' in %3")
                        .arg(chosen->name, chosen->relId, relsPart));

    // Both optional: a workbook of numbers needs no strings, and without styles
    // every number is shown as a number.
    std::vector<QString> sharedStrings;
    const QString stringsPart =
        rels.sharedStrings.isEmpty() ? QStringLiteral("xl/sharedStrings.xml") : rels.sharedStrings;
    if (parse(stringsPart, stringsPart, [&](QXmlStreamReader& x) {
            parseSharedStrings(x, sharedStrings);
        }) == PartStatus::Failed)
        return fail(error);
    std::vector<bool> dateStyles;
    const QString stylesPart =
        rels.styles.isEmpty() ? QStringLiteral("xl/styles.xml") : rels.styles;
    if (parse(stylesPart, stylesPart, [&](QXmlStreamReader& x) { parseStyles(x, dateStyles); }) ==
        PartStatus::Failed)
        return fail(error);

    const SheetContext ctx{sharedStrings, dateStyles, workbook.date1904};
    const QString label = Text::tr("sheet '%1' (%2)").arg(chosen->name, sheetPart);
    switch (parse(sheetPart, label, [&](QXmlStreamReader& x) { parseSheet(x, ctx, t.rows); })) {
    case PartStatus::Missing:
        return fail(Text::tr("%1 is missing from the archive").arg(label));
    case PartStatus::Failed:
        return fail(error);
    case PartStatus::Ok:
        break;
    }
    return t;
}

} // namespace bakery::data
