#include "net/HttpResponse.h"

#include <QUrl>

namespace capataz::net {

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto& [k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

namespace {
Result<QByteArray> dechunk(QByteArrayView data)
{
    QByteArray out;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype eol = data.indexOf(QByteArrayView("\r\n"), pos);
        if (eol < 0)
            return fail(ErrorCode::ParseError, QStringLiteral("chunked body ends inside a chunk size line"));
        QByteArrayView sizeField = data.sliced(pos, eol - pos);
        if (const qsizetype semi = sizeField.indexOf(';'); semi >= 0)
            sizeField = sizeField.first(semi);
        bool ok = false;
        const qlonglong size = sizeField.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0)
            return fail(ErrorCode::ParseError, QStringLiteral("bad chunk size"));
        pos = eol + 2;
        if (size == 0)
            return out;
        if (size > data.size() - pos)
            return fail(ErrorCode::ParseError, QStringLiteral("chunk longer than the data received"));
        out.append(data.sliced(pos, qsizetype(size)));
        pos += qsizetype(size);
        if (data.sliced(pos).startsWith("\r\n"))
            pos += 2;
        else
            return fail(ErrorCode::ParseError, QStringLiteral("chunk not followed by CRLF"));
    }
}
} // namespace

Result<HttpResponse> parseHttpResponse(QByteArrayView raw)
{
    const qsizetype headEnd = raw.indexOf(QByteArrayView("\r\n\r\n"));
    if (headEnd < 0)
        return fail(ErrorCode::ParseError,
                    QStringLiteral("no complete HTTP header (%1 bytes received)").arg(raw.size()));
    const QList<QByteArray> lines = raw.first(headEnd).toByteArray().split('\n');
    HttpResponse r;
    const QByteArray statusLine = lines.front().trimmed();
    if (!statusLine.startsWith("HTTP/1."))
        return fail(ErrorCode::ParseError, QStringLiteral("not an HTTP/1.x response"));
    const QList<QByteArray> parts = statusLine.split(' ');
    bool ok = false;
    r.status = parts.size() >= 2 ? parts.at(1).toInt(&ok) : 0;
    if (!ok || r.status < 100 || r.status > 999)
        return fail(ErrorCode::ParseError, QStringLiteral("bad HTTP status line"));
    const qsizetype reasonAt = statusLine.indexOf(' ', statusLine.indexOf(' ') + 1);
    if (reasonAt > 0)
        r.reason = statusLine.mid(reasonAt + 1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return fail(ErrorCode::ParseError, QStringLiteral("bad HTTP header line"));
        r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    const QByteArrayView body = raw.sliced(headEnd + 4);
    if (r.header("Transfer-Encoding").toLower().contains("chunked")) {
        auto d = dechunk(body);
        if (!d)
            return std::unexpected(d.error());
        r.body = *d;
    } else if (const QByteArray cl = r.header("Content-Length"); !cl.isEmpty()) {
        const qlonglong len = cl.toLongLong(&ok);
        if (!ok || len < 0)
            return fail(ErrorCode::ParseError, QStringLiteral("bad Content-Length"));
        if (len > body.size())
            return fail(ErrorCode::ParseError,
                        QStringLiteral("body shorter than Content-Length (%1 of %2 bytes)")
                            .arg(body.size())
                            .arg(len));
        r.body = body.first(qsizetype(len)).toByteArray();
    } else {
        r.body = body.toByteArray();
    }
    return r;
}

QByteArray buildHttpGet(const QString& host, int port, const QString& path, QByteArrayView accept)
{
    QByteArray target = QUrl(path.startsWith(u'/') ? path : u'/' + path).toEncoded(QUrl::FullyEncoded);
    if (target.isEmpty())
        target = "/";
    QByteArray hostHeader = host.contains(u':') ? '[' + host.toLatin1() + ']' : QUrl::toAce(host);
    if (hostHeader.isEmpty())
        hostHeader = host.toLatin1();
    if (port != 80)
        hostHeader += ':' + QByteArray::number(port);
    return "GET " + target + " HTTP/1.1\r\nHost: " + hostHeader +
           "\r\nUser-Agent: Capataz/" CAPATAZ_VERSION "\r\nAccept: " + accept.toByteArray() +
           "\r\nConnection: close\r\n\r\n";
}

qint64 expectedResponseSize(QByteArrayView raw)
{
    const qsizetype headEnd = raw.indexOf(QByteArrayView("\r\n\r\n"));
    if (headEnd < 0)
        return -1;
    const QByteArrayView head = raw.first(headEnd);
    qsizetype pos = head.indexOf(QByteArrayView("\r\n"));
    while (pos >= 0) {
        const qsizetype next = head.indexOf(QByteArrayView("\r\n"), pos + 2);
        const QByteArrayView line = head.sliced(pos + 2, (next < 0 ? head.size() : next) - pos - 2);
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 length = line.sliced(colon + 1).trimmed().toLongLong(&ok);
            return ok && length >= 0 ? headEnd + 4 + length : -1;
        }
        pos = next;
    }
    return -1;
}

} // namespace capataz::net
