#include "StatusPageCommand.h"

#include "CliConnect.h"
#include "CliContext.h"
#include "ErrorHints.h"
#include "status/StatusSettings.h"
#include "store/RolePolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

const QString kCommand = u"status-page"_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::cli", text);
}

// "90m", "3h", "2d" from now, or a date and time (local time unless it says otherwise).
std::optional<QDateTime> parseUntil(const QString& text, const QDateTime& now)
{
    static const QRegularExpression relative(u"^(\\d{1,4})([mhd])$"_s);
    if (const auto m = relative.match(text.trimmed()); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == u'm' ? n * 60 : unit == u'h' ? n * 3600 : n * 86400;
        return now.addSecs(seconds);
    }
    QDateTime t = QDateTime::fromString(text.trimmed(), Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    return t.toUTC();
}

QJsonObject settingsJson(const QString& server, const status::StatusSettings& s)
{
    QJsonObject maintenance;
    if (!s.maintenanceNote.isEmpty())
        maintenance = {{u"note"_s, s.maintenanceNote},
                       {u"until"_s, s.maintenanceUntil.toUTC().toString(Qt::ISODate)}};
    return {
        {u"server"_s, server},
        {u"description"_s, s.description},
        {u"contact"_s,
         QJsonObject{{u"name"_s, s.contactName}, {u"phone"_s, s.contactPhone}, {u"email"_s, s.contactEmail}}},
        {u"maintenance"_s, maintenance.isEmpty() ? QJsonValue() : QJsonValue(maintenance)},
        {u"show_addresses"_s, s.showAddresses}};
}

QString settingsText(const QString& server, const status::StatusSettings& s, const QDateTime& now)
{
    const auto orNone = [](const QString& v) -> QString {
        return v.isEmpty() ? tr("(none)") : v;
    };
    QStringList contact;
    for (const QString& part : {s.contactName, s.contactPhone, s.contactEmail}) {
        if (!part.isEmpty())
            contact << part;
    }
    QString maintenance = tr("(none)");
    if (!s.maintenanceNote.isEmpty()) {
        const QString until = QLocale().toString(s.maintenanceUntil.toLocalTime(), QLocale::ShortFormat);
        maintenance = s.inMaintenance(now) ? tr("%1 (until %2)").arg(s.maintenanceNote, until)
                                           : tr("%1 (ended %2)").arg(s.maintenanceNote, until);
    }
    QString text = tr("Status page of %1 (what its owner sees besides the checks)").arg(server) + u'\n';
    text += u"  "_s + tr("Description:") + u' ' + orNone(s.description) + u'\n';
    text += u"  "_s + tr("Whom to call:") + u' ' + orNone(contact.join(u", "_s)) + u'\n';
    text += u"  "_s + tr("Maintenance:") + u' ' + maintenance + u'\n';
    text += u"  "_s + tr("Owners see the address:") + u' ' + (s.showAddresses ? tr("yes") : tr("no")) + u'\n';
    return text;
}

} // namespace

int runStatusPageCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption description(
        u"description"_s, tr("What the system is, in the owner's words (\"\" clears it)."), u"TEXT"_s);
    const QCommandLineOption contactName(u"contact-name"_s,
                                         tr("Whom the owner calls when something is wrong."), u"NAME"_s);
    const QCommandLineOption contactPhone(u"contact-phone"_s, tr("Their phone number."), u"PHONE"_s);
    const QCommandLineOption contactEmail(u"contact-email"_s, tr("Their e-mail address."), u"EMAIL"_s);
    const QCommandLineOption maintenance(
        u"maintenance"_s, tr("A maintenance note shown instead of the alarms (needs --until)."), u"NOTE"_s);
    const QCommandLineOption until(u"until"_s,
                                   tr("When the maintenance ends: 90m, 3h, 2d from now, or a date and time "
                                      "(2026-12-08T18:00, local time)."),
                                   u"WHEN"_s);
    const QCommandLineOption endMaintenance(u"end-maintenance"_s, tr("Remove the maintenance note."));
    const QCommandLineOption showAddresses(
        u"show-addresses"_s, tr("Whether owners see the server's host name and address: yes or no."),
        u"yes|no"_s);
    const QCommandLineOption json(u"json"_s, tr("Print the settings as one JSON object."));
    parser.addOptions({description, contactName, contactPhone, contactEmail, maintenance, until,
                       endMaintenance, showAddresses, json});
    parser.addPositionalArgument(u"SERVER"_s, tr("The server (profile name)."));
    if (auto stop = ctx.parse(parser, args,
                              {kCommand,
                               u"SERVER [--description T] [--contact-name N] [--contact-phone P] "
                               u"[--contact-email E] [--maintenance NOTE --until WHEN | --end-maintenance] "
                               u"[--show-addresses yes|no] [--json]"_s,
                               tr("Shows what the server's status page says besides its checks, and with "
                                  "options changes it (an administrator's profile only). Kept on this "
                                  "computer, like the page's settings dialog.")}))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return CliContext::usageError(tr("name one server"), kCommand);
    if (parser.isSet(maintenance) != parser.isSet(until))
        return CliContext::usageError(tr("--maintenance and --until go together"), kCommand);
    if (parser.isSet(maintenance) && parser.isSet(endMaintenance))
        return CliContext::usageError(tr("--maintenance and --end-maintenance exclude each other"), kCommand);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<QDateTime> end;
    if (parser.isSet(until)) {
        end = parseUntil(parser.value(until), now);
        if (!end)
            return CliContext::usageError(
                tr("--until: '%1' is not 90m, 3h, 2d or a date and time").arg(parser.value(until)), kCommand);
        if (*end <= now)
            return CliContext::usageError(tr("--until: the end of the maintenance is already past"),
                                          kCommand);
    }
    std::optional<bool> show;
    if (parser.isSet(showAddresses)) {
        const QString v = parser.value(showAddresses).toLower();
        if (v != u"yes"_s && v != u"no"_s)
            return CliContext::usageError(tr("--show-addresses must be yes or no"), kCommand);
        show = v == u"yes"_s;
    }

    auto found = findServer(ctx, parser.positionalArguments().first(), ExitFailure);
    if (!found)
        return found.error();
    auto& [store, profile] = *found;
    auto settingsStore = ctx.statusSettings();
    if (!settingsStore)
        return CliContext::reportError(settingsStore.error(), storeHint(settingsStore.error()), ExitFailure);
    auto current = (*settingsStore)->get(profile.id);
    if (!current)
        return CliContext::reportError(current.error(), storeHint(current.error()), ExitFailure);

    status::StatusSettings s = *current;
    bool changes = false;
    for (const auto& [opt, field] :
         {std::pair{&description, &s.description}, std::pair{&contactName, &s.contactName},
          std::pair{&contactPhone, &s.contactPhone}, std::pair{&contactEmail, &s.contactEmail}}) {
        if (parser.isSet(*opt)) {
            *field = parser.value(*opt).trimmed();
            changes = true;
        }
    }
    if (end) {
        s.maintenanceNote = parser.value(maintenance).trimmed();
        s.maintenanceUntil = *end;
        changes = true;
    }
    if (parser.isSet(endMaintenance)) {
        s.maintenanceNote.clear();
        s.maintenanceUntil = {};
        changes = true;
    }
    if (show) {
        s.showAddresses = *show;
        changes = true;
    }
    if (changes) {
        // Only an administrator's profile edits the page, as in the window.
        if (auto allowed = store::mayChangeServer(profile); !allowed)
            return CliContext::reportError(allowed.error(),
                                           tr("Ask the server's administrator to change the status page."),
                                           ExitRoleNotAllowed);
        if (auto saved = (*settingsStore)->set(profile.id, s); !saved) {
            const bool invalid = saved.error().code == ErrorCode::InvalidArgument;
            return CliContext::reportError(saved.error(),
                                           invalid ? tr("Correct that value; nothing was changed.")
                                                   : storeHint(saved.error()),
                                           invalid ? ExitUsage : ExitFailure);
        }
    }
    if (parser.isSet(json))
        CliContext::print(
            QString::fromUtf8(QJsonDocument(settingsJson(profile.name, s)).toJson(QJsonDocument::Compact)) +
            u'\n');
    else
        CliContext::print(settingsText(profile.name, s, now));
    return ExitOk;
}

} // namespace capataz::cli
