#pragma once

#include "common/Error.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace capataz::net {

struct HttpResponse {
    int status = 0;
    QByteArray reason;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    [[nodiscard]] QByteArray header(QByteArrayView name) const; // case-insensitive, first match
    bool operator==(const HttpResponse&) const = default;
};

// Parses a complete HTTP/1.x response read until the server closed the connection
// (we always send "Connection: close"). Handles Content-Length, chunked transfer encoding and
// bodies delimited by the close. Errors: ParseError with what was wrong.
[[nodiscard]] Result<HttpResponse> parseHttpResponse(QByteArrayView raw);

// The size of the whole response once its header says so (header + Content-Length), -1 before
// that or without Content-Length (chunked, or delimited by the close): for progress.
[[nodiscard]] qint64 expectedResponseSize(QByteArrayView raw);

// The request we send: GET with Host, Connection: close and Accept.
[[nodiscard]] QByteArray buildHttpGet(const QString& host, int port, const QString& path,
                                      QByteArrayView accept = "*/*");

} // namespace capataz::net
