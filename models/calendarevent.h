#pragma once

#include "sourcelocation.h"
#include "timerule.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Gatehouse::Models {

/// One VEVENT imported from an iCalendar (.ics) file: a holiday, a partner's slot.
/// Its timing is a TimeRule (DTSTART's local date and time, RRULE, duration, zone),
/// so the calendar engine expands imported events and YAML rules the same way.
/// Plain data; copy freely between threads.
struct CalendarEvent
{
    QString uid;
    QString summary;
    /// DTSTART/DTEND or DURATION, RRULE and TZID. `when.timeZone` is the IANA zone
    /// of DTSTART, "UTC" for a UTC value, empty for a floating time or an all-day
    /// event (both are read in the zone of whoever uses the event: a site's zone).
    /// For an all-day event `when.allDay` is true and `when.durationSeconds` is a
    /// whole number of days.
    TimeRule when;
    /// EXDATE values as wall-clock date and time in `when.timeZone` (the QDateTime's
    /// date() and time() are the local fields; its time spec is Qt::UTC only so that
    /// nothing ever converts it). For all-day events only the date matters.
    QList<QDateTime> exceptions;
    /// RDATE values, same convention as `exceptions`.
    QList<QDateTime> extraDates;
    SourceLocation location; ///< the BEGIN:VEVENT line
};

} // namespace Gatehouse::Models
