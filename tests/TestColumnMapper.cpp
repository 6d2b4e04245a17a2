// ColumnMapper: header names in four languages, header normalisation, content
// inference for unknown headers, wide and single-series layouts, price lists,
// spec overrides and the mapping errors.
#include "data/ColumnMapper.h"

#include <QtTest>

#include <string>
#include <vector>

using namespace bakery::data;

namespace {

using Rows = std::vector<std::vector<std::string>>;

QStringList split(const QString& header)
{
    const QChar delimiter = header.contains(QLatin1Char(';')) ? QLatin1Char(';') : QLatin1Char(',');
    return header.split(delimiter);
}

// `n` rows of (day-first date, product, quantity) in the columns named by `order`:
// 'd' date, 'p' product (3 names), 'q' quantity, 't' free text (all different).
Rows sales(const char* order, int n)
{
    const char* products[] = {"Pan", "Croissant", "Napolitana"};
    Rows rows;
    for (int i = 0; i < n; ++i) {
        std::vector<std::string> row;
        for (const char* c = order; *c; ++c) {
            switch (*c) {
            case 'd':
                row.push_back((i % 28 + 1 < 10 ? "0" : "") + std::to_string(i % 28 + 1) +
                              "/03/2024");
                break;
            case 'p':
                row.push_back(products[i % 3]);
                break;
            case 'q':
                row.push_back(std::to_string(i % 7 + 1) + (i % 2 ? ",5" : ""));
                break;
            default:
                row.push_back("note number " + std::to_string(i));
            }
        }
        rows.push_back(row);
    }
    return rows;
}

bool anyContains(const QStringList& decisions, const QString& a, const QString& b)
{
    for (const QString& d : decisions)
        if (d.contains(a) && d.contains(b))
            return true;
    return false;
}

} // namespace

class TestColumnMapper : public QObject
{
    Q_OBJECT

private slots:
    void headerNames_data();
    void headerNames();
    void normalizeHeader_data();
    void normalizeHeader();
    void inferredFromContent();
    void linePerUnitWithoutQuantity();
    void wideLayoutIgnoresCalendarColumns();
    void singleSeries();
    void priceList();
    void specOverrides();
    void errors();
};

void TestColumnMapper::headerNames_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QList<int>>(
        "roles"); // date, time, product, quantity, revenue, price, category

    QTest::newRow("es") << QStringLiteral("Fecha;Art\u00edculo;Cantidad")
                        << QList<int>{0, -1, 1, 2, -1, -1, -1};
    QTest::newRow("en") << QStringLiteral("Date,Item,Qty") << QList<int>{0, -1, 1, 2, -1, -1, -1};
    QTest::newRow("de") << QStringLiteral("Datum;Artikel;Menge")
                        << QList<int>{0, -1, 1, 2, -1, -1, -1};
    QTest::newRow("fr") << QStringLiteral("date;article;quantit\u00e9")
                        << QList<int>{0, -1, 1, 2, -1, -1, -1};
    QTest::newRow("es, other order") << QStringLiteral("Producto;Unidades;Fecha de venta")
                                     << QList<int>{2, -1, 0, 1, -1, -1, -1};
    QTest::newRow("es, every role")
        << QStringLiteral("Fecha;Hora;Familia;Descripci\u00f3n;Uds;Precio;Importe")
        << QList<int>{0, 1, 3, 4, 6, 5, 2};
    QTest::newRow("en, every role")
        << QStringLiteral("Sale Date,Time,Category,Product Name,Quantity,Unit Price,Total")
        << QList<int>{0, 1, 3, 4, 6, 5, 2};
    QTest::newRow("fr, every role")
        << QStringLiteral("Jour;Heure;Cat\u00e9gorie;Libell\u00e9;Qt\u00e9;Prix unitaire;Montant")
        << QList<int>{0, 1, 3, 4, 6, 5, 2};
    QTest::newRow("de, every role")
        << QStringLiteral("Verkaufsdatum;Uhrzeit;Warengruppe;Bezeichnung;St\u00fcck;Einzelpreis;"
                          "Umsatz")
        << QList<int>{0, 1, 3, 4, 6, 5, 2};
}

