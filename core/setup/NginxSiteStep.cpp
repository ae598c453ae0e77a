#include "setup/NginxSiteStep.h"

#include "exec/Exec.h"
#include "plan/PreviewCommand.h"
#include "plan/UnifiedDiff.h"
#include "remote/Receive.h"
#include "setup/NginxSite.h"
#include "ssh/AtomicWrite.h"

namespace capataz::setup {

using namespace Qt::StringLiterals;

namespace {

// Exit codes of the apply script.
constexpr int kWriteFailed = 10;
constexpr int kNoNginx = 11;
constexpr int kLinkConflict = 12;
constexpr int kSiteIsALink =
    13; // the site file is a symbolic link: never written through (stdout: its target)
constexpr int kTestFailed = 20;       // nginx -t failed; previous files back, nginx -t passes
constexpr int kTestFailedBefore = 21; // nginx -t fails even with the previous files back
constexpr int kReloadFailed = 30;     // nginx -t passed but reload/start failed; previous files back

// Shared by the apply and restore scripts: find nginx, tell whether it runs, reload or start it.
// nginx -t leaves an empty /run/nginx.pid behind: test it with -s, never -f.
const QString kPrelude = uR"SH(set -u
PATH=$PATH:/usr/sbin:/sbin
running() { [ -s /run/nginx.pid ] && kill -0 "$(cat /run/nginx.pid)" 2>/dev/null; }
reload_nginx() {
  if [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1; then
    if systemctl is-active --quiet nginx; then systemctl reload nginx; else systemctl start nginx; fi
    return
  fi
  if running; then nginx -s reload; return; fi
  if [ -x /etc/init.d/nginx ] && command -v service >/dev/null 2>&1; then service nginx start || return 1
  else nginx || return 1; fi
  for i in 1 2 3 4 5 6 7 8 9 10; do running && return 0; sleep 0.3; done
  echo "nginx did not start" >&2; return 1
}
)SH"_s;

QString lineValue(const QList<QByteArray>& lines, const QByteArray& key)
{
    for (const QByteArray& l : lines) {
        if (l.startsWith(QByteArray(key + '=')))
            return QString::fromUtf8(l.mid(key.size() + 1));
    }
    return {};
}

} // namespace

NginxSiteStep::NginxSiteStep(QString id, NginxAnswers answers)
    : Step(std::move(id),
           plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Put the nginx site %1 for %2 in place"),
                      {answers.siteName, answers.domain}),
           plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                        "Writes %1 (the previous version is kept next to it as a .bak file), "
                                        "links it into sites-enabled, checks the whole configuration with "
                                        "nginx -t and reloads nginx (or starts it). If nginx -t fails, the "
                                        "previous files are put back and nginx keeps serving the old "
                                        "configuration. With the certificate of %2 present the site serves "
                                        "HTTPS and redirects HTTP to it; without it, HTTP only."),
                      {answers.sitePath(), answers.domain}))
    , m_answers(std::move(answers))
{}

QByteArray NginxSiteStep::content(bool withTls) const
{
    return m_answers.customSiteFile.isEmpty() ? renderNginxSite(m_answers, withTls)
                                              : m_answers.customSiteContent;
}

QString NginxSiteStep::probeScript()
{
    return uR"SH(PATH=$PATH:/usr/sbin:/sbin
if [ -L "$1" ]; then readlink -- "$1"; exit 13; fi
if [ -e "$3" ]; then echo cert=1; else echo cert=0; fi
if [ -L "$2" ]; then
  if [ "$(readlink -f -- "$2")" = "$(readlink -f -- "$1")" ]; then echo link=ok; else echo link=other; fi
elif [ -e "$2" ]; then echo link=file; else echo link=none; fi
if [ -s /run/nginx.pid ] && kill -0 "$(cat /run/nginx.pid)" 2>/dev/null; then echo running=1; else echo running=0; fi
if [ -f "$1" ]; then echo file=1; exec cat -- "$1"; else echo file=0; fi
)SH"_s;
}

