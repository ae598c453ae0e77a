#include "setup/SetupPlans.h"

#include "setup/ComposePlan.h"
#include "setup/EnvPlan.h"
#include "setup/FirewallPlan.h"
#include "setup/NginxPlan.h"
#include "setup/ServerCheckPlan.h"
#include "setup/SetupTarget.h"
#include "setup/TlsPlan.h"
#include "setup/VerifyPlan.h"

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

QList<SetupStepInfo> setupStepInfos()
{
    return {
        {u"server-check"_s,
         u"Operating system, sudo, Docker and compose, ufw/nginx/certbot packages, the project directory (clone or upload)."_s},
        {u"firewall"_s,
         u"ufw: allow SSH (the ports sshd listens on), 80 and 443, deny the rest; enabled behind a dead-man switch."_s},
        {u"nginx"_s, u"The reverse-proxy site in front of the application's local port."_s},
        {u"tls"_s, u"A Let's Encrypt certificate with certbot, the HTTPS site and the renewal check."_s},
        {u"env"_s,
         u"The project's .env: recipe defaults, generated secrets, values from the answers, checks."_s},
        {u"compose"_s,
         u"docker compose pull/build and up -d with the chosen profiles; waits until healthy."_s},
        {u"verify"_s,
         u"Health endpoints through SSH and through the public HTTPS name, open ports, a summary."_s},
    };
}

namespace {

// The section a step reads: `server_check:` for server-check, the name otherwise.
QString sectionName(const QString& step)
{
    QString s = step;
    return s.replace(u'-', u'_');
}

Result<plan::Plan> build(const QString& step, const AnswerMap& root, const AnswerMap& section,
                         const SetupTarget& target)
{
    if (step == u"server-check"_s) {
        const auto a = ServerCheckAnswers::fromAnswers(section, target);
        if (auto ok = root.result(); !ok)
            return std::unexpected(ok.error());
        return buildServerCheckPlan(a, target);
    }
    if (step == u"firewall"_s) {
        const auto a = FirewallAnswers::fromAnswers(section, target);
        if (auto ok = root.result(); !ok)
            return std::unexpected(ok.error());
        return buildFirewallPlan(a, target);
    }
    if (step == u"compose"_s) {
        auto a = ComposeAnswers::fromAnswers(section, target);
        if (!section.has(u"production"_s)) {
            // The env page's choice, read quietly (its own problems belong to the env step).
            const AnswerMap env(root.values().value(u"env"_s).toMap(), u"env"_s);
            if (env.has(u"production"_s))
                a.production = env.flag(u"production"_s, true);
        }
        if (auto ok = root.result(); !ok)
            return std::unexpected(ok.error());
        return buildComposePlan(a, target);
    }
    if (step == u"nginx"_s) {
        const auto a = NginxAnswers::fromAnswers(section, target);
        if (auto ok = root.result(); !ok)
            return std::unexpected(ok.error());
        return buildNginxPlan(a, target);
    }
    if (step == u"tls"_s) {
        // The certificate is named after the nginx site's names: the nginx section is read too.
        const auto nginx = NginxAnswers::fromAnswers(root.section(u"nginx"_s), target);
        const auto a = TlsAnswers::fromAnswers(section, target, nginx);
        if (auto ok = root.result(); !ok)
            return std::unexpected(ok.error());
        return buildTlsPlan(a, nginx, target);
    }
    if (step == u"env"_s) {
        const auto a = EnvAnswers::fromAnswers(section, target);
        if (auto ok = root.result(); !ok)
            return std::unexpected(ok.error());
        return buildEnvPlan(a, target);
    }
    if (step == u"verify"_s) {
        auto a = VerifyAnswers::fromAnswers(section, target);
        if (a.domain.isEmpty() && !section.has(u"domain"_s)) {
            // The nginx page's name, read quietly (its own problems belong to the nginx step).
            const QVariant domain = root.values().value(u"nginx"_s).toMap().value(u"domain"_s);
            if (domain.typeId() == QMetaType::QString)
                a.domain = domain.toString().trimmed();
        }
        if (auto ok = root.result(); !ok)
            return std::unexpected(ok.error());
        return buildVerifyPlan(a, target);
    }
    return fail(ErrorCode::Internal, u"no builder for the plan \"%1\""_s.arg(step));
}

} // namespace

Result<plan::Plan> buildSetupPlan(const QString& stepName, const AnswerMap& answers,
                                  const QList<stack::Recipe>& recipes, remote::SudoMode sudo)
{
    if (!setupStepNames().contains(stepName))
        return fail(ErrorCode::NotFound,
                    u"unknown plan \"%1\" (known: %2)"_s.arg(stepName, setupStepNames().join(u", "_s)));
    QStringList known{u"recipe"_s,   u"project_dir"_s, u"compose_files"_s,  u"profile_set"_s,
                      u"profiles"_s, u"env_file"_s,    u"compose_command"_s};
    for (const QString& s : setupStepNames())
        known << sectionName(s);
    // A fresh map: its own list of problems, so that building several plans from one file
    // reports each problem once per plan.
    const AnswerMap fresh(answers.values(), answers.path());
    fresh.allowOnly(known);
    SetupTarget target = targetFromAnswers(fresh, recipes);
    target.sudo = sudo;
    // Only this step's section is read: a half-written file can already run its first steps.
    const AnswerMap section = fresh.section(sectionName(stepName));
    return build(stepName, fresh, section, target);
}

} // namespace capataz::setup
