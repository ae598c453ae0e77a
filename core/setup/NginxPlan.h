#pragma once

#include "common/Error.h"
#include "plan/Plan.h"
#include "setup/Answers.h"
#include "setup/SetupTarget.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace capataz::setup {

// What the nginx page (wizard page 3, first half) asks: the reverse-proxy site in front of the
// recipe's HTTP port. Defaults come from the recipe's `nginx:` section. Keys of the `nginx:`
// section of an answers file: site_name, domain, extra_domains, upstream_port,
// client_max_body_size, timeouts {connect, send, read}, websocket, health_location,
// health_upstream_path, custom_site_file.
struct NginxAnswers {
    QString siteName;           // file name in sites-available; default: the recipe id
    QString domain;             // required: the certificate's name and the first server_name
    QStringList extraDomains;   // more server_name entries (www.example.com ...)
    int upstreamPort = 0;       // 127.0.0.1:PORT
    QString clientMaxBodySize;  // nginx size syntax: "10M", "1g", "512k", "0" (no limit)
    int connectTimeout = 60;    // seconds, proxy_connect_timeout
    int sendTimeout = 60;       // proxy_send_timeout
    int readTimeout = 60;       // proxy_read_timeout
    bool websocket = false;     // Upgrade/Connection headers for WebSocket
    QString healthLocation;     // e.g. "/health"; empty: none
    QString healthUpstreamPath; // what it proxies to; empty: the same path
    // A site file on this computer used instead of the generated one (read when the plan is
    // built); empty: generate it.
    QString customSiteFile;
    QByteArray customSiteContent; // the custom file's content, read by fromAnswers/buildNginxPlan

    // Reads the `nginx:` section; problems are recorded in `section`.
    static NginxAnswers fromAnswers(const AnswerMap& section, const SetupTarget& target);
    // The recipe's defaults (domain empty).
    static NginxAnswers defaults(const SetupTarget& target);

    // domain first, then extraDomains, without duplicates.
    [[nodiscard]] QStringList allDomains() const;
    [[nodiscard]] QString sitePath() const;        // /etc/nginx/sites-available/<siteName>
    [[nodiscard]] QString enabledPath() const;     // /etc/nginx/sites-enabled/<siteName>
    [[nodiscard]] QString certificatePath() const; // /etc/letsencrypt/live/<domain>/fullchain.pem
    [[nodiscard]] QString keyPath() const;         // /etc/letsencrypt/live/<domain>/privkey.pem
};

// The directory served for /.well-known/acme-challenge/ (certbot --webroot may use it too).
[[nodiscard]] QString nginxAcmeWebroot(); // "/var/www/letsencrypt"

// The plan: the ACME webroot, the shared WebSocket map (conf.d), then the site step (write,
// link, nginx -t, reload; rolled back when nginx -t fails). InvalidArgument with every problem
// of the answers.
[[nodiscard]] Result<plan::Plan> buildNginxPlan(const NginxAnswers& answers, const SetupTarget& target);

// The site step alone (write + link + nginx -t + reload, with rollback), reused by the TLS plan
// after certbot to put the full TLS site in place: it decides at check time whether the
// certificate exists (certificatePath()) and renders accordingly.
[[nodiscard]] std::shared_ptr<plan::Step> makeNginxSiteStep(const NginxAnswers& answers,
                                                            const SetupTarget& target, const QString& stepId);

} // namespace capataz::setup
