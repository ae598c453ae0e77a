#include "health/OutsideFinding.h"

#include <QCoreApplication>

namespace capataz::health {

using namespace Qt::Literals::StringLiterals;
using Kind = OutsideFinding::Kind;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("capataz::health", text);
}

// Free functions, not members: lupdate files their strings under "capataz::health", the context
// tr() above uses, whether it reads the sources alone (the translations test) or the project file.
QString sentenceText(const OutsideFinding& f)
{
    switch (f.kind) {
    case Kind::PortExposed:
        return f.role == u"published"
                   ? tr("Port %1 answers from the internet: the compose project publishes it on every "
                        "interface.")
                         .arg(f.port)
                   : tr("Port %1 answers from the internet.").arg(f.port);
    case Kind::SshUnreachable:
        return tr("The SSH port %1 does not answer from this computer.").arg(f.port);
    case Kind::WebPortShut:
        return tr("Port %1 does not answer from the internet.").arg(f.port);
    case Kind::AllowedPortShut:
        return tr("Port %1 is allowed to be public but does not answer.").arg(f.port);
    case Kind::TlsFailed:
        return tr("Port 443 does not answer with HTTPS.");
    case Kind::CertificateUntrusted:
        return tr("The certificate on port 443 is not trusted by browsers.");
    case Kind::CertificateWrongName:
        return tr("The certificate on port 443 is not made out to %1.").arg(f.name);
    case Kind::CertificateExpired:
        return QCoreApplication::translate(
            "capataz::health", "The certificate on port 443 expired %n day(s) ago.", nullptr, -f.days);
    case Kind::CertificateExpiresSoon:
        return QCoreApplication::translate(
            "capataz::health", "The certificate on port 443 expires in %n day(s).", nullptr, f.days);
    case Kind::NoHttpsRedirect:
        break;
    }
    return tr("Plain HTTP on port 80 does not send visitors to HTTPS.");
}

QString whyText(const OutsideFinding& f)
{
    switch (f.kind) {
    case Kind::PortExposed:
        return tr("Databases, caches and admin pages often have no password of their own: anyone on the "
                  "internet could read or change the data. Docker opens published ports ahead of the "
                  "firewall, so ufw does not close them; bind them to 127.0.0.1 and let nginx or SSH "
                  "reach them.");
    case Kind::SshUnreachable:
        return tr("Without SSH, Capataz (and you) cannot manage, fix or back up the server.");
    case Kind::WebPortShut:
        return tr("Visitors cannot reach the service, and the certificate cannot be renewed.");
    case Kind::AllowedPortShut:
        return tr("Whatever should answer there is not running, or the firewall blocks it.");
    case Kind::TlsFailed:
        return tr("Browsers cannot open the site securely; visitors see an error page.");
    case Kind::CertificateUntrusted:
        return tr("Browsers show a security warning and most visitors leave; apps refuse to connect.");
    case Kind::CertificateWrongName:
        return tr("Browsers show a security warning because the certificate belongs to another name.");
    case Kind::CertificateExpired:
        return tr("Browsers block the site with a security warning until the certificate is renewed.");
    case Kind::CertificateExpiresSoon:
        return tr("The automatic renewal should have replaced it by now; when it expires, browsers block "
                  "the site.");
    case Kind::NoHttpsRedirect:
        break;
    }
    return tr("Visitors who type the address without https:// use an unencrypted connection, where "
              "passwords and data can be read on the way.");
}

} // namespace

OutsideFinding::Severity OutsideFinding::severity() const
{
    switch (kind) {
    case Kind::AllowedPortShut:
    case Kind::CertificateExpiresSoon:
    case Kind::NoHttpsRedirect:
        return Severity::Warning;
    default:
        break;
    }
    return Severity::Problem;
}

QString OutsideFinding::code() const
{
    switch (kind) {
    case Kind::PortExposed:
        return u"port-exposed"_s;
    case Kind::SshUnreachable:
        return u"ssh-unreachable"_s;
    case Kind::WebPortShut:
        return u"web-port-shut"_s;
    case Kind::AllowedPortShut:
        return u"allowed-port-shut"_s;
    case Kind::TlsFailed:
        return u"tls-failed"_s;
    case Kind::CertificateUntrusted:
        return u"certificate-untrusted"_s;
    case Kind::CertificateWrongName:
        return u"certificate-wrong-name"_s;
    case Kind::CertificateExpired:
        return u"certificate-expired"_s;
    case Kind::CertificateExpiresSoon:
        return u"certificate-expires-soon"_s;
    case Kind::NoHttpsRedirect:
        break;
    }
    return u"no-https-redirect"_s;
}

QString OutsideFinding::sentence() const
{
    return sentenceText(*this);
}

QString OutsideFinding::why() const
{
    return whyText(*this);
}

QString OutsideFinding::wizardStep() const
{
    switch (kind) {
    case Kind::PortExposed:
        return role == u"published" ? u"compose"_s : u"firewall"_s;
    case Kind::SshUnreachable:
    case Kind::AllowedPortShut:
        return u"firewall"_s;
    case Kind::WebPortShut:
        return port == 80 ? u"nginx"_s : u"tls"_s;
    case Kind::TlsFailed:
    case Kind::CertificateUntrusted:
    case Kind::CertificateWrongName:
    case Kind::CertificateExpired:
    case Kind::CertificateExpiresSoon:
    case Kind::NoHttpsRedirect:
        break;
    }
    return u"tls"_s;
}

} // namespace capataz::health
