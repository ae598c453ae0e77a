// capataz-cli servers add NAME --host H [--port P] --user U [--key FILE] [--password-stdin]
//     [--sudo none|root|sudo|sudo-password] [--sudo-password-stdin] [--known-hosts FILE]
//     [--jump SPEC] [--role admin|support|owner] [--owner-reads-logs] [--project-dir DIR]
//     [--prometheus URL] [--scrape-every SECONDS]
#include "CliConnect.h"
#include "CliContext.h"
#include "ErrorHints.h"
#include "ProfileOutput.h"
#include "ServersCommand.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

const QString kCommand = u"servers add"_s;

QString absoluteLocalPath(const QString& path)
{
    if (path.isEmpty() || path.startsWith(u"~/"))
        return path; // ~ is expanded when connecting, so the profile follows the user's home
    return QFileInfo(path).absoluteFilePath();
}

int invalid(const Error& e)
{
    return CliContext::reportError(e, storeHint(e), ExitUsage);
}

} // namespace

int runServersAdd(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption host(u"host"_s, u"Host name or address of the server."_s, u"HOST"_s);
    const QCommandLineOption port(u"port"_s, u"SSH port (default 22)."_s, u"PORT"_s, u"22"_s);
    const QCommandLineOption user(u"user"_s, u"User to log in as."_s, u"USER"_s);
    const QCommandLineOption key(u"key"_s, u"Log in with this private key file (else: ssh-agent)."_s,
                                 u"FILE"_s);
    const QCommandLineOption password(
        u"password-stdin"_s, u"Read one line from stdin: the login password (password authentication), "
                             u"or with --key the key's passphrase. It goes to the keychain."_s);
    const QCommandLineOption sudo(
        u"sudo"_s,
        u"How to become root: none, root (logs in as root), sudo (no password), "
        u"sudo-password, access (an account made by 'capataz-cli access SERVER grant': the server runs "
        u"only its role's requests; give --role support or owner). Default: none, or sudo-password with "
        u"--sudo-password-stdin."_s,
        u"MODE"_s);
    const QCommandLineOption sudoPassword(u"sudo-password-stdin"_s,
                                          u"Read one line from stdin (after the password, if both): the sudo "
                                          u"password. It goes to the keychain."_s);
    const QCommandLineOption knownHosts(
        u"known-hosts"_s, u"An extra known_hosts file to check the server's key against."_s, u"FILE"_s);
    const QCommandLineOption jump(
        u"jump"_s,
        u"Reach the server through these jump hosts, as ssh's ProxyJump (a,b@c:2200, at most 8): each a "
        u"profile name or [user@]host[:port]."_s,
        u"SPEC"_s);
    const QCommandLineOption role(u"role"_s,
                                  u"What the profile's user may do: admin (default), support, owner."_s,
                                  u"ROLE"_s, u"admin"_s);
    const QCommandLineOption ownerLogs(u"owner-reads-logs"_s,
                                       u"With --role owner: this owner may also read the logs."_s);
    const QCommandLineOption projectDir(u"project-dir"_s, u"The Compose project's directory on the server."_s,
                                        u"DIR"_s);
    const QCommandLineOption prometheus(
        u"prometheus"_s,
        QCoreApplication::translate(
            "capataz::cli", "A Prometheus server that already scrapes this server, as the server sees "
                            "it (http://127.0.0.1:9090): 'metrics SERVER --query' asks it through the "
                            "SSH connection instead of scraping."),
        u"URL"_s);
    const QCommandLineOption scrapeEvery(
        u"scrape-every"_s,
        QCoreApplication::translate("capataz::cli", "How often the console scrapes this server's metrics, "
                                                    "in seconds (5 to 3600; default 15)."),
        u"SECONDS"_s, u"15"_s);
    parser.addOptions({host, port, user, key, password, sudo, sudoPassword, knownHosts, jump, role, ownerLogs,
                       projectDir, prometheus, scrapeEvery});
    parser.addPositionalArgument(u"NAME"_s, u"The profile's name: letters, digits, '.', '_', '-'."_s);
    if (auto exit = ctx.parse(parser, args,
                              {kCommand, u"NAME --host HOST --user USER [options]"_s,
                               u"Add a server profile. Secrets never go on the command line: they are read "
                               u"from stdin and kept in the keychain."_s}))
        return *exit;

    const QStringList names = parser.positionalArguments();
    if (names.size() != 1)
        return CliContext::usageError(u"servers add needs exactly one NAME"_s, kCommand);
    if (!parser.isSet(host) || !parser.isSet(user))
        return CliContext::usageError(u"servers add needs --host and --user"_s, kCommand);

    store::ServerProfile p;
    p.name = names.constFirst();
    p.host = parser.value(host);
    p.user = parser.value(user);
    bool portOk = false;
    p.port = parser.value(port).toInt(&portOk);
    if (!portOk)
        return CliContext::usageError(u"--port must be a number, not '"_s + parser.value(port) + u"'"_s,
                                      kCommand);
    if (parser.isSet(key)) {
        p.auth = store::AuthMethod::KeyFile;
        p.keyPath = absoluteLocalPath(parser.value(key));
    } else if (parser.isSet(password)) {
        p.auth = store::AuthMethod::Password;
    }
    if (parser.isSet(sudo)) {
        const auto mode = remote::sudoModeFromName(parser.value(sudo));
        if (!mode)
            return CliContext::usageError(u"--sudo must be none, root, sudo, sudo-password or access"_s,
                                          kCommand);
        p.sudo = *mode;
    } else if (parser.isSet(sudoPassword)) {
        p.sudo = remote::SudoMode::Password;
    }
    if (parser.isSet(sudoPassword) && p.sudo != remote::SudoMode::Password)
        return CliContext::usageError(u"--sudo-password-stdin goes with --sudo sudo-password"_s, kCommand);
    const auto r = store::roleFromName(parser.value(role));
    if (!r)
        return CliContext::usageError(u"--role must be admin, support or owner"_s, kCommand);
    p.role = *r;
    if (p.sudo == remote::SudoMode::Access && p.role == store::Role::Admin)
        return CliContext::usageError(
            u"--sudo access is for the accounts 'access grant' makes: give their --role, support or owner"_s,
            kCommand);
    if (parser.isSet(ownerLogs) && p.role != store::Role::Owner)
        return CliContext::usageError(u"--owner-reads-logs goes with --role owner"_s, kCommand);
    p.ownerReadsLogs = parser.isSet(ownerLogs);
    p.knownHostsFile = absoluteLocalPath(parser.value(knownHosts));
    p.jumpHost = parser.value(jump);
    p.projectDir = parser.value(projectDir);
    p.prometheusUrl = parser.value(prometheus).trimmed();
    bool everyOk = false;
    p.scrapeIntervalS = parser.value(scrapeEvery).toInt(&everyOk);
    if (!everyOk || p.scrapeIntervalS < store::ServerProfile::kMinScrapeIntervalS ||
        p.scrapeIntervalS > store::ServerProfile::kMaxScrapeIntervalS)
        return CliContext::usageError(
            QCoreApplication::translate("capataz::cli",
                                        "--scrape-every must be a number of seconds from 5 to "
                                        "3600, not '%1'")
                .arg(parser.value(scrapeEvery)),
            kCommand);
    // A ProxyJump chain: every hop a profile name or [user@]host[:port].
    const QStringList hops = p.jumpHost.split(u',', Qt::SkipEmptyParts);
    if (hops.size() > ssh::kMaxJumpHops)
        return invalid(
            Error{ErrorCode::InvalidArgument, u"--jump: more than %1 hops"_s.arg(ssh::kMaxJumpHops)});
    for (const QString& hop : hops) {
        if (auto spec = client::parseHostSpec(hop); !spec)
            return invalid(spec.error());
    }
    if (auto valid = p.validate(); !valid)
        return invalid(valid.error());

    auto store = ctx.servers();
    if (!store)
        return CliContext::reportError(store.error(), storeHint(store.error()), ExitFailure);
    if (auto existing = (*store)->get(p.name); existing)
        return invalid(
            Error{ErrorCode::AlreadyExists, u"a server named '"_s + existing->name + u"' exists already"_s});

    // Secrets are read before anything is stored, so a failed read leaves nothing behind.
    using Kind = secrets::SecretStore::Kind;
    QList<QPair<Kind, QString>> secrets;
    if (parser.isSet(password)) {
        const bool passphrase = p.auth == store::AuthMethod::KeyFile;
        auto line = readStdinSecret(
            passphrase ? u"Key passphrase: "_s : u"Password: "_s,
            QCoreApplication::translate("capataz::cli", "Give the secret as one line on stdin."), ExitUsage);
        if (!line)
            return line.error();
        secrets.append({passphrase ? Kind::KeyPassphrase : Kind::Password, *line});
    }
    if (parser.isSet(sudoPassword)) {
        auto line = readStdinSecret(
            u"Sudo password: "_s,
            QCoreApplication::translate("capataz::cli", "Give the sudo password as one line on stdin."),
            ExitUsage);
        if (!line)
            return line.error();
        secrets.append({Kind::SudoPassword, *line});
    }

    auto added = (*store)->add(p);
    if (!added)
        return CliContext::reportError(added.error(), storeHint(added.error()),
                                       added.error().code == ErrorCode::DatabaseError ? ExitFailure
                                                                                      : ExitUsage);
    for (const auto& [kind, value] : std::as_const(secrets)) {
        if (auto w = ctx.writeSecret(added->name, kind, value); !w)
            return CliContext::reportError(
                w.error(),
                QCoreApplication::translate("capataz::cli",
                                            "The profile was added without that secret; pass it to exec with "
                                            "--password-stdin / --sudo-password-stdin."),
                ExitFailure);
    }

    CliContext::print(u"Added server '"_s + added->name + u"': "_s + profileAddress(*added) + u", auth "_s +
                      store::authMethodName(added->auth) + u", sudo "_s + remote::sudoModeName(added->sudo) +
                      u", role "_s + store::roleName(added->role) + u".\n"_s);
    if (!added->keyPath.isEmpty() && !added->keyPath.startsWith(u"~/") && !QFileInfo::exists(added->keyPath))
        CliContext::warn(u"the key file "_s + added->keyPath + u" does not exist (yet)."_s);
    if (!secrets.isEmpty() && !ctx.secrets().isPersistent()) {
        CliContext::warn(u"no keychain is available ("_s + ctx.secrets().memoryOnlyReason() +
                         u"): the secret is kept in memory only and is forgotten when this command exits. "
                         u"Give it to each exec with the same --password-stdin / --sudo-password-stdin."_s);
    }
    return ExitOk;
}

} // namespace capataz::cli
