#pragma once

#include "common/Error.h"
#include "metrics/PrometheusError.h"
#include "metrics/QueryEngine.h"

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <expected>
#include <optional>
#include <string>
#include <vector>

// A Prometheus server the user already runs, used as the metrics source: its HTTP API
// (https://prometheus.io/docs/prometheus/latest/querying/api/) asked through the SSH connection
// (ssh::HttpGet, a direct-tcpip channel: no port opened), with PromQL typed by the user and
// evaluated by that Prometheus. This file builds the request paths and reads the JSON answers
// into the query engine's result types; PrometheusRequest runs one request.
namespace capataz::metrics {

// Where the Prometheus server listens, as the server sees it: "http://127.0.0.1:9090", or with
// a path prefix when it runs behind a proxy ("http://127.0.0.1:8080/prometheus").
struct PrometheusEndpoint {
    QString host;
    int port = 80;
    QString prefix; // "" or "/prometheus": no trailing slash
    bool operator==(const PrometheusEndpoint&) const = default;
};

// "http://HOST[:PORT][/PREFIX]" (HOST may be [IPv6]; port 80 when not given). InvalidArgument for
// anything else: another scheme (https cannot go through the tunnel as plain TCP), user
// information (a password would end up in the database), a query or fragment, no host.
[[nodiscard]] Result<PrometheusEndpoint> parsePrometheusUrl(const QString& url);

// The request paths, each parameter percent-encoded (everything but letters, digits and -._~,
// so that a '+' or '&' in a query stays what it is). Times in ms since the epoch are sent as
// seconds with millisecond decimals; a step in ms as seconds.
[[nodiscard]] QString prometheusQueryPath(const PrometheusEndpoint& endpoint, const QString& query,
                                          std::optional<qint64> timeMs = std::nullopt);
[[nodiscard]] QString prometheusQueryRangePath(const PrometheusEndpoint& endpoint, const QString& query,
                                               qint64 startMs, qint64 endMs, qint64 stepMs);
// match[] once per selector; no selector: every series (Prometheus then answers bad_data).
[[nodiscard]] QString prometheusSeriesPath(const PrometheusEndpoint& endpoint, const QStringList& selectors,
                                           std::optional<qint64> startMs = std::nullopt,
                                           std::optional<qint64> endMs = std::nullopt);
[[nodiscard]] QString prometheusLabelsPath(const PrometheusEndpoint& endpoint,
                                           const QStringList& selectors = {});

// What Prometheus answered with status "success".
struct PrometheusAnswer {
    // query / query_range: "vector" is an InstantVector of one point per series, "scalar" a
    // Scalar (one series without labels), "matrix" a RangeVector for query (the samples of a
    // range selector) and an InstantVector for query_range (the points of each step), as
    // evaluateInstant/evaluateRange answer; "string" is in `text`.
    QueryResult result;
    std::optional<std::string> text;
    std::vector<LabelSet> series; // /api/v1/series
    QStringList labels;           // /api/v1/labels
    QStringList warnings;         // "warnings" (and "infos"), as Prometheus wrote them
    bool operator==(const PrometheusAnswer&) const = default; // for Qt's meta-type of the job's signal
};

enum class PrometheusCall : quint8 { Query, QueryRange, Series, Labels };

// Reads the answer to one call: its HTTP status and body. Prometheus answers errors as JSON
// with status "error" (400, 422, 503 ...): that gives a PrometheusError with its errorType and
// message; another status or a body that is not the documented JSON is an error too
// (NotPrometheus, BadAnswer). Values are strings ("1.5", "NaN", "+Inf", "-Inf"), times float
// seconds; label names and values are kept as bytes, whatever they hold.
[[nodiscard]] std::expected<PrometheusAnswer, PrometheusError>
parsePrometheusAnswer(PrometheusCall call, int httpStatus, QByteArrayView body);

} // namespace capataz::metrics
