#pragma once

#include "setup/SetupTarget.h"
#include "stack/Recipe.h"
#include "status/ServerStatus.h"

#include <QObject>
#include <QPointer>

namespace capataz::backup {
struct BackupEntry;
}
namespace capataz::ssh {
class Connection;
}
namespace capataz::store {
struct ServerProfile;
}

namespace capataz::status {

// What a status check looks at on one server.
struct StatusTarget {
    setup::SetupTarget compose;                // the project and its compose invocation
    QList<stack::RecipeHealthEndpoint> health; // asked through the SSH connection
    QString certName;   // the Let's Encrypt certificate; empty: the one of the server's that ends first
    bool asRoot = true; // docker and /etc/letsencrypt need root; false for a profile without sudo
    QString backupDir;  // where `capataz-cli backup` keeps this project's backups (read as root)

    // The project the profile's logs and setup wizard use (logs::defaultComposeTarget: the
    // recipe of its project directory, else generic compose) and that recipe's health endpoints.
    [[nodiscard]] static StatusTarget forProfile(const store::ServerProfile& profile);
};

// One status check of one connected server: ONE remote command (disk space of the project's file
// system, the certificates' end dates, the compose services' states and start times: the
// wizard's composeStatusScript and certificateFactsScript, run together) and, beside it, a GET of
// each health endpoint through the SSH connection (ssh::HttpGet, as the verify plan does), and the
// listing of the project's backup directory (backup::listBackups) when the profile has sudo.
// Emits finished exactly once (unless destroyed first, which cancels the command); a lost
// connection gives reachable = false and the error (a command that fails on a standing connection
// leaves reachable = true with the services unknown). The caller fills server, address, settings,
// alerts and backup.
class StatusCheck final : public QObject {
    Q_OBJECT
public:
    StatusCheck(ssh::Connection* connection, StatusTarget target, QObject* parent = nullptr);

    void setTimeout(int ms) { m_timeoutMs = ms; }
    void start();

    // The one remote script; $1 the project directory, then the compose invocation.
    [[nodiscard]] static QString script();
    // Reads the script's output into `status` (disk, certificate, compose). Exposed for tests.
    static void parseOutput(QByteArrayView out, const QString& certName, ServerStatus& status);
    // What the backup directory's listing says (core/backup, issue 12): no backup at all is
    // "not set up"; else the newest good backup and the newest restore drill that passed.
    [[nodiscard]] static BackupStatus backupStatusOf(const QList<backup::BackupEntry>& entries);

signals:
    void finished(const capataz::status::ServerStatus& status);

private:
    void partDone();

    QPointer<ssh::Connection> m_connection;
    StatusTarget m_target;
    ServerStatus m_status;
    int m_timeoutMs = 30000;
    int m_pending = 0;
    bool m_started = false;
};

} // namespace capataz::status
