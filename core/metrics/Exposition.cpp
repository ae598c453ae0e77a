#include "metrics/Exposition.h"

using namespace Qt::Literals::StringLiterals;

namespace capataz::metrics {

QString metricTypeName(MetricType type)
{
    switch (type) {
    case MetricType::Unknown:
        return u"unknown"_s;
    case MetricType::Counter:
        return u"counter"_s;
    case MetricType::Gauge:
        return u"gauge"_s;
    case MetricType::Histogram:
        return u"histogram"_s;
    case MetricType::GaugeHistogram:
        return u"gaugehistogram"_s;
    case MetricType::Summary:
        return u"summary"_s;
    case MetricType::StateSet:
        return u"stateset"_s;
    case MetricType::Info:
        return u"info"_s;
    }
    return u"unknown"_s;
}

std::vector<Label> Exposition::labels(quint32 labelSetId) const
{
    std::vector<Label> out;
    forEachEncodedLabel(m_labelSets.at(labelSetId), [&](std::string_view n, std::string_view v) {
        out.push_back({n, v});
    });
    return out;
}

void appendEncodedLabel(std::string& encoded, std::string_view name, std::string_view value)
{
    auto put = [&](std::string_view s) {
        const auto n = quint32(s.size());
        const char len[4] = {char(n & 0xff), char((n >> 8) & 0xff), char((n >> 16) & 0xff), char(n >> 24)};
        encoded.append(len, 4);
        encoded.append(s);
    };
    put(name);
    put(value);
}

} // namespace capataz::metrics
