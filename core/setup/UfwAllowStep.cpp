#include "setup/UfwAllowStep.h"

#include "plan/PreviewCommand.h"
#include "setup/SshdPorts.h"
#include "setup/UfwRules.h"
#include "ssh/Connection.h"

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

QString ufwScriptPrelude()
{
    return u"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin; export PATH LC_ALL=C\n"_s;
}

QString ufwOutputLog(const QString& what, const Result<exec::Output>& res)
{
    if (!res)
        return u"[%1] did not run: %2\n"_s.arg(what, res.error().plainDetail());
    const exec::Output& o = *res;
    QString log = u"[%1] exit %2\n"_s.arg(what).arg(o.exitCode);
    if (!o.out.isEmpty())
        log += QString::fromUtf8(o.out);
    if (!o.err.isEmpty())
        log += u"[stderr] "_s + QString::fromUtf8(o.err);
    return log;
}

remote::Command ufwAllowCommand(const QStringList& rules)
{
    return remote::Command::script(ufwScriptPrelude() + u"for r; do ufw allow \"$r\" || exit 1; done"_s,
                                   rules)
        .asRoot();
}

remote::Command ufwDeleteAllowCommand(const QStringList& rules)
{
    return remote::Command::script(
               ufwScriptPrelude() + u"for r; do ufw delete allow \"$r\" || exit 1; done"_s, rules)
        .asRoot();
}

remote::Command ufwShowAddedCommand()
{
    return remote::Command({u"env"_s, u"LC_ALL=C"_s, u"ufw"_s, u"show"_s, u"added"_s}).asRoot();
}

remote::Command ufwStatusCommand()
{
    return remote::Command({u"env"_s, u"LC_ALL=C"_s, u"ufw"_s, u"status"_s}).asRoot();
}

UfwAllowStep::UfwAllowStep(QString id, plan::Text title, plan::Text explanation, Options options)
    : Step(std::move(id), std::move(title), std::move(explanation))
    , m_options(std::move(options))
    , m_rules(m_options.rules)
{}

void UfwAllowStep::resolveRules(const plan::StepContext& ctx, Done done)
{
    const int connectionPort = ctx.connection ? ctx.connection->settings().port : 0;
    auto finish = [this, connectionPort](QList<int> sshPorts) {
        QStringList rules = m_options.rules;
        if (m_options.addConnectionPort && connectionPort > 0)
            sshPorts.append(connectionPort);
        m_sshPorts = sshPorts;
        for (int p : sshPorts) {
            const QString r = u"%1/tcp"_s.arg(p);
            if (!rules.contains(r))
                rules.append(r);
        }
        m_rules = rules;
        m_resolved = true;
    };
    if (!m_options.readSshdPorts) {
        finish({});
        done({});
        return;
    }
    ctx.run(exec::Request(readSshdPortsCommand()),
            [this, connectionPort, finish, done = std::move(done)](Result<exec::Output> res) {
                appendOutput(ufwOutputLog(u"check: sshd ports"_s, res));
                if (!res) {
                    done(std::unexpected(res.error()));
                    return;
                }
                const exec::Output& o = *res;
                const QList<int> ports = sshdPortsFromOutput(o.out);
                if (ports.isEmpty() && !(m_options.addConnectionPort && connectionPort > 0)) {
                    done(fail(ErrorCode::RemoteCommandFailed,
                              u"could not read the ports sshd listens on (sshd -T and ss printed none)"_s));
                    return;
                }
                finish(ports);
                done({});
            });
}

void UfwAllowStep::findMissing(const plan::StepContext& ctx, std::function<void(Result<QStringList>)> done)
{
    ctx.run(exec::Request(ufwShowAddedCommand()), [this, done = std::move(done)](Result<exec::Output> res) {
        appendOutput(ufwOutputLog(u"ufw show added"_s, res));
        if (!res) {
            done(std::unexpected(res.error()));
            return;
        }
        const exec::Output& o = *res;
        if (o.exitCode != 0) {
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"`ufw show added` exited with %1: is ufw installed?"_s.arg(o.exitCode)));
            return;
        }
        const QStringList added = parseUfwShowAdded(QString::fromUtf8(o.out));
        QStringList missing;
        for (const QString& r : std::as_const(m_rules)) {
            if (ufwRulesAllow(added, r))
                continue;
            const int port = r.section(u'/', 0, 0).toInt();
            if (m_sshPorts.contains(port) && ufwRulesAllowFromSomeSources(added, port)) {
                // SSH is already allowed from chosen sources: keep that restriction. Should it not
                // include this console's address, the dead-man switch brings the old state back.
                appendOutput(
                    u"check: SSH port %1 is already allowed from some sources only; kept as it is\n"_s.arg(
                        port));
                continue;
            }
            missing.append(r);
        }
        done(missing);
    });
}

