// The demo bakery (issue 5): the embedded CSV imports cleanly into a real SQLite store, and
// the stored series show every feature the generator promises (trend, weekly and yearly
// patterns, holidays, seasons, closed days, an outlier). Each check is computed here from the
// stored daily sales, independently of the generator: Easter with Gauss's algorithm, not the
// engine's, and the holidays as fixed dates.
#include "DemoBakery.h"

#include "storage/Database.h"
#include "storage/SalesStore.h"

#include <QDate>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <map>
#include <memory>

using namespace bakery;

namespace {

const QDate kFirst(2023, 1, 1);
const QDate kLast(2025, 12, 31);

int dayOf(const QDate& d)
{
    return static_cast<int>(QDate(1970, 1, 1).daysTo(d));
}
QDate dateOf(int day)
{
    return QDate(1970, 1, 1).addDays(day);
}

// Gauss's Easter algorithm for the Gregorian calendar, with its two exceptions; a different
// method from the engine's Meeus/Jones/Butcher, so a shared mistake cannot hide.
QDate gaussEaster(int year)
{
    const int a = year % 19, b = year % 4, c = year % 7;
    const int k = year / 100, p = (13 + 8 * k) / 25, q = k / 4;
    const int m = (15 - p + k - q) % 30, n = (4 + k - q) % 7;
    const int d = (19 * a + m) % 30, e = (2 * b + 4 * c + 6 * d + n) % 7;
    if (d == 29 && e == 6)
        return QDate(year, 4, 19);
    if (d == 28 && e == 6 && (11 * m + 11) % 30 < 19)
        return QDate(year, 4, 18);
    return QDate(year, 3, 22).addDays(d + e);
}

bool closingDay(const QDate& d)
{
    return (d.month() == 12 && d.day() == 25) || (d.month() == 8 && d.dayOfWeek() == 1);
}

using Series = std::map<int, storage::DailyValue>; // by day

double meanWhere(const Series& s, const std::function<bool(const QDate&)>& keep)
{
    double sum = 0.0;
    int n = 0;
    for (const auto& [day, v] : s)
        if (keep(dateOf(day))) {
            sum += v.value;
            ++n;
        }
    return n > 0 ? sum / n : 0.0;
}

} // namespace

class TestDemoBakery : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void importHasNoErrors();
    void twelveToTwentyProducts();
    void everyProductSpansThreeYears();
    void closingDaysHaveNoRows();
    void rosconPeaksBeforeReyes();
    void torrijasOnlyInHolyWeek();
    void weekendSellsMoreBread();
    void holidaysSellLess();
    void yearlyAndTrendShow();
    void partyOrderIsTheOutlier();
    void csvIsSpanishTillExport();
    void generatorIsDeterministic();
    void importingTwiceChangesNothing();

private:
    QTemporaryDir m_tmp;
    std::unique_ptr<storage::Database> m_db;
    data::ImportResult m_result;
    QMap<QString, Series> m_sales;
};

void TestDemoBakery::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_db = std::make_unique<storage::Database>(m_tmp.filePath(QStringLiteral("demo.sqlite")));
    QVERIFY2(m_db->open(), qPrintable(m_db->error()));
    const storage::SalesStore store(*m_db);
    m_result = ui::importDemoBakery(store);
    for (const data::ImportIssue& issue : m_result.report.issues)
        qInfo("%s", qPrintable(issue.toString()));
    QVERIFY(m_result.stored);
    for (const storage::ProductSummary& p : store.products())
        for (const storage::DailyValue& v : store.sales(p.name))
            m_sales[p.name][v.day] = v;
}

void TestDemoBakery::importHasNoErrors()
{
    QCOMPARE(m_result.report.count(data::ImportIssue::Severity::Error), 0);
    QCOMPARE(m_result.report.rowsSkipped, 0);
    QCOMPARE(m_result.report.measure, QStringLiteral("units"));
    QVERIFY(m_result.report.rowsImported > 10000);
}

void TestDemoBakery::twelveToTwentyProducts()
{
    QVERIFY2(m_sales.size() >= 12 && m_sales.size() <= 20,
             qPrintable(QString::number(m_sales.size())));
    for (const char* name : {"Barra de pan", "Croissant", "Roscón de Reyes", "Torrijas",
                             "Ensaimada", "Empanada gallega", "Tarta de Santiago"})
        QVERIFY2(m_sales.contains(QString::fromUtf8(name)), name);
}

void TestDemoBakery::everyProductSpansThreeYears()
{
    // Open days without a sale are stored as zeros, so even the seasonal products span the
    // whole range; their season is checked below.
    for (auto it = m_sales.cbegin(); it != m_sales.cend(); ++it) {
        QVERIFY2(!it->empty(), qPrintable(it.key()));
        QCOMPARE(dateOf(it->begin()->first), kFirst);
        QCOMPARE(dateOf(it->rbegin()->first), kLast);
    }
}

