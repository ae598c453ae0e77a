#pragma once

#include "plan/Step.h"
#include "setup/CertificateCheck.h"

#include <QString>
#include <QStringList>

namespace capataz::setup {

// Gets (or renews) the Let's Encrypt certificate with certbot's nginx plugin.
//  check:    reads the certificate on the server (certificateFactsCommand): done when it
//            exists, holds every domain and has more than minDaysLeft days left.
//  apply:    `certbot --nginx --cert-name D1 -d D1 -d D2 ... --non-interactive --agree-tos
//            -m EMAIL --redirect` as root (plus --force-renewal when the certificate holds all
//            the names but expires too soon). On failure the error's detail is the advice of
//            certbotAdvice() followed by certbot's last lines; advice() keeps it translatable.
//  verify:   reads the certificate again, it must now be good.
//  rollback: nothing: the certificate is kept (asking again costs Let's Encrypt rate limit).
class TlsCertificateStep final : public plan::Step {
public:
    struct Settings {
        QString certName;    // the first domain: /etc/letsencrypt/live/<certName>/
        QStringList domains; // certName first
        QString email;
        bool redirect = true;
        int minDaysLeft = 30;
    };
    TlsCertificateStep(QString id, Settings settings);

    [[nodiscard]] const CertificateFacts& facts() const { return m_facts; } // as last read
    [[nodiscard]] const plan::Text& advice() const { return m_advice; }     // after a failed apply
    [[nodiscard]] remote::Command certbotCommand(bool forceRenewal) const;

    void check(const plan::StepContext& ctx, CheckDone done) override;
    void apply(const plan::StepContext& ctx, Done done) override;
    void verify(const plan::StepContext& ctx, Done done) override;
    void rollback(const plan::StepContext& ctx, Done done) override;

protected:
    [[nodiscard]] plan::Preview buildPreview(remote::SudoMode sudo) const override;

private:
    void readFacts(const plan::StepContext& ctx, std::function<void(Result<CertificateFacts>)> done);

    Settings m_settings;
    CertificateFacts m_facts;
    plan::Text m_advice;
};

} // namespace capataz::setup
