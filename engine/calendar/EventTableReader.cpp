#include "calendar/EventTableReader.h"

#include "calendar/EpochDay.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace bakery::calendar {

namespace {

constexpr qint64 kMaxFileBytes = 64 * 1024 * 1024; // far beyond any real event table
constexpr int kMaxWindowDays = 100000;             // keeps windows well inside int range

// A value as shown in a message: quoted, and short enough to keep the message one line.
QString shown(const QString& raw)
{
    QString s = raw.size() > 40 ? raw.left(40) + QStringLiteral("...") : raw;
    return QLatin1Char('"') + s + QLatin1Char('"');
}

// Splits one CSV record into `fields`. Returns an empty string, or what is wrong.
// Quoted fields may contain commas and "" for a quote, but not line breaks.
QString splitRecord(QStringView line, QStringList& fields)
{
    fields.clear();
    const qsizetype n = line.size();
    qsizetype i = 0;
    auto skipBlanks = [&] {
        while (i < n && (line[i] == u' ' || line[i] == u'\t'))
            ++i;
    };
    for (;;) {
        skipBlanks();
        QString field;
        if (i < n && line[i] == u'"') {
            bool closed = false;
            for (++i; i < n; ++i) {
                if (line[i] != u'"') {
                    field += line[i];
                } else if (i + 1 < n && line[i + 1] == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    closed = true;
                    ++i;
                    break;
                }
            }
            if (!closed)
                return QStringLiteral("unterminated quoted field; expected a closing quote "
                                      "on the same line");
            skipBlanks();
            if (i < n && line[i] != u',')
                return QStringLiteral("expected a comma after a closing quote, found ") +
                       shown(line.mid(i).toString());
        } else {
            const qsizetype start = i;
            while (i < n && line[i] != u',')
                ++i;
            field = line.mid(start, i - start).trimmed().toString();
        }
        fields.append(field);
        if (i >= n)
            return {};
        ++i; // the comma
    }
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Strict YYYY-MM-DD, the format Prophet's tables and our exports use.
QDate parseIsoDate(const QString& s)
{
    if (s.size() != 10 || s[4] != u'-' || s[7] != u'-')
        return {};
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (!isDigit(s[i]))
            return {};
    return QDate(s.left(4).toInt(), s.mid(5, 2).toInt(), s.mid(8, 2).toInt());
}

// pandas writes NaN as an empty cell, R writes NA; both mean "not given".
bool isMissing(const QString& s)
{
    return s.isEmpty() || s == QLatin1String("NA") ||
           s.compare(QLatin1String("nan"), Qt::CaseInsensitive) == 0;
}

// A whole number of days, also written as "-1.0" (pandas does when a column has NaN).
bool parseDays(const QString& s, int& out)
{
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v) || v != std::floor(v) || std::fabs(v) > kMaxWindowDays)
        return false;
    out = static_cast<int>(v);
    return true;
}

struct Columns
{
    int ds = -1;
    int holiday = -1;
    int lower = -1;
    int upper = -1;
    int priorScale = -1;
};

} // namespace

EventTableResult EventTableReader::readFile(const QString& path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{},
                name + QStringLiteral(": cannot open \"") + QDir::toNativeSeparators(path) +
                    QStringLiteral("\": ") + file.errorString()};
    if (file.size() > kMaxFileBytes)
        return {{},
                name + QStringLiteral(": expected an event table of at most 64 MiB, found ") +
                    QString::number(file.size()) + QStringLiteral(" bytes")};
    return readBytes(file.readAll(), name);
}

