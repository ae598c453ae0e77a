#include "setup/DeadManSwitchStep.h"

#include "exec/Exec.h"
#include "setup/FreshLogin.h"
#include "setup/UfwAllowStep.h"
#include "setup/UfwRules.h"
#include "ssh/Connection.h"

#include <QDateTime>
#include <QTimer>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPath = ufwScriptPrelude();

// Runs detached on the server: "$1" state dir, "$2" seconds to wait, "$3" "force" to revert
// even after a login confirmed. The seconds count from the end of the change (the arming
// script touches "changed"; a change that never ends is waited for a minute at most).
// Whoever renames the token first wins: the confirming login (token -> confirmed) or this
// revert (token -> reverting).
const QString kRevertScript = kPath + uR"SH(dir=$1
if [ "$2" -gt 0 ] 2>/dev/null; then
  i=0
  while [ ! -e "$dir/changed" ] && [ $i -lt 60 ]; do sleep 1; i=$((i+1)); done
  sleep "$2"
fi
if ! mv "$dir/token" "$dir/reverting" 2>/dev/null; then
  [ "$3" = force ] || exit 0
  mv "$dir/confirmed" "$dir/reverting" 2>/dev/null || exit 0
fi
was=$(cat "$dir/was" 2>/dev/null)
if [ "$was" != active ]; then ufw --force disable >/dev/null 2>&1; fi
cp -p "$dir/user.rules" /etc/ufw/user.rules
cp -p "$dir/user6.rules" /etc/ufw/user6.rules
cp -p "$dir/ufw.conf" /etc/ufw/ufw.conf
cp -p "$dir/default-ufw" /etc/default/ufw
if [ "$was" = active ]; then ufw reload >/dev/null 2>&1; fi
date -u > "$dir/reverted")SH"_s;

// "$1" state dir, "$2" token, "$3" seconds, "$4" the revert script. Followed by the changes.
const QString kArmScript = kPath + uR"SH(set -e
umask 077
dir=$1
mkdir -p "$dir"
cp -p /etc/ufw/user.rules "$dir/user.rules"
cp -p /etc/ufw/user6.rules "$dir/user6.rules"
cp -p /etc/ufw/ufw.conf "$dir/ufw.conf"
cp -p /etc/default/ufw "$dir/default-ufw"
if ufw status | grep -qx 'Status: active'; then echo active; else echo inactive; fi > "$dir/was"
printf '%s\n' "$4" > "$dir/revert.sh"
printf '%s\n' "$2" > "$dir/token"
if command -v setsid >/dev/null 2>&1; then
  setsid nohup sh "$dir/revert.sh" "$dir" "$3" </dev/null >/dev/null 2>&1 &
else
  nohup sh "$dir/revert.sh" "$dir" "$3" </dev/null >/dev/null 2>&1 &
fi
echo "dead-man switch armed: ufw goes back to its previous state $3 s after the change unless a new SSH login confirms"
undo() {
  sh "$dir/revert.sh" "$dir" 0
  echo "$1 failed; the previous state is back" >&2
  exit 1
}
)SH"_s;

const QString kDenyIncoming = uR"SH(ufw default deny incoming || undo "ufw default deny incoming"
ufw default allow outgoing || undo "ufw default allow outgoing"
)SH"_s;

const QString kEnable = uR"SH(ufw --force enable || undo "ufw --force enable"
)SH"_s;

const QString kChanged = uR"SH(: > "$dir/changed")SH"_s;

// Prints ufw's status line, then "policy deny-incoming" when the default policy denies
// incoming and allows outgoing ("policy other" otherwise).
const QString kCheckScript = kPath + uR"SH(ufw status
if grep -qx 'DEFAULT_INPUT_POLICY="DROP"' /etc/default/ufw && grep -qx 'DEFAULT_OUTPUT_POLICY="ACCEPT"' /etc/default/ufw; then
  echo "policy deny-incoming"
else
  echo "policy other"
