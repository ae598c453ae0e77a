#pragma once

#include "common/Error.h"
#include "store/ServerProfile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace capataz::access {

// Access accounts: a person gets a system user on the server whose every SSH request goes to one
// fixed dispatcher (resources/access/capataz-access.sh, filled in by dispatcherScript()). The
// role decides what the dispatcher accepts, and the server enforces it:
//   support: the logs (the project's compose services, the listed files, journald for the
//            listed units), the compose status, the status checks, the backup list, and TCP
//            forwarding only to the listed loopback ports (metrics, health checks);
//   owner:   the status checks and the backup list, forwarding only to the health ports.
// Nothing else is installed: OpenSSH's own configuration (a Match block in a drop-in file),
// a sudoers rule that allows only the dispatcher (which checks every request again as root),
// the account's config and key files under /etc/capataz/access, and the dispatcher script.
inline constexpr int kDispatcherVersion = 1;
inline constexpr int kRefusedExitCode = 77; // the dispatcher's "no"

[[nodiscard]] QString dispatcherPath();  // /usr/local/lib/capataz/capataz-access
[[nodiscard]] QString configDirectory(); // /etc/capataz/access

struct Grant {
    QString person; // who it is for: "maria" gives the account "cpz-maria"
    store::Role role = store::Role::Support;
    QString publicKey;        // one OpenSSH public key line ("ssh-ed25519 AAAA... comment")
    QString projectDir;       // the compose project the account watches
    QStringList composeWords; // "docker compose -f docker-compose.yml --profile x", as words
    QString backupDir;        // where the project's backups are listed from
    QStringList logFiles;     // absolute paths (support)
    QStringList units;        // systemd units whose journal it may read (support)
    QList<int> ports;         // loopback ports it may forward to

    [[nodiscard]] QString account() const { return accountName(person); }
    // "cpz-" + the person's name in lower case, letters, digits and '-' only (at most 32).
    [[nodiscard]] static QString accountName(const QString& person);
    // Every value is checked here before anything is sent: the files written on the server are
    // read by sshd, sudo and the dispatcher, whose formats allow no spaces or line breaks in them.
    // KeyCheck::Later checks everything but the key (before a key pair is made for it).
    enum class KeyCheck { Now, Later };
    [[nodiscard]] VoidResult validate(KeyCheck key = KeyCheck::Now) const;
};

// A grant filled from an administrator's profile: its project, the recipe's compose files and
// health ports, the metrics ports (support only), the default backup folder.
[[nodiscard]] Grant grantForProfile(const store::ServerProfile& profile, store::Role role,
                                    const QString& person, const QString& publicKey);

// The files the grant writes, as they are written.
[[nodiscard]] QByteArray dispatcherScript();
[[nodiscard]] QByteArray configFile(const Grant& grant);
[[nodiscard]] QByteArray keysFile(const Grant& grant);
// One line per request of the role that runs as root: "capataz-access --as-root VERB" with or
// without arguments, and nothing else (the dispatcher checks every argument again as root).
[[nodiscard]] QByteArray sudoersFile(const Grant& grant);
// The requests the dispatcher runs as root for a role (as resources/access/capataz-access.sh's
// role table allows them; "hello" answers without root).
[[nodiscard]] QStringList rootRequests(store::Role role);
[[nodiscard]] QByteArray sshdBlock(const Grant& grant);
[[nodiscard]] QString configPath(const QString& account);
[[nodiscard]] QString keysPath(const QString& account);
[[nodiscard]] QString sudoersPath(const QString& account);
[[nodiscard]] QString sshdDropInPath(const QString& account);
[[nodiscard]] QString stateDirectory(const QString& account); // the sshd change's dead-man switch
// The SHA-256 of a file's content as sha256sum prints it: the steps' checks compare with it.
[[nodiscard]] QString sha256Hex(const QByteArray& content);

// One account as `list` finds it on the server.
struct Account {
    QString name;
    QString role;
    QString projectDir;
    QStringList logFiles;
    QStringList units;
    QList<int> ports;
    QString keyFingerprint; // SHA256:...
    bool userExists = false;
    bool sshdBlock = false;
    bool sudoRule = false;
    int dispatcherVersion = 0; // 0: no dispatcher
    // Every part is there: the account works.
    [[nodiscard]] bool complete() const
    {
        return userExists && sshdBlock && sudoRule && dispatcherVersion > 0;
    }
};
[[nodiscard]] QList<Account> parseAccountList(const QByteArray& out);

} // namespace capataz::access
