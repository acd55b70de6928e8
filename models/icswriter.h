#pragma once

#include "calendarinterval.h"
#include "changerequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Gatehouse::Models {

/// Writes RFC 5545 iCalendar text that Outlook, Google Calendar and Thunderbird
/// subscribe to: one VEVENT per interval or change, times in the rule's zone with a
/// VTIMEZONE for every zone used (from libical's zone data), all-day events as
/// DATE values, CRLF line ends, lines folded at 75 octets, text escaped. UIDs are
/// stable (derived from kind, owner, name and start), so a re-export updates the
/// subscribers' copies instead of duplicating them. Pure functions, any thread.
class IcsWriter
{
public:
    /// The business calendar: expanded cycles, partner slots, business cycles,
    /// freezes, maintenance windows and holidays. `stamp` is DTSTAMP (UTC).
    static QByteArray writeIntervals(const QList<CalendarInterval> &intervals, const QString &calendarName,
                                     const QDateTime &stamp);
    /// The change calendar: one event per change with a window (others are skipped),
    /// in the change's windowTimeZone (UTC when empty).
    static QByteArray writeChanges(const QList<ChangeRequest> &changes, const QString &calendarName,
                                   const QDateTime &stamp);
};

} // namespace Gatehouse::Models
