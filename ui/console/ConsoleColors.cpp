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
    m_dark = dark;
}

QColor ConsoleColors::terminal(exec::TermColor color) const
{
    using Kind = exec::TermColor::Kind;
    if (color.kind() == Kind::Rgb)
        return QColor::fromRgb(QRgb(color.rgbValue()));
    if (color.kind() != Kind::Indexed)
        return {};
    const int i = color.index();
    if (i < 16) {
        // Black, red, green, yellow, blue, magenta, cyan, white; then the bright ones. Darker
        // on a light background and lighter on a dark one, like terminal themes do.
        static constexpr QRgb light[16] = {0x000000, 0xb21818, 0x18862b, 0x8a6d00, 0x1d4fc4, 0x9c27b0,
                                           0x00838f, 0x6e6e6e, 0x555555, 0xd32f2f, 0x2e9e44, 0xa88400,
                                           0x3d6fe0, 0xba43c8, 0x0097a7, 0x303030};
        static constexpr QRgb dark[16] = {0x5c5c5c, 0xf2615a, 0x6cd07a, 0xe5c04c, 0x6f9cf5, 0xd783e6,
                                          0x4fd2de, 0xd0d0d0, 0x8a8a8a, 0xff8a80, 0x9af0a6, 0xfff176,
                                          0x9fc2ff, 0xf0a8ff, 0x8ff0f8, 0xffffff};
        return QColor::fromRgb(m_dark ? dark[i] : light[i]);
    }
    if (i < 232) { // the 6x6x6 cube
        const int c = i - 16;
        const auto level = [](int v) {
            return v == 0 ? 0 : 55 + v * 40;
        };
        return QColor(level(c / 36), level(c / 6 % 6), level(c % 6));
    }
    const int grey = 8 + (i - 232) * 10;
    return QColor(grey, grey, grey);
}

} // namespace capataz::ui
