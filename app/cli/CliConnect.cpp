#include "CliConnect.h"

#include "CliContext.h"
#include "HostKeyText.h"
#include "InterruptWatcher.h"
#include "ssh/Connection.h"

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

} // namespace capataz::cli
