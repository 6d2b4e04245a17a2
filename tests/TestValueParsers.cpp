// ValueParsers: numbers in both notations, number-format and date-order detection,
// dates with and without times. Expected days come from QDate, an independent
// calendar; expected numbers are written by hand.
#include "data/ValueParsers.h"

#include <QDate>
#include <QtTest>

#include <string>

using namespace bakery::data;

Q_DECLARE_METATYPE(DateDetection::Result)
Q_DECLARE_METATYPE(DateParse)
Q_DECLARE_METATYPE(DateOrder)

namespace {

const QDate kEpoch(1970, 1, 1);

std::string_view view(const QByteArray& b)
{
    return {b.constData(), static_cast<std::size_t>(b.size())};
}

// Views into `storage`, which must outlive them.
std::vector<std::string_view> views(const QByteArrayList& storage)
{
    std::vector<std::string_view> v;
    for (const QByteArray& b : storage)
        v.push_back(view(b));
    return v;
}

} // namespace

class TestValueParsers : public QObject
{
    Q_OBJECT

private slots:
    void parseNumber_data();
    void parseNumber();
    void detectNumberFormat_data();
    void detectNumberFormat();
    void parseDate_data();
    void parseDate();
    void daysFromCivilMatchesQDate();
    void isValidDateMatchesQDate();
    void detectDateOrder_data();
    void detectDateOrder();
};

void TestValueParsers::parseNumber_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("format"); // decimal mark, then thousands mark or nothing
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("value");

    const QByteArray comma(",."), point("."), pointThousands(".,"), space(", ");
    QTest::newRow("1.234,56") << QByteArray("1.234,56") << comma << true << 1234.56;
    QTest::newRow("1,234.56") << QByteArray("1,234.56") << pointThousands << true << 1234.56;
    QTest::newRow("1.234.567,89") << QByteArray("1.234.567,89") << comma << true << 1234567.89;
    QTest::newRow("1,234,567") << QByteArray("1,234,567") << pointThousands << true << 1234567.0;
    QTest::newRow("-1.234,5") << QByteArray("-1.234,5") << comma << true << -1234.5;
    QTest::newRow("1.234 as thousands") << QByteArray("1.234") << comma << true << 1234.0;
    QTest::newRow("1.234 as decimals") << QByteArray("1.234") << point << true << 1.234;
    QTest::newRow("-3") << QByteArray("-3") << point << true << -3.0;
    QTest::newRow("+2") << QByteArray("+2") << point << true << 2.0;
    QTest::newRow("+2,5") << QByteArray("+2,5") << comma << true << 2.5;
    QTest::newRow("12,5") << QByteArray("12,5") << comma << true << 12.5;
    QTest::newRow("0,90 euro") << QByteArray("0,90 \xE2\x82\xAC") << comma << true << 0.9;
    QTest::newRow("euro 12.50") << QByteArray("\xE2\x82\xAC 12.50") << point << true << 12.5;
    QTest::newRow("12.50 EUR") << QByteArray("12.50 EUR") << point << true << 12.5;
    QTest::newRow("$3.5") << QByteArray("$3.5") << point << true << 3.5;
    QTest::newRow("2 GBP") << QByteArray("2 GBP") << point << true << 2.0;
    QTest::newRow("spaces") << QByteArray("  7\t") << point << true << 7.0;
    QTest::newRow("no-break space before euro")
        << QByteArray("3,20\xC2\xA0\xE2\x82\xAC") << comma << true << 3.2;
    QTest::newRow("1 234,5 space") << QByteArray("1 234,5") << space << true << 1234.5;
    QTest::newRow("1 234,5 no-break space") << QByteArray("1\xC2\xA0"
                                                          "234,5")
                                            << space << true << 1234.5;
    QTest::newRow("1 234 567 narrow no-break space") << QByteArray("1\xE2\x80\xAF"
                                                                   "234\xE2\x80\xAF"
                                                                   "567")
                                                     << space << true << 1234567.0;
    QTest::newRow("0") << QByteArray("0") << point << true << 0.0;
    QTest::newRow(",5") << QByteArray(",5") << comma << true << 0.5;

    QTest::newRow("empty") << QByteArray() << point << false << 0.0;
    QTest::newRow("blank") << QByteArray("   ") << point << false << 0.0;
    QTest::newRow("abc") << QByteArray("abc") << point << false << 0.0;
    QTest::newRow("1.2.3 point") << QByteArray("1.2.3") << point << false << 0.0;
    QTest::newRow("1.2.3 point, comma thousands")
        << QByteArray("1.2.3") << pointThousands << false << 0.0;
    QTest::newRow("2000~4000") << QByteArray("2000~4000") << point << false << 0.0;
    QTest::newRow("--1") << QByteArray("--1") << point << false << 0.0;
    QTest::newRow("+-1") << QByteArray("+-1") << point << false << 0.0;
    QTest::newRow("1-") << QByteArray("1-") << point << false << 0.0;
    QTest::newRow("sign only") << QByteArray("-") << point << false << 0.0;
    QTest::newRow("euro only") << QByteArray("\xE2\x82\xAC") << point << false << 0.0;
    QTest::newRow("12,5 with point") << QByteArray("12,5") << point << false << 0.0;
    QTest::newRow("two decimal commas") << QByteArray("1,2,3") << comma << false << 0.0;
    // A thousands mark must be followed by three digits: "1.5" in a decimal-comma
    // file is not 15, and "1,5" in a decimal-point file is not 15.
    QTest::newRow("1.5 with comma decimal") << QByteArray("1.5") << comma << false << 0.0;
    QTest::newRow("12.34 with comma decimal") << QByteArray("12.34") << comma << false << 0.0;
    QTest::newRow("1.2345 with comma decimal") << QByteArray("1.2345") << comma << false << 0.0;
    QTest::newRow("1,5 with point decimal") << QByteArray("1,5") << pointThousands << false << 0.0;
    QTest::newRow("1.234.5,0") << QByteArray("1.234.5,0") << comma << false << 0.0;
    QTest::newRow("thousands after decimal") << QByteArray("1,234.5") << comma << false << 0.0;
    QTest::newRow("leading thousands") << QByteArray(".234") << comma << false << 0.0;
    QTest::newRow("1 2 with space thousands") << QByteArray("1 2") << space << false << 0.0;
}

