// The ds,y series reader: a Prophet reference series, format variants, and each
// error with its exact one-line message.

#include "data/SeriesCsvReader.h"

#include <QtTest>

#include <cmath>

using namespace bakery::data;

namespace {

SeriesCsvResult read(const QByteArray& text)
{
    return SeriesCsvReader::readBytes(text, QStringLiteral("s.csv"));
}

// Computed from QDate directly, not through the reader's own epoch constant.
double day(int y, int m, int d)
{
    return static_cast<double>(QDate(1970, 1, 1).daysTo(QDate(y, m, d)));
}

// An error is one line, and a failed read leaves no partial rows behind.
void checkError(const SeriesCsvResult& r, const QString& expected)
{
    QVERIFY(!r.ok());
    QCOMPARE(r.error, expected);
    QVERIFY(!r.error.contains(QLatin1Char('\n')));
    QVERIFY(r.frame.ds.empty());
    QVERIFY(r.frame.y.empty());
    QVERIFY(r.frame.regressors.isEmpty());
}

} // namespace

class TestSeriesCsvReader : public QObject
{
    Q_OBJECT

private slots:
    void prophetReferenceSeries()
    {
        // Written by R prophet's batch script: ds,y then the forecast columns.
        const auto r = SeriesCsvReader::readFile(QStringLiteral(
            BAKERY_TEST_DATA_DIR "/reference/prophet/bread-basket__bread.forecast.csv"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.frame.size(), std::size_t(162));
        QCOMPARE(r.frame.y.size(), std::size_t(162));
        QCOMPARE(r.frame.ds.front(), day(2016, 10, 30));
        QCOMPARE(r.frame.ds.back(), day(2017, 4, 9));
        QCOMPARE(r.frame.ds.front(), 17104.0); // 2016-10-30, as a literal cross-check
        QCOMPARE(r.frame.y[0], 29.0);
        QCOMPARE(r.frame.y[1], 24.0);
        QCOMPARE(r.frame.y[2], 21.0);
        QCOMPARE(r.frame.ds[56], day(2016, 12, 25)); // Christmas: closed, a zero row
        QCOMPARE(r.frame.y[56], 0.0);
        QCOMPARE(r.frame.y[98], 22.0);
        QCOMPARE(r.frame.y.back(), 9.0);
        // Consecutive days, in file order.
        for (std::size_t i = 1; i < r.frame.size(); ++i)
            QCOMPARE(r.frame.ds[i] - r.frame.ds[i - 1], 1.0);
        // The forecast columns are read as extra regressors.
        const QStringList names{QStringLiteral("holidays"),   QStringLiteral("trend"),
                                QStringLiteral("weekly"),     QStringLiteral("yhat"),
                                QStringLiteral("yhat_lower"), QStringLiteral("yhat_upper")};
        QCOMPARE(r.frame.regressors.keys(), names);
        for (const auto& values : r.frame.regressors)
            QCOMPARE(values.size(), std::size_t(162));
        QCOMPARE(r.frame.regressors.value(QStringLiteral("yhat")).front(), 24.3260155998043);
        QVERIFY(r.frame.cap.empty());
        QVERIFY(r.frame.floor.empty());
    }

    void bomCrlfQuotesAndBlankLines()
    {
        // y before ds, a quoted header, spaces around fields, blank lines before and
        // inside the data, no newline at the end.
        const auto r = read("\xEF\xBB\xBF\r\n\"y\" , \"ds\"\r\n"
                            "1.5,2020-01-01\r\n"
                            "\r\n"
                            " 2 , \"2020-01-02\" \r\n"
                            "-3e1,2020-01-03");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.frame.ds,
                 (std::vector<double>{day(2020, 1, 1), day(2020, 1, 2), day(2020, 1, 3)}));
        QCOMPARE(r.frame.y, (std::vector<double>{1.5, 2.0, -30.0}));
        QVERIFY(r.frame.regressors.isEmpty());
    }

