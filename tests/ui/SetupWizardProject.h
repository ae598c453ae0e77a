#pragma once

// The project tst_setupwizard deploys on the test host: a small recipe (a busybox web server
// behind nginx, one generated secret, a health check) and its compose file.
#include <QByteArray>
#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace setupwizard {

inline const QString kDir = u"/opt/capataz-gui-test"_s;
inline const QString kDomain = u"app.example.test"_s;

inline QByteArray recipeYaml()
{
    return R"(schema: 1
id: gui-test
name: {en: GUI test app, es: App de prueba GUI}
description: {en: A busybox web server behind nginx, es: Un servidor web busybox tras nginx}
project_dir: /opt/capataz-gui-test
compose:
  files: [docker-compose.yml]
env:
  variables:
    - name: SECRET_KEY
      required: true
      secret: true
      generate: hex32
      description: {en: The secret of the application, es: El secreto de la aplicación}
nginx:
  domain: app.example.test
  upstream_port: 18080
  client_max_body_size: 10M
  health_location: {path: /health}
health:
  - {path: /health, port: 18080}
)";
}

inline QString composeYaml(const QString& image)
{
    return QString::fromUtf8(R"(services:
  web:
    image: IMAGE
    command: ["httpd", "-f", "-p", "8080", "-h", "/www"]
    environment:
      SECRET_KEY: ${SECRET_KEY}
    ports: ["127.0.0.1:18080:8080"]
    volumes: ["./www:/www:ro"]
    stop_grace_period: 1s
    healthcheck:
      test: ["CMD", "wget", "-q", "-O", "/dev/null", "URL"]
      interval: 1s
      timeout: 2s
      retries: 3
)")
        .replace(u"IMAGE"_s, image)
        .replace(u"URL"_s, u"http://127.0.0.1:8080/health"_s); // moc reads "//" in raw strings as a comment
}

} // namespace setupwizard
