#pragma once

#include "estateenums.h"
#include "sourcelocation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Gatehouse::Models {

struct ApprovalRequirement
{
    /// "cab-member", "business-owner", "release-manager", "support", "admin".
    QString role;
    int count = 1;
};

struct RollbackCriterionTemplate
{
    QString name;
    QString query;      ///< PromQL
    QString comparison; ///< ">", ">=", "<", "<="
    double threshold = 0;
    qint64 forSeconds = 0;
    QString action; ///< "pause" or "rollback"
    SourceLocation location;
};

/// The rules a change must satisfy to reach environments of one tier.
struct Policy
{
    QString name;
    Tier tier = Tier::Production;
    QList<ApprovalRequirement> approvals;
    bool separationOfDuties = true;
    bool emergencyAllowed = false;
    QList<ApprovalRequirement> emergencyApprovals;
    qint64 postImplementationReviewSeconds = 0;
    QStringList gates;         ///< "window", "approvals", "contracts", "drift", "backup", "alerts", "health"
    int riskCabThreshold = 0;  ///< risk score above which the CAB must review
    int riskMaxScore = 100;    ///< risk score above which the change is refused
    QStringList promotionPath; ///< environment names, in order
    QList<RollbackCriterionTemplate> rollbackCriteria;
    /// Roles that may record an override of a freeze the change's type is not allowed
    /// in ("overrides.freeze"); empty: nobody. The database checks overrides against
    /// the applied policy's list.
    QStringList freezeOverrideRoles{QStringLiteral("release-manager"), QStringLiteral("admin")};
    /// Roles that may override a failing or unknown gate ("overrides.gates"); empty: nobody.
    QStringList gateOverrideRoles{QStringLiteral("release-manager")};
    SourceLocation location;
};

} // namespace Gatehouse::Models
