#pragma once

#include "access/AccessGrant.h"
#include "access/Hello.h"
#include "plan/Plan.h"
#include "remote/Command.h"

namespace capataz::access {

// "Give access": previewable, idempotent (every step checks first), rolled back on failure.
//   access.folders     /usr/local/lib/capataz and /etc/capataz/access
//   access.dispatcher  the dispatcher script (atomic write, previous version kept)
//   access.user        the system user: no password ('*'), the dispatcher as its shell, home /
//   access.config      its config file and its key file (root's, 0644)
//   access.sudo        its sudoers rule, checked with `visudo -c` before it is put in place
//   access.sshd        its Match block: `sshd -t`, a revert armed on the server, reload, then a
//                      new login of the administrator must work and cancels the revert
// Needs root (a profile that can become root: sudo, sudo-password or root).
[[nodiscard]] plan::Plan grantPlan(const Grant& grant);

// "Revoke": ends the account's sessions, removes its Match block (sshd -t, reload), its sudoers
// rule, the user, its config and key files; each step puts back what it removed on rollback.
[[nodiscard]] plan::Plan revokePlan(const QString& account);

// Lists every access account the server has (parseAccountList reads the output). Root.
[[nodiscard]] remote::Command listCommand();

} // namespace capataz::access
