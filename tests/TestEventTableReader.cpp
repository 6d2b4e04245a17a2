// The holiday/event CSV reader: Prophet's R reference table, format variants, errors.

#include "calendar/EpochDay.h"
#include "calendar/EventTableReader.h"

#include <QtTest>

using namespace bakery::calendar;

namespace {

EventTableResult read(const char* text)
{
    return EventTableReader::readBytes(QByteArray(text), QStringLiteral("events.csv"));
}

int day(int y, int m, int d)
{
    return toEpochDay(QDate(y, m, d));
}

} // namespace

class TestEventTableReader : public QObject
{
    Q_OBJECT

private slots:
    void prophetRReference()
    {
        // Written by R prophet 1.0: quoted header and values, LF, names without accents.
        const auto r = EventTableReader::readFile(
            QStringLiteral(BAKERY_TEST_DATA_DIR "/holidays_ES_prophet_R_1.0.csv"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.table.size(), size_t(168));
        QCOMPARE(r.table.front().name, QStringLiteral("Ano nuevo"));
        QCOMPARE(r.table.front().day, day(2010, 1, 1));
        QCOMPARE(r.table[1].name, QStringLiteral("Epifania del Senor"));
        QCOMPARE(r.table.back().name, QStringLiteral("Navidad"));
        QCOMPARE(r.table.back().day, day(2030, 12, 25));
        for (const HolidayEvent& e : r.table) {
            QCOMPARE(e.lowerWindow, 0);
            QCOMPARE(e.upperWindow, 0);
            QVERIFY(!e.hasPriorScale());
        }
    }

    void windowsAndPriorScale()
    {
        const auto r = read("holiday,ds,lower_window,upper_window,prior_scale\n"
                            "xmas,2016-12-25,-1,10,5\n"
                            "xmas,2017-12-25,,,5\n"         // empty windows = 0
                            "sale,2017-03-01,-2.0,0.0,NA\n" // pandas floats, R's NA
                            "sale,2018-03-01,0,+3,\n");     // empty prior = default
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.table.size(), size_t(4));
        QCOMPARE(r.table[0].name, QStringLiteral("xmas"));
        QCOMPARE(r.table[0].day, day(2016, 12, 25));
        QCOMPARE(r.table[0].lowerWindow, -1);
        QCOMPARE(r.table[0].upperWindow, 10);
        QCOMPARE(r.table[0].priorScale, 5.0);
        QCOMPARE(r.table[1].lowerWindow, 0);
        QCOMPARE(r.table[1].upperWindow, 0);
        QCOMPARE(r.table[2].lowerWindow, -2);
        QCOMPARE(r.table[2].upperWindow, 0);
        QVERIFY(!r.table[2].hasPriorScale());
        QCOMPARE(r.table[3].upperWindow, 3);
        QVERIFY(!r.table[3].hasPriorScale());
    }

