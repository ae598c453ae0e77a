#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace capataz::setup {

struct NginxAnswers;

// The reverse-proxy site nginx serves for a recipe, as text (pure: no I/O, deterministic).
//  withTls false: HTTP only on port 80 (ACME challenge from the webroot, proxy to the
//                 upstream, health location, headers, logs) so `nginx -t` passes before the
//                 certificate exists.
//  withTls true:  port 80 redirects to https (except the ACME challenge); port 443 with
//                 http2, the Let's Encrypt certificate, TLS 1.2/1.3, HSTS and the rest.
[[nodiscard]] QByteArray renderNginxSite(const NginxAnswers& answers, bool withTls);

// The `map $http_upgrade $capataz_connection_upgrade` file shared by every site Capataz writes
// (conf.d/capataz-websocket.conf): defining it once avoids duplicate map definitions.
[[nodiscard]] QString nginxUpgradeMapPath();
[[nodiscard]] QByteArray renderNginxUpgradeMap();

// English problems of the answers (empty: fine), each prefixed by its answers key
// ("domain: ..."). Checks domains, site name, port, body size, timeouts and locations.
[[nodiscard]] QStringList validateNginxAnswers(const NginxAnswers& answers);

// Syntax checks used by validateNginxAnswers (exposed for the wizard's widgets).
[[nodiscard]] bool isValidDomainName(const QString& domain);  // "api.example.com", no wildcard
[[nodiscard]] bool isValidNginxSize(const QString& size);     // "10M", "1g", "512k", "100"
[[nodiscard]] bool isValidNginxSiteName(const QString& name); // [A-Za-z0-9._-], not "." / ".."
[[nodiscard]] bool isValidNginxLocation(const QString& path); // "/health", no spaces/quotes/;{}

} // namespace capataz::setup
