// Writes the demo bakery's sales (issue 5, "First start"): three years of a Spanish bakery's
// till export, so a new user can try every screen before importing their own history.
//
// The series are synthetic but built so that each part of the forecasting model has
// something to find: a trend (pan integral and croissant grow, palmera declines), a weekly
// pattern (weekends up, Monday and Tuesday down), a yearly pattern (bread dips in summer,
// pastries rise in autumn, empanada in summer, tarta de Santiago around 25 July), Spain's
// national holidays (HolidayCalendar: lower sales), seasonal products (roscón de Reyes before
// 6 January, torrijas in Holy Week), closed days (25 December and every Monday in August:
// no rows at all), multiplicative noise and one outlier (a party order of empanadas).
//
// The output is a function of this file only: a fixed seed, a fixed date range (it does not
// follow today's date) and our own random stream (std::normal_distribution differs between
// standard libraries), so every build embeds the same bytes and TestDemoBakery can check it.
//
// Usage: bakery-demo-generator OUTPUT.csv

#include "calendar/Easter.h"
#include "calendar/HolidayCalendar.h"

#include <QDate>
#include <QFile>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>

namespace {

constexpr double kPi = 3.14159265358979323846;
const QDate kFirstDay(2023, 1, 1);
const QDate kLastDay(2025, 12, 31);

// splitmix64: tiny, well mixed, and defined here, so every platform draws the same numbers.
class Random
{
public:
    explicit Random(std::uint64_t seed)
        : m_state(seed)
    {
    }
    double uniform() // in (0, 1)
    {
        m_state += 0x9E3779B97F4A7C15ull;
        std::uint64_t z = m_state;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
        z ^= z >> 31;
        return (static_cast<double>(z >> 11) + 0.5) / 9007199254740992.0;
    }
    double normal() // Box-Muller; the second value is dropped to keep the stream simple
    {
        const double u = uniform(), v = uniform();
        return std::sqrt(-2.0 * std::log(u)) * std::cos(2.0 * kPi * v);
    }

private:
    std::uint64_t m_state;
};

enum class Weekly { Bread, Pastry, Treat, None };
enum class Yearly { Flat, SummerDip, Autumn, Summer, Santiago };
enum class Season { AllYear, Reyes, HolyWeek };

struct Product
{
    const char* name; // UTF-8, as a till would print it
    const char* family;
    double base;  // mean units on an average day at the start of 2023
    double price; // EUR in 2023; prices rise 5 % a year
    double trend; // relative change per year
    Weekly weekly;
    Yearly yearly;
    Season season;
    double holiday;  // sales on a national holiday relative to a normal day
    double noise;    // sigma of the multiplicative (log-normal) noise
    double holyWeek; // factor in Holy Week (rosquillas are a Semana Santa sweet too)
};

// 16 products. Roscón de Reyes and torrijas sell only in their season (their `base` is unused);
// the others sell all year.
const Product kProducts[] = {
    {"Barra de pan", "Pan", 220, 1.10, 0.00, Weekly::Bread, Yearly::SummerDip, Season::AllYear,
     0.70, 0.07, 1.0},
    {"Pan integral", "Pan", 32, 1.60, 0.15, Weekly::Bread, Yearly::SummerDip, Season::AllYear, 0.70,
     0.10, 1.0},
    {"Chapata", "Pan", 28, 1.40, 0.05, Weekly::Bread, Yearly::SummerDip, Season::AllYear, 0.70,
     0.10, 1.0},
    {"Pan de pueblo", "Pan", 45, 1.80, 0.00, Weekly::Bread, Yearly::Flat, Season::AllYear, 0.70,
     0.09, 1.0},
    {"Pan de leche", "Pan", 22, 1.90, 0.00, Weekly::Pastry, Yearly::Autumn, Season::AllYear, 0.65,
     0.10, 1.0},
    {"Croissant", "Bollería", 85, 1.30, 0.08, Weekly::Pastry, Yearly::Flat, Season::AllYear, 0.75,
     0.09, 1.0},
    {"Napolitana de chocolate", "Bollería", 55, 1.50, 0.03, Weekly::Pastry, Yearly::Autumn,
     Season::AllYear, 0.75, 0.10, 1.0},
    {"Magdalenas", "Bollería", 16, 3.20, 0.00, Weekly::Pastry, Yearly::Autumn, Season::AllYear,
     0.70, 0.13, 1.0},
    {"Ensaimada", "Bollería", 14, 1.80, 0.00, Weekly::Treat, Yearly::Autumn, Season::AllYear, 0.80,
     0.14, 1.0},
    {"Palmera", "Bollería", 26, 1.40, -0.10, Weekly::Pastry, Yearly::Flat, Season::AllYear, 0.75,
     0.12, 1.0},
    {"Rosquillas", "Bollería", 18, 0.80, 0.00, Weekly::Pastry, Yearly::Flat, Season::AllYear, 0.80,
     0.14, 1.4},
    {"Bizcocho", "Pastelería", 7, 8.50, 0.00, Weekly::Treat, Yearly::Autumn, Season::AllYear, 0.90,
     0.16, 1.0},
    {"Tarta de Santiago", "Pastelería", 5, 16.00, 0.04, Weekly::Treat, Yearly::Santiago,
     Season::AllYear, 0.90, 0.16, 1.0},
    {"Roscón de Reyes", "Pastelería", 0, 18.50, 0.10, Weekly::None, Yearly::Flat, Season::Reyes,
     1.00, 0.12, 1.0},
    {"Torrijas", "Pastelería", 0, 2.20, 0.05, Weekly::None, Yearly::Flat, Season::HolyWeek, 1.00,
     0.12, 1.0},
    {"Empanada gallega", "Salado", 9, 14.00, 0.02, Weekly::Treat, Yearly::Summer, Season::AllYear,
     0.90, 0.15, 1.0},
};

// Monday..Sunday factors (mean about 1).
double weeklyFactor(Weekly w, int dayOfWeek)
{
    static const double bread[7] = {0.84, 0.82, 0.95, 0.97, 1.06, 1.30, 1.06};
    static const double pastry[7] = {0.80, 0.78, 0.90, 0.92, 1.05, 1.30, 1.25};
    static const double treat[7] = {0.72, 0.70, 0.82, 0.86, 1.10, 1.38, 1.42};
    const int i = dayOfWeek - 1;
    switch (w) {
    case Weekly::Bread:
        return bread[i];
    case Weekly::Pastry:
        return pastry[i];
    case Weekly::Treat:
        return treat[i];
    case Weekly::None:
        return 1.0;
    }
    return 1.0;
}

// A smooth bump centred on day-of-year `centre`, measured around the year's circle.
double bump(int dayOfYear, int centre, double width)
{
    double d = std::abs(dayOfYear - centre);
    d = std::min(d, 365.0 - d);
    return std::exp(-0.5 * (d / width) * (d / width));
}

double yearlyFactor(Yearly y, int dayOfYear)
{
    switch (y) {
    case Yearly::Flat:
        return 1.0;
    case Yearly::SummerDip:
        return 1.0 - 0.20 * bump(dayOfYear, 218, 30); // early August
    case Yearly::Autumn:                              // up from October to December, down in summer
        return 1.0 + 0.22 * bump(dayOfYear, 310, 40) - 0.15 * bump(dayOfYear, 212, 30);
    case Yearly::Summer:
        return 1.0 + 0.20 * bump(dayOfYear, 196, 35);
    case Yearly::Santiago:
        return 1.0 + 0.5 * bump(dayOfYear, 206, 18); // 25 July
    }
    return 1.0;
}

// Roscón: a few a day from 20 December, rising towards 5 January (Reyes eve), the peak.
double reyesUnits(const QDate& d)
{
    const QDate reyes(d.month() == 12 ? d.year() + 1 : d.year(), 1, 6);
    const qint64 before = d.daysTo(reyes);
    if (before < 0 || before > 17)
        return 0.0;
    if (before == 0)
        return 50.0; // 6 January: the morning of Reyes
    if (before == 1)
        return 150.0; // 5 January
    if (before <= 9)  // 28 December .. 4 January
        return 18.0 + 5.0 * static_cast<double>(9 - before);
    return 7.0;
}

// Torrijas: Palm Sunday to Easter Sunday, most on Holy Thursday and Good Friday.
double holyWeekUnits(const QDate& d, const QDate& easter)
{
    const qint64 before = d.daysTo(easter);
    if (before < 0 || before > 7)
        return 0.0;
    static const double units[8] = {20, 45, 70, 60, 35, 30, 25, 22}; // Sunday back to Palm Sun.
    return units[before];
}

bool closed(const QDate& d)
{
    // Christmas Day, and the August Mondays the owners rest (the shop's "descanso").
    return (d.month() == 12 && d.day() == 25) || (d.month() == 8 && d.dayOfWeek() == Qt::Monday);
}

QString price(double eur)
{
    // Two decimals with a decimal comma, the way a Spanish till prints it.
    const auto cents = static_cast<long long>(std::llround(eur * 100.0));
    return QStringLiteral("%1,%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::fprintf(stderr, "usage: bakery-demo-generator OUTPUT.csv\n");
        return 2;
    }
    QFile out(QString::fromLocal8Bit(argv[1]));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "bakery-demo-generator: cannot write %s\n", argv[1]);
        return 1;
    }
    QTextStream text(&out);
    text.setEncoding(QStringConverter::Utf8);
    text << "fecha;producto;familia;unidades;precio\n";

    Random random(20251231);
    QSet<QDate> holidays;
    for (int year = kFirstDay.year(); year <= kLastDay.year(); ++year)
        for (const auto& h :
             bakery::calendar::HolidayCalendar::nationalHolidays(QStringLiteral("ES"), year))
            holidays.insert(h.date);

    for (QDate d = kFirstDay; d <= kLastDay; d = d.addDays(1)) {
        const QDate easter = bakery::calendar::easterSunday(d.year());
        const bool holiday = holidays.contains(d);
        const bool holyWeek = d.daysTo(easter) >= 0 && d.daysTo(easter) <= 7;
        // Christmas Eve and New Year's Eve: the family meal, more bread and cakes.
        const bool eve = d.month() == 12 && (d.day() == 24 || d.day() == 31);
        const double years = static_cast<double>(kFirstDay.daysTo(d)) / 365.25;
        const QString date = d.toString(QStringLiteral("dd/MM/yyyy"));
        for (const Product& p : kProducts) {
            // Draw for every product and day, open or not, so one product's rules never
            // shift another product's random numbers.
            const double noise = random.normal();
            if (closed(d))
                continue;
            double mean = p.base * weeklyFactor(p.weekly, d.dayOfWeek()) *
                          yearlyFactor(p.yearly, d.dayOfYear());
            if (p.season == Season::Reyes)
                mean = reyesUnits(d);
            else if (p.season == Season::HolyWeek)
                mean = holyWeekUnits(d, easter);
            mean *= 1.0 + p.trend * years;
            if (holiday)
                mean *= p.holiday;
            if (holyWeek)
                mean *= p.holyWeek;
            if (eve)
                mean *= 1.2;
            // The outlier: a party ordered 40 empanadas for San Juan's eve weekend.
            if (d == QDate(2024, 6, 22) && qstrcmp(p.name, "Empanada gallega") == 0)
                mean += 40.0;
            const double sigma = p.noise;
            const auto units = std::llround(mean * std::exp(sigma * noise - 0.5 * sigma * sigma));
            if (units <= 0)
                continue; // a till lists what it sold
            const double unitPrice = p.price * std::pow(1.05, d.year() - kFirstDay.year());
            text << date << ';' << QString::fromUtf8(p.name) << ';' << QString::fromUtf8(p.family)
                 << ';' << units << ';' << price(std::round(unitPrice * 20.0) / 20.0) << '\n';
        }
    }
    text.flush();
    if (out.error() != QFileDevice::NoError || !out.flush()) {
        std::fprintf(stderr, "bakery-demo-generator: writing %s failed\n", argv[1]);
        return 1;
    }
    return 0;
}
