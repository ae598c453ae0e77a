#pragma once

#include "common/Error.h"
#include "plan/Plan.h"
#include "setup/Answers.h"
#include "setup/NginxPlan.h"
#include "setup/SetupTarget.h"

#include <QString>
#include <QStringList>

namespace capataz::setup {

// What the TLS half of wizard page 3 asks: the Let's Encrypt certificate for the nginx site.
// Keys of the `tls:` section of an answers file: email, domains, redirect, min_days_left,
// renewal_cron (see /work/helpers/answers-tls.md, merged into README.md).
struct TlsAnswers {
    QString email;           // required: Let's Encrypt's expiry notices (certbot -m)
    QStringList domains;     // default: the nginx site's domain and extra domains; the nginx
                             // domain always comes first (it names the certificate)
    bool redirect = true;    // certbot --redirect (HTTP to HTTPS); false: --no-redirect
    int minDaysLeft = 30;    // a certificate with this many days left or fewer is renewed
    bool renewalCron = true; // when nothing schedules `certbot renew`, add /etc/cron.d/certbot-capataz

    // Reads the `tls:` section; problems are recorded in `section`. `nginx` gives the defaults
    // and the names the site serves.
    static TlsAnswers fromAnswers(const AnswerMap& section, const SetupTarget& target,
                                  const NginxAnswers& nginx);
    // The defaults for an nginx site (email empty).
    static TlsAnswers defaults(const NginxAnswers& nginx);
};

// English problems of the answers (empty: fine), each prefixed by its key ("email: ...").
[[nodiscard]] QStringList validateTlsAnswers(const TlsAnswers& answers, const NginxAnswers& nginx);
[[nodiscard]] bool isValidEmail(const QString& email);

// The cron file added when nothing schedules renewal, and its content.
[[nodiscard]] QString tlsRenewalCronPath(); // /etc/cron.d/certbot-capataz
[[nodiscard]] QByteArray tlsRenewalCronContent();
// The script that writes it (sh -c SCRIPT sh PATH CONTENT): atomic, no temporary file left on a
// cancel.
[[nodiscard]] QString tlsRenewalCronWriteScript();

// The plan: tls.certificate (certbot --nginx), tls.site (the nginx site in its TLS form, the
// nginx plan's own step), tls.renewal (renewal scheduled and `certbot renew --dry-run` passes).
// InvalidArgument with every problem of the answers.
[[nodiscard]] Result<plan::Plan> buildTlsPlan(const TlsAnswers& answers, const NginxAnswers& nginx,
                                              const SetupTarget& target);

} // namespace capataz::setup
