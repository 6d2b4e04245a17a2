// Spain's national holidays against the official calendars and the spec's Sunday rule.

#include "calendar/EpochDay.h"
#include "calendar/HolidayCalendar.h"

#include <QtTest>

#include <algorithm>
#include <set>

using namespace bakery::calendar;

namespace {

QStringList monthDays(const std::vector<HolidayCalendar::NamedDay>& days)
{
    QStringList out;
    for (const auto& d : days)
        out << d.date.toString(QStringLiteral("MM-dd"));
    return out;
}

QString es()
{
    return QStringLiteral("ES");
}

} // namespace

class TestHolidayCalendar : public QObject
{
    Q_OBJECT

private slots:
    void officialCalendars_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("expected");
        // BOE resolutions for 2024-2026, national days only (spec 4.3 check values).
        QTest::newRow("2024 (Dec 8 is a Sunday)")
            << 2024 << QStringLiteral("01-01 01-06 03-29 05-01 08-15 10-12 11-01 12-06 12-25");
        QTest::newRow("2025 (Oct 12 is a Sunday)")
            << 2025 << QStringLiteral("01-01 01-06 04-18 05-01 08-15 11-01 12-06 12-08 12-25");
        QTest::newRow("2026 (Nov 1, Dec 6 are Sundays)")
            << 2026 << QStringLiteral("01-01 01-06 04-03 05-01 08-15 10-12 12-08 12-25");
    }

    void officialCalendars()
    {
        QFETCH(int, year);
        QFETCH(QString, expected);
        const auto days = HolidayCalendar::nationalHolidays(es(), year);
        QCOMPARE(monthDays(days).join(u' '), expected);
        for (const auto& d : days)
            QCOMPARE(d.date.year(), year);
    }

    void names()
    {
        // The first year from 2008 with no fixed holiday on a Sunday lists all ten.
        int year = 2008;
        while (HolidayCalendar::nationalHolidays(es(), year).size() != 10)
            ++year;
        const auto days = HolidayCalendar::nationalHolidays(es(), year);
        const std::vector<std::pair<QString, QString>> expected = {
            {QStringLiteral("New Year's Day"), QString::fromUtf8("Año Nuevo")},
            {QStringLiteral("Epiphany"), QString::fromUtf8("Epifanía del Señor")},
            {QStringLiteral("Good Friday"), QString::fromUtf8("Viernes Santo")},
            {QStringLiteral("Labor Day"), QString::fromUtf8("Fiesta del Trabajo")},
            {QStringLiteral("Assumption Day"), QString::fromUtf8("Asunción de la Virgen")},
            {QStringLiteral("National Day"), QString::fromUtf8("Fiesta Nacional de España")},
            {QStringLiteral("All Saints' Day"), QString::fromUtf8("Todos los Santos")},
            {QStringLiteral("Constitution Day"),
             QString::fromUtf8("Día de la Constitución Española")},
            {QStringLiteral("Immaculate Conception"), QString::fromUtf8("Inmaculada Concepción")},
            {QStringLiteral("Christmas Day"), QString::fromUtf8("Natividad del Señor")},
        };
        QCOMPARE(days.size(), expected.size());
        for (size_t i = 0; i < days.size(); ++i) {
            QCOMPARE(days[i].name, expected[i].first);
            QCOMPARE(days[i].localName, expected[i].second);
        }
        // Good Friday is Easter - 2 (2025: Easter 20 April).
        const auto d2025 = HolidayCalendar::nationalHolidays(es(), 2025);
        const auto gf = std::find_if(d2025.begin(), d2025.end(), [](const auto& d) {
            return d.name == QLatin1String("Good Friday");
        });
        QVERIFY(gf != d2025.end());
        QCOMPARE(gf->date, QDate(2025, 4, 18));
    }

    void sundayRule()
    {
        const std::vector<std::pair<int, int>> fixed = {
            {1, 1}, {1, 6}, {5, 1}, {8, 15}, {10, 12}, {11, 1}, {12, 6}, {12, 8}, {12, 25}};
        for (int year = 1900; year <= 2200; ++year) {
            const auto days = HolidayCalendar::nationalHolidays(es(), year);
            std::set<QDate> dates;
            for (const auto& d : days)
                dates.insert(d.date);
            QVERIFY2(dates.size() == days.size(), "one entry per date");
            QVERIFY(std::is_sorted(days.begin(), days.end(),
                                   [](const auto& x, const auto& y) { return x.date < y.date; }));
            for (const auto& [month, day] : fixed) {
                const QDate date(year, month, day);
                const bool present = dates.count(date) == 1;
                QVERIFY2(present == (date.dayOfWeek() != Qt::Sunday),
                         qPrintable(date.toString(Qt::ISODate)));
            }
            // Good Friday is never a Sunday and never dropped; nothing else is listed.
            const size_t sundays = std::count_if(fixed.begin(), fixed.end(), [&](const auto& md) {
                return QDate(year, md.first, md.second).dayOfWeek() == Qt::Sunday;
            });
            QCOMPARE(days.size(), 10 - sundays);
            QVERIFY(std::none_of(days.begin(), days.end(),
                                 [](const auto& d) { return d.date.dayOfWeek() == Qt::Sunday; }));
        }
    }

    void yearsBefore2008()
    {
        // The holidays package starts Spain at 2008; we serve every year on purpose.
        QCOMPARE(monthDays(HolidayCalendar::nationalHolidays(es(), 2000)).join(u' '),
                 QStringLiteral("01-01 01-06 04-21 05-01 08-15 10-12 11-01 12-06 12-08 12-25"));
        QVERIFY(!HolidayCalendar::nationalHolidays(es(), 1950).empty());
        QVERIFY(HolidayCalendar::nationalHolidays(es(), 1500).empty()); // no Gregorian Easter
    }

    void holidayTableSpansYears()
    {
        const HolidayTable t = HolidayCalendar::holidayTable(es(), 2024, 2026);
        QCOMPARE(t.size(), size_t(9 + 9 + 8));
        QVERIFY(std::is_sorted(t.begin(), t.end(),
                               [](const auto& x, const auto& y) { return x.day < y.day; }));
        QCOMPARE(t.front().day, 19723); // 2024-01-01
        QCOMPARE(t.front().name, QStringLiteral("New Year's Day"));
        QCOMPARE(fromEpochDay(t.back().day), QDate(2026, 12, 25));
        QCOMPARE(t.back().name, QStringLiteral("Christmas Day"));
        for (const HolidayEvent& e : t) {
            QCOMPARE(e.lowerWindow, 0);
            QCOMPARE(e.upperWindow, 0);
            QVERIFY(!e.hasPriorScale());
        }
        // Row by row the same as nationalHolidays().
        size_t i = 0;
        for (int year = 2024; year <= 2026; ++year)
            for (const auto& d : HolidayCalendar::nationalHolidays(es(), year)) {
                QCOMPARE(t[i].name, d.name);
                QCOMPARE(t[i].day, toEpochDay(d.date));
                ++i;
            }

        QCOMPARE(HolidayCalendar::holidayTable(es(), 2025, 2025).size(), size_t(9));
        QVERIFY(HolidayCalendar::holidayTable(es(), 2026, 2024).empty());
    }

    void epochDay()
    {
        QCOMPARE(toEpochDay(QDate(1970, 1, 1)), 0);
        QCOMPARE(toEpochDay(QDate(1969, 12, 31)), -1);
        QCOMPARE(toEpochDay(QDate(2024, 1, 1)), 19723);
        QCOMPARE(fromEpochDay(19723), QDate(2024, 1, 1));
        QCOMPARE(fromEpochDay(toEpochDay(QDate(2100, 3, 1))), QDate(2100, 3, 1));
    }

    void countries()
    {
        QCOMPARE(HolidayCalendar::supportedCountries(), QStringList{QStringLiteral("ES")});
        QVERIFY(HolidayCalendar::ruleVersion(es()).startsWith(QLatin1String("ES national v1")));
        QCOMPARE(HolidayCalendar::nationalHolidays(QStringLiteral("es"), 2025).size(), size_t(9));

        for (const QString& c : {QStringLiteral("FR"), QStringLiteral("ESP"), QString()}) {
            QVERIFY(HolidayCalendar::nationalHolidays(c, 2025).empty());
            QVERIFY(HolidayCalendar::holidayTable(c, 2020, 2030).empty());
            QVERIFY(HolidayCalendar::ruleVersion(c).isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestHolidayCalendar)
#include "TestHolidayCalendar.moc"
