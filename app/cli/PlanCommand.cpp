#include "PlanCommand.h"

#include "CliConnect.h"
#include "CliContext.h"
#include "ErrorHints.h"
#include "PlanRun.h"
#include "common/ErrorCatalog.h"
#include "setup/SetupPlans.h"
#include "setup/SetupTarget.h"
#include "ssh/Connection.h"
#include "stack/RecipeLoader.h"
#include "store/RolePolicy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace capataz::cli {

namespace {

const QString kCommand = u"plan"_s;

int printList()
{
    QString text;
    for (const auto& info : setup::setupStepInfos())
        text += u"%1  %2\n"_s.arg(info.name.leftJustified(13), info.description);
    text += u"%1  %2\n"_s.arg(u"all"_s.leftJustified(13), u"Every step above, in this order."_s);
    CliContext::print(text);
    return ExitOk;
}

// After several plans: one line per step (plan, step, status), the plans not run, and one line
// that says how it ended. The step lines start with two spaces, never with "[status]".
void printSummary(const QList<NamedPlan>& plans, const QJsonArray& steps, const QStringList& notRun,
                  const QStringList& failed, bool dryRun)
{
    int planWidth = 4;
    int stepWidth = 4;
    for (const auto& v : steps) {
        planWidth = std::max(planWidth, int(v.toObject().value(u"plan"_s).toString().size()));
        stepWidth = std::max(stepWidth, int(v.toObject().value(u"step"_s).toString().size()));
    }
    QString text = dryRun ? u"\n== summary (dry run: nothing was changed)\n"_s : u"\n== summary\n"_s;
    text += u"  %1  %2  %3\n"_s.arg(u"plan"_s.leftJustified(planWidth), u"step"_s.leftJustified(stepWidth),
                                    u"status"_s);
    for (const auto& v : steps) {
        const QJsonObject o = v.toObject();
        text += u"  %1  %2  %3\n"_s.arg(o.value(u"plan"_s).toString().leftJustified(planWidth),
                                        o.value(u"step"_s).toString().leftJustified(stepWidth),
                                        o.value(u"status"_s).toString());
    }
    for (const QString& name : notRun)
        text += u"  %1  %2\n"_s.arg(name.leftJustified(planWidth), u"(not run: an earlier plan failed)"_s);
    if (failed.isEmpty())
        text += u"result: all %1 plans %2.\n"_s.arg(plans.size()).arg(dryRun ? u"checked"_s : u"done"_s);
    else
        text += u"result: %1 of %2 plans failed (%3)%4.\n"_s.arg(failed.size())
                    .arg(plans.size())
                    .arg(failed.join(u", "_s),
                         notRun.isEmpty() ? QString() : u"; the plans after it were not run"_s);
    CliContext::print(text);
}

int answersProblems(const Error& error, const QString& file)
{
    CliContext::printErr(u"capataz-cli: the answers file %1 has problems:\n"_s.arg(file));
    for (const QString& line : error.detail.split(u'\n', Qt::SkipEmptyParts))
        CliContext::printErr(u"  "_s + line + u'\n');
    CliContext::printErr(
        u"The keys are described in README.md, section \"Answers file for `capataz-cli plan`\".\n"_s);
    return ExitUsage;
}

} // namespace

