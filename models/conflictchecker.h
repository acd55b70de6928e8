#pragma once

#include "calendarengine.h"
#include "calendarinterval.h"
#include "changerequest.h"
#include "estate.h"
#include "impactanalysis.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <memory>

namespace Gatehouse::Models {

/// A recorded override of a freeze for one change (the control store's audit log
/// holds it as "freeze.overridden").
struct FreezeOverride
{
    qint64 changeId = 0;
    QString rule; ///< the freeze's name
    QString role;
    QString reason;
    QString by; ///< the database user who recorded it
    QDateTime at;
};

/// Everything that speaks against one change window, and whether it blocks.
///
/// For a ChangeWindow (environment, changed integrations/workloads, type, UTC
/// window) check() returns one Conflict per offending rule occurrence:
/// - BusinessImpact (production environments only): impact analysis from the
///   changed integrations reaches a partner, a process or a site, and one of its
///   rules has an occurrence overlapping the window — a partner slot of an affected
///   integration's partner (edi-gateway changed → ACME's po-850 at 22:00
///   America/Chicago), an operating cycle at a site the environment serves whose
///   processes an affected integration carries (or any cycle there when it names no
///   processes), a business cycle whose processes are affected at a served site.
///   `path` is the dependency path that explains it, `fails` whether it fails or
///   only degrades. Hard when the rule's impact is critical, or high and the path
///   fails; soft otherwise.
/// - Freeze: hard unless the change's type is allowed; `overridable` is true and
///   `overrideRole` names the role that may record an override (see canOverride()).
/// - OverlappingChange: another change (setOtherChanges()) whose window overlaps:
///   hard on the same environment, soft when it only shares an integration or a
///   workload in another environment.
/// - OutsideMaintenance: soft when the window does not lie inside the preferred
///   maintenance windows (possibly several back to back) that apply to the
///   environment and admit the change's impact (the highest criticality of the
///   changed integrations). No conflict when no window applies to the environment.
/// - Holiday (production only): soft, a served site's public holiday.
///
/// `message` is one translated sentence (context "Conflict") naming the rule, the
/// occurrence in the rule's zone and in the viewer's zone, the path, the impact and
/// "blocks" / "discouraged"; the CLI prints exactly these words.
///
/// Rules are expanded once over the index range given at construction and kept in
/// per-rule sorted arrays, so a check is a few binary searches. Which rules matter for
/// an environment (and which integrations could carry each) is prepared once per
/// environment, and the rules relevant to a change shape once per shape (both cached,
/// guarded by a mutex). A window outside
/// the index range is checked against a fresh expansion (slower, still correct).
/// Immutable after construction except for the setters; the const methods may run
/// concurrently on any thread once the setters are done.
class ConflictChecker
{
public:
    /// The role that may override a freeze when it does not allow the change's type and
    /// the estate has no policy for the environment's tier.
    static QString freezeOverrideRole();
    /// The roles that may override a freeze on `environment`: the estate's Policy for
    /// its tier (Policy::freezeOverrideRoles, possibly none), else the defaults
    /// (freezeOverrideRole() and "admin").
    QStringList freezeOverrideRoles(const QString &environment) const;

    /// Indexes the estate's rules over [indexFromUtc, indexToUtc). Defaults: from
    /// 31 days before now to 2 years and 31 days after it.
    explicit ConflictChecker(EstatePtr estate, const QDateTime &indexFromUtc = {}, const QDateTime &indexToUtc = {});
    ~ConflictChecker();
    ConflictChecker(const ConflictChecker &) = delete;
    ConflictChecker &operator=(const ConflictChecker &) = delete;

    EstatePtr estate() const { return m_estate; }
    const CalendarEngine &engine() const;
    const ImpactAnalysis &impactAnalysis() const;
    QDateTime indexFrom() const;
    QDateTime indexTo() const;

    /// Other scheduled changes to check overlaps against (a change never conflicts
    /// with itself: entries with the checked window's non-zero changeId are ignored).
    void setOtherChanges(const QList<ChangeWindow> &changes);
    const QList<ChangeWindow> &otherChanges() const;
    /// Recorded freeze overrides: a Freeze conflict of a change (non-zero changeId) whose
    /// freeze has an override for it comes back `overridden`, Soft, with who and why.
    void setFreezeOverrides(const QList<FreezeOverride> &overrides);
    const QList<FreezeOverride> &freezeOverrides() const;
    /// The freeze overrides in audit records ("freeze.overridden", detail JSON with rule,
    /// role and reason); other records are ignored.
    static QList<FreezeOverride> freezeOverridesFromAudit(const QList<AuditEntry> &entries);
    /// Zone in which messages show the occurrence a second time ("viewer's time").
    /// Default: the system zone.
    void setViewerTimeZone(const QTimeZone &zone);
    QTimeZone viewerTimeZone() const;

