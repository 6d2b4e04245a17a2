#include "data/CsvTokenizer.h"

#include <algorithm>
#include <map>
#include <utility>

namespace bakery::data {

CsvTokenizer::CsvTokenizer(const QByteArray& text, char delimiter, char quote)
    : m_text(text)
    , m_data(m_text.constData()) // never detached: copies of the tokenizer share this buffer
    , m_size(m_text.size())
    , m_delimiter(delimiter)
    , m_quote(quote)
{
}

bool CsvTokenizer::next(CsvRecord& record)
{
    record.fields.clear();
    record.junkAfterQuote = -1;
    if (m_pos >= m_size || !m_errorCode.isEmpty())
        return false;
    record.line = m_line;
    m_buffer.clear();
    // Fields are collected as (offset, length, inBuffer) and turned into views at the end,
    // because m_buffer may reallocate while the record is read.
    std::vector<Span>& spans = m_spans; // reused: no allocation per record
    spans.clear();
    const qsizetype start = m_pos;
    qsizetype i = m_pos;
    for (;;) {
        if (i - start > kMaxRecordBytes) {
            m_errorCode = QStringLiteral("line_too_long");
            m_errorLine = record.line;
            return false;
        }
        // Skip spaces before a quoted field.
        qsizetype j = i;
        while (j < m_size && (m_data[j] == ' ' || m_data[j] == '\t') && m_data[j] != m_delimiter)
            ++j;
        if (j < m_size && m_data[j] == m_quote) {
            const int quoteLine = m_line;
            const auto bufferStart = static_cast<qsizetype>(m_buffer.size());
            qsizetype k = j + 1;
            qsizetype runStart = k;
            bool closed = false;
            while (k < m_size) {
                const char c = m_data[k];
                if (c == m_quote) {
                    if (k + 1 < m_size && m_data[k + 1] == m_quote) {
                        m_buffer.append(m_data + runStart,
                                        static_cast<std::size_t>(k + 1 - runStart));
                        k += 2;
                        runStart = k;
                        continue;
                    }
                    closed = true;
                    break;
                }
                if (c == '\n' || (c == '\r' && (k + 1 >= m_size || m_data[k + 1] != '\n')))
                    ++m_line;
                if (k - start > kMaxRecordBytes)
                    break;
                ++k;
            }
            if (!closed) {
                m_errorCode = k - start > kMaxRecordBytes ? QStringLiteral("line_too_long")
                                                          : QStringLiteral("unclosed_quote");
                m_errorLine = k - start > kMaxRecordBytes ? record.line : quoteLine;
                return false;
            }
            if (m_buffer.size() > static_cast<std::size_t>(bufferStart)) {
                m_buffer.append(m_data + runStart, static_cast<std::size_t>(k - runStart));
                spans.push_back({bufferStart, static_cast<qsizetype>(m_buffer.size()) - bufferStart,
                                 true, true});
            } else {
                spans.push_back({j + 1, k - j - 1, false, true});
            }
            i = k + 1;
            // Anything between the closing quote and the delimiter is ignored (lenient) but
            // reported, within the same record-size limit as everything else.
            const qsizetype afterQuote = i;
            while (i < m_size && m_data[i] != m_delimiter && m_data[i] != '\n' && m_data[i] != '\r')
                ++i;
            if (i > afterQuote && record.junkAfterQuote < 0)
                record.junkAfterQuote = static_cast<int>(spans.size()) - 1;
            if (i - start > kMaxRecordBytes) {
                m_errorCode = QStringLiteral("line_too_long");
                m_errorLine = record.line;
                return false;
            }
        } else {
            qsizetype k = i;
            while (k < m_size && m_data[k] != m_delimiter && m_data[k] != '\n' && m_data[k] != '\r')
                ++k;
            if (k - start > kMaxRecordBytes) {
                m_errorCode = QStringLiteral("line_too_long");
                m_errorLine = record.line;
                return false;
            }
            spans.push_back({i, k - i, false, false});
            i = k;
        }
        if (i < m_size && m_data[i] == m_delimiter) {
            ++i;
            continue;
        }
        // End of record: a line break or the end of the text.
        if (i >= m_size) {
            m_unterminated = true;
        } else if (m_data[i] == '\r' && i + 1 < m_size && m_data[i + 1] == '\n') {
            i += 2;
            ++m_line;
        } else {
            ++i;
            ++m_line;
        }
        break;
    }
    m_pos = i;
    record.fields.reserve(spans.size());
    for (const Span& s : spans) {
        const char* base = s.buffered ? m_buffer.data() : m_data;
        const std::string_view v(base + s.offset, static_cast<std::size_t>(s.length));
        record.fields.push_back(s.quoted ? v : trimSpaces(v));
    }
    return true;
}

std::vector<int> CsvTokenizer::fieldCounts(const QByteArray& text, char delimiter, int sampleLines)
{
    std::vector<int> counts;
    CsvTokenizer tokenizer(text, delimiter);
    CsvRecord record;
    while (static_cast<int>(counts.size()) < sampleLines && tokenizer.next(record))
        if (!record.blank())
            counts.push_back(static_cast<int>(record.fields.size()));
    return counts;
}

char CsvTokenizer::detectDelimiter(const QByteArray& text, int sampleLines)
{
    char best = ',';
    double bestScore = 0.0;
    for (char candidate : {',', ';', '\t', '|'}) {
        const std::vector<int> counts = fieldCounts(text, candidate, sampleLines);
        if (counts.empty())
            continue;
        // The header's field count, and the share of records that agree with it.
        const int header = counts.front();
        if (header < 2)
            continue;
        const auto agree = std::count(counts.begin(), counts.end(), header);
        const double score = static_cast<double>(agree) / static_cast<double>(counts.size()) +
                             1e-3 * std::min(header, 50);
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

} // namespace bakery::data
