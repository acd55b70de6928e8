#include "gateevaluation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <utility>

namespace Gatehouse::Models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("GateEvaluation", text);
}

QString outcomeWord(GateResult::Outcome outcome)
{
    return toString(outcome).toUpper();
}

} // namespace

QStringList GateEvaluation::defaultGates()
{
    return {QStringLiteral("window"),  QStringLiteral("approvals"), QStringLiteral("staging"),
            QStringLiteral("contracts"), QStringLiteral("drift"),   QStringLiteral("backup"),
            QStringLiteral("alerts"),  QStringLiteral("rollback")};
}

QString GateEvaluation::sourceOf(const QString &gate)
{
    if (gate == QLatin1String("window"))
        return tr("calendar");
    if (gate == QLatin1String("contracts"))
        return tr("data contracts");
    if (gate == QLatin1String("drift"))
        return tr("module drift");
    if (gate == QLatin1String("backup"))
        return tr("backup status");
    if (gate == QLatin1String("alerts"))
        return tr("Alertmanager");
    if (gate == QLatin1String("health"))
        return tr("environment health");
    if (gate == QLatin1String("approvals") || gate == QLatin1String("staging") || gate == QLatin1String("rollback"))
        return tr("control store");
    return gate;
}

GateEvaluation::GateEvaluation(ChangeRequest change, QString environment, QStringList gates)
    : m_change(std::move(change))
    , m_environment(std::move(environment))
    , m_gates(std::move(gates))
{}

void GateEvaluation::setResult(const GateResult &result)
{
    m_results.insert(result.gate, result);
}

void GateEvaluation::setStagingEvidence(const QStringList &stagingEnvironments, const QList<CompletedArtifact> &completed)
{
    m_stagingEnvironments = stagingEnvironments;
    m_completed = completed;
    m_haveStaging = true;
}

GateResult GateEvaluation::unknown(const QString &gate, const QDateTime &now, const QString &why) const
{
    GateResult result;
    result.gate = gate;
    result.environment = m_environment;
    result.outcome = GateResult::Outcome::Unknown;
    result.summary = tr("Not evaluated.");
    result.evidence = {why.isEmpty() ? tr("not evaluated: %1 unavailable").arg(sourceOf(gate)) : why};
    result.evaluatedAt = now;
    return result;
}

GateResult GateEvaluation::approvalsGate(const QDateTime &now) const
{
    if (!m_haveApprovals)
        return unknown(QStringLiteral("approvals"), now);
    GateResult result;
    result.gate = QStringLiteral("approvals");
    result.environment = m_environment;
    result.evaluatedAt = now;
    result.source = sourceOf(result.gate);
    for (const Approval &approval : m_approvals) {
        if (approval.isStanding())
            result.evidence.append(tr("approved by %1 as %2 under policy version %3")
                                       .arg(approval.approver, approval.role)
                                       .arg(approval.policyVersion));
    }
    static const QSet<ChangeState> approvedStates{ChangeState::Approved, ChangeState::Scheduled,
                                                  ChangeState::InProgress};
    if (m_change.environment != m_environment) {
        result.outcome = GateResult::Outcome::Fail;
        result.summary = tr("The change targets %1, not %2.").arg(m_change.environment, m_environment);
    } else if (approvedStates.contains(m_change.state)) {
        result.outcome = GateResult::Outcome::Pass;
        result.summary = m_change.type == ChangeType::Standard && result.evidence.isEmpty()
                             ? tr("Pre-approved standard change (policy version %1).").arg(m_change.approvedPolicyVersion)
                             : tr("Quorum met under policy version %1.").arg(m_change.approvedPolicyVersion);
    } else {
        result.outcome = GateResult::Outcome::Fail;
        result.summary = tr("The change is not approved (state: %1).").arg(toString(m_change.state));
    }
    return result;
}

GateResult GateEvaluation::stagingGate(const QDateTime &now) const
{
    if (!m_haveScope || !m_haveStaging)
        return unknown(QStringLiteral("staging"), now);
    GateResult result;
    result.gate = QStringLiteral("staging");
    result.environment = m_environment;
    result.evaluatedAt = now;
    result.source = sourceOf(result.gate);
    if (m_stagingEnvironments.contains(m_environment)) {
        result.outcome = GateResult::Outcome::Pass;
        result.summary = tr("%1 is itself a staging environment.").arg(m_environment);
        return result;
    }
    const QStringList artifacts = m_scope.artifacts();
    if (artifacts.isEmpty()) {
        result.outcome = m_scope.infrastructure.isEmpty() ? GateResult::Outcome::Unknown : GateResult::Outcome::Pass;
        result.summary = m_scope.infrastructure.isEmpty() ? tr("The change names no workload image or module version to verify.")
                                                          : tr("Infrastructure change: no application artifacts to verify.");
        result.evidence = {result.summary};
        return result;
    }
    QHash<QString, CompletedArtifact> seen;
    for (const CompletedArtifact &completed : m_completed) {
        if (m_stagingEnvironments.contains(completed.environment) && completed.changeId != m_change.id)
            seen.insert(completed.artifact, completed);
    }
    int missing = 0;
    for (const QString &artifact : artifacts) {
        const auto it = seen.constFind(artifact);
        if (it == seen.constEnd()) {
            ++missing;
            result.evidence.append(tr("%1 has not completed in %2").arg(artifact, m_stagingEnvironments.join(QStringLiteral(", "))));
        } else {
            result.evidence.append(tr("%1 completed in %2 by change %3").arg(artifact, it->environment).arg(it->changeId));
        }
    }
    result.outcome = missing == 0 ? GateResult::Outcome::Pass : GateResult::Outcome::Fail;
    result.summary = missing == 0 ? tr("Every artifact completed in staging.")
                                  : tr("%1 of %2 artifacts have not completed in staging.").arg(missing).arg(artifacts.size());
    return result;
}

