#include "access/AccessSshdStep.h"

#include "access/AccessGrant.h"
#include "plan/PreviewCommand.h"
#include "plan/UnifiedDiff.h"
#include "remote/Receive.h"
#include "setup/FreshLogin.h"

#include <QTimer>

namespace capataz::access {

using namespace Qt::Literals::StringLiterals;

namespace {

// $1 file  $2 state folder  $3 seconds  $4 write|remove  $5 $6 its size and SHA-256; the new
// content on stdin (write).
const QString kApply = remote::receiveFunction() + uR"SH(f=$1 state=$2 secs=$3
umask 022
mkdir -p -- "$state" && chmod 700 -- "$state" || exit 1
if [ "$4" = write ]; then receive "$f.capataz-new" "$5" "$6" && chmod 644 -- "$f.capataz-new" || exit 1; fi
rm -f -- "$state/previous" "$state/token"
if [ -e "$f" ]; then cp -p -- "$f" "$state/previous" || exit 1; fi
cat >"$state/revert" <<'EOF'
state=$1 f=$2
if [ -e "$state/previous" ]; then
  cp -p -- "$state/previous" "$f.capataz-back" && mv -f -- "$f.capataz-back" "$f"
else
  rm -f -- "$f"
fi
rm -f -- "$state/token"
[ "$3" = no-reload ] && exit 0
# Never reload a configuration sshd refuses: a reload would stop the running sshd.
if ! sshd -t >/dev/null 2>&1; then
  echo "sshd -t refuses the configuration even without the account's block: sshd was not reloaded" >&2
  exit 1
fi
if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
  systemctl reload ssh 2>/dev/null || systemctl reload sshd
elif [ -s /run/sshd.pid ]; then
  kill -HUP "$(cat /run/sshd.pid)"
fi
EOF
if [ "$4" = write ]; then mv -f -- "$f.capataz-new" "$f"; else rm -f -- "$f"; fi
if ! out=$(sshd -t 2>&1); then
  sh "$state/revert" "$state" "$f" no-reload
  printf 'sshd -t refused the new configuration, the previous one is back (sshd was not reloaded): %s\n' "$out" >&2
  exit 1
fi
echo armed >"$state/token"
setsid sh -c 'sleep "$1"; [ -e "$2/token" ] && sh "$2/revert" "$2" "$3"' capataz-revert "$secs" "$state" "$f" \
  </dev/null >/dev/null 2>&1 &
if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
  systemctl reload ssh 2>/dev/null || systemctl reload sshd || exit 1
elif [ -s /run/sshd.pid ]; then
  kill -HUP "$(cat /run/sshd.pid)" || exit 1
else
  echo "cannot find how to reload sshd (no systemd, no /run/sshd.pid)" >&2
  rm -f -- "$state/token"
  sh "$state/revert" "$state" "$f" no-reload
  exit 1
fi
echo "sshd reloaded; it goes back in $secs s unless a new login confirms it"
)SH"_s;

// $1 state  $2 account  $3 expected ForceCommand ("none" once removed)
const QString kConfirm = uR"SH([ -e "$1/token" ] || { echo "the revert has run already" >&2; exit 3; }
rm -f -- "$1/token"
# sshd reads its new settings on each connection: wait for the reload to be in effect.
sleep 1
got=$(sshd -T -C "user=$2,host=capataz.invalid,addr=127.0.0.1" 2>&1 | grep -i '^forcecommand ' | cut -d' ' -f2-)
[ "$got" = "$3" ] || { echo "sshd's ForceCommand for $2 is '$got', not '$3'" >&2; exit 1; }
echo "a new login works; sshd applies the block to $2"
)SH"_s;

const QString kRevert = uR"SH([ -e "$1/revert" ] || exit 0
sh "$1/revert" "$1" "$2"
)SH"_s;

// $1 file  $2 sha256 or "absent"
const QString kCheck = uR"SH(if [ "$2" = absent ]; then [ ! -e "$1" ]; exit; fi
[ -f "$1" ] && [ "$(sha256sum <"$1" | cut -d' ' -f1)" = "$2" ]
)SH"_s;

} // namespace

AccessSshdStep::AccessSshdStep(QString id, plan::Text title, plan::Text explanation, QString account,
                               QByteArray content, int seconds)
    : plan::Step(std::move(id), std::move(title), std::move(explanation))
    , m_account(std::move(account))
    , m_content(std::move(content))
    , m_seconds(seconds)
{}

remote::Command AccessSshdStep::checkCommand() const
{
    const QString sum = m_content.isEmpty() ? u"absent"_s : sha256Hex(m_content);
    return std::move(remote::Command::script(kCheck, {sshdDropInPath(m_account), sum}).asRoot());
}

