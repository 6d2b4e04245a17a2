// libFuzzer target for the CSV reading layer: bytes -> TextDecoder -> CsvTokenizer ->
// ValueParsers, the path every imported CSV takes. Besides the sanitizers' own reports,
// the invariants below trap (a crash libFuzzer records) when the readers disagree with
// what their headers promise.

#include "data/CsvTokenizer.h"
#include "data/TextDecoder.h"
#include "data/ValueParsers.h"

#include <QByteArray>

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

using namespace bakery::data;

namespace {

// A message first, so a crash report says which invariant broke.
#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            std::fprintf(stderr, "invariant failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__);     \
            __builtin_trap();                                                                      \
        }                                                                                          \
    } while (0)

// Bounds the per-input work: detection only ever sees a sample of a column anyway.
constexpr std::size_t kMaxSamples = 4000;

// Howard Hinnant's inverse of daysFromCivil, written independently of the engine.
void civilFromDays(int z, int& y, int& m, int& d)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int doe = z - era * 146097;
    const int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const int mp = (5 * doy + 2) / 153;
    d = doy - (153 * mp + 2) / 5 + 1;
    m = mp < 10 ? mp + 3 : mp - 9;
    y = yoe + era * 400 + (m <= 2 ? 1 : 0);
}

// Reference validator straight from Unicode's table 3-7 (well-formed byte sequences),
// to cross-check the engine's isValidUtf8.
bool referenceUtf8(const QByteArray& bytes)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData());
    const qsizetype n = bytes.size();
    auto in = [](unsigned char c, unsigned lo, unsigned hi) { return c >= lo && c <= hi; };
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        qsizetype len = 0;
        unsigned lo = 0x80, hi = 0xBF; // range of the second byte
        if (c <= 0x7F) {
            len = 1;
        } else if (in(c, 0xC2, 0xDF)) {
            len = 2;
        } else if (c == 0xE0) {
            len = 3;
            lo = 0xA0;
        } else if (in(c, 0xE1, 0xEC) || in(c, 0xEE, 0xEF)) {
            len = 3;
        } else if (c == 0xED) {
            len = 3;
            hi = 0x9F;
        } else if (c == 0xF0) {
            len = 4;
            lo = 0x90;
        } else if (in(c, 0xF1, 0xF3)) {
            len = 4;
        } else if (c == 0xF4) {
            len = 4;
            hi = 0x8F;
        } else {
            return false;
        }
        if (i + len > n)
            return false;
        if (len > 1 && !in(p[i + 1], lo, hi))
            return false;
        for (qsizetype k = 2; k < len; ++k)
            if (!in(p[i + k], 0x80, 0xBF))
                return false;
        i += len;
    }
    return true;
}

void checkUtf8(const QByteArray& bytes)
{
    qsizetype bad = -1;
    const bool valid = isValidUtf8(bytes, &bad);
    FUZZ_CHECK(valid == referenceUtf8(bytes));
    if (!valid) {
        // Everything before the first bad byte is valid on its own.
        FUZZ_CHECK(bad >= 0 && bad < bytes.size());
        FUZZ_CHECK(referenceUtf8(bytes.left(bad)));
    }
}

void checkDecoded(const QByteArray& input, const DecodedText& decoded)
{
    if (!decoded.ok()) {
        FUZZ_CHECK(decoded.utf8.isEmpty());
        FUZZ_CHECK(!decoded.errorMessage.isEmpty());
        return;
    }
    FUZZ_CHECK(!decoded.encodingName.isEmpty());
    FUZZ_CHECK(isValidUtf8(decoded.utf8));
    FUZZ_CHECK(referenceUtf8(decoded.utf8));
    FUZZ_CHECK(!decoded.utf8.startsWith("\xEF\xBB\xBF") || input.startsWith("\xEF\xBB\xBF"));
}

// Lines as the tokenizer counts them: LF, CRLF and a lone CR each end one.
int physicalLines(const QByteArray& text)
{
    int lines = 1;
    for (qsizetype i = 0; i < text.size(); ++i)
        if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.size() || text[i + 1] != '\n')))
            ++lines;
    return lines;
}

void checkNumber(std::string_view field, const NumberFormat& format)
{
    double value = 0.0;
    if (parseNumber(field, format, value))
        FUZZ_CHECK(std::isfinite(value));
}