GateResult GateEvaluation::rollbackGate(const QDateTime &now) const
{
    if (!m_haveScope)
        return unknown(QStringLiteral("rollback"), now);
    GateResult result;
    result.gate = QStringLiteral("rollback");
    result.environment = m_environment;
    result.evaluatedAt = now;
    result.source = sourceOf(result.gate);
    const QString plan = m_scope.rollbackPlan.trimmed().isEmpty() ? m_change.rollbackPlan : m_scope.rollbackPlan;
    if (!plan.trimmed().isEmpty())
        result.evidence.append(tr("rollback plan: %1").arg(plan.trimmed()));
    for (const RollbackCriterion &criterion : m_scope.rollbackCriteria)
        result.evidence.append(tr("rollback criterion %1: %2 %3 %4 for %5 s → %6")
                                   .arg(criterion.name, criterion.query, criterion.comparison)
                                   .arg(criterion.threshold)
                                   .arg(criterion.durationSeconds)
                                   .arg(criterion.action));
    QStringList migrationsWithoutPlan;
    for (const MigrationChange &migration : m_scope.migrations) {
        if (migration.rollbackPlan.trimmed().isEmpty())
            migrationsWithoutPlan.append(migration.name);
    }
    if (plan.trimmed().isEmpty()) {
        result.outcome = GateResult::Outcome::Fail;
        result.summary = tr("The change has no rollback plan.");
    } else if (m_scope.rollbackCriteria.isEmpty()) {
        result.outcome = GateResult::Outcome::Fail;
        result.summary = tr("The change has no pre-approved rollback criteria.");
    } else if (!migrationsWithoutPlan.isEmpty()) {
        result.outcome = GateResult::Outcome::Fail;
        result.summary = tr("Migrations without a rollback plan: %1.").arg(migrationsWithoutPlan.join(QStringLiteral(", ")));
    } else {
        result.outcome = GateResult::Outcome::Pass;
        result.summary = QCoreApplication::translate("GateEvaluation", "Rollback plan and %n criteria present.", nullptr,
                                                   int(m_scope.rollbackCriteria.size()));
    }
    return result;
}

GateReport GateEvaluation::evaluate(const QDateTime &now) const
{
    GateReport report;
    report.changeId = m_change.id;
    report.environment = m_environment;
    report.evaluatedAt = now;
    report.allowed = true;
    for (const QString &gate : m_gates) {
        GateResult result;
        if (gate == QLatin1String("approvals"))
            result = approvalsGate(now);
        else if (gate == QLatin1String("staging"))
            result = stagingGate(now);
        else if (gate == QLatin1String("rollback"))
            result = rollbackGate(now);
        else if (m_results.contains(gate))
            result = m_results.value(gate);
        else
            result = unknown(gate, now);
        if (result.environment.isEmpty())
            result.environment = m_environment;
        if (result.outcome != GateResult::Outcome::Pass) {
            bool overridden = false;
            for (const GateOverride &override : m_overrides) {
                if (override.gate == gate && override.environment == m_environment && override.changeId == m_change.id
                    && !override.reason.trimmed().isEmpty()) {
                    report.overridden.insert(gate, override);
                    overridden = true;
                }
            }
            if (!overridden)
                report.allowed = false;
        }
        report.gates.append(result);
    }
    return report;
}

QByteArray GateReport::toJson() const
{
    QJsonArray gateArray;
    for (const GateResult &gate : gates) {
        QJsonObject object{{QStringLiteral("gate"), gate.gate},
                           {QStringLiteral("outcome"), toString(gate.outcome)},
                           {QStringLiteral("summary"), gate.summary},
                           {QStringLiteral("evidence"), QJsonArray::fromStringList(gate.evidence)},
                           {QStringLiteral("evaluatedAt"), gate.evaluatedAt.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("source"), gate.source}};
        if (overridden.contains(gate.gate)) {
            const GateOverride &override = overridden[gate.gate];
            object.insert(QStringLiteral("override"),
                          QJsonObject{{QStringLiteral("by"), override.by},
                                      {QStringLiteral("reason"), override.reason},
                                      {QStringLiteral("at"), override.at.toUTC().toString(Qt::ISODateWithMs)}});
        }
        gateArray.append(object);
    }
    const QJsonObject root{{QStringLiteral("change"), changeId},
                           {QStringLiteral("environment"), environment},
                           {QStringLiteral("allowed"), allowed},
                           {QStringLiteral("evaluatedAt"), evaluatedAt.toUTC().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("gates"), gateArray}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString GateReport::toText() const
{
    QString text;
    for (const GateResult &gate : gates) {
        text += outcomeWord(gate.outcome) + QLatin1Char(' ') + gate.gate + QStringLiteral(" — ") + gate.summary;
        if (overridden.contains(gate.gate)) {
            const GateOverride &override = overridden[gate.gate];
            text += QLatin1Char(' ')
                    + tr("(overridden by %1: %2)").arg(override.by, override.reason);
        }
        text += QLatin1Char('\n');
        for (const QString &line : gate.evidence)
            text += QStringLiteral("    ") + line + QLatin1Char('\n');
    }
    text += allowed ? tr("Change %1 may go to %2.").arg(changeId).arg(environment)
                    : tr("Change %1 may not go to %2.").arg(changeId).arg(environment);
    text += QLatin1Char('\n');
    return text;
}

} // namespace Gatehouse::Models
