#include "calendar/HolidayCalendar.h"

#include "calendar/Easter.h"
#include "calendar/EpochDay.h"

#include <algorithm>

namespace bakery::calendar {

namespace {

struct FixedDay
{
    int month;
    int day;
    const char* name;
    const char* localName; // UTF-8
};

// Spain, national level, as in holidays >= 0.84 (spec section 4.3).
constexpr FixedDay kSpainFixed[] = {
    {1, 1, "New Year's Day", "Año Nuevo"},
    {1, 6, "Epiphany", "Epifanía del Señor"},
    {5, 1, "Labor Day", "Fiesta del Trabajo"},
    {8, 15, "Assumption Day", "Asunción de la Virgen"},
    {10, 12, "National Day", "Fiesta Nacional de España"},
    {11, 1, "All Saints' Day", "Todos los Santos"},
    {12, 6, "Constitution Day", "Día de la Constitución Española"},
    {12, 8, "Immaculate Conception", "Inmaculada Concepción"},
    {12, 25, "Christmas Day", "Natividad del Señor"},
};

bool isSpain(const QString& country)
{
    return country.compare(QLatin1String("ES"), Qt::CaseInsensitive) == 0;
}

std::vector<HolidayCalendar::NamedDay> spain(int year)
{
    std::vector<HolidayCalendar::NamedDay> days;
    const QDate easter = easterSunday(year);
    if (!easter.isValid())
        return days;

    days.push_back(
        {easter.addDays(-2), QStringLiteral("Good Friday"), QString::fromUtf8("Viernes Santo")});
    for (const FixedDay& f : kSpainFixed) {
        const QDate date(year, f.month, f.day);
        // The national calendar moves no holiday off a Sunday (each region picks its own
        // Monday substitute), so a Sunday holiday simply does not exist nationally.
        if (date.dayOfWeek() == Qt::Sunday)
            continue;
        days.push_back({date, QString::fromUtf8(f.name), QString::fromUtf8(f.localName)});
    }
    std::sort(days.begin(), days.end(),
              [](const auto& x, const auto& y) { return x.date < y.date; });
    return days;
}

} // namespace

QStringList HolidayCalendar::supportedCountries()
{
    return {QStringLiteral("ES")};
}

QString HolidayCalendar::ruleVersion(const QString& country)
{
    if (isSpain(country))
        return QStringLiteral(
            "ES national v1 (holidays>=0.84 rule: fixed days dropped on Sunday, no substitutes)");
    return {};
}

std::vector<HolidayCalendar::NamedDay> HolidayCalendar::nationalHolidays(const QString& country,
                                                                         int year)
{
    if (isSpain(country))
        return spain(year);
    return {};
}

HolidayTable HolidayCalendar::holidayTable(const QString& country, int firstYear, int lastYear)
{
    HolidayTable table;
    for (int year = firstYear; year <= lastYear; ++year) {
        for (const NamedDay& d : nationalHolidays(country, year)) {
            HolidayEvent e;
            e.name = d.name;
            e.day = toEpochDay(d.date);
            table.push_back(e);
        }
    }
    // Years are visited in order and each year is sorted, so the table already is;
    // stable_sort only guards against overlapping years in future calendars.
    std::stable_sort(table.begin(), table.end(),
                     [](const HolidayEvent& x, const HolidayEvent& y) { return x.day < y.day; });
    return table;
}

} // namespace bakery::calendar
