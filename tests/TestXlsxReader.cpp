// The XLSX reader on hand-written workbooks (tests/data/xlsx/make_fixtures.py):
// every cell of a typical sheet, sheet choice, both date systems, rich text,
// each broken file with its one-line message, and the time for 100,000 rows.
//
// Date serials were converted by hand. 1900 system: serial 1 = 1900-01-01 and
// Excel counts a 1900-02-29 that never was, so from serial 61 on the date is
// 1899-12-30 + serial: 45658 = 2025-01-01 (2 days to 1900-01-01, then 125 years
// of 365 days and 31 leap days, 1904..2024; 1900 was not one).
// 1904 system: serial 0 = 1904-01-01, so 2025-01-01 = 45658 - 1462 = 44196.

#include "data/XlsxParts.h" // internal: the number fast path is checked against the general one
#include "data/XlsxReader.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <random>

using namespace bakery::data;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(BAKERY_TEST_DATA_DIR "/xlsx/") + QString::fromUtf8(name);
}

// A row as "A|B|C" so that a failure shows the whole row at once.
QString joined(const XlsxRow& r)
{
    return QStringList(r.cells.begin(), r.cells.end()).join(QLatin1Char('|'));
}

// Checks row numbers and every cell; the last expected cell of each row is
// non-empty, so the comparison also proves trailing empties were trimmed.
void checkRows(const XlsxTable& t, const std::vector<std::pair<int, QString>>& expected)
{
    QVERIFY2(t.ok(), qPrintable(t.error));
    QCOMPARE(t.rows.size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        QCOMPARE(t.rows[i].row, expected[i].first);
        QCOMPARE(joined(t.rows[i]), expected[i].second);
        QVERIFY(!t.rows[i].cells.back().isEmpty());
    }
}

void checkError(const XlsxTable& t, const QString& expected)
{
    QVERIFY(!t.ok());
    QCOMPARE(t.error, expected);
    QVERIFY(!t.error.contains(QLatin1Char('\n')));
    QVERIFY(t.rows.empty());
}

const QByteArray kSheetStart = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                               "<worksheet xmlns=\"http://schemas.openxmlformats.org/"
                               "spreadsheetml/2006/main\"><sheetData>";
const QByteArray kSheetEnd = "</sheetData></worksheet>";

