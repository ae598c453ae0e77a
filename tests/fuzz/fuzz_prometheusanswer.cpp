// libFuzzer target for parsePrometheusAnswer (what a Prometheus server, or whatever answers at
// its URL, sends back). The first byte chooses the call, the second the HTTP status; the rest is
// the body. Properties: never crashes; an answer is accepted only with a 2xx status; a vector has
// one point per series, a scalar one series without labels; label sets keep their invariant
// (names sorted and unique, no empty value); a string answer holds no series; an error has its
// status, a message of at most 1,000 characters, a sentence and an Error code other than None.
#include "metrics/PrometheusApi.h"

#include <array>
#include <cstdint>
#include <cstdlib>

using namespace capataz;
using namespace capataz::metrics;

namespace {

void check(bool ok)
{
    if (!ok)
        std::abort();
}

void checkLabels(const LabelSet& labels)
{
    const auto& pairs = labels.pairs();
    for (size_t i = 0; i < pairs.size(); ++i) {
        check(!pairs[i].value.empty());
        check(i == 0 || pairs[i - 1].name < pairs[i].name);
    }
    (void)labels.toString();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size < 2)
        return 0;
    static constexpr std::array<int, 8> kStatus{200, 400, 422, 503, 404, 500, 204, 302};
    const auto call = PrometheusCall(data[0] % 4);
    const int status = kStatus[data[1] % kStatus.size()];
    const QByteArrayView body(data + 2, qsizetype(size - 2));
    const auto answer = parsePrometheusAnswer(call, status, body);
    if (!answer) {
        const PrometheusError& e = answer.error();
        check(e.httpStatus == status);
        check(e.message.size() <= 1000);
        check(!e.sentence().isEmpty() && !e.describe().isEmpty() && !e.codeName().isEmpty());
        check(e.toError().isError());
        return 0;
    }
    check(status >= 200 && status < 300);
    const QueryResult& r = answer->result;
    if (answer->text)
        check(r.series.empty());
    for (const QuerySeries& s : r.series) {
        checkLabels(s.labels);
        if (r.type == ValueType::Scalar)
            check(s.labels.empty() && s.points.size() == 1 && r.series.size() == 1);
        if (r.type == ValueType::InstantVector && call == PrometheusCall::Query)
            check(s.points.size() == 1);
    }
    for (const LabelSet& l : answer->series)
        checkLabels(l);
    for (const QString& w : answer->warnings)
        check(w.size() <= 1000);
    return 0;
}
