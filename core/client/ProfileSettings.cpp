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

Result<ssh::ConnectionSettings> build(const store::ServerProfile& p, const store::ServerStore* store,
                                      const ProfileSecrets& secrets, ssh::HostKeyPolicy policy, int depth)
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
    if (p.jumpHost.isEmpty())
        return s;
    if (depth > 0)
        return fail(
            ErrorCode::InvalidArgument,
            QStringLiteral("%1: only one jump host is supported (its jump host names another)").arg(p.name));
    if (store) {
        if (auto jp = store->get(p.jumpHost); jp) {
            if (jp->name.compare(p.name, Qt::CaseInsensitive) == 0)
                return fail(ErrorCode::InvalidArgument,
                            QStringLiteral("%1 names itself as its jump host").arg(p.name));
            // The jump profile's own secrets are not known here: key or agent auth is expected.
            auto js = build(*jp, store, ProfileSecrets{}, policy, depth + 1);
            if (!js)
                return std::unexpected(js.error());
            s.jump = std::make_shared<const ssh::ConnectionSettings>(*js);
            return s;
        }
    }
    auto spec = parseHostSpec(p.jumpHost);
    if (!spec)
        return std::unexpected(spec.error());
    ssh::ConnectionSettings js = s;
    js.jump.reset();
    js.host = spec->host;
    js.port = spec->port ? spec->port : 22;
    if (!spec->user.isEmpty())
        js.user = spec->user;
    js.sudo = remote::SudoMode::None;
    js.sudoPassword.clear();
    s.jump = std::make_shared<const ssh::ConnectionSettings>(js);
    return s;
}
} // namespace

Result<ssh::ConnectionSettings> settingsForProfile(const store::ServerProfile& profile,
                                                   const store::ServerStore* store,
                                                   const ProfileSecrets& secrets, ssh::HostKeyPolicy policy)
{
    return build(profile, store, secrets, policy, 0);
}

} // namespace capataz::client