void UfwAllowStep::check(const plan::StepContext& ctx, CheckDone done)
{
    resolveRules(ctx, [this, ctx, done](VoidResult r) {
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        findMissing(ctx, [done](Result<QStringList> missing) {
            if (!missing)
                done(std::unexpected(missing.error()));
            else
                done(missing->isEmpty());
        });
    });
}

void UfwAllowStep::runChecked(const plan::StepContext& ctx, const remote::Command& command,
                              const QString& what, Done done)
{
    ctx.run(exec::Request(command), [this, what, done = std::move(done)](Result<exec::Output> res) {
        appendOutput(ufwOutputLog(what, res));
        if (!res)
            done(std::unexpected(res.error()));
        else if (res->exitCode != 0)
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"step %1: %2 exited with %3"_s.arg(id(), what).arg(res->exitCode)));
        else
            done({});
    });
}

void UfwAllowStep::apply(const plan::StepContext& ctx, Done done)
{
    m_added.clear();
    auto openMissing = [this, ctx, done] {
        findMissing(ctx, [this, ctx, done](Result<QStringList> missing) {
            if (!missing) {
                done(std::unexpected(missing.error()));
                return;
            }
            if (missing->isEmpty()) {
                done({});
                return;
            }
            const QStringList toAdd = *missing;
            runChecked(ctx, ufwAllowCommand(toAdd), u"apply"_s, [this, toAdd, done](VoidResult r) {
                if (r)
                    m_added = toAdd;
                done(r);
            });
        });
    };
    if (m_resolved) {
        openMissing();
        return;
    }
    resolveRules(ctx, [openMissing, done](VoidResult r) {
        if (!r)
            done(r);
        else
            openMissing();
    });
}

void UfwAllowStep::verify(const plan::StepContext& ctx, Done done)
{
    findMissing(ctx, [this, done](Result<QStringList> missing) {
        if (!missing)
            done(std::unexpected(missing.error()));
        else if (!missing->isEmpty())
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"step %1: ufw does not list %2 after adding it"_s.arg(id(), missing->join(u", "_s))));
        else
            done({});
    });
}

void UfwAllowStep::rollback(const plan::StepContext& ctx, Done done)
{
    if (m_added.isEmpty()) {
        done({});
        return;
    }
    runChecked(ctx, ufwDeleteAllowCommand(m_added), u"rollback"_s, [this, done](VoidResult r) {
        if (r)
            m_added.clear();
        done(r);
    });
}

plan::Preview UfwAllowStep::buildPreview(remote::SudoMode sudo) const
{
    plan::Preview p;
    auto add = [&](plan::Preview::Phase phase, const remote::Command& c) {
        p.commands.append(plan::previewCommand(phase, c, sudo));
    };
    const bool learnsPorts = !m_resolved && (m_options.readSshdPorts || m_options.addConnectionPort);
    if (m_options.readSshdPorts)
        add(plan::Preview::Phase::Check, readSshdPortsCommand());
    add(plan::Preview::Phase::Check, ufwShowAddedCommand());
    if (!m_rules.isEmpty())
        add(plan::Preview::Phase::Apply, ufwAllowCommand(m_rules));
    if (learnsPorts)
        p.commands.append(
            {plan::Preview::Phase::Apply,
             m_options.readSshdPorts
                 ? u"# and ufw allow PORT/tcp for each port sshd listens on and the port of this connection (read by the check)"_s
                 : u"# and ufw allow PORT/tcp for the port of this connection"_s});
    add(plan::Preview::Phase::Verify, ufwShowAddedCommand());
    const QStringList closes = m_added.isEmpty() ? m_rules : m_added;
    if (!closes.isEmpty())
        add(plan::Preview::Phase::Rollback, ufwDeleteAllowCommand(closes));
    return p;
}

} // namespace capataz::setup
