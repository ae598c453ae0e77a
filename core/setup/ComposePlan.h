#pragma once

#include "common/Error.h"
#include "plan/Plan.h"
#include "setup/Answers.h"
#include "setup/SetupTarget.h"

#include <optional>

namespace capataz::setup {

// The `compose:` section of an answers file (wizard page 5): how the stack is brought up.
struct ComposeAnswers {
    bool pull = true;          // `pull` the images first
    std::optional<bool> build; // `build`; unset: a build step that builds the services with
                               // `build:` (compose skips the others), set false to leave it out
    int waitSeconds = 300;     // how long compose.wait waits for running/healthy
    bool removeOrphans = true; // `up -d --remove-orphans`

    static ComposeAnswers fromAnswers(const AnswerMap& section, const SetupTarget& target);
};

// Steps: compose.config (read-only: the effective configuration, secrets masked),
// compose.pull, compose.build (when asked), compose.up, compose.wait. pull, build and up are
// done when every service already runs with its current configuration, so a second run skips
// them all.
[[nodiscard]] Result<plan::Plan> buildComposePlan(const ComposeAnswers& answers, const SetupTarget& target);

} // namespace capataz::setup
