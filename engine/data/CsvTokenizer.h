#pragma once
// RFC 4180 records from UTF-8 text: a delimiter, "quoted" fields with "" escapes
// and line breaks inside quotes, LF / CRLF / CR line endings, a missing final
// newline. Fields are views into the text (or into a per-record buffer when a
// quoted field holds escapes), valid until the next call to next().

#include <QByteArray>
#include <QString>

#include <string>
#include <string_view>
#include <vector>

namespace bakery::data {

/// `v` without leading and trailing spaces and tabs.
inline std::string_view trimSpaces(std::string_view v)
{
    while (!v.empty() && (v.front() == ' ' || v.front() == '\t'))
        v.remove_prefix(1);
    while (!v.empty() && (v.back() == ' ' || v.back() == '\t'))
        v.remove_suffix(1);
    return v;
}

struct CsvRecord
{
    int line = 0; ///< 1-based physical line where the record starts
    std::vector<std::string_view>
        fields;              ///< unquoted, surrounding spaces of unquoted fields trimmed
    int junkAfterQuote = -1; ///< first field with text between its closing quote and the delimiter
    /// An empty line, or a line of empty fields (",,,,", a spreadsheet's empty row).
    bool blank() const
    {
        for (std::string_view f : fields)
            if (!f.empty())
                return false;
        return true;
    }
};

class CsvTokenizer
{
public:
    static constexpr qsizetype kMaxRecordBytes = 1 << 20; ///< longer records are refused

    CsvTokenizer(const QByteArray& text, char delimiter, char quote = '"');

    /// The next record, or false at the end or on an error (see errorCode()).
    bool next(CsvRecord& record);
    /// Empty, "unclosed_quote" or "line_too_long"; errorLine() says where.
    QString errorCode() const { return m_errorCode; }
    int errorLine() const { return m_errorLine; }
    /// True when the last record ended at the end of the text without a line break.
    bool lastRecordUnterminated() const { return m_unterminated; }
    qsizetype position() const { return m_pos; }

    /// The delimiter among , ; tab | that splits the first lines most consistently
    /// (quotes respected); ',' when nothing is conclusive.
    static char detectDelimiter(const QByteArray& text, int sampleLines = 200);
    /// Field counts per record of the first `sampleLines` records for a delimiter.
    static std::vector<int> fieldCounts(const QByteArray& text, char delimiter, int sampleLines);

private:
    struct Span
    {
        qsizetype offset;
        qsizetype length;
        bool buffered;
        bool quoted; ///< spaces inside quotes are data: not trimmed
    };
    std::vector<Span> m_spans;
    QByteArray m_text; ///< shares the caller's buffer: a temporary argument stays alive
    const char* m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    int m_line = 1;
    char m_delimiter;
    char m_quote;
    std::string m_buffer;
    QString m_errorCode;
    int m_errorLine = 0;
    bool m_unterminated = false;
};

} // namespace bakery::data