fi)SH"_s;

// "$1" state dir, "$2" "enable" when the change enabled ufw. Exit 0: cancelled (and ufw
// active, after enabling it); 3: the revert came first.
const QString kConfirmScript = kPath + uR"SH(if mv "$1/token" "$1/confirmed" 2>/dev/null; then
  if [ "$2" != enable ] || ufw status | grep -qx 'Status: active'; then echo "new login confirmed: dead-man switch cancelled"; exit 0; fi
  echo "ufw is not active"; exit 4
fi
if [ -e "$1/reverting" ] || [ -e "$1/reverted" ]; then echo "the dead-man switch has already reverted ufw"; exit 3; fi
echo "no dead-man switch is pending in $1"; exit 5)SH"_s;

// "$1" state dir. Reverts now (or waits for a revert under way), then checks ufw is as saved.
const QString kForceRevertScript = kPath + uR"SH(dir=$1
[ -d "$dir" ] || { echo "no saved firewall state in $dir"; exit 2; }
if [ ! -e "$dir/reverted" ]; then sh "$dir/revert.sh" "$dir" 0 force; fi
i=0
while [ ! -e "$dir/reverted" ] && [ $i -lt 60 ]; do sleep 1; i=$((i+1)); done
[ -e "$dir/reverted" ] || { echo "the revert did not finish"; exit 3; }
was=$(cat "$dir/was")
if ufw status | grep -qx 'Status: active'; then now=active; else now=inactive; fi
[ "$now" = "$was" ] || { echo "ufw is $now, it was $was"; exit 4; }
if ! cmp -s "$dir/user.rules" /etc/ufw/user.rules || ! cmp -s "$dir/user6.rules" /etc/ufw/user6.rules; then
  echo "ufw's rules differ from the saved ones"; exit 5
fi
echo "ufw is back as it was ($was)")SH"_s;

} // namespace

DeadManSwitchStep::DeadManSwitchStep(QString id, plan::Text title, plan::Text explanation, Options options)
    : Step(std::move(id), std::move(title), std::move(explanation))
    , m_options(std::move(options))
{}

DeadManSwitchStep::~DeadManSwitchStep() = default;

plan::Text DeadManSwitchStep::phaseText(Phase phase)
{
    switch (phase) {
    case Phase::Enabling:
        return QT_TRANSLATE_NOOP("capataz::plan", "Enabling ufw with a dead-man switch on the server…");
    case Phase::CheckingFreshLogin:
        return QT_TRANSLATE_NOOP("capataz::plan", "Checking that a new SSH login still works…");
    case Phase::Confirmed:
        return QT_TRANSLATE_NOOP("capataz::plan", "A new SSH login works: the dead-man switch is cancelled.");
    case Phase::LoginFailed:
        return QT_TRANSLATE_NOOP(
            "capataz::plan",
            "A new SSH login failed: ufw would lock you out, the previous firewall comes back.");
    case Phase::Reverting:
        return QT_TRANSLATE_NOOP("capataz::plan", "Putting the previous firewall back…");
    case Phase::Reverted:
        return QT_TRANSLATE_NOOP("capataz::plan", "The previous firewall is back.");
    case Phase::ChangingPolicy:
        return QT_TRANSLATE_NOOP("capataz::plan",
                                 "Changing ufw's default policy with a dead-man switch on the server…");
    }
    return {};
}

void DeadManSwitchStep::setPhase(Phase phase)
{
    appendNote(phaseText(phase));
    if (m_phaseListener)
        m_phaseListener(phase);
}

int DeadManSwitchStep::freshLoginTimeoutMs() const
{
    return std::clamp(m_options.seconds * 500, 3000, 15000);
}

QString DeadManSwitchStep::changeName() const
{
    const Changes c = m_options.changes;
    if (c.testFlag(Change::Enable) && c.testFlag(Change::DenyIncoming))
        return u"changing ufw's default policy and enabling ufw"_s;
    return c.testFlag(Change::DenyIncoming) ? u"changing ufw's default policy"_s : u"enabling ufw"_s;
}

