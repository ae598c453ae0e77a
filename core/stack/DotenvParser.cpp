#include "DotenvParser.h"

using namespace Qt::Literals::StringLiterals;

namespace capataz::stack {

namespace {

// compose-go's isSpace: blanks that never end a line.
bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\v' || c == '\f' || c == '\r';
}

bool isKeyChar(char c)
{
    const auto u = static_cast<unsigned char>(c);
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-' || c == '[' || c == ']' || u >= 0x80;
}

char unescapeDouble(char c)
{
    switch (c) {
    case 'a':
        return '\a';
    case 'b':
        return '\b';
    case 'f':
        return '\f';
    case 'n':
        return '\n';
    case 'r':
        return '\r';
    case 't':
        return '\t';
    case 'v':
        return '\v';
    case '\\':
        return '\\';
    case '$':
        return '$';
    default:
        return 0;
    }
}

class Parser {
public:
    explicit Parser(QByteArrayView bytes)
        : m_src(bytes)
    {}

    std::expected<DotenvDocument, DotenvParseError> run()
    {
        QList<DotenvLine> lines;
        while (m_pos < m_src.size()) {
            auto line = statement();
            if (!line)
                return std::unexpected(line.error());
            lines.append(std::move(*line));
        }
        return DotenvDocument(std::move(lines));
    }

private:
    qsizetype lineEnd(qsizetype from) const
    {
        const qsizetype nl = m_src.indexOf('\n', from);
        return nl < 0 ? m_src.size() : nl;
    }

    // [start, past the '\n' at or after `from`)
    void finish(DotenvLine& line, qsizetype start, qsizetype from)
    {
        const qsizetype nl = lineEnd(from);
        const qsizetype end = nl < m_src.size() ? nl + 1 : nl;
        line.raw = m_src.sliced(start, end - start).toByteArray();
        line.valueBegin -= start;
        line.valueEnd -= start;
        line.lineNumber = m_line;
        m_line += static_cast<int>(line.raw.count('\n'));
        m_pos = end;
    }

    std::unexpected<DotenvParseError> error(DotenvParseError::Code code, int line) const
    {
        return std::unexpected(DotenvParseError{code, line});
    }

    std::expected<DotenvLine, DotenvParseError> statement()
    {
        const qsizetype start = m_pos;
        const qsizetype eol = lineEnd(start);
        qsizetype p = start;
        if (start == 0 && m_src.startsWith("\xEF\xBB\xBF"))
            p += 3; // UTF-8 byte order mark
        while (p < eol && isBlank(m_src[p]))
            ++p;
        DotenvLine line;
        if (p == eol) {
            line.kind = DotenvLine::Kind::Blank;
            finish(line, start, start);
            return line;
        }
        if (m_src[p] == '#') {
            line.kind = DotenvLine::Kind::Comment;
            finish(line, start, start);
            return line;
        }
        line.kind = DotenvLine::Kind::Entry;
        if (m_src.sliced(p, eol - p).startsWith("export") && p + 6 < eol && isBlank(m_src[p + 6])) {
            qsizetype q = p + 6;
            while (q < eol && isBlank(m_src[q]))
                ++q;
            // "export" alone before the end of the line is a key named export.
            if (q < eol) {
                line.exported = true;
                p = q;
            }
        }
        // The key runs to '=' or ':' (YAML style) or the end of the line (inherited).
        const qsizetype keyBegin = p;
        qsizetype sep = p;
        while (sep < eol && m_src[sep] != '=' && m_src[sep] != ':')
            ++sep;
        qsizetype keyEnd = sep;
        while (keyEnd > keyBegin && isBlank(m_src[keyEnd - 1]))
            --keyEnd;
        if (keyEnd == keyBegin)
            return error(DotenvParseError::Code::EmptyKey, m_line);
        for (qsizetype i = keyBegin; i < keyEnd; ++i) {
            if (!isKeyChar(m_src[i]))
                return error(DotenvParseError::Code::BadKey, m_line);
        }
        line.key = QString::fromUtf8(m_src.sliced(keyBegin, keyEnd - keyBegin));
        if (sep == eol) {
            line.inherited = true;
            line.valueBegin = line.valueEnd = keyEnd;
            finish(line, start, start);
            return line;
        }
        qsizetype v = sep + 1;
        while (v < eol && isBlank(m_src[v]))
            ++v;
        line.valueBegin = v;
        if (v < eol && (m_src[v] == '"' || m_src[v] == '\'')) {
            auto close = quoted(line, v);
            if (!close)
                return std::unexpected(close.error());
            line.valueEnd = *close + 1;
            // After the closing quote: blanks, then nothing or a comment.
            const qsizetype after = lineEnd(*close);
            qsizetype q = *close + 1;
            while (q < after && isBlank(m_src[q]))
                ++q;
            if (q < after && m_src[q] != '#')
                return error(DotenvParseError::Code::TrailingCharacters,
                             m_line + static_cast<int>(m_src.sliced(start, q - start).count('\n')));
            finish(line, start, *close + 1);
            return line;
        }
        // Unquoted: up to the first " #", trailing blanks trimmed.
        qsizetype e = v;
        while (e < eol && !(m_src[e] == '#' && e > v && m_src[e - 1] == ' '))
            ++e;
        while (e > v && isBlank(m_src[e - 1]))
            --e;
        line.valueEnd = e;
        line.value = QString::fromUtf8(m_src.sliced(v, e - v));
        finish(line, start, start);
        return line;
    }