void TestColumnMapper::headerNames()
{
    QFETCH(QString, header);
    QFETCH(QList<int>, roles);
    const QStringList names = split(header);
    // Content agrees with the names, but every role is found by its name.
    Rows rows(5, std::vector<std::string>(static_cast<std::size_t>(names.size()), "1"));
    const ColumnMapping m = ColumnMapper::map(names, rows, ImportSpec{}, QStringLiteral("ventas"));
    QVERIFY2(m.ok(), qPrintable(m.errorMessage));
    QCOMPARE((QList<int>{m.date, m.time, m.product, m.quantity, m.revenue, m.price, m.category}),
             roles);
    QCOMPARE(m.layout, ImportSpec::Layout::Long);
    for (const QString& d : m.decisions)
        QVERIFY2(!d.contains(QStringLiteral("inferred")), qPrintable(d));
    QVERIFY(anyContains(m.decisions, QStringLiteral("Product column"),
                        QStringLiteral("(by its name)")));
}

void TestColumnMapper::normalizeHeader_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("accent") << QStringLiteral("Art\u00edculo") << QStringLiteral("articulo");
    QTest::newRow("upper case accent")
        << QStringLiteral("QUANTIT\u00c9") << QStringLiteral("quantite");
    QTest::newRow("n tilde") << QStringLiteral("A\u00f1o") << QStringLiteral("ano");
    QTest::newRow("umlaut") << QStringLiteral("St\u00fcck") << QStringLiteral("stuck");
    QTest::newRow("underscore") << QStringLiteral("Fecha_Venta") << QStringLiteral("fecha venta");
    QTest::newRow("hyphen") << QStringLiteral("unit-price") << QStringLiteral("unit price");
    QTest::newRow("dot") << QStringLiteral("Total.EUR") << QStringLiteral("total eur");
    QTest::newRow("slash and spaces")
        << QStringLiteral("  Date / Time  ") << QStringLiteral("date time");
    QTest::newRow("mixed runs") << QStringLiteral("__Unit--Price..")
                                << QStringLiteral("unit price");
    QTest::newRow("decomposed accent")
        << QStringLiteral("Cate\u0301gorie") << QStringLiteral("categorie");
    QTest::newRow("empty") << QString() << QString();
}

void TestColumnMapper::normalizeHeader()
{
    QFETCH(QString, header);
    QFETCH(QString, normalized);
    QCOMPARE(bakery::data::normalizeHeader(header), normalized);
}

