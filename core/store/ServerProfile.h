#pragma once

#include "common/Error.h"
#include "remote/Command.h"

#include <QDateTime>
#include <QString>
#include <QStringView>

#include <optional>

namespace capataz::store {

// How Capataz authenticates to the server. The secrets themselves (password, key passphrase)
// live in secrets::SecretStore, never here.
enum class AuthMethod {
    Agent,               // ssh-agent
    KeyFile,             // keyPath, passphrase (if any) in the keychain
    Password,            // password in the keychain
    KeyboardInteractive, // answers typed by the user
};

// What the person using this profile may do (ARCHITECTURE.md, "Who uses it").
enum class Role {
    Admin,   // everything
    Support, // logs, metrics, status; no changes
    Owner,   // the plain-language status page only
};

// Stable, untranslated names, stored in SQLite and used by the CLI:
// "agent", "key", "password", "keyboard-interactive"; "admin", "support", "owner".
[[nodiscard]] QString authMethodName(AuthMethod method);
[[nodiscard]] std::optional<AuthMethod> authMethodFromName(QStringView name);
[[nodiscard]] QString roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(QStringView name);

// One server as the user configured it. Holds no secret.
struct ServerProfile {
    qint64 id = 0; // 0 until ServerStore::add()
    QString name;  // unique (case-insensitively); also the key of the server's secrets
    QString host;
    int port = 22;
    QString user;
    AuthMethod auth = AuthMethod::Agent;
    QString keyPath;
    QString jumpHost; // another profile's name, or user@host:port
    remote::SudoMode sudo = remote::SudoMode::None;
    QString projectDir;
    Role role = Role::Admin;
    QString knownHostsFile; // extra known_hosts file, optional
    // An owner profile may also read the logs (the admin who set up this computer decided so);
    // no effect for the other roles.
    bool ownerReadsLogs = false;
    // A Prometheus server that already scrapes this server, as the server sees it
    // ("http://127.0.0.1:9090", metrics::parsePrometheusUrl): queries go to it, through the SSH
    // connection, instead of scraping. Empty: none.
    QString prometheusUrl;
    // How often the console scrapes this server's metrics (its service's /metrics and
    // node-exporter: one request each per interval), in seconds: kMinScrapeIntervalS to
    // kMaxScrapeIntervalS. The alerts are evaluated as often.
    int scrapeIntervalS = 15;
    static constexpr int kMinScrapeIntervalS = 5;
    static constexpr int kMaxScrapeIntervalS = 3600;
    QDateTime created, updated; // UTC, set by ServerStore

    // InvalidArgument, the detail names the field: empty name; a name longer than 64
    // characters, not starting with a letter or digit, or with characters other than ASCII
    // letters, digits, '.', '_', '-' (names end up in keychain keys, CLI arguments and file
    // names: "..", "-x" or "a/b" must not); empty host; port outside 1..65535; empty user;
    // KeyFile without keyPath; a prometheusUrl that parsePrometheusUrl refuses; a scrape
    // interval outside 5 s to 1 h.
    [[nodiscard]] VoidResult validate() const;

    bool operator==(const ServerProfile&) const = default;
};

// The longest name validate() accepts.
inline constexpr int kMaxServerNameLength = 64;

} // namespace capataz::store
