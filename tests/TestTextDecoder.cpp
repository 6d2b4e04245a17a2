// TextDecoder: UTF-8 with and without BOM, Windows-1252 to UTF-8 (expected bytes
// written by hand from the code page chart), refusals, and the UTF-8 validator.
#include "data/TextDecoder.h"

#include <QtTest>

using namespace bakery::data;

namespace {

template <std::size_t N> QByteArray bytes(const char (&s)[N])
{
    return QByteArray(s, static_cast<qsizetype>(N - 1)); // keeps embedded NULs
}

} // namespace

class TestTextDecoder : public QObject
{
    Q_OBJECT

private slots:
    void utf8();
    void windows1252_data();
    void windows1252();
    void undefined1252Bytes_data();
    void undefined1252Bytes();
    void refusals_data();
    void refusals();
    void forcedEncodings();
    void validUtf8_data();
    void validUtf8();
};

void TestTextDecoder::utf8()
{
    const QByteArray text = bytes("Fecha;Art\xC3\xAD"
                                  "culo\n01/03/2024;Rosc\xC3\xB3n \xE2\x82\xAC\n");
    DecodedText plain = decodeText(text);
    QVERIFY(plain.ok());
    QCOMPARE(plain.utf8, text);
    QCOMPARE(plain.encodingName, QStringLiteral("UTF-8"));

    DecodedText withBom = decodeText(QByteArray("\xEF\xBB\xBF" + text));
    QVERIFY(withBom.ok());
    QCOMPARE(withBom.utf8, text); // BOM removed
    QCOMPARE(withBom.encodingName, QStringLiteral("UTF-8 with BOM"));

    // Pure ASCII is UTF-8.
    const DecodedText ascii = decodeText("a,b\n");
    QCOMPARE(ascii.encodingName, QStringLiteral("UTF-8"));
    QCOMPARE(ascii.utf8, QByteArray("a,b\n"));
}

void TestTextDecoder::windows1252_data()
{
    QTest::addColumn<QByteArray>("cp1252");
    QTest::addColumn<QByteArray>("utf8");
    // One byte each, between ASCII neighbours; UTF-8 encodings written out by hand.
    QTest::newRow("0x80 euro") << bytes("x\x80y") << bytes("x\xE2\x82\xACy");
    QTest::newRow("0xF1 n tilde") << bytes("A\xF1o") << bytes("A\xC3\xB1o");
    QTest::newRow("0xE9 e acute") << bytes("Caf\xE9") << bytes("Caf\xC3\xA9");
    QTest::newRow("0xD1 N tilde") << bytes("\xD1u") << bytes("\xC3\x91u");
    QTest::newRow("0x8A S caron") << bytes("\x8Ak") << bytes("\xC5\xA0k");
    QTest::newRow("0x9C oe") << bytes("\x9Cu") << bytes("\xC5\x93u");
    QTest::newRow("0x9F Y diaeresis") << bytes("\x9Fz") << bytes("\xC5\xB8z");
    QTest::newRow("0x99 trade mark") << bytes("\x99!") << bytes("\xE2\x84\xA2!");
    QTest::newRow("0x85 ellipsis") << bytes("\x85.") << bytes("\xE2\x80\xA6.");
    QTest::newRow("0xA0 no-break space") << bytes("1\xA0") << bytes("1\xC2\xA0");
    QTest::newRow("0xFF y diaeresis") << bytes("\xFF.") << bytes("\xC3\xBF.");
    QTest::newRow("a line") << bytes("01/03/2024;Pan de le\xF1"
                                     "a;12,5 \x80\r\n")
                            << bytes("01/03/2024;Pan de le\xC3\xB1"
                                     "a;12,5 \xE2\x82\xAC\r\n");
}

void TestTextDecoder::windows1252()
{
    QFETCH(QByteArray, cp1252);
    QFETCH(QByteArray, utf8);
    const DecodedText d = decodeText(cp1252);
    QVERIFY2(d.ok(), qPrintable(d.errorMessage));
    QCOMPARE(d.encodingName, QStringLiteral("Windows-1252"));
    QCOMPARE(d.utf8, utf8);
    QCOMPARE(decodeText(cp1252, TextEncoding::Windows1252).utf8, utf8);
}

