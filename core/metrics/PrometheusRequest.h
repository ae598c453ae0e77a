#pragma once

#include "common/Job.h"
#include "metrics/PrometheusApi.h"

#include <QPointer>

#include <optional>

namespace capataz::ssh {
class Connection;
class HttpGet;
} // namespace capataz::ssh

namespace capataz::metrics {

// One call to a Prometheus server's HTTP API through the SSH connection: a GET of `path` (made
// with the prometheus*Path functions) at the endpoint as the server sees it, through
// ssh::HttpGet (a direct-tcpip channel, no port opened), then parsePrometheusAnswer. A
// capataz::Job: cancel() stops it, exactly one finished(). Lives in the caller's thread.
class PrometheusRequest final : public Job {
    Q_OBJECT
public:
    PrometheusRequest(ssh::Connection& connection, PrometheusEndpoint endpoint, PrometheusCall call,
                      QString path, QObject* parent = nullptr);
    ~PrometheusRequest() override;

    void setTimeout(int ms) { m_timeoutMs = ms; } // before start(); default 30 s
    void start();

    // When finished() carried Prometheus's own error (or an answer that is not one): the
    // details, for a fuller sentence than the Error's.
    [[nodiscard]] const std::optional<PrometheusError>& prometheusError() const { return m_error; }

signals:
    void finished(const capataz::Result<capataz::metrics::PrometheusAnswer>& result);

protected:
    void onCancel() override;

private:
    void done(const Result<PrometheusAnswer>& result);

    ssh::Connection& m_connection;
    PrometheusEndpoint m_endpoint;
    PrometheusCall m_call;
    QString m_path;
    QPointer<ssh::HttpGet> m_get;
    int m_timeoutMs = 30'000;
    std::optional<PrometheusError> m_error;
};

} // namespace capataz::metrics
