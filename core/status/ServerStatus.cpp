#include "status/ServerStatus.h"

#include "setup/CertificateCheck.h"

#include <algorithm>

namespace capataz::status {

using namespace Qt::Literals::StringLiterals;

std::optional<bool> ServerStatus::serviceAnswers() const
{
    if (!reachable || endpoints.isEmpty())
        return std::nullopt;
    for (const EndpointAnswer& e : endpoints)
        if (!e.answered())
            return false;
    return true;
}

std::optional<int> ServerStatus::certificateDaysLeft(const QDateTime& now) const
{
    if (!certificateUntil)
        return std::nullopt;
    setup::CertificateFacts facts; // the wizard's own count of days (rounded down)
    facts.exists = true;
    facts.notAfter = *certificateUntil;
    return facts.daysLeft(now);
}

std::optional<int> ServerStatus::diskUsedPercent() const
{
    if (diskTotalBytes <= 0)
        return std::nullopt;
    const qint64 used = diskTotalBytes - std::clamp<qint64>(diskFreeBytes, 0, diskTotalBytes);
    return int((used * 100 + diskTotalBytes - 1) / diskTotalBytes);
}

QList<Finding> ServerStatus::findings(const QDateTime& now) const
{
    QList<Finding> out;
    if (!reachable) {
        const int minutes = lastAnswerAt.isValid() ? int(lastAnswerAt.secsTo(now) / 60) : -1;
        out.append(Finding{Finding::Kind::Unreachable, minutes, {}});
        return out; // nothing else is known now
    }
    QStringList notAnswering;
    for (const EndpointAnswer& e : endpoints)
        if (!e.answered())
            notAnswering << e.path;
    if (!notAnswering.isEmpty())
        out.append(Finding{Finding::Kind::ServiceNotAnswering, int(notAnswering.size()), notAnswering});
    if (!composeKnown && privileged)
        out.append(Finding{Finding::Kind::ServicesUnknown, 0, {}});
    else if (!servicesDown.isEmpty())
        out.append(Finding{Finding::Kind::ServicesStopped, int(servicesDown.size()), servicesDown});
    if (const auto days = certificateDaysLeft(now)) {
        if (*days < 0)
            out.append(Finding{Finding::Kind::CertificateExpired, -*days, {certificateName}});
        else if (*days < kCertificateWarnDays)
            out.append(Finding{Finding::Kind::CertificateExpiring, *days, {certificateName}});
    }
    if (const auto used = diskUsedPercent(); used && *used >= kDiskWarnPercent)
        out.append(Finding{Finding::Kind::DiskNearlyFull, *used, {}});
    if (!firingAlerts.isEmpty())
        out.append(Finding{Finding::Kind::AlertsFiring, int(firingAlerts.size()), firingAlerts});
    if (backup.isLate(now)) {
        const int hours = backup.lastBackup.isValid() ? int(backup.lastBackup.secsTo(now) / 3600) : -1;
        out.append(Finding{Finding::Kind::BackupLate, hours, {}});
    }
    return out;
}

ServerStatus::Verdict ServerStatus::verdict(const QDateTime& now) const
{
    if (settings.inMaintenance(now))
        return Verdict::Maintenance;
    if (!reachable)
        return Verdict::Unreachable;
    return findings(now).isEmpty() ? Verdict::AllWell : Verdict::NeedsAttention;
}

QString verdictName(ServerStatus::Verdict verdict)
{
    switch (verdict) {
    case ServerStatus::Verdict::AllWell:
        return u"all-well"_s;
    case ServerStatus::Verdict::NeedsAttention:
        return u"needs-attention"_s;
    case ServerStatus::Verdict::Unreachable:
        return u"unreachable"_s;
    case ServerStatus::Verdict::Maintenance:
        return u"maintenance"_s;
    }
    return {};
}

QString findingName(Finding::Kind kind)
{
    switch (kind) {
    case Finding::Kind::Unreachable:
        return u"unreachable"_s;
    case Finding::Kind::ServiceNotAnswering:
        return u"service-not-answering"_s;
    case Finding::Kind::ServicesStopped:
        return u"services-stopped"_s;
    case Finding::Kind::ServicesUnknown:
        return u"services-unknown"_s;
    case Finding::Kind::CertificateExpired:
        return u"certificate-expired"_s;
    case Finding::Kind::CertificateExpiring:
        return u"certificate-expiring"_s;
    case Finding::Kind::DiskNearlyFull:
        return u"disk-nearly-full"_s;
    case Finding::Kind::AlertsFiring:
        return u"alerts-firing"_s;
    case Finding::Kind::BackupLate:
        return u"backup-late"_s;
    }
    return {};
}

} // namespace capataz::status
