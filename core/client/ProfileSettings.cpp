#include "client/ProfileSettings.h"

#include "store/DataDir.h"
#include "store/ServerStore.h"

#include <QDir>

namespace capataz::client {

QString ownKnownHostsFile()
{
    return QDir(store::dataDirectory()).filePath(QStringLiteral("known_hosts"));
}

QStringList knownHostsFilesFor(const store::ServerProfile& profile)
{
    QStringList files{QDir::home().filePath(QStringLiteral(".ssh/known_hosts")), ownKnownHostsFile()};
    if (!profile.knownHostsFile.isEmpty())
        files << profile.knownHostsFile;
    return files;
}

Result<HostSpec> parseHostSpec(QStringView spec)
{
    HostSpec h;
    QStringView rest = spec.trimmed();
    if (const qsizetype at = rest.lastIndexOf(u'@'); at >= 0) {
        h.user = rest.first(at).toString();
        rest = rest.sliced(at + 1);
    }
    if (rest.startsWith(u'[')) {
        const qsizetype close = rest.indexOf(u']');
        if (close < 0)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("unbalanced [ in %1").arg(spec));
        h.host = rest.sliced(1, close - 1).toString();
        rest = rest.sliced(close + 1);
        if (rest.startsWith(u':'))
            rest = rest.sliced(1);
        else if (!rest.isEmpty())
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("unexpected text after ] in %1").arg(spec));
    } else if (rest.count(u':') == 1) {
        const qsizetype colon = rest.indexOf(u':');
        h.host = rest.first(colon).toString();
        rest = rest.sliced(colon + 1);
    } else {
        h.host = rest.toString();
        rest = {};
    }
    if (!rest.isEmpty()) {
        bool ok = false;
        h.port = rest.toInt(&ok);
        if (!ok || h.port < 1 || h.port > 65535)
            return fail(ErrorCode::InvalidArgument, QStringLiteral("bad port in %1").arg(spec));
    }
    if (h.host.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no host in %1").arg(spec));
    return h;
}

namespace {
QStringList jumpHops(const QString& text)
{
    QStringList hops;
    for (const QString& h : text.split(u',', Qt::SkipEmptyParts)) {
        if (!h.trimmed().isEmpty())
            hops << h.trimmed();
    }
    return hops;
}

ssh::AuthKind authKind(store::AuthMethod m)
{
    switch (m) {
    case store::AuthMethod::Agent:
        return ssh::AuthKind::Agent;
    case store::AuthMethod::KeyFile:
        return ssh::AuthKind::KeyFile;
    case store::AuthMethod::Password:
        return ssh::AuthKind::Password;
    case store::AuthMethod::KeyboardInteractive:
        return ssh::AuthKind::KeyboardInteractive;
    }
    return ssh::AuthKind::Agent;
}

// `hops`: how many connections the chain holds so far, the target included; `seen`: the profile
// names on the way, to refuse loops.
Result<ssh::ConnectionSettings> build(const store::ServerProfile& p, const store::ServerStore* store,
                                      const ProfileSecrets& secrets, ssh::HostKeyPolicy policy, int& hops,
                                      QStringList& seen)
{
    ssh::ConnectionSettings s;
    s.host = p.host;
    s.port = p.port;
    s.user = p.user;
    s.auth = authKind(p.auth);
    s.keyPath = p.keyPath.startsWith(u"~/") ? QDir::home().filePath(p.keyPath.mid(2)) : p.keyPath;
    s.password = secrets.password;
    s.keyPassphrase = secrets.keyPassphrase;
    s.sudoPassword = secrets.sudoPassword;
    s.sudo = p.sudo;
    s.knownHostsFiles = knownHostsFilesFor(p);
    s.knownHostsWriteFile = ownKnownHostsFile();
    s.hostKeyPolicy = policy;
    seen.append(p.name.toCaseFolded());
    // "a,b@c:2200" as ssh's ProxyJump: a is reached first, then b@c through it, then the target.
    std::shared_ptr<const ssh::ConnectionSettings> previous;
    for (const QString& hopText : jumpHops(p.jumpHost)) {
        if (++hops > ssh::kMaxJumpHops + 1)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("%1: more than %2 jump hosts").arg(p.name).arg(ssh::kMaxJumpHops));
        ssh::ConnectionSettings hop;
        if (auto jp = store ? store->get(hopText) : Result<store::ServerProfile>(fail(ErrorCode::NotFound));
            jp) {
            if (seen.contains(jp->name.toCaseFolded()))
                return fail(ErrorCode::InvalidArgument,
                            QStringLiteral("%1: jump host loop through %2").arg(p.name, jp->name));
            // The jump profile's own secrets are not known here: key or agent auth is expected.
            auto js = build(*jp, store, ProfileSecrets{}, policy, hops, seen);
            if (!js)
                return std::unexpected(js.error());
            hop = *js;
            if (previous && !hop.jump)
                hop.jump = previous;
            else if (previous)
                return fail(
                    ErrorCode::InvalidArgument,
                    QStringLiteral("%1: jump host %2 has jump hosts of its own and is not the first hop")
                        .arg(p.name, jp->name));
        } else {
            auto spec = parseHostSpec(hopText);
            if (!spec)
                return std::unexpected(spec.error());
            hop = s;
            hop.host = spec->host;
            hop.port = spec->port ? spec->port : 22;
            if (!spec->user.isEmpty())
                hop.user = spec->user;
            hop.sudo = remote::SudoMode::None;
            hop.sudoPassword.clear();
            hop.jump = previous;
        }
        previous = std::make_shared<const ssh::ConnectionSettings>(hop);
    }
    s.jump = previous;
    return s;
}
} // namespace

Result<ssh::ConnectionSettings> settingsForProfile(const store::ServerProfile& profile,
                                                   const store::ServerStore* store,
                                                   const ProfileSecrets& secrets, ssh::HostKeyPolicy policy)
{
    int hops = 1;
    QStringList seen;
    return build(profile, store, secrets, policy, hops, seen);
}

} // namespace capataz::client
