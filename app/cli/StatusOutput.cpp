#include "StatusOutput.h"

#include "CliContext.h"
#include "CliLanguage.h"
#include "ProfileOutput.h"
#include "StatusCommand.h"
#include "common/ErrorCatalog.h"
#include "status/StatusText.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("capataz::cli", text, nullptr, n);
}

// Numerus for lupdate (it does not read the tr() above as a plural call).
const char* const kCertificateDaysLeft =
    QT_TRANSLATE_N_NOOP("capataz::cli", "Certificate: valid until %1 (%n days left)");

QLocale locale()
{
    return QLocale(cliLanguage(qgetenv("LC_ALL"), qgetenv("LC_MESSAGES"), qgetenv("LANG")));
}

QJsonValue timeJson(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue optionalText(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

int exitFor(status::ServerStatus::Verdict v)
{
    switch (v) {
    case status::ServerStatus::Verdict::Unreachable:
        return kStatusUnreachable;
    case status::ServerStatus::Verdict::NeedsAttention:
        return kStatusAttention;
    case status::ServerStatus::Verdict::AllWell:
    case status::ServerStatus::Verdict::Maintenance:
        return kStatusAllWell;
    }
    return kStatusAllWell;
}

QString lineFor(const store::ServerProfile& p, const status::ServerStatus& s, const QDateTime& now)
{
    const QLocale loc = locale();
    QString out = p.name + u": "_s + status::headline(s, now, loc) + u'\n';
    if (!s.settings.description.trimmed().isEmpty())
        out += u"  "_s + s.settings.description.trimmed() + u'\n';
    for (const status::Finding& f : s.findings(now))
        if (f.kind != status::Finding::Kind::Unreachable)
            out += u"  - "_s + status::findingText(f, now, loc) + u'\n';
    if (!s.reachable && s.error.isError())
        out += u"  "_s + tr("Why: %1 (%2)").arg(errorSentence(s.error.code), s.error.codeName()) + u'\n';
    if (s.reachable) {
        if (const auto days = s.certificateDaysLeft(now))
            out += u"  "_s +
                   tr(kCertificateDaysLeft, *days)
                       .arg(loc.toString(s.certificateUntil->toLocalTime().date(), QLocale::ShortFormat)) +
                   u'\n';
        if (const auto used = s.diskUsedPercent())
            out += u"  "_s +
                   tr("Disk: %1 free of %2 (%3% used)")
                       .arg(status::sizeText(s.diskFreeBytes, loc), status::sizeText(s.diskTotalBytes, loc))
                       .arg(*used) +
                   u'\n';
    }
    if (!s.backup.configured)
        out += u"  "_s + tr("Backups: not set up") + u'\n';
    return out;
}

} // namespace

QJsonObject statusJson(const store::ServerProfile& p, const status::ServerStatus& s, const QDateTime& now)
{
    const QLocale loc = locale();
    QJsonArray findings;
    for (const status::Finding& f : s.findings(now))
        findings.append(QJsonObject{{u"kind"_s, status::findingName(f.kind)},
                                    {u"number"_s, f.number},
                                    {u"names"_s, QJsonArray::fromStringList(f.names)},
                                    {u"text"_s, status::findingText(f, now, loc)}});
    QJsonArray endpoints;
    for (const status::EndpointAnswer& e : s.endpoints)
        endpoints.append(
            QJsonObject{{u"path"_s, e.path},
                        {u"port"_s, e.port},
                        {u"http_status"_s, e.httpStatus > 0 ? QJsonValue(e.httpStatus) : QJsonValue()},
                        {u"answered"_s, e.answered()}});
    const auto answers = s.serviceAnswers();
    const auto days = s.certificateDaysLeft(now);
    const auto used = s.diskUsedPercent();
    QJsonObject o{
        {u"server"_s, p.name},
        {u"verdict"_s, status::verdictName(s.verdict(now))},
        {u"headline"_s, status::headline(s, now, loc)},
        {u"reachable"_s, s.reachable},
        {u"checked_at"_s, timeJson(s.checkedAt)},
        {u"last_answer_at"_s, timeJson(s.lastAnswerAt)},
        {u"error"_s, s.error.isError() ? QJsonValue(QJsonObject{{u"code"_s, s.error.codeName()},
                                                                {u"message"_s, errorSentence(s.error.code)},
                                                                {u"detail"_s, s.error.plainDetail()}})
                                       : QJsonValue()},
        {u"description"_s, optionalText(s.settings.description)},
        {u"findings"_s, findings},
        {u"service"_s, QJsonObject{{u"answers"_s, answers ? QJsonValue(*answers) : QJsonValue()},
                                   {u"endpoints"_s, endpoints},
                                   {u"services_known"_s, s.composeKnown},
                                   {u"services_running"_s, s.servicesRunning},
                                   {u"services_down"_s, QJsonArray::fromStringList(s.servicesDown)},
                                   {u"running_since"_s, timeJson(s.runningSince)}}},
        {u"certificate"_s, s.certificateUntil
                               ? QJsonValue(QJsonObject{{u"valid_until"_s, timeJson(*s.certificateUntil)},
                                                        {u"days_left"_s, *days},
                                                        {u"name"_s, s.certificateName}})
                               : QJsonValue()},
        {u"disk"_s, used ? QJsonValue(QJsonObject{{u"total_bytes"_s, double(s.diskTotalBytes)},
                                                  {u"free_bytes"_s, double(s.diskFreeBytes)},
                                                  {u"used_percent"_s, *used}})
                         : QJsonValue()},
        {u"alerts_firing"_s, QJsonArray::fromStringList(s.firingAlerts)},
        {u"backup"_s, QJsonObject{{u"configured"_s, s.backup.configured},
                                  {u"last_backup"_s, timeJson(s.backup.lastBackup)},
                                  {u"last_verified_restore"_s, timeJson(s.backup.lastVerifiedRestore)},
                                  {u"late"_s, s.backup.isLate(now)}}},
        {u"maintenance"_s, s.settings.inMaintenance(now)
                               ? QJsonValue(QJsonObject{{u"note"_s, s.settings.maintenanceNote},
                                                        {u"until"_s, timeJson(s.settings.maintenanceUntil)}})
                               : QJsonValue()},
        {u"contact"_s, s.settings.hasContact()
                           ? QJsonValue(QJsonObject{{u"name"_s, optionalText(s.settings.contactName)},
                                                    {u"phone"_s, optionalText(s.settings.contactPhone)},
                                                    {u"email"_s, optionalText(s.settings.contactEmail)}})
                           : QJsonValue()},
    };
    if (s.settings.showAddresses || p.role != store::Role::Owner)
        o.insert(u"address"_s, p.host);
    return o;
}

int printStatuses(const QList<store::ServerProfile>& profiles, const QList<status::ServerStatus>& statuses,
                  bool json)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    int exit = kStatusAllWell;
    QJsonArray servers;
    QString text;
    for (qsizetype i = 0; i < profiles.size() && i < statuses.size(); ++i) {
        const int e = exitFor(statuses[i].verdict(now));
        exit = std::max(exit, e); // 2 (unreachable) wins over 1 (attention)
        if (json)
            servers.append(statusJson(profiles[i], statuses[i], now));
        else
            text += lineFor(profiles[i], statuses[i], now);
    }
    if (json)
        printJson(QJsonObject{{u"checked_at"_s, timeJson(now)}, {u"exit"_s, exit}, {u"servers"_s, servers}});
    else
        CliContext::print(text);
    return exit;
}

} // namespace capataz::cli
