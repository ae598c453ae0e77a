#include "LogsCommand.h"

#include "CliConnect.h"
#include "CliContext.h"
#include "ErrorHints.h"
#include "InterruptWatcher.h"
#include "LogsOutput.h"
#include "logs/ComposeLogSource.h"
#include "logs/FileLogSource.h"
#include "logs/JournalLogSource.h"
#include "plan/StepContext.h"
#include "setup/EnvPlan.h"
#include "ssh/Connection.h"
#include "stack/RecipeLoader.h"
#include "store/RolePolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QRegularExpression>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

const QString kCommand = u"logs"_s;

// "2026-12-05T10:00:00Z" (any ISO 8601 date-time; without a zone: UTC), or a time back from
// now: "90s", "15m", "2h", "3d". UTC milliseconds, nullopt when neither.
std::optional<qint64> parseSince(const QString& text)
{
    static const QRegularExpression relative(u"^(\\d+)([smhd])$"_s);
    if (const auto m = relative.match(text); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 seconds = unit == u's' ? n : unit == u'm' ? n * 60 : unit == u'h' ? n * 3600 : n * 86400;
        return QDateTime::currentMSecsSinceEpoch() - seconds * 1000;
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return std::nullopt;
    if (t.timeSpec() == Qt::LocalTime)
        t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

struct LogsRequest {
    QString server;
    QStringList services;
    bool compose = false;
    QStringList files;
    QStringList units;
    QString journalDir;
    logs::LogSource::Options options;
    LogsFilter filter;
    bool json = false;
};

// Connects, reads the .env's secrets (compose), starts every source and prints their records
// until they end (or, following, until Ctrl-C). Returns the exit code.
int readLogs(const ssh::ConnectionSettings& settings, const store::ServerProfile& profile,
             const LogsRequest& req)
{
    ssh::Connection conn(settings);
    if (const auto stop = connectOrReport(conn, req.server))
        return *stop;

    QEventLoop loop;
    InterruptWatcher interrupts;
    int interruptedBy = 0;
    QObject::connect(&interrupts, &InterruptWatcher::interrupted, &loop, [&](int sig) {
        interruptedBy = sig;
        loop.quit();
    });

    // The .env's secrets first: nothing is printed before they are known.
    const setup::SetupTarget target = logs::defaultComposeTarget(profile.projectDir, stack::builtinRecipes());
    plan::SecretMask secrets;
    if (req.compose || !target.projectDir.isEmpty()) {
        bool done = false;
        QObject owner;
        setup::loadEnvSecrets(plan::StepContext{&conn, &owner, {}}, target, [&](Result<plan::SecretMask> r) {
            if (r)
                secrets = *r;
            else
                CliContext::warn(QCoreApplication::translate(
                                     "capataz::cli", "could not read the secrets of %1 (%2): they are "
                                                     "not masked in this output.")
                                     .arg(target.envPath(), r.error().detail));
            done = true;
            loop.quit();
        });
        if (!done)
            loop.exec();
        if (interruptedBy)
            return 128 + interruptedBy;
    }

    LogsPrinter printer(req.filter, req.json);
    std::vector<std::unique_ptr<logs::LogSource>> sources;
    auto add = [&](logs::LogSource* s, const QString& name) {
        printer.addSourceName(name);
        sources.emplace_back(s);
    };
    logs::LogSource::Options o = req.options;
    o.secrets = secrets;
    if (req.compose) {
        o.index = quint16(sources.size());
        add(new logs::ComposeLogSource(&conn, target, req.services, o), u"compose"_s);
    }
    for (const QString& f : req.files) {
        o.index = quint16(sources.size());
        add(new logs::FileLogSource(&conn, f, o), f);
    }
    const QStringList units =
        req.units.isEmpty() && !req.journalDir.isEmpty() ? QStringList{QString()} : req.units;
    for (const QString& u : units) {
        o.index = quint16(sources.size());
        add(new logs::JournalLogSource(&conn, {u, req.journalDir}, o), u.isEmpty() ? u"journal"_s : u);
    }

    int running = int(sources.size());
    Error firstError;
    for (const auto& s : sources) {
        QObject::connect(s.get(), &logs::LogSource::batchReady, &loop,
                         [&printer](const logs::LogBatch& b) { printer.print(b); });
        QObject::connect(s.get(), &logs::LogSource::finished, &loop, [&](const Error& e) {
            if (e.isError() && !firstError.isError())
                firstError = e;
            if (--running == 0)
                loop.quit();
        });
    }
    for (const auto& s : sources)
        s->start();
    if (running > 0 && !interruptedBy)
        loop.exec();
    for (const auto& s : sources)
        s->stop();
    if (interruptedBy)
        return 128 + interruptedBy;
    if (firstError.isError())
        return CliContext::reportError(firstError, connectionHint(firstError, req.server), ExitFailure);
    return ExitOk;
}

} // namespace

int runLogsCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption service(u"service"_s, u"A compose service (repeat for more; default: all)."_s,
                                     u"S"_s);
    const QCommandLineOption file(u"file"_s, u"A file on the server (repeat for more)."_s, u"PATH"_s);
    const QCommandLineOption unit(u"unit"_s, u"A systemd unit's journal (repeat for more)."_s, u"U"_s);
    const QCommandLineOption journalDir(u"journal-dir"_s, u"Read journal files from DIR on the server."_s,
                                        u"DIR"_s);
    const QCommandLineOption since(
        u"since"_s, u"Only lines from T on: 2026-12-05T10:00:00Z, or 30s, 15m, 2h, 3d."_s, u"T"_s);
    const QCommandLineOption tail(u"tail"_s, u"Lines of history first, per source (default 100; all)."_s,
                                  u"N"_s);
    const QCommandLineOption follow({u"f"_s, u"follow"_s},
                                    u"Keep printing new lines; survives dropped connections. Ctrl-C ends."_s);
    const QCommandLineOption grep(u"grep"_s, u"Only lines matching the regular expression RE."_s, u"RE"_s);
    const QCommandLineOption level(
        u"level"_s, u"Only lines of level L or worse (debug, info, notice, warning, error, critical)."_s,
        u"L"_s);
    const QCommandLineOption json(u"json"_s,
                                  u"One JSON object per line: {time, source, level, message, fields}."_s);
    const QCommandLineOption password(u"password-stdin"_s,
                                      u"Read the login password (or key passphrase) from stdin."_s);
    const QCommandLineOption sudoPassword(u"sudo-password-stdin"_s, u"Read the sudo password from stdin."_s);
    const QCommandLineOption acceptNew(u"accept-new"_s,
                                       u"Trust the server's host key if none is known yet."_s);
    parser.addOptions({service, file, unit, journalDir, since, tail, follow, grep, level, json, password,
                       sudoPassword, acceptNew});
    parser.addPositionalArgument(u"SERVER"_s, u"The server profile."_s);
    if (auto exit =
            ctx.parse(parser, args,
                      {kCommand,
                       u"SERVER [--service S]... [--file PATH] [--unit U] [--journal-dir DIR] "
                       u"[--since T] [--tail N] [--follow] [--grep RE] [--level L] [--json]"_s,
                       u"Print a server's logs: compose services (the profile's project; all services "
                       u"unless --service), files, journald units. Secrets of the project's .env are "
                       u"masked. Reading changes nothing."_s}))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return CliContext::usageError(u"logs needs one SERVER"_s, kCommand);

    LogsRequest req;
    req.server = positional.first();
    req.services = parser.values(service);
    req.files = parser.values(file);
    req.units = parser.values(unit);
    req.journalDir = parser.value(journalDir);
    req.compose =
        !req.services.isEmpty() || (req.files.isEmpty() && req.units.isEmpty() && req.journalDir.isEmpty());
    req.json = parser.isSet(json);
    req.options.follow = parser.isSet(follow);
    req.options.tailLines = 100;
    if (parser.isSet(tail)) {
        bool ok = false;
        const int n = parser.value(tail).toInt(&ok);
        if (parser.value(tail) == u"all"_s)
            req.options.tailLines = -1;
        else if (!ok || n < 0)
            return CliContext::usageError(u"--tail needs a number of lines or 'all'"_s, kCommand);
        else
            req.options.tailLines = n;
    }
    if (parser.isSet(since)) {
        const auto t = parseSince(parser.value(since));
        if (!t)
            return CliContext::usageError(
                u"--since needs a date-time (2026-12-05T10:00:00Z) or 30s, 15m, 2h, 3d"_s, kCommand);
        req.options.sinceMs = *t;
        if (!parser.isSet(tail))
            req.options.tailLines = -1;
    }
    if (parser.isSet(grep)) {
        req.filter.grep = QRegularExpression(parser.value(grep));
        if (!req.filter.grep->isValid())
            return CliContext::usageError(
                QCoreApplication::translate(
                    "capataz::cli", "--grep: '%1' is not a valid regular expression (%2, at character %3)")
                    .arg(parser.value(grep), req.filter.grep->errorString(),
                         QString::number(req.filter.grep->patternErrorOffset())),
                kCommand);
    }
    if (parser.isSet(level)) {
        const auto l = logs::levelFromName(parser.value(level));
        if (!l)
            return CliContext::usageError(u"--level needs debug, info, notice, warning, error or critical"_s,
                                          kCommand);
        req.filter.minLevel = *l;
    }

    auto found = findServer(ctx, req.server, ExitFailure);
    if (!found)
        return found.error();
    auto& [store, profile] = *found;
    // Checked before any secret is read or any connection is made.
    if (auto allowed = store::mayReadLogs(profile); !allowed)
        return CliContext::reportError(
            allowed.error(),
            QCoreApplication::translate("capataz::cli",
                                        "Ask an administrator or support person of the server."),
            ExitRoleNotAllowed);
    req.options.asRoot = profile.sudo != remote::SudoMode::None;
    req.options.reconnect = true;

    auto settings = profileSettings(
        ctx, profile, store,
        {.passwordFromStdin = parser.isSet(password),
         .sudoPasswordFromStdin = parser.isSet(sudoPassword),
         .needsSudoPassword = req.options.asRoot && profile.sudo == remote::SudoMode::Password},
        parser.isSet(acceptNew) ? ssh::HostKeyPolicy::AcceptNew : ssh::HostKeyPolicy::Strict, ExitFailure);
    if (!settings)
        return settings.error();
    return readLogs(*settings, profile, req);
}

} // namespace capataz::cli
