#include "metrics/ExpositionLexer.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>

namespace capataz::metrics::detail {

namespace {

enum CharClass : quint8 { NameStart = 1, NameRest = 2, LabelStart = 4, LabelRest = 8, Blank = 16 };

constexpr std::array<quint8, 256> makeClasses()
{
    std::array<quint8, 256> t{};
    for (int c = 0; c < 256; ++c) {
        const bool alpha = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        const bool digit = c >= '0' && c <= '9';
        quint8 v = 0;
        if (alpha || c == ':')
            v |= NameStart | NameRest;
        if (digit)
            v |= NameRest;
        if (alpha)
            v |= LabelStart | LabelRest;
        if (digit)
            v |= LabelRest;
        if (c == ' ' || c == '\t')
            v |= Blank;
        t[size_t(c)] = v;
    }
    return t;
}
constexpr std::array<quint8, 256> kClass = makeClasses();

inline bool is(char c, quint8 cls)
{
    return (kClass[quint8(c)] & cls) != 0;
}

// Reads a quoted string starting at line[pos] == '"', unescaping \\ \" \n (another escape is
// kept as written, as both reference parsers do) into `out`. Returns the position after the
// closing quote, or npos when the line ends first or the bytes are not UTF-8.
bool anyHighBit(const char* p, size_t n)
{
    quint64 acc = 0;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        quint64 w;
        std::memcpy(&w, p + i, 8);
        acc |= w;
    }
    for (; i < n; ++i)
        acc |= quint8(p[i]);
    return (acc & 0x8080808080808080ULL) != 0;
}

size_t readQuoted(std::string_view line, size_t pos, std::string& out, bool& badUtf8)
{
    const size_t start = out.size();
    const char* const base = line.data();
    const size_t n = line.size();
    size_t i = pos + 1;
    // the common case: no escape before the closing quote
    if (const void* q = i < n ? std::memchr(base + i, '"', n - i) : nullptr) {
        const size_t close = size_t(static_cast<const char*>(q) - base);
        if (!std::memchr(base + i, '\\', close - i)) {
            out.append(base + i, close - i);
            if (anyHighBit(base + i, close - i) && !isValidUtf8(std::string_view(base + i, close - i))) {
                badUtf8 = true;
                return std::string_view::npos;
            }
            return close + 1;
        }
    }
    while (i < n) {
        size_t j = i;
        while (j < n && line[j] != '"' && line[j] != '\\')
            ++j;
        out.append(base + i, j - i);
        if (j >= n)
            return std::string_view::npos;
        if (line[j] == '"') {
            const std::string_view value = std::string_view(out).substr(start);
            if (anyHighBit(value.data(), value.size()) && !isValidUtf8(value)) {
                badUtf8 = true;
                return std::string_view::npos;
            }
            return j + 1;
        }
        if (j + 1 >= n)
            return std::string_view::npos;
        const char e = line[j + 1];
        if (e == '\\' || e == '"')
            out.push_back(e);
        else if (e == 'n')
            out.push_back('\n');
        else {
            out.push_back('\\');
            out.push_back(e);
        }
        i = j + 2;
    }
    return std::string_view::npos;
}

size_t skipBlanks(std::string_view line, size_t i)
{
    while (i < line.size() && is(line[i], Blank))
        ++i;
    return i;
}

size_t scanName(std::string_view line, size_t i, quint8 start, quint8 rest)
{
    if (i >= line.size() || !is(line[i], start))
        return i;
    ++i;
    while (i < line.size() && is(line[i], rest))
        ++i;
    return i;
}

bool hasDuplicateNames(std::string_view encoded, quint32 count)
{
    if (count < 2)
        return false;
    std::vector<std::string_view> names;
    names.reserve(count);
    forEachEncodedLabel(encoded, [&](std::string_view n, std::string_view) { names.push_back(n); });
    std::sort(names.begin(), names.end());
    return std::adjacent_find(names.begin(), names.end()) != names.end();
}

// Pairwise for the usual handful of labels (no allocation), sorted beyond.
struct NameSpans {
    static constexpr quint32 kSmall = 12;
    std::array<std::pair<quint32, quint32>, kSmall> spans; // offset, length in the encoded buffer
    bool add(const std::string& encoded, quint32 count, size_t offset, size_t length)
    {
        if (count >= kSmall)
            return true; // checked at the end
        const std::string_view name(encoded.data() + offset, length);
        for (quint32 k = 0; k < count; ++k)
            if (spans[k].second == length &&
                std::string_view(encoded.data() + spans[k].first, length) == name)
                return false;
        spans[count] = {quint32(offset), quint32(length)};
        return true;
    }
};

// Labels from line[pos] == '{' to the matching '}'. Sets `metricName` when a quoted name stands
// alone between commas (Prometheus 3 / OpenMetrics 2 UTF-8 names). Returns the position after
// '}' or an error code.
std::optional<Code> lexLabels(std::string_view line, size_t& pos, ExpositionFormat format,
                              std::string& labels, quint32& count, std::string_view* metricName,
                              std::string* nameBuffer, bool exemplar)
{
    const bool om = format == ExpositionFormat::OpenMetrics;
    const size_t n = line.size();
    size_t i = pos + 1;
    std::string scratchName;
    NameSpans names;
    const quint32 countBefore = count;
    for (;;) {
        if (!om)
            i = skipBlanks(line, i);
        if (i >= n)
            return Code::InvalidLabels;
        if (line[i] == '}') {
            ++i;
            break;
        }
        // a label name, bare or quoted
        std::string_view name;
        bool quoted = false;
        if (line[i] == '"') {
            scratchName.clear();
            bool bad = false;
            const size_t e = readQuoted(line, i, scratchName, bad);
            if (e == std::string_view::npos)
                return bad ? Code::InvalidUtf8 : Code::InvalidLabels;
            name = scratchName;
            quoted = true;
            i = e;
        } else {
            const size_t e = scanName(line, i, LabelStart, LabelRest);
            if (e == i)
                return line[i] == '=' || line[i] == ',' || is(line[i], NameRest) ? Code::InvalidLabelName
                                                                                 : Code::InvalidLabels;
            name = line.substr(i, e - i);
            i = e;
        }
        if (!om)
            i = skipBlanks(line, i);
        if (quoted && i < n && (line[i] == ',' || line[i] == '}')) {
            if (exemplar || metricName == nullptr || !metricName->empty())
                return Code::InvalidLabels;
            *nameBuffer = scratchName;
            *metricName = *nameBuffer;
        } else {
            if (i >= n || line[i] != '=')
                return Code::InvalidLabels;
            ++i;
            if (!om)
                i = skipBlanks(line, i);
            if (i >= n || line[i] != '"')
                return Code::InvalidLabels;
            // name and value go straight into the encoded buffer
            const size_t at = labels.size();
            labels.append(4, '\0');
            labels.append(name);
            const size_t valueAt = labels.size();
            labels.append(4, '\0');
            bool bad = false;
            const size_t e = readQuoted(line, i, labels, bad);
            if (e == std::string_view::npos)
                return bad ? Code::InvalidUtf8 : Code::InvalidLabels;
            auto putLen = [&](size_t where, size_t len) {
                for (int b = 0; b < 4; ++b)
                    labels[where + b] = char((len >> (8 * b)) & 0xff);
            };
            putLen(at, name.size());
            putLen(valueAt, labels.size() - valueAt - 4);
            if (!names.add(labels, count - countBefore, at + 4, name.size()))
                return Code::DuplicateLabelName;
            ++count;
            i = e;
        }
        if (!om)
            i = skipBlanks(line, i);
        if (i < n && line[i] == ',') {
            ++i;
            if (om && i < n && line[i] == '}')
                return Code::InvalidLabels; // "a{b="c",}": no trailing comma in OpenMetrics
            continue;
        }
        if (i < n && line[i] == '}')
            continue;
        if (om)
            return Code::InvalidLabels; // OpenMetrics needs the comma
        // Prometheus's parser reads "a="1" b="2"" without a comma: so do we.
    }
    if (count - countBefore >= NameSpans::kSmall && hasDuplicateNames(labels, count))
        return Code::DuplicateLabelName;
    pos = i;
    return std::nullopt;
}

quint32 utf8Characters(std::string_view s)
{
    quint32 n = 0;
    for (const char c : s)
        n += (quint8(c) & 0xC0) != 0x80;
    return n;
}

// "# {labels} value[ timestamp]" from line[i] == '#', OpenMetrics spacing.
std::optional<Code> lexExemplar(std::string_view line, size_t i, SampleLine& out)
{
    const size_t n = line.size();
    if (i + 2 >= n || line[i + 1] != ' ' || line[i + 2] != '{')
        return Code::InvalidExemplar;
    size_t pos = i + 2;
    quint32 count = 0;
    if (auto c = lexLabels(line, pos, ExpositionFormat::OpenMetrics, out.exemplarLabels, count, nullptr,
                           nullptr, true))
        return *c == Code::InvalidUtf8 ? c : Code::InvalidExemplar;
    quint32 chars = 0;
    forEachEncodedLabel(out.exemplarLabels, [&](std::string_view a, std::string_view b) {
        chars += utf8Characters(a) + utf8Characters(b);
    });
    if (chars > 128)
        return Code::ExemplarTooLong;
    if (pos >= n || line[pos] != ' ')
        return Code::InvalidExemplar;
    ++pos;
    const size_t valueEnd = std::min(line.find(' ', pos), n);
    if (!parseFloat(line.substr(pos, valueEnd - pos), out.exemplarValue))
        return Code::InvalidExemplar;
    out.hasExemplar = true;
    if (valueEnd == n)
        return std::nullopt;
    const std::string_view ts = line.substr(valueEnd + 1);
    Timestamp t;
    if (ts.empty() || ts.find(' ') != std::string_view::npos)
        return Code::TrailingCharacters;
    if (auto c = lexTimestamp(ts, ExpositionFormat::OpenMetrics, t))
        return c == Code::TimestampOutOfRange ? c : Code::InvalidExemplar;
    out.exemplarTimestamp = t;
    return std::nullopt;
}

std::optional<Code> lexName(std::string_view line, size_t& i, ExpositionFormat format, std::string_view& name,
                            std::string& buffer)
{
    if (i < line.size() && line[i] == '"') {
        buffer.clear();
        bool bad = false;
        const size_t e = readQuoted(line, i, buffer, bad);
        if (e == std::string_view::npos)
            return bad ? Code::InvalidUtf8 : Code::InvalidMetadata;
        name = buffer;
        i = e;
        return std::nullopt;
    }
    (void)format;
    const size_t e = scanName(line, i, NameStart, NameRest);
    if (e == i)
        return Code::InvalidMetadata;
    name = line.substr(i, e - i);
    i = e;
    return std::nullopt;
}

void unescapeHelp(std::string_view t, ExpositionFormat format, std::string& out)
{
    out.clear();
    for (size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (c != '\\' || i + 1 >= t.size()) {
            out.push_back(c);
            continue;
        }
        const char e = t[++i];
        if (e == '\\')
            out.push_back('\\');
        else if (e == 'n')
            out.push_back('\n');
        else if (e == '"' && format == ExpositionFormat::OpenMetrics)
            out.push_back('"');
        else {
            out.push_back('\\');
            out.push_back(e);
        }
    }
}

} // namespace

