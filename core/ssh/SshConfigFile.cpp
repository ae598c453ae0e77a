#include "ssh/SshConfigFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace capataz::ssh::config {

namespace {

constexpr int MaxIncludeDepth = 16;  // OpenSSH's READCONF_MAX_DEPTH
constexpr int MaxIncludedFiles = 64; // bounds work on hostile configs (a glob of 1000 files...)
constexpr int MaxTotalLines = 20000;

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\f' || c == u'\v';
}
bool isGlob(QStringView path)
{
    return path.contains(u'*') || path.contains(u'?') || path.contains(u'[');
}

// OpenSSH's argv_split(): blank-separated words, "double" and 'single' quotes, backslash
// escapes of quotes, backslash and blanks; a word starting with '#' ends the line.
// std::nullopt for an unterminated quote.
std::optional<QStringList> splitArgs(QStringView s)
{
    QStringList out;
    qsizetype i = 0;
    const qsizetype n = s.size();
    while (true) {
        while (i < n && isBlank(s[i]))
            ++i;
        if (i >= n || s[i] == u'#')
            break;
        QString arg;
        QChar quote;
        for (; i < n; ++i) {
            const QChar c = s[i];
            const QChar next = i + 1 < n ? s[i + 1] : QChar();
            const bool escapable =
                next == u'\'' || next == u'"' || next == u'\\' || (quote.isNull() && isBlank(next));
            if (c == u'\\' && escapable) {
                arg += s[++i];
            } else if (quote.isNull() && isBlank(c)) {
                break;
            } else if (quote.isNull() && (c == u'"' || c == u'\'')) {
                quote = c;
            } else if (!quote.isNull() && c == quote) {
                quote = QChar();
            } else {
                arg += c;
            }
        }
        if (!quote.isNull())
            return std::nullopt;
        out.append(arg);
    }
    return out;
}

QStringList globLocal(const QString& pattern)
{
    // Component by component, like glob(3): wildcards may appear in any directory name;
    // hidden entries are not matched by wildcards.
    QStringList current{QStringLiteral("/")};
    const QStringList parts = pattern.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype p = 0; p < parts.size(); ++p) {
        const bool last = p == parts.size() - 1;
        QStringList next;
        for (const QString& base : std::as_const(current)) {
            const QString prefix = base.endsWith(u'/') ? base : base + u'/';
            if (!isGlob(parts[p])) {
                if (QFileInfo::exists(prefix + parts[p]))
                    next.append(prefix + parts[p]);
                continue;
            }
            const auto filter = (last ? QDir::Files | QDir::Dirs : QDir::Dirs) | QDir::NoDotAndDotDot;
            const QStringList names = QDir(base).entryList({parts[p]}, filter, QDir::Name);
            for (const QString& name : names)
                next.append(prefix + name);
        }
        current = next;
    }
    current.sort();
    return current;
}

std::optional<QString> readLocal(const QString& path)
{
    QFile file(path);
    if (QFileInfo(path).isDir() || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(file.readAll());
}

} // namespace

bool isPattern(QStringView arg)
{
    return arg.startsWith(u'!') || arg.contains(u'*') || arg.contains(u'?');
}

// A leading ~ (paths only) and %-tokens, in one pass so that nothing substituted is expanded
// again. Unknown tokens stay as written and are returned in `unknown`.
QString expand(QStringView value, const std::optional<QString>& home, const QHash<QChar, QString>& tokens,
               QString* unknown)
{
    QString out;
    if (home && (value == u"~" || value.startsWith(u"~/"))) {
        out = *home;
        value = value.sliced(1);
    }
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != u'%') {
            out += value[i];
        } else if (i + 1 < value.size() && value[i + 1] == u'%') {
            out += u'%';
            ++i;
        } else if (i + 1 < value.size() && tokens.contains(value[i + 1])) {
            out += tokens.value(value[++i]);
        } else {
            if (unknown)
                *unknown = value.sliced(i, std::min<qsizetype>(2, value.size() - i)).toString();
            out += u'%';
        }
    }
    return out;
}

Reader::Reader(const SshConfigParseOptions& opts, QList<SshConfigNote>& notes, const QString& mainPath)
    : m_opts(opts)
    , m_notes(notes)
    , m_open{QDir::cleanPath(mainPath)}
{}

ConfigFile Reader::read(QStringView text, const QString& path, int depth)
{
    ConfigFile file{path, {}};
    if (depth > 0)
        m_open.append(path);
    int lineNumber = 0;
    for (QStringView line : text.tokenize(u'\n')) {
        if (++m_lines > MaxTotalLines) {
            note(path, lineNumber, SshConfigNote::Malformed, QStringLiteral("configuration too long"));
            break;
        }
        ++lineNumber;
        if (auto item = parseLine(line, path, lineNumber, depth))
            file.items.push_back(std::move(*item));
    }
    if (depth > 0)
        m_open.removeLast();
    return file;
}

