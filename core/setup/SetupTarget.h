#pragma once

#include "common/Error.h"
#include "remote/Command.h"
#include "remote/ServerFacts.h"
#include "setup/Answers.h"
#include "stack/Recipe.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace capataz::setup {

// The names of the setup plans, in wizard order: what `capataz-cli plan --list` prints.
// "server-check", "firewall", "nginx", "tls", "env", "compose", "verify".
[[nodiscard]] QStringList setupStepNames();

// What every setup plan acts on: the chosen recipe, where the project lives on the server,
// which compose files and profiles start it and how compose is called there. Built from the
// top level of an answers file (keys `recipe`, `project_dir`, `compose_files`, `profile_set`,
// `profiles`, `env_file`, `compose_command`) or by the wizard's first page.
struct SetupTarget {
    stack::Recipe recipe;
    QString projectDir;       // absolute path on the server
    QStringList composeFiles; // relative to projectDir, in -f order
    QStringList profiles;     // compose profiles to enable (--profile X each)
    QString envFile;          // relative to projectDir (".env")
    remote::ServerFacts::ComposeKind compose = remote::ServerFacts::ComposeKind::V2Plugin;
    remote::SudoMode sudo = remote::SudoMode::NoPassword; // the profile's, for previews
    // Compose files a plan adds while it runs, after composeFiles (relative to projectDir):
    // compose.ports puts its override here once the file is on the server, so that the later
    // compose steps of the same plan pass it with -f. Shared by the copies of one plan's target
    // (buildComposePlan gives each plan its own list).
    std::shared_ptr<QStringList> addedComposeFiles = std::make_shared<QStringList>();

    // The compose invocation with the files and profiles, before the subcommand:
    // {"docker", "compose", "-f", "docker-compose.yml", "--profile", "redis"} (v2 plugin),
    // {"docker-compose", ...} (v1), {"podman-compose", ...} (podman). Run it with
    // Command::inDirectory(projectDir).
    [[nodiscard]] QStringList composeArgv() const;
    // composeArgv() + `subcommand`, in the project directory, as root (docker needs it unless
    // the user is in the docker group; the sudo mode decides how).
    [[nodiscard]] remote::Command composeCommand(const QStringList& subcommand, bool asRoot = true) const;
    [[nodiscard]] QString envPath() const;              // projectDir + "/" + envFile
    [[nodiscard]] QString composePath(int index) const; // projectDir + "/" + composeFiles[index]
};

// Reads the target from the top level of an answers map. `recipes` are the known recipes
// (builtinRecipes()); `recipe` may also be a path to a recipe file on this computer.
// Problems are recorded in `answers` (see AnswerMap::result()).
[[nodiscard]] SetupTarget targetFromAnswers(const AnswerMap& answers, const QList<stack::Recipe>& recipes);

// `root` completed from the server profile, as the wizard starts: without `project_dir` the
// profile's project directory (it wins over the recipe's usual one); without `recipe` the one
// that directory suggests (stack::recipeIdForProjectDir). `taken` gets each key filled in, so
// that the CLI can say so. An empty `profileProjectDir` changes nothing.
[[nodiscard]] AnswerMap withProfileDefaults(const AnswerMap& root, const QString& profileProjectDir,
                                            const QList<stack::Recipe>& recipes,
                                            QStringList* taken = nullptr);

} // namespace capataz::setup
