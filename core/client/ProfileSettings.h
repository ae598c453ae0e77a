#pragma once

#include "common/Error.h"
#include "ssh/ConnectionSettings.h"
#include "store/ServerProfile.h"

namespace capataz::store {
class ServerStore;
}

namespace capataz::client {

// The secrets a profile may need, fetched from the keychain (or typed) by the caller.
struct ProfileSecrets {
    QString password;      // Password / KeyboardInteractive
    QString keyPassphrase; // KeyFile
    QString sudoPassword;  // SudoMode::Password
};

// Capataz's own known_hosts file (in the data directory), where accepted keys go.
[[nodiscard]] QString ownKnownHostsFile();

// The files read to verify a server: the user's ~/.ssh/known_hosts, Capataz's own, and the
// profile's extra file if it names one.
[[nodiscard]] QStringList knownHostsFilesFor(const store::ServerProfile& profile);

// Turns a stored profile into connection settings. The jump host is a ProxyJump chain, hops
// joined by ',' and reached in that order: each hop is another profile's name or
// [user@]host[:port] (then it uses the same authentication as the target). A profile hop may
// have its own jump hosts only when it is the first hop. Errors: InvalidArgument for a jump
// loop or more than ssh::kMaxJumpHops hops, or a hop that is neither a profile nor host spec.
[[nodiscard]] Result<ssh::ConnectionSettings> settingsForProfile(const store::ServerProfile& profile,
                                                                 const store::ServerStore* store,
                                                                 const ProfileSecrets& secrets,
                                                                 ssh::HostKeyPolicy policy);

// "user@host:port", "host:port", "user@host", "[::1]:2222" -> parts (user/port may stay empty/0).
struct HostSpec {
    QString user;
    QString host;
    int port = 0;
};
[[nodiscard]] Result<HostSpec> parseHostSpec(QStringView spec);

} // namespace capataz::client
