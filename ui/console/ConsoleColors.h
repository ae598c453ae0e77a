#pragma once

#include "exec/Line.h"

#include <QColor>

class QPalette;

namespace capataz::ui {

// The console's accent colours, derived from the palette so that they stay readable on light
// and dark themes: a red (stderr, failures) and a green (success) pulled toward the text
// colour, darker on light windows and lighter on dark ones, and a dim colour for notes.
// Normal output uses the palette's own text colour; colours the command itself asks for (ANSI)
// come from terminal().
class ConsoleColors {
public:
    ConsoleColors() = default;
    explicit ConsoleColors(const QPalette& palette);

    [[nodiscard]] QColor error() const { return m_error; }
    [[nodiscard]] QColor success() const { return m_success; }
    [[nodiscard]] QColor dim() const { return m_dim; }
    // A colour a command asked for (ANSI SGR): the 16 basic ones in shades that read on this
    // theme's background, the 256-colour cube and greys and 24-bit colours as given. Invalid
    // for TermColor::Kind::Default.
    [[nodiscard]] QColor terminal(exec::TermColor color) const;
    bool operator==(const ConsoleColors&) const = default;

private:
    QColor m_error{Qt::darkRed};
    QColor m_success{Qt::darkGreen};
    QColor m_dim{Qt::gray};
    bool m_dark = false;
};

} // namespace capataz::ui
