#include "ssh/SshConfig.h"

#include "ssh/HostKey.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <vector>

namespace capataz::ssh {

namespace {

constexpr int MaxIncludeDepth = 16;  // OpenSSH's READCONF_MAX_DEPTH
constexpr int MaxIncludedFiles = 64; // bounds work on hostile configs (a glob of 1000 files...)
constexpr int MaxTotalLines = 20000;

struct Item;
struct ConfigFile {
    QString path;
    std::vector<Item> items;
};
struct Item {
    enum Kind { Option, Host, Match, Include } kind = Option;
    QString keyword; // lower case
    QStringList args;
    QString file;
    int line = 0;
    std::vector<ConfigFile> includes;
    // Host lines, split once: concrete names are a set lookup even with hundreds of aliases.
    QSet<QString> names;
    QStringList wildcards;
    QStringList negated;
};

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\r' || c == u'\f' || c == u'\v';
}
bool isPattern(QStringView arg)
{
    return arg.startsWith(u'!') || arg.contains(u'*') || arg.contains(u'?');
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

class Reader {
public:
    // `mainPath`: where the parsed text lives, so that it cannot include itself.
    Reader(const SshConfigParseOptions& opts, QList<SshConfigNote>& notes, const QString& mainPath)
        : m_opts(opts)
        , m_notes(notes)
        , m_open{QDir::cleanPath(mainPath)}
    {}

    ConfigFile read(QStringView text, const QString& path, int depth)
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

private:
    void note(const QString& file, int line, SshConfigNote::Kind kind, QString text)
    {
        m_notes.append(SshConfigNote{line, kind, std::move(text), file});
    }

    std::optional<Item> parseLine(QStringView line, const QString& path, int lineNumber, int depth)
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
        static const QSet<QString> singleValued{QStringLiteral("hostname"), QStringLiteral("user"),
                                                QStringLiteral("port"), QStringLiteral("identityfile"),
                                                QStringLiteral("proxyjump")};
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
            item.kind = Item::Match;
            note(path, lineNumber, SshConfigNote::SkippedMatch, text);
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
        } else if (item.keyword == u"proxyjump" && item.args.front().contains(u',')) {
            note(path, lineNumber, SshConfigNote::MultiHopProxyJump, item.args.front());
        }
        return item;
    }

    void include(Item& item, const QString& arg, int depth)
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

    const SshConfigParseOptions& m_opts;
    QList<SshConfigNote>& m_notes;
    QStringList m_open; // the include chain being read, to refuse loops
    int m_filesRead = 0;
    int m_lines = 0;
};

// OpenSSH's Host matching: a matching negated pattern excludes, else one match is enough.
bool hostMatches(const Item& host, const QString& alias)
{
    for (const QString& pattern : host.negated) {
        if (wildcardMatch(alias, pattern))
            return false;
    }
    if (host.names.contains(alias))
        return true;
    return std::any_of(host.wildcards.cbegin(), host.wildcards.cend(),
                       [&](const QString& pattern) { return wildcardMatch(alias, pattern); });
}

struct Resolution {
    QHash<QString, const Item*> first; // keyword -> first line met
    std::vector<const Item*> identityFiles;
    bool named = false; // some matching Host line names the alias itself
};

void resolve(const ConfigFile& file, const QString& alias, Resolution& r)
{
    bool active = true; // lines before the first Host apply to every host
    for (const Item& item : file.items) {
        switch (item.kind) {
        case Item::Host:
            active = hostMatches(item, alias);
            r.named = r.named || (active && item.names.contains(alias));
            break;
        case Item::Match:
            active = false;
            break;
        case Item::Include:
            // An Include inside a block that does not apply contributes nothing (OpenSSH reads
            // it with SSHCONF_NEVERMATCH); each included file starts active and cannot change
            // the activity of the including file.
            if (active) {
                for (const ConfigFile& included : item.includes)
                    resolve(included, alias, r);
            }
            break;
        case Item::Option:
            if (!active)
                break;
            if (item.keyword == u"identityfile")
                r.identityFiles.push_back(&item);
            else if (!r.first.contains(item.keyword))
                r.first.insert(item.keyword, &item);
            break;
        }
    }
}

