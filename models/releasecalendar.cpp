#include "models/releasecalendar.h"

namespace Gatehouse::Models {

std::optional<ReleaseBandState> ReleaseCalendar::bandState(PhaseState state)
{
    switch (state) {
    case PhaseState::Pending:
        return std::nullopt;
    case PhaseState::Rolling:
        return ReleaseBandState::Running;
    case PhaseState::Baking:
        return ReleaseBandState::WaitingForBake;
    case PhaseState::Completed:
        return ReleaseBandState::Done;
    case PhaseState::Paused:
        return ReleaseBandState::Paused;
    case PhaseState::RollingBack:
        return ReleaseBandState::RollingBack;
    case PhaseState::RolledBack:
        return ReleaseBandState::RolledBack;
    case PhaseState::Failed:
        return ReleaseBandState::Failed;
    }
    return std::nullopt;
}

QList<ReleaseBand> ReleaseCalendar::bands(const QList<Release> &releases, const QDateTime &from, const QDateTime &to,
                                          const QDateTime &now)
{
    QList<ReleaseBand> bands;
    for (const Release &release : releases) {
        for (const ReleasePhase &phase : release.phases) {
            const std::optional<ReleaseBandState> state = bandState(phase.state);
            // Pending, or paused (or rolled back) before it started: nothing of it ran.
            if (!state || !phase.startedAt.isValid())
                continue;
            ReleaseBand band;
            band.releaseId = release.id;
            band.releaseTitle = release.title;
            band.releaseState = release.state;
            band.phase = phase.position;
            band.environment = phase.environment;
            band.workload = phase.workload;
            band.image = phase.image;
            band.kind = phase.kind;
            band.state = *state;
            band.start = phase.startedAt;
            band.note = phase.note;
            if (phase.finishedAt.isValid()) {
                band.end = phase.finishedAt;
            } else {
                band.ongoing = true;
                // A final release no longer moves its unfinished phases: they end with it.
                band.end = release.isFinal() && release.updatedAt.isValid() ? release.updatedAt : now;
            }
            if (band.end < band.start)
                band.end = band.start;
            if (band.end < from || band.start >= to)
                continue;
            bands.append(band);
        }
    }
    return bands;
}

} // namespace Gatehouse::Models
