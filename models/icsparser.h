#pragma once

#include "calendarevent.h"
#include "diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Gatehouse::Models {

/// What an .ics file holds: its name and events, and every problem found.
struct IcsCalendar
{
    QString name; ///< X-WR-CALNAME, if any
    QList<CalendarEvent> events;
    /// Errors and warnings with the file name and the 1-based line of the content
    /// line (the first physical line of a folded one). Events with an error are left out.
    Diagnostics diagnostics;

    bool hasErrors() const;
};

/// Reads RFC 5545 iCalendar text into CalendarEvents: VCALENDAR with VEVENTs
/// (DTSTART with DTEND or DURATION, DATE or DATE-TIME values, UTC or TZID, RRULE,
/// EXDATE, RDATE), VTIMEZONE components (a TZID that is not an IANA zone is
/// resolved through the VTIMEZONE's X-LIC-LOCATION or a trailing "Area/City" in
/// the TZID), line folding, CRLF or LF line ends. Other components (VTODO, VALARM,
/// …) are skipped. Text only, no I/O: the caller reads the file.
/// Pure function, any thread.
class IcsParser
{
public:
    /// `fileName` is only used in diagnostics.
    static IcsCalendar parse(const QByteArray &text, const QString &fileName);
};

} // namespace Gatehouse::Models
