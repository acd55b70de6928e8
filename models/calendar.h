#pragma once

#include "calendarevent.h"
#include "estateenums.h"
#include "sourcelocation.h"
#include "timerule.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gatehouse::Models {

/// Business days counted from a period boundary, e.g. month-end close =
/// the last 2 business days of the month and the first 3 of the next.
struct BusinessDayRule
{
    enum class Period { Month, Quarter, Year };
    Period period = Period::Month;
    int lastDays = 0;  ///< business days before the end of the period
    int firstDays = 0; ///< business days from the start of the next period
    QString holidays;  ///< holiday set whose days are not business days; empty = none
};

/// A recurring business period changes should avoid (month-end close, inventory count, …).
struct BusinessCycle
{
    QString name;
    Criticality impact = Criticality::High;
    QStringList processes;
    QStringList sites; ///< empty = every site
    /// Exactly one of `when` (an RRULE) or `businessDays` describes it.
    std::optional<TimeRule> when;
    std::optional<BusinessDayRule> businessDays;
    SourceLocation location;
};

/// A period in which changes are blocked except for the allowed change types.
struct Freeze
{
    QString name;
    QString reason;
    QDateTime start; ///< in `timeZone`
    QDateTime end;
    QString timeZone;
    QList<ChangeType> allowedChangeTypes;
    QList<Tier> tiers;        ///< empty = every tier
    QStringList environments; ///< empty = every environment of those tiers
    SourceLocation location;
};

/// When changes of a given impact are preferred.
struct MaintenanceWindow
{
    QString name;
    /// Changes up to this impact belong in the window (low ⊂ medium ⊂ high ⊂ critical).
    Criticality impactTier = Criticality::Medium;
    QStringList environments; ///< empty = every environment
    TimeRule when;
    SourceLocation location;
};

/// A set of holidays imported from an .ics file.
struct HolidaySet
{
    QString name;
    QString icsPath; ///< absolute path, resolved against the YAML file's folder
    SourceLocation location;
    /// The VEVENTs of the .ics file, filled by the loader (empty when the file is
    /// missing or malformed; the loader reports that with file and line).
    QList<CalendarEvent> events;
};

struct Calendar
{
    QString name;
    QString timeZone;
    QList<BusinessCycle> businessCycles;
    QList<Freeze> freezes;
    QList<MaintenanceWindow> maintenanceWindows;
    QList<HolidaySet> holidays;
    SourceLocation location;
};

} // namespace Gatehouse::Models