void TestDemoBakery::closingDaysHaveNoRows()
{
    int closing = 0;
    for (QDate d = kFirst; d <= kLast; d = d.addDays(1)) {
        if (!closingDay(d))
            continue;
        ++closing;
        for (auto it = m_sales.cbegin(); it != m_sales.cend(); ++it)
            QVERIFY2(!it->count(dayOf(d)),
                     qPrintable(it.key() + QLatin1Char(' ') + d.toString(Qt::ISODate)));
    }
    // 3 Christmas Days and 12 August Mondays; no other day is closed.
    QCOMPARE(closing, 15);
    QCOMPARE(m_result.report.closedDays, closing);
    const Series& bread = m_sales.value(QStringLiteral("Barra de pan"));
    QCOMPARE(static_cast<int>(bread.size()), static_cast<int>(kFirst.daysTo(kLast)) + 1 - closing);
}

void TestDemoBakery::rosconPeaksBeforeReyes()
{
    const Series s = m_sales.value(QString::fromUtf8("Roscón de Reyes"));
    QVERIFY(!s.empty());
    const auto nearReyes = [](const QDate& d) {
        return (d.month() == 12 && d.day() >= 28) || (d.month() == 1 && d.day() <= 5);
    };
    const double peak = meanWhere(s, nearReyes);
    const double rest = meanWhere(s, [&](const QDate& d) { return !nearReyes(d); });
    QVERIFY2(peak > 5.0 * rest, qPrintable(QStringLiteral("%1 vs %2").arg(peak).arg(rest)));
    // Out of its season (7 January to 14 December) a roscón is never sold.
    for (const auto& [day, v] : s) {
        const QDate d = dateOf(day);
        if ((d.month() == 1 && d.day() > 6) || (d.month() > 1 && d.month() < 12) ||
            (d.month() == 12 && d.day() < 15))
            QVERIFY2(v.value == 0.0, qPrintable(d.toString(Qt::ISODate)));
    }
    // 5 January, the eve of Reyes, is the best day of each season.
    for (int year = 2023; year <= 2025; ++year) {
        const QDate eve(year, 1, 5);
        for (QDate d = QDate(year - 1, 12, 15); d <= QDate(year, 1, 6); d = d.addDays(1))
            if (d != eve && s.count(dayOf(d)))
                QVERIFY2(s.at(dayOf(d)).value < s.at(dayOf(eve)).value,
                         qPrintable(d.toString(Qt::ISODate)));
    }
}

void TestDemoBakery::torrijasOnlyInHolyWeek()
{
    QCOMPARE(gaussEaster(2023), QDate(2023, 4, 9));
    QCOMPARE(gaussEaster(2024), QDate(2024, 3, 31));
    QCOMPARE(gaussEaster(2025), QDate(2025, 4, 20));
    const Series s = m_sales.value(QStringLiteral("Torrijas"));
    QVERIFY(!s.empty());
    for (const auto& [day, v] : s) {
        const QDate d = dateOf(day);
        const qint64 toEaster = d.daysTo(gaussEaster(d.year()));
        const bool holyWeek = toEaster >= 0 && toEaster <= 7; // Palm Sunday .. Easter Sunday
        if (!holyWeek)
            QVERIFY2(v.value == 0.0, qPrintable(d.toString(Qt::ISODate)));
    }
    for (int year = 2023; year <= 2025; ++year)
        QVERIFY(s.at(dayOf(gaussEaster(year).addDays(-2))).value > 20.0); // Good Friday
}

void TestDemoBakery::weekendSellsMoreBread()
{
    const Series s = m_sales.value(QStringLiteral("Barra de pan"));
    const double saturday = meanWhere(s, [](const QDate& d) { return d.dayOfWeek() == 6; });
    const double tuesday = meanWhere(s, [](const QDate& d) { return d.dayOfWeek() == 2; });
    QVERIFY2(saturday > 1.2 * tuesday,
             qPrintable(QStringLiteral("%1 vs %2").arg(saturday).arg(tuesday)));
}

void TestDemoBakery::holidaysSellLess()
{
    // Fixed national holidays (Sunday ones do not move nationally, so they are left out).
    const Series s = m_sales.value(QStringLiteral("Barra de pan"));
    const QList<QPair<int, int>> fixed = {{1, 6}, {5, 1}, {10, 12}, {12, 6}, {12, 8}};
    QSet<int> holidays;
    for (int year = 2023; year <= 2025; ++year)
        for (const auto& [month, day] : fixed)
            holidays.insert(dayOf(QDate(year, month, day)));
    int checked = 0;
    for (int day : holidays) {
        const QDate d = dateOf(day);
        if (d.dayOfWeek() == 7)
            continue;
        const double usual = meanWhere(s, [&](const QDate& o) {
            return o.dayOfWeek() == d.dayOfWeek() && o.year() == d.year() &&
                   !holidays.contains(dayOf(o));
        });
        QVERIFY2(s.at(day).value < 0.85 * usual, qPrintable(QStringLiteral("%1: %2 vs %3")
                                                                .arg(d.toString(Qt::ISODate))
                                                                .arg(s.at(day).value)
                                                                .arg(usual)));
        ++checked;
    }
    QVERIFY(checked >= 10);
}

