// Easter Sunday (Meeus/Jones/Butcher) against Gauss's algorithm and published dates.

#include "calendar/Easter.h"

#include <QtTest>

using bakery::calendar::easterSunday;

namespace {

// Gauss's Easter algorithm (Gregorian, with the 1816 lunar correction) and his two
// exception rules. It is derived differently from Meeus/Jones/Butcher, so agreement
// over a range of years is an independent check rather than the same code twice.
QDate gaussEaster(int year)
{
    const int k = year / 100;
    const int p = (13 + 8 * k) / 25;
    const int q = k / 4;
    const int M = (15 - p + k - q) % 30;
    const int N = (4 + k - q) % 7;
    const int a = year % 19;
    const int b = year % 4;
    const int c = year % 7;
    const int d = (19 * a + M) % 30;
    const int e = (2 * b + 4 * c + 6 * d + N) % 7;
    if (d == 29 && e == 6)
        return QDate(year, 4, 19);
    if (d == 28 && e == 6 && (11 * M + 11) % 30 < 19)
        return QDate(year, 4, 18);
    return QDate(year, 3, 22).addDays(d + e);
}

} // namespace

class TestEaster : public QObject
{
    Q_OBJECT

private slots:
    void matchesGauss1900to2100()
    {
        for (int year = 1900; year <= 2100; ++year) {
            const QDate ours = easterSunday(year);
            const QDate gauss = gaussEaster(year);
            QVERIFY2(ours == gauss,
                     qPrintable(QStringLiteral("%1: %2 vs Gauss %3")
                                    .arg(year)
                                    .arg(ours.toString(Qt::ISODate), gauss.toString(Qt::ISODate))));
        }
    }

    void matchesGaussOverValidRange()
    {
        for (int year = 1583; year <= 4099; ++year) {
            const QDate ours = easterSunday(year);
            QVERIFY2(ours == gaussEaster(year), qPrintable(QString::number(year)));
            // Independent sanity: a Sunday between 22 March and 25 April.
            QCOMPARE(ours.dayOfWeek(), int(Qt::Sunday));
            QVERIFY(ours >= QDate(year, 3, 22) && ours <= QDate(year, 4, 25));
        }
    }

    void publishedDates_data()
    {
        QTest::addColumn<QDate>("expected");
        const char* dates[] = {
            "1818-03-22",               // earliest possible date
            "1943-04-25",               // latest possible date
            "1954-04-18",               // Gauss exception d=28, e=6
            "1961-04-02", "1981-04-19", // Gauss exception d=29, e=6
            "2000-04-23", "2008-03-23", "2011-04-24", "2019-04-21", "2024-03-31",
            "2025-04-20", "2026-04-05", "2038-04-25", "2285-03-22",
        };
        for (const char* s : dates)
            QTest::newRow(s) << QDate::fromString(QString::fromLatin1(s), Qt::ISODate);
    }

    void publishedDates()
    {
        QFETCH(QDate, expected);
        QVERIFY(expected.isValid());
        QCOMPARE(easterSunday(expected.year()), expected);
    }

    void rangeLimits()
    {
        QVERIFY(!easterSunday(1582).isValid());
        QVERIFY(!easterSunday(4100).isValid());
        QVERIFY(!easterSunday(-1).isValid());
        QCOMPARE(easterSunday(1583), QDate(1583, 4, 10));
        QCOMPARE(easterSunday(4099), QDate(4099, 4, 19)); // dateutil.easter
    }
};

QTEST_GUILESS_MAIN(TestEaster)
#include "TestEaster.moc"
