#include "setup/SetupTarget.h"

#include "stack/RecipeLoader.h"

#include <QFile>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;
using ComposeKind = remote::ServerFacts::ComposeKind;

QStringList setupStepNames()
{
    return {u"server-check"_s, u"firewall"_s, u"nginx"_s, u"tls"_s, u"env"_s, u"compose"_s, u"verify"_s};
}

QStringList SetupTarget::composeArgv() const
{
    QStringList argv;
    switch (compose) {
    case ComposeKind::V1Standalone:
        argv << u"docker-compose"_s;
        break;
    case ComposeKind::Podman:
        argv << u"podman-compose"_s;
        break;
    case ComposeKind::None:
    case ComposeKind::V2Plugin:
        argv << u"docker"_s << u"compose"_s;
        break;
    }
    for (const QString& f : composeFiles)
        argv << u"-f"_s << f;
    if (addedComposeFiles) {
        for (const QString& f : std::as_const(*addedComposeFiles))
            argv << u"-f"_s << f;
    }
    for (const QString& p : profiles)
        argv << u"--profile"_s << p;
    return argv;
}

remote::Command SetupTarget::composeCommand(const QStringList& subcommand, bool asRoot) const
{
    remote::Command c(composeArgv() + subcommand);
    c.inDirectory(projectDir).asRoot(asRoot);
    return c;
}

QString SetupTarget::envPath() const
{
    return projectDir + u'/' + envFile;
}

QString SetupTarget::composePath(int index) const
{
    return projectDir + u'/' + composeFiles.value(index);
}

SetupTarget targetFromAnswers(const AnswerMap& answers, const QList<stack::Recipe>& recipes)
{
    SetupTarget t;
    const QString recipeName = answers.string(u"recipe"_s, stack::kGenericRecipeId.toString());
    bool found = false;
    for (const auto& r : recipes) {
        if (r.id == recipeName) {
            t.recipe = r;
            found = true;
            break;
        }
    }
    if (!found) {
        QFile f(recipeName);
        if (recipeName.endsWith(u".yaml"_s) || recipeName.endsWith(u".yml"_s)) {
            if (!f.open(QIODevice::ReadOnly)) {
                answers.problem(u"recipe"_s, u"cannot read %1: %2"_s.arg(recipeName, f.errorString()));
            } else if (auto r = stack::loadRecipe(f.readAll())) {
                t.recipe = *r;
                found = true;
            } else {
                answers.problem(u"recipe"_s, r.error().detail);
            }
        } else {
            QStringList ids;
            for (const auto& r : recipes)
                ids << r.id;
            answers.problem(u"recipe"_s,
                            u"unknown recipe \"%1\" (known: %2; or a path to a .yaml recipe)"_s.arg(
                                recipeName, ids.join(u", "_s)));
        }
    }
    t.projectDir = answers.string(u"project_dir"_s, t.recipe.projectDir);
    if (t.projectDir.isEmpty())
        answers.problem(u"project_dir"_s,
                        u"missing: the project directory on the server (an absolute path)"_s);
    else if (!t.projectDir.startsWith(u'/'))
        answers.problem(u"project_dir"_s, u"must be an absolute path (it starts with /)"_s);
    while (t.projectDir.size() > 1 && t.projectDir.endsWith(u'/'))
        t.projectDir.chop(1);
    t.composeFiles = answers.stringList(u"compose_files"_s, t.recipe.composeFiles);
    if (t.composeFiles.isEmpty())
        t.composeFiles << u"docker-compose.yml"_s;
    if (answers.has(u"profiles"_s)) {
        t.profiles = answers.stringList(u"profiles"_s);
    } else if (answers.has(u"profile_set"_s)) {
        const QString id = answers.string(u"profile_set"_s);
        if (const auto* set = t.recipe.profileSet(id))
            t.profiles = set->profiles;
        else
            answers.problem(u"profile_set"_s, u"the recipe has no profile set \"%1\""_s.arg(id));
    } else if (!t.recipe.profileSets.isEmpty()) {
        t.profiles = t.recipe.profileSets.first().profiles;
    }
    t.envFile = answers.string(u"env_file"_s, t.recipe.envFile.isEmpty() ? u".env"_s : t.recipe.envFile);
    const QString tool = answers.string(u"compose_command"_s, u"docker compose"_s);
    if (tool == u"docker compose"_s)
        t.compose = ComposeKind::V2Plugin;
    else if (tool == u"docker-compose"_s)
        t.compose = ComposeKind::V1Standalone;
    else if (tool == u"podman-compose"_s)
        t.compose = ComposeKind::Podman;
    else
        answers.problem(u"compose_command"_s,
                        u"expected \"docker compose\", \"docker-compose\" or \"podman-compose\""_s);
    return t;
}

AnswerMap withProfileDefaults(const AnswerMap& root, const QString& profileProjectDir,
                              const QList<stack::Recipe>& recipes, QStringList* taken)
{
    const QString dir = profileProjectDir.trimmed();
    if (dir.isEmpty())
        return root;
    QVariantMap values = root.values();
    if (!root.has(u"project_dir"_s)) {
        values.insert(u"project_dir"_s, dir);
        if (taken)
            *taken << u"project_dir"_s;
    }
    if (!root.has(u"recipe"_s)) {
        values.insert(u"recipe"_s, stack::recipeIdForProjectDir(recipes, dir));
        if (taken)
            *taken << u"recipe"_s;
    }
    return AnswerMap(std::move(values), root.path());
}

} // namespace capataz::setup