void TestDemoBakery::yearlyAndTrendShow()
{
    const auto inYear = [](int y) { return [y](const QDate& d) { return d.year() == y; }; };
    const Series bread = m_sales.value(QStringLiteral("Barra de pan"));
    // Bread dips in summer.
    QVERIFY(meanWhere(bread, [](const QDate& d) { return d.month() == 8; }) <
            0.9 * meanWhere(bread, [](const QDate& d) { return d.month() == 3; }));
    // Pastries rise in autumn.
    const Series nap = m_sales.value(QStringLiteral("Napolitana de chocolate"));
    QVERIFY(meanWhere(nap, [](const QDate& d) { return d.month() == 11; }) >
            1.15 * meanWhere(nap, [](const QDate& d) { return d.month() == 7; }));
    // A growing and a declining product.
    const Series whole = m_sales.value(QStringLiteral("Pan integral"));
    QVERIFY(meanWhere(whole, inYear(2025)) > 1.2 * meanWhere(whole, inYear(2023)));
    const Series palmera = m_sales.value(QStringLiteral("Palmera"));
    QVERIFY(meanWhere(palmera, inYear(2025)) < 0.9 * meanWhere(palmera, inYear(2023)));
}

void TestDemoBakery::partyOrderIsTheOutlier()
{
    // One party order of empanadas, so the outlier flag has something to show.
    const Series s = m_sales.value(QStringLiteral("Empanada gallega"));
    QVERIFY(s.at(dayOf(QDate(2024, 6, 22))).outlier);
    int flagged = 0, days = 0;
    for (auto it = m_sales.cbegin(); it != m_sales.cend(); ++it)
        for (const auto& [day, v] : *it) {
            flagged += v.outlier;
            ++days;
        }
    QVERIFY2(flagged * 500 < days, qPrintable(QString::number(flagged))); // a rare thing
}

void TestDemoBakery::csvIsSpanishTillExport()
{
    const QByteArray csv = ui::demoBakeryCsv();
    QVERIFY(csv.size() > 100000);
    QVERIFY(csv.size() < 2 * 1024 * 1024);
    QVERIFY(csv.startsWith("fecha;producto;"));
    QVERIFY(csv.contains(QString::fromUtf8("Roscón de Reyes").toUtf8()));
    QVERIFY(csv.contains("\n05/01/2024;")); // day-first dates
    QVERIFY(csv.contains(";1,10\n"));       // decimal comma in the price
}

void TestDemoBakery::generatorIsDeterministic()
{
#ifndef BAKERY_DEMO_GENERATOR
    QSKIP("BAKERY_DEMO_GENERATOR is not defined for this build");
#else
    QByteArray runs[2];
    for (int i = 0; i < 2; ++i) {
        const QString out = m_tmp.filePath(QStringLiteral("run%1.csv").arg(i));
        QProcess gen;
        gen.start(QStringLiteral(BAKERY_DEMO_GENERATOR), {out});
        QVERIFY(gen.waitForFinished(60000));
        QCOMPARE(gen.exitCode(), 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        runs[i] = f.readAll();
    }
    QVERIFY(!runs[0].isEmpty());
    QVERIFY(runs[0] == runs[1]);
    QVERIFY(runs[0] == ui::demoBakeryCsv()); // the embedded copy is the same data
#endif
}

void TestDemoBakery::importingTwiceChangesNothing()
{
    // "Try the demo bakery" clicked twice: every product-day is replaced, none is added.
    const storage::SalesStore store(*m_db);
    const data::ImportResult again = ui::importDemoBakery(store);
    QVERIFY(again.stored);
    int stored = 0;
    for (auto it = m_sales.cbegin(); it != m_sales.cend(); ++it)
        stored += static_cast<int>(it->size());
    QCOMPARE(again.report.daysReplaced, stored);
    QCOMPARE(static_cast<int>(store.products().size()), static_cast<int>(m_sales.size()));
    QCOMPARE(store.sales(QStringLiteral("Barra de pan")).size(),
             m_sales.value(QStringLiteral("Barra de pan")).size());
}

QTEST_GUILESS_MAIN(TestDemoBakery)
#include "TestDemoBakery.moc"
