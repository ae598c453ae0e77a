#pragma once

#include "ssh/ConnectionSettings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace capataz::ssh {

// One host of ~/.ssh/config, resolved the way `ssh -G` resolves it: for each keyword the first
// value met wins, over the lines before the first Host or Match and every Host and Match block
// that applies, in file order, Include files read in place (an Include inside a block that
// does not apply contributes nothing; a Match inside an included file does not change the
// including file's state). Match evaluates all, host, originalhost, user, localuser, canonical
// and final; "Match final" (or CanonicalizeHostname yes/always) asks for a second pass with the
// resolved HostName, as ssh does (without DNS canonicalization).
struct SshConfigHost {
    QString alias;
    QString hostName;          // HostName with %h expanded; the alias when not set
    QString user;              // empty: not set (ssh uses the local user name)
    int port = 0;              // 0: not set (22)
    QStringList identityFiles; // every IdentityFile, in order, no repeats; ~ and %-tokens expanded
    QString proxyJump;         // the chain as written, "[user@]host[:port]" hops joined by ','; empty: none
    int line = 0;              // the first Host line naming the alias
    QString file;              // its file: SshConfigParseOptions::configPath or an included path
};

// Something the import left out or could not understand, with where it is.
struct SshConfigNote {
    int line = 0;
    enum Kind {
        SkippedPattern,    // a Host pattern (*, ?, !negation) is not an alias to import
        SkippedMatch,      // a Match criterion Capataz does not evaluate (exec, localnetwork, tagged,
                           // command, version): the block is taken as not applying
        UnsupportedOption, // an unknown %-token (the value is kept as written)
        IncludeNotFound,   // an Include names a file that cannot be read
        Malformed,         // bad quoting, missing argument, bad port or Match, Include loop or too
                           // deep, a ProxyJump chain over kMaxJumpHops hops
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

// Every alias a Host line names (not patterns), each resolved as above. Never fails: what cannot
// be used is left out and explained in notes. Keywords other than Host, Match, Include,
// HostName, User, Port, IdentityFile, ProxyJump and CanonicalizeHostname are ignored.
[[nodiscard]] SshConfigImport parseSshConfig(QStringView text, const SshConfigParseOptions& opts);

// One host name as `ssh -G host` resolves it, whether or not a Host line names it (`line` and
// `file` then stay empty). Notes about the config are appended to `notes` when given.
[[nodiscard]] SshConfigHost resolveSshConfigHost(QStringView text, const QString& host,
                                                 const SshConfigParseOptions& opts,
                                                 QList<SshConfigNote>* notes = nullptr);

} // namespace capataz::ssh