void TestValueParsers::parseNumber()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, format);
    QFETCH(bool, ok);
    QFETCH(double, value);
    const NumberFormat f{format.at(0), format.size() > 1 ? format.at(1) : char(0)};
    double parsed = -999.0;
    QCOMPARE(bakery::data::parseNumber(view(text), f, parsed), ok);
    if (ok)
        QCOMPARE(parsed, value);
}

void TestValueParsers::detectNumberFormat_data()
{
    QTest::addColumn<QByteArrayList>("samples");
    QTest::addColumn<QByteArray>("delimiter");
    QTest::addColumn<QByteArray>("format"); // decimal mark, then thousands mark or nothing

    const QByteArray semicolon(";"), comma(",");
    QTest::newRow("decimal comma")
        << QByteArrayList{"12,5", "3", "0,75"} << semicolon << QByteArray(",.");
    QTest::newRow("decimal point, semicolon file")
        << QByteArrayList{"12.5", "3"} << semicolon << QByteArray(".,");
    QTest::newRow("decimal point, comma file")
        << QByteArrayList{"12.5", "3"} << comma << QByteArray(".");
    QTest::newRow("both marks, comma last")
        << QByteArrayList{"1.234,5"} << comma << QByteArray(",.");
    QTest::newRow("both marks, point last")
        << QByteArrayList{"1,234.5"} << semicolon << QByteArray(".,");
    QTest::newRow("currency") << QByteArrayList{"0,90 \xE2\x82\xAC", "1,20 \xE2\x82\xAC"}
                              << semicolon << QByteArray(",.");
    QTest::newRow("integers only")
        << QByteArrayList{"3", "-4", "12"} << semicolon << QByteArray(".");
    // "1.234" alone is ambiguous: with ';' it is read as thousands (decimal comma);
    // with ',' as delimiter an unquoted decimal comma cannot occur, so a point.
    QTest::newRow("1.234, semicolon file") << QByteArrayList{"1.234", "2.500"} << semicolon
                                           << QByteArray("?"); // thousands or decimals?
    QTest::newRow("1.234, comma file") << QByteArrayList{"1.234"} << comma << QByteArray("?");
    QTest::newRow("1,500 only") << QByteArrayList{"1,500", "2,250"} << semicolon << QByteArray("?");
    QTest::newRow("1.234 and 2,5")
        << QByteArrayList{"1.234", "2,5"} << semicolon << QByteArray(",.");
    QTest::newRow("majority decides")
        << QByteArrayList{"1,5", "2.5", "3,5"} << semicolon << QByteArray(",.");
}

void TestValueParsers::detectNumberFormat()
{
    QFETCH(QByteArrayList, samples);
    QFETCH(QByteArray, delimiter);
    QFETCH(QByteArray, format);
    const NumberDetection d = bakery::data::detectNumberFormat(views(samples), delimiter.at(0));
    QCOMPARE(d.ambiguous, format == "?"); // "?": no value decides, the importer must ask
    if (d.ambiguous)
        return;
    QCOMPARE(d.format.decimal, format.at(0));
    QCOMPARE(d.format.thousands, format.size() > 1 ? format.at(1) : char(0));
    QVERIFY(!d.reason.isEmpty());
}