void TestTextDecoder::undefined1252Bytes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("hex");
    // An 0xE9 earlier makes the text invalid UTF-8, so the Windows-1252 path judges it.
    const char undefined[] = {'\x81', '\x8D', '\x8F', '\x90', '\x9D'};
    for (char c : undefined) {
        const QString hex =
            QStringLiteral("0x%1").arg(static_cast<unsigned char>(c), 2, 16, QLatin1Char('0'));
        QTest::newRow(qPrintable(hex + QStringLiteral(" LF")))
            << QByteArray(QByteArray("caf\xE9\nb\nc") + c + '\n') << 3 << hex;
        QTest::newRow(qPrintable(hex + QStringLiteral(" CRLF")))
            << QByteArray(QByteArray("caf\xE9\r\nb\r\nc\r\nd") + c) << 4 << hex;
        QTest::newRow(qPrintable(hex + QStringLiteral(" CR")))
            << QByteArray(QByteArray("\xE9\rb\r") + c) << 3 << hex;
        QTest::newRow(qPrintable(hex + QStringLiteral(" first byte")))
            << QByteArray(1, c) << 1 << hex;
    }
}

void TestTextDecoder::undefined1252Bytes()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, hex);
    const DecodedText d = decodeText(text);
    QVERIFY(!d.ok());
    QCOMPARE(d.errorCode, QStringLiteral("invalid_encoding"));
    QCOMPARE(d.errorLine, line);
    QVERIFY2(d.errorMessage.contains(hex), qPrintable(d.errorMessage));
    QVERIFY(d.utf8.isEmpty());
}

void TestTextDecoder::refusals_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("code");
    QTest::newRow("UTF-16 LE BOM") << bytes("\xFF\xFE"
                                            "d\0a\0t\0e\0\n\0")
                                   << QStringLiteral("unsupported_encoding");
    QTest::newRow("UTF-16 BE BOM")
        << bytes("\xFE\xFF\0d\0a\0t\0e\0\n") << QStringLiteral("unsupported_encoding");
    QTest::newRow("UTF-16 LE BOM, no NUL")
        << bytes("\xFF\xFE") << QStringLiteral("unsupported_encoding");
    QTest::newRow("UTF-16 without BOM") << bytes("d\0a\0t\0e\0") << QStringLiteral("binary_file");
    QTest::newRow("NUL in text") << bytes("date,qty\n2024-01-01,\0\n")
                                 << QStringLiteral("binary_file");
    QTest::newRow("zip header") << bytes("PK\x03\x04\x14\0\0\0") << QStringLiteral("binary_file");
}

void TestTextDecoder::refusals()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, code);
    for (TextEncoding forced :
         {TextEncoding::Auto, TextEncoding::Utf8, TextEncoding::Windows1252}) {
        const DecodedText d = decodeText(text, forced);
        QCOMPARE(d.errorCode, code);
        QVERIFY(!d.errorMessage.isEmpty());
        QVERIFY(!d.ok());
    }
}

void TestTextDecoder::forcedEncodings()
{
    // Forced UTF-8 on Windows-1252 bytes: refused, with the line and the byte.
    const DecodedText strict = decodeText(bytes("ok\nok\nCaf\xE9\n"), TextEncoding::Utf8);
    QCOMPARE(strict.errorCode, QStringLiteral("invalid_encoding"));
    QCOMPARE(strict.errorLine, 3);
    QVERIFY2(strict.errorMessage.contains(QStringLiteral("0xe9")), qPrintable(strict.errorMessage));

    // Forced UTF-8 on valid UTF-8 (with BOM): as auto.
    const DecodedText utf8 = decodeText(bytes("\xEF\xBB\xBF"
                                              "Caf\xC3\xA9"),
                                        TextEncoding::Utf8);
    QVERIFY(utf8.ok());
    QCOMPARE(utf8.utf8, bytes("Caf\xC3\xA9"));
    QCOMPARE(utf8.encodingName, QStringLiteral("UTF-8 with BOM"));

    // Forced Windows-1252 on UTF-8 bytes: each byte read as a 1252 character
    // (C3 -> U+00C3 "Ã", A9 -> U+00A9 "©"), as the user asked.
    const DecodedText latin = decodeText(bytes("Caf\xC3\xA9"), TextEncoding::Windows1252);
    QVERIFY(latin.ok());
    QCOMPARE(latin.encodingName, QStringLiteral("Windows-1252"));
    QCOMPARE(latin.utf8, bytes("Caf\xC3\x83\xC2\xA9"));
}

