#pragma once

#include "metrics/ExpositionProblem.h"
#include "metrics/StringInterner.h"

#include <QString>

#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace capataz::metrics {

enum class ExpositionFormat : quint8 {
    Prometheus,  // text format 0.0.4 (text/plain; version=0.0.4), with Prometheus 3's quoted names
    OpenMetrics, // OpenMetrics 1.0 text (application/openmetrics-text)
};

// Untyped (Prometheus) and unknown (OpenMetrics) are the same thing: Unknown.
enum class MetricType : quint8 {
    Unknown,
    Counter,
    Gauge,
    Histogram,
    GaugeHistogram,
    Summary,
    StateSet,
    Info
};

// "counter", "gauge", "histogram", "gaugehistogram", "summary", "stateset", "info", "unknown".
[[nodiscard]] QString metricTypeName(MetricType type);

inline constexpr qint64 kNoTimestamp = std::numeric_limits<qint64>::min();

struct Label {
    std::string_view name;  // UTF-8, unescaped
    std::string_view value; // UTF-8, unescaped (may hold '\n', '"', even NUL)
};

struct Exemplar {
    quint32 labels = 0; // label set id
    double value = 0;
    qint64 timestampMs = kNoTimestamp;
};

struct Sample {
    quint32 name = 0;   // name id (names are interned: the same id for every sample of a series)
    quint32 labels = 0; // label set id (interned too)
    double value = 0;
    qint64 timestampMs = kNoTimestamp;
    qint64 startTimestampMs = kNoTimestamp; // OpenMetrics: the series' _created, in ms
    qint32 exemplar = -1;                   // index in exemplars(), -1: none
    qint32 line = 0;
};

struct MetricFamily {
    quint32 name = 0; // name id
    MetricType type = MetricType::Unknown;
    std::string help; // unescaped
    std::string unit;
    quint32 firstSample = 0; // samples [firstSample, firstSample + sampleCount)
    quint32 sampleCount = 0;
    qint32 line = 0; // where the family starts
};

// One parsed scrape: families, their samples in text order, the interned names and label sets,
// and (lenient parsing) the problems found. Views returned by name()/labels() point into the
// Exposition and live as long as it does.
class Exposition {
public:
    ExpositionFormat format = ExpositionFormat::Prometheus;
    std::vector<MetricFamily> families;
    std::vector<Sample> samples;
    std::vector<Exemplar> exemplars;
    std::vector<ExpositionProblem> problems; // lenient parsing only; empty when strict succeeded

    // Empties the lists (keeping their capacity) and keeps the interned names and label sets.
    void clear()
    {
        families.clear();
        samples.clear();
        exemplars.clear();
        problems.clear();
    }

    [[nodiscard]] std::string_view name(quint32 id) const { return m_names.at(id); }
    [[nodiscard]] std::vector<Label> labels(quint32 labelSetId) const;
    [[nodiscard]] quint32 nameCount() const { return m_names.size(); }
    [[nodiscard]] quint32 labelSetCount() const { return m_labelSets.size(); }

    // For the parser: the encoded form is a sequence of (u32 length, bytes) pairs, name then value.
    quint32 internName(std::string_view name) { return m_names.intern(name); }
    quint32 internLabelSet(std::string_view encoded) { return m_labelSets.intern(encoded); }
    [[nodiscard]] std::string_view encodedLabelSet(quint32 id) const { return m_labelSets.at(id); }

private:
    StringInterner m_names;
    StringInterner m_labelSets;
};

// Appends one label to an encoded label set.
void appendEncodedLabel(std::string& encoded, std::string_view name, std::string_view value);
// Walks an encoded label set.
template <typename F> void forEachEncodedLabel(std::string_view encoded, F&& f)
{
    size_t i = 0;
    auto take = [&]() {
        quint32 n = 0;
        for (int b = 0; b < 4; ++b)
            n |= quint32(quint8(encoded[i + b])) << (8 * b);
        i += 4;
        std::string_view s = encoded.substr(i, n);
        i += n;
        return s;
    };
    while (i < encoded.size()) {
        const std::string_view name = take();
        const std::string_view value = take();
        f(name, value);
    }
}

} // namespace capataz::metrics
