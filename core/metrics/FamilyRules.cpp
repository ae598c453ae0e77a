#include "metrics/FamilyRules.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <span>

namespace capataz::metrics::detail {

namespace {

using namespace std::string_view_literals;

std::span<const std::string_view> suffixesOf(MetricType type, bool om)
{
    static constexpr std::array<std::string_view, 1> kNone{""sv};
    static constexpr std::array<std::string_view, 2> kOmCounter{"_total"sv, "_created"sv};
    static constexpr std::array<std::string_view, 3> kPromCounter{""sv, "_total"sv, "_created"sv};
    static constexpr std::array<std::string_view, 4> kSummary{""sv, "_count"sv, "_sum"sv, "_created"sv};
    static constexpr std::array<std::string_view, 4> kHistogram{"_count"sv, "_sum"sv, "_bucket"sv,
                                                                "_created"sv};
    static constexpr std::array<std::string_view, 3> kGaugeHistogram{"_gcount"sv, "_gsum"sv, "_bucket"sv};
    static constexpr std::array<std::string_view, 1> kInfo{"_info"sv};
    switch (type) {
    case MetricType::Counter:
        return om ? std::span<const std::string_view>(kOmCounter)
                  : std::span<const std::string_view>(kPromCounter);
    case MetricType::Summary:
        return kSummary;
    case MetricType::Histogram:
        return kHistogram;
    case MetricType::GaugeHistogram:
        return kGaugeHistogram;
    case MetricType::Info:
        return kInfo;
    case MetricType::Gauge:
    case MetricType::StateSet:
    case MetricType::Unknown:
        break;
    }
    return kNone;
}

std::optional<MetricType> typeFromName(std::string_view t, bool om)
{
    if (t == "counter")
        return MetricType::Counter;
    if (t == "gauge")
        return MetricType::Gauge;
    if (t == "histogram")
        return MetricType::Histogram;
    if (t == "summary")
        return MetricType::Summary;
    if (om) {
        if (t == "gaugehistogram")
            return MetricType::GaugeHistogram;
        if (t == "stateset")
            return MetricType::StateSet;
        if (t == "info")
            return MetricType::Info;
        if (t == "unknown")
            return MetricType::Unknown;
    } else if (t == "untyped") {
        return MetricType::Unknown;
    }
    return std::nullopt;
}

bool isWhole(double v)
{
    return std::isfinite(v) && v == std::trunc(v);
}

// The labels without `drop1`/`drop2` (empty: none), encoded.
void labelsWithout(std::string_view encoded, std::string_view drop1, std::string_view drop2, std::string& out)
{
    out.clear();
    forEachEncodedLabel(encoded, [&](std::string_view n, std::string_view v) {
        if ((!drop1.empty() && n == drop1) || (!drop2.empty() && n == drop2))
            return;
        appendEncodedLabel(out, n, v);
    });
}

} // namespace

FamilyRules::FamilyRules(ExpositionFormat format, Exposition& out, Report report)
    : m_om(format == ExpositionFormat::OpenMetrics)
    , m_out(out)
    , m_report(std::move(report))
{}

void FamilyRules::startFamily(std::string_view name, qint32 line)
{
    if (m_open)
        finishFamily();
    m_open = true;
    m_name.assign(name);
    m_type = MetricType::Unknown;
    m_typeSet = m_helpSet = m_unitSet = m_hasSamples = m_hasCreated = false;
    m_line = line;
    m_groupSet = false;
    m_groupTimestamp.reset();
    m_seenGroups.clear();
    m_groupSeries.clear();
    m_hist = {};
    MetricFamily f;
    f.name = m_out.internName(name);
    f.firstSample = quint32(m_out.samples.size());
    f.line = line;
    m_out.families.push_back(std::move(f));
    m_family = m_out.families.size() - 1;
}

bool FamilyRules::allowed(std::string_view sampleName) const
{
    if (!m_open || !sampleName.starts_with(m_name))
        return false;
    const std::string_view suffix = sampleName.substr(m_name.size());
    for (const std::string_view s : suffixesOf(m_type, m_om))
        if (s == suffix)
            return true;
    return false;
}

void FamilyRules::metadata(const MetadataLine& meta, qint32 line)
{
    const bool same = m_open && meta.name == m_name;
    if (m_om && same && m_hasSamples) {
        m_report(Code::MetadataAfterSamples, line);
        return;
    }
    if (!same || (!m_om && m_hasSamples))
        startFamily(meta.name, line);
    MetricFamily& f = m_out.families[m_family];
    switch (meta.kind) {
    case MetadataLine::Kind::Help:
        if (m_helpSet && m_om)
            m_report(Code::RepeatedMetadata, line);
        m_helpSet = true;
        f.help = meta.text;
        break;
    case MetadataLine::Kind::Unit:
        if (m_unitSet && m_om)
            m_report(Code::RepeatedMetadata, line);
        m_unitSet = true;
        f.unit = meta.text;
        break;
    case MetadataLine::Kind::Type: {
        if (m_typeSet && m_om)
            m_report(Code::RepeatedMetadata, line);
        const auto type = typeFromName(meta.text, m_om);
        if (!type) {
            m_report(Code::UnknownType, line);
            return;
        }
        m_typeSet = true;
        m_type = *type;
        f.type = *type;
        break;
    }
    case MetadataLine::Kind::Comment:
    case MetadataLine::Kind::Eof:
        break;
    }
}

void FamilyRules::sample(const SampleLine& s, qint32 line)
{
    if (!allowed(s.name)) {
        startFamily(s.name, line);
        m_typeSet = m_om; // OpenMetrics: a family met through its samples is "unknown"
    }
    const std::string_view suffix = s.name.substr(m_name.size());
    if (m_om) {
        checkOpenMetricsSample(s, suffix, line);
        if (!groupAndDeduplicate(s, line))
            return; // an exact repeat: dropped
        if (m_type == MetricType::Histogram || m_type == MetricType::GaugeHistogram)
            histogramSample(s, suffix, line);
        if (suffix == "_created")
            m_hasCreated = true;
    }
    m_hasSamples = true;

    Sample out;
    if (!m_lastNameValid || s.name != m_lastName) {
        m_lastName.assign(s.name);
        m_lastNameId = m_out.internName(s.name);
        m_lastNameValid = true;
    }
    out.name = m_lastNameId;
    out.labels = m_out.internLabelSet(s.labels);
    out.value = s.value;
    out.line = line;
    if (s.timestamp)
        out.timestampMs = s.timestamp->ms;
    if (s.hasExemplar) {
        m_out.exemplars.push_back({m_out.internLabelSet(s.exemplarLabels), s.exemplarValue,
                                   s.exemplarTimestamp ? s.exemplarTimestamp->ms : kNoTimestamp});
        out.exemplar = qint32(m_out.exemplars.size() - 1);
    }
    m_out.samples.push_back(out);
    ++m_out.families[m_family].sampleCount;
}

void FamilyRules::checkOpenMetricsSample(const SampleLine& s, std::string_view suffix, qint32 line)
{
    const MetricType t = m_type;
    const bool histogram = t == MetricType::Histogram || t == MetricType::GaugeHistogram;
    if (t == MetricType::StateSet && !findLabel(s.labels, m_name))
        m_report(Code::MissingLabel, line);
    if (suffix == "_bucket") {
        const auto le = findLabel(s.labels, "le");
        double b = 0;
        if (!le || *le == "NaN")
            m_report(Code::MissingLabel, line);
        else if (!parseFloat(*le, b) || (std::isinf(b) && b > 0 && *le != "+Inf"))
            m_report(Code::InvalidLabelValue, line);
        if (!isWhole(s.value))
            m_report(Code::NotAnInteger, line);
    }
    if ((suffix == "_count" || suffix == "_gcount") && !isWhole(s.value))
        m_report(Code::NotAnInteger, line);
    if (t == MetricType::Summary && suffix.empty()) {
        const auto q = findLabel(s.labels, "quantile");
        double v = 0;
        if (!q)
            m_report(Code::MissingLabel, line);
        else if (!parseFloat(*q, v) || !(v >= 0 && v <= 1))
            m_report(Code::InvalidLabelValue, line);
        if (s.value < 0)
            m_report(Code::NegativeValue, line);
    }
    if (t == MetricType::StateSet && s.value != 0 && s.value != 1)
        m_report(Code::InvalidStateValue, line);
    if (t == MetricType::Info && s.value != 1)
        m_report(Code::InvalidStateValue, line);
    const bool counterLike = suffix == "_total" || suffix == "_sum" || suffix == "_count" ||
                             suffix == "_bucket" || suffix == "_gcount" || suffix == "_gsum";
    if (counterLike && std::isnan(s.value))
        m_report(Code::NanValue, line);
    if (counterLike && suffix != "_gsum" && s.value < 0)
        m_report(Code::NegativeValue, line);
    if (s.hasExemplar && !((histogram && s.name.ends_with("_bucket")) ||
                           (t == MetricType::Counter && s.name.ends_with("_total"))))
        m_report(Code::ExemplarNotAllowed, line);
}

bool FamilyRules::groupAndDeduplicate(const SampleLine& s, qint32 line)
{
    const MetricType t = m_type;
    const std::string_view suffix = s.name.substr(m_name.size());
    if (t == MetricType::Info)
        m_groupScratch.clear();
    else if (t == MetricType::Summary && suffix.empty())
        labelsWithout(s.labels, "quantile", {}, m_groupScratch);
    else if (t == MetricType::StateSet)
        labelsWithout(s.labels, m_name, {}, m_groupScratch);
    else if ((t == MetricType::Histogram || t == MetricType::GaugeHistogram) && suffix == "_bucket")
        labelsWithout(s.labels, "le", {}, m_groupScratch);
    else
        m_groupScratch.assign(s.labels);

    const bool sameGroup = m_groupSet && m_groupScratch == m_group;
    if (!sameGroup) {
        const quint32 before = m_seenGroups.size();
        (void)m_seenGroups.intern(m_groupScratch);
        if (m_groupSet && m_seenGroups.size() == before)
            m_report(Code::InvalidGrouping, line);
    }
    if (sameGroup) {
        if (s.timestamp.has_value() != m_groupTimestamp.has_value())
            m_report(Code::MixedTimestamps, line);
        else if (s.timestamp && *m_groupTimestamp > *s.timestamp && t != MetricType::Info)
            m_report(Code::TimestampWentBack, line);
    }
    // The series seen in this group at this timestamp: a repeat is the same series at the same
    // time (a history holding every series at one time, then at the next, has none).
    if (!sameGroup || s.timestamp != m_groupTimestamp)
        m_groupSeries.clear();
    m_seriesScratch.assign(s.name);
    m_seriesScratch.push_back('\0');
    m_seriesScratch.append(s.labels);
    const quint32 seriesBefore = m_groupSeries.size();
    (void)m_groupSeries.intern(m_seriesScratch);
    const bool repeat = m_groupSet && s.timestamp == m_groupTimestamp && m_groupSeries.size() == seriesBefore;
    if (!sameGroup)
        m_group = m_groupScratch;
    m_groupSet = true;
    m_groupTimestamp = s.timestamp;
    return !repeat;
}

void FamilyRules::histogramSample(const SampleLine& s, std::string_view suffix, qint32 line)
{
    if (suffix == "_bucket")
        labelsWithout(s.labels, "le", {}, m_groupScratch);
    else
        m_groupScratch.assign(s.labels);
    if (!m_hist.active || m_hist.group != m_groupScratch || m_hist.timestamp != s.timestamp) {
        if (m_hist.active)
            histogramGroupEnd();
        m_hist = {};
        m_hist.active = true;
        m_hist.group = m_groupScratch;
        m_hist.timestamp = s.timestamp;
    }
    m_hist.line = line;
    if (suffix == "_bucket") {
        double b = 0;
        const auto le = findLabel(s.labels, "le");
        if (!le || !parseFloat(*le, b))
            return; // reported already
        if (b < 0)
            m_hist.negativeBuckets = true;
        if ((m_hist.bucket && b <= *m_hist.bucket) || s.value < m_hist.value)
            m_report(Code::HistogramInvalid, line);
        m_hist.bucket = b;
        m_hist.value = s.value;
    } else if (suffix == "_count" || suffix == "_gcount") {
        m_hist.count = s.value;
    } else if (suffix == "_sum") {
        m_hist.hasSum = true;
    } else if (suffix == "_gsum") {
        m_hist.hasGsum = true;
        if (s.value < 0)
            m_hist.negativeGsum = true;
    }
}

void FamilyRules::histogramGroupEnd()
{
    const HistogramGroup& h = m_hist;
    const bool bad = !h.bucket || *h.bucket != std::numeric_limits<double>::infinity() ||
                     (h.count && h.value != *h.count) || (h.hasSum && !h.count) || (h.hasGsum && !h.count) ||
                     (!(h.hasSum || h.hasGsum) && h.count) || (h.negativeBuckets && h.hasSum) ||
                     (!h.negativeBuckets && h.negativeGsum);
    if (bad)
        m_report(Code::HistogramInvalid, h.line);
}

void FamilyRules::finishFamily()
{
    if (!m_open)
        return;
    m_open = false;
    if (!m_om)
        return;
    // prometheus_client's rule: a family claims its name and the names of its type's samples
    std::vector<std::string_view> claimed(suffixesOf(m_type, true).begin(), suffixesOf(m_type, true).end());
    if (std::find(claimed.begin(), claimed.end(), ""sv) == claimed.end())
        claimed.push_back(""sv);
    for (const std::string_view suffix : claimed) {
        std::string n = m_name;
        n.append(suffix);
        if (!m_seenNames.insert(std::move(n)).second) {
            m_report(Code::ClashingName, m_line);
            break;
        }
    }
    const std::string& unit = m_out.families[m_family].unit;
    if (!unit.empty()) {
        const bool suffixOk = m_name.size() > unit.size() && m_name.ends_with(unit) &&
                              m_name[m_name.size() - unit.size() - 1] == '_';
        if (!suffixOk || m_type == MetricType::Info || m_type == MetricType::StateSet)
            m_report(Code::UnitMismatch, m_line);
    }
    if ((m_type == MetricType::Histogram || m_type == MetricType::GaugeHistogram) && m_hist.active)
        histogramGroupEnd();
    if (m_hasCreated &&
        (m_type == MetricType::Counter || m_type == MetricType::Summary || m_type == MetricType::Histogram))
        attachCreated();
}

// `name_created{labels} seconds` -> startTimestampMs of the family's samples of that series
// (a bucket's labels without le, a quantile's without quantile); the _created samples themselves leave the
// list.
void FamilyRules::attachCreated()
{
    MetricFamily& f = m_out.families[m_family];
    const std::string createdName = m_name + "_created";
    std::unordered_map<std::string, qint64> created;
    std::string key;
    const size_t first = f.firstSample;
    const size_t end = first + f.sampleCount;
    for (size_t i = first; i < end; ++i) {
        const Sample& s = m_out.samples[i];
        if (m_out.name(s.name) != createdName || !std::isfinite(s.value))
            continue;
        key.assign(m_out.encodedLabelSet(s.labels));
        created.emplace(key, std::llround(s.value * 1000.0));
    }
    if (created.empty())
        return;
    size_t w = first;
    for (size_t i = first; i < end; ++i) {
        Sample s = m_out.samples[i];
        if (m_out.name(s.name) == createdName && std::isfinite(s.value))
            continue;
        // the series' labels: a bucket's without le, a quantile's without quantile
        const std::string_view n = m_out.name(s.name);
        if (m_type == MetricType::Histogram && n.size() == m_name.size() + 7 && n.ends_with("_bucket"))
            labelsWithout(m_out.encodedLabelSet(s.labels), "le", {}, key);
        else if (m_type == MetricType::Summary && n.size() == m_name.size())
            labelsWithout(m_out.encodedLabelSet(s.labels), "quantile", {}, key);
        else
            key.assign(m_out.encodedLabelSet(s.labels));
        if (const auto it = created.find(key); it != created.end())
            s.startTimestampMs = it->second;
        m_out.samples[w++] = s;
    }
    m_out.samples.resize(w);
    f.sampleCount = quint32(w - first);
}

} // namespace capataz::metrics::detail