QString NginxSiteStep::applyScript()
{
    return kPrelude + remote::receiveFunction() + uR"SH(site=$1 link=$2
command -v nginx >/dev/null 2>&1 || { echo "nginx is not installed" >&2; exit 11; }
if [ -L "$link" ]; then
  [ "$(readlink -f -- "$link")" = "$(readlink -f -- "$site")" ] || { echo "$link points to $(readlink -- "$link"), not to $site: move it away first" >&2; exit 12; }
elif [ -e "$link" ]; then echo "$link is a file, not a link to $site: move it away first" >&2; exit 12; fi
if [ -L "$site" ]; then readlink -- "$site"; exit 13; fi
mkdir -p -- "$(dirname -- "$site")" "$(dirname -- "$link")" || exit 10
backup= unchanged=0 made_link=0 phase= tmp=
restore() {
  if [ "$unchanged" = 1 ]; then :
  elif [ -n "$backup" ]; then mv -f -- "$backup" "$site"; else rm -f -- "$site"; fi
  if [ "$made_link" = 1 ]; then rm -f -- "$link"; fi
}
# A cancel (TERM to the process group) at any moment: the temporary file goes; a site or link
# already put in place but not yet checked and loaded is taken back. The temporary file is
# named first and created by the shell once the traps are set (see ssh::AtomicWrite).
on_signal() {
  if [ "$phase" = installing ] && { [ -z "$tmp" ] || [ ! -e "$tmp" ]; }; then
    phase=; restore
    if running && nginx -t >/dev/null 2>&1; then nginx -s reload; fi # it may have loaded the new one
  fi
  exit 143
}
trap 'rm -f -- ${tmp:+"$tmp"}' EXIT
trap on_signal HUP INT TERM PIPE
tmp=$(mktemp -u -- "$site.capataz-new.XXXXXX") || exit 10
set -C
true > "$tmp" || { tmp=; exit 10; }
set +C
receive "$tmp" "$3" "$4" || exit 10
chmod 0644 -- "$tmp"
if [ -e "$site" ]; then chown --reference="$site" -- "$tmp"; chmod --reference="$site" -- "$tmp"; fi
sync -- "$tmp" 2>/dev/null || sync
phase=installing
if [ -f "$site" ] && cmp -s -- "$tmp" "$site"; then
  unchanged=1; rm -f -- "$tmp"; tmp=
else
  if [ -e "$site" ]; then
    backup="$site.capataz-$(date -u +%Y%m%d-%H%M%S).bak"
    ln -f -- "$site" "$backup" 2>/dev/null || cp -p -- "$site" "$backup" || { phase=; exit 10; }
  fi
  mv -f -- "$tmp" "$site" || { phase=; exit 10; }
  tmp=
fi
if [ ! -L "$link" ]; then made_link=1; ln -s -- "$site" "$link" || { phase=; restore; exit 10; }; fi
if ! out=$(nginx -t 2>&1); then
  phase=; restore
  printf '%s\n' "$out" >&2
  if nginx -t >/dev/null 2>&1; then exit 20; fi
  exit 21
fi
if ! reload_nginx; then
  phase=; restore
  if nginx -t >/dev/null 2>&1 && running; then nginx -s reload; fi
  exit 30
fi
phase=
printf 'backup=%s\nlink_created=%s\nunchanged=%s\n' "$backup" "$made_link" "$unchanged"
)SH"_s;
}

QString NginxSiteStep::restoreScript()
{
    return kPrelude + uR"SH(site=$1 link=$2 backup=$3 made_link=$4 unchanged=$5
if [ "$unchanged" = 1 ]; then :
elif [ -n "$backup" ]; then mv -f -- "$backup" "$site" || exit 10; else rm -f -- "$site"; fi
if [ "$made_link" = 1 ]; then rm -f -- "$link"; fi
nginx -t || exit 20
if running; then nginx -s reload; fi
)SH"_s;
}

Error NginxSiteStep::linkError(const QByteArray& linkTarget) const
{
    return ssh::AtomicWrite::linkRefused(m_answers.sitePath(), QString::fromUtf8(linkTarget).trimmed());
}