    void formatVariants()
    {
        // BOM, CRLF, quoted header, blank and all-empty lines, an ignored extra column,
        // quoted commas and quotes, spaces around fields, UTF-8 names; file order kept.
        const QByteArray text = "\xEF\xBB\xBF\"\",\"ds\" , \"holiday\"\r\n"
                                "\r\n"
                                "\"1\",\"2024-01-01\",\"A\xC3\xB1o Nuevo\"\r\n"
                                ",,\r\n"
                                "2, 2023-12-06 ,\"Day \"\"X\"\", part 2\"\r\n"
                                "   \r\n";
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile f(dir.filePath(QStringLiteral("variants.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
        f.close();
        const auto r = EventTableReader::readFile(f.fileName());
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.table.size(), size_t(2));
        QCOMPARE(r.table[0].name, QString::fromUtf8("Año Nuevo"));
        QCOMPARE(r.table[0].day, day(2024, 1, 1));
        QCOMPARE(r.table[1].name, QStringLiteral("Day \"X\", part 2"));
        QCOMPARE(r.table[1].day, day(2023, 12, 6));

        // No final newline, header only.
        QVERIFY(read("ds,holiday\n2024-05-01,may").ok());
        const auto empty = read("ds,holiday\n");
        QVERIFY(empty.ok());
        QVERIFY(empty.table.empty());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        auto row = [](const char* tag, const char* text, const char* error) {
            QTest::newRow(tag) << QByteArray(text) << QString::fromUtf8(error);
        };
        row("bad month",
            "ds,holiday\n2024-01-01,a\n2024-01-02,a\n\n2024-01-03,a\n"
            "2024-01-04,a\n2024-13-01,a\n",
            "events.csv:7: column 'ds': expected a date YYYY-MM-DD, found \"2024-13-01\"");
        row("bad day", "ds,holiday\n2023-02-29,a\n",
            "events.csv:2: column 'ds': expected a date YYYY-MM-DD, found \"2023-02-29\"");
        row("slashes", "ds,holiday\n2024/01/01,a\n",
            "events.csv:2: column 'ds': expected a date YYYY-MM-DD, found \"2024/01/01\"");
        row("timestamp", "ds,holiday\n2024-01-01 00:00:00,a\n",
            "events.csv:2: column 'ds': expected a date YYYY-MM-DD, found \"2024-01-01 00:00:00\"");
        row("empty date", "ds,holiday\n,a\n",
            "events.csv:2: column 'ds': expected a date YYYY-MM-DD, found \"\"");
        row("empty name", "ds,holiday\n2024-01-01,a\n2024-01-02,\"\"\n",
            "events.csv:3: column 'holiday': expected a name, found an empty cell");
        row("delim in name", "ds,holiday\n2024-01-01,a_delim_b\n",
            "events.csv:2: column 'holiday': expected a name without \"_delim_\", "
            "found \"a_delim_b\"");
        row("missing ds", "date,holiday\n2024-01-01,a\n",
            "events.csv:1: missing column 'ds'; expected a header with columns 'ds' and "
            "'holiday', found \"date,holiday\"");
        row("missing holiday", "\n\"ds\",\"name\"\n",
            "events.csv:2: missing column 'holiday'; expected a header with columns 'ds' and "
            "'holiday', found \"\"ds\",\"name\"\"");
        row("duplicate column", "ds,holiday,ds\n",
            "events.csv:1: column 'ds': expected once in the header, found twice");
        row("only lower_window", "ds,holiday,lower_window\n2024-01-01,a,-1\n",
            "events.csv:1: expected both columns 'lower_window' and 'upper_window' or "
            "neither, found only 'lower_window'");
        row("positive lower", "ds,holiday,lower_window,upper_window\n2024-01-01,a,1,2\n",
            "events.csv:2: column 'lower_window': expected a whole number of days <= 0 "
            "(at least -100000), found \"1\"");
        row("fractional lower", "ds,holiday,lower_window,upper_window\n2024-01-01,a,-1.5,0\n",
            "events.csv:2: column 'lower_window': expected a whole number of days <= 0 "
            "(at least -100000), found \"-1.5\"");
        row("negative upper", "ds,holiday,lower_window,upper_window\n2024-01-01,a,0,-1\n",
            "events.csv:2: column 'upper_window': expected a whole number of days >= 0 "
            "(at most 100000), found \"-1\"");
        row("text upper", "ds,holiday,lower_window,upper_window\n2024-01-01,a,0,two\n",
            "events.csv:2: column 'upper_window': expected a whole number of days >= 0 "
            "(at most 100000), found \"two\"");
        row("huge upper", "ds,holiday,lower_window,upper_window\n2024-01-01,a,0,1e12\n",
            "events.csv:2: column 'upper_window': expected a whole number of days >= 0 "
            "(at most 100000), found \"1e12\"");
        row("zero prior", "ds,holiday,prior_scale\n2024-01-01,a,0\n",
            "events.csv:2: column 'prior_scale': expected a number > 0, found \"0\"");
        row("negative prior", "ds,holiday,prior_scale\n2024-01-01,a,-3\n",
            "events.csv:2: column 'prior_scale': expected a number > 0, found \"-3\"");
        row("text prior", "ds,holiday,prior_scale\n2024-01-01,a,big\n",
            "events.csv:2: column 'prior_scale': expected a number > 0, found \"big\"");
        row("inconsistent prior",
            "ds,holiday,prior_scale\n2024-01-01,a,5\n2024-01-02,b,1\n"
            "2025-01-01,a,2\n",
            "events.csv:4: column 'prior_scale': expected 5 as on line 2 (one prior scale per "
            "holiday \"a\"), found \"2\"");
        row("prior given then missing", "ds,holiday,prior_scale\n2024-01-01,a,\n2025-01-01,a,2\n",
            "events.csv:3: column 'prior_scale': expected an empty cell as on line 2 (one "
            "prior scale per holiday \"a\"), found \"2\"");
        row("too many fields", "ds,holiday\n2024-01-01,a,extra\n",
            "events.csv:2: expected 2 fields as in the header, found 3");
        row("too few fields", "ds,holiday,prior_scale\n2024-01-01,a\n",
            "events.csv:2: expected 3 fields as in the header, found 2");
        row("unterminated quote", "ds,holiday\r\n2024-01-01,\"a\r\n",
            "events.csv:2: unterminated quoted field; expected a closing quote on the same line");
        row("text after quote", "ds,holiday\n\"2024-01-01\"x,a\n",
            "events.csv:2: expected a comma after a closing quote, found \"x,a\"");
        row("empty file", "",
            "events.csv:1: expected a header with columns 'ds' and 'holiday', found an empty file");
        row("blank lines only", "\xEF\xBB\xBF\r\n\n  \n",
            "events.csv:1: expected a header with columns 'ds' and 'holiday', found an empty file");
        row("latin-1", "ds,holiday\n2024-01-01,A\xF1o\n",
            "events.csv:2: expected UTF-8 text, found invalid bytes");
    }

    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto r = EventTableReader::readBytes(text, QStringLiteral("events.csv"));
        QCOMPARE(r.error, error);
        QVERIFY(!r.ok());
        QVERIFY(r.table.empty());
        QVERIFY(!r.error.contains(u'\n'));
    }

    void missingFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("nope.csv"));
        const auto r = EventTableReader::readFile(path);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.startsWith(QStringLiteral("nope.csv: cannot open \"") + path + u'"'),
                 qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestEventTableReader)
#include "TestEventTableReader.moc"
