#pragma once

#include "models/releasecalendar.h"

#include <QCoreApplication>
#include <QIcon>
#include <QPalette>
#include <QRectF>
#include <QString>
#include <QTimeZone>

class QPainter;

namespace Gatehouse::Ui {

/// How the Calendar's timeline shows a release's progress: each started phase is a band
/// in its environment's row (Models::ReleaseCalendar makes them) that says its state in
/// words and with an icon ("Waiting for bake", "Rolled back", …), never by colour alone,
/// and whose tooltip gives the release, the workload and the times in the zone the
/// timeline shows. UI thread only (icons come from the application style).
class CalendarReleaseOverlay
{
    Q_DECLARE_TR_FUNCTIONS(CalendarReleaseOverlay)
public:
    /// "Done", "Running", "Waiting for bake", "Paused", "Rolling back", "Rolled back", "Failed".
    static QString stateText(Models::ReleaseBandState state);
    static QIcon stateIcon(Models::ReleaseBandState state);
    /// What the band says on screen: "Waiting for bake · edi-gateway (canary) · Release 7 title".
    static QString label(const Models::ReleaseBand &band);
    /// The tooltip (HTML): release, phase, state, its times in `zone` (named), the note.
    static QString toolTip(const Models::ReleaseBand &band, const QTimeZone &zone);
    /// Paints `band` into `rect` with its icon and its label; a band narrower than its
    /// label carries icon and label on its right, in up to `besideWidth` px.
    static void paint(QPainter &painter, const QRectF &rect, const Models::ReleaseBand &band, const QPalette &palette,
                      qreal besideWidth = 0);
};

} // namespace Gatehouse::Ui
