// Turning stored cell values into text: numbers, date serials, escapes, references.

#include "data/XlsxParts.h"

#include <QDate>
#include <QLocale>

#include <cmath>

namespace bakery::data::xlsx {
namespace {

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

int hexDigit(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

} // namespace

bool isBuiltinDateFormat(int numFmtId)
{
    // ECMA-376 part 1, 18.8.30: 14-17 dates, 18-21 times, 22 date-time, 45-47 mm:ss variants.
    return (numFmtId >= 14 && numFmtId <= 22) || (numFmtId >= 45 && numFmtId <= 47);
}

bool isDateFormatCode(QStringView code)
{
    // "General" has no date letters, but "Standard", its name in some writers, has d and s.
    if (code.compare(u"General", Qt::CaseInsensitive) == 0 ||
        code.compare(u"Standard", Qt::CaseInsensitive) == 0)
        return false;
    for (qsizetype i = 0; i < code.size(); ++i) {
        const char16_t c = code[i].toLower().unicode();
        if (c == u'"' || c == u'[') {
            // Quoted literal text ("días" is no day), or a colour, locale,
            // condition or elapsed-time [h] in brackets: skipped whole.
            i = code.indexOf(QChar(c == u'"' ? u'"' : u']'), i + 1);
            if (i < 0)
                return false;
        } else if (c == u'\\' || c == u'_' || c == u'*') { // escaped, padding, fill character
            ++i;
        } else if (c == u'd' || c == u'm' || c == u'y' || c == u'h' || c == u's') {
            return true;
        }
    }
    return false;
}

QString numberText(double v)
{
    if (v == 0.0)
        return QStringLiteral("0"); // also -0
    // Shortest digits that read back as the same double. 'g' would print 100000
    // as "1e+05", so fixed notation is used for the magnitudes JavaScript prints
    // that way too, and exponent notation only beyond them.
    const double a = std::fabs(v);
    const char format = (a >= 1e-6 && a < 1e21) ? 'f' : 'g';
    return QString::fromLatin1(QByteArray::number(v, format, QLocale::FloatingPointShortest));
}

bool isShortestNumberText(QStringView text)
{
    // -?(0|[1-9][0-9]*)(.[0-9]*[1-9])? with at most 15 significant digits:
    // DBL_DIG guarantees that no other decimal of 15 digits or fewer reads as
    // the same double, so this text is the shortest round-trip form. Outside
    // numberText's fixed-notation range (below 1e-6) it is not.
    qsizetype i = text.startsWith(u'-') ? 1 : 0;
    const qsizetype intFrom = i;
    while (i < text.size() && isAsciiDigit(text[i]))
        ++i;
    const qsizetype intDigits = i - intFrom;
    if (intDigits == 0 || (intDigits > 1 && text[intFrom] == u'0'))
        return false;
    const bool zeroInt = text[intFrom] == u'0';
    if (i == text.size())
        return !(zeroInt && intFrom == 1) && intDigits <= 15; // not "-0"
    if (text[i] != u'.' || text.back() == u'0' || text.back() == u'.')
        return false;
    const qsizetype fracFrom = ++i;
    while (i < text.size() && isAsciiDigit(text[i]))
        ++i;
    if (i != text.size())
        return false;
    qsizetype leadingZeros = 0;
    if (zeroInt)
        while (text[fracFrom + leadingZeros] == u'0')
            ++leadingZeros;
    const qsizetype significant = (zeroInt ? 0 : intDigits) + (i - fracFrom) - leadingZeros;
    return significant <= 15 && leadingZeros < 6;
}

bool parseNumber(const QString& text, double* v)
{
    // Whole numbers (dates, units) are most cells: read them without the general parser.
    const qsizetype from = text.startsWith(u'-') ? 1 : 0;
    if (text.size() > from && text.size() - from <= 15) {
        qint64 n = 0;
        qsizetype i = from;
        for (; i < text.size() && isAsciiDigit(text[i]); ++i)
            n = n * 10 + (text[i].unicode() - u'0');
        if (i == text.size()) {
            *v = static_cast<double>(from ? -n : n); // exact: below 2^53
            return true;
        }
    }
    bool ok = false;
    *v = text.toDouble(&ok); // the C locale, always
    return ok && std::isfinite(*v);
}

QString serialToIso(double serial, bool date1904)
{
    if (!(serial >= 0.0) || serial >= 3.0e6)
        return {};
    const qint64 seconds = std::llround(serial * 86400.0); // to the second, may roll the day
    const qint64 day = seconds / 86400;
    int y = 1900, mo = 2, d = 29;
    // 1900 system: serial 1 is 1900-01-01 and Excel counts a 1900-02-29 (serial
    // 60, Lotus 1-2-3's leap-year bug) that never was: it stays that impossible
    // date, for the importer to reject rather than silently move. 1904 system:
    // serial 0 is 1904-01-01.
    if (date1904 || day != 60) {
        const QDate base = date1904   ? QDate(1904, 1, 1)
                           : day < 60 ? QDate(1899, 12, 31)
                                      : QDate(1899, 12, 30);
        base.addDays(day).getDate(&y, &mo, &d);
        if (y > 9999)
            return {};
    }
    // Written digit by digit: QDate::toString and arg() go through printf and
    // cost more than parsing the cell.
    const bool whole = serial == std::floor(serial);
    QString text(whole ? 10 : 19, Qt::Uninitialized);
    QChar* out = text.data();
    auto put = [&out](int value, int width, char16_t after) {
        for (int k = width - 1; k >= 0; --k, value /= 10)
            out[k] = QChar(static_cast<char16_t>(u'0' + value % 10));
        out += width;
        if (after)
            *out++ = QChar(after);
    };
    put(y, 4, u'-');
    put(mo, 2, u'-');
    put(d, 2, whole ? 0 : u'T');
    if (!whole) {
        const int second = static_cast<int>(seconds % 86400);
        put(second / 3600, 2, u':');
        put(second / 60 % 60, 2, u':');
        put(second % 60, 2, 0);
    }
    return text;
}

QString decodeEscapes(const QString& s)
{
    if (!s.contains(QLatin1String("_x")))
        return s; // the common case, no copy
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s[i] == u'_' && i + 6 < s.size() && s[i + 1] == u'x' && s[i + 6] == u'_') {
            int code = 0;
            bool hex = true;
            for (qsizetype k = i + 2; k < i + 6 && hex; ++k) {
                const int d = hexDigit(s[k]);
                hex = d >= 0;
                code = code * 16 + d;
            }
            if (hex) {
                out += QChar(static_cast<char16_t>(code));
                i += 6;
                continue;
            }
        }
        out += s[i];
    }
    return out;
}

int columnFromReference(QStringView ref, int* row)
{
    constexpr int kMaxColumn = 16384; // XFD
    constexpr int kMaxRow = 1048576;
    qsizetype i = 0;
    if (i < ref.size() && ref[i] == u'$')
        ++i;
    int column = 0;
    const qsizetype lettersFrom = i;
    for (; i < ref.size() && i - lettersFrom < 4; ++i) {
        const char16_t c = ref[i].toUpper().unicode();
        if (c < u'A' || c > u'Z')
            break;
        column = column * 26 + (c - u'A' + 1);
    }
    if (i == lettersFrom || column > kMaxColumn)
        return -1;
    if (i < ref.size() && ref[i] == u'$')
        ++i;
    qint64 r = 0;
    const qsizetype digitsFrom = i;
    for (; i < ref.size() && i - digitsFrom < 8; ++i) {
        const char16_t c = ref[i].unicode();
        if (c < u'0' || c > u'9')
            break;
        r = r * 10 + (c - u'0');
    }
    if (i != ref.size() || r > kMaxRow || (i > digitsFrom && r == 0))
        return -1;
    *row = static_cast<int>(r);
    return column - 1;
}

} // namespace bakery::data::xlsx
