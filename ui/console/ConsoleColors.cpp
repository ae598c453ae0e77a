#include "ConsoleColors.h"

#include <QPalette>

namespace capataz::ui {

namespace {
QColor mix(const QColor& a, const QColor& b, double t) // t = 0: a, t = 1: b
{
    const auto ch = [t](double x, double y) {
        return x + (y - x) * t;
    };
    return QColor::fromRgbF(float(ch(a.redF(), b.redF())), float(ch(a.greenF(), b.greenF())),
                            float(ch(a.blueF(), b.blueF())));
}
} // namespace

ConsoleColors::ConsoleColors(const QPalette& palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::Text);
    const QColor base = palette.color(QPalette::Active, QPalette::Base);
    const bool dark = base.lightnessF() < 0.5;
    // Saturated enough to stand out, pulled a quarter of the way toward the text colour so
    // that the contrast with the background follows the theme.
    const QColor red = dark ? QColor(255, 110, 100) : QColor(200, 30, 30);
    const QColor green = dark ? QColor(110, 210, 120) : QColor(20, 130, 40);
    m_error = mix(red, text, 0.25);
    m_success = mix(green, text, 0.25);
    m_dim = mix(text, base, 0.45);
}

} // namespace capataz::ui
