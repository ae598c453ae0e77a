#pragma once

#include <QtGlobal>

#include <compare>

namespace capataz {

// Numbers that are easy to confuse when they are all plain integers: where a line is (its
// index), how many lines there are (a count), and where a byte is. Each is its own type, and
// only the arithmetic that makes sense compiles: an index plus a count is an index, two
// indices apart are a count, an index plus an index does not compile.
template <typename Tag> class StrongNumber {
public:
    constexpr StrongNumber() = default;
    constexpr explicit StrongNumber(qint64 value)
        : m_value(value)
    {}
    [[nodiscard]] constexpr qint64 get() const { return m_value; }
    constexpr auto operator<=>(const StrongNumber&) const = default;

protected:
    qint64 m_value = 0;
};

// The position of a line in its stream, from 0.
class LineIndex : public StrongNumber<LineIndex> {
public:
    using StrongNumber::StrongNumber;
    constexpr LineIndex& operator++()
    {
        ++m_value;
        return *this;
    }
};

// How many lines.
class LineCount : public StrongNumber<LineCount> {
public:
    using StrongNumber::StrongNumber;
    constexpr LineCount& operator+=(LineCount n)
    {
        m_value += n.get();
        return *this;
    }
    constexpr LineCount& operator++()
    {
        ++m_value;
        return *this;
    }
};

// The position of a byte in a stream (e.g. one channel of a command's output), from 0.
class ByteOffset : public StrongNumber<ByteOffset> {
public:
    using StrongNumber::StrongNumber;
};

// How many bytes.
class ByteCount : public StrongNumber<ByteCount> {
public:
    using StrongNumber::StrongNumber;
    constexpr ByteCount& operator+=(ByteCount n)
    {
        m_value += n.get();
        return *this;
    }
};

[[nodiscard]] constexpr LineIndex operator+(LineIndex i, LineCount n)
{
    return LineIndex(i.get() + n.get());
}
[[nodiscard]] constexpr LineCount operator-(LineIndex end, LineIndex begin)
{
    return LineCount(end.get() - begin.get());
}
[[nodiscard]] constexpr LineCount operator+(LineCount a, LineCount b)
{
    return LineCount(a.get() + b.get());
}
// The number of lines from the first one up to `i` included.
[[nodiscard]] constexpr LineCount countThrough(LineIndex i)
{
    return LineCount(i.get() + 1);
}

[[nodiscard]] constexpr ByteOffset operator+(ByteOffset o, ByteCount n)
{
    return ByteOffset(o.get() + n.get());
}
[[nodiscard]] constexpr ByteCount operator-(ByteOffset end, ByteOffset begin)
{
    return ByteCount(end.get() - begin.get());
}
[[nodiscard]] constexpr ByteCount operator+(ByteCount a, ByteCount b)
{
    return ByteCount(a.get() + b.get());
}

} // namespace capataz