EventTableResult EventTableReader::readBytes(const QByteArray& bytes,
                                             const QString& fileNameForMessages)
{
    int lineNo = 0;
    auto fail = [&](const QString& what) {
        return EventTableResult{{},
                                fileNameForMessages + QLatin1Char(':') + QString::number(lineNo) +
                                    QStringLiteral(": ") + what};
    };

    qsizetype pos = bytes.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    bool haveHeader = false;
    qsizetype headerSize = 0;
    Columns col;
    QStringList fields;
    HolidayTable table;
    QHash<QString, std::pair<double, int>> scaleOf; // holiday -> (prior scale, first line)

    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArrayView raw(bytes.constData() + pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (raw.endsWith('\r'))
            raw.chop(1);

        QStringDecoder decoder(QStringDecoder::Utf8);
        const QString line = decoder.decode(raw);
        if (decoder.hasError())
            return fail(QStringLiteral("expected UTF-8 text, found invalid bytes"));
        if (line.trimmed().isEmpty())
            continue;

        const QString splitError = splitRecord(line, fields);
        if (!splitError.isEmpty())
            return fail(splitError);

        if (!haveHeader) {
            haveHeader = true;
            headerSize = fields.size();
            for (int i = 0; i < fields.size(); ++i) {
                const QString key = fields[i].toLower();
                int* slot = key == QLatin1String("ds")             ? &col.ds
                            : key == QLatin1String("holiday")      ? &col.holiday
                            : key == QLatin1String("lower_window") ? &col.lower
                            : key == QLatin1String("upper_window") ? &col.upper
                            : key == QLatin1String("prior_scale")  ? &col.priorScale
                                                                   : nullptr;
                if (!slot)
                    continue; // extra columns are allowed, as in a Prophet data frame
                if (*slot >= 0)
                    return fail(
                        QStringLiteral("column '%1': expected once in the header, found twice")
                            .arg(key));
                *slot = i;
            }
            const QString expectedHeader =
                QStringLiteral("expected a header with columns 'ds' and 'holiday', found ");
            if (col.ds < 0)
                return fail(QStringLiteral("missing column 'ds'; ") + expectedHeader + shown(line));
            if (col.holiday < 0)
                return fail(QStringLiteral("missing column 'holiday'; ") + expectedHeader +
                            shown(line));
            if ((col.lower < 0) != (col.upper < 0))
                return fail(QStringLiteral("expected both columns 'lower_window' and "
                                           "'upper_window' or neither, found only '%1'")
                                .arg(col.lower >= 0 ? QStringLiteral("lower_window")
                                                    : QStringLiteral("upper_window")));
            continue;
        }

        if (std::all_of(fields.cbegin(), fields.cend(),
                        [](const QString& f) { return f.isEmpty(); }))
            continue; // ",,," rows that spreadsheets append
        if (fields.size() != headerSize)
            return fail(QStringLiteral("expected %1 fields as in the header, found %2")
                            .arg(headerSize)
                            .arg(fields.size()));

        HolidayEvent e;
        const QString& ds = fields[col.ds];
        const QDate date = parseIsoDate(ds);
        if (!date.isValid())
            return fail(QStringLiteral("column 'ds': expected a date YYYY-MM-DD, found ") +
                        shown(ds));
        e.day = toEpochDay(date);

        e.name = fields[col.holiday];
        if (e.name.isEmpty())
            return fail(QStringLiteral("column 'holiday': expected a name, found an empty cell"));
        // Prophet names feature columns "<holiday>_delim_<offset>" and rejects this substring.
        if (e.name.contains(QLatin1String("_delim_")))
            return fail(QStringLiteral("column 'holiday': expected a name without \"_delim_\", "
                                       "found ") +
                        shown(e.name));

        if (col.lower >= 0) {
            const QString& lo = fields[col.lower];
            const QString& up = fields[col.upper];
            if (!isMissing(lo) && (!parseDays(lo, e.lowerWindow) || e.lowerWindow > 0))
                return fail(QStringLiteral("column 'lower_window': expected a whole number of "
                                           "days <= 0 (at least -%1), found ")
                                .arg(kMaxWindowDays) +
                            shown(lo));
            if (!isMissing(up) && (!parseDays(up, e.upperWindow) || e.upperWindow < 0))
                return fail(QStringLiteral("column 'upper_window': expected a whole number of "
                                           "days >= 0 (at most %1), found ")
                                .arg(kMaxWindowDays) +
                            shown(up));
        }

        if (col.priorScale >= 0) {
            const QString& ps = fields[col.priorScale];
            if (!isMissing(ps)) {
                bool ok = false;
                e.priorScale = ps.toDouble(&ok);
                if (!ok || !std::isfinite(e.priorScale) || e.priorScale <= 0)
                    return fail(QStringLiteral("column 'prior_scale': expected a number > 0, "
                                               "found ") +
                                shown(ps));
            }
            // Prophet fits one prior scale per holiday name (spec 4.1.4).
            const auto it = scaleOf.constFind(e.name);
            if (it == scaleOf.cend()) {
                scaleOf.insert(e.name, {e.priorScale, lineNo});
            } else {
                const double first = it->first;
                const bool same =
                    (std::isnan(first) && std::isnan(e.priorScale)) || first == e.priorScale;
                if (!same)
                    return fail(QStringLiteral("column 'prior_scale': expected %1 as on line %2 "
                                               "(one prior scale per holiday %3), found %4")
                                    .arg(std::isnan(first) ? QStringLiteral("an empty cell")
                                                           : QString::number(first),
                                         QString::number(it->second), shown(e.name), shown(ps)));
            }
        }
        table.push_back(e);
    }

    if (!haveHeader) {
        lineNo = 1;
        return fail(QStringLiteral("expected a header with columns 'ds' and 'holiday', "
                                   "found an empty file"));
    }
    return {table, {}};
}

} // namespace bakery::calendar
