#include "CliConnect.h"

#include "CliContext.h"
#include "ErrorHints.h"
#include "HostKeyText.h"
#include "InterruptWatcher.h"
#include "ssh/Connection.h"

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

ConnectOutcome connectAndWait(ssh::Connection& conn)
{
    ConnectOutcome outcome;
    InterruptWatcher interrupts;
    QEventLoop loop;
    QList<ssh::HostKeyInfo> keys;
    Error error;
    QObject::connect(&conn, &ssh::Connection::hostKeyReceived, &loop,
                     [&](const ssh::HostKeyInfo& info) { keys << info; });
    QObject::connect(&conn, &ssh::Connection::connected, &loop, [&] { loop.quit(); });
    QObject::connect(&conn, &ssh::Connection::failed, &loop, [&](const Error& e) {
        error = e;
        loop.quit();
    });
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&](int sig) {
        outcome.interruptedBy = sig;
        loop.quit();
    });
    conn.connectToHost();
    loop.exec();
    if (outcome.interruptedBy)
        return outcome;
    if (!conn.isConnected() && !error.isError())
        error = conn.lastError();
    // With --accept-new an unknown key that got past the host key check was remembered, even
    // if authentication failed afterwards: say so, as ssh does.
    const ssh::ConnectionSettings& settings = conn.settings();
    const bool pastHostKey = error.code != ErrorCode::HostKeyUnknown &&
                             error.code != ErrorCode::HostKeyChanged &&
                             error.code != ErrorCode::HostKeyRejected;
    for (const ssh::HostKeyInfo& k : std::as_const(keys)) {
        if (k.status == ssh::HostKeyInfo::Status::Unknown && pastHostKey &&
            settings.hostKeyPolicy == ssh::HostKeyPolicy::AcceptNew)
            CliContext::warn(u"trusted the new host key "_s + hostKeyLine(k) + u" and remembered it in "_s +
                             settings.knownHostsWriteFile + u'.');
    }
    if (!conn.isConnected())
        outcome.result = std::unexpected(error);
    return outcome;
}

std::expected<QString, int> readStdinSecret(const QString& prompt, const QString& hint, int exitCode)
{
    auto line = CliContext::readStdinLine(prompt);
    if (!line)
        return std::unexpected(CliContext::reportError(line.error(), hint, exitCode));
    return *line;
}

std::expected<client::ProfileSecrets, int> gatherSecrets(CliContext& ctx, const store::ServerProfile& profile,
                                                         const SecretSources& sources, int stdinExit,
                                                         int missingExit)
{
    using Kind = secrets::SecretStore::Kind;
    client::ProfileSecrets secrets;
    auto fromKeychain = [&](Kind kind, QString& into) {
        if (auto s = ctx.readSecret(profile.name, kind); s)
            into = *s;
    };
    if (sources.passwordFromStdin) {
        auto line = readStdinSecret(
            u"Password: "_s,
            QCoreApplication::translate("capataz::cli", "Give the password as one line on stdin."),
            stdinExit);
        if (!line)
            return std::unexpected(line.error());
        secrets.password = secrets.keyPassphrase = *line;
    } else if (profile.auth == store::AuthMethod::Password ||
               profile.auth == store::AuthMethod::KeyboardInteractive) {
        fromKeychain(Kind::Password, secrets.password);
    } else if (profile.auth == store::AuthMethod::KeyFile) {
        fromKeychain(Kind::KeyPassphrase, secrets.keyPassphrase);
    }
    if (sources.sudoPasswordFromStdin) {
        auto line = readStdinSecret(
            u"Sudo password: "_s,
            QCoreApplication::translate("capataz::cli", "Give the sudo password as one line on stdin."),
            stdinExit);
        if (!line)
            return std::unexpected(line.error());
        secrets.sudoPassword = *line;
    } else if (sources.needsSudoPassword) {
        fromKeychain(Kind::SudoPassword, secrets.sudoPassword);
    }
    if (sources.needsSudoPassword && secrets.sudoPassword.isEmpty())
        return std::unexpected(CliContext::reportError(
            Error{ErrorCode::PasswordNeeded, u"no sudo password is stored for "_s + profile.name},
            QCoreApplication::translate("capataz::cli", "Pass it with --sudo-password-stdin."), missingExit));
    return secrets;
}

std::optional<int> connectOrReport(ssh::Connection& conn, const QString& server, int failExit)
{
    const ConnectOutcome connected = connectAndWait(conn);
    if (connected.interruptedBy)
        return 128 + connected.interruptedBy;
    if (!connected.result)
        return CliContext::reportError(connected.result.error(),
                                       connectionHint(connected.result.error(), server), failExit);
    return std::nullopt;
}

std::expected<FoundServer, int> findServer(CliContext& ctx, const QString& server, int missingExit,
                                           int storeExit)
{
    auto store = ctx.servers();
    if (!store)
        return std::unexpected(CliContext::reportError(store.error(), storeHint(store.error()), storeExit));
    auto profile = (*store)->get(server);
    if (!profile)
        return std::unexpected(
            CliContext::reportError(profile.error(), storeHint(profile.error()), missingExit));
    return FoundServer{*store, std::move(*profile)};
}

std::expected<ssh::ConnectionSettings, int>
profileSettings(CliContext& ctx, const store::ServerProfile& profile, const store::ServerStore* store,
                const SecretSources& sources, ssh::HostKeyPolicy policy, int stdinExit, int failExit)
{
    auto secrets = gatherSecrets(ctx, profile, sources, stdinExit, failExit);
    if (!secrets)
        return std::unexpected(secrets.error());
    auto settings = client::settingsForProfile(profile, store, *secrets, policy);
    if (!settings)
        return std::unexpected(CliContext::reportError(
            settings.error(), connectionHint(settings.error(), profile.name), failExit));
    return *settings;
}

std::expected<std::unique_ptr<ssh::Connection>, int>
connectProfile(CliContext& ctx, const store::ServerProfile& profile, const store::ServerStore* store,
               const SecretSources& sources, ssh::HostKeyPolicy policy, int stdinExit)
{
    auto settings = profileSettings(ctx, profile, store, sources, policy, stdinExit);
    if (!settings)
        return std::unexpected(settings.error());
    auto conn = std::make_unique<ssh::Connection>(*settings);
    if (const auto stop = connectOrReport(*conn, profile.name))
        return std::unexpected(*stop);
    return conn;
}

} // namespace capataz::cli
