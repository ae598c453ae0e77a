#pragma once

#include "common/Error.h"
#include "plan/Plan.h"
#include "plan/SecretMask.h"
#include "setup/Answers.h"
#include "setup/RemoteFiles.h"
#include "setup/SetupTarget.h"
#include "stack/DotenvDocument.h"
#include "stack/EnvCheck.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace capataz::setup {

// The `env:` section of an answers file (wizard page 4): how the project's .env is made.
struct EnvAnswers {
    QString file;               // relative to the project directory; default: target.envFile
    bool fromExample = true;    // start from FILE.example when FILE does not exist
    QMap<QString, QString> set; // values to write; values of secret variables are secrets
    // Which recipe variables with a generator may be generated when their value is missing,
    // empty, a placeholder, a forbidden value or too short: every one ("missing", the default)
    // or only the keys listed. Values already good are never replaced.
    bool generateAll = true;
    QStringList generate;
    bool defaults = true;      // write the recipe's default for variables missing or empty
    QStringList allowFindings; // finding codes that do not stop the plan ("placeholder", ...)
    bool production = true;

    static EnvAnswers fromAnswers(const AnswerMap& section, const SetupTarget& target);
};

// What computeEnv made of a .env document.
struct EnvComputation {
    stack::DotenvDocument document;
    QStringList generated;             // keys given a generated value
    QStringList assigned;              // keys set from EnvAnswers::set
    QStringList defaulted;             // keys given the recipe's default
    QList<stack::EnvFinding> findings; // EnvCheck and the recipe's rules, on `document`
    plan::SecretMask secrets;          // every secret value of `document`

    // The error findings whose code is not allowed: what keeps the plan from writing the file.
    [[nodiscard]] QList<stack::EnvFinding> blocking(const QStringList& allowed) const;
};

// Findings from the recipe's schema: required variables without a value
// ("recipe-required-missing"), forbidden values of secrets ("forbidden-value"), values shorter
// than min_length ("recipe-too-short"). Messages never hold a value.
[[nodiscard]] QList<stack::EnvFinding> recipeFindings(const stack::DotenvDocument& env,
                                                      const stack::Recipe& recipe);
// The values of secret variables (the recipe's `secret: true` ones and names EnvCheck takes for
// secrets), for masking.
[[nodiscard]] plan::SecretMask envSecrets(const stack::DotenvDocument& env, const stack::Recipe& recipe);
// True when `var` has a generator and its value in `env` is missing, empty, a placeholder, a
// forbidden value or too short.
[[nodiscard]] bool needsGeneratedValue(const stack::RecipeEnvVar& var, const stack::DotenvDocument& env,
                                       const stack::Recipe& recipe);

// The new .env from `base` (the current file, its example or a document edited in the GUI):
// recipe defaults, generated secrets, EnvAnswers::set, then the checks. `generated` holds
// values generated earlier for the same step and receives new ones, so that a value is drawn
// once and reused. InvalidArgument for a key .env files cannot hold or a generator the
// recipe gets wrong.
[[nodiscard]] Result<EnvComputation> computeEnv(const stack::DotenvDocument& base, const EnvAnswers& answers,
                                                const stack::Recipe& recipe,
                                                const std::optional<QByteArray>& composeText,
                                                QHash<QString, QString>& generated);

// The remote state a wizard page shows in its table.
struct EnvState {
    RemoteFile current;                    // the .env (content nullopt when missing)
    bool fromExample = false;              // `document` comes from the .env.example
    stack::DotenvDocument document;        // the current .env, its example, or empty
    std::optional<QByteArray> composeText; // the compose files found, concatenated
    QList<stack::EnvFinding> findings;     // of `document` as it is
    plan::SecretMask secrets;              // its secret values, to mask them on screen
};

[[nodiscard]] QString envFilePath(const EnvAnswers& answers, const SetupTarget& target);
[[nodiscard]] QString envExamplePath(const EnvAnswers& answers, const SetupTarget& target);

// Reads the .env (or its example), the compose files, and checks them, without blocking.
void loadEnvState(const plan::StepContext& ctx, const EnvAnswers& answers, const SetupTarget& target,
                  std::function<void(Result<EnvState>)> done);

// The secret values of the target's .env (envSecrets), read as root; an empty mask when the
// file does not exist. For steps that show compose output, which may print them.
void loadEnvSecrets(const plan::StepContext& ctx, const SetupTarget& target,
                    std::function<void(Result<plan::SecretMask>)> done);

// One step "env.file" (EnvFileStep).
[[nodiscard]] Result<plan::Plan> buildEnvPlan(const EnvAnswers& answers, const SetupTarget& target);
// The same from a document the user edited in the wizard's table: it replaces the remote file's
// content as the starting point (defaults, generation and `set` still apply on top).
[[nodiscard]] Result<plan::Plan> buildEnvPlan(const EnvAnswers& answers, const SetupTarget& target,
                                              const stack::DotenvDocument& edited);

} // namespace capataz::setup
