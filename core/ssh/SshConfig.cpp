#include "ssh/SshConfig.h"

#include "ssh/HostKey.h"
#include "ssh/SshConfigFile.h"

#include <QDir>
#include <QHostAddress>
#include <QSet>

#include <algorithm>
#include <vector>

namespace capataz::ssh {

using config::ConfigFile;
using config::expand;
using config::isPattern;
using config::Item;

namespace {

// OpenSSH's match_pattern_list() == 1: comma-separated patterns, one match is enough, a
// matching negated pattern refuses whatever the others say.
bool matchPatternList(const QString& text, QStringView list, Qt::CaseSensitivity cs)
{
    bool positive = false;
    for (QStringView pattern : list.tokenize(u',')) {
        const bool negated = pattern.startsWith(u'!');
        if (negated)
            pattern = pattern.sliced(1);
        if (wildcardMatch(text, pattern, cs)) {
            if (negated)
                return false;
            positive = true;
        }
    }
    return positive;
}

// OpenSSH's Host matching: a matching negated pattern excludes, else one match is enough.
bool hostMatches(const Item& host, const QString& name)
{
    for (const QString& pattern : host.negated) {
        if (wildcardMatch(name, pattern))
            return false;
    }
    if (host.names.contains(name))
        return true;
    return std::any_of(host.wildcards.cbegin(), host.wildcards.cend(),
                       [&](const QString& pattern) { return wildcardMatch(name, pattern); });
}

bool isAddress(const QString& host)
{
    return !QHostAddress(host).isNull();
}

struct Settings {
    QHash<QString, const Item*> first; // keyword -> first line met
    std::vector<const Item*> identityFiles;
    bool named = false;                   // some Host line that applies names the alias itself
    std::optional<QString> fixedHostName; // after a final pass: ssh's options.hostname
};

// OpenSSH's readconf.c for one host: process_config_line()'s Host, Match and Include, and
// ssh.c's second ("final") pass.
class Evaluator {
public:
    Evaluator(const SshConfigParseOptions& opts, QList<SshConfigNote>& notes)
        : m_opts(opts)
        , m_notes(notes)
    {}

    Settings run(const ConfigFile& root, const QString& alias)
    {
        m_s = {};
        m_original = alias;
        m_host = alias;
        m_final = false;
        m_wantFinal = false;
        bool active = true; // lines before the first Host or Match apply to every host
        process(root, active, false);
        const Item* canonicalize = m_s.first.value(QStringLiteral("canonicalizehostname"));
        const QString c = canonicalize ? canonicalize->args.front().toLower() : QString();
        if (m_wantFinal || c == u"yes" || c == u"always") {
            QString host = hostName(alias);
            if (!isAddress(host))
                host = host.toLower();
            m_s.fixedHostName = host;
            m_host = host;
            m_final = true;
            active = true;
            process(root, active, false);
        }
        return m_s;
    }

    // HostName with %h expanded, the alias when not set (ssh.c after the first pass).
    QString hostName(const QString& alias)
    {
        if (m_s.fixedHostName)
            return *m_s.fixedHostName;
        const Item* item = m_s.first.value(QStringLiteral("hostname"));
        if (!item)
            return alias;
        QString unknown;
        const QString name = expand(item->args.front(), std::nullopt, {{u'h', alias}}, &unknown);
        if (!unknown.isEmpty())
            m_notes.append(
                SshConfigNote{item->line, SshConfigNote::UnsupportedOption, item->args.front(), item->file});
        return name;
    }

private:
    void process(const ConfigFile& file, bool& active, bool neverMatch)
    {
        for (const Item& item : file.items) {
            switch (item.kind) {
            case Item::Host:
                active = !neverMatch && hostMatches(item, m_host);
                m_s.named = m_s.named || (!m_final && active && item.names.contains(m_original));
                break;
            case Item::Match: {
                const int value = match(item); // evaluated even when it cannot apply ("Match final")
                active = !neverMatch && value == 1;
                break;
            }
            case Item::Include: {
                // An included file goes on in the including block's state; when that block does
                // not apply, nothing in the file can. Its Host and Match lines do not change
                // the including file's state.
                const bool outer = active;
                for (const ConfigFile& included : item.includes) {
                    process(included, active, neverMatch || !outer);
                    active = outer;
                }
                break;
            }
            case Item::Option:
                if (!active)
                    break;
                if (item.keyword == u"identityfile")
                    m_s.identityFiles.push_back(&item);
                else if (!m_s.first.contains(item.keyword))
                    m_s.first.insert(item.keyword, &item);
                break;
            }
        }
    }

