#pragma once

#include "metrics/Exposition.h"

#include <QtGlobal>

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

// The input of a query: series, each a label set (the metric's name is the label __name__) and
// its samples in time order. What a series store or an OpenMetrics history file holds.
namespace capataz::metrics {

// Prometheus's staleness marker: a NaN with this exact bit pattern ends a series (a target gone,
// a series no longer exposed). A selector at or after it sees nothing; a plain NaN is a value.
inline constexpr quint64 kStaleNaNBits = 0x7ff0000000000002ULL;
[[nodiscard]] inline double staleNaN()
{
    return std::bit_cast<double>(kStaleNaNBits);
}
[[nodiscard]] inline bool isStaleNaN(double v)
{
    return std::bit_cast<quint64>(v) == kStaleNaNBits;
}

inline constexpr std::string_view kMetricNameLabel = "__name__";

struct LabelPair {
    std::string name;
    std::string value;
    bool operator==(const LabelPair&) const = default;
};

// Labels sorted by name, names unique, no empty value (an empty value is the label's absence).
class LabelSet {
public:
    LabelSet() = default;
    // Sorts, drops empty values; a repeated name keeps the last value.
    explicit LabelSet(std::vector<LabelPair> labels);

    [[nodiscard]] const std::vector<LabelPair>& pairs() const { return m_labels; }
    [[nodiscard]] bool empty() const { return m_labels.empty(); }
    [[nodiscard]] size_t size() const { return m_labels.size(); }
    // "" when absent.
    [[nodiscard]] std::string_view get(std::string_view name) const;
    [[nodiscard]] bool has(std::string_view name) const { return !get(name).empty(); }
    // An empty value removes the label.
    void set(std::string_view name, std::string_view value);
    void remove(std::string_view name);
    void keepOnly(const std::vector<std::string>& names);
    void removeAll(const std::vector<std::string>& names);
    // Bytes that identify the set (for hashing and grouping).
    [[nodiscard]] std::string key() const;
    // As PromQL writes it: name{b="c"}, name alone, or {b="c"} without a name.
    [[nodiscard]] std::string toString() const;

    bool operator==(const LabelSet&) const = default;
    // Prometheus's labels.Compare: label by label, name then value, bytewise; a prefix first.
    [[nodiscard]] static int compare(const LabelSet& a, const LabelSet& b);

private:
    std::vector<LabelPair> m_labels;
};

struct Point {
    qint64 t = 0; // ms since the epoch
    double v = 0;
    bool operator==(const Point&) const = default;
};

struct Series {
    LabelSet labels;
    std::vector<Point> points; // increasing t
};

class SeriesSet {
public:
    // Adds a series; its points are sorted by time, and of two points at one time the later
    // added wins. Points of a label set added before are merged into that series.
    void add(LabelSet labels, std::vector<Point> points);
    // Every sample that has a timestamp (samples without one are skipped and counted).
    // Returns how many samples were skipped.
    qsizetype addExposition(const Exposition& e);
    // Series in Prometheus's storage order (by label set). Call after adding, before querying.
    void finish();

    [[nodiscard]] const std::vector<Series>& series() const { return m_series; }
    [[nodiscard]] size_t sampleCount() const;
    // The first and last sample time over all series (0, 0 when empty).
    [[nodiscard]] std::pair<qint64, qint64> timeSpan() const;

private:
    std::vector<Series> m_series;
    std::unordered_map<std::string, size_t> m_index; // LabelSet::key() -> m_series
    bool m_sorted = true;
};

} // namespace capataz::metrics
