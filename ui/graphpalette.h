#pragma once

#include "models/estateenums.h"
#include "models/gateresult.h"

#include <QColor>
#include <QPalette>

namespace Gatehouse::Ui {

/// The colours of the dependency graph for one widget palette, tuned for light and
/// dark palettes alike. Colour is never the only signal: every colour here goes with a
/// word, a line style or a pattern where it is used. UI thread only.
class GraphPalette
{
public:
    explicit GraphPalette(const QPalette &palette);

    bool dark;
    QColor background;
    QColor nodeBorder;
    QColor edge;
    QColor selection;
    QColor upstream;
    QColor downstream;
    QColor changed;
    QColor fails;
    QColor degrades;

    QColor criticality(Models::Criticality value) const;
    QColor health(double ratio) const;
    QColor contract(Models::GateResult::Outcome outcome) const;

    /// `a` moved towards `b` by `amount` (0..1).
    static QColor mix(const QColor &a, const QColor &b, double amount);
    /// Black or white, whichever reads better on `background`.
    static QColor readableOn(const QColor &background);
};

} // namespace Gatehouse::Ui
