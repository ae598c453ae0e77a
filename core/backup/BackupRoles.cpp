#include "backup/BackupRoles.h"

namespace capataz::backup {

using namespace Qt::Literals::StringLiterals;

QString backupActionName(BackupAction action)
{
    switch (action) {
    case BackupAction::List:
        return u"list"_s;
    case BackupAction::Verify:
        return u"verify"_s;
    case BackupAction::Download:
        return u"download"_s;
    case BackupAction::Create:
        return u"create"_s;
    case BackupAction::Drill:
        return u"drill"_s;
    case BackupAction::Restore:
        return u"restore"_s;
    case BackupAction::Schedule:
        return u"schedule"_s;
    case BackupAction::Upload:
        return u"upload"_s;
    }
    return u"list"_s;
}

VoidResult mayDoBackup(const store::ServerProfile& profile, BackupAction action)
{
    using store::Role;
    bool allowed = profile.role == Role::Admin;
    if (profile.role == Role::Support)
        allowed = action == BackupAction::List || action == BackupAction::Verify ||
                  action == BackupAction::Download;
    if (profile.role == Role::Owner)
        allowed = action == BackupAction::List;
    if (allowed)
        return {};
    return fail(
        ErrorCode::RoleNotAllowed,
        u"profile \"%1\" has role %2, which may not %3 backups (admin: everything; support: list, verify, "
        u"download; owner: list)"_s.arg(profile.name, store::roleName(profile.role),
                                        backupActionName(action)));
}

} // namespace capataz::backup
