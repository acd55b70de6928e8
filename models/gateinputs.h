#pragma once

#include "models/changerequest.h"
#include "models/estate.h"
#include "models/gateresult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFuture>
#include <QString>
#include <QStringList>

#include <functional>

namespace Gatehouse::Models {

class CalendarEngine;
class ConflictChecker;

/// Supplies the results of the gates other areas own (window, contracts, drift, backup,
/// alerts, health) for a change going to an environment, asked for the gates that
/// environment requires; a gate left out is Unknown. The future may finish on any thread.
using GateSource = std::function<QFuture<QList<GateResult>>(const ChangeRequest &, const ChangeScope &,
                                                            const QString &environment, const QStringList &gates)>;

/// Which gates a change must pass to reach an environment, and the "window" gate from
/// the calendar. Shared by the Changes area, the release executor and `gatehouse gate`,
/// so a pipeline gets the answer the UI shows. Pure computation, any thread.
class GateInputs
{
    Q_DECLARE_TR_FUNCTIONS(GateInputs)
public:
    /// The gates of `environment`: the gates its tier's Policy names (`spec.gates`; the
    /// GateEvaluation defaults when the estate has no policy for the tier or it names
    /// none), plus "staging" for a production environment when the estate has a staging
    /// environment (verified there first), plus "rollback" (the rollback plan the CAB
    /// approved). Unknown environment: the defaults.
    static QStringList gatesFor(const Estate &estate, const QString &environment);

    /// The "window" gate of `change` going to `environment` in its own window: Pass when
    /// no conflict blocks (discouraged and overridden ones are listed as evidence), Fail
    /// listing what blocks, Unknown when the change has no window or names something the
    /// estate does not know. `checker` carries the other changes and the recorded freeze
    /// overrides.
    static GateResult window(const ConflictChecker &checker, const ChangeRequest &change, const QString &environment,
                             const QDateTime &now);
    /// The "drift" gate of the first environment of the promotion path: Pass, there is
    /// nothing it could have drifted from.
    static GateResult driftOfFirstEnvironment(const QString &environment, const QDateTime &now);

    /// Hours between the change's window and the nearest business cycle of critical
    /// impact (month-end close, black friday, …; not the nightly and weekly runs) that
    /// concerns its environment, before or after it: 0 when
    /// the window touches one, `horizonHours` when none lies within that distance or the
    /// change has no window. The risk score's proximity factor (RiskInputs).
    static double hoursToBusinessCycle(const CalendarEngine &engine, const ChangeRequest &change,
                                       double horizonHours = 24.0 * 30);
};

} // namespace Gatehouse::Models
