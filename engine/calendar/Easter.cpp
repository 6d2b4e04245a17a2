#include "calendar/Easter.h"

namespace bakery::calendar {

QDate easterSunday(int year)
{
    if (year < 1583 || year > 4099)
        return {};

    // Meeus/Jones/Butcher; all quantities are non-negative, so C++ / and % are floor ops.
    const int a = year % 19; // position in the 19-year Metonic cycle
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;                // lunar (Metonic) correction
    const int h = (19 * a + b - d - g + 15) % 30; // days from 21 March to the Paschal full moon
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7; // days to the following Sunday
    const int m = (a + 11 * h + 22 * l) / 451;
    const int n = h + l - 7 * m + 114;
    return QDate(year, n / 31, (n % 31) + 1);
}

} // namespace bakery::calendar