    void note(const Item& item, SshConfigNote::Kind kind)
    {
        m_notes.append(
            SshConfigNote{item.line, kind, QStringLiteral("Match ") + item.args.join(u' '), item.file});
    }

    // readconf.c's match_cfg_line(): 1 applies, 0 does not, -1 malformed.
    int match(const Item& item)
    {
        QString host = m_host;
        if (!m_final && m_s.first.contains(QStringLiteral("hostname")))
            host = expand(m_s.first.value(QStringLiteral("hostname"))->args.front(), std::nullopt,
                          {{u'h', m_host}}, nullptr);
        const Item* userItem = m_s.first.value(QStringLiteral("user"));
        const QString remoteUser = userItem ? userItem->args.front() : m_opts.localUser;
        static const QStringList withValue{
            QStringLiteral("host"),      QStringLiteral("originalhost"), QStringLiteral("user"),
            QStringLiteral("localuser"), QStringLiteral("localnetwork"), QStringLiteral("version"),
            QStringLiteral("tagged"),    QStringLiteral("command"),      QStringLiteral("exec")};
        const QStringList& args = item.args;
        int result = 1;
        int attributes = 0;
        for (qsizetype i = 0; i < args.size(); ++i) {
            QString attrib = args[i];
            const bool negate = attrib.startsWith(u'!');
            if (negate)
                attrib = attrib.sliced(1);
            attrib = attrib.toLower();
            if (attrib == u"all") {
                if (attributes > 1 || i + 1 < args.size()) {
                    note(item, SshConfigNote::Malformed);
                    return -1;
                }
                return result ? (negate ? 0 : 1) : 0;
            }
            ++attributes;
            if (attrib == u"canonical" || attrib == u"final") {
                if (attrib == u"final" && !negate && !m_final)
                    m_wantFinal = true;
                if (m_final == negate)
                    result = 0;
                continue;
            }
            QString arg;
            const qsizetype eq = attrib.indexOf(u'=');
            if (eq > 0 && withValue.contains(attrib.first(eq))) {
                arg = args[i].sliced(args[i].indexOf(u'=') + 1);
                attrib.truncate(eq);
            } else if (i + 1 < args.size()) {
                arg = args[++i];
            } else {
                note(item, SshConfigNote::Malformed);
                return -1;
            }
            if (arg.isEmpty() && attrib != u"tagged" && attrib != u"command") {
                note(item, SshConfigNote::Malformed);
                return -1;
            }
            bool matched = false;
            if (attrib == u"host") {
                matched = matchPatternList(host.toLower(), arg.toLower(), Qt::CaseSensitive);
            } else if (attrib == u"originalhost") {
                matched = matchPatternList(m_original.toLower(), arg.toLower(), Qt::CaseSensitive);
            } else if (attrib == u"user") {
                matched = matchPatternList(remoteUser, arg, Qt::CaseSensitive);
            } else if (attrib == u"localuser") {
                matched = matchPatternList(m_opts.localUser, arg, Qt::CaseSensitive);
            } else if (withValue.contains(attrib)) {
                // exec runs a command, the others need the network or ssh's own state: the
                // block is taken as not applying, and the user is told.
                note(item, SshConfigNote::SkippedMatch);
                result = 0;
                continue;
            } else {
                note(item, SshConfigNote::Malformed);
                return -1;
            }
            if (matched == negate)
                result = 0;
        }
        return result;
    }

