#include "store/DataDir.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <mutex>

namespace capataz::store {

namespace {

std::mutex& overrideMutex()
{
    static std::mutex mutex;
    return mutex;
}

QString& overridePath()
{
    static QString path;
    return path;
}

QString absoluteClean(const QString& path)
{
    return QDir::cleanPath(QDir(path).absolutePath());
}

} // namespace

void setDataDirectoryOverride(const QString& path)
{
    const std::lock_guard lock(overrideMutex());
    overridePath() = path;
}

QString dataDirectory()
{
    {
        const std::lock_guard lock(overrideMutex());
        if (!overridePath().isEmpty())
            return absoluteClean(overridePath());
    }
    const QString fromEnv = qEnvironmentVariable("CAPATAZ_DATA_DIR");
    if (!fromEnv.isEmpty())
        return absoluteClean(fromEnv);
    const QString standard = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return standard.isEmpty() ? QString() : absoluteClean(standard);
}

Result<QString> ensureDataDirectory()
{
    const QString dir = dataDirectory();
    if (dir.isEmpty())
        return fail(ErrorCode::LocalFileError,
                    QStringLiteral("no data directory: set --data-dir or CAPATAZ_DATA_DIR"));

    const QFileInfo info(dir);
    if (info.exists()) {
        if (!info.isDir())
            return fail(ErrorCode::LocalFileError,
                        QStringLiteral("data directory %1 exists and is not a directory").arg(dir));
        return dir;
    }

    const QString parent = info.absolutePath();
    if (!QDir().mkpath(parent))
        return fail(ErrorCode::LocalFileError, QStringLiteral("cannot create directory %1").arg(parent));
    // mkdir with the mode (not mkdir then chmod): the directory is never open to others.
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;
    if (QDir().mkdir(dir, ownerOnly)) {
        QFile::setPermissions(dir, ownerOnly); // the umask may have taken bits away
    } else if (!QFileInfo(dir).isDir()) {
        return fail(ErrorCode::LocalFileError, QStringLiteral("cannot create data directory %1").arg(dir));
    }
    return dir;
}

} // namespace capataz::store
