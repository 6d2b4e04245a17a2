#include "data/TableSource.h"

#include "data/TextDecoder.h"
#include "data/XlsxSource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace bakery::data {
namespace {

// The sentences' translation context is "TableSource".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TableSource)
};

class CsvSource final : public TableSource
{
public:
    CsvSource(QByteArray text, char delimiter, QString fileName)
        : m_text(std::move(text))
        , m_delimiter(delimiter)
        , m_fileName(std::move(fileName))
        , m_tokenizer(m_text, delimiter)
    {
    }
    bool next(TableRecord& record) override { return m_tokenizer.next(record); }
    void rewind() override { m_tokenizer = CsvTokenizer(m_text, m_delimiter); }
    bool endedWithoutNewline() const override { return m_tokenizer.lastRecordUnterminated(); }
    char delimiter() const override { return m_delimiter; }
    ImportIssue error() const override
    {
        ImportIssue issue;
        issue.code = m_tokenizer.errorCode();
        if (issue.code.isEmpty())
            return issue;
        issue.severity = ImportIssue::Severity::Error;
        issue.file = m_fileName;
        issue.line = m_tokenizer.errorLine();
        issue.message = issue.code == QLatin1String("unclosed_quote")
                            ? Text::tr("a quoted field opens here and is never closed; expected a "
                                       "closing \" before the end of the file")
                            : Text::tr("a record longer than %1 bytes; expected lines of a sales "
                                       "file (is this really a CSV file?)")
                                  .arg(CsvTokenizer::kMaxRecordBytes);
        return issue;
    }

private:
    QByteArray m_text;
    char m_delimiter;
    QString m_fileName;
    CsvTokenizer m_tokenizer;
};

QString delimiterName(char d)
{
    switch (d) {
    case '\t':
        return Text::tr("tab");
    case ';':
        return Text::tr("semicolon");
    case '|':
        return Text::tr("vertical bar");
    default:
        return Text::tr("comma");
    }
}

ImportIssue fileError(const QString& file, const QString& code, const QString& message,
                      int line = 0)
{
    ImportIssue issue;
    issue.severity = ImportIssue::Severity::Error;
    issue.file = file;
    issue.code = code;
    issue.message = message;
    issue.line = line;
    return issue;
}

} // namespace

OpenedTable openCsvBytes(const QByteArray& bytes, const QString& fileName, const ImportSpec& spec)
{
    OpenedTable t;
    if (bytes.trimmed().isEmpty()) {
        t.error = fileError(fileName, QStringLiteral("empty_file"),
                            Text::tr("the file is empty; expected a header line and sales rows"));
        return t;
    }
    const TextEncoding forced = spec.encoding == QLatin1String("utf-8") ? TextEncoding::Utf8
                                : spec.encoding == QLatin1String("windows-1252")
                                    ? TextEncoding::Windows1252
                                    : TextEncoding::Auto;
    DecodedText text = decodeText(bytes, forced);
    if (!text.ok()) {
        t.error = fileError(fileName, text.errorCode, text.errorMessage, text.errorLine);
        return t;
    }
    t.decisions << Text::tr("Encoding: %1%2")
                       .arg(text.encodingName, spec.encoding.isEmpty()
                                                   ? Text::tr(" (detected)", "encoding")
                                                   : QString());
    t.detected.encoding = text.encoding == TextEncoding::Windows1252
                              ? QStringLiteral("windows-1252")
                              : QStringLiteral("utf-8");
    char delimiter = spec.delimiter.isEmpty() ? CsvTokenizer::detectDelimiter(text.utf8)
                                              : spec.delimiter.toLatin1().at(0);
    t.detected.delimiter = QString(QLatin1Char(delimiter));
    t.decisions << Text::tr("Delimiter: %1%2")
                       .arg(delimiterName(delimiter),
                            spec.delimiter.isEmpty() ? Text::tr(" (detected)") : QString());
    t.source = std::make_unique<CsvSource>(std::move(text.utf8), delimiter, fileName);
    return t;
}

OpenedTable openTable(const QString& path, const ImportSpec& spec)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.exists()) {
        OpenedTable t;
        t.error = fileError(path, QStringLiteral("file_not_found"), Text::tr("no such file"));
        return t;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        OpenedTable t;
        t.error = fileError(path, QStringLiteral("unreadable_file"), file.errorString());
        return t;
    }
    const QByteArray head = file.peek(4);
    if (head.startsWith("PK\x03\x04")) {
        file.close();
        return openXlsx(path, spec);
    }
    return openCsvBytes(file.readAll(), name, spec);
}

} // namespace bakery::data
