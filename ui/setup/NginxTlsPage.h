#pragma once

#include "WizardPage.h"
#include "net/TlsProbe.h"

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace capataz::ui {

// Step 3: nginx in front of the application, then the Let's Encrypt certificate. The site is
// generated from the recipe (HTTP to HTTPS, TLS 1.2/1.3, security and proxy headers, WebSocket,
// body size, timeouts, health location, logs), tested with `nginx -t` and reloaded, or the
// previous files come back. Then certbot, and the certificate the world actually receives
// (a TLS handshake from this computer: issuer, names, expiry, days left) and whether renewal
// is scheduled and works.
class NginxTlsPage final : public WizardPage {
    Q_OBJECT
public:
    explicit NginxTlsPage(SetupContext* context, QWidget* parent = nullptr);
    [[nodiscard]] QString pageTitle() const override;
    void pageShown() override;
    void checkCertificate(); // the handshake from this computer
    [[nodiscard]] QString certificateText() const;
    [[nodiscard]] bool certificateVerified() const { return m_verified; }

protected:
    [[nodiscard]] QString explanation() const override;
    [[nodiscard]] Result<std::vector<plan::Plan>> buildPlans(const setup::SetupTarget& target,
                                                             QStringList* problems) override;
    void retranslatePage() override;
    void runFinished(bool dryRun, bool ok) override;

private:
    void showCertificate(const Result<net::TlsProbeResult>& result);
    void renderCertificate(); // m_lastCert, in the current language
    void fillDefaults();

    QLabel* m_labels[7] = {};
    QLineEdit* m_domain;
    QLineEdit* m_extraDomains;
    QLineEdit* m_email;
    QSpinBox* m_upstreamPort;
    QLineEdit* m_bodySize;
    QCheckBox* m_websocket;
    QCheckBox* m_redirect;
    QLineEdit* m_address;
    QLineEdit* m_caFile;
    QWidget* m_certBox;
    QTreeWidget* m_cert;
    QPushButton* m_checkCert;
    QLabel* m_renewal;
    net::TlsProbe* m_probe;
    QString m_defaultsFor; // recipe id the defaults were taken from
    int m_certTab = -1;
    bool m_verified = false;
    std::optional<Result<net::TlsProbeResult>> m_lastCert;
    QString m_renewalState; // "", "ok", "failed"
};

} // namespace capataz::ui