void TestTextDecoder::validUtf8_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("badOffset");
    QTest::newRow("empty") << QByteArray() << true << -1;
    QTest::newRow("ASCII") << bytes("abc") << true << -1;
    QTest::newRow("2 bytes") << bytes("\xC3\xA9") << true << -1;
    QTest::newRow("3 bytes") << bytes("\xE2\x82\xAC") << true << -1;
    QTest::newRow("4 bytes") << bytes("\xF0\x9F\xA5\x90") << true << -1;
    QTest::newRow("smallest 2-byte U+0080") << bytes("\xC2\x80") << true << -1;
    QTest::newRow("smallest 3-byte U+0800") << bytes("\xE0\xA0\x80") << true << -1;
    QTest::newRow("smallest 4-byte U+10000") << bytes("\xF0\x90\x80\x80") << true << -1;
    QTest::newRow("U+D7FF") << bytes("\xED\x9F\xBF") << true << -1;
    QTest::newRow("U+E000") << bytes("\xEE\x80\x80") << true << -1;
    QTest::newRow("U+10FFFF") << bytes("\xF4\x8F\xBF\xBF") << true << -1;
    QTest::newRow("overlong C0 AF") << bytes("a\xC0\xAF") << false << 1;
    QTest::newRow("overlong C1 BF") << bytes("\xC1\xBF") << false << 0;
    QTest::newRow("overlong E0 80 AF") << bytes("\xE0\x80\xAF") << false << 0;
    QTest::newRow("overlong F0 80 80 AF") << bytes("\xF0\x80\x80\xAF") << false << 0;
    QTest::newRow("surrogate ED A0 80") << bytes("ab\xED\xA0\x80") << false << 2;
    QTest::newRow("surrogate ED BF BF") << bytes("\xED\xBF\xBF") << false << 0;
    QTest::newRow("above U+10FFFF") << bytes("\xF4\x90\x80\x80") << false << 0;
    QTest::newRow("F5 lead") << bytes("\xF5\x80\x80\x80") << false << 0;
    QTest::newRow("5-byte form") << bytes("\xF8\x88\x80\x80\x80") << false << 0;
    QTest::newRow("FF") << bytes("x\xFF") << false << 1;
    QTest::newRow("lone continuation") << bytes("a\x80") << false << 1;
    QTest::newRow("truncated 2 at end") << bytes("x\xC3") << false << 1;
    QTest::newRow("truncated 3 at end") << bytes("\xE2\x82") << false << 0;
    QTest::newRow("truncated 4 at end") << bytes("\xF0\x9F\xA5") << false << 0;
    QTest::newRow("truncated 3 then ASCII") << bytes("\xE2\x82"
                                                     "a")
                                            << false << 0;
    QTest::newRow("valid then truncated") << bytes("\xC3\xA9\xC3") << false << 2;
}

void TestTextDecoder::validUtf8()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QFETCH(int, badOffset);
    qsizetype offset = -1;
    QCOMPARE(isValidUtf8(text, &offset), valid);
    QCOMPARE(offset, static_cast<qsizetype>(badOffset)); // untouched when valid
    QCOMPARE(isValidUtf8(text), valid);                  // no offset wanted
    // Independent check: Qt's own decoder agrees on validity.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringConverter::Flag::Stateless);
    const QString decoded = decoder.decode(text);
    QCOMPARE(!decoder.hasError(), valid);
}

QTEST_GUILESS_MAIN(TestTextDecoder)
#include "TestTextDecoder.moc"
