#pragma once

#include "common/Error.h"
#include "plan/Plan.h"
#include "setup/Answers.h"
#include "setup/SetupTarget.h"

#include <optional>

namespace capataz::setup {

// The `compose:` section of an answers file (wizard page 5): how the stack is brought up.
struct ComposeAnswers {
    bool pull = true;             // `pull` the images first
    std::optional<bool> build;    // `build`; unset: a build step that builds the services with
                                  // `build:` (compose skips the others), set false to leave it out
    int waitSeconds = 300;        // how long compose.wait waits for running/healthy
    bool removeOrphans = true;    // `up -d --remove-orphans`
    bool bindPortsLocally = true; // compose.ports writes its override where compose can use it
    QList<int> allowPublicPorts;  // published ports kept public on purpose
    // A data service port facing the internet stops the plan. The section's `production`;
    // when it has none, env.production (buildSetupPlan), else true.
    bool production = true;

    static ComposeAnswers fromAnswers(const AnswerMap& section, const SetupTarget& target);
};

// Steps: compose.config (read-only: the effective configuration, secrets masked),
// compose.ports (published ports: names them, binds them to 127.0.0.1 by an override file or
// says what to change, stops a production plan with a database open; see ComposePortsStep),
// compose.pull, compose.build (when asked), compose.up, compose.wait. pull, build and up are
// done when every service already runs with its current configuration, so a second run skips
// them all.
[[nodiscard]] Result<plan::Plan> buildComposePlan(const ComposeAnswers& answers, const SetupTarget& target);

} // namespace capataz::setup
