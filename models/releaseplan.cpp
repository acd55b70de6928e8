#include "models/releaseplan.h"

namespace Gatehouse::Models {

QList<ReleasePhase> ReleasePlan::build(const QStringList &promotionPath, const QList<WorkloadStep> &workloads,
                                       qint64 bakeSeconds, const QStringList &migrationEnvironments)
{
    QList<ReleasePhase> phases;
    for (const QString &environment : promotionPath) {
        bool first = true;
        for (const WorkloadStep &step : workloads) {
            for (const PhaseKind kind : {PhaseKind::Canary, PhaseKind::Rest}) {
                ReleasePhase phase;
                phase.position = int(phases.size());
                phase.environment = environment;
                phase.workload = step.workload;
                phase.container = step.container.isEmpty() ? step.workload : step.container;
                phase.image = step.image;
                phase.kind = kind;
                phase.bakeSeconds = bakeSeconds;
                phase.migration = first && migrationEnvironments.contains(environment);
                first = false;
                phases.append(phase);
            }
        }
    }
    return phases;
}

bool ReleasePlan::canTransition(ReleaseState from, ReleaseState to)
{
    switch (from) {
    case ReleaseState::Planned:
        return to == ReleaseState::Running || to == ReleaseState::Failed;
    case ReleaseState::Running:
        return to == ReleaseState::Paused || to == ReleaseState::Completed || to == ReleaseState::RolledBack
               || to == ReleaseState::Failed;
    case ReleaseState::Paused:
        // A person continues it, or rolls it back from the pause.
        return to == ReleaseState::Running || to == ReleaseState::RolledBack || to == ReleaseState::Failed;
    case ReleaseState::Completed:
    case ReleaseState::RolledBack:
    case ReleaseState::Failed:
        return false;
    }
    return false;
}

bool ReleasePlan::canTransition(PhaseState from, PhaseState to)
{
    switch (from) {
    case PhaseState::Pending:
        return to == PhaseState::Rolling || to == PhaseState::Paused || to == PhaseState::RollingBack
               || to == PhaseState::Failed;
    case PhaseState::Rolling:
        return to == PhaseState::Baking || to == PhaseState::Paused || to == PhaseState::RollingBack
               || to == PhaseState::RolledBack || to == PhaseState::Failed;
    case PhaseState::Baking:
        return to == PhaseState::Completed || to == PhaseState::Paused || to == PhaseState::RollingBack
               || to == PhaseState::RolledBack || to == PhaseState::Failed;
    case PhaseState::Paused:
        // Continuing re-enters the phase where it stood; a rollback can start from the pause.
        return to == PhaseState::Pending || to == PhaseState::Rolling || to == PhaseState::Baking
               || to == PhaseState::RollingBack || to == PhaseState::RolledBack || to == PhaseState::Failed;
    case PhaseState::RollingBack:
        return to == PhaseState::RolledBack || to == PhaseState::Failed;
    case PhaseState::Completed:
    case PhaseState::RolledBack:
    case PhaseState::Failed:
        return false;
    }
    return false;
}

bool ReleasePlan::opensEnvironment(const QList<ReleasePhase> &phases, int phase)
{
    if (phase < 0 || phase >= phases.size())
        return false;
    return phase == 0 || phases.at(phase - 1).environment != phases.at(phase).environment;
}

bool ReleasePlan::closesEnvironment(const QList<ReleasePhase> &phases, int phase)
{
    if (phase < 0 || phase >= phases.size())
        return false;
    return phase == phases.size() - 1 || phases.at(phase + 1).environment != phases.at(phase).environment;
}

} // namespace Gatehouse::Models
