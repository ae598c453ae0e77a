#include "setup/ComposePlan.h"

#include "setup/ComposeConfigStep.h"
#include "setup/ComposePortsStep.h"
#include "setup/ComposeRunStep.h"
#include "setup/ComposeWaitStep.h"

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

ComposeAnswers ComposeAnswers::fromAnswers(const AnswerMap& section, const SetupTarget&)
{
    ComposeAnswers a;
    section.allowOnly({u"pull"_s, u"build"_s, u"wait_seconds"_s, u"remove_orphans"_s, u"bind_ports_locally"_s,
                       u"allow_public_ports"_s, u"production"_s});
    a.pull = section.flag(u"pull"_s, true);
    if (section.has(u"build"_s))
        a.build = section.flag(u"build"_s, true);
    a.waitSeconds = section.integer(u"wait_seconds"_s, 300, 5, 3600);
    a.removeOrphans = section.flag(u"remove_orphans"_s, true);
    a.bindPortsLocally = section.flag(u"bind_ports_locally"_s, true);
    a.production = section.flag(u"production"_s, true);
    const QStringList allow = section.stringList(u"allow_public_ports"_s);
    for (qsizetype i = 0; i < allow.size(); ++i) {
        bool ok = false;
        const int p = allow[i].trimmed().toInt(&ok);
        if (!ok || p < 1 || p > 65535)
            section.problem(u"allow_public_ports[%1]"_s.arg(i),
                            u"expected a port from 1 to 65535, not \"%1\""_s.arg(allow[i]));
        else if (!a.allowPublicPorts.contains(p))
            a.allowPublicPorts.append(p);
    }
    return a;
}

Result<plan::Plan> buildComposePlan(const ComposeAnswers& answers, const SetupTarget& given)
{
    SetupTarget target = given;
    target.addedComposeFiles = std::make_shared<QStringList>(); // this plan's own (compose.ports)
    if (target.projectDir.isEmpty() || !target.projectDir.startsWith(u'/'))
        return fail(ErrorCode::InvalidArgument, u"the project directory must be an absolute path"_s);
    if (target.composeFiles.isEmpty())
        return fail(ErrorCode::InvalidArgument, u"no compose file to start"_s);
    if (answers.waitSeconds < 1)
        return fail(ErrorCode::InvalidArgument, u"compose.wait_seconds must be at least 1"_s);
    plan::Plan p(plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Start the compose stack")));
    p.add(std::make_shared<ComposeConfigStep>(target));
    p.add(std::make_shared<ComposePortsStep>(
        target, ComposePortsOptions{answers.bindPortsLocally, answers.allowPublicPorts, answers.production}));
    if (answers.pull)
        p.add(std::make_shared<ComposeRunStep>(
            u"compose.pull"_s, plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Pull the images")),
            plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                         "Downloads the services' images. Skipped when every service already "
                                         "runs with its current configuration.")),
            target, QStringList{u"pull"_s}, false));
    if (answers.build.value_or(true))
        p.add(std::make_shared<ComposeRunStep>(
            u"compose.build"_s, plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Build the images")),
            plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                         "Builds the images of services with a build section (compose skips "
                                         "the others). Skipped when every service already runs with its "
                                         "current configuration.")),
            target, QStringList{u"build"_s}, false));
    QStringList up{u"up"_s, u"-d"_s};
    if (answers.removeOrphans)
        up << u"--remove-orphans"_s;
    p.add(std::make_shared<ComposeRunStep>(
        u"compose.up"_s, plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Start the services")),
        plan::Text(QT_TRANSLATE_NOOP(
            "capataz::plan", "Creates or recreates the containers whose configuration changed and starts "
                             "them in the background. If the plan fails later and nothing of the project "
                             "ran before, rollback stops and removes what this run started with `down`, "
                             "without -v: volumes and their data are never removed.")),
        target, up, true));
    p.add(std::make_shared<ComposeWaitStep>(target, answers.waitSeconds));
    return p;
}

} // namespace capataz::setup
