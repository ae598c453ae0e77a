#pragma once

#include "remote/Command.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace capataz::ssh {

enum class AuthKind { Agent, KeyFile, Password, KeyboardInteractive };

// The longest ProxyJump chain Capataz follows (ssh_config import and connect).
inline constexpr int kMaxJumpHops = 8;

// What to do with a host key that no known_hosts file names yet.
enum class HostKeyPolicy {
    Ask,       // emit hostKeyConfirmationRequested() and wait for accept/reject
    AcceptNew, // accept and remember (capataz-cli --accept-new); a changed key is still refused
    Strict,    // refuse unknown keys (HostKeyUnknown)
};

// Everything a Connection needs. The three secrets live here in memory only: they are never
// written anywhere by the ssh layer, and never put in an Error's detail.
struct ConnectionSettings {
    QString host;
    int port = 22;
    QString user;
    AuthKind auth = AuthKind::Agent;
    QString keyPath;
    QString password;      // Password and KeyboardInteractive
    QString keyPassphrase; // KeyFile
    QString sudoPassword;  // remote::SudoMode::Password
    remote::SudoMode sudo = remote::SudoMode::None;

    // known_hosts files read to verify the server (user's ~/.ssh/known_hosts, Capataz's own);
    // accepted keys are appended to `knownHostsWriteFile`.
    QStringList knownHostsFiles;
    QString knownHostsWriteFile;
    HostKeyPolicy hostKeyPolicy = HostKeyPolicy::Ask;

    // The last ProxyJump hop before this host: the target's SSH stream runs through a
    // direct-tcpip channel of a connection to it. A chain a,b,c is c.jump = b, b.jump = a: each
    // hop is a connection of its own, with its own host key check, through the hop before it.
    std::shared_ptr<const ConnectionSettings> jump;

    int connectTimeoutMs = 15000;
    int keepaliveIntervalSec = 5; // a keepalive request when the link has been idle this long
    int keepaliveCountMax = 3;    // no answer to this many: the connection is lost
    int maxSessions = 10;         // OpenSSH MaxSessions: channels beyond this wait in a queue

    [[nodiscard]] QString displayName() const; // user@host:port, for messages
};

} // namespace capataz::ssh