void TestColumnMapper::inferredFromContent()
{
    // No header name is known: dates, a text column with 3 names among 30 rows, numbers.
    const QStringList header{QStringLiteral("col_a"), QStringLiteral("col_b"),
                             QStringLiteral("col_c")};
    const ColumnMapping m = ColumnMapper::map(header, sales("dpq", 30), ImportSpec{}, {});
    QVERIFY2(m.ok(), qPrintable(m.errorMessage));
    QCOMPARE(m.date, 0);
    QCOMPARE(m.product, 1);
    QCOMPARE(m.quantity, 2);
    QCOMPARE(m.layout, ImportSpec::Layout::Long);
    QVERIFY(anyContains(m.decisions, QStringLiteral("Date column: 'col_a'"),
                        QStringLiteral("inferred")));
    QVERIFY(anyContains(m.decisions, QStringLiteral("Product column: 'col_b'"),
                        QStringLiteral("inferred: text with 3 distinct value"))); // value(s)
    QVERIFY(anyContains(m.decisions, QStringLiteral("Quantity column: 'col_c'"),
                        QStringLiteral("inferred")));

    // The same columns in another order, with a known date name.
    const QStringList other{QStringLiteral("x1"), QStringLiteral("Fecha"), QStringLiteral("x2")};
    const ColumnMapping o = ColumnMapper::map(other, sales("qdp", 30), ImportSpec{}, {});
    QVERIFY2(o.ok(), qPrintable(o.errorMessage));
    QCOMPARE(o.date, 1);
    QCOMPARE(o.product, 2);
    QCOMPARE(o.quantity, 0);
    QVERIFY(anyContains(o.decisions, QStringLiteral("Date column: 'Fecha'"),
                        QStringLiteral("(by its name)")));

    // Text with a different value on every row is not a product column.
    const ColumnMapping notes =
        ColumnMapper::map({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")},
                          sales("dtp", 80), ImportSpec{}, {});
    QCOMPARE(notes.product, 2);
}

void TestColumnMapper::linePerUnitWithoutQuantity()
{
    const QStringList header{QStringLiteral("Transaction"), QStringLiteral("Item"),
                             QStringLiteral("date_time")};
    Rows rows = sales("qpd", 20);
    const ColumnMapping m = ColumnMapper::map(header, rows, ImportSpec{}, {});
    QVERIFY2(m.ok(), qPrintable(m.errorMessage));
    QCOMPARE(m.layout, ImportSpec::Layout::LinePerUnit);
    QCOMPARE(m.quantity, -1); // "Transaction" is ignored by name, though numeric
    QCOMPARE(m.product, 1);
    QCOMPARE(m.date, 2);
}

void TestColumnMapper::wideLayoutIgnoresCalendarColumns()
{
    const QStringList header{QStringLiteral("Date"),      QStringLiteral("Year"),
                             QStringLiteral("Month"),     QStringLiteral("Hour"),
                             QStringLiteral("Weekday"),   QStringLiteral("Pan"),
                             QStringLiteral("Croissant"), QStringLiteral("Ensaimada")};
    Rows rows;
    for (int i = 0; i < 10; ++i)
        rows.push_back({"2024-03-" + std::to_string(10 + i), "2024", "3", "8",
                        i % 2 ? "Monday" : "Tuesday", std::to_string(20 + i),
                        std::to_string(i) + ".5", ""}); // Ensaimada never sold: empty
    const ColumnMapping m = ColumnMapper::map(header, rows, ImportSpec{}, QStringLiteral("wide"));
    QVERIFY2(m.ok(), qPrintable(m.errorMessage));
    QCOMPARE(m.layout, ImportSpec::Layout::Wide);
    QCOMPARE(m.date, 0);
    QCOMPARE(m.product, -1);
    QCOMPARE(m.productColumns, (std::vector<int>{5, 6, 7}));
    QVERIFY(m.singleProductName.isEmpty());
    QVERIFY(anyContains(m.decisions, QStringLiteral("wide, one column per product (3 product"),
                        QStringLiteral(": Pan, Croissant, Ensaimada)")));

    // Chosen by hand: only those columns.
    ImportSpec spec;
    spec.productColumns = {QStringLiteral("Croissant")};
    const ColumnMapping chosen = ColumnMapper::map(header, rows, spec, {});
    QCOMPARE(chosen.productColumns, (std::vector<int>{6}));
}

void TestColumnMapper::singleSeries()
{
    const QStringList header{QStringLiteral("ds"), QStringLiteral("y")};
    const Rows rows{{"2024-01-01", "3.5"}, {"2024-01-02", "4"}, {"2024-01-03", "2.25"}};
    const ColumnMapping m =
        ColumnMapper::map(header, rows, ImportSpec{}, QStringLiteral("example_retail_sales"));
    QVERIFY2(m.ok(), qPrintable(m.errorMessage));
    QCOMPARE(m.layout, ImportSpec::Layout::Wide);
    QCOMPARE(m.date, 0);
    QCOMPARE(m.productColumns, (std::vector<int>{1}));
    QCOMPARE(m.singleProductName, QStringLiteral("example_retail_sales"));

    ImportSpec spec;
    spec.productName = QStringLiteral("Barra de pan");
    QCOMPARE(ColumnMapper::map(header, rows, spec, QStringLiteral("file")).singleProductName,
             QStringLiteral("Barra de pan"));
}

void TestColumnMapper::priceList()
{
    const QStringList header{QStringLiteral("Producto"), QStringLiteral("Precio")};
    const Rows rows{{"Pan", "1,20"}, {"Croissant", "1,50"}};
    const ColumnMapping m = ColumnMapper::map(header, rows, ImportSpec{}, {});
    QVERIFY2(m.ok(), qPrintable(m.errorMessage));
    QCOMPARE(m.layout, ImportSpec::Layout::PriceList);
    QCOMPARE(m.product, 0);
    QCOMPARE(m.price, 1);
    QCOMPARE(m.date, -1);
}

void TestColumnMapper::specOverrides()
{
    const QStringList header{QStringLiteral("Fecha"), QStringLiteral("Producto"),
                             QStringLiteral("Cantidad"), QStringLiteral("Unidades reales")};
    const Rows rows(3, {"01/03/2024", "Pan", "1", "2"});
    ImportSpec spec;
    spec.quantityColumn = QStringLiteral("Unidades reales");
    spec.dateColumn = QStringLiteral("FECHA"); // matched after normalisation
    const ColumnMapping m = ColumnMapper::map(header, rows, spec, {});
    QVERIFY2(m.ok(), qPrintable(m.errorMessage));
    QCOMPARE(m.quantity, 3);
    QCOMPARE(m.date, 0);
    QVERIFY(anyContains(m.decisions, QStringLiteral("Quantity column: 'Unidades reales'"),
                        QStringLiteral("(set by hand)")));

    // ignore_columns keeps an unknown numeric column from being taken as the quantity.
    const QStringList unknown{QStringLiteral("Fecha"), QStringLiteral("Producto"),
                              QStringLiteral("n1"), QStringLiteral("n2")};
    const Rows numbers(3, {"01/03/2024", "Pan", "7", "2"});
    QCOMPARE(ColumnMapper::map(unknown, numbers, ImportSpec{}, {}).quantity, 2);
    ImportSpec ignore;
    ignore.ignoreColumns = {QStringLiteral("n1")};
    QCOMPARE(ColumnMapper::map(unknown, numbers, ignore, {}).quantity, 3);

    // A layout forced by hand.
    ImportSpec perUnit;
    perUnit.layout = ImportSpec::Layout::LinePerUnit;
    QCOMPARE(ColumnMapper::map(header, rows, perUnit, {}).layout, ImportSpec::Layout::LinePerUnit);

    // Revenue as the measure.
    const QStringList withTotal{QStringLiteral("Fecha"), QStringLiteral("Producto"),
                                QStringLiteral("Total")};
    ImportSpec revenue;
    revenue.measure = ImportSpec::Measure::Revenue;
    const ColumnMapping r = ColumnMapper::map(withTotal, rows, revenue, {});
    QCOMPARE(r.revenue, 2);
    QCOMPARE(r.layout, ImportSpec::Layout::Long);
}

void TestColumnMapper::errors()
{
    const QStringList header{QStringLiteral("Fecha"), QStringLiteral("Producto"),
                             QStringLiteral("Cantidad")};
    const Rows rows(3, {"01/03/2024", "Pan", "1"});

    ImportSpec absent;
    absent.productColumn = QStringLiteral("Nombre");
    const ColumnMapping unknown = ColumnMapper::map(header, rows, absent, {});
    QCOMPARE(unknown.errorCode, QStringLiteral("unknown_column"));
    QVERIFY(unknown.errorMessage.contains(QStringLiteral("\"Nombre\"")));

    ImportSpec absentWide;
    absentWide.productColumns = {QStringLiteral("Pan"), QStringLiteral("Bollo")};
    const QStringList wide{QStringLiteral("Fecha"), QStringLiteral("Pan")};
    const ColumnMapping unknownWide =
        ColumnMapper::map(wide, Rows(3, {"01/03/2024", "4"}), absentWide, {});
    QCOMPARE(unknownWide.errorCode, QStringLiteral("unknown_column"));
    QVERIFY(unknownWide.errorMessage.contains(QStringLiteral("\"Bollo\"")));

    const ColumnMapping noDate =
        ColumnMapper::map({QStringLiteral("Producto"), QStringLiteral("Cantidad")},
                          Rows(3, {"Pan", "3"}), ImportSpec{}, {});
    QCOMPARE(noDate.errorCode, QStringLiteral("no_date_column"));
    QVERIFY(!noDate.ok());

    // A date and free text with a different value on every row: no product, no quantity.
    const ColumnMapping noProduct = ColumnMapper::map(
        {QStringLiteral("Fecha"), QStringLiteral("Comentario")}, sales("dt", 80), ImportSpec{}, {});
    QCOMPARE(noProduct.errorCode, QStringLiteral("no_product_column"));

    ImportSpec revenue;
    revenue.measure = ImportSpec::Measure::Revenue;
    QCOMPARE(ColumnMapper::map(header, rows, revenue, {}).errorCode,
             QStringLiteral("no_measure_column"));
}

QTEST_GUILESS_MAIN(TestColumnMapper)
#include "TestColumnMapper.moc"
