#include "setup/ServerCheckPlan.h"

#include "exec/ReadFacts.h"
#include "plan/CommandStep.h"
#include "remote/ServerFacts.h"
#include "setup/CheckedStep.h"
#include "setup/TarArchive.h"

#include <QFileInfo>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;
using plan::Preview;
using ComposeKind = remote::ServerFacts::ComposeKind;

namespace {

const QStringList kPackages{u"ufw"_s, u"nginx"_s, u"certbot"_s, u"python3-certbot-nginx"_s};

// Reads the server's facts (as root when asked) and hands them to `evaluate`.
void withFacts(const plan::StepContext& ctx, CheckedStep& self, bool asRoot,
               std::function<Result<bool>(const remote::ServerFacts&)> evaluate, plan::Step::CheckDone done)
{
    exec::FactsOptions options;
    options.asRoot = asRoot;
    options.fallBackToLoginUser = false; // the sudo step says what root needs
    options.cancel = ctx.cancel;
    exec::readFacts(
        ctx.connection, ctx.owner, options,
        [&self, evaluate = std::move(evaluate), done = std::move(done)](Result<exec::FactsReading> r) {
            if (r && !r->stderrText.trimmed().isEmpty())
                self.note(QString::fromUtf8(r->stderrText).trimmed());
            if (!r) {
                done(std::unexpected(r.error()));
                return;
            }
            done(evaluate(r->facts));
        });
}

std::shared_ptr<plan::Step> osStep()
{
    auto step = std::make_shared<CheckedStep>(
        u"server-check.os"_s, plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Check the operating system")),
        plan::Text(QT_TRANSLATE_NOOP(
            "capataz::plan", "Capataz sets up Debian and Ubuntu servers (apt, ufw, nginx, certbot).")),
        [](const plan::StepContext& ctx, CheckedStep& self, plan::Step::CheckDone done) {
            withFacts(
                ctx, self, false,
                [&self](const remote::ServerFacts& f) -> Result<bool> {
                    self.noteText(
                        Text(QT_TRANSLATE_NOOP("capataz::plan", "operating system: %1 (%2 %3), kernel %4"),
                             {f.osPrettyName, f.osId, f.osVersion, f.kernel}));
                    if (f.osId == u"debian"_s || f.osId == u"ubuntu"_s)
                        return true;
                    return fail(ErrorCode::InvalidArgument,
                                u"this server runs %1; Capataz sets up only Debian and Ubuntu servers"_s.arg(
                                    f.osPrettyName.isEmpty() ? u"an unknown system"_s : f.osPrettyName));
                },
                std::move(done));
        });
    step->addPreviewCommand(Preview::Phase::Check, remote::factsCommand(false));
    return step;
}

std::shared_ptr<plan::Step> sudoStep()
{
    const remote::Command whoami = remote::Command({u"id"_s, u"-u"_s}).asRoot();
    auto step = std::make_shared<CheckedStep>(
        u"server-check.sudo"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Check that commands run as root")),
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                     "Setting up the firewall, nginx and Docker needs root, through the "
                                     "profile's sudo mode.")),
        [whoami](const plan::StepContext& ctx, CheckedStep& self, plan::Step::CheckDone done) {
            ctx.run(whoami, [&self, done = std::move(done)](Result<exec::Output> o) {
                if (!o) {
                    done(fail(o.error().code,
                              u"commands cannot run as root with this profile: %1"_s.arg(o.error().detail)));
                    return;
                }
                const QString uid = QString::fromUtf8(o->out).trimmed();
                self.noteText(Text(QT_TRANSLATE_NOOP("capataz::plan", "id -u as root: %1"), {uid}));
                if (o->succeeded() && uid == u"0"_s)
                    return done(true);
                done(fail(ErrorCode::SudoNotAllowed,
                          u"commands cannot run as root with this profile's sudo mode (exit %1): %2"_s
                              .arg(o->exitCode)
                              .arg(o->tail())));
            });
        });
    step->addPreviewCommand(Preview::Phase::Check, whoami);
    return step;
}

const QString kInstallDocker = uR"SH(export DEBIAN_FRONTEND=noninteractive
if command -v podman >/dev/null 2>&1 && ! command -v docker >/dev/null 2>&1; then
  command -v podman-compose >/dev/null 2>&1 && exit 0
  apt-get update && apt-get install -y podman-compose
  exit $?
fi
pkgs=
command -v docker >/dev/null 2>&1 || pkgs=docker.io
if ! docker compose version >/dev/null 2>&1 && ! command -v docker-compose >/dev/null 2>&1; then
  pkgs="$pkgs docker-compose"
fi
if [ -n "$pkgs" ]; then
  apt-get update && apt-get install -y $pkgs || exit 1