int runPlanCommand(CliContext& ctx, const QStringList& args)
{
    QCommandLineParser parser;
    const QCommandLineOption list(u"list"_s, u"List the setup plans and exit."_s);
    const QCommandLineOption answers(u"answers"_s, u"The answers file (YAML; see README.md)."_s, u"FILE"_s);
    const QCommandLineOption dryRun(u"dry-run"_s,
                                    u"Only check and show what would be done; change nothing."_s);
    const QCommandLineOption json(u"json"_s, u"Print the outcome of every step as JSON on stdout."_s);
    const QCommandLineOption acceptNew(
        u"accept-new"_s, u"Trust the server's host key if none is known yet, and remember it."_s);
    const QCommandLineOption password(
        u"password-stdin"_s, u"Read one line from stdin first: the login password (or key passphrase)."_s);
    const QCommandLineOption sudoPassword(
        u"sudo-password-stdin"_s,
        u"Read one line from stdin (after the password, if both): the sudo password."_s);
    parser.addOptions({list, answers, dryRun, json, acceptNew, password, sudoPassword});
    parser.addPositionalArgument(u"SERVER"_s, u"The server profile."_s);
    parser.addPositionalArgument(u"STEP"_s, u"A setup plan (see --list), or all."_s);
    if (auto exit =
            ctx.parse(parser, args,
                      {kCommand, u"--list | SERVER STEP --answers FILE.yaml [--dry-run] [--json]"_s,
                       u"Run one of the setup wizard's plans non-interactively. With --dry-run only "
                       u"checks run and the plan is shown; otherwise it is applied, and at the first "
                       u"failure what it changed is rolled back (exit 1). Exit 2: bad usage or answers. "
                       u"Exit 77: the profile's role (support, owner) may only use --dry-run."_s}))
        return *exit;
    if (parser.isSet(list))
        return printList();

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return CliContext::usageError(u"plan needs SERVER and STEP (or --list)"_s, kCommand);
    const QString server = positional.at(0);
    const QString step = positional.at(1);
    QStringList steps = setup::setupStepNames();
    if (step != u"all"_s) {
        if (!steps.contains(step))
            return CliContext::usageError(
                u"unknown step '%1' (known: %2, all)"_s.arg(step, steps.join(u", "_s)), kCommand);
        steps = {step};
    }
    if (!parser.isSet(answers))
        return CliContext::usageError(u"plan needs --answers FILE.yaml"_s, kCommand);
    const QString answersPath = parser.value(answers);
    QFile file(answersPath);
    if (!file.open(QIODevice::ReadOnly))
        return CliContext::reportError(
            Error{ErrorCode::LocalFileError, answersPath + u": "_s + file.errorString()},
            QCoreApplication::translate("capataz::cli", "Give the path of a readable answers file."),
            ExitUsage);
    auto root = setup::parseAnswers(file.read(4 * 1024 * 1024));
    if (!root)
        return answersProblems(root.error(), answersPath);

    auto found = findServer(ctx, server, ExitUsage);
    if (!found)
        return found.error();
    auto& [store, profile] = *found;
    // Applying changes the server: only an administrator's profile may; a dry run only checks.
    if (!parser.isSet(dryRun)) {
        if (auto allowed = store::mayChangeServer(profile); !allowed)
            return CliContext::reportError(
                allowed.error(),
                QCoreApplication::translate("capataz::cli", "Ask an administrator of the server to apply "
                                                            "it; --dry-run still shows what it would do."),
                ExitRoleNotAllowed);
    }

    // Every plan is built before connecting: a bad file changes nothing. Where the answers leave
    // out the project directory or the recipe, the profile's are taken, as the wizard does.
    const QList<stack::Recipe> recipes = stack::builtinRecipes();
    QStringList taken;
    *root = setup::withProfileDefaults(*root, profile.projectDir, recipes, &taken);
    for (const QString& key : std::as_const(taken))
        CliContext::printErr(QCoreApplication::translate("capataz::cli", "%1: %2 (from the server profile)")
                                 .arg(key, root->string(key)) +
                             u'\n');
    QList<NamedPlan> plans;
    QStringList problems;
    for (const QString& name : std::as_const(steps)) {
        auto built = setup::buildSetupPlan(name, *root, recipes, profile.sudo);
        if (!built) {
            if (built.error().code != ErrorCode::InvalidArgument)
                return CliContext::reportError(
                    built.error(),
                    QCoreApplication::translate("capataz::cli", "See capataz-cli plan --list."), ExitUsage);
            for (const QString& line : built.error().detail.split(u'\n', Qt::SkipEmptyParts))
                if (!problems.contains(line))
                    problems << line;
            continue;
        }
        plans << NamedPlan{name, std::move(*built)};
    }
    if (!problems.isEmpty())
        return answersProblems(Error{ErrorCode::InvalidArgument, problems.join(u'\n')}, answersPath);

    auto conn =
        connectProfile(ctx, profile, store,
                       {.passwordFromStdin = parser.isSet(password),
                        .sudoPasswordFromStdin = parser.isSet(sudoPassword),
                        .needsSudoPassword = profile.sudo == remote::SudoMode::Password},
                       parser.isSet(acceptNew) ? ssh::HostKeyPolicy::AcceptNew : ssh::HostKeyPolicy::Strict);
    if (!conn)
        return conn.error();

    RunState state;
    state.json = parser.isSet(json);
    state.dryRun = parser.isSet(dryRun);
    auto audit = ctx.auditLog();
    if (!audit)
        return CliContext::reportError(audit.error(), QString(), ExitFailure);
    state.audit = *audit;
    bool ok = true;
    QStringList failed;
    QStringList notRun;
    for (const NamedPlan& p : std::as_const(plans)) {
        // Applying, the next plans build on this one: they are not run after a failure. A dry
        // run changes nothing, so it goes on and shows every plan.
        if (!ok && !state.dryRun) {
            notRun << p.name;
            continue;
        }
        if (!runOne(p, **conn, server, state)) {
            ok = false;
            failed << p.name;
        }
    }
    if (!state.json && plans.size() > 1)
        printSummary(plans, state.steps, notRun, failed, state.dryRun);
    if (state.json) {
        const QJsonObject out{
            {u"server"_s, server}, {u"dryRun"_s, state.dryRun}, {u"ok"_s, ok}, {u"steps"_s, state.steps}};
        CliContext::print(QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Indented)));
    }
    return ok ? ExitOk : ExitFailure;
}

} // namespace capataz::cli
