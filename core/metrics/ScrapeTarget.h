#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

namespace capataz::stack {
struct Recipe;
}

namespace capataz::metrics {

// Where metrics are read: an HTTP endpoint as the server sees it (its own 127.0.0.1 included),
// reached through the SSH connection (a direct-tcpip channel: no port opened).
struct ScrapeTarget {
    QString host = QStringLiteral("127.0.0.1");
    int port = 0;
    QString path = QStringLiteral("/metrics");
    // The `job` label of its series: "service" (the recipe's /metrics), "node" (node-exporter),
    // else the address.
    QString job;
    // Absent is fine (node-exporter where it runs): nothing answering is not a failure.
    bool optional = false;

    // "127.0.0.1:8000/metrics" ("[::1]:9100/metrics" for IPv6).
    [[nodiscard]] QString address() const;
    // "127.0.0.1:8000": the `instance` label.
    [[nodiscard]] QString instance() const;
    bool operator==(const ScrapeTarget&) const = default;
};

// node-exporter's usual place.
inline constexpr int kNodeExporterPort = 9100;
[[nodiscard]] ScrapeTarget nodeExporterTarget();

// "HOST:PORT[/PATH]" (PATH defaults to /metrics; HOST may be [IPv6]). InvalidArgument otherwise.
[[nodiscard]] Result<ScrapeTarget> parseScrapeTarget(QStringView text);

// The service's /metrics of a profile's project: the recipe whose project directory is
// `projectDir` (trailing slashes ignored), when its `metrics` names a path and a port.
[[nodiscard]] std::optional<ScrapeTarget> recipeTarget(const QString& projectDir,
                                                       const QList<stack::Recipe>& recipes);
// What a server is scraped for by default: recipeTarget() when there is one, then node-exporter.
[[nodiscard]] QList<ScrapeTarget> defaultTargets(const QString& projectDir,
                                                 const QList<stack::Recipe>& recipes);

} // namespace capataz::metrics
