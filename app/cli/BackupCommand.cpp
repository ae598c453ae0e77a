#include "BackupCommand.h"

#include "BackupActions.h"
#include "CliConnect.h"
#include "CliContext.h"
#include "ErrorHints.h"
#include "backup/BackupNaming.h"
#include "backup/BackupRoles.h"
#include "logs/ComposeLogSource.h"
#include "ssh/Connection.h"
#include "stack/RecipeLoader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using namespace capataz::backup;

namespace capataz::cli {

namespace {

const QString kCommand = u"backup"_s;

QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::cli", text);
}

std::optional<BackupAction> actionFrom(const QString& word)
{
    for (BackupAction a :
         {BackupAction::List, BackupAction::Verify, BackupAction::Download, BackupAction::Create,
          BackupAction::Drill, BackupAction::Restore, BackupAction::Schedule, BackupAction::Upload})
        if (backupActionName(a) == word)
            return a;
    return std::nullopt;
}

std::optional<stack::RecipeBackupTarget::Kind> kindFrom(const QString& word)
{
    using K = stack::RecipeBackupTarget::Kind;
    for (K k : {K::Postgres, K::MongoDb, K::Volume, K::Files})
        if (stack::backupKindName(k) == word)
            return k;
    return std::nullopt;
}

} // namespace

int runBackupCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, tr("Print JSON."));
    const QCommandLineOption password(u"password-stdin"_s,
                                      tr("Read the login password (or key passphrase) from stdin."));
    const QCommandLineOption acceptNew(u"accept-new"_s,
                                       tr("Trust the server's host key if none is known yet."));
    const QCommandLineOption dir(
        u"dir"_s, tr("The backup directory on the server (default /var/backups/capataz/PROJECT)."), u"DIR"_s);
    const QCommandLineOption kind(
        u"kind"_s,
        tr("create: back up this instead of the recipe's targets: postgres, mongodb, volume "
           "or files."),
        u"KIND"_s);
    const QCommandLineOption database(u"database"_s, tr("With --kind postgres or mongodb: the database."),
                                      u"DB"_s);
    const QCommandLineOption databaseEnv(u"database-env"_s,
                                         tr("The .env variable holding the database's name."), u"VAR"_s);
    const QCommandLineOption userEnv(u"user-env"_s, tr("The .env variable holding the database user."),
                                     u"VAR"_s);
    const QCommandLineOption passwordEnv(
        u"password-env"_s,
        tr("The .env variable holding the database password (read on the server, "
           "passed on stdin, never on a command line)."),
        u"VAR"_s);
    const QCommandLineOption service(
        u"service"_s, tr("The compose service that runs the database (default: PostgreSQL on the host)."),
        u"SERVICE"_s);
    const QCommandLineOption volume(u"volume"_s, tr("With --kind volume: the docker volume."), u"VOLUME"_s);
    const QCommandLineOption path(
        u"path"_s, tr("With --kind files: a path relative to the project directory."), u"PATH"_s);
    const QCommandLineOption envFile(u"env-file"_s, tr("The project's .env (default: the recipe's)."),
                                     u"FILE"_s);
    const QCommandLineOption image(
        u"image"_s, tr("The image that runs tar for volumes (default busybox:latest)."), u"IMAGE"_s);
    const QCommandLineOption compress(u"compress"_s,
                                      tr("zstd or gzip (default: zstd where the server has it)."), u"TOOL"_s);
    const QCommandLineOption to(
        u"to"_s, tr("download: the directory on this computer (default: the current one)."), u"DIR"_s);
    const QCommandLineOption local(
        u"local"_s, tr("verify: check a downloaded copy on this computer instead."), u"FILE"_s);
    const QCommandLineOption confirm(
        u"confirm"_s, tr("restore: type the database's (or volume's) name to confirm."), u"NAME"_s);
    const QCommandLineOption every(u"every"_s,
                                   tr("list: hours between backups the schedule promises (default 24)."),
                                   u"HOURS"_s, u"24"_s);
    const QCommandLineOption at(u"at"_s,
                                tr("schedule: the time of day the backups run, HH:MM (default 02:00)."),
                                u"HH:MM"_s, u"02:00"_s);
    const QCommandLineOption keepDays(
        u"keep-days"_s, tr("schedule: keep every backup younger than this (default 7)."), u"N"_s, u"7"_s);
    const QCommandLineOption keepCount(
        u"keep-count"_s, tr("schedule: keep at least this many good backups of each (default 7)."), u"N"_s,
        u"7"_s);
    const QCommandLineOption removeSchedule(u"remove"_s, tr("schedule: take the schedule off the server."));
    parser.addOptions({json,        password, acceptNew, dir,  kind,     database,  databaseEnv,   userEnv,
                       passwordEnv, service,  volume,    path, envFile,  image,     compress,      to,
                       local,       confirm,  every,     at,   keepDays, keepCount, removeSchedule});
    parser.addPositionalArgument(u"SERVER"_s, tr("The server profile."));
    parser.addPositionalArgument(u"ACTION"_s,
                                 tr("create, list, verify, download, upload, drill, restore or schedule."));
    parser.addPositionalArgument(
        u"NAME"_s,
        tr("The backup's file name (verify, download, drill, restore; upload: the downloaded copy's path)."));
    if (auto exit = ctx.parse(
            parser, args,
            {kCommand, u"SERVER create|list|verify|download|upload|drill|restore|schedule [NAME] [options]"_s,
             tr("Makes backups on the server with a manifest (size, SHA-256, what a restore must "
                "find), lists them with their state, verifies them, downloads them with resume "
                "and checksum, proves they restore (drill), and restores one after a safety "
                "backup. Exit 3 from list: an alarm (late, failed, empty, shrunk).")}))
        return *exit;
    const QStringList pos = parser.positionalArguments();
    const bool isJson = parser.isSet(json);
    if (pos.size() < 2)
        return CliContext::usageError(tr("backup needs a SERVER and an action"), kCommand);
    const QString server = pos.at(0);
    const auto action = actionFrom(pos.at(1));
    if (!action)
        return CliContext::usageError(tr("unknown backup action '%1'").arg(pos.at(1)), kCommand);
    const bool needsName =
        *action != BackupAction::List && *action != BackupAction::Create && *action != BackupAction::Schedule;
    if (needsName != (pos.size() == 3) || pos.size() > 3)
        return CliContext::usageError(needsName ? tr("backup %1 needs the backup's NAME").arg(pos.at(1))
                                                : tr("backup %1 takes no NAME").arg(pos.at(1)),
                                      kCommand);
    if (*action == BackupAction::Verify && parser.isSet(local))
        return backupVerifyLocal(parser.value(local), isJson);
    if (needsName &&
        !parseBackupName(*action == BackupAction::Upload ? QFileInfo(pos.at(2)).fileName() : pos.at(2)))
        return CliContext::usageError(tr("'%1' is not the name of a Capataz backup").arg(pos.at(2)),
                                      kCommand);
    if (parser.isSet(compress) && parser.value(compress) != u"zstd"_s && parser.value(compress) != u"gzip"_s)
        return CliContext::usageError(tr("--compress must be zstd or gzip"), kCommand);
    static const QRegularExpression hhmm(u"^([01]?[0-9]|2[0-3]):([0-5][0-9])$"_s);
    const auto time = hhmm.match(parser.value(at));
    if (!time.hasMatch())
        return CliContext::usageError(tr("--at must be a time of day such as 02:00"), kCommand);
    bool daysOk = false;
    bool countOk = false;
    const int days = parser.value(keepDays).toInt(&daysOk);
    const int count = parser.value(keepCount).toInt(&countOk);
    if (!daysOk || !countOk || days < 1 || count < 1)
        return CliContext::usageError(tr("--keep-days and --keep-count must be whole numbers of at least 1"),
                                      kCommand);
    bool everyOk = false;
    const double everyHours = parser.value(every).toDouble(&everyOk);
    if (!everyOk || everyHours <= 0)
        return CliContext::usageError(tr("--every must be a number of hours"), kCommand);

    auto found = findServer(ctx, server, ExitFailure);
    if (!found)
        return found.error();
    auto& [store, profile] = *found;
    if (auto allowed = mayDoBackup(profile, *action); !allowed)
        return CliContext::reportError(
            allowed.error(),
            tr("Ask an administrator of the server: making, drilling and restoring "
               "backups is theirs; support may list, verify and download."),
            ExitRoleNotAllowed);

    const setup::SetupTarget target = logs::defaultComposeTarget(profile.projectDir, stack::builtinRecipes());
    BackupRun run;
    run.server = server;
    run.projectDir = profile.projectDir;
    run.dir = parser.isSet(dir) ? parser.value(dir) : defaultBackupDir(projectLabel(profile.projectDir));
    run.envFile = parser.isSet(envFile) ? parser.value(envFile) : target.envFile;
    if (run.envFile.isEmpty())
        run.envFile = u".env"_s;
    run.composeArgs = target.composeArgv().mid(2);
    run.image = parser.value(image);
    run.compression = parser.value(compress);
    run.name = needsName ? pos.at(2) : QString();
    run.localDir = parser.isSet(to) ? parser.value(to) : QDir::currentPath();
    run.confirm = parser.value(confirm);
    run.everyHours = everyHours;
    run.json = isJson;
    run.hour = time.captured(1).toInt();
    run.minute = time.captured(2).toInt();
    run.keepDays = days;
    run.keepCount = count;
    run.remove = parser.isSet(removeSchedule);
    run.targets = target.recipe.backups;
    if (parser.isSet(kind)) {
        const auto k = kindFrom(parser.value(kind));
        if (!k)
            return CliContext::usageError(tr("--kind must be postgres, mongodb, volume or files"), kCommand);
        stack::RecipeBackupTarget t;
        t.kind = *k;
        t.database = parser.value(database);
        t.databaseEnv = parser.value(databaseEnv);
        t.userEnv = parser.value(userEnv);
        t.passwordEnv = parser.value(passwordEnv);
        t.service = parser.value(service);
        t.volume = parser.value(volume);
        t.path = parser.value(path);
        run.targets = {t};
    } else {
        QList<stack::RecipeBackupTarget> supported;
        for (const auto& t : std::as_const(run.targets))
            if (isSupportedKind(stack::backupKindName(t.kind)))
                supported << t;
        run.targets = supported;
    }
    if ((*action == BackupAction::Create || (*action == BackupAction::Schedule && !run.remove)) &&
        run.targets.isEmpty())
        return CliContext::usageError(
            tr("the server's recipe names nothing to back up: say what with --kind"), kCommand);
    if (*action == BackupAction::Restore && run.confirm.isEmpty())
        return CliContext::usageError(
            tr("restore replaces the live data: confirm with --confirm and the database's "
               "(or volume's) name"),
            kCommand);

    auto conn = connectProfile(
        ctx, profile, store,
        {.passwordFromStdin = parser.isSet(password),
         .sudoPasswordFromStdin = false,
         .needsSudoPassword = profile.sudo == remote::SudoMode::Password},
        parser.isSet(acceptNew) ? ssh::HostKeyPolicy::AcceptNew : ssh::HostKeyPolicy::Strict, ExitFailure);
    if (!conn)
        return conn.error();
    QObject owner;
    run.ctx = {conn->get(), &owner, CancelToken::create()};
    if (*action == BackupAction::Restore) {
        auto audit = ctx.auditLog();
        if (!audit)
            return CliContext::reportError(audit.error(), storeHint(audit.error()), ExitFailure);
        run.audit = *audit;
    }
    switch (*action) {
    case BackupAction::Create:
        return backupCreate(run);
    case BackupAction::List:
        return backupList(run);
    case BackupAction::Verify:
        return backupVerify(run);
    case BackupAction::Download:
        return backupDownload(run);
    case BackupAction::Drill:
        return backupDrill(run);
    case BackupAction::Restore:
        return backupRestore(run);
    case BackupAction::Schedule:
        return backupSchedule(run);
    case BackupAction::Upload:
        return backupUpload(run);
    }
    return ExitFailure;
}

} // namespace capataz::cli
