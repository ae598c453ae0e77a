#pragma once

#include "common/Error.h"
#include "plan/Plan.h"
#include "remote/Command.h"
#include "setup/Answers.h"
#include "stack/Recipe.h"

#include <QList>
#include <QString>

namespace capataz::setup {

// One line per setup plan, for `capataz-cli plan --list`: {name, English description}.
struct SetupStepInfo {
    QString name;
    QString description;
};
[[nodiscard]] QList<SetupStepInfo> setupStepInfos();

// Builds the setup plan `stepName` (one of setupStepNames()) from a whole answers file: the
// target from the top level (targetFromAnswers), then the step's own section ("server-check"
// reads `server_check:`, the others their own name). InvalidArgument listing every problem of
// the file at once, one "key.path: message" per line; NotFound for an unknown step name.
// `sudo` is the profile's sudo mode (for previews and steps that depend on it).
[[nodiscard]] Result<plan::Plan> buildSetupPlan(const QString& stepName, const AnswerMap& root,
                                                const QList<stack::Recipe>& recipes, remote::SudoMode sudo);

} // namespace capataz::setup