void TestValueParsers::parseDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<DateParse>("result");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("seconds"); // time of day

    const auto ymd = DateOrder::YearMonthDay, dmy = DateOrder::DayMonthYear,
               mdy = DateOrder::MonthDayYear;
    const auto ok = DateParse::Ok, impossible = DateParse::Impossible, no = DateParse::NotADate;
    auto row = [](const char* name, const char* text, DateOrder o, DateParse r, QDate d = {},
                  int s = 0) { QTest::newRow(name) << QByteArray(text) << o << r << d << s; };
    row("ISO", "2024-03-01", ymd, ok, {2024, 3, 1});
    row("ISO, any order given", "2024-03-01", dmy, ok, {2024, 3, 1});
    row("ISO single digits", "2024-3-1", ymd, ok, {2024, 3, 1});
    row("ISO slashes", "2024/03/01", ymd, ok, {2024, 3, 1});
    row("ISO dots", "2024.03.01", ymd, ok, {2024, 3, 1});
    row("dmy /", "01/03/2024", dmy, ok, {2024, 3, 1});
    row("mdy /", "01/03/2024", mdy, ok, {2024, 1, 3});
    row("dmy -", "13-03-2024", dmy, ok, {2024, 3, 13});
    row("dmy .", "13.03.2024", dmy, ok, {2024, 3, 13});
    row("mdy -", "12-31-2023", mdy, ok, {2023, 12, 31});
    row("dmy 2-digit year", "1/3/24", dmy, ok, {2024, 3, 1});
    row("mdy 2-digit year", "1/3/24", mdy, ok, {2024, 1, 3});
    row("dmy . 2-digit year", "31.12.99", dmy, ok, {2099, 12, 31});
    row("spaces around", "  2024-03-01 ", ymd, ok, {2024, 3, 1});
    row("HH:MM", "2024-03-01 14:52", ymd, ok, {2024, 3, 1}, 14 * 3600 + 52 * 60);
    row("HH:MM:SS", "01/03/2024 14:52:30", dmy, ok, {2024, 3, 1}, 14 * 3600 + 52 * 60 + 30);
    row("H:MM", "01-03-2024 9:05", dmy, ok, {2024, 3, 1}, 9 * 3600 + 5 * 60);
    row("T", "2024-03-01T14:52:00", ymd, ok, {2024, 3, 1}, 14 * 3600 + 52 * 60);
    row("T and Z", "2024-03-01T00:00:59Z", ymd, ok, {2024, 3, 1}, 59);
    row("fractional seconds", "2024-03-01 23:59:59.750", ymd, ok, {2024, 3, 1}, 86399);
    row("leap 2024", "29/02/2024", dmy, ok, {2024, 2, 29});
    row("leap 2000", "29/02/2000", dmy, ok, {2000, 2, 29});
    row("leap 2-digit 00", "29/02/00", dmy, ok, {2000, 2, 29});
    row("31/02/2024", "31/02/2024", dmy, impossible);
    row("29/02/2023", "29/02/2023", dmy, impossible);
    row("29/02/2100", "29/02/2100", dmy, impossible);
    row("1900-02-29", "1900-02-29", ymd, impossible);
    row("month 13 ISO", "2024-13-01", ymd, impossible);
    row("month 13 dmy", "01/13/2024", dmy, impossible);
    row("month 13 mdy", "13/01/2024", mdy, impossible);
    row("day 0", "00/01/2024", dmy, impossible);
    row("April 31", "2024-04-31", ymd, impossible);
    row("impossible with time", "31/02/2024 10:00", dmy, impossible);
    row("trailing letter", "2024-1-1a", ymd, no);
    row("T without a time", "2024-03-01T", ymd, no);
    row("month and year", "12/2024", dmy, no);
    row("empty", "", dmy, no);
    row("word", "abc", dmy, no);
    row("number", "1.234", dmy, no);
    row("decimal", "12,5", dmy, no);
    row("no separators", "20240301", ymd, no);
    row("mixed separators", "2024-03/01", ymd, no);
    row("five-digit year", "01/03/20245", dmy, no);
    row("3-digit year", "01/03/202", dmy, no);
    row("hour 25", "2024-03-01 25:00", ymd, no);
    row("minute 60", "2024-03-01 10:60", ymd, no);
    row("one-digit minute", "2024-03-01 14:5", ymd, no);
    row("am/pm", "01/03/2024 02:52 pm", dmy, no);
    row("junk after date", "2024-03-01x", ymd, no);
}