remote::Command DeadManSwitchStep::checkCommand() const
{
    return remote::Command::script(kCheckScript).asRoot();
}

remote::Command DeadManSwitchStep::armAndEnableCommand() const
{
    QString script = kArmScript;
    if (m_options.changes.testFlag(Change::DenyIncoming))
        script += kDenyIncoming;
    if (m_options.changes.testFlag(Change::Enable))
        script += kEnable;
    script += kChanged;
    return remote::Command::script(script, {m_options.stateDir, m_options.token,
                                            QString::number(m_options.seconds), kRevertScript})
        .asRoot();
}

remote::Command DeadManSwitchStep::confirmCommand() const
{
    const bool enables = m_options.changes.testFlag(Change::Enable);
    return remote::Command::script(kConfirmScript, {m_options.stateDir, enables ? u"enable"_s : u"policy"_s})
        .asRoot();
}

remote::Command DeadManSwitchStep::forceRevertCommand() const
{
    return remote::Command::script(kForceRevertScript, {m_options.stateDir}).asRoot();
}

void DeadManSwitchStep::check(const plan::StepContext& ctx, CheckDone done)
{
    ctx.run(exec::Request(checkCommand()), [this, done = std::move(done)](Result<exec::Output> res) {
        appendOutput(ufwOutputLog(u"check"_s, res));
        if (!res) {
            done(std::unexpected(res.error()));
            return;
        }
        const exec::Output& o = *res;
        const QString out = QString::fromUtf8(o.out);
        const std::optional<bool> active = parseUfwStatusActive(out);
        if (!active) {
            done(fail(
                ErrorCode::RemoteCommandFailed,
                u"`ufw status` exited with %1 and did not say active or inactive: is ufw installed?"_s.arg(
                    o.exitCode)));
            return;
        }
        const bool denyIncoming = out.contains(u"\npolicy deny-incoming"_s);
        done((!m_options.changes.testFlag(Change::Enable) || *active) &&
             (!m_options.changes.testFlag(Change::DenyIncoming) || denyIncoming));
    });
}

void DeadManSwitchStep::apply(const plan::StepContext& ctx, Done done)
{
    setPhase(m_options.changes.testFlag(Change::Enable) ? Phase::Enabling : Phase::ChangingPolicy);
    ctx.run(exec::Request(armAndEnableCommand()), [this, done = std::move(done)](Result<exec::Output> res) {
        appendOutput(ufwOutputLog(u"apply"_s, res));
        m_armedAtMs = QDateTime::currentMSecsSinceEpoch();
        if (!res)
            done(std::unexpected(res.error()));
        else if (res->exitCode != 0)
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"step %1: %2 exited with %3"_s.arg(id(), changeName()).arg(res->exitCode)));
        else
            done({});
    });
}

void DeadManSwitchStep::overFreshLogin(const plan::StepContext& ctx, const remote::Command& command,
                                       int connectTimeoutMs, exec::Done done)
{
    runOverFreshLogin(ctx, command, connectTimeoutMs,
                      [this, done = std::move(done)](Result<exec::Output> res) {
                          if (res || res.error().code != ErrorCode::Internal)
                              appendOutput(ufwOutputLog(u"new login"_s, res));
                          done(std::move(res));
                      });
}

