#include "health/OutsideCheck.h"

#include <QHostAddress>

#include <algorithm>

namespace capataz::health {

using namespace Qt::Literals::StringLiterals;
using Kind = OutsideFinding::Kind;

bool OutsideReport::hasProblems() const
{
    return std::any_of(findings.begin(), findings.end(), [](const OutsideFinding& f) {
        return f.severity() == OutsideFinding::Severity::Problem;
    });
}

QList<OutsideFinding> judgeOutside(const OutsideReport& r, const OutsideTarget& target)
{
    QList<OutsideFinding> out;
    for (const ProbedPort& p : r.ports) {
        OutsideFinding f;
        f.port = p.port;
        f.role = portRoleName(p.role);
        f.detail = net::PortProbe::stateName(p.state);
        if (p.exposed()) {
            f.kind = Kind::PortExposed;
        } else if (p.intendedButShut()) {
            f.kind = p.role == PortRole::Ssh   ? Kind::SshUnreachable
                     : p.role == PortRole::Web ? Kind::WebPortShut
                                               : Kind::AllowedPortShut;
            // 443 without TLS is said once, by the certificate check.
            if (p.port == 443 && target.checkWeb)
                continue;
        } else {
            continue;
        }
        out << f;
    }
    if (target.checkWeb) {
        if (r.tls) {
            const QString name = target.publicName.isEmpty() ? target.address : target.publicName;
            const bool isIp = !QHostAddress(name).isNull();
            if (r.tls->daysLeft < 0)
                out << OutsideFinding{Kind::CertificateExpired, 443, r.tls->daysLeft, {}, {}, {}};
            else if (!isIp && !r.tls->leaf.coversName(name))
                out << OutsideFinding{
                    Kind::CertificateWrongName, 443, 0, name, r.tls->leaf.subjectAltNames.join(u", "_s), {}};
            else if (!r.tls->verified && !(isIp && r.tls->verificationErrors.size() == 1 &&
                                           r.tls->verificationErrors.first().contains(u"host name"_s)))
                out << OutsideFinding{
                    Kind::CertificateUntrusted, 443, 0, {}, r.tls->verificationErrors.join(u"; "_s), {}};
            if (r.tls->daysLeft >= 0 && r.tls->daysLeft < kCertificateWarnDays)
                out << OutsideFinding{Kind::CertificateExpiresSoon, 443, r.tls->daysLeft, {}, {}, {}};
        } else {
            out << OutsideFinding{Kind::TlsFailed, 443, 0, {}, r.tlsError, {}};
        }
        if (r.http && !r.http->toHttps())
            out << OutsideFinding{Kind::NoHttpsRedirect,
                                  80,
                                  0,
                                  {},
                                  u"HTTP %1 %2"_s.arg(r.http->status).arg(r.http->location),
                                  {}};
    }
    std::stable_sort(out.begin(), out.end(), [](const OutsideFinding& a, const OutsideFinding& b) {
        return a.severity() == OutsideFinding::Severity::Problem &&
               b.severity() != OutsideFinding::Severity::Problem;
    });
    return out;
}

OutsideCheck::OutsideCheck(OutsideTarget target, QObject* parent)
    : Job(parent)
    , m_target(std::move(target))
{}

OutsideCheck::~OutsideCheck() = default;

void OutsideCheck::start()
{
    if (!beginStart())
        return;
    m_report = OutsideReport{};
    m_report.address = m_target.address;
    m_report.ports = portsToProbe(m_target.sshPort, m_target.allowed, m_target.published);
    const QString name = m_target.publicName.isEmpty() ? m_target.address : m_target.publicName;

    QList<int> numbers;
    for (const ProbedPort& p : std::as_const(m_report.ports))
        numbers << p.port;
    auto* ports = new net::PortProbe(m_target.address, numbers, this);
    ports->setTimeout(m_target.timeoutMs);
    ports->setConcurrency(m_target.concurrency);
    m_jobs << ports;
    ++m_parts;
    connect(ports, &net::PortProbe::finished, this,
            [this](const Result<QList<net::PortProbe::PortResult>>& r) {
                if (r)
                    for (qsizetype i = 0; i < r->size() && i < m_report.ports.size(); ++i)
                        m_report.ports[i].state = (*r)[i].state;
                partDone();
            });

    if (m_target.checkWeb) {
        auto* tls = new net::TlsProbe(this);
        m_jobs << tls;
        ++m_parts;
        connect(tls, &net::TlsProbe::finished, this, [this](const Result<net::TlsProbeResult>& r) {
            if (r)
                m_report.tls = *r;
            else
                m_report.tlsError = r.error().toString();
            partDone();
        });
        net::TlsProbe::Options o;
        o.address = m_target.address;
        o.port = 443;
        o.peerName = name;
        o.extraCaCertificates = m_target.extraCa;
        o.timeout = std::chrono::milliseconds(m_target.timeoutMs);
        o.now = m_target.now;
        tls->start(o);

        auto* http = new HttpRedirectProbe(m_target.address, name, 80, this);
        http->setTimeout(m_target.timeoutMs);
        m_jobs << http;
        ++m_parts;
        connect(http, &HttpRedirectProbe::finished, this, [this](const Result<HttpRedirect>& r) {
            if (r)
                m_report.http = *r;
            else
                m_report.httpError = r.error().toString();
            partDone();
        });
        http->start();
    }
    ports->start();
}

void OutsideCheck::partDone()
{
    if (--m_parts > 0 || isFinished())
        return;
    if (!claimFinish())
        return;
    m_report.date = QDateTime::currentDateTimeUtc();
    m_report.findings = judgeOutside(m_report, m_target);
    emitLater([this] { emit finished(m_report); });
}

void OutsideCheck::onCancel()
{
    if (!claimFinish())
        return;
    for (QObject* job : std::as_const(m_jobs)) {
        job->disconnect(this);
        if (auto* j = qobject_cast<Job*>(job))
            j->cancel();
        else if (auto* t = qobject_cast<net::TlsProbe*>(job))
            t->cancel();
    }
    emitLater([this] {
        emit finished(
            std::unexpected(cancelledError(u"checks of %1 from outside cancelled"_s.arg(m_target.address))));
    });
}

} // namespace capataz::health
