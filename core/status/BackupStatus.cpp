#include "status/BackupStatus.h"

#include "store/ServerProfile.h"

namespace capataz::status {

namespace {

BackupStatusSource& source()
{
    static BackupStatusSource s;
    return s;
}

constexpr qint64 kMarginSecs = 2 * 3600;

} // namespace

bool BackupStatus::isLate(const QDateTime& now) const
{
    if (!configured)
        return false;
    if (!lastBackup.isValid())
        return true;
    return lastBackup.secsTo(now) > qint64(expectedEveryHours) * 3600 + kMarginSecs;
}

void setBackupStatusSource(BackupStatusSource s)
{
    source() = std::move(s);
}

BackupStatus backupStatusFor(const store::ServerProfile& profile)
{
    return source() ? source()(profile) : BackupStatus{};
}

} // namespace capataz::status
