#pragma once

#include "metrics/Exposition.h"
#include "metrics/ExpositionProblem.h"

#include <optional>
#include <string>
#include <string_view>

// One line of an exposition taken apart, without allocating once its buffers have grown: the
// sample's name is a view into the line (or into `nameBuffer` when quoted), the labels are
// unescaped into one encoded buffer (Exposition.h). Used by ExpositionParser only.
namespace capataz::metrics::detail {

using Code = ExpositionProblem::Code;

// A timestamp as milliseconds plus the nanoseconds below them (OpenMetrics has nanosecond
// resolution: two samples 1 ns apart are not duplicates).
struct Timestamp {
    qint64 ms = 0;
    qint32 subMsNs = 0;
    bool operator==(const Timestamp&) const = default;
    auto operator<=>(const Timestamp&) const = default;
};

struct SampleLine {
    std::string_view name;
    std::string nameBuffer;
    std::string labels; // encoded
    quint32 labelCount = 0;
    double value = 0;
    std::optional<Timestamp> timestamp;
    bool hasExemplar = false;
    std::string exemplarLabels; // encoded
    double exemplarValue = 0;
    std::optional<Timestamp> exemplarTimestamp;
};

struct MetadataLine {
    enum class Kind : quint8 { Comment, Help, Type, Unit, Eof } kind = Kind::Comment;
    std::string_view name;
    std::string nameBuffer;
    std::string text; // HELP unescaped; TYPE and UNIT as written
};

// Lines starting with '#' (after blanks, in the Prometheus format).
[[nodiscard]] std::optional<Code> lexMetadata(std::string_view line, ExpositionFormat format,
                                              MetadataLine& out);
[[nodiscard]] std::optional<Code> lexSample(std::string_view line, ExpositionFormat format, SampleLine& out);

// OpenMetrics' float: decimal with optional exponent, Inf/Infinity/NaN in any case, a sign;
// no hex, no '_'.
[[nodiscard]] bool parseFloat(std::string_view text, double& out);
// A timestamp token: integer milliseconds (Prometheus) or decimal seconds (OpenMetrics).
[[nodiscard]] std::optional<Code> lexTimestamp(std::string_view token, ExpositionFormat format,
                                               Timestamp& out);
[[nodiscard]] bool isValidUtf8(std::string_view bytes);
[[nodiscard]] std::optional<std::string_view> findLabel(std::string_view encoded, std::string_view name);

} // namespace capataz::metrics::detail
