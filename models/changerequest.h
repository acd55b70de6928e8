#pragma once

#include "estateenums.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gatehouse::Models {

/// Lifecycle of a change (the approvals issue adds the transitions and their rules).
enum class ChangeState {
    Draft,
    Submitted,
    Assessed,
    Approved,
    Rejected,
    Scheduled,
    InProgress,
    Completed,
    RolledBack,
    Failed,
    Closed,
};

/// Database spelling: "draft", "submitted", …, "in-progress", "rolled-back".
QString toString(ChangeState state);
std::optional<ChangeState> changeStateFromString(const QString &text);

/// A change request as stored in the control store.
struct ChangeRequest
{
    qint64 id = 0; ///< 0 until stored
    QString title;
    QString description;
    QString requester;   ///< database user that created it
    QString environment; ///< target environment name
    ChangeType type = ChangeType::Normal;
    QStringList integrations; ///< changed integrations
    QStringList workloads;    ///< changed workloads
    QDateTime windowStart;    ///< UTC
    QDateTime windowEnd;      ///< UTC
    QString windowTimeZone;   ///< IANA zone the requester planned in
    ChangeState state = ChangeState::Draft;
    QDateTime createdAt; ///< UTC, set by the database
    QDateTime updatedAt; ///< UTC, set by the database

    QString implementer;            ///< who carries it out (empty until named or started)
    int riskScore = -1;             ///< 0–100 from the assessment, -1 before it
    QString rollbackPlan;           ///< part of what the CAB approves
    int approvedPolicyVersion = 0;  ///< policy version it was approved under, 0 when not approved
    bool reviewRequired = false;    ///< emergency change: the CAB must review it after implementation
    QDateTime reviewDueAt;          ///< UTC, set when an emergency change is finished
    QDateTime reviewedAt;           ///< UTC, when the post-implementation review was recorded
    QString reviewedBy;
    int revision = 1;               ///< bumps whenever scope or window change
};

/// A workload redeployed by a change, with the image it moves to.
struct WorkloadChange
{
    QString name;
    QString image;
};

/// An Odoo module installed or upgraded by a change.
struct ModuleChange
{
    QString name;
    QString version;
};

/// A database migration of a change.
struct MigrationChange
{
    QString name;
    QStringList preChecks; ///< checks run before it (row counts, free space, …)
    QString lockImpact;    ///< expected locks and their duration, in words
    QString rollbackPlan;
};

/// An infrastructure part (cluster, network, database server). Kept apart from
/// application parts: the control store refuses a change that mixes both.
struct InfrastructureChange
{
    QString component;
    QString description;
};

/// A pre-approved rollback criterion: when `query comparison threshold` holds for
/// `durationSeconds`, the rollout takes `action` ("pause" or "rollback").
struct RollbackCriterion
{
    QString name;
    QString query; ///< PromQL
    QString comparison; ///< ">", ">=", "<", "<="
    double threshold = 0;
    qint64 durationSeconds = 0;
    QString action;
    bool operator==(const RollbackCriterion &) const = default;
};

/// What a change changes, as first-class parts, plus how it is undone.
struct ChangeScope
{
    QList<WorkloadChange> workloads;
    QList<ModuleChange> modules;
    QList<MigrationChange> migrations;
    QList<InfrastructureChange> infrastructure;
    QStringList integrations; ///< when non-empty, replaces the change's integrations
    QString rollbackPlan;
    QList<RollbackCriterion> rollbackCriteria;

    /// Number of parts (workloads, modules, migrations, infrastructure).
    int size() const;
    /// "workload:NAME@IMAGE" and "module:NAME@VERSION" — what staging must have run.
    QStringList artifacts() const;
    /// The JSON document the control store's gatehouse_set_scope takes.
    QByteArray toJson() const;
};

/// One decision of an approver on a change.
struct Approval
{
    enum class Decision { Approve, Reject, RequestChanges };
    qint64 id = 0;
    qint64 changeId = 0;
    QString approver;
    QString role; ///< the required role it counts for: "cab-member", "business-owner", …
    Decision decision = Decision::Approve;
    QString comment;
    int policyVersion = 0;
    int changeRevision = 0;
    QDateTime at;       ///< UTC
    QDateTime voidedAt; ///< UTC; valid when the approval no longer counts
    QString voidReason;

    /// An approval that still counts towards the quorum.
    bool isStanding() const { return decision == Decision::Approve && !voidedAt.isValid(); }
};

/// "approve", "reject", "request-changes".
QString toString(Approval::Decision decision);

struct ChangeComment
{
    qint64 id = 0;
    qint64 changeId = 0;
    QString author;
    QString body;
    QDateTime at; ///< UTC
};

/// A role the person logged in holds in the control store.
struct HeldRole
{
    QString role; ///< "cab-member", …
    bool viaBreakGlass = false;
    QDateTime expiresAt; ///< UTC, break-glass only
};

/// One broken link of the audit chain.
struct AuditChainBreak
{
    qint64 rowId = 0;
    QString problem; ///< translated sentence
};

/// The outcome of verifying the audit log's hash chain.
struct AuditChainReport
{
    qint64 rowsChecked = 0;
    QList<AuditChainBreak> breaks;
    bool intact() const { return breaks.isEmpty(); }
};

/// One append-only audit record.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at; ///< UTC
    QString actor;
    QString action; ///< "change.created", …
    qint64 changeId = 0;
    QString detail;
};

} // namespace Gatehouse::Models