remote::Command AccessSshdStep::applyCommand() const
{
    QStringList args{sshdDropInPath(m_account), stateDirectory(m_account), QString::number(m_seconds),
                     m_content.isEmpty() ? u"remove"_s : u"write"_s};
    args << remote::receiveArgs(m_content);
    return std::move(remote::Command::script(kApply, args).asRoot());
}

remote::Command AccessSshdStep::confirmCommand() const
{
    return std::move(remote::Command::script(kConfirm, {stateDirectory(m_account), m_account,
                                                        m_content.isEmpty() ? u"none"_s : dispatcherPath()})
                         .asRoot());
}

remote::Command AccessSshdStep::revertCommand() const
{
    return std::move(
        remote::Command::script(kRevert, {stateDirectory(m_account), sshdDropInPath(m_account)}).asRoot());
}

void AccessSshdStep::check(const plan::StepContext& ctx, CheckDone done)
{
    ctx.run(exec::Request(checkCommand()), [done = std::move(done)](Result<exec::Output> r) {
        if (!r)
            done(std::unexpected(r.error()));
        else
            done(r->exitCode == 0);
    });
}

void AccessSshdStep::apply(const plan::StepContext& ctx, Done done)
{
    exec::Request request(applyCommand());
    request.input = m_content;
    ctx.runChecked(
        std::move(request),
        [this, done = std::move(done)](Result<exec::Output> r) {
            if (r)
                appendOutput(QString::fromUtf8(r->out));
            done(r ? VoidResult{} : VoidResult(std::unexpected(r.error())));
        },
        u"changing sshd's settings"_s);
}

void AccessSshdStep::verify(const plan::StepContext& ctx, Done done)
{
    appendNote(plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Checking that a new SSH login still works…")),
               u"verify");
    tryFreshLogin(ctx, 0, std::move(done));
}

void AccessSshdStep::tryFreshLogin(const plan::StepContext& ctx, int attempt, Done done)
{
    setup::runOverFreshLogin(
        ctx, confirmCommand(), 15000,
        [this, ctx, attempt, done = std::move(done)](Result<exec::Output> r) mutable {
            if (r && r->exitCode == 0) {
                appendOutput(QString::fromUtf8(r->out));
                done({});
                return;
            }
            // sshd closes its listening socket while it starts again after the reload: a refused
            // connection in the first seconds is that, not a lock-out. Up to 8 tries, a second apart.
            if (!r && r.error().code == ErrorCode::ConnectionRefused && attempt < 7 && !ctx.cancelled()) {
                QTimer::singleShot(1000, ctx.owner, [this, ctx, attempt, done = std::move(done)]() mutable {
                    tryFreshLogin(ctx, attempt + 1, std::move(done));
                });
                return;
            }
            QString why;
            ErrorCode code = ErrorCode::CheckFailed;
            if (r) {
                why = QString::fromUtf8(r->err).trimmed();
            } else {
                why = r.error().toString();
                code = r.error().code;
            }
            appendOutput(u"new login: "_s + why + u'\n');
            done(fail(
                code,
                u"a new SSH login after the change did not confirm it (%1); the server puts the previous "
                u"sshd settings back by itself within %2 s"_s.arg(why)
                    .arg(m_seconds)));
        });
}

void AccessSshdStep::rollback(const plan::StepContext& ctx, Done done)
{
    ctx.runChecked(
        exec::Request(revertCommand()),
        [done = std::move(done)](Result<exec::Output> r) {
            done(r ? VoidResult{} : VoidResult(std::unexpected(r.error())));
        },
        u"putting sshd's settings back"_s);
}

plan::Preview AccessSshdStep::buildPreview(remote::SudoMode sudo) const
{
    plan::Preview p;
    auto add = [&](plan::Preview::Phase phase, const remote::Command& c) {
        p.commands.append(plan::previewCommand(phase, c, sudo));
    };
    add(plan::Preview::Phase::Check, checkCommand());
    add(plan::Preview::Phase::Apply, applyCommand());
    add(plan::Preview::Phase::Verify, confirmCommand());
    add(plan::Preview::Phase::Rollback, revertCommand());
    plan::Preview::FileChange file;
    file.path = sshdDropInPath(m_account);
    file.created = !m_content.isEmpty();
    file.diff = m_content.isEmpty()
                    ? plan::unifiedDiff(u"(the account's block)\n"_s, QString(), file.path, file.path)
                    : plan::unifiedDiff(QString(), QString::fromUtf8(m_content), u"/dev/null"_s, file.path);
    p.files.append(file);
    return p;
}

} // namespace capataz::access
