#include "data/SeriesCsvReader.h"
#include "calendar/EpochDay.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTime>

#include <cmath>
#include <set>

namespace bakery::data {
namespace {

// The sentences' translation context is "SeriesCsvReader".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SeriesCsvReader)
};

QString unquote(QString s)
{
    s = s.trimmed();
    if (s.size() >= 2 && s.startsWith(QLatin1Char('"')) && s.endsWith(QLatin1Char('"')))
        s = s.mid(1, s.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
    return s;
}

// Days since epoch, fractional for a time of day; NaN when unparsable.
double parseStamp(const QString& text)
{
    const QString date = text.left(10);
    const QDate d = QDate::fromString(date, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        return NAN;
    double day = calendar::toEpochDay(d);
    if (text.size() == 10)
        return day;
    if (text.at(10) != QLatin1Char(' ') && text.at(10) != QLatin1Char('T'))
        return NAN; // "2024-01-0212:00" is not a date and a time
    const QString rest = text.mid(11).trimmed();
    if (rest.isEmpty())
        return day;
    QTime time = QTime::fromString(rest, QStringLiteral("HH:mm:ss"));
    if (!time.isValid())
        time = QTime::fromString(rest, QStringLiteral("HH:mm"));
    if (!time.isValid())
        return NAN;
    return day + time.msecsSinceStartOfDay() / 86400000.0;
}

bool isMissing(const QString& v)
{
    return v.isEmpty() || v.compare(QLatin1String("NA"), Qt::CaseInsensitive) == 0 ||
           v.compare(QLatin1String("NaN"), Qt::CaseInsensitive) == 0;
}

} // namespace

SeriesCsvResult SeriesCsvReader::readFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        SeriesCsvResult r;
        r.error = Text::tr("%1: cannot open the file (%2)").arg(path, file.errorString());
        return r;
    }
    return readBytes(file.readAll(), name);
}

SeriesCsvResult SeriesCsvReader::readBytes(const QByteArray& bytes, const QString& fileName)
{
    SeriesCsvResult r;
    auto fail = [&](int line, const QString& what) {
        r.error = line > 0 ? QStringLiteral("%1:%2: %3").arg(fileName).arg(line).arg(what)
                           : QStringLiteral("%1: %2").arg(fileName, what);
        r.frame = {};
        return r;
    };
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    int headerLine = 0;
    while (headerLine < lines.size() && lines[headerLine].trimmed().isEmpty())
        ++headerLine;
    if (headerLine == lines.size())
        return fail(0, Text::tr("the file is empty; expected a header with columns ds and y"));
    QStringList header;
    for (const QString& h : lines[headerLine].split(QLatin1Char(',')))
        header << unquote(h);
    const auto dsCol = header.indexOf(QStringLiteral("ds"));
    const auto yCol = header.indexOf(QStringLiteral("y"));
    if (dsCol < 0 || yCol < 0)
        return fail(headerLine + 1,
                    Text::tr("expected a header with columns ds and y, found \"%1\"")
                        .arg(lines[headerLine].trimmed()));
    std::vector<std::vector<double>*> targets(static_cast<std::size_t>(header.size()), nullptr);
    for (qsizetype c = 0; c < header.size(); ++c) {
        // A repeated name would append two values per row to one column (or turn a
        // second ds/y into a regressor), and an unnamed one would become regressor "".
        if (header[c].isEmpty())
            return fail(headerLine + 1, Text::tr("header column %1 has no name").arg(c + 1));
        if (header.indexOf(header[c]) != c)
            return fail(headerLine + 1,
                        Text::tr("column '%1' appears twice in the header").arg(header[c]));
        if (c == dsCol || c == yCol)
            continue;
        if (header[c] == QLatin1String("cap"))
            targets[static_cast<std::size_t>(c)] = &r.frame.cap;
        else if (header[c] == QLatin1String("floor"))
            targets[static_cast<std::size_t>(c)] = &r.frame.floor;
        else
            targets[static_cast<std::size_t>(c)] = &r.frame.regressors[header[c]];
    }
    std::set<double> seen;
    for (qsizetype i = headerLine + 1; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        const int lineNo = static_cast<int>(i) + 1;
        if (line.isEmpty())
            continue;
        const QStringList cells = line.split(QLatin1Char(','));
        if (cells.size() != header.size())
            return fail(
                lineNo,
                Text::tr("expected %1 columns, found %2").arg(header.size()).arg(cells.size()));
        const QString dsText = unquote(cells[dsCol]);
        const double ds = parseStamp(dsText);
        if (std::isnan(ds))
            return fail(
                lineNo,
                Text::tr("column 'ds': expected a date YYYY-MM-DD, found \"%1\"").arg(dsText));
        if (!seen.insert(ds).second)
            return fail(lineNo, Text::tr("column 'ds': duplicate date %1").arg(dsText));
        r.frame.ds.push_back(ds);
        for (qsizetype c = 0; c < header.size(); ++c) {
            if (c == dsCol)
                continue;
            const QString cell = unquote(cells[c]);
            double value = NAN;
            if (!isMissing(cell) || c != yCol) {
                bool ok = false;
                value = cell.toDouble(&ok);
                if (!ok || !std::isfinite(value))
                    return fail(lineNo, Text::tr("column '%1': expected a number, found \"%2\"")
                                            .arg(header[c], cell));
            }
            if (c == yCol)
                r.frame.y.push_back(value);
            else
                targets[static_cast<std::size_t>(c)]->push_back(value);
        }
    }
    if (r.frame.ds.size() < 2)
        return fail(0, Text::tr("expected at least 2 data rows, found %1").arg(r.frame.ds.size()));
    return r;
}

} // namespace bakery::data
