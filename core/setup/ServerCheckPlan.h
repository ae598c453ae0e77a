#pragma once

#include "common/Error.h"
#include "plan/Plan.h"
#include "setup/Answers.h"
#include "setup/SetupTarget.h"

#include <QByteArray>
#include <QString>

namespace capataz::setup {

// The `server_check:` section of an answers file (README.md, "Answers file").
struct ServerCheckAnswers {
    bool installMissing = true; // install_missing: apt-get install what is missing
    QString gitUrl;             // project_source.git: clone the project from here
    QString gitBranch;          // project_source.branch (empty: the repository's default)
    QString uploadDir;          // project_source.upload: a directory on this computer

    static ServerCheckAnswers fromAnswers(const AnswerMap& section, const SetupTarget& target);
};

// Steps: server-check.os (Debian or Ubuntu), server-check.sudo (root works with the profile's
// sudo mode), server-check.docker (docker or podman, compose, daemon reachable; installs with
// apt-get), server-check.packages (ufw, nginx, certbot, python3-certbot-nginx), and
// server-check.project (the project directory with its compose files; cloned or uploaded).
[[nodiscard]] Result<plan::Plan> buildServerCheckPlan(const ServerCheckAnswers& answers,
                                                      const SetupTarget& target);

} // namespace capataz::setup
