// CsvTokenizer against hand-written RFC 4180 cases: quoting, escapes, line
// endings, line numbers after quoted line breaks, errors, and delimiter detection.
#include "data/CsvTokenizer.h"

#include <QtTest>

using namespace bakery::data;

namespace {

template <std::size_t N> QByteArray bytes(const char (&s)[N])
{
    return QByteArray(s, static_cast<qsizetype>(N - 1)); // keeps embedded NULs
}

// Every record as "<line>[field][field]...", records joined by spaces.
QString render(const QByteArray& text, char delimiter, QString* error = nullptr)
{
    CsvTokenizer tokenizer(text, delimiter);
    CsvRecord record;
    QStringList records;
    while (tokenizer.next(record)) {
        QString r = QString::number(record.line);
        for (std::string_view f : record.fields)
            r += QLatin1Char('[') + QString::fromUtf8(f.data(), static_cast<qsizetype>(f.size())) +
                 QLatin1Char(']');
        records << r;
    }
    if (error)
        *error = tokenizer.errorCode();
    return records.join(QLatin1Char(' '));
}

} // namespace

class TestCsvTokenizer : public QObject
{
    Q_OBJECT

private slots:
    void records_data();
    void records();
    void unterminatedLastRecord_data();
    void unterminatedLastRecord();
    void blankRecords_data();
    void blankRecords();
    void unclosedQuote();
    void recordTooLong();
    void detectDelimiter_data();
    void detectDelimiter();
    void fieldCounts();
};

void TestCsvTokenizer::records_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("delimiter");
    QTest::addColumn<QString>("expected");

    const QByteArray comma(","), semicolon(";"), tab("\t");
    QTest::newRow("plain LF") << bytes("a,b\nc,d\n") << comma << QStringLiteral("1[a][b] 2[c][d]");
    QTest::newRow("CRLF") << bytes("a,b\r\nc,d\r\n") << comma << QStringLiteral("1[a][b] 2[c][d]");
    QTest::newRow("CR only") << bytes("a\rb\rc\r") << comma << QStringLiteral("1[a] 2[b] 3[c]");
    QTest::newRow("no final newline")
        << bytes("a,b\nc,d") << comma << QStringLiteral("1[a][b] 2[c][d]");
    QTest::newRow("quoted delimiter")
        << bytes("a,\"b,c\",d\n") << comma << QStringLiteral("1[a][b,c][d]");
    QTest::newRow("doubled quotes")
        << bytes("\"say \"\"hi\"\"\",x\n") << comma << QStringLiteral("1[say \"hi\"][x]");
    QTest::newRow("two escaped fields")
        << bytes("\"a\"\"b\",\"c\"\"d\"\n") << comma << QStringLiteral("1[a\"b][c\"d]");
    QTest::newRow("only a doubled quote")
        << bytes("\"\"\"\",x\n") << comma << QStringLiteral("1[\"][x]");
    // A line break inside quotes belongs to the field; the next record starts two lines on.
    QTest::newRow("quoted LF") << bytes("a,\"x\ny\",b\nc,d\n") << comma
                               << QStringLiteral("1[a][x\ny][b] 3[c][d]");
    QTest::newRow("quoted CRLF") << bytes("a,\"x\r\ny\"\r\nc\r\n") << comma
                                 << QStringLiteral("1[a][x\r\ny] 3[c]");
    QTest::newRow("quoted CR") << bytes("\"x\ry\",z\rw\r") << comma
                               << QStringLiteral("1[x\ry][z] 3[w]");
    QTest::newRow("two quoted breaks and escapes") << bytes("\"a\"\"\n\n\"\"b\",1\nc,2\n") << comma
                                                   << QStringLiteral("1[a\"\n\n\"b][1] 4[c][2]");
    QTest::newRow("unquoted spaces trimmed")
        << bytes(" a , b \t,c\n") << comma << QStringLiteral("1[a][b][c]");
    QTest::newRow("spaces inside quotes kept")
        << bytes("\" a \", \"b\" ,\"  \"\n") << comma << QStringLiteral("1[ a ][b][  ]");
    QTest::newRow("spaces inside escaped quotes kept")
        << bytes("\" a \"\"b\"\" \"\n") << comma << QStringLiteral("1[ a \"b\" ]");
    QTest::newRow("empty fields") << bytes("a,,c,\n") << comma << QStringLiteral("1[a][][c][]");
    QTest::newRow("quoted empty") << bytes("\"\",a\n") << comma << QStringLiteral("1[][a]");
    QTest::newRow("only delimiters") << bytes(",,,\n") << comma << QStringLiteral("1[][][][]");
    QTest::newRow("blank line kept as a record")
        << bytes("a\n\nb\n") << comma << QStringLiteral("1[a] 2[] 3[b]");
    QTest::newRow("trailing delimiter, no newline")
        << bytes("a,b,") << comma << QStringLiteral("1[a][b][]");
    QTest::newRow("quote inside an unquoted field")
        << bytes("5\" pie,2\n") << comma << QStringLiteral("1[5\" pie][2]");
    QTest::newRow("text after closing quote ignored")
        << bytes("\"ab\"cd,e\n") << comma << QStringLiteral("1[ab][e]");
    QTest::newRow("semicolon keeps decimal commas") << bytes("Pan;1,5\nBollo;2,25\n") << semicolon
                                                    << QStringLiteral("1[Pan][1,5] 2[Bollo][2,25]");
    QTest::newRow("tab") << bytes("a\t b \tc\n") << tab << QStringLiteral("1[a][b][c]");
    QTest::newRow("tab, empty middle") << bytes("a\t\tc\n") << tab << QStringLiteral("1[a][][c]");
    QTest::newRow("empty text") << QByteArray() << comma << QString();
    QTest::newRow("UTF-8 kept") << bytes("Rosc\xC3\xB3n,\xE2\x82\xAC\n") << comma
                                << QStringLiteral("1[Rosc\u00f3n][\u20ac]");
}

