#include "metrics/PrometheusApi.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

namespace {

// Everything but the unreserved characters (letters, digits, -._~) percent-encoded: '+', '&',
// '=', '#', '/', ' ' and every non-ASCII byte of the UTF-8 text.
QString encoded(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

// ms since the epoch as Prometheus's float seconds: "1765000000" or "1765000000.123".
QString seconds(qint64 ms)
{
    if (ms % 1000 == 0)
        return QString::number(ms / 1000);
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

QString apiPath(const PrometheusEndpoint& endpoint, const QString& call)
{
    return endpoint.prefix + u"/api/v1/"_s + call;
}

void addSelectors(QString& path, const QStringList& selectors, bool& first)
{
    for (const QString& s : selectors) {
        path += QChar(first ? u'?' : u'&') + u"match%5B%5D="_s + encoded(s);
        first = false;
    }
}

} // namespace

Result<PrometheusEndpoint> parsePrometheusUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    // The URL as written is never repeated: it may hold a password.
    auto invalid = [&](const QString& why) {
        const QString shown = url.isValid() ? url.toString(QUrl::RemoveUserInfo) : u"(not a URL)"_s;
        return fail(ErrorCode::InvalidArgument, u"Prometheus URL %1: %2"_s.arg(shown, why));
    };
    if (!url.isValid() || url.isRelative())
        return invalid(u"not a URL such as http://127.0.0.1:9090"_s);
    if (url.scheme() != u"http"_s)
        return invalid(u"only http:// is supported (it goes through the SSH tunnel as plain TCP)"_s);
    if (!url.userInfo().isEmpty())
        return invalid(u"no user or password in the URL (they would be stored in the database)"_s);
    if (url.hasQuery() || url.hasFragment())
        return invalid(u"no query or fragment"_s);
    if (url.host().isEmpty())
        return invalid(u"no host"_s);
    PrometheusEndpoint e;
    e.host = url.host();
    e.port = url.port(80);
    QString prefix = url.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    e.prefix = prefix;
    return e;
}

QString prometheusQueryPath(const PrometheusEndpoint& endpoint, const QString& query,
                            std::optional<qint64> timeMs)
{
    QString path = apiPath(endpoint, u"query"_s) + u"?query="_s + encoded(query);
    if (timeMs)
        path += u"&time="_s + seconds(*timeMs);
    return path;
}

QString prometheusQueryRangePath(const PrometheusEndpoint& endpoint, const QString& query, qint64 startMs,
                                 qint64 endMs, qint64 stepMs)
{
    return apiPath(endpoint, u"query_range"_s) + u"?query="_s + encoded(query) + u"&start="_s +
           seconds(startMs) + u"&end="_s + seconds(endMs) + u"&step="_s + seconds(stepMs);
}

QString prometheusSeriesPath(const PrometheusEndpoint& endpoint, const QStringList& selectors,
                             std::optional<qint64> startMs, std::optional<qint64> endMs)
{
    QString path = apiPath(endpoint, u"series"_s);
    bool first = true;
    addSelectors(path, selectors, first);
    if (startMs) {
        path += (first ? u"?start="_s : u"&start="_s) + seconds(*startMs);
        first = false;
    }
    if (endMs)
        path += (first ? u"?end="_s : u"&end="_s) + seconds(*endMs);
    return path;
}

QString prometheusLabelsPath(const PrometheusEndpoint& endpoint, const QStringList& selectors)
{
    QString path = apiPath(endpoint, u"labels"_s);
    bool first = true;
    addSelectors(path, selectors, first);
    return path;
}

} // namespace capataz::metrics