void collectAliases(const ConfigFile& file, QList<SshConfigHost>& hosts, QSet<QString>& seen)
{
    for (const Item& item : file.items) {
        if (item.kind == Item::Include) {
            for (const ConfigFile& included : item.includes)
                collectAliases(included, hosts, seen);
        }
        if (item.kind != Item::Host)
            continue;
        for (const QString& arg : item.args) {
            if (!isPattern(arg) && !arg.isEmpty() && !seen.contains(arg)) {
                seen.insert(arg);
                SshConfigHost host;
                host.alias = arg;
                host.line = item.line;
                host.file = item.file;
                hosts.append(host);
            }
        }
    }
}

} // namespace

SshConfigParseOptions SshConfigParseOptions::forLocalUser()
{
    SshConfigParseOptions opts;
    opts.homeDir = QDir::homePath();
    opts.localUser = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    opts.configPath = opts.homeDir + QStringLiteral("/.ssh/config");
    return opts;
}

SshConfigImport parseSshConfig(QStringView text, const SshConfigParseOptions& opts)
{
    SshConfigImport result;
    const QString mainPath =
        opts.configPath.isEmpty() ? opts.homeDir + QStringLiteral("/.ssh/config") : opts.configPath;
    Reader reader(opts, result.notes, mainPath);
    const ConfigFile root = reader.read(text, opts.configPath, 0);

    QList<SshConfigHost> candidates;
    QSet<QString> seen;
    collectAliases(root, candidates, seen);
    for (SshConfigHost& host : candidates) {
        Resolution r;
        resolve(root, host.alias, r);
        if (!r.named)
            continue; // only named by a Host line that can never apply (negated, inside a Match...)
        const auto value = [&](const QString& keyword) {
            const Item* item = r.first.value(keyword);
            return item ? item->args.front() : QString();
        };
        const auto noteUnknown = [&](const Item* item, const QString& unknown) {
            if (!unknown.isEmpty())
                result.notes.append(SshConfigNote{item->line, SshConfigNote::UnsupportedOption,
                                                  item->args.front(), item->file});
        };

        QString unknown;
        host.hostName = host.alias;
        if (const Item* item = r.first.value(QStringLiteral("hostname"))) {
            host.hostName = expand(item->args.front(), std::nullopt, {{u'h', host.alias}}, &unknown);
            noteUnknown(item, unknown);
        }
        host.user = value(QStringLiteral("user"));
        host.port = value(QStringLiteral("port")).toInt();
        const QString jump = value(QStringLiteral("proxyjump"));
        const bool noJump = jump.compare(u"none", Qt::CaseInsensitive) == 0;
        host.proxyJump = noJump ? QString() : jump.section(u',', 0, 0);

        const QHash<QChar, QString> tokens{
            {u'd', opts.homeDir},
            {u'u', opts.localUser},
            {u'h', host.hostName},
            {u'n', host.alias},
            {u'p', QString::number(host.port ? host.port : 22)},
            {u'r', host.user.isEmpty() ? opts.localUser : host.user},
        };
        for (const Item* item : r.identityFiles) {
            unknown.clear();
            const QString path = expand(item->args.front(), opts.homeDir, tokens, &unknown);
            noteUnknown(item, unknown);
            if (!host.identityFiles.contains(path))
                host.identityFiles.append(path);
        }
        result.hosts.append(host);
    }

    // The same line can be met twice (a file included from two places, one token per host).
    QList<SshConfigNote> unique;
    QSet<QString> keys;
    for (const SshConfigNote& n : std::as_const(result.notes)) {
        const QString key =
            n.file + u'\n' + QString::number(n.line) + u'\n' + QString::number(n.kind) + u'\n' + n.text;
        if (!keys.contains(key)) {
            keys.insert(key);
            unique.append(n);
        }
    }
    result.notes = unique;
    return result;
}

} // namespace capataz::ssh