std::optional<std::string_view> findLabel(std::string_view encoded, std::string_view name)
{
    std::optional<std::string_view> found;
    forEachEncodedLabel(encoded, [&](std::string_view n, std::string_view v) {
        if (!found && n == name)
            found = v;
    });
    return found;
}

std::optional<Code> lexMetadata(std::string_view line, ExpositionFormat format, MetadataLine& out)
{
    out.kind = MetadataLine::Kind::Comment;
    out.text.clear();
    if (format == ExpositionFormat::OpenMetrics) {
        if (line == "# EOF") {
            out.kind = MetadataLine::Kind::Eof;
            return std::nullopt;
        }
        if (!line.starts_with("# "))
            return Code::UnexpectedComment;
        size_t i = 2;
        const size_t sp = line.find(' ', i);
        const std::string_view word = line.substr(i, sp == std::string_view::npos ? line.size() - i : sp - i);
        if (word == "HELP")
            out.kind = MetadataLine::Kind::Help;
        else if (word == "TYPE")
            out.kind = MetadataLine::Kind::Type;
        else if (word == "UNIT")
            out.kind = MetadataLine::Kind::Unit;
        else
            return Code::UnexpectedComment;
        if (sp == std::string_view::npos)
            return Code::InvalidMetadata;
        i = sp + 1;
        if (auto c = lexName(line, i, format, out.name, out.nameBuffer))
            return c;
        if (i >= line.size() || line[i] != ' ')
            return Code::InvalidMetadata;
        const std::string_view rest = line.substr(i + 1);
        if (out.kind == MetadataLine::Kind::Help) {
            if (!isValidUtf8(rest))
                return Code::InvalidUtf8;
            unescapeHelp(rest, format, out.text);
        } else
            out.text.assign(rest);
        return std::nullopt;
    }
    // Prometheus: "#", blanks, HELP or TYPE, blanks, name, blanks, text; anything else is a comment.
    size_t i = skipBlanks(line, 0) + 1;
    const size_t afterHash = i;
    i = skipBlanks(line, i);
    if (i == afterHash)
        return std::nullopt;
    const std::string_view word = line.substr(i, 4);
    if ((word != "HELP" && word != "TYPE") || i + 4 >= line.size() || !is(line[i + 4], Blank))
        return std::nullopt;
    out.kind = word == "HELP" ? MetadataLine::Kind::Help : MetadataLine::Kind::Type;
    i = skipBlanks(line, i + 4);
    if (auto c = lexName(line, i, format, out.name, out.nameBuffer))
        return c;
    if (i < line.size() && !is(line[i], Blank))
        return Code::InvalidMetadata;
    const std::string_view rest = line.substr(skipBlanks(line, i));
    if (out.kind == MetadataLine::Kind::Help) {
        if (!isValidUtf8(rest))
            return Code::InvalidUtf8;
        unescapeHelp(rest, format, out.text);
    } else {
        out.text.assign(rest);
        while (!out.text.empty() && is(out.text.back(), Blank))
            out.text.pop_back();
    }
    return std::nullopt;
}

