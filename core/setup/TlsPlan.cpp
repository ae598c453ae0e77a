#include "setup/TlsPlan.h"

#include "exec/Exec.h"
#include "setup/CertbotErrors.h"
#include "setup/CheckedStep.h"
#include "setup/NginxSite.h"
#include "setup/TlsCertificateStep.h"
#include "ssh/Connection.h"

#include <QRegularExpression>

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;

namespace {

// First line: how renewal is scheduled ("systemd certbot.timer", "cron /etc/cron.d/certbot"),
// or "none". Debian's /etc/cron.d/certbot does nothing where systemd runs (the timer does it
// there), so it counts only without systemd. Second line: "lineage yes" when certbot knows the
// certificate $2 (its renewal file exists). $1: Capataz's own cron file.
const QString kScheduleScript = uR"(how=none
if [ -d /run/systemd/system ]; then
  for t in certbot.timer snap.certbot.renew.timer; do
    if [ "$how" = none ] && systemctl is-enabled --quiet "$t" 2>/dev/null; then how="systemd $t"; fi
  done
elif [ -f /etc/cron.d/certbot ]; then how="cron /etc/cron.d/certbot"
fi
if [ "$how" = none ] && [ -f "$1" ]; then how="cron $1"; fi
echo "$how"
if [ -f "/etc/letsencrypt/renewal/$2.conf" ]; then echo "lineage yes"; else echo "lineage no"; fi)"_s;

remote::Command scheduleCommand(const QString& certName)
{
    return remote::Command::script(kScheduleScript, {tlsRenewalCronPath(), certName}).asRoot();
}

// Writes $2 to $1 atomically (a temporary file with a dot in its name, which cron ignores). A
// cancel (TERM) at any moment leaves no temporary file: it is named first and created by the
// shell once the traps are set (see ssh::AtomicWrite).
const QString kWriteCronScript = uR"(set -e
tmp=
trap 'rm -f -- ${tmp:+"$tmp"}' EXIT
trap 'exit 143' HUP INT TERM PIPE
tmp=$(mktemp -u "$(dirname "$1")/.capataz.XXXXXX")
set -C
true > "$tmp" || { tmp=; exit 1; }
set +C
printf '%s' "$2" > "$tmp"
chmod 644 "$tmp"
mv -f "$tmp" "$1"
tmp=)"_s;

remote::Command dryRunCommand(const QString& certName)
{
    return remote::Command({u"certbot"_s, u"renew"_s, u"--dry-run"_s, u"--no-random-sleep-on-renew"_s,
                            u"--cert-name"_s, certName})
        .asRoot();
}

std::shared_ptr<plan::Step> makeRenewalStep(const TlsAnswers& answers, const QString& certName)
{
    auto checker = [certName](const plan::StepContext& ctx, CheckedStep& self, plan::Step::CheckDone done) {
        ctx.run(scheduleCommand(certName), [ctx, certName, &self, done](Result<exec::Output> res) {
            if (!res) {
                done(std::unexpected(res.error()));
                return;
            }
            const exec::Output& o = *res;
            const QStringList lines = QString::fromUtf8(o.out).trimmed().split(u'\n');
            const QString how = lines.value(0).trimmed();
            if (o.exitCode != 0 || how.isEmpty() || how == u"none"_s) {
                self.noteText(Text(QT_TRANSLATE_NOOP("capataz::plan", "nothing schedules certbot renew")),
                              u"check");
                done(false);
                return;
            }
            self.noteText(Text(QT_TRANSLATE_NOOP("capataz::plan", "the renewal is scheduled by %1"), {how}),
                          u"check");
            if (lines.value(1).trimmed() != u"lineage yes"_s) {
                // Only in a dry run before the certificate exists (tls.certificate runs first).
                self.noteText(
                    Text(QT_TRANSLATE_NOOP("capataz::plan",
                                           "no certificate %1 yet: the renewal dry run waits for it"),
                         {certName}),
                    u"check");
                done(true);
                return;
            }
            const QString server = ctx.connection ? ctx.connection->settings().host : QString();
            ctx.run(dryRunCommand(certName), [&self, server, done](Result<exec::Output> dry) {
                if (!dry) {
                    done(std::unexpected(dry.error()));
                    return;
                }
                const exec::Output& r = *dry;
                const QByteArray all = r.out + '\n' + r.err;
                if (r.exitCode == 0) {
                    self.note(u"[check] certbot renew --dry-run: %1"_s.arg(certbotLastLines(all, 3)));
                    done(true);
                    return;
                }
                done(fail(ErrorCode::RemoteCommandFailed,
                          u"renewal would fail: %1\n\ncertbot renew --dry-run (exit %2):\n%3"_s
                              .arg(certbotAdvice(all, server).untranslated())
                              .arg(r.exitCode)
                              .arg(certbotLastLines(all))));
            });
        });
    };
    auto step = std::make_shared<CheckedStep>(
        u"tls.renewal"_s,
        plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Make sure the certificate renews by itself")),
        answers.renewalCron
            ? plan::Text(
                  QT_TRANSLATE_NOOP("capataz::plan",
                                    "Let's Encrypt certificates last 90 days. This checks that something "
                                    "runs `certbot renew` (systemd's certbot.timer, or cron) and that a "
                                    "renewal would succeed now (`certbot renew --dry-run`). If nothing "
                                    "schedules it, it adds %1, which runs `certbot -q renew` twice a "
                                    "day; undoing the step removes that file."),
                  {tlsRenewalCronPath()})
            : plan::Text(QT_TRANSLATE_NOOP(
                  "capataz::plan", "Let's Encrypt certificates last 90 days. This checks that something "
                                   "runs `certbot renew` (systemd's certbot.timer, or cron) and that a "
                                   "renewal would succeed now (`certbot renew --dry-run`).")),
        checker);
    step->addPreviewCommand(plan::Preview::Phase::Check, scheduleCommand(certName));
    step->addPreviewCommand(plan::Preview::Phase::Check, dryRunCommand(certName));
    if (answers.renewalCron) {
        step->setApply(remote::Command::script(kWriteCronScript, {tlsRenewalCronPath(),
                                                                  QString::fromUtf8(tlsRenewalCronContent())})
                           .asRoot());
        step->setRollback(remote::Command({u"rm"_s, u"-f"_s, tlsRenewalCronPath()}).asRoot());
    } else {
        step->setCannotApply(u"nothing schedules `certbot renew` on the server: enable certbot.timer "
                             "(systemctl enable --now certbot.timer) or a cron job, or set "
                             "tls.renewal_cron: true"_s);
    }
    return step;
}

} // namespace