// basic.xlsx's package (its style 1 is a date) with `sheet`, and `strings` if
// given, in place of its own.
bool writeLikeBasic(const QString& path, const QByteArray& sheet, const QByteArray& strings = {})
{
    QuaZip basic(fixture("basic.xlsx"));
    QuaZip out(path);
    if (!basic.open(QuaZip::mdUnzip) || !out.open(QuaZip::mdCreate))
        return false;
    for (bool more = basic.goToFirstFile(); more; more = basic.goToNextFile()) {
        const QString name = basic.getCurrentFileName();
        QuaZipFile in(&basic);
        QuaZipFile file(&out);
        if (!in.open(QIODevice::ReadOnly) || !file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        const QByteArray data = name == u"xl/worksheets/sheet1.xml" ? sheet
                                : name == u"xl/sharedStrings.xml" && !strings.isEmpty()
                                    ? strings
                                    : in.readAll();
        if (file.write(data) != data.size())
            return false;
        file.close();
        if (file.getZipError() != UNZ_OK)
            return false;
    }
    out.close();
    return out.getZipError() == UNZ_OK;
}

// A till export's shape: date, product (shared string), units, price.
bool writeLargeWorkbook(const QString& path, int rows)
{
    QByteArray sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const char* s : {"Fecha", "Producto", "Unidades", "Precio", "Barra", "Croissant",
                          "Napolitana", "Ensaimada"})
        sst += QByteArray("<si><t>") + s + "</t></si>";
    sst += "</sst>";

    QByteArray sheet = kSheetStart;
    sheet.reserve(rows * 140);
    sheet += "<row r=\"1\">";
    for (int c = 0; c < 4; ++c)
        sheet += "<c r=\"" + QByteArray(1, static_cast<char>('A' + c)) + "1\" t=\"s\"><v>" +
                 QByteArray::number(c) + "</v></c>";
    sheet += "</row>";
    for (int i = 0; i < rows; ++i) {
        const QByteArray r = QByteArray::number(i + 2);
        sheet += "<row r=\"" + r + "\"><c r=\"A" + r + "\" s=\"1\"><v>" +
                 QByteArray::number(45658 + i / 200) + "</v></c><c r=\"B" + r + "\" t=\"s\"><v>" +
                 QByteArray::number(4 + i % 4) + "</v></c><c r=\"C" + r + "\"><v>" +
                 QByteArray::number(1 + i % 17) + "</v></c><c r=\"D" + r + "\"><v>" +
                 QByteArray::number(0.5 + (i % 5) * 0.25) + "</v></c></row>";
    }
    sheet += kSheetEnd;
    return writeLikeBasic(path, sheet, sst);
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void basicEveryCell()
    {
        const XlsxTable t = XlsxReader::read(fixture("basic.xlsx"));
        QCOMPARE(t.sheet, QStringLiteral("Hoja1"));
        QCOMPARE(t.sheetNames, QStringList{QStringLiteral("Hoja1")});
        // Rows 1-2 do not exist, row 5 is an empty formatted row, column D is a
        // gap, row 8 and most of its cells have no r attribute.
        checkRows(t,
                  {{3, QStringLiteral("Fecha|Fecha y hora|Producto||Cantidad|Precio|Oferta|Nota")},
                   // 45658 = 2025-01-01 (numFmt 14); 45658.3125 = 07:30 ("dd/mm/yyyy hh:mm");
                   // 0.85 under "0.00"; boolean 1; a formula's string result.
                   {4, QStringLiteral("2025-01-01|2025-01-01T07:30:00|Barra de pan||12|0.85|"
                                      "TRUE|Barra de pan fresca")},
                   // 45659.75 = 18:00; "1234.5599999999999" is the double 1234.56; the price
                   // format '#,##0.00\ "€/ud"' has a d only in quoted text: a number.
                   {6, QStringLiteral("2025-01-02|2025-01-02T18:00:00|Croissant||1234.56|1.2|"
                                      "FALSE|#N/A")},
                   // 45660.999999 is 23:59:59.9136 and rounds to the next midnight; an
                   // inline string; a return; 0.1 + 0.2 kept exact; H7 is an empty string.
                   {7, QStringLiteral("2025-01-03|2025-01-04T00:00:00|Ensaimada||-2|"
                                      "0.30000000000000004")},
                   // 45661.1 = 2025-01-04 02:24 (0.1 day); spaces of the shared string kept.
                   {8, QStringLiteral("2025-01-04|2025-01-04T02:24:00| Pan de leña ||100000|"
                                      "2.5")}});
    }

    void firstSheetByDefault()
    {
        const XlsxTable t = XlsxReader::read(fixture("two_sheets.xlsx"));
        QCOMPARE(t.sheetNames, (QStringList{QStringLiteral("Resumen"), QStringLiteral("Ventas")}));
        QCOMPARE(t.sheet, QStringLiteral("Resumen")); // workbook order, though it is sheet2.xml
        checkRows(t, {{1, QStringLiteral("Total|42")}});
    }

    void sheetByName()
    {
        const XlsxTable t = XlsxReader::read(fixture("two_sheets.xlsx"), QStringLiteral("Ventas"));
        QCOMPARE(t.sheet, QStringLiteral("Ventas"));
        QCOMPARE(t.sheetNames, (QStringList{QStringLiteral("Resumen"), QStringLiteral("Ventas")}));
        checkRows(t, {{1, QStringLiteral("Fecha|Producto|Cantidad")},
                      {2, QStringLiteral("2025-01-01|Barra|10")}});
        // Excel's sheet names are case-insensitive.
        const XlsxTable lower =
            XlsxReader::read(fixture("two_sheets.xlsx"), QStringLiteral("ventas"));
        QCOMPARE(lower.sheet, QStringLiteral("Ventas"));
        QCOMPARE(lower.rows.size(), std::size_t(2));
    }

    void unknownSheet()
    {
        const XlsxTable t = XlsxReader::read(fixture("two_sheets.xlsx"), QStringLiteral("Compras"));
        checkError(t, QStringLiteral("two_sheets.xlsx: no sheet named 'Compras'; the workbook "
                                     "has 'Resumen', 'Ventas'"));
        QCOMPARE(t.sheetNames, (QStringList{QStringLiteral("Resumen"), QStringLiteral("Ventas")}));
    }

    void dates1904()
    {
        // 44196 = 2025-01-01 (1904 system); 44196.5 noon under numFmt 22;
        // 0 = 1904-01-01; 1.25 = 1904-01-02 06:00.
        checkRows(XlsxReader::read(fixture("date1904.xlsx")),
                  {{1, QStringLiteral("Fecha|Fecha y hora")},
                   {2, QStringLiteral("2025-01-01|2025-01-01T12:00:00")},
                   {3, QStringLiteral("1904-01-01|1904-01-02T06:00:00")}});
    }

    void richText()
    {
        checkRows(XlsxReader::read(fixture("rich_text.xlsx")),
                  {{1, QStringLiteral("Pan integral")},      // two runs, the second bold
                   {2, QStringLiteral("食パン")},            // phonetic guide left out
                   {3, QStringLiteral("  Magdalena ")},      // xml:space="preserve"
                   {4, QStringLiteral("Tarta\r\nde queso")}, // _x000D_ and a raw LF
                   {5, QStringLiteral("Ref_x0031_")},        // _x005F_ is an escaped '_'
                   {6, QStringLiteral("Roscón de Reyes")}}); // inline rich text
    }

    void dateEdgesAndFormats()
    {
        checkRows(XlsxReader::read(fixture("date_edges.xlsx")),
                  {// 1, 59, 60, 61 under numFmt 14; 60.5 (22); 0.25 (21, a time: day 0 is
                   // 1899-12-31); 2958465 is Excel's last day; -1 and 2958466 have no date;
                   // 45658.99999999 rounds to midnight; 0.5 under mm:ss (45).
                   {1, QStringLiteral("1900-01-01|1900-02-28|1900-02-29|1900-03-01|"
                                      "1900-02-29T12:00:00|1899-12-31T06:00:00|9999-12-31|-1|"
                                      "2958466|2025-01-02T00:00:00|1899-12-31T12:00:00")},
                   // 45658 under: [Red]0.00, 0" días", long date, yyyy\-mm\-dd, "Día "0, mmm\-yy,
                   // [h]:mm:ss, 0.00E+00, 0\ \h, Standard, 0.00, an unknown style, General.
                   {2, QStringLiteral("45658|45658|2025-01-01|2025-01-01|45658|2025-01-01|"
                                      "2025-01-01|45658|45658|45658|45658|45658|45658")},
                   // Shortest round-trip text; exponent only outside 1e-6 .. 1e21; a
                   // non-number kept; a t="d" cell kept as written.
                   {3, QStringLiteral("0.001|1e-07|123456789012345680000|1e+21|0|0.1|abc|"
                                      "2025-01-01T10:00:00")}});
    }

    void errors_data()
    {
        // Each message starts with the file's name, which is also the fixture read.
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing file")
            << QStringLiteral("missing.xlsx: cannot open the file (No such file or directory)");
        QTest::newRow("not a zip")
            << QStringLiteral("not_a_zip.xlsx: not an XLSX file: it is not a zip archive");
        QTest::newRow("truncated") << QStringLiteral(
            "truncated.xlsx: corrupt or truncated zip archive: its central directory cannot be "
            "read");
        QTest::newRow("no workbook")
            << QStringLiteral("no_workbook.xlsx: not an XLSX workbook: xl/workbook.xml is missing");
        QTest::newRow("bad sheet XML") << QStringLiteral(
            "bad_sheet_xml.xlsx: sheet 'Hoja1' (xl/worksheets/sheet1.xml) is not well-formed XML "
            "at line 9: Opening and ending tag mismatch.");
        // The entry's data lies past the end of the file: an error, not an endless wait.
        QTest::newRow("corrupt entry") << QStringLiteral(
            "corrupt_entry.xlsx: corrupt or truncated zip archive: entry xl/worksheets/sheet1.xml "
            "cannot be read");
        QTest::newRow("zip bomb") << QStringLiteral(
            "zip_bomb.xlsx: entry xl/worksheets/sheet1.xml is too large: 600000000 bytes "
            "uncompressed, more than the 512 MB allowed");
    }

    void errors()
    {
        QFETCH(QString, expected);
        const QString file = expected.section(QLatin1Char(':'), 0, 0);
        checkError(XlsxReader::read(fixture(file.toUtf8().constData())), expected);
    }

    void numberFastPath()
    {
        // Cell text kept as written must be exactly what the general path prints.
        using bakery::data::xlsx::isShortestNumberText;
        using bakery::data::xlsx::numberText;
        for (const char* yes : {"0", "12", "-2", "0.5", "-0.5", "1234.56", "45658", "0.000001",
                                "123456789012345", "99999.9999999999"})
            QVERIFY2(isShortestNumberText(QString::fromLatin1(yes)), yes);
        for (const char* no : {"-0", "0.0000001", "1234.5599999999999", "1234567890123456", "007",
                               "1.", "1.50", ".5", "1e3", "1E-3", "12a", "", "-", "+1", " 1",
                               "\u0663"}) // the last, an Arabic-Indic three
            QVERIFY2(!isShortestNumberText(QString::fromUtf8(no)), no);
        std::mt19937_64 rng(20250101);
        std::uniform_real_distribution<double> mantissa(-10.0, 10.0);
        std::uniform_int_distribution<int> exponent(-8, 18), decimals(0, 17);
        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            const double v = mantissa(rng) * std::pow(10.0, exponent(rng));
            const QString text = QString::number(v, 'f', decimals(rng));
            if (!isShortestNumberText(text))
                continue;
            ++accepted;
            QCOMPARE(numberText(text.toDouble()), text);
        }
        QVERIFY(accepted > 1000);
    }

    void sheetContentErrors_data()
    {
        QTest::addColumn<QByteArray>("rows");
        QTest::addColumn<QString>("expected");
        const QString where = QStringLiteral("bad.xlsx: sheet 'Hoja1' (xl/worksheets/sheet1.xml), "
                                             "line 2: ");
        QTest::newRow("shared string")
            << QByteArray("<row r=\"4\"><c r=\"C4\" t=\"s\"><v>99</v></c></row>")
            << where + QStringLiteral("cell C4: shared string 99 does not "
                                      "exist (the workbook has 10)");
        QTest::newRow("beyond XFD") << QByteArray("<row r=\"1\"><c r=\"XFE1\"><v>1</v></c></row>")
                                    << where + QStringLiteral("cell reference 'XFE1' is not valid");
        QTest::newRow("beyond row 1048576")
            << QByteArray("<row r=\"1048577\"><c><v>1</v></c></row>")
            << where + QStringLiteral("row number '1048577' is not valid");
    }

    void sheetContentErrors()
    {
        QFETCH(QByteArray, rows);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bad.xlsx"));
        QVERIFY(writeLikeBasic(path, kSheetStart + rows + kSheetEnd));
        checkError(XlsxReader::read(path), expected);
    }

    void looksLikeXlsx()
    {
        QFile basic(fixture("basic.xlsx"));
        QVERIFY(basic.open(QIODevice::ReadOnly));
        QVERIFY(XlsxReader::looksLikeXlsx(basic.read(8)));
        QVERIFY(XlsxReader::looksLikeXlsx(QByteArrayLiteral("PK\x03\x04")));
        QVERIFY(!XlsxReader::looksLikeXlsx(QByteArrayLiteral("PK\x05\x06"))); // empty zip
        QVERIFY(!XlsxReader::looksLikeXlsx(QByteArrayLiteral("PK\x03")));
        QVERIFY(!XlsxReader::looksLikeXlsx(QByteArray()));
        QVERIFY(!XlsxReader::looksLikeXlsx(QByteArrayLiteral("Fecha;Producto;Cantidad\n")));
        QVERIFY(!XlsxReader::looksLikeXlsx(QByteArrayLiteral("\xD0\xCF\x11\xE0"))); // old .xls
    }

    void timing100kRows()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("large.xlsx"));
        constexpr int kRows = 100000;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(writeLargeWorkbook(path, kRows));
        const qint64 writeMs = timer.restart();
        const XlsxTable t = XlsxReader::read(path);
        const qint64 readMs = timer.elapsed();
        qInfo("XLSX %d rows x 4 columns (%lld KB zipped): written in %lld ms, read in %lld ms",
              kRows, QFileInfo(path).size() / 1024, writeMs, readMs);
        QVERIFY2(t.ok(), qPrintable(t.error));
        QCOMPARE(t.rows.size(), std::size_t(kRows + 1));
        QCOMPARE(joined(t.rows[0]), QStringLiteral("Fecha|Producto|Unidades|Precio"));
        QCOMPARE(joined(t.rows[1]), QStringLiteral("2025-01-01|Barra|1|0.5"));
        // i = 99999: serial 45658 + 499 = 2026-05-15, product 3, 1 + 99999 % 17 = 6,
        // 0.5 + 4 * 0.25 = 1.5.
        QCOMPARE(t.rows.back().row, kRows + 1);
        QCOMPARE(joined(t.rows.back()), QStringLiteral("2026-05-15|Ensaimada|6|1.5"));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "TestXlsxReader.moc"
