#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace capataz::ssh {

// One concrete alias of ~/.ssh/config, resolved the way ssh resolves it: for each keyword the
// first value met wins, over every Host block (and the lines before the first Host) that
// matches the alias, in file order, Include files read in place.
struct SshConfigHost {
    QString alias;
    QString hostName;          // HostName with %h expanded; the alias when not set
    QString user;              // empty: not set (ssh uses the local user name)
    int port = 0;              // 0: not set (22)
    QStringList identityFiles; // every IdentityFile, in order, no repeats; ~ and %-tokens expanded
    QString proxyJump;         // first hop only, "[user@]host[:port]" as written; empty: none
    int line = 0;              // the first Host line naming the alias
    QString file;              // its file: SshConfigParseOptions::configPath or an included path
};

// Something the import left out or could not understand, with where it is.
struct SshConfigNote {
    int line = 0;
    enum Kind {
        SkippedPattern,    // a Host pattern (*, ?, !negation) is not an alias to import
        SkippedMatch,      // Match blocks are not evaluated: their options are not applied
        UnsupportedOption, // an unknown %-token (the value is kept as written)
        MultiHopProxyJump, // only the first ProxyJump hop is kept
        IncludeNotFound,   // an Include names a file that cannot be read
        Malformed,         // bad quoting, missing argument, bad port, Include loop or too deep
    } kind = Malformed;
    QString text; // the pattern, the line or the path concerned; untranslated
    QString file; // as in SshConfigHost::file
};

struct SshConfigImport {
    QList<SshConfigHost> hosts; // in the order their aliases first appear
    QList<SshConfigNote> notes; // in the order they were found, no repeats
};

struct SshConfigParseOptions {
    QString homeDir;    // for ~, %d and relative Include paths (homeDir/.ssh/...)
    QString localUser;  // %u, and %r when no User is set
    QString configPath; // where the parsed text comes from; guards against it including itself
    // Reads an included file; std::nullopt when it does not exist or cannot be read.
    // Unset: read the local file system.
    std::function<std::optional<QString>(const QString& path)> readFile;
    // Expands an Include glob (an absolute path with *, ? or [...]) to sorted file paths.
    // Unset: glob the local file system.
    std::function<QStringList(const QString& pattern)> glob;

    // The current user's home, name and ~/.ssh/config, reading the local file system.
    [[nodiscard]] static SshConfigParseOptions forLocalUser();
};

// Never fails: what cannot be used is left out and explained in notes. Keywords other than
// Host, HostName, User, Port, IdentityFile, ProxyJump, Include and Match are ignored.
[[nodiscard]] SshConfigImport parseSshConfig(QStringView text, const SshConfigParseOptions& opts);

} // namespace capataz::ssh
