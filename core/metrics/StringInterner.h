#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace capataz::metrics {

// Byte strings stored once each: intern() gives the same id to the same bytes. The bytes live
// in one growing arena and the look-up is an open-addressing table of ids, so interning a string
// seen before allocates nothing, and a new one only appends to the arena.
class StringInterner {
public:
    quint32 intern(std::string_view bytes);
    [[nodiscard]] std::string_view at(quint32 id) const
    {
        const Span& s = m_spans[id];
        return {m_arena.data() + s.offset, s.length};
    }
    [[nodiscard]] quint32 size() const { return quint32(m_spans.size()); }
    // Forgets every string, keeping the memory for the next ones.
    void clear();

private:
    struct Span {
        size_t offset;
        quint32 length;
        quint32 hash;
    };
    void rehash(size_t buckets);

    std::string m_arena;
    std::vector<Span> m_spans;
    std::vector<quint32> m_table; // id + 1; 0 = empty
};

} // namespace capataz::metrics
