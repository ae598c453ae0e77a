#include "metrics/SeriesSet.h"

#include <algorithm>

namespace capataz::metrics {

LabelSet::LabelSet(std::vector<LabelPair> labels)
    : m_labels(std::move(labels))
{
    std::stable_sort(m_labels.begin(), m_labels.end(),
                     [](const LabelPair& a, const LabelPair& b) { return a.name < b.name; });
    // Of a repeated name the last one wins.
    std::vector<LabelPair> unique;
    unique.reserve(m_labels.size());
    for (LabelPair& l : m_labels) {
        if (!unique.empty() && unique.back().name == l.name)
            unique.back() = std::move(l);
        else
            unique.push_back(std::move(l));
    }
    std::erase_if(unique, [](const LabelPair& l) { return l.value.empty(); });
    m_labels = std::move(unique);
}

std::string_view LabelSet::get(std::string_view name) const
{
    for (const LabelPair& l : m_labels)
        if (l.name == name)
            return l.value;
    return {};
}

void LabelSet::set(std::string_view name, std::string_view value)
{
    const auto it = std::lower_bound(m_labels.begin(), m_labels.end(), name,
                                     [](const LabelPair& l, std::string_view n) { return l.name < n; });
    if (it != m_labels.end() && it->name == name) {
        if (value.empty())
            m_labels.erase(it);
        else
            it->value = std::string(value);
    } else if (!value.empty()) {
        m_labels.insert(it, LabelPair{std::string(name), std::string(value)});
    }
}

void LabelSet::remove(std::string_view name)
{
    std::erase_if(m_labels, [&](const LabelPair& l) { return l.name == name; });
}

void LabelSet::keepOnly(const std::vector<std::string>& names)
{
    std::erase_if(m_labels, [&](const LabelPair& l) {
        return std::find(names.begin(), names.end(), l.name) == names.end();
    });
}

void LabelSet::removeAll(const std::vector<std::string>& names)
{
    std::erase_if(m_labels, [&](const LabelPair& l) {
        return std::find(names.begin(), names.end(), l.name) != names.end();
    });
}

std::string LabelSet::key() const
{
    std::string k;
    for (const LabelPair& l : m_labels) {
        k += l.name;
        k += '\xff';
        k += l.value;
        k += '\xff';
    }
    return k;
}

std::string LabelSet::toString() const
{
    std::string out(get(kMetricNameLabel));
    std::string inner;
    for (const LabelPair& l : m_labels) {
        if (l.name == kMetricNameLabel)
            continue;
        if (!inner.empty())
            inner += ", ";
        inner += l.name;
        inner += "=\"";
        for (const char c : l.value) {
            if (c == '\\' || c == '"')
                inner += '\\';
            if (c == '\n')
                inner += "\\n";
            else
                inner += c;
        }
        inner += '"';
    }
    if (inner.empty() && !out.empty())
        return out;
    return out + '{' + inner + '}';
}

int LabelSet::compare(const LabelSet& a, const LabelSet& b)
{
    const size_t n = std::min(a.m_labels.size(), b.m_labels.size());
    for (size_t i = 0; i < n; ++i) {
        if (const int c = a.m_labels[i].name.compare(b.m_labels[i].name); c != 0)
            return c;
        if (const int c = a.m_labels[i].value.compare(b.m_labels[i].value); c != 0)
            return c;
    }
    return a.m_labels.size() < b.m_labels.size() ? -1 : a.m_labels.size() > b.m_labels.size() ? 1 : 0;
}

void SeriesSet::add(LabelSet labels, std::vector<Point> points)
{
    std::string key = labels.key();
    const auto found = m_index.find(key);
    std::vector<Point>* target = nullptr;
    if (found == m_index.end()) {
        m_index.emplace(std::move(key), m_series.size());
        m_series.push_back(Series{std::move(labels), {}});
        target = &m_series.back().points;
        m_sorted = false;
    } else {
        target = &m_series[found->second].points;
    }
    const bool appendsInOrder = target->empty() || points.empty() || target->back().t < points.front().t;
    target->insert(target->end(), points.begin(), points.end());
    if (appendsInOrder && std::is_sorted(points.begin(), points.end(),
                                         [](const Point& a, const Point& b) { return a.t <= b.t; }))
        return;
    // Stable: of two points at one time the later added stays last, and is the one kept.
    std::stable_sort(target->begin(), target->end(),
                     [](const Point& a, const Point& b) { return a.t < b.t; });
    std::vector<Point> unique;
    unique.reserve(target->size());
    for (const Point& p : *target) {
        if (!unique.empty() && unique.back().t == p.t)
            unique.back() = p;
        else
            unique.push_back(p);
    }
    *target = std::move(unique);
}

qsizetype SeriesSet::addExposition(const Exposition& e)
{
    qsizetype skipped = 0;
    // Samples of one series come one after another in the text: gather each run.
    std::vector<Point> run;
    quint64 runId = ~quint64(0);
    auto flush = [&]() {
        if (run.empty())
            return;
        const quint32 name = quint32(runId >> 32);
        const quint32 labels = quint32(runId & 0xffffffffU);
        std::vector<LabelPair> pairs{{std::string(kMetricNameLabel), std::string(e.name(name))}};
        for (const Label& l : e.labels(labels))
            pairs.push_back({std::string(l.name), std::string(l.value)});
        add(LabelSet(std::move(pairs)), std::move(run));
        run.clear();
    };
    for (const Sample& s : e.samples) {
        if (s.timestampMs == kNoTimestamp) {
            ++skipped;
            continue;
        }
        const quint64 id = (quint64(s.name) << 32) | s.labels;
        if (id != runId) {
            flush();
            runId = id;
        }
        run.push_back(Point{s.timestampMs, s.value});
    }
    flush();
    return skipped;
}

void SeriesSet::finish()
{
    if (m_sorted)
        return;
    std::sort(m_series.begin(), m_series.end(),
              [](const Series& a, const Series& b) { return LabelSet::compare(a.labels, b.labels) < 0; });
    m_index.clear();
    for (size_t i = 0; i < m_series.size(); ++i)
        m_index.emplace(m_series[i].labels.key(), i);
    m_sorted = true;
}

size_t SeriesSet::sampleCount() const
{
    size_t n = 0;
    for (const Series& s : m_series)
        n += s.points.size();
    return n;
}

std::pair<qint64, qint64> SeriesSet::timeSpan() const
{
    bool any = false;
    qint64 first = 0;
    qint64 last = 0;
    for (const Series& s : m_series) {
        if (s.points.empty())
            continue;
        first = any ? std::min(first, s.points.front().t) : s.points.front().t;
        last = any ? std::max(last, s.points.back().t) : s.points.back().t;
        any = true;
    }
    return {first, last};
}

} // namespace capataz::metrics
