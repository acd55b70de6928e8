#pragma once

#include "models/calendarinterval.h"
#include "models/changerequest.h"

#include <QColor>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

class QPainter;
class QPalette;
class QPointF;
class QRectF;

namespace Gatehouse::Ui::CalendarStyle {

// The look shared by the calendar views (timeline, month grid, legend, PDF export),
// so that a band kind reads the same everywhere. Every kind has a pattern and a
// glyph as well as a colour: status is never told by colour alone. UI thread only.

/// True when the palette is a dark one (window colour darker than mid-grey).
bool isDark(const QPalette &palette);

/// Every band kind, in the order the legend and the filters list them.
QList<Models::BandKind> allBandKinds();

/// Translated name of a band kind ("Freeze", "Partner slot", …).
QString bandKindName(Models::BandKind kind);

/// A short glyph that marks the kind in labels where no pattern fits.
QString bandKindGlyph(Models::BandKind kind);

/// Base colour of a kind in a light or dark palette.
QColor bandColour(Models::BandKind kind, bool dark);

/// Fills `rect` with the kind's tint and pattern and outlines it.
void paintBand(QPainter *painter, const QRectF &rect, Models::BandKind kind, bool dark);

/// Translated state word ("Scheduled", "In progress", …).
QString stateName(Models::ChangeState state);

/// Colour of the state stripe on a change block (always shown next to the state word).
QColor stateColour(Models::ChangeState state, bool dark);

/// Translated risk word for a change ("risk critical", …).
QString riskText(Models::Criticality risk);

/// Hard conflicts draw a triangle with "!", soft ones a circle with "i".
void paintConflictMarker(QPainter *painter, const QPointF &centre, qreal size, Models::Conflict::Severity severity);

/// "Europe/Amsterdam", or "UTC" for UTC.
QString zoneName(const QTimeZone &zone);

/// A UTC window shown in `zone`, with the zone named:
/// "Tue 12 Jan 2027 22:00 – 22:45 America/Chicago" (end date shown when it differs).
/// All-day windows show dates only: "Fri 24 Dec 2027 – Sun 26 Dec 2027 (all day)".
QString formatWindow(const QDateTime &startUtc, const QDateTime &endUtc, const QTimeZone &zone,
                     bool allDay = false);

/// One instant in `zone`: "Tue 12 Jan 2027 22:00 America/Chicago".
QString formatInstant(const QDateTime &utc, const QTimeZone &zone);

} // namespace Gatehouse::Ui::CalendarStyle
