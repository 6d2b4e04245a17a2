#pragma once
// Numbers and dates as tills and spreadsheets write them: decimal comma or point,
// thousands separators, currency signs; ISO, day-first and month-first dates with
// / - . separators, two- or four-digit years, an optional time of day. Parsing works
// on UTF-8 views without allocating; detection looks at a sample of a column.

#include <QString>

#include <string_view>
#include <vector>

namespace bakery::data {

struct NumberFormat
{
    char decimal = '.';
    char thousands = 0; ///< 0: none; ' ' also means U+00A0 and U+202F; groups of three
};

/// Parses a number such as "1.234,5", "-3", "0,90 €", "12.50 EUR". False if it is not one.
bool parseNumber(std::string_view text, const NumberFormat& format, double& value);

struct NumberDetection
{
    NumberFormat format;
    QString reason;         ///< the evidence, in words
    QString decimal;        ///< "," or "." when some value shows the mark; empty otherwise
    bool ambiguous = false; ///< no value decides the decimal mark (only 1.500-like values)
};

/// Decides the decimal mark from sample values (the delimiter matters: with ',' as
/// delimiter a decimal comma can only appear inside quotes).
NumberDetection detectNumberFormat(const std::vector<std::string_view>& samples, char delimiter);

enum class DateOrder { YearMonthDay, DayMonthYear, MonthDayYear };

struct DateDetection
{
    enum class Result { Ok, Ambiguous, Inconsistent, NotDates };
    Result result = Result::NotDates;
    DateOrder order = DateOrder::YearMonthDay;
    double share = 0.0; ///< share of non-empty samples that look like dates
    QString reason;
};

/// Which field order the sample's dates use. Day-first or month-first is decided only
/// by proof (a first or second field above 12); otherwise the result is Ambiguous.
DateDetection detectDateOrder(const std::vector<std::string_view>& samples);

/// "ymd", "dmy" or "mdy", as import specs name the orders.
QString dateOrderName(DateOrder order);

enum class DateParse { Ok, NotADate, Impossible };

/// Parses a date with optional time ("2024-03-01", "01/03/2024 14:52", "1/3/24",
/// "2024-03-01T14:52:00"). `day` is days since 1970-01-01, `timeFraction` in [0, 1).
/// Impossible means well-formed but not a calendar date (31/02/2024, month 13).
DateParse parseDate(std::string_view text, DateOrder order, int& day,
                    double* timeFraction = nullptr);

/// Days since 1970-01-01 of a proleptic Gregorian date (no validation).
int daysFromCivil(int year, int month, int day);
bool isValidDate(int year, int month, int day);

} // namespace bakery::data
