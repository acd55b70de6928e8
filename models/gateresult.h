#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Gatehouse::Models {

/// The outcome of one gate a change must pass before it reaches an environment
/// (window, approvals, contracts, drift, backup, alerts, …). Produced by the area that
/// owns the check; consumed by the approvals' gate evaluation and `gatehouse gate`.
/// "Unknown" means the evidence could not be gathered (a source down, not yet
/// evaluated); it blocks like Fail unless an authorised override is recorded.
struct GateResult
{
    enum class Outcome { Pass, Fail, Unknown };

    QString gate;        ///< "window", "approvals", "contracts", "drift", "backup", "alerts", …
    QString environment; ///< the target environment
    Outcome outcome = Outcome::Unknown;
    QString summary;           ///< one translated sentence
    QStringList evidence;      ///< each finding or fact, in words a person can act on
    QDateTime evaluatedAt;     ///< UTC
    QString source;            ///< where the evidence came from, e.g. "postgresql://host/db"
};

/// "pass", "fail", "unknown" — the spelling used in JSON and the database.
inline QString toString(GateResult::Outcome outcome)
{
    switch (outcome) {
    case GateResult::Outcome::Pass:
        return QStringLiteral("pass");
    case GateResult::Outcome::Fail:
        return QStringLiteral("fail");
    case GateResult::Outcome::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace Gatehouse::Models
