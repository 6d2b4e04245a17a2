// The importer against the real public data sets and a corpus of broken files.
// Expected figures come from tests/data/import/expected, computed by an independent
// script with hand-written knowledge of each file (see tests/data/README.md).
#include "calendar/EpochDay.h"
#include "data/SalesImporter.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <map>

using namespace bakery;
using namespace bakery::data;

namespace {

const QString kImportDir = QStringLiteral(BAKERY_TEST_DATA_DIR "/import");

struct ExpectedProduct
{
    int days = 0;
    double total = 0;
    QString first, last;
};

QList<QByteArrayList> readCsv(const QString& path)
{
    QFile f(path);
    QList<QByteArrayList> rows;
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    f.readLine(); // header
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        if (line.isEmpty())
            continue;
        // Names may hold commas inside quotes; the expected files quote such names.
        QByteArrayList cells;
        QByteArray cell;
        bool quoted = false;
        for (char c : line) {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
                cells << cell, cell.clear();
            else
                cell += c;
        }
        cells << cell;
        rows << cells;
    }
    return rows;
}

bool close(double a, double b)
{
    return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b));
}

QString iso(int day)
{
    return calendar::fromEpochDay(day).toString(Qt::ISODate);
}

bool hasIssue(const ImportReport& r, const QString& code, int line = -1)
{
    for (const ImportIssue& i : r.issues)
        if (i.code == code && (line < 0 || i.line == line))
            return true;
    return false;
}

QString describe(const ImportReport& r)
{
    QStringList lines = r.decisions;
    for (const ImportIssue& i : r.issues)
        lines << i.code + QStringLiteral(" ") + i.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestSalesImporter : public QObject
{
    Q_OBJECT

private slots:
    void realFilesMatchIndependentTotals_data();
    void realFilesMatchIndependentTotals();
    void priceList();
    void brokenFilesGiveTheirError_data();
    void brokenFilesGiveTheirError();
    void fiveMegabyteLine();
    void specOverridesDetection();
    void xlsxWorkbook();
    void detectedFormat_data();
    void detectedFormat();
    void noSilentMiscounts_data();
    void noSilentMiscounts();
};

void TestSalesImporter::realFilesMatchIndependentTotals_data()
{
    QTest::addColumn<QString>("file");
    for (const QString& folder : {QStringLiteral("bread-basket"), QStringLiteral("korean-bakery"),
                                  QStringLiteral("pharma-sales"),
                                  QStringLiteral("prophet-examples"), QStringLiteral("good")}) {
        const QStringList expected =
            QDir(kImportDir + QStringLiteral("/expected/") + folder)
                .entryList({QStringLiteral("*.products.csv")}, QDir::Files, QDir::Name);
        for (QString name : expected) {
            name.chop(QStringLiteral(".products.csv").size());
            QTest::newRow(qPrintable(folder + QLatin1Char('/') + name))
                << folder + QLatin1Char('/') + name;
        }
    }
}

void TestSalesImporter::realFilesMatchIndependentTotals()
{
    QFETCH(QString, file);
    SalesImporter importer;
    const ImportResult result = importer.read(kImportDir + QLatin1Char('/') + file);
    const ImportReport& report = result.report;
    QVERIFY2(!report.rejected(), qPrintable(describe(report)));

    std::map<QString, ExpectedProduct> expected;
    for (const QByteArrayList& row : readCsv(kImportDir + QStringLiteral("/expected/") + file +
                                             QStringLiteral(".products.csv")))
        expected[QString::fromUtf8(row[0])] = {row[1].toInt(), row[2].toDouble(),
                                               QString::fromLatin1(row[3]),
                                               QString::fromLatin1(row[4])};
    QCOMPARE(report.products.size(), expected.size());
    for (const ProductTotal& p : report.products) {
        const auto it = expected.find(p.name);
        QVERIFY2(it != expected.end(),
                 qPrintable(QStringLiteral("unexpected product \"%1\"").arg(p.name)));
        QCOMPARE(p.days, it->second.days);
        QVERIFY2(close(p.total, it->second.total),
                 qPrintable(QStringLiteral("%1: %2 vs %3")
                                .arg(p.name)
                                .arg(p.total, 0, 'g', 17)
                                .arg(it->second.total, 0, 'g', 17)));
        QCOMPARE(iso(p.firstDay), it->second.first);
        QCOMPARE(iso(p.lastDay), it->second.last);
    }
    // Per-day totals over all products.
    std::map<int, double> perDay;
    for (const auto& p : result.batch.products)
        for (const auto& d : p.days)
            perDay[d.day] += d.value;
    const auto days =
        readCsv(kImportDir + QStringLiteral("/expected/") + file + QStringLiteral(".days.csv"));
    QCOMPARE(perDay.size(), static_cast<std::size_t>(days.size()));
    for (const QByteArrayList& row : days) {
        const int day =
            calendar::toEpochDay(QDate::fromString(QString::fromLatin1(row[0]), Qt::ISODate));
        QVERIFY2(perDay.count(day) && close(perDay[day], row[1].toDouble()), row[0].constData());
    }
    QFile summaryFile(kImportDir + QStringLiteral("/expected/") + file +
                      QStringLiteral(".summary.json"));
    QVERIFY(summaryFile.open(QIODevice::ReadOnly));
    const QJsonObject summary = QJsonDocument::fromJson(summaryFile.readAll()).object();
    QCOMPARE(report.closedDays, summary.value(QStringLiteral("closed_days_in_range")).toInt());
}

void TestSalesImporter::priceList()
{
    const ImportResult result =
        SalesImporter().read(kImportDir + QStringLiteral("/korean-bakery/Bakery price.csv"));
    QVERIFY2(!result.report.rejected(), qPrintable(describe(result.report)));
    const auto rows =
        readCsv(kImportDir + QStringLiteral("/expected/korean-bakery/Bakery price.csv.prices.csv"));
    QCOMPARE(result.batch.products.size(), static_cast<std::size_t>(rows.size()));
    for (const QByteArrayList& row : rows) {
        const auto it =
            std::find_if(result.batch.products.begin(), result.batch.products.end(),
                         [&](const auto& p) { return p.name == QString::fromUtf8(row[0]); });
        QVERIFY2(it != result.batch.products.end(), row[0].constData());
        QCOMPARE(it->price, row[1].toDouble());
        QVERIFY(it->days.empty());
    }
    QVERIFY(hasIssue(result.report, QStringLiteral("unparsable_number"))); // delivery fee 2000~4000
}

void TestSalesImporter::brokenFilesGiveTheirError_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("line");
    for (const QByteArrayList& row : readCsv(kImportDir + QStringLiteral("/broken/manifest.csv"))) {
        if (row[0].startsWith("GENERATED"))
            continue;
        QTest::newRow(row[0].constData())
            << QString::fromUtf8(row[0]) << QString::fromUtf8(row[1]) << row[2].toInt();
    }
}

