#include "metrics/StringInterner.h"

#include <algorithm>
#include <functional>

namespace capataz::metrics {

quint32 StringInterner::intern(std::string_view bytes)
{
    if ((m_spans.size() + 1) * 2 > m_table.size())
        rehash(m_table.empty() ? 64 : m_table.size() * 2);
    const auto hash = quint32(std::hash<std::string_view>{}(bytes));
    const size_t mask = m_table.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const quint32 slot = m_table[i];
        if (slot == 0) {
            m_spans.push_back({m_arena.size(), quint32(bytes.size()), hash});
            m_arena.append(bytes);
            m_table[i] = quint32(m_spans.size());
            return quint32(m_spans.size() - 1);
        }
        const Span& s = m_spans[slot - 1];
        if (s.hash == hash && s.length == bytes.size() &&
            std::string_view(m_arena.data() + s.offset, s.length) == bytes)
            return slot - 1;
    }
}

void StringInterner::clear()
{
    if (m_spans.empty())
        return;
    m_arena.clear();
    m_spans.clear();
    if (m_table.size() > 1024)
        m_table.assign(64, 0); // one big set must not make every later clear() slow
    else
        std::fill(m_table.begin(), m_table.end(), 0u);
}

void StringInterner::rehash(size_t buckets)
{
    m_table.assign(buckets, 0);
    const size_t mask = buckets - 1;
    for (quint32 id = 0; id < m_spans.size(); ++id) {
        size_t i = m_spans[id].hash & mask;
        while (m_table[i] != 0)
            i = (i + 1) & mask;
        m_table[i] = id + 1;
    }
}

} // namespace capataz::metrics
