#pragma once

#include "metrics/PrometheusApi.h"
#include "ssh/ConnectionSettings.h"

#include <QString>

#include <optional>

namespace capataz::cli {

// metrics SERVER --query EXPR [--range 1h] [--step 15s] for a profile with a Prometheus URL:
// the expression goes to that Prometheus server (its /api/v1/query, or query_range over the
// last --range), through the SSH connection (no port opened), and its answer is printed as
// `metrics query` prints one. The expression is PromQL as that Prometheus reads it.
struct PrometheusAsk {
    QString server;
    metrics::PrometheusEndpoint endpoint;
    QString query;
    std::optional<qint64> rangeMs; // none: an instant query at now
    qint64 stepMs = 15'000;
    bool json = false;
};

int askPrometheus(const ssh::ConnectionSettings& settings, const PrometheusAsk& ask);

} // namespace capataz::cli
