#include "metrics/PrometheusRequest.h"

#include "ssh/HttpGet.h"

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

PrometheusRequest::PrometheusRequest(ssh::Connection& connection, PrometheusEndpoint endpoint,
                                     PrometheusCall call, QString path, QObject* parent)
    : Job(parent)
    , m_connection(connection)
    , m_endpoint(std::move(endpoint))
    , m_call(call)
    , m_path(std::move(path))
{}

PrometheusRequest::~PrometheusRequest()
{
    if (m_get)
        m_get->cancel();
}

void PrometheusRequest::start()
{
    if (!beginStart())
        return;
    auto* get = new ssh::HttpGet(m_connection, m_endpoint.host, m_endpoint.port, m_path, this);
    m_get = get;
    get->setTimeout(m_timeoutMs);
    connect(get, &ssh::HttpGet::progressChanged, this, &PrometheusRequest::reportProgress);
    connect(get, &ssh::HttpGet::finished, this, [this, get](const Result<net::HttpResponse>& r) {
        get->deleteLater();
        m_get = nullptr;
        if (!r) {
            done(std::unexpected(r.error()));
            return;
        }
        auto answer = parsePrometheusAnswer(m_call, r->status, r->body);
        if (!answer) {
            m_error = answer.error();
            done(std::unexpected(answer.error().toError()));
            return;
        }
        done(std::move(*answer));
    });
    get->start();
}

void PrometheusRequest::onCancel()
{
    if (!claimFinish())
        return;
    if (m_get)
        m_get->cancel(); // its finished() comes later and is ignored
    emitLater([this] {
        emit finished(std::unexpected(cancelledError(u"Prometheus request %1 cancelled"_s.arg(m_path))));
    });
}

void PrometheusRequest::done(const Result<PrometheusAnswer>& result)
{
    if (!claimFinish())
        return;
    emit finished(result);
}

} // namespace capataz::metrics
