#pragma once

#include "common/Error.h"

#include <QString>

namespace capataz::metrics {

// What went wrong asking a Prometheus server: its own error answer ({"status":"error",
// "errorType":..., "error":...}) or an answer that is not one. `message` is Prometheus's text
// (English, technical: shown as the detail, never parsed).
struct PrometheusError {
    enum class Code : quint8 {
        BadData,       // bad_data: the query or a parameter is not valid
        Execution,     // execution: the query failed while evaluated (matching, too many samples)
        Timeout,       // timeout: the query took longer than Prometheus allows
        Canceled,      // canceled
        Internal,      // internal
        Unavailable,   // unavailable: Prometheus is starting or stopping
        NotFound,      // not_found, or HTTP 404: no such API at that address or prefix
        OtherError,    // another errorType
        NotPrometheus, // an HTTP status without Prometheus's error JSON: not a Prometheus
        BadAnswer,     // JSON, but not what the API documents
    };
    Code code = Code::BadAnswer;
    int httpStatus = 0;
    QString errorType; // as Prometheus wrote it ("bad_data"), empty when there was none
    QString message;   // at most 1,000 characters of Prometheus's text
    bool operator==(const PrometheusError&) const = default;

    [[nodiscard]] QString codeName() const;
    // The sentence in the installed language (context "capataz::metrics").
    [[nodiscard]] QString sentence() const;
    // The sentence, then Prometheus's own message.
    [[nodiscard]] QString describe() const;
    // InvalidArgument (bad_data), Timeout, Cancelled, NotFound, ParseError (BadAnswer), HttpError
    // otherwise; detail "<English sentence> (HTTP 400, bad_data: <message>)".
    [[nodiscard]] Error toError() const;
};

} // namespace capataz::metrics
