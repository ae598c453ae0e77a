#pragma once

#include "common/Error.h"
#include "status/BackupStatus.h"
#include "status/StatusSettings.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace capataz::status {

// One health endpoint of the service as the check asked it (through the SSH connection).
struct EndpointAnswer {
    QString path;
    int port = 0;
    int httpStatus = 0; // 0: no HTTP answer at all
    [[nodiscard]] bool answered() const { return httpStatus >= 200 && httpStatus < 400; }
    bool operator==(const EndpointAnswer&) const = default;
};

// Something on a server that needs a person: what the verdict's "needs attention" is made of.
// The sentences are status::findingText's (plain words, no error code, path or command).
struct Finding {
    enum class Kind {
        Unreachable,         // no SSH answer (number: minutes since the last answer, -1 never)
        ServiceNotAnswering, // a health endpoint did not answer (names: the paths)
        ServicesStopped,     // compose services not running (names: the services; number: how many)
        ServicesUnknown,     // the compose project could not be read
        CertificateExpired,  // number: days since
        CertificateExpiring, // number: days left
        DiskNearlyFull,      // number: percent used
        AlertsFiring,        // number: how many; names: the rules
        BackupLate,          // number: hours since the last backup (-1: none yet)
    };
    Kind kind;
    int number = 0;
    QStringList names;
    bool operator==(const Finding&) const = default;
};

// The result of one status check of one server, as a value: the owner's page, the fleet table
// and `capataz-cli status` render it, and tests build one by hand for every state.
struct ServerStatus {
    enum class Verdict { AllWell, NeedsAttention, Unreachable, Maintenance };

    QString server;          // the profile's name
    QString address;         // host name or IP: shown only when settings.showAddresses
    StatusSettings settings; // the admin's description, contact, maintenance
    QDateTime checkedAt;     // UTC, when this check ended
    bool reachable = false;
    QDateTime lastAnswerAt; // UTC, the last check that reached the server; invalid: never
    Error error;            // why it was not reachable (technical: never on the owner's page)

    QList<EndpointAnswer> endpoints; // empty: the recipe names no health endpoint
    bool composeKnown = false;       // the compose project was read
    // The check ran as root. Without (a profile without sudo, as README advises for owners), docker
    // and the certificates may be out of reach: an unreadable project is then no finding, and the
    // service's health endpoints speak for it.
    bool privileged = true;
    int servicesRunning = 0;
    QStringList servicesDown; // services whose containers are not running (or failed)
    QDateTime runningSince;   // UTC, the latest start among the running containers

    std::optional<QDateTime> certificateUntil; // UTC; nullopt: no certificate on the server
    QString certificateName;                   // the certificate's first name (a domain)

    qint64 diskTotalBytes = 0; // of the project's file system; 0: unknown
    qint64 diskFreeBytes = 0;

    QStringList firingAlerts; // the alert rules firing (names), when the session evaluates alerts
    BackupStatus backup;

    // Thresholds of "needs attention".
    static constexpr int kCertificateWarnDays = 14;
    static constexpr int kDiskWarnPercent = 90;

    [[nodiscard]] Verdict verdict(const QDateTime& now) const;
    // Everything that needs a person, the most serious first (empty for all well). Kept while in
    // maintenance: the verdict, not the findings, says that the alarms are replaced.
    [[nodiscard]] QList<Finding> findings(const QDateTime& now) const;
    // The endpoints all answered (nullopt: there are none to ask, or the server was not reached).
    [[nodiscard]] std::optional<bool> serviceAnswers() const;
    [[nodiscard]] std::optional<int> certificateDaysLeft(const QDateTime& now) const;
    [[nodiscard]] std::optional<int> diskUsedPercent() const;
};

// "all-well", "needs-attention", "unreachable", "maintenance": stable, for --json and scripts.
[[nodiscard]] QString verdictName(ServerStatus::Verdict verdict);
// "unreachable", "service-not-answering", ...: stable names of Finding::Kind for --json.
[[nodiscard]] QString findingName(Finding::Kind kind);

} // namespace capataz::status

Q_DECLARE_METATYPE(capataz::status::ServerStatus)
