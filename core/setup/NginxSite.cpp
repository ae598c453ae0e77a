#include "setup/NginxSite.h"

#include "setup/NginxPlan.h"

#include <QRegularExpression>

namespace capataz::setup {

namespace {

using namespace Qt::StringLiterals;

// The Mozilla "intermediate" TLS 1.2 suites (TLS 1.3 suites are not configurable here).
constexpr auto kCiphers = "ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:"
                          "ECDHE-ECDSA-AES256-GCM-SHA384:ECDHE-RSA-AES256-GCM-SHA384:"
                          "ECDHE-ECDSA-CHACHA20-POLY1305:ECDHE-RSA-CHACHA20-POLY1305:"
                          "DHE-RSA-AES128-GCM-SHA256:DHE-RSA-AES256-GCM-SHA384";

class Writer {
public:
    void line(int indent, const QString& text) { m_text += QString(indent * 4, u' ') + text + u'\n'; }
    void blank() { m_text += u'\n'; }
    [[nodiscard]] QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

QString upstream(const NginxAnswers& a, const QString& path = {})
{
    return u"http://127.0.0.1:%1%2"_s.arg(a.upstreamPort).arg(path);
}

void listen(Writer& w, int port, bool tls)
{
    const QString opts = tls ? u" ssl http2"_s : QString();
    w.line(1, u"listen %1%2;"_s.arg(port).arg(opts));
    w.line(1, u"listen [::]:%1%2;"_s.arg(port).arg(opts));
}

void serverName(Writer& w, const NginxAnswers& a)
{
    w.line(1, u"server_name %1;"_s.arg(a.allDomains().join(u' ')));
}

void logs(Writer& w, const NginxAnswers& a)
{
    w.line(1, u"access_log /var/log/nginx/%1-access.log;"_s.arg(a.siteName));
    w.line(1, u"error_log /var/log/nginx/%1-error.log;"_s.arg(a.siteName));
}

void acmeChallenge(Writer& w)
{
    w.line(1, u"# Let's Encrypt HTTP-01 challenges (certbot --webroot; certbot --nginx adds its own)"_s);
    w.line(1, u"location ^~ /.well-known/acme-challenge/ {"_s);
    w.line(2, u"root %1;"_s.arg(nginxAcmeWebroot()));
    w.line(2, u"default_type \"text/plain\";"_s);
    w.line(1, u"}"_s);
}

void securityHeaders(Writer& w, bool tls)
{
    w.line(1, u"# Security headers"_s);
    if (tls)
        w.line(1, u"add_header Strict-Transport-Security \"max-age=31536000; includeSubDomains\" always;"_s);
    w.line(1, u"add_header X-Content-Type-Options \"nosniff\" always;"_s);
    w.line(1, u"add_header X-Frame-Options \"SAMEORIGIN\" always;"_s);
    w.line(1, u"add_header Referrer-Policy \"strict-origin-when-cross-origin\" always;"_s);
}

// Everything a proxied location needs (proxy_set_header in a location replaces the server's,
// so each location carries the full set).
void proxyTo(Writer& w, const NginxAnswers& a, const QString& target, bool websocket)
{
    w.line(2, u"proxy_pass %1;"_s.arg(target));
    w.line(2, u"proxy_http_version 1.1;"_s);
    w.line(2, u"proxy_set_header Host $host;"_s);
    w.line(2, u"proxy_set_header X-Real-IP $remote_addr;"_s);
    w.line(2, u"proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;"_s);
    w.line(2, u"proxy_set_header X-Forwarded-Proto $scheme;"_s);
    if (websocket) {
        w.line(2, u"# WebSocket upgrade ($capataz_connection_upgrade: %1)"_s.arg(nginxUpgradeMapPath()));
        w.line(2, u"proxy_set_header Upgrade $http_upgrade;"_s);
        w.line(2, u"proxy_set_header Connection $capataz_connection_upgrade;"_s);
    }
    w.line(2, u"proxy_connect_timeout %1s;"_s.arg(a.connectTimeout));
    w.line(2, u"proxy_send_timeout %1s;"_s.arg(a.sendTimeout));
    w.line(2, u"proxy_read_timeout %1s;"_s.arg(a.readTimeout));
}

void application(Writer& w, const NginxAnswers& a)
{
    w.line(1, u"client_max_body_size %1;"_s.arg(a.clientMaxBodySize));
    w.blank();
    if (!a.healthLocation.isEmpty()) {
        w.line(1, u"# Health check (not logged)"_s);
        w.line(1, u"location %1 {"_s.arg(a.healthLocation));
        w.line(2, u"access_log off;"_s);
        proxyTo(w, a, upstream(a, a.healthUpstreamPath), false);
        w.line(1, u"}"_s);
        w.blank();
    }
    w.line(1, u"# The application"_s);
    w.line(1, u"location / {"_s);
    proxyTo(w, a, upstream(a), a.websocket);
    w.line(1, u"}"_s);
}

// Every pattern ends in \z, not $: PCRE's $ also matches before a final newline, which would
// let "example.com\n" through into the site file.
const QRegularExpression& labelRe()
{
    static const QRegularExpression re(u"^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\z"_s);
    return re;
}

} // namespace

QByteArray renderNginxSite(const NginxAnswers& a, bool withTls)
{
    Writer w;
    w.line(0,
           u"# Managed by Capataz: reverse proxy for %1 -> 127.0.0.1:%2"_s.arg(a.domain).arg(a.upstreamPort));
    w.line(0, withTls ? u"# Form: HTTPS (Let's Encrypt certificate for %1)"_s.arg(a.domain)
                      : u"# Form: HTTP only, until the certificate for %1 exists"_s.arg(a.domain));
    w.line(0,
           u"# The setup wizard rewrites this file; the previous version is kept as %1.capataz-*.bak"_s.arg(
               a.siteName));
    w.blank();
    w.line(0, u"server {"_s);
    listen(w, 80, false);
    serverName(w, a);
    w.blank();
    logs(w, a);
    w.blank();
    acmeChallenge(w);
    w.blank();
    if (withTls) {
        w.line(1, u"# Everything else goes to HTTPS"_s);
        w.line(1, u"location / {"_s);
        w.line(2, u"return 301 https://$host$request_uri;"_s);
        w.line(1, u"}"_s);
        w.line(0, u"}"_s);
        w.blank();
        w.line(0, u"server {"_s);
        listen(w, 443, true);
        serverName(w, a);
        w.blank();
        w.line(1, u"ssl_certificate %1;"_s.arg(a.certificatePath()));
        w.line(1, u"ssl_certificate_key %1;"_s.arg(a.keyPath()));
        w.line(1, u"ssl_protocols TLSv1.2 TLSv1.3;"_s);
        w.line(1, u"ssl_ciphers %1;"_s.arg(QLatin1StringView(kCiphers)));
        w.line(1, u"ssl_prefer_server_ciphers off;"_s);
        w.line(1, u"ssl_session_timeout 1d;"_s);
        w.line(1, u"ssl_session_cache shared:capataz_ssl:10m;"_s);
        w.line(1, u"ssl_session_tickets off;"_s);
        w.blank();
        logs(w, a);
        w.blank();
    }
    securityHeaders(w, withTls);
    w.blank();
    application(w, a);
    w.line(0, u"}"_s);
    return w.bytes();
}

QString nginxUpgradeMapPath()
{
    return u"/etc/nginx/conf.d/capataz-websocket.conf"_s;
}

QByteArray renderNginxUpgradeMap()
{
    return QByteArrayLiteral("# Managed by Capataz: the Connection header for proxied WebSocket upgrades,\n"
                             "# shared by every site Capataz writes (defined once here).\n"
                             "map $http_upgrade $capataz_connection_upgrade {\n"
                             "    default upgrade;\n"
                             "    ''      close;\n"
                             "}\n");
}

bool isValidDomainName(const QString& domain)
{
    if (domain.isEmpty() || domain.size() > 253 || domain != domain.toLower())
        return false;
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString& l : labels) {
        if (!labelRe().match(l).hasMatch())
            return false;
    }
    // The top-level label has a letter: "10.0.0.1" is an address, not a name.
    return labels.last().contains(QRegularExpression(u"[a-z]"_s));
}

bool isValidNginxSize(const QString& size)
{
    static const QRegularExpression re(u"^[0-9]{1,9}[kKmMgG]?\\z"_s);
    return re.match(size).hasMatch();
}

bool isValidNginxSiteName(const QString& name)
{
    static const QRegularExpression re(u"^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}\\z"_s);
    return re.match(name).hasMatch() && !name.endsWith(u".bak"_s);
}

bool isValidNginxLocation(const QString& path)
{
    static const QRegularExpression re(u"^/[A-Za-z0-9._~/-]*\\z"_s);
    return re.match(path).hasMatch() && !path.contains(u"//"_s);
}

QStringList validateNginxAnswers(const NginxAnswers& a)
{
    QStringList p;
    if (!isValidNginxSiteName(a.siteName))
        p << u"site_name: \"%1\" is not a usable file name (letters, digits, '.', '_' and '-', not ending in .bak)"_s
                 .arg(a.siteName);
    if (a.domain.isEmpty())
        p << u"domain: required: the public name of the server, such as api.example.com"_s;
    else if (!isValidDomainName(a.domain))
        p << u"domain: \"%1\" is not a domain name such as api.example.com (lower case, no wildcard, no address)"_s
                 .arg(a.domain);
    for (int i = 0; i < a.extraDomains.size(); ++i) {
        if (!isValidDomainName(a.extraDomains[i]))
            p << u"extra_domains[%1]: \"%2\" is not a domain name such as www.example.com"_s.arg(i).arg(
                a.extraDomains[i]);
    }
    if (a.upstreamPort < 1 || a.upstreamPort > 65535)
        p << u"upstream_port: required: the port (1 to 65535) the application listens on at 127.0.0.1"_s;
    if (!isValidNginxSize(a.clientMaxBodySize))
        p << u"client_max_body_size: \"%1\" is not an nginx size such as 10M, 1g or 512k"_s.arg(
            a.clientMaxBodySize);
    const auto timeout = [&p](const char* key, int value) {
        if (value < 1 || value > 86400)
            p << u"timeouts.%1: %2 is not a number of seconds from 1 to 86400"_s.arg(QLatin1StringView(key))
                     .arg(value);
    };
    timeout("connect", a.connectTimeout);
    timeout("send", a.sendTimeout);
    timeout("read", a.readTimeout);
    if (!a.healthLocation.isEmpty() && !isValidNginxLocation(a.healthLocation))
        p << u"health_location: \"%1\" is not a path such as /health"_s.arg(a.healthLocation);
    if (!a.healthUpstreamPath.isEmpty() && !isValidNginxLocation(a.healthUpstreamPath))
        p << u"health_location.upstream_path: \"%1\" is not a path such as /api/v1/health"_s.arg(
            a.healthUpstreamPath);
    if (!a.healthUpstreamPath.isEmpty() && a.healthLocation.isEmpty())
        p << u"health_location.upstream_path: given without health_location.path"_s;
    if (!a.customSiteFile.isEmpty() && a.customSiteContent.trimmed().isEmpty())
        p << u"custom_site_file: %1 is empty or could not be read"_s.arg(a.customSiteFile);
    return p;
}

} // namespace capataz::setup
