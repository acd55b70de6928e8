#pragma once

#include "calendarinterval.h"
#include "conflictchecker.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Gatehouse::Models {

/// One proposed window for a change, with why it was ranked where it is.
struct WindowProposal
{
    QDateTime start; ///< UTC
    QDateTime end;   ///< UTC, exclusive
    /// What the conflict checker says about the window: soft conflicts only (a
    /// proposal never has a hard one).
    QList<Conflict> softConflicts;
    bool insideMaintenanceWindow = false;
    /// The most severe impact among the soft conflicts; Low when there are none.
    Criticality worstImpact = Criticality::Low;
    /// Sites the change's environment serves that are in an operating cycle
    /// (business hours) during the window.
    int sitesInBusinessHours = 0;
    /// Lower is better; proposals are returned in this order.
    int score = 0;
    /// Translated, one or two sentences: "Inside maintenance window eu-weekend-night;
    /// no business impact." / "Outside any maintenance window; 2 soft conflicts: …".
    QString explanation;
};

/// Finds the earliest windows that break no hard constraint for a change, ranked by
/// soft constraints: inside a preferred maintenance window first, then lowest
/// business impact, then fewest affected sites in business hours, then earliest.
///
/// Exact by construction: every proposal is the result of ConflictChecker::check()
/// on that very window, and a window with a hard conflict is never proposed, so
/// `gatehouse check-window` accepts every proposal.
///
/// A freeze with a recorded override for the change (a non-zero `shape.changeId` and
/// ConflictChecker::setFreezeOverrides()) no longer blocks it: windows inside it are
/// proposed, with the freeze among their soft conflicts as "overridden".
///
/// Holds a reference to the checker, which must outlive it. find() is const and may
/// run on any thread (it does not modify the checker).
class SafeWindowFinder
{
public:
    explicit SafeWindowFinder(const ConflictChecker &checker);

    /// Granularity of proposed start times (default 15 minutes).
    void setStepSeconds(qint64 seconds) { m_stepSeconds = seconds; }
    qint64 stepSeconds() const { return m_stepSeconds; }
    /// How far beyond the first feasible start candidates are collected for ranking
    /// (default 7 days). 0 = strictly the earliest windows.
    void setLookaheadSeconds(qint64 seconds) { m_lookaheadSeconds = seconds; }

    /// Up to `count` non-overlapping windows of `durationSeconds` for the change
    /// described by `shape` (its environment, integrations, workloads and type; its
    /// start/end are ignored), starting at or after `afterUtc` (rounded up to the
    /// step) and ending before `untilUtc` (default: the checker's index end).
    /// Empty when no window exists in that range.
    QList<WindowProposal> find(const ChangeWindow &shape, qint64 durationSeconds, const QDateTime &afterUtc,
                               int count = 3, const QDateTime &untilUtc = {}) const;

private:
    const ConflictChecker &m_checker;
    qint64 m_stepSeconds = 15 * 60;
    qint64 m_lookaheadSeconds = 7 * 24 * 3600;
};

} // namespace Gatehouse::Models
