#pragma once

#include <QStringList>

namespace capataz::cli {

class CliContext;

// capataz-cli metrics SERVER [--target HOST:PORT/PATH]... [--json]
// Connects, scrapes every target once through the SSH connection (no port opened) and prints
// its metric families and samples, or why it failed; exit 1 when a target failed. Without
// --target: the service's /metrics from the recipe of the profile's project, and node-exporter
// (127.0.0.1:9100/metrics, whose absence is no failure). Reading metrics changes nothing: admin
// and support profiles may; owner is refused (exit 77) before any secret is read.
// capataz-cli metrics SERVER --query EXPR [--range 1h] [--step 15s] [--json]: asks the Prometheus
// server of the profile instead (MetricsPrometheusCommand.h); when it names none, EXPR is evaluated
// now over one scrape of the targets (MetricsScrapeQuery.h; no --range: one scrape is one moment).
int runMetricsScrapeCommand(CliContext& ctx, const QStringList& args);

} // namespace capataz::cli
