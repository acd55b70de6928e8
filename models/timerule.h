#pragma once

#include "sourcelocation.h"

#include <QDate>
#include <QString>
#include <QTime>

#include <optional>

namespace Gatehouse::Models {

/// A recurring (or one-off) interval in a named time zone, as the estate writes it:
/// an RFC 5545 RRULE anchored at a local start, lasting a duration.
/// Expansion into concrete intervals is the calendar engine's job (libical); the
/// loader only checks that the parts are well formed.
struct TimeRule
{
    QString name;
    /// RFC 5545 RRULE value without the "RRULE:" prefix; empty for a one-off.
    QString rrule;
    /// Local date of the first occurrence (DTSTART's date). Invalid = the rule applies
    /// from the estate's epoch (loader fills 2026-01-01 when omitted).
    QDate startDate;
    /// Local time of day the interval starts; ignored when allDay.
    QTime startTime;
    bool allDay = false;
    /// ISO 8601 duration in seconds (e.g. "PT2H30M" → 9000, "P1D" → 86400).
    qint64 durationSeconds = 0;
    /// IANA zone id; empty means "the owner's zone" (site, calendar or estate default).
    QString timeZone;
    SourceLocation location;
};

} // namespace Gatehouse::Models
