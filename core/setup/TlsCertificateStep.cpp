#include "setup/TlsCertificateStep.h"

#include "exec/Exec.h"
#include "setup/CertbotErrors.h"
#include "ssh/Connection.h"

namespace capataz::setup {

using namespace Qt::Literals::StringLiterals;
using plan::Preview;

TlsCertificateStep::TlsCertificateStep(QString id, Settings settings)
    : Step(std::move(id),
           plan::Text(QT_TRANSLATE_NOOP("capataz::plan", "Get the Let's Encrypt certificate for %1"),
                      {settings.domains.join(u", "_s)}),
           plan::Text(QT_TRANSLATE_NOOP("capataz::plan",
                                        "Certbot asks Let's Encrypt for a certificate covering %1 and proves "
                                        "the domains point here through nginx on port 80; it then enables "
                                        "HTTPS in the site. Skipped while a certificate for these names has "
                                        "more than %2 days left. Undoing this step keeps the certificate."),
                      {settings.domains.join(u", "_s), QString::number(settings.minDaysLeft)}))
    , m_settings(std::move(settings))
{}

remote::Command TlsCertificateStep::certbotCommand(bool forceRenewal) const
{
    QStringList argv{u"certbot"_s, u"--nginx"_s, u"--cert-name"_s, m_settings.certName};
    for (const QString& d : m_settings.domains)
        argv << u"-d"_s << d;
    argv << u"--non-interactive"_s << u"--agree-tos"_s << u"-m"_s << m_settings.email
         << (m_settings.redirect ? u"--redirect"_s : u"--no-redirect"_s);
    if (forceRenewal)
        argv << u"--force-renewal"_s;
    return remote::Command(argv).asRoot();
}

void TlsCertificateStep::readFacts(const plan::StepContext& ctx,
                                   std::function<void(Result<CertificateFacts>)> done)
{
    ctx.run(certificateFactsCommand(m_settings.certName), [this,
                                                           done = std::move(done)](Result<exec::Output> res) {
        if (!res) {
            done(std::unexpected(res.error()));
            return;
        }
        const exec::Output& o = *res;
        if (o.exitCode != 0) {
            done(fail(ErrorCode::RemoteCommandFailed,
                      u"step %1: reading %2 failed: %3"_s.arg(id(), letsEncryptCertPath(m_settings.certName),
                                                              QString::fromUtf8(o.err).trimmed())));
            return;
        }
        done(parseCertificateFacts(o.out));
    });
}

void TlsCertificateStep::check(const plan::StepContext& ctx, CheckDone done)
{
    readFacts(ctx, [this, done = std::move(done)](Result<CertificateFacts> r) {
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        m_facts = *r;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!m_facts.exists) {
            appendNote(Text(QT_TRANSLATE_NOOP("capataz::plan", "no certificate at %1"),
                            {letsEncryptCertPath(m_settings.certName)}),
                       u"check");
        } else {
            appendNote(Text(QT_TRANSLATE_NOOP("capataz::plan",
                                              "a certificate for %1, valid until %2 (%3 days left)"),
                            {m_facts.names.join(u", "_s), m_facts.notAfter.toString(Qt::ISODate),
                             QString::number(m_facts.daysLeft(now))}),
                       u"check");
            if (const QStringList missing = m_facts.missingNames(m_settings.domains); !missing.isEmpty())
                appendNote(
                    Text(QT_TRANSLATE_NOOP("capataz::plan", "it does not cover %1"), {missing.join(u", "_s)}),
                    u"check");
        }
        done(m_facts.good(m_settings.domains, m_settings.minDaysLeft, now));
    });
}

void TlsCertificateStep::apply(const plan::StepContext& ctx, Done done)
{
    m_advice = {};
    // Same names but too few days left: certbot would keep it ("not yet due"), so force it.
    const bool force = m_facts.exists && m_facts.missingNames(m_settings.domains).isEmpty();
    const remote::Command command = certbotCommand(force);
    if (ctx.connection) {
        if (auto shell = command.toShell(ctx.connection->settings().sudo); !shell) {
            done(std::unexpected(shell.error()));
            return;
        }
    }
    const QString server = ctx.connection ? ctx.connection->settings().host : QString();
    ctx.run(command, [this, server, done = std::move(done)](Result<exec::Output> res) {
        if (!res) {
            done(std::unexpected(res.error()));
            return;
        }
        const exec::Output& o = *res;
        appendOutput(exec::transcript(u"apply"_s, o));
        if (o.exitCode == 0) {
            done({});
            return;
        }
        const QByteArray all = o.out + '\n' + o.err;
        m_advice = certbotAdvice(all, server);
        done(fail(ErrorCode::RemoteCommandFailed,
                  u"%1\n\ncertbot (exit %2):\n%3"_s.arg(m_advice.untranslated())
                      .arg(o.exitCode)
                      .arg(certbotLastLines(all))));
    });
}

void TlsCertificateStep::verify(const plan::StepContext& ctx, Done done)
{
    check(ctx, [this, done = std::move(done)](Result<bool> r) {
        if (!r)
            done(std::unexpected(r.error()));
        else if (!*r)
            done(fail(
                ErrorCode::RemoteCommandFailed,
                u"step %1: certbot succeeded, but the certificate at %2 does not cover %3 with more "
                "than %4 days left"_s
                    .arg(id(), letsEncryptCertPath(m_settings.certName), m_settings.domains.join(u", "_s))
                    .arg(m_settings.minDaysLeft)));
        else
            done({});
    });
}

void TlsCertificateStep::rollback(const plan::StepContext&, Done done)
{
    done({});
}

Preview TlsCertificateStep::buildPreview(remote::SudoMode sudo) const
{
    Preview p;
    auto add = [&](Preview::Phase phase, const remote::Command& c) {
        auto shell = c.toShell(sudo);
        p.commands << Preview::Command{phase,
                                       shell ? *shell : u"(cannot run: %1)"_s.arg(shell.error().detail)};
    };
    add(Preview::Phase::Check, certificateFactsCommand(m_settings.certName));
    add(Preview::Phase::Apply, certbotCommand(false));
    add(Preview::Phase::Verify, certificateFactsCommand(m_settings.certName));
    return p;
}

} // namespace capataz::setup
