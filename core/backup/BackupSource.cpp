#include "backup/BackupSource.h"

#include "backup/BackupNaming.h"
#include "stack/DotenvDocument.h"

namespace capataz::backup {

using namespace Qt::Literals::StringLiterals;

QString BackupSource::label() const
{
    if (kind == u"volume"_s)
        return nameLabel(volume);
    if (kind == u"files"_s)
        return nameLabel(path);
    return nameLabel(database);
}

QString BackupSource::describe() const
{
    if (kind == u"volume"_s)
        return u"docker volume %1"_s.arg(volume);
    if (kind == u"files"_s)
        return u"%1 in %2"_s.arg(path, projectDir);
    const QString who = user.isEmpty() ? QString() : u" as %1"_s.arg(user);
    if (!service.isEmpty())
        return u"%1 database %2 in compose service %3%4"_s.arg(kind, database, service, who);
    return u"%1 database %2 on the host%3"_s.arg(kind, database, who);
}

VoidResult BackupSource::validate() const
{
    auto bad = [](const QString& why) {
        return fail(ErrorCode::InvalidArgument, why);
    };
    if (!isSupportedKind(kind))
        return bad(u"backups of kind '%1' are not supported yet"_s.arg(kind));
    if ((kind == u"postgres"_s || kind == u"mongodb"_s) && database.isEmpty())
        return bad(u"no database named for the %1 backup"_s.arg(kind));
    if (kind == u"mongodb"_s && service.isEmpty())
        return bad(u"a MongoDB backup needs the compose service that runs it"_s);
    if (kind == u"volume"_s && (volume.isEmpty() || volume.startsWith(u'-')))
        return bad(u"no valid docker volume named"_s);
    if (image.isEmpty() || image.startsWith(u'-'))
        return bad(u"no valid image for the volume's tar"_s);
    if (kind == u"files"_s) {
        if (path.isEmpty() || path.startsWith(u'/') || path.startsWith(u'-') ||
            path.split(u'/').contains(u".."_s))
            return bad(u"the path '%1' must be relative to the project directory, without '..'"_s.arg(path));
        if (projectDir.isEmpty())
            return bad(u"no project directory for the files backup"_s);
    }
    if (!service.isEmpty() && projectDir.isEmpty())
        return bad(u"a compose service needs the project directory"_s);
    if (!compression.isEmpty() && compression != u"zstd"_s && compression != u"gzip"_s)
        return bad(u"compression must be zstd or gzip"_s);
    return {};
}

bool isSupportedKind(const QString& kind)
{
    return kind == u"postgres"_s || kind == u"volume"_s || kind == u"files"_s || kind == u"mongodb"_s;
}

Result<BackupSource> resolveSource(const stack::RecipeBackupTarget& target, const stack::DotenvDocument* env,
                                   const QString& projectDir, const QStringList& composeArgs)
{
    BackupSource s;
    s.kind = stack::backupKindName(target.kind);
    s.project = projectLabel(projectDir);
    s.projectDir = projectDir;
    s.service = target.service;
    s.composeArgs = s.service.isEmpty() ? QStringList() : composeArgs;
    s.database = target.database;
    s.volume = target.volume;
    s.path = target.path;
    auto fromEnv = [&](const QString& name, bool required) -> Result<QString> {
        if (name.isEmpty())
            return QString();
        const auto v = env ? env->value(name) : std::nullopt;
        if (!v && required)
            return fail(ErrorCode::InvalidArgument,
                        u"the .env has no value for %1, which the backup needs"_s.arg(name));
        return v.value_or(QString());
    };
    auto db = fromEnv(target.databaseEnv, false);
    auto user = fromEnv(target.userEnv, true);
    auto password = fromEnv(target.passwordEnv, true);
    for (const auto* r : {&db, &user, &password})
        if (!*r)
            return std::unexpected(r->error());
    if (!db->isEmpty())
        s.database = *db;
    s.user = *user;
    s.password = *password;
    if (auto ok = s.validate(); !ok)
        return std::unexpected(ok.error());
    return s;
}

} // namespace capataz::backup
