#include "StatusCommand.h"

#include "CliConnect.h"
#include "CliContext.h"
#include "ErrorHints.h"
#include "InterruptWatcher.h"
#include "StatusOutput.h"
#include "status/StatusRunner.h"
#include "status/StatusSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

const QString kCommand = u"status"_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::cli", text);
}

} // namespace

int runStatusCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print one JSON object with every server's status."));
    const QCommandLineOption jobs(u"jobs"_s, tr("Check at most N servers at a time (default 8)."), u"N"_s,
                                  u"8"_s);
    const QCommandLineOption timeout(
        u"timeout"_s, tr("Give each server at most SECONDS to connect, and again to answer (default 15)."),
        u"SECONDS"_s, u"15"_s);
    const QCommandLineOption acceptNew(
        u"accept-new"_s, tr("Trust and remember a server's host key the first time it is seen."));
    parser.addOptions({json, jobs, timeout, acceptNew});
    parser.addPositionalArgument(u"SERVER"_s, tr("Servers to check (default: all)."), u"[SERVER...]"_s);
    if (auto stop =
            ctx.parse(parser, args,
                      {kCommand, u"[SERVER...] [--json] [--jobs N] [--timeout SECONDS]"_s,
                       tr("Checks servers in parallel: whether they answer, their service, certificate, "
                          "disk space and backups. Exit status: 0 all well, 1 something needs "
                          "attention, 2 a server could not be reached.")}))
        return *stop;
    bool ok = false;
    const int jobCount = parser.value(jobs).toInt(&ok);
    if (!ok || jobCount < 1 || jobCount > 256)
        return CliContext::usageError(tr("--jobs needs a number from 1 to 256"), kCommand);
    const int seconds = parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 600)
        return CliContext::usageError(tr("--timeout needs seconds from 1 to 600"), kCommand);

    auto store = ctx.servers();
    if (!store)
        return CliContext::reportError(store.error(), storeHint(store.error()), ExitFailure);
    QList<store::ServerProfile> profiles;
    if (parser.positionalArguments().isEmpty()) {
        auto all = (*store)->list();
        if (!all)
            return CliContext::reportError(all.error(), storeHint(all.error()), ExitFailure);
        profiles = *all;
    } else {
        for (const QString& name : parser.positionalArguments()) {
            auto p = (*store)->get(name);
            if (!p)
                return CliContext::reportError(p.error(), storeHint(p.error()), ExitFailure);
            profiles << *p;
        }
    }
    auto settingsStore = ctx.statusSettings();
    if (!settingsStore)
        return CliContext::reportError(settingsStore.error(), storeHint(settingsStore.error()), ExitFailure);

    // Every role may read the status (README.md, "Roles"). Secrets are read one server after
    // the other (the keychain may ask), before any connection starts.
    std::vector<status::StatusRunner::Item> items;
    for (const store::ServerProfile& p : std::as_const(profiles)) {
        status::StatusRunner::Item item;
        item.target = status::StatusTarget::forProfile(p);
        item.status.server = p.name;
        item.status.address = p.host;
        if (auto s = (*settingsStore)->get(p.id))
            item.status.settings = *s;
        item.status.backup = status::backupStatusFor(p);
        auto secrets = gatherSecrets(
            ctx, p, {.needsSudoPassword = item.target.asRoot && p.sudo == remote::SudoMode::Password},
            ExitFailure, ExitFailure);
        Result<ssh::ConnectionSettings> settings =
            fail(ErrorCode::PasswordNeeded, u"a secret of %1 is stored nowhere"_s.arg(p.name));
        if (secrets)
            settings = client::settingsForProfile(p, *store, *secrets,
                                                  parser.isSet(acceptNew) ? ssh::HostKeyPolicy::AcceptNew
                                                                          : ssh::HostKeyPolicy::Strict);
        if (!settings) {
            item.ready = false;
            item.status.error = settings.error();
            item.status.checkedAt = QDateTime::currentDateTimeUtc();
        } else {
            item.settings = *settings;
            item.settings.connectTimeoutMs = seconds * 1000;
        }
        items.push_back(std::move(item));
    }

    // The check gets at least 30 s: docker-compose 1.29 alone takes a second or two per call.
    status::StatusRunner runner(std::move(items), jobCount, std::max(seconds, 30) * 1000);
    QEventLoop loop;
    InterruptWatcher interrupts;
    int interruptedBy = 0;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&](int sig) {
        interruptedBy = sig;
        loop.quit();
    });
    QObject::connect(&runner, &status::StatusRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    if (interruptedBy)
        return 128 + interruptedBy;

    QList<store::ServerProfile> ordered = profiles;
    QList<status::ServerStatus> results;
    for (const status::StatusRunner::Item& it : runner.items())
        results << it.status;
    return printStatuses(ordered, results, parser.isSet(json));
}

} // namespace capataz::cli