fi
if ! docker info >/dev/null 2>&1; then
  if [ -d /run/systemd/system ]; then systemctl enable --now docker; else service docker start; fi
fi
docker info >/dev/null
)SH"_s;

std::shared_ptr<plan::Step> dockerStep(const ServerCheckAnswers& a)
{
    auto step = std::make_shared<CheckedStep>(
        u"server-check.docker"_s, plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Check Docker and Compose")),
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                     "Docker (or podman) and a compose tool must be installed and the daemon "
                                     "running. Missing parts are installed with the distribution's packages "
                                     "(docker.io, docker-compose); a rollback leaves them installed.")),
        [](const plan::StepContext& ctx, CheckedStep& self, plan::Step::CheckDone done) {
            withFacts(
                ctx, self, true,
                [&self](const remote::ServerFacts& f) -> Result<bool> {
                    const QString compose = remote::composeKindName(f.compose) + u' ' + f.composeVersion;
                    if (!f.dockerInstalled)
                        self.noteText(
                            Text(QT_TRANSLATE_NOOP("capataz::plan", "docker: not installed; compose: %1"),
                                 {compose}));
                    else if (f.dockerServerReachable)
                        self.noteText(Text(QT_TRANSLATE_NOOP("capataz::plan",
                                                             "docker: %1 (the daemon answers); compose: %2"),
                                           {f.dockerVersion, compose}));
                    else
                        self.noteText(
                            Text(QT_TRANSLATE_NOOP("capataz::plan",
                                                   "docker: %1 (the daemon does not answer); compose: %2"),
                                 {f.dockerVersion, compose}));
                    if (f.compose == ComposeKind::Podman)
                        return true;
                    return f.dockerInstalled && f.dockerServerReachable && f.compose != ComposeKind::None;
                },
                std::move(done));
        });
    step->addPreviewCommand(Preview::Phase::Check, remote::factsCommand(true));
    if (a.installMissing)
        step->setApply(remote::Command::script(kInstallDocker).asRoot());
    else
        step->setCannotApply(u"Docker or its compose tool is missing or its daemon is not running; install "
                             u"docker.io and docker-compose (or set server_check.install_missing: true)"_s);
    return step;
}

std::shared_ptr<plan::Step> packagesStep(const ServerCheckAnswers& a)
{
    const QString checkScript =
        u"for p in \"$@\"; do dpkg -s \"$p\" >/dev/null 2>&1 || { echo \"missing: $p\"; exit 1; }; done"_s;
    const QString installScript =
        u"export DEBIAN_FRONTEND=noninteractive\nmissing=\nfor p in \"$@\"; do dpkg -s \"$p\" >/dev/null "
        u"2>&1 || "
        u"missing=\"$missing $p\"; done\n[ -z \"$missing\" ] && exit 0\napt-get update && apt-get install -y $missing\n"_s;
    const QString refuseScript =
        u"for p in \"$@\"; do dpkg -s \"$p\" >/dev/null 2>&1 || echo \"missing package: $p\" >&2; done\n"
        u"echo 'install them, or set server_check.install_missing: true' >&2\nexit 1\n"_s;
    auto step = std::make_shared<plan::CommandStep>(
        u"server-check.packages"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Check ufw, nginx and certbot")),
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                     "The firewall, the reverse proxy and the certificates need the packages "
                                     "%1; missing ones are installed with apt-get (a rollback leaves them)."),
                   {kPackages.join(u", "_s)}),
        remote::Command::script(a.installMissing ? installScript : refuseScript, kPackages).asRoot());
    step->setCheck(remote::Command::script(checkScript, kPackages));
    step->setVerify(remote::Command::script(checkScript, kPackages));
    return step;
}

const QString kHasProject =
    u"d=$1; shift; [ -d \"$d\" ] || { echo \"no directory $d\"; exit 1; }\n"
    u"for f in \"$@\"; do [ -f \"$d/$f\" ] || { echo \"missing $d/$f\"; exit 1; }; done"_s;

// Refuses to write into a directory that holds anything (a clone or upload never overwrites).
const QString kClone = uR"SH(d=$1; url=$2; branch=$3
if [ -d "$d" ] && [ -n "$(ls -A "$d")" ]; then
  echo "$d exists and is not empty: refusing to clone into it" >&2; exit 1
fi
command -v git >/dev/null 2>&1 || { echo "git is not installed on the server (apt-get install git)" >&2; exit 1; }
mkdir -p "$(dirname "$d")" || exit 1
if [ -n "$branch" ]; then git clone --branch "$branch" -- "$url" "$d"; else git clone -- "$url" "$d"; fi
)SH"_s;
const QString kUntar = uR"SH(d=$1
if [ -d "$d" ] && [ -n "$(ls -A "$d")" ]; then
  echo "$d exists and is not empty: refusing to upload into it" >&2; exit 1