void TestSalesImporter::brokenFilesGiveTheirError()
{
    QFETCH(QString, file);
    QFETCH(QString, code);
    QFETCH(int, line);
    const ImportResult result =
        SalesImporter().read(kImportDir + QStringLiteral("/broken/") + file);
    QVERIFY2(result.report.rejected(), qPrintable(describe(result.report)));
    QVERIFY2(hasIssue(result.report, code, line), qPrintable(describe(result.report)));
    QVERIFY(result.batch.products.empty());
    for (const ImportIssue& i : result.report.issues)
        QVERIFY(!i.message.contains(QLatin1Char('\n')));
}

void TestSalesImporter::fiveMegabyteLine()
{
    QByteArray bytes("date,product,quantity,");
    bytes.append(5 * 1024 * 1024 - bytes.size(), 'x');
    const ImportResult result = SalesImporter().readBytes(bytes, QStringLiteral("long_line.csv"));
    QVERIFY2(hasIssue(result.report, QStringLiteral("line_too_long"), 1),
             qPrintable(describe(result.report)));
}

void TestSalesImporter::specOverridesDetection()
{
    // The ambiguous file imports once the spec says day-first.
    ImportSpec spec;
    spec.dateOrder = QStringLiteral("dmy");
    const ImportResult result =
        SalesImporter(spec).read(kImportDir + QStringLiteral("/broken/ambiguous_dates.csv"));
    QVERIFY2(!result.report.rejected(), qPrintable(describe(result.report)));
    QVERIFY(!result.report.products.empty());
}