std::optional<Code> lexSample(std::string_view line, ExpositionFormat format, SampleLine& out)
{
    const bool om = format == ExpositionFormat::OpenMetrics;
    out.name = {};
    out.labels.clear();
    out.labelCount = 0;
    out.timestamp.reset();
    out.hasExemplar = false;
    out.exemplarLabels.clear();
    out.exemplarTimestamp.reset();
    const size_t n = line.size();
    size_t i = om ? 0 : skipBlanks(line, 0);
    if (i < n && line[i] != '{') {
        const size_t e = scanName(line, i, NameStart, NameRest);
        if (e == i)
            return Code::InvalidMetricName;
        out.name = line.substr(i, e - i);
        i = e;
        if (!om)
            i = skipBlanks(line, i);
    }
    if (i < n && line[i] == '{') {
        if (auto c =
                lexLabels(line, i, format, out.labels, out.labelCount, &out.name, &out.nameBuffer, false))
            return c;
        if (out.name.empty())
            return Code::InvalidMetricName;
        if (!om)
            i = skipBlanks(line, i);
    }
    if (out.name.empty())
        return Code::InvalidMetricName;
    if (om) {
        if (i >= n)
            return Code::MissingValue;
        if (line[i] != ' ')
            return out.labelCount == 0 && line[i] != '{' ? Code::InvalidMetricName : Code::InvalidLabels;
        ++i;
        const size_t valueEnd = std::min(line.find(' ', i), n);
        if (valueEnd == i)
            return i >= n ? Code::MissingValue : Code::TrailingCharacters;
        if (!parseFloat(line.substr(i, valueEnd - i), out.value))
            return Code::InvalidValue;
        i = valueEnd;
        if (i == n)
            return std::nullopt;
        ++i; // the one space
        if (i >= n)
            return Code::TrailingCharacters;
        if (line[i] != '#') {
            const size_t tsEnd = std::min(line.find(' ', i), n);
            if (tsEnd == i)
                return Code::TrailingCharacters;
            Timestamp t;
            if (auto c = lexTimestamp(line.substr(i, tsEnd - i), format, t))
                return c;
            out.timestamp = t;
            if (tsEnd == n)
                return std::nullopt;
            i = tsEnd + 1;
            if (i >= n || line[i] != '#')
                return Code::TrailingCharacters;
        }
        return lexExemplar(line, i, out);
    }
    // Prometheus: value, optional timestamp, blanks anywhere between
    size_t valueEnd = i;
    while (valueEnd < n && !is(line[valueEnd], Blank) && line[valueEnd] != '{')
        ++valueEnd;
    if (valueEnd == i)
        return i >= n ? Code::MissingValue : Code::InvalidValue;
    if (!parseFloat(line.substr(i, valueEnd - i), out.value))
        return Code::InvalidValue;
    i = skipBlanks(line, valueEnd);
    if (i >= n)
        return std::nullopt;
    size_t tsEnd = i;
    while (tsEnd < n && !is(line[tsEnd], Blank))
        ++tsEnd;
    Timestamp t;
    if (auto c = lexTimestamp(line.substr(i, tsEnd - i), format, t))
        return c;
    out.timestamp = t;
    if (skipBlanks(line, tsEnd) != n)
        return Code::TrailingCharacters;
    return std::nullopt;
}

} // namespace capataz::metrics::detail