    void missingValues()
    {
        const auto r = read("ds,y\n"
                            "2020-01-01,\n"
                            "2020-01-02,NA\n"
                            "2020-01-03,NaN\n"
                            "2020-01-04,nan\n"
                            "2020-01-05,\"NA\"\n"
                            "2020-01-06,0\n");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.frame.size(), std::size_t(6));
        for (std::size_t i = 0; i < 5; ++i)
            QVERIFY2(std::isnan(r.frame.y[i]), qPrintable(QString::number(i)));
        QCOMPARE(r.frame.y[5], 0.0);
    }

    void timeOfDay()
    {
        const auto r = read("ds,y\n"
                            "2020-01-01,1\n"
                            "2020-01-01 12:00,2\n"
                            "2020-01-01 18:30:36,3\n"
                            "2020-01-02 00:00:00,4\n"
                            "2020-01-02T06:00,5\n"); // ISO 8601's T separator
        QVERIFY2(r.ok(), qPrintable(r.error));
        const double d = day(2020, 1, 1);
        QCOMPARE(r.frame.ds[4], d + 1.25);
        QCOMPARE(r.frame.ds[0], d);
        QCOMPARE(r.frame.ds[1], d + 0.5);
        QCOMPARE(r.frame.ds[2], d + (18 * 3600 + 30 * 60 + 36) / 86400.0);
        QCOMPARE(r.frame.ds[3], d + 1.0);
    }

    void capFloorAndRegressors()
    {
        const auto r = read("ds,temp,y,cap,floor,promo\n"
                            "2020-01-01,12.5,10,100,0,1\n"
                            "2020-01-02,-1,NA,120,5,0\n");
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.frame.y.size(), std::size_t(2));
        QCOMPARE(r.frame.y[0], 10.0);
        QVERIFY(std::isnan(r.frame.y[1]));
        QCOMPARE(r.frame.cap, (std::vector<double>{100.0, 120.0}));
        QCOMPARE(r.frame.floor, (std::vector<double>{0.0, 5.0}));
        QCOMPARE(r.frame.regressors.keys(),
                 (QStringList{QStringLiteral("promo"), QStringLiteral("temp")}));
        QCOMPARE(r.frame.regressors.value(QStringLiteral("temp")),
                 (std::vector<double>{12.5, -1.0}));
        QCOMPARE(r.frame.regressors.value(QStringLiteral("promo")),
                 (std::vector<double>{1.0, 0.0}));
    }

    void missingFile()
    {
        const QString path = QStringLiteral(BAKERY_TEST_DATA_DIR "/no-such-series.csv");
        checkError(SeriesCsvReader::readFile(path),
                   path + QStringLiteral(": cannot open the file (No such file or directory)"));
    }

    void emptyFile()
    {
        const QString expected =
            QStringLiteral("s.csv: the file is empty; expected a header with columns ds and y");
        checkError(read(""), expected);
        checkError(read("\xEF\xBB\xBF\r\n  \r\n"), expected);
    }

    void noHeader()
    {
        checkError(read("\ndate,sales\n2020-01-01,1\n2020-01-02,2\n"),
                   QStringLiteral(
                       "s.csv:2: expected a header with columns ds and y, found \"date,sales\""));
        // Data without a header: the first line is taken as the header.
        checkError(read("2020-01-01,1\n2020-01-02,2\n"),
                   QStringLiteral(
                       "s.csv:1: expected a header with columns ds and y, found \"2020-01-01,1\""));
    }

    void badHeaderColumns()
    {
        // Before the fix, a repeated column silently got two values per row.
        checkError(read("ds,y,temp,temp\n2020-01-01,1,2,3\n2020-01-02,1,2,3\n"),
                   QStringLiteral("s.csv:1: column 'temp' appears twice in the header"));
        checkError(read("ds,y,y\n2020-01-01,1,2\n2020-01-02,1,2\n"),
                   QStringLiteral("s.csv:1: column 'y' appears twice in the header"));
        checkError(read("ds,y,\n2020-01-01,1,2\n2020-01-02,1,2\n"),
                   QStringLiteral("s.csv:1: header column 3 has no name"));
    }

    void badDate_data()
    {
        QTest::addColumn<QByteArray>("ds");
        QTest::newRow("month 13") << QByteArray("2020-13-01");
        QTest::newRow("30 February") << QByteArray("2020-02-30");
        QTest::newRow("day first") << QByteArray("01/02/2020");
        QTest::newRow("one-digit month") << QByteArray("2020-1-05");
        QTest::newRow("bad time") << QByteArray("2020-01-02 25:00");
        QTest::newRow("time glued to the date") << QByteArray("2020-01-0210:00");
        QTest::newRow("text") << QByteArray("tomorrow");
        QTest::newRow("empty") << QByteArray("");
    }

    void badDate()
    {
        QFETCH(QByteArray, ds);
        checkError(read("ds,y\n2020-01-01,1\n" + ds + ",2\n2020-01-03,3\n"),
                   QStringLiteral("s.csv:3: column 'ds': expected a date YYYY-MM-DD, found \"%1\"")
                       .arg(QString::fromUtf8(ds)));
    }

    void badNumber()
    {
        checkError(read("ds,y\r\n2020-01-01,1\r\n2020-01-02,abc\r\n"),
                   QStringLiteral("s.csv:3: column 'y': expected a number, found \"abc\""));
        checkError(read("ds,y\n2020-01-01,1\n2020-01-02,inf\n"),
                   QStringLiteral("s.csv:3: column 'y': expected a number, found \"inf\""));
        // Extra columns must be numbers on every row: NA is only a missing y.
        checkError(read("ds,y,temp\n2020-01-01,1,3\n2020-01-02,2,NA\n"),
                   QStringLiteral("s.csv:3: column 'temp': expected a number, found \"NA\""));
    }

    void wrongColumnCount()
    {
        checkError(read("ds,y\n2020-01-01,1\n\n2020-01-02,2,3\n"),
                   QStringLiteral("s.csv:4: expected 2 columns, found 3"));
        checkError(read("ds,y,cap\n2020-01-01,1,5\n2020-01-02,2\n"),
                   QStringLiteral("s.csv:3: expected 3 columns, found 2"));
    }

    void duplicateDates()
    {
        checkError(read("ds,y\n2020-01-01,1\n2020-01-02,2\n2020-01-01,3\n"),
                   QStringLiteral("s.csv:4: column 'ds': duplicate date 2020-01-01"));
        // Midnight written with a time is the same stamp as the bare date.
        checkError(read("ds,y\n2020-01-01,1\n2020-01-01 00:00,2\n"),
                   QStringLiteral("s.csv:3: column 'ds': duplicate date 2020-01-01 00:00"));
    }

    void tooFewRows()
    {
        checkError(read("ds,y\n2020-01-01,1\n"),
                   QStringLiteral("s.csv: expected at least 2 data rows, found 1"));
        checkError(read("ds,y\n\n"),
                   QStringLiteral("s.csv: expected at least 2 data rows, found 0"));
    }
};

QTEST_GUILESS_MAIN(TestSeriesCsvReader)
#include "TestSeriesCsvReader.moc"