    // Reads the quoted value opening at `open` into line.value; returns the closing quote's index.
    std::expected<qsizetype, DotenvParseError> quoted(DotenvLine& line, qsizetype open)
    {
        const char quote = m_src[open];
        line.quote = quote == '"' ? DotenvQuote::Double : DotenvQuote::Single;
        QByteArray chars;
        bool escape = false;
        for (qsizetype i = open + 1; i < m_src.size(); ++i) {
            const char c = m_src[i];
            if (c != quote) {
                if (!escape && c == '\\') {
                    escape = true;
                    continue;
                }
                if (escape) {
                    escape = false;
                    if (quote == '"') {
                        if (const char u = unescapeDouble(c)) {
                            chars.append(u);
                            continue;
                        }
                    }
                    chars.append('\\');
                }
                chars.append(c);
                continue;
            }
            if (escape) {
                escape = false;
                chars.append(c);
                continue;
            }
            line.value = QString::fromUtf8(chars);
            return i;
        }
        return error(DotenvParseError::Code::UnterminatedQuote, m_line);
    }

    QByteArrayView m_src;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

QString DotenvParseError::codeName() const
{
    switch (code) {
    case Code::BadKey:
        return u"BadKey"_s;
    case Code::EmptyKey:
        return u"EmptyKey"_s;
    case Code::UnterminatedQuote:
        return u"UnterminatedQuote"_s;
    case Code::TrailingCharacters:
        return u"TrailingCharacters"_s;
    }
    return u"Unknown"_s;
}

Error DotenvParseError::toError() const
{
    QString what;
    switch (code) {
    case Code::BadKey:
        what = u"invalid character in variable name (letters, digits, _ . - [ ] only, no spaces)"_s;
        break;
    case Code::EmptyKey:
        what = u"missing variable name before '='"_s;
        break;
    case Code::UnterminatedQuote:
        what = u"quoted value without its closing quote"_s;
        break;
    case Code::TrailingCharacters:
        what = u"unexpected text after the closing quote"_s;
        break;
    }
    return Error{ErrorCode::ParseError, u"line "_s + QString::number(line) + u": "_s + what};
}

std::expected<DotenvDocument, DotenvParseError> parseDotenvDetailed(QByteArrayView bytes)
{
    return Parser(bytes).run();
}

Result<DotenvDocument> parseDotenv(QByteArrayView bytes)
{
    auto doc = parseDotenvDetailed(bytes);
    if (!doc)
        return std::unexpected(doc.error().toError());
    return std::move(*doc);
}

} // namespace capataz::stack
