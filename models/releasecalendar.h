#pragma once

#include "models/release.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Gatehouse::Models {

/// How a started phase of a release reads on the calendar: Done (baked without breach),
/// Running (pods moving), WaitingForBake (rolled out, criteria watched for the bake
/// time), Paused (waits for a person), RollingBack (a rollback is under way), RolledBack
/// and Failed.
enum class ReleaseBandState { Done, Running, WaitingForBake, Paused, RollingBack, RolledBack, Failed };

/// One phase of a release in its environment's row of the calendar, from when it
/// started rolling to when it finished (or to now while it is not finished).
struct ReleaseBand
{
    qint64 releaseId = 0;
    QString releaseTitle;
    ReleaseState releaseState = ReleaseState::Running;
    int phase = 0; ///< position in the release
    QString environment;
    QString workload;
    QString image;
    PhaseKind kind = PhaseKind::Canary;
    ReleaseBandState state = ReleaseBandState::Running;
    QDateTime start; ///< UTC
    QDateTime end;   ///< UTC
    bool ongoing = false; ///< not finished: `end` is the moment the bands were made
    QString note;    ///< why it is paused, rolled back or failed
};

/// The release progress the Calendar area draws: a band per started phase of every
/// release that ran (or runs) within the shown range. Pure; any thread.
class ReleaseCalendar
{
public:
    /// Bands of the started phases of `releases` that overlap [from, to), in release and
    /// phase order. A phase that has not finished ends at `now` while its release goes
    /// on, at the release's last update once the release is final. Pending phases (never
    /// started) have no band.
    static QList<ReleaseBand> bands(const QList<Release> &releases, const QDateTime &from, const QDateTime &to,
                                    const QDateTime &now);
    /// The band state of a phase state; empty for Pending.
    static std::optional<ReleaseBandState> bandState(PhaseState state);
};

} // namespace Gatehouse::Models