void TestSalesImporter::xlsxWorkbook()
{
    // ventas.xlsx: a notes sheet first, the sales on sheet 'Ventas' (see make_ventas_xlsx.py).
    const QString path = kImportDir + QStringLiteral("/good/ventas.xlsx");
    const ImportResult first = SalesImporter().read(path);
    QVERIFY(first.report.rejected()); // 'Notas' has no dates
    QVERIFY(hasIssue(first.report, QStringLiteral("no_data_rows")) ||
            hasIssue(first.report, QStringLiteral("no_date_column")));
    ImportSpec spec;
    spec.sheet = QStringLiteral("Ventas");
    const ImportResult result = SalesImporter(spec).read(path);
    QVERIFY2(!result.report.rejected(), qPrintable(describe(result.report)));
    QCOMPARE(result.report.products.size(), std::size_t(2));
    const ProductTotal& bread = result.report.products[0];
    QCOMPARE(bread.name, QStringLiteral("Barra de pan"));
    QCOMPARE(bread.days, 4);
    QCOMPARE(bread.total, 117.125); // 22.125 is a number cell, not text to guess a decimal mark in
    QCOMPARE(iso(bread.firstDay), QStringLiteral("2024-01-01"));
    QCOMPARE(iso(bread.lastDay), QStringLiteral("2024-01-07"));
    const ProductTotal& roscon = result.report.products[1];
    QCOMPARE(roscon.name, QStringLiteral("Rosc\u00f3n de Reyes"));
    QCOMPARE(roscon.total, 16.0);
    QCOMPARE(result.report.closedDays, 3);
    QCOMPARE(result.batch.products[1].price, 18.5);
    ImportSpec missing;
    missing.sheet = QStringLiteral("Julio");
    const ImportResult wrongSheet = SalesImporter(missing).read(path);
    QVERIFY(hasIssue(wrongSheet.report, QStringLiteral("unreadable_xlsx")));
}

// The detected format as values (which the wizard remembers), known from the files' contents.
void TestSalesImporter::detectedFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("spec"); // an import spec in JSON
    QTest::addColumn<QString>("format");  // encoding delimiter decimal dateOrder layout
    QTest::addColumn<QString>("columns");
    // Windows-1252 (Artículo as 0xED), ';', 36,00 and 12,5, 29/12/2023.
    QTest::newRow("spanish") << QStringLiteral("good/spanish_semicolon.csv") << QByteArray("{}")
                             << QStringLiteral("windows-1252 ; , dmy long")
                             << QStringLiteral("Date=Fecha Product=Art\u00edculo Quantity=Cantidad "
                                               "Revenue=Importe");
    QTest::newRow("pharma: ';', 3.67, 1/13/2014")
        << QStringLiteral("pharma-sales/salesdaily.csv") << QByteArray("{}")
        << QStringLiteral("utf-8 ; . mdy wide") << QStringLiteral("Date=datum");
    // UTF-8 with BOM, 11/07/2019 and 13/07/2019; whole numbers only; total is an amount.
    QTest::newRow("korean") << QStringLiteral("korean-bakery/Bakery Sales.csv") << QByteArray("{}")
                            << QStringLiteral("utf-8 , - dmy wide")
                            << QStringLiteral("Date=datetime Revenue=total");
    QTest::newRow("price list") << QStringLiteral("korean-bakery/Bakery price.csv")
                                << QByteArray("{}") << QStringLiteral("utf-8 , - - price_list")
                                << QStringLiteral("Price=price Product=Name");
    QTest::newRow("bread basket: ISO dates, a line per item sold")
        << QStringLiteral("bread-basket/BreadBasket_DMS.csv") << QByteArray("{}")
        << QStringLiteral("utf-8 , - ymd line_per_unit")
        << QStringLiteral("Date=Date Product=Item Time=Time");
    QTest::newRow("single series")
        << QStringLiteral("prophet-examples/example_retail_sales.csv") << QByteArray("{}")
        << QStringLiteral("utf-8 , - ymd wide") << QStringLiteral("Date=ds Quantity=y");
    // Workbook cells: no encoding, delimiter or decimal mark; dates come as ISO text.
    QTest::newRow("xlsx") << QStringLiteral("good/ventas.xlsx")
                          << QByteArray(R"({"sheet": "Ventas"})")
                          << QStringLiteral("- - - ymd long")
                          << QStringLiteral("Date=Fecha Price=Precio Product=Producto "
                                            "Quantity=Cantidad");
    // What the spec sets is not detected (encoding, delimiter and columns are what was used).
    QTest::newRow("set by hand")
        << QStringLiteral("broken/ambiguous_dates.csv")
        << QByteArray(R"({"date_order": "dmy", "decimal": ".", "encoding": "windows-1252"})")
        << QStringLiteral("windows-1252 , - - long")
        << QStringLiteral("Date=date Product=product Quantity=quantity");
}

