#pragma once
// Built-in national holiday calendars, the native stand-in for Prophet's
// add_country_holidays() (spec sections 4.2 and 4.3).

#include "calendar/HolidayEvent.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <vector>

namespace bakery::calendar {

class HolidayCalendar
{
public:
    struct NamedDay
    {
        QDate date;
        QString name;      ///< en_US name, the Prophet column prefix (e.g. "Good Friday")
        QString localName; ///< official local-language name (e.g. "Viernes Santo")
    };

    /// ISO 3166-1 alpha-2 codes with a built-in calendar: {"ES"}. The functions below
    /// match the code case-insensitively.
    static QStringList supportedCountries();

    /// Which rule set generates `country`'s table; stored in model artefacts because
    /// the `holidays` package changed Spain's list between versions. Empty if unsupported.
    static QString ruleVersion(const QString& country);

    /// National public holidays of `country` in `year`, sorted by date. Unknown
    /// country, or a year outside 1583..4099 (no Easter), gives an empty list.
    /// Unlike the `holidays` package (start_year 2008 for Spain), every year is served.
    static std::vector<NamedDay> nationalHolidays(const QString& country, int year);

    /// nationalHolidays() for firstYear..lastYear inclusive as Prophet holiday rows:
    /// name = en_US name, windows 0, prior scale NaN (the model default); sorted by day.
    static HolidayTable holidayTable(const QString& country, int firstYear, int lastYear);
};

} // namespace bakery::calendar
