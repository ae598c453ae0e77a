#pragma once

#include "CliContext.h"
#include "client/ProfileSettings.h"
#include "common/Error.h"
#include "store/ServerStore.h"

#include <QEventLoop>

#include <expected>
#include <memory>
#include <optional>

namespace capataz::ssh {
class Connection;
}

namespace capataz::cli {

// A server's profile and the store that holds it (the data directory's database, opened once).
struct FoundServer {
    store::ServerStore* store = nullptr;
    store::ServerProfile profile;
};

// Opens the store (on first use) and finds `server` in it. Either failure is reported with its
// hint and the exit code to return is given instead: `storeExit` for a database that cannot be
// opened, `missingExit` for a server it does not hold.
[[nodiscard]] std::expected<FoundServer, int> findServer(CliContext& ctx, const QString& server,
                                                         int missingExit, int storeExit = ExitFailure);

// How a connection attempt made by a command ended.
struct ConnectOutcome {
    VoidResult result;     // the connection error, when there is one
    int interruptedBy = 0; // the signal (SIGINT, SIGTERM) that stopped the wait, 0 if none
};

// Connects `conn` in a local event loop (the CLI has no GUI to keep responsive) and waits
// until it is connected, failed, or Ctrl-C stopped the wait. With the accept-new host key
// policy it says on stderr which new keys were trusted and remembered, as ssh does.
// The one connect-and-wait of the commands that work on a server (exec, plan); `host-key`
// stops before authentication and keeps its own loop.
[[nodiscard]] ConnectOutcome connectAndWait(ssh::Connection& conn);

// Waits in a local event loop (the CLI has no GUI to keep responsive) for one asynchronous
// operation: `start` gets the callback to call once with its result.
template <typename T, typename Start> Result<T> awaitResult(Start start)
{
    std::optional<Result<T>> got;
    QEventLoop loop;
    start([&](Result<T> r) {
        got = std::move(r);
        loop.quit();
    });
    if (!got)
        loop.exec();
    return std::move(*got);
}

// Which secrets a command reads from stdin (--password-stdin, --sudo-password-stdin) and whether
// this run needs the sudo password at all.
struct SecretSources {
    bool passwordFromStdin = false;
    bool sudoPasswordFromStdin = false;
    bool needsSudoPassword = false;
};

// The secrets a connection to `profile` needs: typed on stdin where the flags say so (the one
// line the user gives), otherwise from the keychain, and only those this run needs (each read
// may prompt a keychain). On an unreadable stdin or a sudo password that is needed but stored
// nowhere, the error is reported (CliContext::reportError) and its exit code returned:
// `stdinExit` for a stdin that gives no line, `missingExit` for a secret stored nowhere.
[[nodiscard]] std::expected<client::ProfileSecrets, int> gatherSecrets(CliContext& ctx,
                                                                       const store::ServerProfile& profile,
                                                                       const SecretSources& sources,
                                                                       int stdinExit, int missingExit);

// One secret as a line on stdin (`prompt` on a terminal); a failed read is reported with the
// hint to give it as one line, and its exit code returned.
[[nodiscard]] std::expected<QString, int> readStdinSecret(const QString& prompt, const QString& hint,
                                                          int exitCode);

// connectAndWait with its failure reported (the hint names `server`): std::nullopt once
// connected, else the exit code to return (128 + N after signal N, `failExit` for an error).
[[nodiscard]] std::optional<int> connectOrReport(ssh::Connection& conn, const QString& server,
                                                 int failExit = ExitFailure);

// The connection settings of `profile`: its secrets (gatherSecrets) and client::settingsForProfile.
// On any failure the error is reported with its hint and the exit code to return is given
// instead: `stdinExit` for a stdin that gives no line, `failExit` for the rest.
[[nodiscard]] std::expected<ssh::ConnectionSettings, int>
profileSettings(CliContext& ctx, const store::ServerProfile& profile, const store::ServerStore* store,
                const SecretSources& sources, ssh::HostKeyPolicy policy, int stdinExit,
                int failExit = ExitFailure);

// The whole connect sequence of a command that works on one server: the secrets (gatherSecrets),
// the settings (client::settingsForProfile), connectAndWait. On any failure the error is reported
// with its hint and the exit code to return is given instead (128 + N after signal N); a stdin
// that gives no line exits with `stdinExit` (gatherSecrets).
[[nodiscard]] std::expected<std::unique_ptr<ssh::Connection>, int>
connectProfile(CliContext& ctx, const store::ServerProfile& profile, const store::ServerStore* store,
               const SecretSources& sources, ssh::HostKeyPolicy policy, int stdinExit = ExitUsage);

} // namespace capataz::cli
