#pragma once

#include "metrics/Exposition.h"
#include "metrics/ExpositionLexer.h"
#include "metrics/StringInterner.h"

#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>

// Groups the lines of an exposition into families and, for OpenMetrics, checks the rules that
// span lines (metadata placement, name clashes, each type's samples, series grouping,
// histograms), appends the samples to the Exposition and folds `_created` into start
// timestamps. Used by ExpositionParser only.
namespace capataz::metrics::detail {

class FamilyRules {
public:
    using Report = std::function<void(Code, qint32 line)>;
    FamilyRules(ExpositionFormat format, Exposition& out, Report report);

    void metadata(const MetadataLine& meta, qint32 line);
    void sample(const SampleLine& s, qint32 line);
    void finishFamily();

private:
    void startFamily(std::string_view name, qint32 line);
    [[nodiscard]] bool allowed(std::string_view sampleName) const;
    void checkOpenMetricsSample(const SampleLine& s, std::string_view suffix, qint32 line);
    [[nodiscard]] bool groupAndDeduplicate(const SampleLine& s, qint32 line);
    void histogramSample(const SampleLine& s, std::string_view suffix, qint32 line);
    void histogramGroupEnd();
    void attachCreated();

    bool m_om; // the format is OpenMetrics (else Prometheus text)
    Exposition& m_out;
    Report m_report;

    // the current family
    bool m_open = false;
    std::string m_name;
    MetricType m_type = MetricType::Unknown;
    bool m_typeSet = false;
    bool m_helpSet = false;
    bool m_unitSet = false;
    bool m_hasSamples = false;
    bool m_hasCreated = false;
    size_t m_family = 0;
    qint32 m_line = 0;
    std::unordered_set<std::string> m_seenNames; // OpenMetrics: every name a family claims

    // OpenMetrics grouping of the current family
    bool m_groupSet = false;
    std::string m_group;
    std::string m_groupScratch;
    std::optional<Timestamp> m_groupTimestamp;
    // sets of byte strings without a node per entry (an OpenMetrics scrape allocates nothing per
    // sample once warm): "seen" = interning did not add a new string
    StringInterner m_seenGroups;
    StringInterner m_groupSeries;
    std::string m_seriesScratch;

    // histogram checks, per group and timestamp
    struct HistogramGroup {
        bool active = false;
        std::string group;
        std::optional<Timestamp> timestamp;
        std::optional<double> count;
        std::optional<double> bucket;
        bool negativeBuckets = false;
        bool hasSum = false;
        bool hasGsum = false;
        bool negativeGsum = false;
        double value = 0;
        qint32 line = 0;
    } m_hist;

    // name interning of consecutive samples of one series
    std::string m_lastName;
    quint32 m_lastNameId = 0;
    bool m_lastNameValid = false;
};

} // namespace capataz::metrics::detail
