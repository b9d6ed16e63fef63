#include "Tones.h"

#include <QPalette>
#include <cmath>

namespace odoodeploy::Tones {

namespace {

constexpr double kMinimumContrast = 4.5;

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

struct Shades {
    QColor onLight;
    QColor onDark;
};

Shades shades(Tone tone)
{
    switch (tone) {
    case Tone::Error: return {QColor(0xb3, 0x26, 0x1e), QColor(0xff, 0x8a, 0x80)};
    case Tone::Warning: return {QColor(0xa0, 0x40, 0x00), QColor(0xff, 0xb8, 0x6b)};
    case Tone::Success: return {QColor(0x14, 0x6c, 0x2e), QColor(0x6f, 0xdc, 0x8c)};
    case Tone::Busy: return {QColor(0x1a, 0x5f, 0xb4), QColor(0x8a, 0xb4, 0xf8)};
    case Tone::Muted: return {QColor(0x5e, 0x5c, 0x64), QColor(0xb8, 0xb6, 0xbf)};
    }
    return {};
}

} // namespace

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor color(Tone tone, const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    const bool dark = luminance(window) < 0.18; // about mid-grey
    const Shades s = shades(tone);
    const QColor pick = dark ? s.onDark : s.onLight;
    if (contrast(pick, window) >= kMinimumContrast && contrast(pick, base) >= kMinimumContrast)
        return pick;
    return palette.color(QPalette::WindowText); // an unusual palette: readable beats coloured
}

QString textStyle(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color: %1;").arg(color(tone, palette).name());
}

QString invalidBorderStyle(const QPalette &palette)
{
    return QStringLiteral("border: 1px solid %1;").arg(color(Tone::Error, palette).name());
}

} // namespace odoodeploy::Tones
