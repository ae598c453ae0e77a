#include "DotenvDocument.h"

#include "DotenvParser.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace capataz::stack {

namespace {

// Safe to write without quotes: nothing compose would trim, cut, interpolate or unquote, and
// nothing a shell sourcing the file would trip on.
bool fitsUnquoted(const QString& value)
{
    for (const QChar c : value) {
        if (c.isSpace() || c.unicode() < 0x20 || c == u'#' || c == u'"' || c == u'\'' || c == u'$' ||
            c == u'\\' || c == u'`' || c.unicode() == 0x7f)
            return false;
    }
    return true;
}

bool fitsSingle(const QString& value)
{
    return !value.contains(u'\'') && !value.contains(u'\\');
}

QByteArray doubleQuoted(const QString& value)
{
    QByteArray out = "\"";
    for (const char c : value.toUtf8()) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '"':
            out += "\\\"";
            break;
        case '$':
            out += "\\$";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    out += '"';
    return out;
}

QByteArray encode(const QString& value, DotenvQuote style)
{
    if (style == DotenvQuote::None && fitsUnquoted(value))
        return value.toUtf8();
    if (style == DotenvQuote::Single && fitsSingle(value))
        return '\'' + value.toUtf8() + '\'';
    return doubleQuoted(value);
}

// The statement reads back as exactly (key, value).
bool readsBack(const QByteArray& raw, const QString& key, const QString& value)
{
    const auto doc = parseDotenvDetailed(raw);
    return doc && doc->lines().size() == 1 && doc->lines().front().kind == DotenvLine::Kind::Entry &&
           doc->lines().front().key == key && !doc->lines().front().inherited &&
           doc->lines().front().value == value;
}

} // namespace

DotenvDocument::DotenvDocument(QList<DotenvLine> lines)
    : m_lines(std::move(lines))
{}

QByteArray DotenvDocument::serialize() const
{
    QByteArray out;
    qsizetype size = 0;
    for (const DotenvLine& l : m_lines)
        size += l.raw.size();
    out.reserve(size);
    for (const DotenvLine& l : m_lines)
        out += l.raw;
    return out;
}

QStringList DotenvDocument::keys() const
{
    QStringList out;
    QSet<QString> seen;
    for (const DotenvLine& l : m_lines) {
        if (l.kind == DotenvLine::Kind::Entry && !seen.contains(l.key)) {
            seen.insert(l.key);
            out.append(l.key);
        }
    }
    return out;
}

qsizetype DotenvDocument::lastEntry(const QString& key) const
{
    for (qsizetype i = m_lines.size() - 1; i >= 0; --i) {
        if (m_lines.at(i).kind == DotenvLine::Kind::Entry && m_lines.at(i).key == key)
            return i;
    }
    return -1;
}

std::optional<QString> DotenvDocument::value(const QString& key) const
{
    const DotenvLine* e = entry(key);
    if (!e || e->inherited)
        return std::nullopt;
    return e->value;
}

const DotenvLine* DotenvDocument::entry(const QString& key) const
{
    const qsizetype i = lastEntry(key);
    return i < 0 ? nullptr : &m_lines.at(i);
}

QByteArray DotenvDocument::lineEnding() const
{
    for (const DotenvLine& l : m_lines) {
        const qsizetype nl = l.raw.indexOf('\n');
        if (nl >= 0)
            return nl > 0 && l.raw.at(nl - 1) == '\r' ? QByteArray("\r\n") : QByteArray("\n");
    }
    return QByteArray("\n");
}

bool DotenvDocument::isValidKey(QStringView key)
{
    if (key.isEmpty())
        return false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') ||
                        u == u'_' || u == u'.' || u == u'-' || u == u'[' || u == u']' ||
                        (u >= 0x80 && c.isLetterOrNumber());
        if (!ok)
            return false;
    }
    // "export" followed by a blank would be read as the keyword; a key named so is fine alone.
    return true;
}

VoidResult DotenvDocument::set(const QString& key, const QString& value)
{
    if (!isValidKey(key))
        return fail(ErrorCode::InvalidArgument, u"not a valid .env variable name: "_s + key);
    const qsizetype i = lastEntry(key);
    if (i >= 0) {
        DotenvLine& l = m_lines[i];
        if (!l.inherited && l.value == value)
            return {};
        const QByteArray prefix = l.raw.left(l.valueBegin);
        const QByteArray suffix = l.raw.mid(l.valueEnd);
        const QByteArray assign = l.inherited ? QByteArray("=") : QByteArray();
        QByteArray raw = prefix + assign + encode(value, l.quote) + suffix;
        if (!readsBack(raw, key, value))
            raw = prefix + assign + doubleQuoted(value) + suffix;
        if (!readsBack(raw, key, value))
            return fail(ErrorCode::Internal, u"cannot write the value of "_s + key);
        auto reparsed = parseDotenvDetailed(raw);
        DotenvLine updated = reparsed->lines().front();
        updated.lineNumber = l.lineNumber;
        l = std::move(updated);
        renumber();
        return {};
    }
    const QByteArray eol = lineEnding();
    QByteArray raw = key.toUtf8() + '=' + encode(value, DotenvQuote::None) + eol;
    if (!readsBack(raw, key, value))
        raw = key.toUtf8() + '=' + doubleQuoted(value) + eol;
    auto reparsed = parseDotenvDetailed(raw);
    if (!reparsed || !readsBack(raw, key, value))
        return fail(ErrorCode::Internal, u"cannot write the value of "_s + key);
    if (!m_lines.isEmpty() && !m_lines.back().raw.endsWith('\n'))
        m_lines.back().raw += eol;
    m_lines.append(reparsed->lines().front());
    renumber();
    return {};
}

bool DotenvDocument::remove(const QString& key)
{
    const qsizetype before = m_lines.size();
    m_lines.removeIf(
        [&key](const DotenvLine& l) { return l.kind == DotenvLine::Kind::Entry && l.key == key; });
    if (m_lines.size() == before)
        return false;
    renumber();
    return true;
}

void DotenvDocument::renumber()
{
    int n = 1;
    for (DotenvLine& l : m_lines) {
        l.lineNumber = n;
        n += static_cast<int>(l.raw.count('\n'));
    }
}

} // namespace capataz::stack