void TestValueParsers::parseDate()
{
    QFETCH(QByteArray, text);
    QFETCH(DateOrder, order);
    QFETCH(DateParse, result);
    QFETCH(QDate, date);
    QFETCH(int, seconds);
    int day = -12345;
    double fraction = -1.0;
    QCOMPARE(bakery::data::parseDate(view(text), order, day, &fraction), result);
    if (result != DateParse::Ok) {
        QCOMPARE(day, -12345); // left alone
        return;
    }
    QCOMPARE(day, static_cast<int>(kEpoch.daysTo(date)));
    QCOMPARE(fraction, seconds / 86400.0);
    int withoutTime = 0;
    QCOMPARE(bakery::data::parseDate(view(text), order, withoutTime), DateParse::Ok);
    QCOMPARE(withoutTime, day);
}

void TestValueParsers::daysFromCivilMatchesQDate()
{
    int checked = 0;
    for (QDate d(1900, 1, 1); d <= QDate(2100, 12, 31); d = d.addDays(1)) {
        const int expected = static_cast<int>(kEpoch.daysTo(d));
        if (daysFromCivil(d.year(), d.month(), d.day()) != expected)
            QFAIL(qPrintable(d.toString(Qt::ISODate)));
        ++checked;
    }
    QCOMPARE(checked, 73414); // 201 years, 49 leap years (1900 and 2100 are not)
    QCOMPARE(daysFromCivil(1970, 1, 1), 0);
    QCOMPARE(daysFromCivil(1969, 12, 31), -1);
}

void TestValueParsers::isValidDateMatchesQDate()
{
    for (int y = 1900; y <= 2100; ++y)
        for (int m = 0; m <= 13; ++m)
            for (int d = 0; d <= 32; ++d)
                if (isValidDate(y, m, d) != QDate::isValid(y, m, d))
                    QFAIL(qPrintable(QStringLiteral("%1-%2-%3").arg(y).arg(m).arg(d)));
}

void TestValueParsers::detectDateOrder_data()
{
    QTest::addColumn<QByteArrayList>("samples");
    QTest::addColumn<DateDetection::Result>("result");
    QTest::addColumn<DateOrder>("order");
    QTest::addColumn<double>("share");

    using R = DateDetection::Result;
    QTest::newRow("ISO") << QByteArrayList{"2024-03-01", "2024-03-02 10:00"} << R::Ok
                         << DateOrder::YearMonthDay << 1.0;
    QTest::newRow("day first proven")
        << QByteArrayList{"01/03/2024", "13/03/2024"} << R::Ok << DateOrder::DayMonthYear << 1.0;
    QTest::newRow("month first proven")
        << QByteArrayList{"03/01/2024", "03/13/2024"} << R::Ok << DateOrder::MonthDayYear << 1.0;
    QTest::newRow("dots, 2-digit years")
        << QByteArrayList{"01.03.24", "25.03.24"} << R::Ok << DateOrder::DayMonthYear << 1.0;
    QTest::newRow("no field above 12") << QByteArrayList{"01/03/2024", "02/03/2024", "12/11/2024"}
                                       << R::Ambiguous << DateOrder::YearMonthDay << 1.0;
    QTest::newRow("both proofs") << QByteArrayList{"13/03/2024", "03/13/2024"} << R::Inconsistent
                                 << DateOrder::YearMonthDay << 1.0;
    QTest::newRow("not dates") << QByteArrayList{"abc", "12", "1,5"} << R::NotDates
                               << DateOrder::YearMonthDay << 0.0;
    QTest::newRow("empty list") << QByteArrayList{} << R::NotDates << DateOrder::YearMonthDay
                                << 0.0;
    // Empty samples do not count; 2 dates among 4 non-empty values.
    QTest::newRow("share") << QByteArrayList{"2024-03-01", "", "abc", " ", "x", "2024-03-02"}
                           << R::Ok << DateOrder::YearMonthDay << 0.5;
    QTest::newRow("share with day first")
        << QByteArrayList{"31/01/2024", "total", "01/02/2024", "02/02/2024"} << R::Ok
        << DateOrder::DayMonthYear << 0.75;
    // What follows a date must be a time: lot codes and junk are not dates.
    QTest::newRow("junk after dates")
        << QByteArrayList{"2024-1-1a", "2024-01-15-A", "2024-03-01", "2024-03-02 14:52"} << R::Ok
        << DateOrder::YearMonthDay << 0.5;
}

void TestValueParsers::detectDateOrder()
{
    QFETCH(QByteArrayList, samples);
    QFETCH(DateDetection::Result, result);
    QFETCH(DateOrder, order);
    QFETCH(double, share);
    const DateDetection d = bakery::data::detectDateOrder(views(samples));
    QCOMPARE(d.result, result);
    if (result == DateDetection::Result::Ok)
        QCOMPARE(d.order, order);
    QCOMPARE(d.share, share);
    QCOMPARE(d.reason.isEmpty(), result == DateDetection::Result::NotDates);
}

QTEST_GUILESS_MAIN(TestValueParsers)
#include "TestValueParsers.moc"
