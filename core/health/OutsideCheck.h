#pragma once

#include "common/Job.h"
#include "health/HttpRedirectProbe.h"
#include "health/OutsideFinding.h"
#include "health/PortExposure.h"
#include "net/TlsProbe.h"

#include <QDateTime>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

namespace capataz::health {

// What to check of one server from this computer (not through SSH).
struct OutsideTarget {
    QString address;    // host name or IP the world reaches the server at (the profile's host)
    QString publicName; // the site's public name, sent as SNI and Host and checked in the
                        // certificate; empty: address (no name check when it is an IP)
    int sshPort = 22;
    QList<int> allowed;             // ports the admin allows to be public, besides SSH, 80 and 443
    QList<int> published;           // ports the compose project publishes (readPublishedPorts)
    QList<QSslCertificate> extraCa; // trusted besides the system's store (a test CA)
    int timeoutMs = 4000;           // per probe
    int concurrency = 8;            // port connections at a time
    bool checkWeb = true;           // the TLS certificate on 443 and the redirect on 80
    QDateTime now;                  // for days left; invalid: the current time
};

// What the world sees of the server.
struct OutsideReport {
    QString address;
    QDateTime date; // UTC, when the check ended
    QList<ProbedPort> ports;
    std::optional<net::TlsProbeResult> tls; // the certificate the world receives on 443
    QString tlsError;                       // why there is none (technical), when 443 was checked
    std::optional<HttpRedirect> http;       // what plain HTTP on 80 answers
    QString httpError;
    QList<OutsideFinding> findings; // problems first, then warnings; port order within

    [[nodiscard]] bool ok() const { return findings.isEmpty(); }
    [[nodiscard]] bool hasProblems() const;
    bool operator==(const OutsideReport&) const = default;
};

// The findings of a report's ports, certificate and redirect (what OutsideCheck fills in;
// public for tests and for the verify plan).
[[nodiscard]] QList<OutsideFinding> judgeOutside(const OutsideReport& report, const OutsideTarget& target);

// Probes the target's ports (portsToProbe) at most `concurrency` at a time, the certificate on
// 443 (net::TlsProbe, verified against the system's CAs and `extraCa` for the public name) and
// plain HTTP on 80 (HttpRedirectProbe), all at once, each with its own timeout. Lives in the
// caller's thread, never blocks; a capataz::Job: exactly one finished(); the checks that fail
// to run are findings (or notes in the report), not errors. Errors: Cancelled only.
class OutsideCheck final : public Job {
    Q_OBJECT
public:
    explicit OutsideCheck(OutsideTarget target, QObject* parent = nullptr);
    ~OutsideCheck() override;

    void start();
    [[nodiscard]] const OutsideTarget& target() const { return m_target; }

signals:
    void finished(const capataz::Result<capataz::health::OutsideReport>& report);

protected:
    void onCancel() override;

private:
    void partDone();

    OutsideTarget m_target;
    OutsideReport m_report;
    int m_parts = 0;
    QList<QObject*> m_jobs;
};

} // namespace capataz::health

Q_DECLARE_METATYPE(capataz::health::OutsideReport)
