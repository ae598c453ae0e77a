#include "status/StatusText.h"

#include <QCoreApplication>

namespace capataz::status {

using namespace Qt::Literals::StringLiterals;

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("capataz::status", text, nullptr, n);
}

// Plural sentences: QT_TRANSLATE_N_NOOP marks them numerus for lupdate (the file-level tr() above
// is not a call lupdate reads as numerus; an explicit QCoreApplication::translate("capataz::status",
// ...) makes Qt 6.4's lupdate loop on this file).
const char* const kPlural1 = QT_TRANSLATE_N_NOOP("capataz::status", "%n days");
const char* const kPlural2 = QT_TRANSLATE_N_NOOP("capataz::status", "%n hours");
const char* const kPlural3 = QT_TRANSLATE_N_NOOP("capataz::status", "%n minutes");
const char* const kPlural4 =
    QT_TRANSLATE_N_NOOP("capataz::status", "%n part(s) of the system stopped working.");
const char* const kPlural5 =
    QT_TRANSLATE_N_NOOP("capataz::status", "The security certificate of the web address ends in %n day(s).");
const char* const kPlural6 = QT_TRANSLATE_N_NOOP("capataz::status", "The monitoring reports %n problem(s).");

// The finding as the end of "Something needs checking: ...".
QString shortText(const Finding& f)
{
    switch (f.kind) {
    case Finding::Kind::Unreachable:
        return tr("the server does not answer");
    case Finding::Kind::ServiceNotAnswering:
        return tr("the service does not answer");
    case Finding::Kind::ServicesStopped:
        return tr("part of the system has stopped");
    case Finding::Kind::ServicesUnknown:
        return tr("the state of the system could not be read");
    case Finding::Kind::CertificateExpired:
        return tr("the security certificate has expired");
    case Finding::Kind::CertificateExpiring:
        return tr("the security certificate ends soon");
    case Finding::Kind::DiskNearlyFull:
        return tr("the disk is almost full");
    case Finding::Kind::AlertsFiring:
        return tr("the monitoring reports a problem");
    case Finding::Kind::BackupLate:
        return tr("the last backup is late");
    }
    return {};
}

} // namespace

QString whenText(const QDateTime& when, const QDateTime& now, const QLocale& locale)
{
    const QDateTime local = when.toLocalTime();
    const QString time = locale.toString(local.time(), u"HH:mm"_s);
    if (local.date() == now.toLocalTime().date())
        return time;
    return tr("%1, %2").arg(locale.toString(local.date(), u"ddd d MMM"_s), time);
}

QString durationText(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds >= 2 * 86400)
        return tr(kPlural1, int(seconds / 86400));
    if (seconds >= 2 * 3600)
        return tr(kPlural2, int(seconds / 3600));
    return tr(kPlural3, int(seconds / 60));
}

QString sizeText(qint64 bytes, const QLocale& locale)
{
    return locale.formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString findingText(const Finding& f, const QDateTime& now, const QLocale& locale)
{
    Q_UNUSED(now);
    Q_UNUSED(locale);
    switch (f.kind) {
    case Finding::Kind::Unreachable:
        return f.number < 0
                   ? tr("The server does not answer.")
                   : tr("The server has not answered for %1.").arg(durationText(qint64(f.number) * 60));
    case Finding::Kind::ServiceNotAnswering:
        return tr("The service does not answer: people cannot use it now.");
    case Finding::Kind::ServicesStopped:
        return tr(kPlural4, f.number);
    case Finding::Kind::ServicesUnknown:
        return tr("The state of the system could not be read.");
    case Finding::Kind::CertificateExpired:
        return tr("The security certificate of the web address has expired: browsers warn visitors.");
    case Finding::Kind::CertificateExpiring:
        return tr(kPlural5, f.number);
    case Finding::Kind::DiskNearlyFull:
        return tr("The disk is almost full (%1% used).").arg(f.number);
    case Finding::Kind::AlertsFiring:
        return tr(kPlural6, f.number);
    case Finding::Kind::BackupLate:
        return f.number < 0 ? tr("There is no backup yet.")
                            : tr("The last backup is %1 old: later than planned.")
                                  .arg(durationText(qint64(f.number) * 3600));
    }
    return {};
}

QString headline(const ServerStatus& s, const QDateTime& now, const QLocale& locale)
{
    switch (s.verdict(now)) {
    case ServerStatus::Verdict::AllWell:
        return tr("Everything is working.");
    case ServerStatus::Verdict::Maintenance:
        return tr("Maintenance under way until %1: %2")
            .arg(whenText(s.settings.maintenanceUntil, now, locale), s.settings.maintenanceNote.trimmed());
    case ServerStatus::Verdict::Unreachable:
        if (s.lastAnswerAt.isValid())
            return tr("The server does not answer (no answer since %1).")
                .arg(whenText(s.lastAnswerAt, now, locale));
        return tr("The server does not answer.");
    case ServerStatus::Verdict::NeedsAttention:
        break;
    }
    const QList<Finding> f = s.findings(now);
    return tr("Something needs checking: %1.").arg(f.isEmpty() ? QString() : shortText(f.first()));
}

QString contactText(const StatusSettings& s)
{
    QStringList ways;
    if (!s.contactPhone.trimmed().isEmpty())
        ways << s.contactPhone.trimmed();
    if (!s.contactEmail.trimmed().isEmpty())
        ways << s.contactEmail.trimmed();
    const QString name = s.contactName.trimmed();
    const QString how = ways.join(u", "_s);
    if (name.isEmpty() && how.isEmpty())
        return {};
    if (how.isEmpty())
        return tr("If this goes on, call %1.").arg(name);
    if (name.isEmpty())
        return tr("If this goes on, call %1.").arg(how);
    return tr("If this goes on, call %1: %2.").arg(name, how);
}

} // namespace capataz::status
