#include "graphpalette.h"

namespace Gatehouse::Ui {

using Models::Criticality;
using Outcome = Models::GateResult::Outcome;

GraphPalette::GraphPalette(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    dark = base.lightnessF() < 0.5;
    background = dark ? mix(base, QColor(Qt::black), 0.15) : mix(base, palette.color(QPalette::Window), 0.6);
    nodeBorder = mix(base, text, dark ? 0.45 : 0.35);
    edge = mix(base, text, dark ? 0.6 : 0.55);
    selection = palette.color(QPalette::Highlight);
    // Brighter hues on dark backgrounds, deeper ones on light.
    upstream = dark ? QColor(0x5d, 0xad, 0xe2) : QColor(0x1f, 0x6f, 0xb2);
    downstream = dark ? QColor(0x48, 0xc9, 0xb0) : QColor(0x11, 0x7a, 0x65);
    changed = dark ? QColor(0xbb, 0x8f, 0xce) : QColor(0x7d, 0x3c, 0x98);
    fails = dark ? QColor(0xf1, 0x6a, 0x5e) : QColor(0xc0, 0x39, 0x2b);
    degrades = dark ? QColor(0xf5, 0xb0, 0x41) : QColor(0xb9, 0x77, 0x0e);
}

QColor GraphPalette::criticality(Criticality value) const
{
    switch (value) {
    case Criticality::Critical:
        return fails;
    case Criticality::High:
        return degrades;
    case Criticality::Medium:
        return upstream;
    case Criticality::Low:
        break;
    }
    return nodeBorder;
}

QColor GraphPalette::health(double ratio) const
{
    if (ratio >= 0.99)
        return downstream;
    if (ratio >= 0.95)
        return degrades;
    return fails;
}

QColor GraphPalette::contract(Outcome outcome) const
{
    switch (outcome) {
    case Outcome::Pass:
        return downstream;
    case Outcome::Fail:
        return fails;
    case Outcome::Unknown:
        break;
    }
    return nodeBorder;
}

QColor GraphPalette::mix(const QColor &a, const QColor &b, double amount)
{
    const auto blend = [amount](double x, double y) { return x + (y - x) * amount; };
    return QColor::fromRgbF(float(blend(a.redF(), b.redF())), float(blend(a.greenF(), b.greenF())),
                            float(blend(a.blueF(), b.blueF())));
}

QColor GraphPalette::readableOn(const QColor &background)
{
    const double luminance = 0.299 * background.redF() + 0.587 * background.greenF() + 0.114 * background.blueF();
    return luminance > 0.55 ? QColor(0x1b, 0x1b, 0x1b) : QColor(Qt::white);
}

} // namespace Gatehouse::Ui