    const SshConfigParseOptions& m_opts;
    QList<SshConfigNote>& m_notes;
    Settings m_s;
    QString m_host;     // what Host lines see: the alias, in the final pass the resolved HostName
    QString m_original; // the alias as given ("Match originalhost")
    bool m_final = false;
    bool m_wantFinal = false;
};

SshConfigHost describeHost(const QString& alias, Evaluator& ev, const Settings& r,
                           const SshConfigParseOptions& opts, QList<SshConfigNote>& notes)
{
    SshConfigHost host;
    host.alias = alias;
    const auto value = [&](const QString& keyword) {
        const Item* item = r.first.value(keyword);
        return item ? item->args.front() : QString();
    };
    host.hostName = ev.hostName(alias);
    host.user = value(QStringLiteral("user"));
    host.port = value(QStringLiteral("port")).toInt();
    const QString jump = value(QStringLiteral("proxyjump"));
    host.proxyJump = jump.compare(u"none", Qt::CaseInsensitive) == 0 ? QString() : jump;

    const QHash<QChar, QString> tokens{
        {u'd', opts.homeDir},
        {u'u', opts.localUser},
        {u'h', host.hostName},
        {u'n', host.alias},
        {u'p', QString::number(host.port ? host.port : 22)},
        {u'r', host.user.isEmpty() ? opts.localUser : host.user},
    };
    for (const Item* item : r.identityFiles) {
        QString unknown;
        const QString path = expand(item->args.front(), opts.homeDir, tokens, &unknown);
        if (!unknown.isEmpty())
            notes.append(
                SshConfigNote{item->line, SshConfigNote::UnsupportedOption, item->args.front(), item->file});
        if (!host.identityFiles.contains(path))
            host.identityFiles.append(path);
    }
    return host;
}

// The same line can be met twice (a file included from two places, one token per host).
QList<SshConfigNote> unique(const QList<SshConfigNote>& notes)
{
    QList<SshConfigNote> out;
    QSet<QString> keys;
    for (const SshConfigNote& n : notes) {
        const QString key =
            n.file + u'\n' + QString::number(n.line) + u'\n' + QString::number(n.kind) + u'\n' + n.text;
        if (!keys.contains(key)) {
            keys.insert(key);
            out.append(n);
        }
    }
    return out;
}

QString mainPathOf(const SshConfigParseOptions& opts)
{
    return opts.configPath.isEmpty() ? opts.homeDir + QStringLiteral("/.ssh/config") : opts.configPath;
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
    config::Reader reader(opts, result.notes, mainPathOf(opts));
    const ConfigFile root = reader.read(text, opts.configPath, 0);

    QList<SshConfigHost> candidates;
    QSet<QString> seen;
    collectAliases(root, candidates, seen);
    Evaluator ev(opts, result.notes);
    for (const SshConfigHost& candidate : std::as_const(candidates)) {
        const Settings r = ev.run(root, candidate.alias);
        if (!r.named)
            continue; // only named by a Host line that can never apply (negated, inside a Match...)
        SshConfigHost host = describeHost(candidate.alias, ev, r, opts, result.notes);
        host.line = candidate.line;
        host.file = candidate.file;
        result.hosts.append(host);
    }
    result.notes = unique(result.notes);
    return result;
}

SshConfigHost resolveSshConfigHost(QStringView text, const QString& host, const SshConfigParseOptions& opts,
                                   QList<SshConfigNote>* notes)
{
    QList<SshConfigNote> found;
    config::Reader reader(opts, found, mainPathOf(opts));
    const ConfigFile root = reader.read(text, opts.configPath, 0);
    Evaluator ev(opts, found);
    const Settings r = ev.run(root, host);
    SshConfigHost out = describeHost(host, ev, r, opts, found);
    if (notes)
        *notes += unique(found);
    return out;
}

} // namespace capataz::ssh
