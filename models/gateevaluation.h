#pragma once

#include "changerequest.h"
#include "gateresult.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Gatehouse::Models {

/// An authorised override of one gate of one change for one environment, recorded in
/// the control store (who, why, when).
struct GateOverride
{
    qint64 changeId = 0;
    QString environment;
    QString gate;
    QString reason;
    QString by;
    QDateTime at; ///< UTC
};

/// An artifact a completed change ran in an environment ("workload:odoo@odoo:17.0.3").
struct CompletedArtifact
{
    QString artifact;
    QString environment;
    qint64 changeId = 0;
};

/// Every gate of one change for one target environment, and the verdict.
struct GateReport
{
    qint64 changeId = 0;
    QString environment;
    QList<GateResult> gates; ///< in the order of GateEvaluation::gates()
    /// Gates that did not pass but were let through by an override (gate → override).
    QHash<QString, GateOverride> overridden;
    bool allowed = false; ///< every gate passes or carries an authorised override
    QDateTime evaluatedAt;

    /// {"change":…, "environment":…, "allowed":…, "gates":[{"gate","outcome","summary",
    /// "evidence","evaluatedAt","source","override"}]} — what `gatehouse gate --format json` prints.
    QByteArray toJson() const;
    /// One line per gate: "PASS approvals — …", then the evidence indented.
    QString toText() const;
};

/// Decides whether a change may go to an environment, gate by gate, with evidence.
///
/// Gates owned by other areas (window, contracts, drift, backup, alerts) arrive as
/// GateResults through setResult(); a gate with no result is Unknown with the evidence
/// "not evaluated: <source> unavailable" — never Pass. Approvals, verified in staging
/// and rollback plan are computed here from the change. Unknown and Fail block unless an
/// override is recorded for that gate and environment. Pure computation, any thread.
class GateEvaluation
{
public:
    /// window, approvals, staging, contracts, drift, backup, alerts, rollback.
    static QStringList defaultGates();
    /// The area that produces a gate's result, for "not evaluated: … unavailable".
    static QString sourceOf(const QString &gate);

    GateEvaluation(ChangeRequest change, QString environment, QStringList gates = defaultGates());

    /// A result from another area; replaces an earlier one for the same gate.
    void setResult(const GateResult &result);
    void setApprovals(const QList<Approval> &approvals) { m_approvals = approvals; m_haveApprovals = true; }
    void setScope(const ChangeScope &scope) { m_scope = scope; m_haveScope = true; }
    /// Artifacts completed in the staging environments named by `stagingEnvironments`.
    void setStagingEvidence(const QStringList &stagingEnvironments, const QList<CompletedArtifact> &completed);
    void setOverrides(const QList<GateOverride> &overrides) { m_overrides = overrides; }

    QStringList gates() const { return m_gates; }
    GateReport evaluate(const QDateTime &now) const;

private:
    GateResult approvalsGate(const QDateTime &now) const;
    GateResult stagingGate(const QDateTime &now) const;
    GateResult rollbackGate(const QDateTime &now) const;
    GateResult unknown(const QString &gate, const QDateTime &now, const QString &why = {}) const;

    ChangeRequest m_change;
    QString m_environment;
    QStringList m_gates;
    QHash<QString, GateResult> m_results;
    QList<Approval> m_approvals;
    bool m_haveApprovals = false;
    ChangeScope m_scope;
    bool m_haveScope = false;
    QStringList m_stagingEnvironments;
    QList<CompletedArtifact> m_completed;
    bool m_haveStaging = false;
    QList<GateOverride> m_overrides;
};

} // namespace Gatehouse::Models