remote::Command NginxSiteStep::probeCommand() const
{
    return remote::Command::script(
               probeScript(), {m_answers.sitePath(), m_answers.enabledPath(), m_answers.certificatePath()})
        .asRoot();
}

remote::Command NginxSiteStep::applyCommand() const
{
    return remote::Command::script(applyScript(), QStringList{m_answers.sitePath(), m_answers.enabledPath()} +
                                                      remote::receiveArgs(content(m_withTls)))
        .asRoot();
}

remote::Command NginxSiteStep::restoreCommand() const
{
    return remote::Command::script(restoreScript(),
                                   {m_answers.sitePath(), m_answers.enabledPath(), m_backup,
                                    m_linkCreated ? u"1"_s : u"0"_s, m_unchanged ? u"1"_s : u"0"_s})
        .asRoot();
}

void NginxSiteStep::check(const plan::StepContext& ctx, CheckDone done)
{
    ctx.run(exec::Request(probeCommand()), [this, done = std::move(done)](Result<exec::Output> res) {
        if (!res) {
            done(std::unexpected(res.error()));
            return;
        }
        const exec::Output& o = *res;
        if (o.exitCode == kSiteIsALink) {
            done(std::unexpected(linkError(o.out)));
            return;
        }
        if (!o.succeeded()) {
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"reading the nginx site %1 failed (exit %2): %3"_s.arg(m_answers.sitePath())
                          .arg(o.exitCode)
                          .arg(QString::fromUtf8(o.err).trimmed())));
            return;
        }
        // Four "key=value" lines, then the file's content when it exists.
        QByteArray rest = o.out;
        QList<QByteArray> head;
        for (int i = 0; i < 4; ++i) {
            const qsizetype nl = rest.indexOf('\n');
            if (nl < 0) {
                done(fail(ErrorCode::ProtocolError,
                          u"unexpected answer while reading %1"_s.arg(m_answers.sitePath())));
                return;
            }
            head << rest.left(nl);
            rest = rest.mid(nl + 1);
        }
        m_probed = true;
        m_withTls = lineValue(head, "cert") == u"1"_s;
        m_current = lineValue(head, "file") == u"1"_s ? std::optional<QByteArray>(rest) : std::nullopt;
        m_linkState = lineValue(head, "link");
        const bool running = lineValue(head, "running") == u"1"_s;
        done(m_current && *m_current == content(m_withTls) && m_linkState == u"ok"_s && running);
    });
}

void NginxSiteStep::apply(const plan::StepContext& ctx, Done done)
{
    if (!m_probed) { // decide the form first
        check(ctx, [this, ctx, done = std::move(done)](Result<bool> r) mutable {
            if (!r)
                done(std::unexpected(r.error()));
            else
                apply(ctx, std::move(done));
        });
        return;
    }
    m_applied = false;
    ctx.run(exec::Request(applyCommand(), content(m_withTls)), [this, done = std::move(done)](
                                                                   Result<exec::Output> res) {
        if (!res) {
            done(std::unexpected(res.error()));
            return;
        }
        const exec::Output& o = *res;
        const QString err = QString::fromUtf8(o.err).trimmed();
        appendOutput(
            u"[apply] exit %1\n%2%3"_s.arg(o.exitCode)
                .arg(QString::fromUtf8(o.out), err.isEmpty() ? QString() : u"[stderr] "_s + err + u'\n'));
        const QString site = m_answers.sitePath();
        switch (o.succeeded() ? 0 : o.exitCode) {
        case 0: {
            const QList<QByteArray> lines = o.out.split('\n');
            m_backup = lineValue(lines, "backup");
            m_linkCreated = lineValue(lines, "link_created") == u"1"_s;
            m_unchanged = lineValue(lines, "unchanged") == u"1"_s;
            m_applied = true;
            done({});
            return;
        }
        case kTestFailed:
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"nginx rejected the new site %1; the previous files were put back and nginx keeps "
                      "serving the old configuration. nginx -t said:\n%2"_s.arg(site, err)));
            return;
        case kTestFailedBefore:
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"nginx -t fails, and still fails with the previous version of %1 put back: the "
                      "configuration was already broken elsewhere. nginx -t said:\n%2"_s.arg(site, err)));
            return;
        case kReloadFailed:
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"nginx accepted %1 but could not be reloaded or started; the previous files were put "
                      "back:\n%2"_s.arg(site, err)));
            return;
        case kSiteIsALink:
            done(std::unexpected(linkError(o.out)));
            return;
        case kNoNginx:
        case kLinkConflict:
            done(fail(ErrorCode::RemoteCommandFailed, err));
            return;
        case kWriteFailed:
        default:
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"writing %1 failed (exit %2): %3"_s.arg(site).arg(o.exitCode).arg(err)));
            return;
        }
    });
}