void checkDate(std::string_view field, DateOrder order)
{
    int day = 0;
    double fraction = -1.0;
    if (parseDate(field, order, day, &fraction) != DateParse::Ok)
        return;
    FUZZ_CHECK(fraction >= 0.0 && fraction < 1.0);
    int y = 0, m = 0, d = 0;
    civilFromDays(day, y, m, d);
    FUZZ_CHECK(isValidDate(y, m, d));
    FUZZ_CHECK(daysFromCivil(y, m, d) == day);
}

// Tokenizes the whole text, parsing every field; keeps up to kMaxSamples fields.
void tokenizeAll(const QByteArray& text, char delimiter, std::vector<std::string>& samples)
{
    const int maxLine = physicalLines(text);
    CsvTokenizer tokenizer(text, delimiter);
    CsvRecord record;
    int lastLine = 1;
    qsizetype lastPos = tokenizer.position();
    FUZZ_CHECK(lastPos == 0);
    while (tokenizer.next(record)) {
        FUZZ_CHECK(record.line >= lastLine && record.line <= maxLine);
        // Every record consumes input; a record that did not would loop forever.
        FUZZ_CHECK(tokenizer.position() > lastPos && tokenizer.position() <= text.size());
        lastLine = record.line;
        lastPos = tokenizer.position();
        FUZZ_CHECK(!record.fields.empty());
        for (std::string_view field : record.fields) {
            FUZZ_CHECK(field.size() <= static_cast<std::size_t>(text.size()));
            checkNumber(field, {'.', ','});
            checkNumber(field, {',', '.'});
            checkNumber(field, {'.', 0});
            checkDate(field, DateOrder::YearMonthDay);
            checkDate(field, DateOrder::DayMonthYear);
            checkDate(field, DateOrder::MonthDayYear);
            if (samples.size() < kMaxSamples)
                samples.emplace_back(field); // views die with the next record
        }
    }
    FUZZ_CHECK(tokenizer.position() >= lastPos);
    if (tokenizer.errorCode().isEmpty()) {
        FUZZ_CHECK(tokenizer.position() == text.size());
    } else {
        FUZZ_CHECK(tokenizer.errorLine() >= 1 && tokenizer.errorLine() <= maxLine);
    }
}

void checkText(const QByteArray& text)
{
    const char delimiter = CsvTokenizer::detectDelimiter(text);
    FUZZ_CHECK(delimiter == ',' || delimiter == ';' || delimiter == '\t' || delimiter == '|');
    const std::vector<int> counts = CsvTokenizer::fieldCounts(text, delimiter, 200);
    FUZZ_CHECK(counts.size() <= 200);
    for (int c : counts)
        FUZZ_CHECK(c >= 1);

    std::vector<std::string> samples;
    tokenizeAll(text, delimiter, samples);
    if (delimiter != ';')
        tokenizeAll(text, ';', samples);

    const std::vector<std::string_view> views(samples.begin(), samples.end());
    const NumberDetection numbers = detectNumberFormat(views, delimiter);
    FUZZ_CHECK(numbers.format.decimal == '.' || numbers.format.decimal == ',');
    FUZZ_CHECK(numbers.format.thousands != numbers.format.decimal);
    for (std::string_view v : views)
        checkNumber(v, numbers.format);

    const DateDetection dates = detectDateOrder(views);
    FUZZ_CHECK(dates.share >= 0.0 && dates.share <= 1.0);
    if (dates.result == DateDetection::Result::Ok)
        for (std::string_view v : views)
            checkDate(v, dates.order);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    checkUtf8(input);

    const DecodedText automatic = decodeText(input, TextEncoding::Auto);
    checkDecoded(input, automatic);
    const DecodedText cp1252 = decodeText(input, TextEncoding::Windows1252);
    checkDecoded(input, cp1252);
    const DecodedText utf8 = decodeText(input, TextEncoding::Utf8);
    checkDecoded(input, utf8);
    // Auto takes valid UTF-8 as is, so it must agree with forced UTF-8 whenever that works.
    if (utf8.ok())
        FUZZ_CHECK(automatic.ok() && automatic.utf8 == utf8.utf8);

    if (automatic.ok())
        checkText(automatic.utf8);
    // The forced-1252 text differs from the Auto one only when the input has high bytes.
    if (cp1252.ok() && (!automatic.ok() || cp1252.utf8 != automatic.utf8))
        checkText(cp1252.utf8);
    return 0;
}