void TestCsvTokenizer::records()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, delimiter);
    QFETCH(QString, expected);
    QString error;
    QCOMPARE(render(text, delimiter.at(0), &error), expected);
    QCOMPARE(error, QString());
}

void TestCsvTokenizer::unterminatedLastRecord_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("unterminated");
    QTest::newRow("LF") << bytes("a\nb\n") << false;
    QTest::newRow("CRLF") << bytes("a\r\nb\r\n") << false;
    QTest::newRow("CR") << bytes("a\rb\r") << false;
    QTest::newRow("missing newline") << bytes("a\nb") << true;
    QTest::newRow("ends in a quoted field") << bytes("a\n\"b\nc\"") << true;
    QTest::newRow("ends in a delimiter") << bytes("a,") << true;
}

void TestCsvTokenizer::unterminatedLastRecord()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, unterminated);
    CsvTokenizer tokenizer(text, ',');
    CsvRecord record;
    int records = 0;
    while (tokenizer.next(record))
        ++records;
    QCOMPARE(records, 2 - (text == "a,"));
    QCOMPARE(tokenizer.errorCode(), QString());
    QCOMPARE(tokenizer.lastRecordUnterminated(), unterminated);
}

void TestCsvTokenizer::blankRecords_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("blank");
    QTest::newRow("empty line") << bytes("\n") << true;
    QTest::newRow("delimiters only") << bytes(",,,,\n") << true;
    QTest::newRow("spaces and delimiters") << bytes(" , \t,\n") << true;
    QTest::newRow("quoted empties") << bytes("\"\",\"\"\n") << true;
    QTest::newRow("one value") << bytes(",,x,\n") << false;
    QTest::newRow("a quoted space") << bytes("\" \",\n") << false;
}

void TestCsvTokenizer::blankRecords()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, blank);
    CsvTokenizer tokenizer(text, ',');
    CsvRecord record;
    QVERIFY(tokenizer.next(record));
    QCOMPARE(record.blank(), blank);
    QVERIFY(!tokenizer.next(record));
}

void TestCsvTokenizer::unclosedQuote()
{
    // The quote opens on line 3 (after a quoted break on line 1-2) and never closes.
    const QByteArray text = bytes("a,\"b\nc\"\nd,\"e\nf\ng\n");
    CsvTokenizer tokenizer(text, ',');
    CsvRecord record;
    QVERIFY(tokenizer.next(record));
    QCOMPARE(record.line, 1);
    QVERIFY(!tokenizer.next(record));
    QCOMPARE(tokenizer.errorCode(), QStringLiteral("unclosed_quote"));
    QCOMPARE(tokenizer.errorLine(), 3);
    QVERIFY(!tokenizer.next(record)); // stays stopped
    QCOMPARE(tokenizer.errorCode(), QStringLiteral("unclosed_quote"));

    CsvTokenizer first(bytes("\"abc"), ',');
    QVERIFY(!first.next(record));
    QCOMPARE(first.errorCode(), QStringLiteral("unclosed_quote"));
    QCOMPARE(first.errorLine(), 1);
}