void NginxSiteStep::verify(const plan::StepContext& ctx, Done done)
{
    ctx.run(exec::Request(probeCommand()), [this, done = std::move(done)](Result<exec::Output> res) {
        if (!res) {
            done(std::unexpected(res.error()));
            return;
        }
        const exec::Output& o = *res;
        const QByteArray expected = content(m_withTls);
        const QList<QByteArray> lines = o.out.left(o.out.size() - expected.size()).split('\n');
        const bool sameFile = o.out.endsWith(expected) && lineValue(lines, "file") == u"1"_s;
        if (!o.succeeded() || !sameFile)
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"%1 does not hold the site just written"_s.arg(m_answers.sitePath())));
        else if (lineValue(lines, "link") != u"ok"_s)
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"%1 does not link to %2"_s.arg(m_answers.enabledPath(), m_answers.sitePath())));
        else if (lineValue(lines, "running") != u"1"_s)
            done(fail(ErrorCode::RemoteCommandFailed, u"nginx is not running after the reload"_s));
        else
            done({});
    });
}

void NginxSiteStep::rollback(const plan::StepContext& ctx, Done done)
{
    if (!m_applied) {
        done({});
        return;
    }
    ctx.run(exec::Request(restoreCommand()), [this, done = std::move(done)](Result<exec::Output> res) {
        if (!res) {
            done(std::unexpected(res.error()));
            return;
        }
        const exec::Output& o = *res;
        const QString err = QString::fromUtf8(o.err).trimmed();
        appendOutput(
            u"[rollback] exit %1\n%2"_s.arg(o.exitCode).arg(err.isEmpty() ? QString() : err + u'\n'));
        if (!o.succeeded()) {
            done(fail(
                ErrorCode::RemoteCommandFailed,
                u"restoring %1 failed (exit %2): %3"_s.arg(m_answers.sitePath()).arg(o.exitCode).arg(err)));
            return;
        }
        m_applied = false;
        m_backup.clear();
        m_linkCreated = false;
        m_unchanged = false;
        done({});
    });
}

plan::Preview NginxSiteStep::buildPreview(remote::SudoMode sudo) const
{
    plan::Preview p;
    const auto add = [&](plan::Preview::Phase phase, const remote::Command& c) {
        p.commands.append(plan::previewCommand(phase, c, sudo));
    };
    add(plan::Preview::Phase::Check, probeCommand());
    add(plan::Preview::Phase::Apply, applyCommand());
    add(plan::Preview::Phase::Verify, probeCommand());
    add(plan::Preview::Phase::Rollback, restoreCommand());

    plan::Preview::FileChange change;
    const QString path = m_answers.sitePath();
    change.path = path;
    change.created = m_probed && !m_current;
    const QString oldLabel = !m_probed   ? path + u" (current content not read)"_s
                             : m_current ? path
                                         : u"/dev/null"_s;
    change.diff = plan::unifiedDiff(m_current ? QString::fromUtf8(*m_current) : QString(),
                                    QString::fromUtf8(content(m_withTls)), oldLabel, path);
    p.files.append(change);
    return p;
}

} // namespace capataz::setup