void Reader::note(const QString& file, int line, SshConfigNote::Kind kind, QString text)
{
    m_notes.append(SshConfigNote{line, kind, std::move(text), file});
}

std::optional<Item> Reader::parseLine(QStringView line, const QString& path, int lineNumber, int depth)
{
    qsizetype i = 0;
    while (i < line.size() && isBlank(line[i]))
        ++i;
    if (i == line.size() || line[i] == u'#')
        return std::nullopt;
    qsizetype k = i;
    while (k < line.size() && !isBlank(line[k]) && line[k] != u'=')
        ++k;
    Item item;
    item.keyword = line.sliced(i, k - i).toString().toLower();
    item.file = path;
    item.line = lineNumber;
    while (k < line.size() && isBlank(line[k]))
        ++k;
    if (k < line.size() && line[k] == u'=')
        ++k;
    const auto args = splitArgs(line.sliced(k));
    const QString text = line.trimmed().toString();
    if (!args || item.keyword.isEmpty()) {
        note(path, lineNumber, SshConfigNote::Malformed, text);
        return std::nullopt;
    }
    item.args = *args;
    static const QSet<QString> singleValued{
        QStringLiteral("hostname"),     QStringLiteral("user"),      QStringLiteral("port"),
        QStringLiteral("identityfile"), QStringLiteral("proxyjump"), QStringLiteral("canonicalizehostname")};
    const bool known = singleValued.contains(item.keyword) || item.keyword == u"host" ||
                       item.keyword == u"match" || item.keyword == u"include";
    if (!known)
        return std::nullopt;
    if (item.args.isEmpty() || (singleValued.contains(item.keyword) && item.args.size() != 1)) {
        note(path, lineNumber, SshConfigNote::Malformed, text);
        return std::nullopt;
    }
    if (item.keyword == u"host") {
        item.kind = Item::Host;
        for (const QString& arg : std::as_const(item.args)) {
            if (isPattern(arg))
                note(path, lineNumber, SshConfigNote::SkippedPattern, arg);
            if (arg.startsWith(u'!'))
                item.negated.append(arg.sliced(1));
            else if (isPattern(arg))
                item.wildcards.append(arg);
            else
                item.names.insert(arg);
        }
    } else if (item.keyword == u"match") {
        item.kind = Item::Match; // evaluated for each host (SshConfig.cpp)
    } else if (item.keyword == u"include") {
        item.kind = Item::Include;
        for (const QString& arg : std::as_const(item.args))
            include(item, arg, depth);
    } else if (item.keyword == u"port") {
        bool ok = false;
        const int port = item.args.front().toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            note(path, lineNumber, SshConfigNote::Malformed, text);
            return std::nullopt;
        }
    } else if (item.keyword == u"proxyjump" && item.args.front().count(u',') >= kMaxJumpHops) {
        note(path, lineNumber, SshConfigNote::Malformed,
             QStringLiteral("ProxyJump chain longer than %1 hops: ").arg(kMaxJumpHops) + item.args.front());
        return std::nullopt;
    }
    return item;
}

void Reader::include(Item& item, const QString& arg, int depth)
{
    QString unknown;
    const QHash<QChar, QString> tokens{{u'd', m_opts.homeDir}, {u'u', m_opts.localUser}};
    QString path = expand(arg, m_opts.homeDir, tokens, &unknown);
    if (unknown.isEmpty() && arg.startsWith(u'~') && path == arg)
        unknown = QStringLiteral("~user");
    if (!unknown.isEmpty()) {
        note(item.file, item.line, SshConfigNote::UnsupportedOption, arg);
        return;
    }
    if (QDir::isRelativePath(path))
        path = m_opts.homeDir + QStringLiteral("/.ssh/") + path;
    path = QDir::cleanPath(path);

    QStringList paths{path};
    if (isGlob(path))
        paths = m_opts.glob ? m_opts.glob(path) : globLocal(path);
    for (const QString& found : std::as_const(paths)) {
        const QString p = QDir::cleanPath(found);
        if (depth + 1 > MaxIncludeDepth || m_open.contains(p)) {
            note(item.file, item.line, SshConfigNote::Malformed,
                 (depth + 1 > MaxIncludeDepth ? QStringLiteral("Include nested too deep: ")
                                              : QStringLiteral("Include loop: ")) +
                     p);
            continue;
        }
        if (++m_filesRead > MaxIncludedFiles) {
            note(item.file, item.line, SshConfigNote::Malformed,
                 QStringLiteral("too many included files: ") + p);
            return;
        }
        const auto text = m_opts.readFile ? m_opts.readFile(p) : readLocal(p);
        if (!text) {
            note(item.file, item.line, SshConfigNote::IncludeNotFound, p);
            continue;
        }
        item.includes.push_back(read(*text, p, depth + 1));
    }
}

} // namespace capataz::ssh::config
