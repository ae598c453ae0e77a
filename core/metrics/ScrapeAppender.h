#pragma once

#include "metrics/Exposition.h"
#include "metrics/SeriesStore.h"

#include <QList>
#include <QString>

#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace capataz::metrics {

// Puts the samples of one target's scrapes into a SeriesStore: each sample's series is its
// name and its labels plus the target's (`job`, `instance`; a label the exposition sets itself
// wins), sorted by name. The series of an (interned name, interned label set) pair is looked up
// once and remembered, so a scrape of the same target costs one hash look-up per sample, and a
// label set refused by the store's series cap is not asked for again. Lives with one target's
// reused Exposition, on the thread that parses it.
class ScrapeAppender {
public:
    ScrapeAppender(SeriesStore& store, QList<std::pair<QString, QString>> targetLabels);

    struct Outcome {
        qint64 samples = 0;       // in the exposition
        qint64 stored = 0;        // appended
        qint64 refusedSeries = 0; // samples of label sets over the cap
    };
    // Samples without their own timestamp get `scrapeMs`.
    Outcome append(const Exposition& e, qint64 scrapeMs);
    // Prometheus's `up` of the target at `scrapeMs`: 1 when the scrape worked, 0 when not (its
    // target labels only). Not counted in Outcome. False when the store refuses the series.
    bool appendUp(bool up, qint64 scrapeMs);
    // The Exposition was replaced (its ids mean something else now).
    void reset() { m_cache.clear(); }

private:
    static constexpr qint64 kRefused = -1;

    SeriesStore& m_store;
    std::vector<std::pair<std::string, std::string>> m_targetLabels; // sorted by name
    std::unordered_map<quint64, qint64> m_cache;                     // name << 32 | labels -> SeriesId
    std::vector<SeriesStore::Append> m_batch;
};

} // namespace capataz::metrics
