#pragma once

#include "common/LineTypes.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace capataz::exec {

// Which output stream of a command a line came from.
enum class Channel : quint8 { Stdout, Stderr };

// A colour as a terminal gave it (ANSI SGR): none (the view's own), one of the 256 indexed
// colours (0-7 normal, 8-15 bright, 16-231 the 6x6x6 cube, 232-255 greys), or 24-bit RGB.
// The view decides the actual shades of the indexed ones (light or dark theme).
class TermColor {
public:
    enum class Kind : quint8 { Default, Indexed, Rgb };
    constexpr TermColor() = default;
    [[nodiscard]] static constexpr TermColor indexed(int index)
    {
        return {Kind::Indexed, quint32(index & 0xff)};
    }
    [[nodiscard]] static constexpr TermColor rgb(int r, int g, int b)
    {
        return {Kind::Rgb, (quint32(r & 0xff) << 16) | (quint32(g & 0xff) << 8) | quint32(b & 0xff)};
    }
    [[nodiscard]] constexpr Kind kind() const { return m_kind; }
    [[nodiscard]] constexpr bool isDefault() const { return m_kind == Kind::Default; }
    [[nodiscard]] constexpr int index() const { return int(m_value); }   // Kind::Indexed
    [[nodiscard]] constexpr quint32 rgbValue() const { return m_value; } // Kind::Rgb: 0xRRGGBB
    constexpr bool operator==(const TermColor&) const = default;

private:
    constexpr TermColor(Kind kind, quint32 value)
        : m_kind(kind)
        , m_value(value)
    {}
    Kind m_kind = Kind::Default;
    quint32 m_value = 0;
};

// How a piece of a line looks, as the command's SGR sequences ("ESC [ 1;31 m") asked.
struct TextStyle {
    enum Flag : quint8 { Bold = 1, Dim = 2, Italic = 4, Underline = 8, Inverse = 16, Strike = 32 };
    TermColor foreground;
    TermColor background;
    quint8 flags = 0;

    [[nodiscard]] bool isPlain() const
    {
        return foreground.isDefault() && background.isDefault() && flags == 0;
    }
    [[nodiscard]] bool has(Flag f) const { return (flags & f) != 0; }
    bool operator==(const TextStyle&) const = default;
};

// A run of a line's text with a style other than plain. `start` and `length` count UTF-16
// units of Line::text (QString positions), not bytes and not lines.
struct StyleSpan {
    qsizetype start = 0;
    qsizetype length = 0;
    TextStyle style;
    bool operator==(const StyleSpan&) const = default;
};

// One line of a command's output, decoded (UTF-8; invalid bytes become U+FFFD), without its
// line end and without terminal escape sequences; colours are kept as spans.
//
// A line may be shown and then redrawn: a lone CR (a progress bar) starts the same line over,
// and the line still being written (`open`: a prompt, a download's "...") is delivered before it
// ends. Such a later line has the same `index` and `replacesPrevious` set: a view shows it
// instead of the previous line of the same channel. An open line is always replaced by a later
// one, with the text it has then (the whole line, not the rest).
struct Line {
    LineIndex index; // of this line in its channel; a redrawn line keeps the index
    Channel channel = Channel::Stdout;
    QString text;
    QList<StyleSpan> spans; // in order, not overlapping; empty: all plain
    bool replacesPrevious = false;
    bool open = false; // not ended yet: a later line of this channel replaces it
    bool cut = false;  // reached the maximum length: cut here, the text goes on in the next line
};

using LineBatch = QList<Line>;

} // namespace capataz::exec

Q_DECLARE_METATYPE(capataz::exec::Line)
Q_DECLARE_METATYPE(capataz::exec::LineBatch)
