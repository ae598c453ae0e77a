#pragma once

#include "common/Error.h"
#include "remote/Command.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

namespace capataz::remote {

// What a server is and has, read in one remote call (factsCommand) and parsed by
// parseServerFacts(). Numbers that could not be read are -1; strings that could not be read
// are empty. Sizes are bytes.
struct ServerFacts {
    // How `docker compose` is available on the server.
    enum class ComposeKind {
        None,         // no compose at all
        V2Plugin,     // `docker compose` (the CLI plugin)
        V1Standalone, // a standalone `docker-compose` binary (1.x, or 2.x installed standalone)
        Podman,       // podman-compose
    };
    enum class UfwState {
        NotInstalled,
        Inactive,
        Active,
        Unknown, // `ufw status` needs root, or its answer was not understood
    };

    QString osId;         // os-release ID: "debian", "ubuntu"
    QString osName;       // NAME: "Debian GNU/Linux"
    QString osVersion;    // VERSION_ID: "12", "22.04"
    QString osPrettyName; // PRETTY_NAME: "Debian GNU/Linux 12 (bookworm)"
    QString kernel;       // uname -r
    QString hostname;
    qint64 uptimeSeconds = -1;

    // The file system of "/", and of the project directory when one was asked for.
    qint64 diskTotalBytes = -1;
    qint64 diskUsedBytes = -1;
    qint64 diskAvailBytes = -1;
    QString diskProjectPath; // as asked for; empty: not asked
    QString diskProjectMountPoint;
    qint64 diskProjectTotalBytes = -1;
    qint64 diskProjectUsedBytes = -1;
    qint64 diskProjectAvailBytes = -1;

    qint64 memTotalBytes = -1;
    qint64 memAvailableBytes = -1;
    qint64 swapTotal = -1; // bytes
    qint64 swapFree = -1;  // bytes

    int cpuCount = -1;
    double load1 = -1;
    double load5 = -1;
    double load15 = -1;

    bool dockerInstalled = false;
    bool dockerServerReachable = false; // false e.g. for a user outside the docker group
    QString dockerVersion;              // the daemon's version; the client's when the daemon did not answer
    ComposeKind compose = ComposeKind::None;
    QString composeVersion; // "2.20.2", "1.29.2"

    bool systemd = false; // /run/systemd/system exists (systemd is PID 1)
    UfwState ufw = UfwState::Unknown;
    QStringList ufwRules; // when Active: "22/tcp ALLOW Anywhere", one per rule as ufw lists them

    bool nginxInstalled = false;
    QString nginxVersion;      // "1.22.1"
    bool nginxRunning = false; // the host's nginx (pid file, or a master process under PID 1)

    bool isRoot = false; // the facts were read as root (so ufw's state is known)
    // Technical, untranslated notes about what could not be read (for a "details" box).
    QStringList warnings;

    // Fraction of the space usable by ordinary users that is in use, as df's "Use%" (0..1);
    // -1 when unknown.
    [[nodiscard]] double diskUsedFraction() const;
    [[nodiscard]] double diskProjectUsedFraction() const;
    // Fraction of memory available (0..1); -1 when unknown.
    [[nodiscard]] double memAvailableFraction() const;
};

// Stable, untranslated names for logs, the CLI's --json and tests:
// "none", "v2-plugin", "v1-standalone", "podman"; "not-installed", "inactive", "active", "unknown".
[[nodiscard]] QString composeKindName(ServerFacts::ComposeKind kind);
[[nodiscard]] QString ufwStateName(ServerFacts::UfwState state);

// The one remote call that reads every fact: a fixed POSIX sh script printing key=value lines.
// `projectDir` (optional) reaches it as "$1", never inside the script. Missing tools are
// skipped quietly and the script always exits 0. `asRoot` runs it through the profile's sudo
// (only then does ufw's state come back).
[[nodiscard]] Command factsCommand(bool asRoot, const QString& projectDir = {});

// Parses factsCommand's standard output. Tolerant: unknown keys and lines that are not
// key=value are ignored, missing facts stay empty/-1, unreadable numbers add a warning.
// ParseError only when the output is not from the facts script at all (no marker line).
[[nodiscard]] Result<ServerFacts> parseServerFacts(QByteArrayView output);

} // namespace capataz::remote
