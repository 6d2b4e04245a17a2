// Weather and event files through the sales import machinery: hand-computed daily
// values (AEMET daily, Open-Meteo hourly), windows and prior scales of events, and the
// broken files each with its error at its line and column.

#include "data/CovariateImporter.h"

#include <QDate>
#include <QtTest>

using namespace bakery::data;

namespace {

const QString kDir = QStringLiteral(BAKERY_TEST_DATA_DIR "/covariates/");

int day(int y, int m, int d)
{
    return static_cast<int>(QDate(1970, 1, 1).daysTo(QDate(y, m, d)));
}

// The series as "day=value" lines, ISO days, values to 10 significant digits.
QStringList describe(const std::vector<std::pair<int, double>>& series)
{
    QStringList out;
    for (const auto& [d, v] : series)
        out << QDate(1970, 1, 1).addDays(d).toString(Qt::ISODate) + QLatin1Char('=') +
                   QString::number(v, 'g', 10);
    return out;
}

const ImportIssue* findIssue(const ImportReport& r, const QString& code)
{
    for (const ImportIssue& i : r.issues)
        if (i.code == code)
            return &i;
    return nullptr;
}

QString allIssues(const ImportReport& r)
{
    QStringList out;
    for (const ImportIssue& i : r.issues)
        out << i.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestCovariateImporter : public QObject
{
    Q_OBJECT

private slots:
    void aemetDailySemicolonDecimalComma()
    {
        const WeatherResult r = CovariateImporter::readWeather(kDir + "aemet_diario_a_coruna.csv");
        QVERIFY2(!r.report.rejected(), qPrintable(allIssues(r.report)));
        QCOMPARE(r.report.rowsRead, 10);
        QCOMPARE(r.report.rowsImported, 10);
        QCOMPARE(r.report.rowsSkipped, 0);
        QCOMPARE(r.report.firstDay, day(2024, 3, 8));
        QCOMPARE(r.report.lastDay, day(2024, 3, 17));
        // indicativo, nombre, provincia, altitud are not covariates; tmin and tmax are.
        QStringList names;
        for (const auto& s : r.batch.series)
            names << s.first;
        QCOMPARE(names, (QStringList{"precipitation", "temperature", "tmax", "tmin"}));
        QCOMPARE(
            describe(r.batch.series.at(QStringLiteral("temperature"))),
            (QStringList{"2024-03-08=12.4", "2024-03-09=11.9", "2024-03-10=13.1", "2024-03-11=10.5",
                         "2024-03-12=9.8", "2024-03-13=14.2", "2024-03-14=15", "2024-03-15=16.3",
                         "2024-03-16=13.7", "2024-03-17=12"}));
        // "Ip" (inappreciable) is 0; the empty cell of the 14th is a missing day, not 0.
        QCOMPARE(describe(r.batch.series.at(QStringLiteral("precipitation"))),
                 (QStringList{"2024-03-08=3.2", "2024-03-09=0", "2024-03-10=0", "2024-03-11=12.6",
                              "2024-03-12=4", "2024-03-13=0", "2024-03-15=0", "2024-03-16=1.5",
                              "2024-03-17=0.8"}));
        QCOMPARE(r.batch.series.at(QStringLiteral("tmax")).front().second, 15.0);
        QVERIFY(findIssue(r.report, QStringLiteral("inappreciable_precipitation")));
        const QString decisions = r.report.decisions.join(QLatin1Char('\n'));
        QVERIFY2(decisions.contains(QStringLiteral("Windows-1252")), qPrintable(decisions));
        QVERIFY2(decisions.contains(
                     QStringLiteral("Columns ignored: indicativo, nombre, provincia, altitud")),
                 qPrintable(decisions));
        QVERIFY2(decisions.contains(QStringLiteral("day first")), qPrintable(decisions));
        QVERIFY2(decisions.contains(QStringLiteral("decimal comma")), qPrintable(decisions));
        QCOMPARE(r.report.products.size(), std::size_t(4));
        QCOMPARE(r.report.products[1].name, QStringLiteral("precipitation")); // file order
        QCOMPARE(r.report.products[1].days, 9);
        QVERIFY(std::abs(r.report.products[1].total - 22.1) < 1e-9);
        QVERIFY(!r.batch.sourceSha256.isEmpty());
    }

    void hourlyIsAveragedAndSummed()
    {
        const WeatherResult r = CovariateImporter::readWeather(kDir + "hourly_open_meteo.csv");
        QVERIFY2(!r.report.rejected(), qPrintable(allIssues(r.report)));
        QCOMPARE(r.report.rowsRead, 11);
        QCOMPARE(r.report.rowsImported, 10);
        QCOMPARE(r.report.rowsSkipped, 1); // the repeated 18:00 line of 2 March
        // By hand: 1 March (4 + 6.5 + 13 + 9.5) / 4, 2 March (5.5 + 7 + 14.5 + 10) / 4, ...
        QCOMPARE(describe(r.batch.series.at(QStringLiteral("temperature"))),
                 (QStringList{"2024-03-01=8.25", "2024-03-02=9.25", "2024-03-03=7"}));
        // Sums: 0 + 1.2 + 0.4 + 0, 0.2 + 0 + 0 + 2.5 (the duplicate not counted), 0.3 + 0.1.
        QCOMPARE(describe(r.batch.series.at(QStringLiteral("precipitation"))),
                 (QStringList{"2024-03-01=1.6", "2024-03-02=2.7", "2024-03-03=0.4"}));
        // Humidity of 2 March: the empty 06:00 cell is left out, (88 + 55 + 70) / 3.
        QCOMPARE(describe(r.batch.series.at(QStringLiteral("relative_humidity_2m"))),
                 (QStringList{"2024-03-01=77.5", "2024-03-02=71", "2024-03-03=89"}));
        const ImportIssue* dup = findIssue(r.report, QStringLiteral("duplicate_line"));
        QVERIFY(dup);
        QCOMPARE(dup->line, 10);
        const ImportIssue* partial = findIssue(r.report, QStringLiteral("incomplete_day"));
        QVERIFY(partial && partial->message.startsWith(QStringLiteral("2024-03-03 has 2 rows")));
        QVERIFY(r.report.decisions.join(QLatin1Char('\n'))
                    .contains(QStringLiteral("averaged, precipitation summed")));
    }

    void xlsxWorkbook()
    {
        // tiempo.xlsx (make_tiempo_xlsx.py): date serials, units in the headers.
        const WeatherResult r = CovariateImporter::readWeather(kDir + "tiempo.xlsx");
        QVERIFY2(!r.report.rejected(), qPrintable(allIssues(r.report)));
        QCOMPARE(describe(r.batch.series.at(QStringLiteral("temperature"))),
                 (QStringList{"2024-07-01=24.5", "2024-07-02=27.25", "2024-07-03=22"}));
        QCOMPARE(describe(r.batch.series.at(QStringLiteral("precipitation"))),
                 (QStringList{"2024-07-01=0", "2024-07-02=3.5", "2024-07-03=12"}));
    }

    void eventsWithWindows()
    {
        const EventsResult r = CovariateImporter::readEvents(kDir + "eventos.csv");
        QVERIFY2(!r.report.rejected(), qPrintable(allIssues(r.report)));
        QCOMPARE(r.report.rowsRead, 6);
        QCOMPARE(r.report.rowsImported, 6);
        const auto& e = r.batch.events;
        QCOMPARE(e.size(), std::size_t(6));
        QCOMPARE(e[0].name, QStringLiteral("Reyes"));
        QCOMPARE(e[0].day, day(2024, 1, 6));
        QCOMPARE(e[0].lowerWindow, -1); // "dias antes" 1: the day before too
        QCOMPARE(e[0].upperWindow, 0);
        QVERIFY(!e[0].hasPriorScale());
        QCOMPARE(e[1].upperWindow, 1);
        QCOMPARE(e[2].name, QStringLiteral("Lunes de Pascua"));
        QCOMPARE(e[2].lowerWindow, 0); // empty cells: no window
        QCOMPARE(e[3].lowerWindow, -2);
        QCOMPARE(e[3].upperWindow, 1);
        QCOMPARE(e[3].priorScale, 5.0);
        QCOMPARE(e[5].day, day(2025, 5, 15));
        QCOMPARE(r.report.products.size(), std::size_t(4)); // four names
        QCOMPARE(r.report.products[0].days, 2);             // Reyes, twice
        QCOMPARE(r.report.firstDay, day(2024, 1, 6));
        QCOMPARE(r.report.lastDay, day(2025, 5, 15));
    }

    void prophetStyleEventsAndBadRows()
    {
        const QByteArray csv = "ds;holiday;lower_window;upper_window;prior_scale\n"
                               "2024-12-24;Nochebuena;-2;0;0,5\n"
                               "2024-12-25;Navidad;x;0;\n"
                               "2024-12-31;Nochevieja;0;-1;\n"
                               "2025-12-24;Nochebuena;-2;0;0,5\n"
                               "2025-12-24;Nochebuena;-2;0;0,5\n";
        ImportSpec spec;
        spec.maxUnparsableShare = 0.5;
        const EventsResult r =
            CovariateImporter::readEventsBytes(csv, QStringLiteral("e.csv"), spec);
        QVERIFY2(!r.report.rejected(), qPrintable(allIssues(r.report)));
        QCOMPARE(r.batch.events.size(), std::size_t(2));
        QCOMPARE(r.batch.events[0].priorScale, 0.5); // decimal comma of a ';' file
        QCOMPARE(r.batch.events[0].lowerWindow, -2);
        const ImportIssue* window = findIssue(r.report, QStringLiteral("invalid_window"));
        QVERIFY(window);
        QCOMPARE(window->line, 3);
        QCOMPARE(window->column, 3);
        QCOMPARE(window->columnName, QStringLiteral("lower_window"));
        QVERIFY(findIssue(r.report, QStringLiteral("duplicate_event")));
        QCOMPARE(r.report.rowsSkipped, 3);
    }

    void conflictingPriorScaleIsAnError()
    {
        const QByteArray csv = "date,event,prior_scale\n2024-05-01,Feria,2\n2024-05-02,Feria,3\n";
        const EventsResult r = CovariateImporter::readEventsBytes(csv, QStringLiteral("e.csv"));
        const ImportIssue* i = findIssue(r.report, QStringLiteral("conflicting_prior_scale"));
        QVERIFY(r.report.rejected() && i);
        QCOMPARE(i->line, 3);
        QCOMPARE(i->column, 3);
    }

    void noDateColumn()
    {
        const WeatherResult r = CovariateImporter::readWeather(kDir + "broken_no_date.csv");
        QVERIFY(r.report.rejected());
        QVERIFY2(findIssue(r.report, QStringLiteral("no_date_column")),
                 qPrintable(allIssues(r.report)));
        QVERIFY(r.batch.series.empty());
    }

    void unparsableTemperatureInMostRows()
    {
        const WeatherResult r = CovariateImporter::readWeather(kDir + "broken_bad_temperature.csv");
        QVERIFY(r.report.rejected());
        const ImportIssue* error =
            findIssue(r.report, QStringLiteral("too_many_unparsable_values"));
        QVERIFY2(error, qPrintable(allIssues(r.report)));
        QCOMPARE(error->column, 2);
        QVERIFY2(error->message.contains(QStringLiteral("8 of 10")), qPrintable(error->message));
        // Each bad cell is listed where it is: "n.d." on line 3 (the 2 March row), column 2.
        const ImportIssue* first = findIssue(r.report, QStringLiteral("unparsable_number"));
        QVERIFY(first);
        QCOMPARE(first->line, 3);
        QCOMPARE(first->column, 2);
        QCOMPARE(first->columnName, QStringLiteral("temperature"));
        QCOMPARE(r.report.count(ImportIssue::Severity::Warning), 8);
    }

    void ambiguousDatesAreAnErrorUnlessSet()
    {
        const QByteArray csv = "fecha;tmed;prec\n01/02/2024;5,5;0\n02/02/2024;6,5;1,5\n";
        const WeatherResult r = CovariateImporter::readWeatherBytes(csv, QStringLiteral("w.csv"));
        QVERIFY(r.report.rejected());
        QVERIFY(findIssue(r.report, QStringLiteral("ambiguous_date_format")));

        ImportSpec spec;
        spec.dateOrder = QStringLiteral("mdy");
        const WeatherResult set =
            CovariateImporter::readWeatherBytes(csv, QStringLiteral("w.csv"), spec);
        QVERIFY2(!set.report.rejected(), qPrintable(allIssues(set.report)));
        QCOMPARE(set.batch.series.at(QStringLiteral("temperature")).front().first, day(2024, 1, 2));
        QCOMPARE(set.batch.series.at(QStringLiteral("precipitation")).back().second, 1.5);
    }

    void namesInFourLanguages()
    {
        QCOMPARE(weatherCovariateName(QStringLiteral("Temperatura media (°C)")),
                 QStringLiteral("temperature"));
        QCOMPARE(weatherCovariateName(QStringLiteral("Température")),
                 QStringLiteral("temperature"));
        QCOMPARE(weatherCovariateName(QStringLiteral("TEMPERATUR")), QStringLiteral("temperature"));
        QCOMPARE(weatherCovariateName(QStringLiteral("Precipitación")),
                 QStringLiteral("precipitation"));
        QCOMPARE(weatherCovariateName(QStringLiteral("Niederschlag [mm]")),
                 QStringLiteral("precipitation"));
        QCOMPARE(weatherCovariateName(QStringLiteral("pluie")), QStringLiteral("precipitation"));
        QCOMPARE(weatherCovariateName(QStringLiteral("Humidity")), QStringLiteral("humidity"));
    }
};

QTEST_GUILESS_MAIN(TestCovariateImporter)
#include "TestCovariateImporter.moc"
