#include "data/XlsxParts.h"

#include <QCoreApplication>
#include <QUrl>

#include <algorithm>

namespace bakery::data::xlsx {
namespace {

// The sentences' translation context is "XlsxParts".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(XlsxParts)
};

// Elements are matched by local name: transitional (Excel, LibreOffice) and
// strict OOXML differ only in namespace URIs.
bool isStart(const QXmlStreamReader& xml, QStringView name)
{
    return xml.tokenType() == QXmlStreamReader::StartElement && xml.name() == name;
}

bool isEnd(const QXmlStreamReader& xml, QStringView name)
{
    return xml.tokenType() == QXmlStreamReader::EndElement && xml.name() == name;
}

// r:id lives in the relationships namespace, whose URI differs between
// transitional and strict files; any namespaced "id" is it.
QString relationshipId(const QXmlStreamAttributes& attrs)
{
    for (const QXmlStreamAttribute& a : attrs)
        if (a.name() == u"id" && !a.namespaceUri().isEmpty())
            return a.value().toString();
    return {};
}

bool isTrue(QStringView v)
{
    return v == u"1" || v == u"true";
}

} // namespace

QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::StartElement:
            if (xml.name() == u"t")
                text += xml.readElementText(QXmlStreamReader::SkipChildElements);
            else if (xml.name() == u"rPh") // phonetic reading (Japanese), not cell text
                xml.skipCurrentElement();
            else
                ++depth;
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        default:
            break;
        }
    }
    return decodeEscapes(text);
}

void parseWorkbook(QXmlStreamReader& xml, Workbook& out)
{
    bool inSheets = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (isStart(xml, u"workbookPr")) {
            out.date1904 = isTrue(xml.attributes().value(QLatin1String("date1904")));
        } else if (isStart(xml, u"sheets")) {
            inSheets = true;
        } else if (isEnd(xml, u"sheets")) {
            inSheets = false;
        } else if (inSheets && isStart(xml, u"sheet")) {
            const QXmlStreamAttributes attrs = xml.attributes();
            SheetEntry entry{attrs.value(QLatin1String("name")).toString(), relationshipId(attrs)};
            if (entry.name.isEmpty()) {
                xml.raiseError(Text::tr("a <sheet> has no name"));
                return;
            }
            out.sheets.push_back(std::move(entry));
        }
    }
}

QString relsPartFor(const QString& part)
{
    const qsizetype slash = part.lastIndexOf(QLatin1Char('/'));
    return part.left(slash + 1) + QStringLiteral("_rels/") + part.mid(slash + 1) +
           QStringLiteral(".rels");
}

QString resolveTarget(const QString& sourcePart, const QString& target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    const QString path =
        decoded.startsWith(QLatin1Char('/'))
            ? decoded
            : sourcePart.left(sourcePart.lastIndexOf(QLatin1Char('/')) + 1) + decoded;
    QStringList segments;
    for (const QString& seg : path.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (seg == u".")
            continue;
        if (seg == u"..") {
            if (!segments.isEmpty())
                segments.removeLast();
            continue;
        }
        segments << seg;
    }
    return segments.join(QLatin1Char('/'));
}

void parseRelationships(QXmlStreamReader& xml, const QString& sourcePart, Relationships& out)
{
    while (!xml.atEnd()) {
        xml.readNext();
        if (!isStart(xml, u"Relationship"))
            continue;
        const QXmlStreamAttributes attrs = xml.attributes();
        if (attrs.value(QLatin1String("TargetMode")) == u"External")
            continue;
        const QString part =
            resolveTarget(sourcePart, attrs.value(QLatin1String("Target")).toString());
        out.partById.insert(attrs.value(QLatin1String("Id")).toString(), part);
        // Types are URIs ending in the relationship's kind, in either namespace.
        const QStringView type = attrs.value(QLatin1String("Type"));
        if (type.endsWith(u"/officeDocument"))
            out.officeDocument = part;
        else if (type.endsWith(u"/sharedStrings"))
            out.sharedStrings = part;
        else if (type.endsWith(u"/styles"))
            out.styles = part;
    }
}

void parseSharedStrings(QXmlStreamReader& xml, std::vector<QString>& out)
{
    while (!xml.atEnd()) {
        xml.readNext();
        if (isStart(xml, u"sst")) {
            // A hint only: capped so that a lying count cannot reserve gigabytes.
            const qint64 count = xml.attributes().value(QLatin1String("uniqueCount")).toLongLong();
            out.reserve(static_cast<std::size_t>(std::clamp<qint64>(count, 0, 1 << 20)));
        } else if (isStart(xml, u"si")) {
            out.push_back(readStringItem(xml));
        }
    }
}

void parseStyles(QXmlStreamReader& xml, std::vector<bool>& dateStyles)
{
    QHash<int, bool> customIsDate; // numFmtId -> shows a date, from <numFmts>
    std::vector<int> xfFormats;    // numFmtId of each cellXfs entry
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (isStart(xml, u"numFmt")) {
            const QXmlStreamAttributes attrs = xml.attributes();
            customIsDate.insert(attrs.value(QLatin1String("numFmtId")).toInt(),
                                isDateFormatCode(attrs.value(QLatin1String("formatCode"))));
        } else if (isStart(xml, u"cellXfs")) {
            inCellXfs = true;
        } else if (isEnd(xml, u"cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && isStart(xml, u"xf")) {
            // Only cellXfs: cells' s attributes index it, not cellStyleXfs.
            xfFormats.push_back(xml.attributes().value(QLatin1String("numFmtId")).toInt());
        }
    }
    dateStyles.clear();
    dateStyles.reserve(xfFormats.size());
    for (const int id : xfFormats) {
        const auto custom = customIsDate.constFind(id);
        dateStyles.push_back(custom != customIsDate.cend() ? *custom : isBuiltinDateFormat(id));
    }
}

} // namespace bakery::data::xlsx
