#pragma once

#include "estateenums.h"
#include "sourcelocation.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Gatehouse::Models {

/// What an expanded interval of the business calendar is.
enum class BandKind {
    OperatingCycle,    ///< a site's wave picking, carrier cutoff, receiving, …
    PartnerSlot,       ///< a partner's transaction schedule (EDI transmission, pickup)
    BusinessCycle,     ///< month-end / quarter-end close, inventory count, …
    Freeze,            ///< changes blocked except allowed types
    MaintenanceWindow, ///< preferred time for changes up to an impact tier
    Holiday,           ///< a public holiday of a site's holiday set
};

/// One concrete occurrence of a time rule of the estate, produced by the calendar
/// engine for a queried range. Times are absolute (UTC); `timeZone` is the zone the
/// rule is written in, so views can show "22:00 America/Chicago".
struct CalendarInterval
{
    BandKind kind = BandKind::OperatingCycle;
    QString name;          ///< rule name, e.g. "wave-1", "month-end-close", "edi-850-inbound"
    QString owner;         ///< site, calendar, or integration that declares the rule
    QString partner;       ///< for PartnerSlot: the partner's name
    QStringList sites;     ///< sites it concerns (empty = all)
    QStringList environments; ///< environments it concerns (empty = all)
    QStringList processes; ///< business processes it runs
    Criticality impact = Criticality::Medium;
    QDateTime start; ///< UTC
    QDateTime end;   ///< UTC, exclusive
    QString timeZone; ///< IANA zone of the rule
    bool allDay = false;
    /// Freeze only: change types still allowed.
    QList<ChangeType> allowedChangeTypes;
    /// MaintenanceWindow only: the highest impact tier the window is meant for.
    Criticality impactTier = Criticality::Medium;
    SourceLocation location; ///< where the rule is written (YAML or .ics)
};

/// A requested change window, as the conflict check and the next-window search see it.
struct ChangeWindow
{
    qint64 changeId = 0;  ///< 0 for a change not yet stored (pipelines, dialogs)
    QString environment;
    QStringList integrations;
    QStringList workloads;
    ChangeType type = ChangeType::Normal;
    QDateTime start; ///< UTC
    QDateTime end;   ///< UTC, exclusive
};

/// One reason a window is unsafe (hard) or discouraged (soft).
struct Conflict
{
    enum class Severity { Hard, Soft };
    enum class Kind {
        BusinessImpact,    ///< an impacted site/partner/process is in a cycle or slot
        Freeze,            ///< inside a freeze that does not allow the change's type
        OverlappingChange, ///< another scheduled change on the same environment/integration/workload
        OutsideMaintenance,///< outside every preferred window of the right impact tier
        Holiday,           ///< an affected site's public holiday
    };
    Kind kind = Kind::BusinessImpact;
    Severity severity = Severity::Hard;
    CalendarInterval occurrence; ///< the rule occurrence that conflicts (empty for OutsideMaintenance)
    Criticality impact = Criticality::Medium;
    /// For BusinessImpact: the dependency path from a changed integration to what the
    /// rule concerns, as integration names, e.g. {"odoo-sale", "edi-gateway"}.
    QStringList path;
    /// Whether impact analysis says the path "fails" (true) or only "degrades".
    bool fails = true;
    qint64 otherChangeId = 0; ///< OverlappingChange only
    /// Freeze only: whether an override is possible and which role may record it.
    bool overridable = false;
    QString overrideRole;
    /// Freeze only: every role the estate's policy for the environment's tier lets
    /// override a freeze (Policy::freezeOverrideRoles); overrideRole is the first.
    QStringList overrideRoles;
    /// Freeze only: an override is recorded for this change (it no longer blocks: the
    /// severity is then Soft), by whom, with which role, why.
    bool overridden = false;
    QString overriddenBy;
    QString overriddenRole;
    QString overrideReason;
    /// The whole conflict in one translated sentence (the same words in UI and CLI).
    QString message;
};

} // namespace Gatehouse::Models
