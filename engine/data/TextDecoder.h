#pragma once
// Turns a file's bytes into UTF-8 text: UTF-8 (with or without BOM) as is,
// Windows-1252/Latin-1 converted; UTF-16 and binary data refused with a reason.

#include <QByteArray>
#include <QString>

namespace bakery::data {

enum class TextEncoding { Auto, Utf8, Windows1252 };

struct DecodedText
{
    QByteArray utf8;      ///< the text, BOM removed
    QString encodingName; ///< "UTF-8", "UTF-8 with BOM" (translated), "Windows-1252"
    TextEncoding encoding = TextEncoding::Auto; ///< Utf8 or Windows1252 once decoded
    QString
        errorCode; ///< empty, or binary_file / unsupported_encoding / invalid_encoding / empty_file
    QString errorMessage;
    int errorLine = 0; ///< 1-based line of the first offending byte, when known
    bool ok() const { return errorCode.isEmpty(); }
};

/// `forced` = Auto detects: valid UTF-8 wins, else Windows-1252 (whose undefined bytes
/// 0x81 0x8D 0x8F 0x90 0x9D make the file undecodable).
DecodedText decodeText(const QByteArray& bytes, TextEncoding forced = TextEncoding::Auto);

/// True when `bytes` is valid UTF-8; otherwise *badOffset is the first invalid byte.
bool isValidUtf8(const QByteArray& bytes, qsizetype* badOffset = nullptr);

} // namespace bakery::data
