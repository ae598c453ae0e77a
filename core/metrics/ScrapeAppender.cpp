#include "metrics/ScrapeAppender.h"

#include <algorithm>

namespace capataz::metrics {

ScrapeAppender::ScrapeAppender(SeriesStore& store, QList<std::pair<QString, QString>> targetLabels)
    : m_store(store)
{
    for (const auto& [n, v] : targetLabels)
        m_targetLabels.emplace_back(n.toStdString(), v.toStdString());
    std::sort(m_targetLabels.begin(), m_targetLabels.end());
}

ScrapeAppender::Outcome ScrapeAppender::append(const Exposition& e, qint64 scrapeMs)
{
    Outcome out;
    m_batch.clear();
    std::vector<std::pair<std::string_view, std::string_view>> labels;
    std::string encoded;
    for (const MetricFamily& f : e.families) {
        for (quint32 i = f.firstSample; i < f.firstSample + f.sampleCount && i < e.samples.size(); ++i) {
            const Sample& s = e.samples[i];
            ++out.samples;
            const quint64 k = (quint64(s.name) << 32) | s.labels;
            auto it = m_cache.find(k);
            if (it == m_cache.end()) {
                labels.clear();
                forEachEncodedLabel(e.encodedLabelSet(s.labels), [&](std::string_view n, std::string_view v) {
                    labels.emplace_back(n, v);
                });
                for (const auto& [n, v] : m_targetLabels) {
                    const bool own = std::any_of(labels.begin(), labels.end(),
                                                 [&](const auto& l) { return l.first == n; });
                    if (!own)
                        labels.emplace_back(n, v);
                }
                std::sort(labels.begin(), labels.end());
                encoded.clear();
                for (const auto& [n, v] : labels)
                    appendEncodedLabel(encoded, n, v);
                const auto id = m_store.seriesFor(e.name(s.name), encoded, f.type);
                it = m_cache.emplace(k, id ? qint64(*id) : kRefused).first;
            }
            if (it->second == kRefused) {
                ++out.refusedSeries;
                continue;
            }
            m_batch.push_back(
                {SeriesId(it->second), s.timestampMs == kNoTimestamp ? scrapeMs : s.timestampMs, s.value});
        }
    }
    out.stored = m_store.append(m_batch);
    return out;
}

bool ScrapeAppender::appendUp(bool up, qint64 scrapeMs)
{
    std::string encoded;
    for (const auto& [n, v] : m_targetLabels)
        appendEncodedLabel(encoded, n, v);
    const auto id = m_store.seriesFor("up", encoded, MetricType::Gauge);
    if (!id)
        return false;
    m_store.append({{*id, scrapeMs, up ? 1.0 : 0.0}});
    return true;
}

} // namespace capataz::metrics
