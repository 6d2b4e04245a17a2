#include "data/ValueParsers.h"

#include <QCoreApplication>

#include <charconv>
#include <cmath>

namespace bakery::data {
namespace {

// The sentences' translation context is "ValueParsers".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ValueParsers)
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

std::string_view trim(std::string_view v)
{
    auto space = [](std::string_view s, bool front) {
        if (s.empty())
            return std::size_t(0);
        const unsigned char c = static_cast<unsigned char>(front ? s.front() : s.back());
        if (c == ' ' || c == '\t')
            return std::size_t(1);
        // U+00A0 (no-break space, C2 A0) and U+202F (narrow no-break space, E2 80 AF).
        if (front ? s.substr(0, 2) == "\xC2\xA0"
                  : (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0"))
            return std::size_t(2);
        if (front ? s.substr(0, 3) == "\xE2\x80\xAF"
                  : (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xAF"))
            return std::size_t(3);
        return std::size_t(0);
    };
    for (std::size_t n; (n = space(v, true)) > 0;)
        v.remove_prefix(n);
    for (std::size_t n; (n = space(v, false)) > 0;)
        v.remove_suffix(n);
    return v;
}

// Strips one currency sign or code at either end.
std::string_view stripCurrency(std::string_view v)
{
    static const std::string_view signs[] = {"\xE2\x82\xAC", "EUR", "$",  "USD", "\xC2\xA3", "GBP",
                                             "\xE2\x82\xA9", "KRW", "CHF"};
    v = trim(v);
    for (std::string_view s : signs) {
        if (v.size() > s.size() && v.substr(0, s.size()) == s)
            return trim(v.substr(s.size()));
        if (v.size() > s.size() && v.substr(v.size() - s.size()) == s)
            return trim(v.substr(0, v.size() - s.size()));
    }
    return v;
}

// Up to `maxDigits` digits as an int; false when there are none.
bool readInt(std::string_view s, std::size_t& pos, int maxDigits, int& value, int& digits)
{
    value = 0;
    digits = 0;
    while (pos < s.size() && isDigit(s[pos]) && digits < maxDigits) {
        value = value * 10 + (s[pos] - '0');
        ++pos;
        ++digits;
    }
    return digits > 0;
}

struct DateFields
{
    int a = 0, b = 0, c = 0;
    int aDigits = 0, cDigits = 0;
    std::size_t end = 0; ///< where the date part ends
};

bool splitDate(std::string_view s, DateFields& f)
{
    std::size_t pos = 0;
    int bDigits = 0;
    if (!readInt(s, pos, 4, f.a, f.aDigits) || pos >= s.size())
        return false;
    const char sep = s[pos];
    if (sep != '-' && sep != '/' && sep != '.')
        return false;
    ++pos;
    if (!readInt(s, pos, 2, f.b, bDigits) || pos >= s.size() || s[pos] != sep)
        return false;
    ++pos;
    if (!readInt(s, pos, 4, f.c, f.cDigits))
        return false;
    if (pos < s.size() && isDigit(s[pos]))
        return false; // a fifth digit
    f.end = pos;
    return f.aDigits == 4 ? (f.cDigits <= 2) : (f.cDigits == 2 || f.cDigits == 4);
}

int expandYear(int year, int digits)
{
    // Two-digit years are this century's: sales history is recent.
    return digits == 2 ? 2000 + year : year;
}

bool parseTime(std::string_view s, double& fraction)
{
    std::size_t pos = 0;
    int h = 0, m = 0, sec = 0, digits = 0;
    if (!readInt(s, pos, 2, h, digits) || pos >= s.size() || s[pos] != ':')
        return false;
    ++pos;
    if (!readInt(s, pos, 2, m, digits) || digits != 2)
        return false;
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        if (!readInt(s, pos, 2, sec, digits) || digits != 2)
            return false;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ','))
            for (++pos; pos < s.size() && isDigit(s[pos]); ++pos) {
            }
    }
    if (h > 23 || m > 59 || sec > 59)
        return false;
    const std::string_view rest = trim(s.substr(pos));
    if (!rest.empty() && rest != "Z")
        return false;
    fraction = (h * 3600 + m * 60 + sec) / 86400.0;
    return true;
}

// What may follow a date: nothing, or ' ' / 'T' and an optional time of day.
bool parseTimeAfterDate(std::string_view rest, double& fraction)
{
    fraction = 0.0;
    if (rest.empty())
        return true;
    if (rest.front() != ' ' && rest.front() != 'T')
        return false;
    const std::string_view time = trim(rest.substr(1));
    if (rest.front() == 'T' && time.empty())
        return false; // "2024-03-01T" promises a time and gives none
    return time.empty() || parseTime(time, fraction);
}

} // namespace

int daysFromCivil(int y, int m, int d)
{
    // Howard Hinnant's algorithm: exact for the proleptic Gregorian calendar.
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

bool isValidDate(int y, int m, int d)
{
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1)
        return false;
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return d <= lengths[m - 1] + (m == 2 && leap ? 1 : 0);
}

bool parseNumber(std::string_view text, const NumberFormat& format, double& value)
{
    std::string_view v = stripCurrency(text);
    if (v.empty())
        return false;
    char buffer[64];
    std::size_t n = 0;
    bool digits = false, sign = false, decimalSeen = false;
    // Thousands marks must group digits by three ("1.234,5"), so "1.5" with '.' as
    // the thousands mark is refused rather than read as 15.
    int marks = 0, groupDigits = 0;
    for (std::size_t i = 0; i < v.size(); ++i) {
        const char c = v[i];
        if (n + 1 >= sizeof buffer)
            return false;
        std::size_t mark = 0; // length of a thousands mark at i
        if (format.thousands != 0 && !decimalSeen) {
            if (c == format.thousands)
                mark = 1;
            else if (format.thousands == ' ' && v.substr(i, 2) == "\xC2\xA0")
                mark = 2; // no-break space
            else if (format.thousands == ' ' && v.substr(i, 3) == "\xE2\x80\xAF")
                mark = 3; // narrow no-break space
        }
        if (isDigit(c)) {
            buffer[n++] = c;
            digits = true;
            ++groupDigits;
        } else if ((c == '-' || c == '+') && n == 0 && !sign) {
            sign = true;
            if (c == '-') // from_chars refuses a leading '+'
                buffer[n++] = c;
        } else if (c == format.decimal && !decimalSeen) {
            if (marks > 0 && groupDigits != 3)
                return false;
            buffer[n++] = '.';
            decimalSeen = true;
        } else if (mark > 0) {
            if (groupDigits == 0 || groupDigits > 3 || (marks > 0 && groupDigits != 3))
                return false;
            ++marks;
            groupDigits = 0;
            i += mark - 1;
        } else {
            return false;
        }
    }
    if (!digits || (marks > 0 && !decimalSeen && groupDigits != 3))
        return false;
    const auto result = std::from_chars(buffer, buffer + n, value);
    return result.ec == std::errc() && result.ptr == buffer + n && std::isfinite(value);
}

NumberDetection detectNumberFormat(const std::vector<std::string_view>& samples, char delimiter)
{
    int commaDecimal = 0, pointDecimal = 0, dotThousands = 0, commaThousands = 0;
    for (std::string_view raw : samples) {
        const std::string_view v = stripCurrency(raw);
        const auto comma = v.rfind(',');
        const auto point = v.rfind('.');
        if (comma != std::string_view::npos && point != std::string_view::npos) {
            // Both marks: the last one is the decimal mark.
            (comma > point ? (++commaDecimal, ++dotThousands) : (++pointDecimal, ++commaThousands));
        } else if (comma != std::string_view::npos) {
            // "12,5" is a decimal comma; "1,234" could be a thousands comma.
            (v.size() - comma - 1 == 3 ? ++commaThousands : ++commaDecimal);
        } else if (point != std::string_view::npos) {
            (v.size() - point - 1 == 3 ? ++dotThousands : ++pointDecimal);
        }
    }
    NumberDetection d;
    if (commaDecimal > pointDecimal) {
        d.format = {',', '.'};
        d.decimal = QStringLiteral(",");
        d.reason = Text::tr("decimal comma (%n value(s) like 12,5)", nullptr, commaDecimal);
    } else if (pointDecimal > 0) {
        d.format = {'.', delimiter == ',' ? char(0) : ','};
        d.decimal = QStringLiteral(".");
        d.reason = Text::tr("decimal point (%n value(s) like 12.5)", nullptr, pointDecimal);
    } else if (dotThousands > 0 || commaThousands > 0) {
        // Only values like 1.500 or 1,500: thousands or three decimals? Never guess.
        d.ambiguous = true;
        d.format = {'.', 0};
        d.reason = Text::tr("%1 values like 1.500 or 1,500 read both as thousands and as three "
                            "decimals")
                       .arg(dotThousands + commaThousands);
    } else {
        d.format = {'.', 0};
        d.reason = Text::tr("decimal point (no decimals seen)");
    }
    return d;
}

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::DayMonthYear:
        return QStringLiteral("dmy");
    case DateOrder::MonthDayYear:
        return QStringLiteral("mdy");
    case DateOrder::YearMonthDay:
        break;
    }
    return QStringLiteral("ymd");
}

