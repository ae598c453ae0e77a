// libFuzzer target for the HTTP/1.x response parser used for /metrics and /health.
// Properties: never crashes; a parsed body is never longer than the input; a response we
// build from the parsed parts (Content-Length framing) parses to the same status and body.
#include "net/HttpResponse.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView raw(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto r = capataz::net::parseHttpResponse(raw);
    if (!r)
        return 0;
    if (r->body.size() > raw.size() || r->status < 100 || r->status > 999)
        std::abort();
    const QByteArray rebuilt = "HTTP/1.1 " + QByteArray::number(r->status) +
                               " X\r\nContent-Length: " + QByteArray::number(r->body.size()) + "\r\n\r\n" +
                               r->body;
    const auto again = capataz::net::parseHttpResponse(rebuilt);
    if (!again || again->status != r->status || again->body != r->body)
        std::abort();
    return 0;
}
