#include "MetricsScrapeQuery.h"

#include <algorithm>

using namespace capataz::metrics;

namespace capataz::cli {

void addScrape(SeriesSet& data, const Exposition& e, const ScrapeTarget& target, qint64 scrapeMs)
{
    const std::string instance = target.instance().toStdString();
    const std::string job = target.job.isEmpty() ? instance : target.job.toStdString();
    for (const Sample& s : e.samples) {
        std::vector<LabelPair> labels{{std::string(kMetricNameLabel), std::string(e.name(s.name))}};
        for (const Label& l : e.labels(s.labels))
            labels.push_back({std::string(l.name), std::string(l.value)});
        for (const auto& [name, value] : {std::pair{"job", job}, std::pair{"instance", instance}})
            if (std::none_of(labels.begin(), labels.end(),
                             [&](const LabelPair& l) { return l.name == name; }))
                labels.push_back({name, value});
        data.add(LabelSet(std::move(labels)),
                 {Point{s.timestampMs == kNoTimestamp ? scrapeMs : s.timestampMs, s.value}});
    }
}

} // namespace capataz::cli