DateDetection detectDateOrder(const std::vector<std::string_view>& samples)
{
    DateDetection d;
    int dates = 0, nonEmpty = 0, iso = 0, dayFirstProof = 0, monthFirstProof = 0;
    for (std::string_view raw : samples) {
        const std::string_view v = trim(raw);
        if (v.empty())
            continue;
        ++nonEmpty;
        DateFields f;
        double fraction = 0.0;
        if (!splitDate(v, f) || !parseTimeAfterDate(v.substr(f.end), fraction))
            continue; // "2024-01-15-A" is no date, as parseDate() says
        ++dates;
        if (f.aDigits == 4) {
            ++iso;
        } else {
            dayFirstProof += f.a > 12 && f.a <= 31;
            monthFirstProof += f.b > 12 && f.b <= 31;
        }
    }
    d.share = nonEmpty ? static_cast<double>(dates) / nonEmpty : 0.0;
    if (dates == 0) {
        d.result = DateDetection::Result::NotDates;
        return d;
    }
    if (iso == dates) {
        d.result = DateDetection::Result::Ok;
        d.order = DateOrder::YearMonthDay;
        d.reason = Text::tr("year first (ISO, YYYY-MM-DD)");
    } else if (dayFirstProof > 0 && monthFirstProof > 0) {
        d.result = DateDetection::Result::Inconsistent;
        d.reason = Text::tr("some dates have a day above 12 first, others second");
    } else if (dayFirstProof > 0) {
        d.result = DateDetection::Result::Ok;
        d.order = DateOrder::DayMonthYear;
        d.reason =
            Text::tr("day first (%n date(s) with a first field above 12)", nullptr, dayFirstProof);
    } else if (monthFirstProof > 0) {
        d.result = DateDetection::Result::Ok;
        d.order = DateOrder::MonthDayYear;
        d.reason = Text::tr("month first (%n date(s) with a second field above 12)", nullptr,
                            monthFirstProof);
    } else {
        d.result = DateDetection::Result::Ambiguous;
        d.reason = Text::tr("every date reads both day-first and month-first (no field above 12)");
    }
    return d;
}

DateParse parseDate(std::string_view text, DateOrder order, int& day, double* timeFraction)
{
    const std::string_view v = trim(text);
    DateFields f;
    if (!splitDate(v, f))
        return DateParse::NotADate;
    int y = 0, m = 0, d = 0;
    if (f.aDigits == 4) {
        y = f.a;
        m = f.b;
        d = f.c;
    } else if (order == DateOrder::MonthDayYear) {
        m = f.a;
        d = f.b;
        y = expandYear(f.c, f.cDigits);
    } else {
        d = f.a;
        m = f.b;
        y = expandYear(f.c, f.cDigits);
    }
    double fraction = 0.0;
    if (!parseTimeAfterDate(v.substr(f.end), fraction))
        return DateParse::NotADate;
    if (!isValidDate(y, m, d))
        return DateParse::Impossible;
    day = daysFromCivil(y, m, d);
    if (timeFraction)
        *timeFraction = fraction;
    return DateParse::Ok;
}

} // namespace bakery::data