void DeadManSwitchStep::verify(const plan::StepContext& ctx, Done done)
{
    setPhase(Phase::CheckingFreshLogin);
    const QString where = ctx.connection ? ctx.connection->settings().displayName() : QString();
    overFreshLogin(
        ctx, confirmCommand(), freshLoginTimeoutMs(),
        [this, where, done = std::move(done)](Result<exec::Output> r) {
            if (r && r->exitCode == 0) {
                setPhase(Phase::Confirmed);
                done({});
                return;
            }
            setPhase(Phase::LoginFailed);
            if (r) {
                // The login worked, but the switch was not cancelled (it had fired
                // already: the login came too late) or ufw is not on.
                done(fail(ErrorCode::RemoteCommandFailed,
                          u"A new SSH login to %1 worked, but the dead-man switch could not be "
                          "cancelled (exit %2: %3). The previous firewall is put back."_s.arg(where)
                              .arg(r->exitCode)
                              .arg(QString::fromUtf8(r->out).trimmed())));
                return;
            }
            const qint64 left = std::max<qint64>(
                0, (m_armedAtMs + m_options.seconds * 1000LL - QDateTime::currentMSecsSinceEpoch()) / 1000);
            done(fail(r.error().code,
                      u"A new SSH login to %1 failed after %2 (%3). With these rules ufw would "
                      "have locked you out. The server puts the previous firewall back by itself within "
                      "%4 s; Capataz reverts it now."_s.arg(where, changeName(), r.error().toString())
                          .arg(left)));
        });
}

void DeadManSwitchStep::rollback(const plan::StepContext& ctx, Done done)
{
    setPhase(Phase::Reverting);
    ctx.run(exec::Request(forceRevertCommand()), [this, ctx, done](Result<exec::Output> res) {
        appendOutput(ufwOutputLog(u"rollback"_s, res));
        if (!res) {
            // The plan's own connection does not answer (locked out after all?): the server
            // reverts by itself; wait for it and look over a new login.
            revertByWaiting(ctx, done);
            return;
        }
        const exec::Output& o = *res;
        if (o.exitCode != 0) {
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"step %1: putting the previous firewall back failed (exit %2): %3"_s.arg(id())
                          .arg(o.exitCode)
                          .arg(QString::fromUtf8(o.out).trimmed())));
            return;
        }
        setPhase(Phase::Reverted);
        done({});
    });
}

void DeadManSwitchStep::revertByWaiting(const plan::StepContext& ctx, Done done)
{
    const qint64 due = m_armedAtMs + m_options.seconds * 1000LL + 5000;
    const int waitMs =
        static_cast<int>(std::clamp<qint64>(due - QDateTime::currentMSecsSinceEpoch(), 0, 3'700'000));
    appendNote(
        Text(QT_TRANSLATE_NOOP("capataz::plan",
                               "the connection does not answer: waiting %1 s for the server's own revert"),
             {QString::number(waitMs / 1000)}));
    QTimer::singleShot(waitMs, ctx.owner, [this, ctx, done] {
        overFreshLogin(ctx, forceRevertCommand(), 15000, [this, done](Result<exec::Output> r) {
            if (!r) {
                done(fail(r.error().code, u"step %1: could not log in again to check the revert: %2"_s.arg(
                                              id(), r.error().toString())));
                return;
            }
            if (r->exitCode != 0) {
                done(fail(ErrorCode::RemoteCommandFailed,
                          u"step %1: the firewall is not back as it was (exit %2): %3"_s.arg(id())
                              .arg(r->exitCode)
                              .arg(QString::fromUtf8(r->out).trimmed())));
                return;
            }
            setPhase(Phase::Reverted);
            done({});
        });
    });
}

plan::Preview DeadManSwitchStep::buildPreview(remote::SudoMode sudo) const
{
    plan::Preview p;
    auto add = [&](plan::Preview::Phase phase, const remote::Command& c, const QString& prefix = {}) {
        auto shell = c.toShell(sudo);
        p.commands.append(
            {phase, prefix + (shell ? *shell : u"(cannot run: %1)"_s.arg(shell.error().toString()))});
    };
    add(plan::Preview::Phase::Check, checkCommand());
    add(plan::Preview::Phase::Apply, armAndEnableCommand());
    add(plan::Preview::Phase::Verify, confirmCommand(), u"(over a new SSH login) "_s);
    add(plan::Preview::Phase::Rollback, forceRevertCommand());
    return p;
}

} // namespace capataz::setup
