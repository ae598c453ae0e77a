#pragma once

#include "common/Error.h"
#include "store/ServerProfile.h"

#include <QList>
#include <QStringList>

namespace capataz::store {

// What a profile's role lets this computer do with its server. Roles are a promise of this
// computer only (what it shows and offers): the server does not enforce them yet, so the
// login account's own permissions are what really protect it (README.md, "Roles").
//   admin:   everything
//   support: logs, metrics, status; no commands, no changes
//   owner:   the status page only (and the logs, when its profile allows it: ownerReadsLogs)

// Running a command or applying a plan: admin only. RoleNotAllowed names the profile and role
// in the detail otherwise.
[[nodiscard]] VoidResult mayChangeServer(const ServerProfile& profile);

// Reading logs (changes nothing): admin and support, and an owner whose profile allows it.
// RoleNotAllowed otherwise.
[[nodiscard]] VoidResult mayReadLogs(const ServerProfile& profile);

// Reading metrics (one HTTP GET through the tunnel, changes nothing): admin and support.
// RoleNotAllowed for owner.
[[nodiscard]] VoidResult mayReadMetrics(const ServerProfile& profile);

// The checks from outside (TCP connections and TLS from this computer; reading the compose
// files through SSH for the published ports): admin and support. RoleNotAllowed for owner.
[[nodiscard]] VoidResult mayCheckFromOutside(const ServerProfile& profile);

// Reading the audit log's entries of this profile's server (local, changes nothing): admin and
// support. RoleNotAllowed for owner.
[[nodiscard]] VoidResult mayReadAudit(const ServerProfile& profile);

// The servers whose entries the audit log must not show (profiles that may not read them:
// AuditFilter::hiddenServers). RoleNotAllowed when every profile is such (an owner's computer);
// entries of servers with no profile any more stay visible.
[[nodiscard]] Result<QStringList> auditHiddenServers(const QList<ServerProfile>& profiles);

} // namespace capataz::store
