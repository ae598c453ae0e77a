#include "setup/ComposeConfigStep.h"

#include "exec/Exec.h"
#include "setup/EnvPlan.h"

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

namespace {

// done(masked config, the secrets used)
void fetch(const plan::StepContext& ctx, const SetupTarget& target,
           std::function<void(Result<QString>, const plan::SecretMask&)> done)
{
    loadEnvSecrets(
        ctx, target, [ctx, target, done = std::move(done)](Result<plan::SecretMask> secrets) mutable {
            const plan::SecretMask mask = composeConfigMask(secrets ? *secrets : plan::SecretMask());
            ctx.run(target.composeCommand({u"config"_s}), [mask,
                                                           done = std::move(done)](Result<exec::Output> res) {
                if (!res) {
                    done(std::unexpected(Error{res.error().code, mask.apply(res.error().detail)}), mask);
                } else if (!res->succeeded()) {
                    done(fail(ErrorCode::RemoteCommandFailed,
                              u"docker compose refuses the configuration (exit %1): %2"_s.arg(res->exitCode)
                                  .arg(mask.apply(res->err).trimmed())),
                         mask);
                } else {
                    done(mask.apply(res->out), mask);
                }
            });
        });
}

} // namespace

plan::SecretMask composeConfigMask(const plan::SecretMask& secrets)
{
    plan::SecretMask mask = secrets;
    for (const QString& s : secrets.secrets()) {
        for (QString v : {s, QString(s).replace(u"$"_s, u"$$"_s)}) {
            mask.add(v);
            mask.add(QString(v).replace(u"'"_s, u"''"_s));
            mask.add(v.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s));
        }
    }
    return mask;
}

void fetchEffectiveConfig(const plan::StepContext& ctx, const SetupTarget& target,
                          std::function<void(Result<QString>)> done)
{
    fetch(ctx, target,
          [done = std::move(done)](Result<QString> r, const plan::SecretMask&) { done(std::move(r)); });
}

ComposeConfigStep::ComposeConfigStep(SetupTarget target)
    : Step(u"compose.config"_s,
           plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Show the effective compose configuration")),
           plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                        "Asks docker compose for the configuration it would use, with the "
                                        "files merged and the .env variables filled in (secrets masked). "
                                        "Changes nothing; stops the plan if compose refuses the files.")))
    , m_target(std::move(target))
{}

void ComposeConfigStep::check(const plan::StepContext& ctx, CheckDone done)
{
    fetch(ctx, m_target, [this, done = std::move(done)](Result<QString> r, const plan::SecretMask& mask) {
        for (const QString& s : mask.secrets())
            addSecret(s);
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        m_config = *r;
        appendNote(Text(QT_TRANSLATE_NOOP("capataz::plan", "effective configuration:")), u"check");
        appendOutput(m_config);
        done(true);
    });
}

void ComposeConfigStep::apply(const plan::StepContext&, Done done)
{
    done({}); // read-only: check always reports it done
}

void ComposeConfigStep::rollback(const plan::StepContext&, Done done)
{
    done({});
}

plan::Preview ComposeConfigStep::buildPreview(remote::SudoMode sudo) const
{
    plan::Preview p;
    auto shell = m_target.composeCommand({u"config"_s}).toShell(sudo);
    p.commands.append({plan::Preview::Phase::Check, shell ? *shell : shell.error().toString()});
    return p;
}

} // namespace capataz::setup