void TestCsvTokenizer::recordTooLong()
{
    const qsizetype max = CsvTokenizer::kMaxRecordBytes;
    CsvRecord record;
    {
        // Exactly the limit is accepted, one byte more is refused on its own line.
        QByteArray text = "h\n" + QByteArray(max, 'x') + "\n" + QByteArray(max + 1, 'y') + "\n";
        CsvTokenizer tokenizer(text, ',');
        QVERIFY(tokenizer.next(record));
        QVERIFY(tokenizer.next(record));
        QCOMPARE(static_cast<qsizetype>(record.fields.at(0).size()), max);
        QVERIFY(!tokenizer.next(record));
        QCOMPARE(tokenizer.errorCode(), QStringLiteral("line_too_long"));
        QCOMPARE(tokenizer.errorLine(), 3);
    }
    {
        // Junk after a closing quote counts towards the limit too.
        QByteArray text = "\"x\"" + QByteArray(max + 1, 'z') + "\n";
        CsvTokenizer tokenizer(text, ',');
        QVERIFY(!tokenizer.next(record));
        QCOMPARE(tokenizer.errorCode(), QStringLiteral("line_too_long"));
        QCOMPARE(tokenizer.errorLine(), 1);
    }
    {
        // Many short fields add up.
        QByteArray text = "h\nh\n";
        for (qsizetype i = 0; i < max / 2 + 10; ++i)
            text += "a,";
        text += '\n';
        CsvTokenizer tokenizer(text, ',');
        QVERIFY(tokenizer.next(record) && tokenizer.next(record));
        QVERIFY(!tokenizer.next(record));
        QCOMPARE(tokenizer.errorCode(), QStringLiteral("line_too_long"));
        QCOMPARE(tokenizer.errorLine(), 3);
    }
    {
        // A quoted field longer than the limit, never closed: too long, not unclosed.
        const QByteArray text = "h\n\"" + QByteArray(2 * max, 'z');
        CsvTokenizer tokenizer(text, ',');
        QVERIFY(tokenizer.next(record));
        QVERIFY(!tokenizer.next(record));
        QCOMPARE(tokenizer.errorCode(), QStringLiteral("line_too_long"));
        QCOMPARE(tokenizer.errorLine(), 2);
    }
}

void TestCsvTokenizer::detectDelimiter_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("delimiter");
    QTest::newRow("comma") << bytes("date,product,qty\n2024-01-01,Pan,3\n2024-01-02,Bollo,4\n")
                           << QByteArray(",");
    QTest::newRow("comma, names with semicolons")
        << bytes("date,product,qty\n2024-01-01,\"Pan; grande\",3\n2024-01-02,\"a;b;c\",4\n")
        << QByteArray(",");
    QTest::newRow("semicolon with decimal commas")
        << bytes("Fecha;Producto;Cantidad\n01/03/2024;Pan;1,5\n02/03/2024;Bollo;2,25\n"
                 "03/03/2024;Pan;3,75\n")
        << QByteArray(";");
    QTest::newRow("tab") << bytes("Datum\tArtikel\tMenge\n01.03.2024\tBrot\t3\n")
                         << QByteArray("\t");
    QTest::newRow("pipe") << bytes("date|item|qty\n2024-01-01|Pan, grande|3\n2024-01-02|Pan|1\n")
                          << QByteArray("|");
    QTest::newRow("one column falls back to comma")
        << bytes("date\n2024-01-01\n2024-01-02\n") << QByteArray(",");
    QTest::newRow("empty falls back to comma") << QByteArray() << QByteArray(",");
}

void TestCsvTokenizer::detectDelimiter()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, delimiter);
    QCOMPARE(CsvTokenizer::detectDelimiter(text), delimiter.at(0));
}

void TestCsvTokenizer::fieldCounts()
{
    // Blank records (empty line, ",,") are left out; quotes are respected.
    const QByteArray text = bytes("a,b,c\n1,2\n\n,,\n\"x,y\",z,w\n4\n");
    QCOMPARE(CsvTokenizer::fieldCounts(text, ',', 10), (std::vector<int>{3, 2, 3, 1}));
    QCOMPARE(CsvTokenizer::fieldCounts(text, ',', 2), (std::vector<int>{3, 2}));
    // With ';' the record ",," is one non-empty field, so not blank.
    QCOMPARE(CsvTokenizer::fieldCounts(text, ';', 10), (std::vector<int>{1, 1, 1, 1, 1}));
}

QTEST_GUILESS_MAIN(TestCsvTokenizer)
#include "TestCsvTokenizer.moc"