void TestSalesImporter::detectedFormat()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, spec);
    QFETCH(QString, format);
    QFETCH(QString, columns);
    const ImportSpec s = ImportSpec::fromJson(spec, nullptr); // a typo fails the comparisons
    const ImportReport report = SalesImporter(s).read(kImportDir + '/' + file).report;
    QVERIFY2(!report.rejected(), qPrintable(describe(report)));
    const DetectedFormat& d = report.detected;
    const auto shown = [](const QString& v) { return v.isEmpty() ? QStringLiteral("-") : v; };
    QCOMPARE(QStringList({shown(d.encoding), shown(d.delimiter), shown(d.decimal),
                          shown(d.dateOrder), layoutName(d.layout)})
                 .join(' '),
             format);
    QStringList found;
    for (auto it = d.columns.cbegin(); it != d.columns.cend(); ++it)
        found << it.key() + '=' + it.value();
    QCOMPARE(found.join(' '), columns);
}

// Files that an over-eager detector would import with wrong totals and no warning: each must
// either import with the hand-counted totals or be refused with its error.
void TestSalesImporter::noSilentMiscounts_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("spec");     // "" or "key=value"
    QTest::addColumn<QString>("expected"); // "product=total;..." or "error:code"
    QTest::newRow("ticket numbers are not quantities")
        << QByteArray("fecha;ticket_no;producto\n2024-01-15;1001;pan\n2024-01-15;1001;pan\n"
                      "2024-01-15;1002;croissant\n2024-01-16;1003;pan\n")
        << QString() << QStringLiteral("croissant=1;pan=3");
    QTest::newRow("amounts without quantities are refused")
        << QByteArray("date,store,item,sales\n2024-01-15,1,bread,13\n2024-01-15,1,croissant,5\n"
                      "2024-01-16,1,bread,11\n")
        << QString() << QStringLiteral("error:no_quantity_column");
    QTest::newRow("... or summed as revenue when asked")
        << QByteArray("date,store,item,sales\n2024-01-15,1,bread,13\n2024-01-15,1,croissant,5\n"
                      "2024-01-16,1,bread,11\n")
        << QStringLiteral("measure=revenue") << QStringLiteral("bread=24;croissant=5");
    QTest::newRow("PLU codes are not quantities")
        << QByteArray("fecha;plu;articulo;importe\n15/01/2024;101;pan;2,50\n15/01/"
                      "2024;102;croissant;1,20\n"
                      "16/01/2024;101;pan;2,50\n")
        << QString() << QStringLiteral("error:no_quantity_column");
    QTest::newRow("French nombre is a count")
        << QByteArray("date;article;nombre\n2024-01-15;pain;5\n2024-01-15;croissant;3\n2024-01-16;"
                      "pain;7\n")
        << QString() << QStringLiteral("croissant=3;pain=12");
    QTest::newRow("1.500 alone is ambiguous")
        << QByteArray(
               "fecha;pan;croissant\n15/01/2024;1.500;2\n16/01/2024;2.250;3\n17/01/2024;0.750;1\n")
        << QString() << QStringLiteral("error:ambiguous_number_format");
    QTest::newRow("... and decided by the spec")
        << QByteArray(
               "fecha;pan;croissant\n15/01/2024;1.500;2\n16/01/2024;2.250;3\n17/01/2024;0.750;1\n")
        << QStringLiteral("decimal=.") << QStringLiteral("croissant=6;pan=4.5");
    QTest::newRow("store ids and weather are not products")
        << QByteArray("fecha;tienda_id;temperatura;pan;croissant\n15/01/2024;3;12;10;4\n16/01/"
                      "2024;3;11;12;5\n")
        << QString() << QStringLiteral("croissant=9;pan=22");
}

void TestSalesImporter::noSilentMiscounts()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, spec);
    QFETCH(QString, expected);
    ImportSpec importSpec;
    if (spec == QLatin1String("measure=revenue"))
        importSpec.measure = ImportSpec::Measure::Revenue;
    else if (spec == QLatin1String("decimal=."))
        importSpec.decimal = QStringLiteral(".");
    const ImportReport report =
        SalesImporter(importSpec).readBytes(csv, QStringLiteral("probe.csv")).report;
    if (expected.startsWith(QLatin1String("error:"))) {
        QVERIFY2(report.rejected() && hasIssue(report, expected.mid(6)),
                 qPrintable(describe(report)));
        return;
    }
    QVERIFY2(!report.rejected(), qPrintable(describe(report)));
    QStringList totals;
    for (const ProductTotal& p : report.products)
        totals << p.name + QLatin1Char('=') + QString::number(p.total);
    QCOMPARE(totals.join(QLatin1Char(';')), expected);
}

QTEST_GUILESS_MAIN(TestSalesImporter)
#include "TestSalesImporter.moc"
