#pragma once

#include "models/release.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Gatehouse::Models {

/// The release and phase state machine: which transitions are allowed, and the plan of
/// phases along a promotion path. Pure; any thread.
class ReleasePlan
{
public:
    /// What changes in one workload: its Deployment, container and new image.
    struct WorkloadStep
    {
        QString workload;
        QString container;
        QString image;
    };

    /// Phases for every environment of `promotionPath` in order, and per environment
    /// each of `workloads` in order: canary then rest, each followed by `bakeSeconds`.
    /// Environments in `migrationEnvironments` get `migration` on their first phase.
    static QList<ReleasePhase> build(const QStringList &promotionPath, const QList<WorkloadStep> &workloads,
                                     qint64 bakeSeconds, const QStringList &migrationEnvironments = {});

    static bool canTransition(ReleaseState from, ReleaseState to);
    static bool canTransition(PhaseState from, PhaseState to);

    /// Whether `phase` is the first phase of its environment in `phases`.
    static bool opensEnvironment(const QList<ReleasePhase> &phases, int phase);
    /// Whether `phase` is the last phase of its environment in `phases`.
    static bool closesEnvironment(const QList<ReleasePhase> &phases, int phase);
};

} // namespace Gatehouse::Models