bool isValidEmail(const QString& email)
{
    // \z, not $: $ would accept a final newline.
    static const QRegularExpression re(
        uR"(^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\z)"_s);
    return re.match(email).hasMatch();
}

TlsAnswers TlsAnswers::defaults(const NginxAnswers& nginx)
{
    TlsAnswers a;
    a.domains = nginx.allDomains();
    return a;
}

TlsAnswers TlsAnswers::fromAnswers(const AnswerMap& section, const SetupTarget& target,
                                   const NginxAnswers& nginx)
{
    Q_UNUSED(target)
    section.allowOnly({u"email"_s, u"domains"_s, u"redirect"_s, u"min_days_left"_s, u"renewal_cron"_s});
    TlsAnswers a = defaults(nginx);
    a.email = section.string(u"email"_s).trimmed();
    if (section.has(u"domains"_s)) {
        a.domains.clear();
        // The nginx domain names the certificate: it goes first, listed or not.
        for (const QString& d : section.stringList(u"domains"_s)) {
            const QString name = d.trimmed().toLower();
            if (!a.domains.contains(name))
                a.domains << name;
        }
        if (!nginx.domain.isEmpty()) {
            a.domains.removeAll(nginx.domain);
            a.domains.prepend(nginx.domain);
        }
    }
    a.redirect = section.flag(u"redirect"_s, a.redirect);
    a.minDaysLeft = section.integer(u"min_days_left"_s, a.minDaysLeft, 1, 89);
    a.renewalCron = section.flag(u"renewal_cron"_s, a.renewalCron);
    for (const QString& p : validateTlsAnswers(a, nginx)) {
        const qsizetype colon = p.indexOf(u": "_s);
        section.problem(p.left(colon), p.mid(colon + 2));
    }
    return a;
}

QStringList validateTlsAnswers(const TlsAnswers& a, const NginxAnswers& nginx)
{
    QStringList problems;
    if (a.email.isEmpty())
        problems << u"email: required (Let's Encrypt sends expiry notices there)"_s;
    else if (!isValidEmail(a.email))
        problems << u"email: \"%1\" is not an e-mail address"_s.arg(a.email);
    if (nginx.domain.isEmpty())
        problems << u"domains: the nginx section has no domain (nginx.domain names the certificate)"_s;
    const QStringList served = nginx.allDomains();
    for (const QString& d : a.domains) {
        if (!isValidDomainName(d))
            problems << u"domains: \"%1\" is not a domain name"_s.arg(d);
        else if (!served.contains(d))
            problems << u"domains: %1 is not served by the nginx site (add it to nginx.extra_domains)"_s.arg(
                d);
    }
    if (a.minDaysLeft < 1 || a.minDaysLeft > 89)
        problems << u"min_days_left: must be between 1 and 89"_s;
    return problems;
}

QString tlsRenewalCronWriteScript()
{
    return kWriteCronScript;
}

QString tlsRenewalCronPath()
{
    return u"/etc/cron.d/certbot-capataz"_s;
}

QByteArray tlsRenewalCronContent()
{
    return "# Written by Capataz: renews the Let's Encrypt certificates twice a day. certbot renews only\n"
           "# those expiring within 30 days and reloads nginx itself (nginx installer).\n"
           "SHELL=/bin/sh\n"
           "PATH=/usr/local/sbin:/usr/local/bin:/sbin:/bin:/usr/sbin:/usr/bin\n"
           "\n"
           "17 3,15 * * * root certbot -q renew --no-random-sleep-on-renew\n";
}

Result<plan::Plan> buildTlsPlan(const TlsAnswers& answers, const NginxAnswers& nginx,
                                const SetupTarget& target)
{
    QStringList problems;
    for (const QString& p : validateTlsAnswers(answers, nginx))
        problems << u"tls."_s + p;
    // tls.site writes the nginx site again, as root: the nginx answers must hold too.
    for (const QString& p : validateNginxAnswers(nginx))
        problems << u"nginx."_s + p;
    if (!problems.isEmpty())
        return fail(ErrorCode::InvalidArgument, problems.join(u'\n'));
    plan::Plan p(plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "HTTPS certificate for %1"), {nginx.domain}));
    TlsCertificateStep::Settings s;
    s.certName = nginx.domain;
    s.domains = answers.domains;
    s.email = answers.email;
    s.redirect = answers.redirect;
    s.minDaysLeft = answers.minDaysLeft;
    p.add(std::make_shared<TlsCertificateStep>(u"tls.certificate"_s, s));
    p.add(makeNginxSiteStep(nginx, target, u"tls.site"_s));
    p.add(makeRenewalStep(answers, nginx.domain));
    return p;
}

} // namespace capataz::setup
