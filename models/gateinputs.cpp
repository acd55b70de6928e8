#include "models/gateinputs.h"

#include "models/calendarengine.h"
#include "models/conflictchecker.h"
#include "models/gateevaluation.h"
#include "models/plural.h"

#include <algorithm>

namespace Gatehouse::Models {

QStringList GateInputs::gatesFor(const Estate &estate, const QString &environment)
{
    const Environment *env = estate.environment(environment);
    if (!env)
        return GateEvaluation::defaultGates();
    const Policy *policy = estate.policyForTier(env->tier);
    QStringList gates = policy && !policy->gates.isEmpty() ? policy->gates : GateEvaluation::defaultGates();
    if (env->tier == Tier::Production && !gates.contains(QLatin1String("staging"))) {
        for (const Environment &other : estate.environments) {
            if (other.tier == Tier::Staging) {
                gates.append(QStringLiteral("staging"));
                break;
            }
        }
    }
    if (!gates.contains(QLatin1String("rollback")))
        gates.append(QStringLiteral("rollback"));
    return gates;
}

GateResult GateInputs::window(const ConflictChecker &checker, const ChangeRequest &change, const QString &environment,
                              const QDateTime &now)
{
    GateResult gate;
    gate.gate = QStringLiteral("window");
    gate.environment = environment;
    gate.evaluatedAt = now;
    gate.source = tr("calendar");
    ChangeWindow window = ConflictChecker::windowOf(change);
    window.environment = environment;
    if (!change.windowStart.isValid() || !change.windowEnd.isValid()) {
        gate.summary = tr("Change #%1 has no window to check.").arg(change.id);
        return gate;
    }
    if (const Status valid = checker.validate(window); !valid) {
        gate.summary = tr("The window of change #%1 cannot be checked: %2").arg(change.id).arg(valid.error().message);
        gate.evidence.append(valid.error().message);
        return gate;
    }
    const QList<Conflict> conflicts = checker.check(window);
    int blocking = 0;
    for (const Conflict &conflict : conflicts) {
        if (conflict.severity == Conflict::Severity::Hard)
            ++blocking;
    }
    for (const Conflict &conflict : conflicts) {
        if (conflict.severity == Conflict::Severity::Hard)
            gate.evidence.append(conflict.message);
    }
    for (const Conflict &conflict : conflicts) {
        if (conflict.severity != Conflict::Severity::Hard)
            gate.evidence.append(conflict.overridden ? tr("Overridden by %1 (%2): %3")
                                                           .arg(conflict.overriddenBy, conflict.overriddenRole,
                                                                conflict.message)
                                                     : conflict.message);
    }
    gate.outcome = blocking > 0 ? GateResult::Outcome::Fail : GateResult::Outcome::Pass;
    if (blocking > 0)
        gate.summary = plural(tr("%n conflict(s) in the window block change #%1 in %2.", nullptr, blocking), blocking)
                           .arg(change.id)
                           .arg(environment);
    else if (conflicts.isEmpty())
        gate.summary = tr("The window of change #%1 is clear in %2.").arg(change.id).arg(environment);
    else
        gate.summary = plural(tr("Nothing blocks the window of change #%1 in %2; %n conflict(s) only discouraged or "
                                 "overridden.",
                                 nullptr, int(conflicts.size())),
                              int(conflicts.size()))
                           .arg(change.id)
                           .arg(environment);
    return gate;
}

GateResult GateInputs::driftOfFirstEnvironment(const QString &environment, const QDateTime &now)
{
    GateResult first;
    first.gate = QStringLiteral("drift");
    first.environment = environment;
    first.evaluatedAt = now;
    first.outcome = GateResult::Outcome::Pass;
    first.summary = tr("%1 is the first environment of the promotion path: nothing to drift from.").arg(environment);
    return first;
}

double GateInputs::hoursToBusinessCycle(const CalendarEngine &engine, const ChangeRequest &change, double horizonHours)
{
    if (!change.windowStart.isValid() || !change.windowEnd.isValid())
        return horizonHours;
    const qint64 horizon = qint64(horizonHours * 3600);
    CalendarQuery query;
    query.from = change.windowStart.addSecs(-horizon);
    query.to = change.windowEnd.addSecs(horizon);
    query.environments = {change.environment};
    query.kinds = {BandKind::BusinessCycle};
    double nearest = horizonHours;
    for (const CalendarInterval &cycle : engine.expand(query)) {
        // Month-end close and peaks, not the nightly and weekly runs that are always near.
        if (cycle.impact != Criticality::Critical)
            continue;
        if (cycle.start < change.windowEnd && cycle.end > change.windowStart)
            return 0;
        const qint64 seconds = cycle.start >= change.windowEnd ? change.windowEnd.secsTo(cycle.start)
                                                               : cycle.end.secsTo(change.windowStart);
        nearest = std::min(nearest, double(seconds) / 3600.0);
    }
    return nearest;
}

} // namespace Gatehouse::Models