    /// All conflicts of the window: hard first, then by start, kind and rule name.
    /// An unknown environment, integration or workload gives no conflicts for it;
    /// callers validate names first (see validate()).
    QList<Conflict> check(const ChangeWindow &window) const;
    /// Whether a change in `state` still holds its window (finished or refused changes
    /// do not block others).
    static bool holdsWindow(ChangeState state);
    /// The windows of the changes that hold one (a valid window and holdsWindow()):
    /// what setOtherChanges() takes, the same for the Calendar area and the command line.
    static QList<ChangeWindow> scheduledWindows(const QList<ChangeRequest> &changes);
    /// The window of one change (no check of its state).
    static ChangeWindow windowOf(const ChangeRequest &change);
    /// Whether any of the conflicts blocks.
    static bool hasHardConflict(const QList<Conflict> &conflicts);
    /// Why the window cannot be checked: unknown environment, integration or
    /// workload, or an empty/negative window. Translated.
    Status validate(const ChangeWindow &window) const;

    /// The impact a change is judged at for maintenance windows: the highest
    /// criticality among its changed integrations (workloads mapped), Low if none.
    Criticality changeImpact(const ChangeWindow &window) const;

    /// Whether `role` may override the freeze conflict with `reason`: the conflict
    /// must be an overridable Freeze, the role one of its overrideRoles (when it names
    /// none: its overrideRole or "admin"), the reason non-empty. The caller records the
    /// override in the control store, which checks the applied policy again.
    static Status canOverride(const Conflict &conflict, const QString &role, const QString &reason);

    /// The rules that matter for a change, prepared once per change shape and used
    /// by the safe-window finder to skip blocked time quickly. Opaque.
    struct Relevance;
    std::shared_ptr<const Relevance> relevance(const ChangeWindow &shape) const;
    /// check() with a prepared relevance (the window's times may differ from the
    /// shape's). Without messages the conflicts are the same but `message` is empty
    /// (the finder ranks many candidates and only words the ones it proposes).
    QList<Conflict> check(const ChangeWindow &window, const Relevance &relevance, bool withMessages = true) const;
    /// What check() would say about a window, counted instead of worded: whether a
    /// conflict blocks, how many there are, the worst impact among those that are not
    /// OutsideMaintenance, and whether the window lies inside the maintenance windows.
    /// The finder ranks many candidates with it; it stops counting at the first hard one.
    struct Tally
    {
        bool hard = false;
        int conflicts = 0;
        Criticality worstImpact = Criticality::Low;
        bool insideMaintenance = true;
    };
    Tally tally(const ChangeWindow &window, const Relevance &relevance) const;
    /// How many sites served by the shape's environment have an operating cycle
    /// overlapping the window ("sites in business hours").
    int sitesInOperatingCycles(const ChangeWindow &window, const Relevance &relevance) const;
    /// The earliest UTC time ≥ `from` at which no hard rule occurrence, freeze or
    /// same-environment change overlaps [t, t + duration); invalid when there is
    /// none before `limit`. Used by SafeWindowFinder.
    QDateTime nextUnblocked(const Relevance &relevance, const ChangeWindow &shape, const QDateTime &from,
                            qint64 durationSeconds, const QDateTime &limit) const;
    /// The same in seconds since the epoch (UTC); -1 when there is none.
    qint64 nextUnblocked(const Relevance &relevance, const ChangeWindow &shape, qint64 fromSecs, qint64 durationSeconds,
                         qint64 limitSecs) const;
    /// Starts of the applicable maintenance windows admitting the shape's impact in
    /// [from, to), ascending (candidate starts for the finder).
    QList<QDateTime> maintenanceStarts(const Relevance &relevance, const QDateTime &from, const QDateTime &to) const;

private:
    struct Private;
    struct EnvironmentPlan;
    /// The per-environment part of relevance(), built once per environment and kept.
    std::shared_ptr<const EnvironmentPlan> environmentPlan(const QString &environment) const;
    void addBusinessItems(Relevance &relevance, const EnvironmentPlan &plan, const ChangeWindow &shape) const;
    EstatePtr m_estate;
    std::unique_ptr<Private> m_d;
};

} // namespace Gatehouse::Models