fi
mkdir -p "$d" && tar -x --no-same-owner --no-overwrite-dir -f - -C "$d"
)SH"_s;
const QString kRemoveProject = uR"SH(d=$1
case "$d" in /|/*/..*|*/../*|"") echo "refusing to remove $d" >&2; exit 1;; esac
rm -rf -- "$d"
)SH"_s;

Result<std::shared_ptr<plan::Step>> projectStep(const ServerCheckAnswers& a, const SetupTarget& t)
{
    const remote::Command has =
        remote::Command::script(kHasProject, QStringList{t.projectDir} + t.composeFiles).asRoot();
    auto step = std::make_shared<CheckedStep>(
        u"server-check.project"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Check the project directory %1"), {t.projectDir}),
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                     "The project directory must hold the compose files (%1). If it does not "
                                     "exist, it is cloned or uploaded as the answers say; a rollback removes "
                                     "what was cloned or uploaded.")),
        [has](const plan::StepContext& ctx, CheckedStep& self, plan::Step::CheckDone done) {
            ctx.run(has, [&self, done = std::move(done)](Result<exec::Output> o) {
                if (!o)
                    return done(std::unexpected(o.error()));
                if (const QString text = QString::fromUtf8(o->out + o->err).trimmed(); !text.isEmpty())
                    self.note(text);
                done(o->succeeded());
            });
        });
    step->addPreviewCommand(Preview::Phase::Check, has);
    const remote::Command remove = remote::Command::script(kRemoveProject, {t.projectDir}).asRoot();
    if (!a.gitUrl.isEmpty()) {
        step->setApply(remote::Command::script(kClone, {t.projectDir, a.gitUrl, a.gitBranch}).asRoot());
        step->setRollback(remove);
    } else if (!a.uploadDir.isEmpty()) {
        auto tar = tarDirectory(a.uploadDir);
        if (!tar)
            return std::unexpected(tar.error());
        step->setApply(remote::Command::script(kUntar, {t.projectDir}).asRoot(), *tar);
        step->setRollback(remove);
    } else {
        step->setCannotApply(
            u"%1 does not hold the compose files (%2): copy the project there, or set "
            u"server_check.project_source.git (a repository to clone) or server_check.project_source.upload "
            u"(a directory on this computer to upload)"_s.arg(t.projectDir, t.composeFiles.join(u", "_s)));
    }
    return step;
}

} // namespace

ServerCheckAnswers ServerCheckAnswers::fromAnswers(const AnswerMap& section, const SetupTarget& target)
{
    Q_UNUSED(target);
    ServerCheckAnswers a;
    section.allowOnly({u"install_missing"_s, u"project_source"_s});
    a.installMissing = section.flag(u"install_missing"_s, true);
    const AnswerMap source = section.section(u"project_source"_s);
    source.allowOnly({u"git"_s, u"branch"_s, u"upload"_s});
    a.gitUrl = source.string(u"git"_s).trimmed();
    a.gitBranch = source.string(u"branch"_s).trimmed();
    a.uploadDir = source.string(u"upload"_s).trimmed();
    if (!a.gitUrl.isEmpty() && !a.uploadDir.isEmpty())
        source.problem(u"upload"_s, u"give either git or upload, not both"_s);
    if (a.gitUrl.startsWith(u'-'))
        source.problem(u"git"_s, u"a repository URL or path cannot start with '-'"_s);
    if (a.gitBranch.startsWith(u'-') || a.gitBranch.contains(u' '))
        source.problem(u"branch"_s, u"not a valid branch name"_s);
    if (!a.gitBranch.isEmpty() && a.gitUrl.isEmpty())
        source.problem(u"branch"_s, u"only used with git"_s);
    if (!a.uploadDir.isEmpty() && !QFileInfo(a.uploadDir).isDir())
        source.problem(u"upload"_s, u"no directory %1 on this computer"_s.arg(a.uploadDir));
    return a;
}

Result<plan::Plan> buildServerCheckPlan(const ServerCheckAnswers& answers, const SetupTarget& target)
{
    if (target.projectDir.isEmpty() || !target.projectDir.startsWith(u'/'))
        return fail(ErrorCode::InvalidArgument, u"the project directory must be an absolute path"_s);
    plan::Plan p(plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Check the server")));
    p.add(osStep()).add(sudoStep()).add(dockerStep(answers)).add(packagesStep(answers));
    auto project = projectStep(answers, target);
    if (!project)
        return std::unexpected(project.error());
    p.add(*project);
    return p;
}

} // namespace capataz::setup
