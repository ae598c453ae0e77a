#include "store/RolePolicy.h"

namespace capataz::store {

VoidResult mayChangeServer(const ServerProfile& profile)
{
    if (profile.role == Role::Admin)
        return {};
    return fail(ErrorCode::RoleNotAllowed,
                QStringLiteral("profile \"%1\" has role %2; only admin may run commands or apply plans")
                    .arg(profile.name, roleName(profile.role)));
}

VoidResult mayReadLogs(const ServerProfile& profile)
{
    if (profile.role == Role::Admin || profile.role == Role::Support ||
        (profile.role == Role::Owner && profile.ownerReadsLogs))
        return {};
    return fail(ErrorCode::RoleNotAllowed,
                QStringLiteral("profile \"%1\" has role %2; only admin and support may read logs (and an "
                               "owner allowed to)")
                    .arg(profile.name, roleName(profile.role)));
}

VoidResult mayReadMetrics(const ServerProfile& profile)
{
    if (profile.role == Role::Admin || profile.role == Role::Support)
        return {};
    return fail(ErrorCode::RoleNotAllowed,
                QStringLiteral("profile \"%1\" has role %2; only admin and support may read metrics")
                    .arg(profile.name, roleName(profile.role)));
}

VoidResult mayReadAudit(const ServerProfile& profile)
{
    if (profile.role == Role::Admin || profile.role == Role::Support)
        return {};
    return fail(ErrorCode::RoleNotAllowed,
                QStringLiteral("profile \"%1\" has role %2; only admin and support may read its audit log")
                    .arg(profile.name, roleName(profile.role)));
}

Result<QStringList> auditHiddenServers(const QList<ServerProfile>& profiles)
{
    QStringList hidden;
    for (const ServerProfile& p : profiles)
        if (!mayReadAudit(p))
            hidden << p.name;
    if (!profiles.isEmpty() && hidden.size() == profiles.size())
        return fail(ErrorCode::RoleNotAllowed,
                    QStringLiteral("every server profile of this computer has the owner role; only admin and "
                                   "support may read the audit log"));
    return hidden;
}

VoidResult mayCheckFromOutside(const ServerProfile& profile)
{
    if (profile.role == Role::Admin || profile.role == Role::Support)
        return {};
    return fail(ErrorCode::RoleNotAllowed,
                QStringLiteral("profile \"%1\" has role %2; only admin and support may run the checks from "
                               "outside (an owner sees their result on the status page)")
                    .arg(profile.name, roleName(profile.role)));
}

} // namespace capataz::store
