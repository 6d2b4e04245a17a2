#include "data/TextDecoder.h"

#include <QCoreApplication>

#include <algorithm>

namespace bakery::data {
namespace {

// The sentences' translation context is "TextDecoder".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)
};

int lineOf(const QByteArray& bytes, qsizetype offset)
{
    int line = 1;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n')))
            ++line;
    }
    return line;
}

// Windows-1252's 0x80..0x9F block; 0 marks the five undefined bytes.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

} // namespace

bool isValidUtf8(const QByteArray& bytes, qsizetype* badOffset)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        unsigned int cp = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
        } else {
            extra = -1;
        }
        bool ok = extra > 0;
        for (int k = 1; ok && k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                ok = false;
            else
                cp = (cp << 6) | (p[i + k] & 0x3F);
        }
        // Overlong forms, surrogates and values past U+10FFFF are invalid too.
        static const unsigned int minimum[4] = {0, 0x80, 0x800, 0x10000};
        if (ok && (cp < minimum[extra] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF))
            ok = false;
        if (!ok) {
            if (badOffset)
                *badOffset = i;
            return false;
        }
        i += extra + 1;
    }
    return true;
}

DecodedText decodeText(const QByteArray& bytes, TextEncoding forced)
{
    DecodedText out;
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        out.errorCode = QStringLiteral("unsupported_encoding");
        out.errorMessage = Text::tr("the file is UTF-16 text; expected UTF-8 or Windows-1252 "
                                    "(save it as \"CSV UTF-8\")");
        return out;
    }
    const qsizetype probe = std::min<qsizetype>(bytes.size(), 64 * 1024);
    if (std::find(bytes.constData(), bytes.constData() + probe, '\0') !=
        bytes.constData() + probe) {
        out.errorCode = QStringLiteral("binary_file");
        out.errorMessage = Text::tr("the file is not text (it contains NUL bytes); expected a "
                                    "CSV or XLSX file");
        return out;
    }
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    QByteArray body = bom ? bytes.mid(3) : bytes;
    qsizetype bad = 0;
    if (forced != TextEncoding::Windows1252 && isValidUtf8(body, &bad)) {
        out.utf8 = std::move(body);
        out.encodingName = bom ? Text::tr("UTF-8 with BOM") : QStringLiteral("UTF-8");
        out.encoding = TextEncoding::Utf8;
        return out;
    }
    if (forced == TextEncoding::Utf8) {
        out.errorCode = QStringLiteral("invalid_encoding");
        out.errorLine = lineOf(body, bad);
        out.errorMessage = Text::tr("byte 0x%1 is not valid UTF-8; expected UTF-8 text as the "
                                    "import settings say")
                               .arg(static_cast<unsigned char>(body[bad]), 2, 16, QLatin1Char('0'));
        return out;
    }
    QString text;
    text.reserve(body.size());
    for (qsizetype i = 0; i < body.size(); ++i) {
        const auto c = static_cast<unsigned char>(body[i]);
        char16_t u = c;
        if (c >= 0x80 && c < 0xA0) {
            u = kCp1252High[c - 0x80];
            if (u == 0) {
                out.errorCode = QStringLiteral("invalid_encoding");
                out.errorLine = lineOf(body, i);
                out.errorMessage = Text::tr("byte 0x%1 is neither UTF-8 nor Windows-1252 "
                                            "text; expected a text file in one of those")
                                       .arg(c, 2, 16, QLatin1Char('0'));
                return out;
            }
        }
        text.append(QChar(u));
    }
    out.utf8 = text.toUtf8();
    out.encodingName = QStringLiteral("Windows-1252");
    out.encoding = TextEncoding::Windows1252;
    return out;
}

} // namespace bakery::data
