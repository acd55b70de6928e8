#pragma once

#include "contractfinding.h"
#include "gateresult.h"
#include "sourcelocation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Gatehouse::Models {

/// The contract check of one integration against one environment's Odoo database.
struct IntegrationContractResult
{
    /// Ok: every breaking expectation holds. Broken: at least one breaking finding.
    /// Unknown: the database could not be read — never reported as Ok.
    enum class Status { Ok, Broken, Unknown };

    QString integration;
    QString displayName;
    Status status = Status::Unknown;
    QList<ContractFinding> findings; ///< breaking first, then warnings, each in contract order
    QString reason;                  ///< for Unknown: why the database could not be read
    SourceLocation location;         ///< the integration's document in the estate
    int tablesChecked = 0;
    int columnsChecked = 0;

    int breakingCount() const;
};

/// "ok", "broken", "unknown".
QString toString(IntegrationContractResult::Status status);

/// Every contract of an environment checked against its Odoo database: the evidence of
/// the "contracts" gate. Plain data, any thread.
struct ContractReport
{
    Q_DECLARE_TR_FUNCTIONS(ContractReport)

public:
    QString environment;
    QString source;            ///< "host:port/db" (never a password), empty when not configured
    QDateTime evaluatedAt;     ///< UTC
    QString unreachableReason; ///< set when the database could not be read: every result is Unknown
    QList<IntegrationContractResult> integrations; ///< in estate order
    /// The environment next on the promotion path whose schema was the baseline for
    /// "became NOT NULL" on columns a contract does not list; empty when there is none.
    QString baseline;
    /// Why the baseline could not be read (those findings are then missing), else empty.
    QString baselineProblem;

    bool isReachable() const { return unreachableReason.isEmpty(); }
    int count(IntegrationContractResult::Status status) const;
    const IntegrationContractResult *result(const QString &integration) const;

    /// The environment's "contracts" gate: Pass when every contract holds, Fail listing each
    /// breaking finding, Unknown when the database could not be read.
    GateResult toGateResult() const;
    /// One "contracts" GateResult per integration, keyed by integration name (what the
    /// dependency graph shows on each node).
    QHash<QString, GateResult> toIntegrationGateResults() const;
    /// The report as the `gatehouse contracts --format json` document.
    QJsonObject toJson() const;
};

} // namespace Gatehouse::Models
