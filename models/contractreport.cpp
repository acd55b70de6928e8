#include "contractreport.h"
#include "models/plural.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Gatehouse::Models {

namespace {

QJsonObject locationJson(const SourceLocation &location)
{
    return QJsonObject{{QStringLiteral("file"), location.file},
                       {QStringLiteral("line"), location.line},
                       {QStringLiteral("column"), location.column}};
}

QString evidenceLine(const ContractFinding &finding)
{
    return finding.location.isValid() ? finding.location.toString() + QStringLiteral(": ") + finding.message
                                      : finding.message;
}

} // namespace

QString toString(ContractFinding::Kind kind)
{
    switch (kind) {
    case ContractFinding::Kind::MissingTable:
        return QStringLiteral("missing-table");
    case ContractFinding::Kind::MissingColumn:
        return QStringLiteral("missing-column");
    case ContractFinding::Kind::ProbableRename:
        return QStringLiteral("probable-rename");
    case ContractFinding::Kind::TypeChanged:
        return QStringLiteral("type-changed");
    case ContractFinding::Kind::TypeWidened:
        return QStringLiteral("type-widened");
    case ContractFinding::Kind::BecameNotNull:
        return QStringLiteral("not-null-without-default");
    case ContractFinding::Kind::BecameNullable:
        return QStringLiteral("became-nullable");
    case ContractFinding::Kind::TableIsView:
        return QStringLiteral("table-is-view");
    case ContractFinding::Kind::MissingForeignKey:
        return QStringLiteral("missing-foreign-key");
    case ContractFinding::Kind::MissingRole:
        return QStringLiteral("missing-role");
    case ContractFinding::Kind::MissingPrivilege:
        return QStringLiteral("missing-privilege");
    }
    return QString();
}

QString toString(ContractFinding::Severity severity)
{
    return severity == ContractFinding::Severity::Breaking ? QStringLiteral("breaking") : QStringLiteral("warning");
}

QString toString(IntegrationContractResult::Status status)
{
    switch (status) {
    case IntegrationContractResult::Status::Ok:
        return QStringLiteral("ok");
    case IntegrationContractResult::Status::Broken:
        return QStringLiteral("broken");
    case IntegrationContractResult::Status::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

int IntegrationContractResult::breakingCount() const
{
    int n = 0;
    for (const ContractFinding &f : findings)
        n += f.isBreaking() ? 1 : 0;
    return n;
}

int ContractReport::count(IntegrationContractResult::Status status) const
{
    int n = 0;
    for (const IntegrationContractResult &r : integrations)
        n += r.status == status ? 1 : 0;
    return n;
}

const IntegrationContractResult *ContractReport::result(const QString &integration) const
{
    for (const IntegrationContractResult &r : integrations) {
        if (r.integration == integration)
            return &r;
    }
    return nullptr;
}

GateResult ContractReport::toGateResult() const
{
    GateResult gate;
    gate.gate = QStringLiteral("contracts");
    gate.environment = environment;
    gate.evaluatedAt = evaluatedAt;
    gate.source = source.isEmpty() ? QString() : QStringLiteral("postgresql://") + source;
    if (!isReachable()) {
        gate.outcome = GateResult::Outcome::Unknown;
        gate.summary = ContractReport::tr("The data contracts could not be checked: %1").arg(unreachableReason);
        gate.evidence.append(unreachableReason);
        return gate;
    }
    const int broken = count(IntegrationContractResult::Status::Broken);
    gate.outcome = broken > 0 ? GateResult::Outcome::Fail : GateResult::Outcome::Pass;
    gate.summary = broken > 0
        ? plural(ContractReport::tr("%n integration(s) would break in %1.", nullptr, broken), broken).arg(environment)
        : plural(ContractReport::tr("All %n data contract(s) hold in %1.", nullptr, int(integrations.size())), int(integrations.size())).arg(environment);
    for (const IntegrationContractResult &r : integrations) {
        for (const ContractFinding &f : r.findings) {
            if (f.isBreaking())
                gate.evidence.append(evidenceLine(f));
        }
    }
    return gate;
}

QHash<QString, GateResult> ContractReport::toIntegrationGateResults() const
{
    QHash<QString, GateResult> out;
    for (const IntegrationContractResult &r : integrations) {
        GateResult gate;
        gate.gate = QStringLiteral("contracts");
        gate.environment = environment;
        gate.evaluatedAt = evaluatedAt;
        gate.source = source.isEmpty() ? QString() : QStringLiteral("postgresql://") + source;
        switch (r.status) {
        case IntegrationContractResult::Status::Ok:
            gate.outcome = GateResult::Outcome::Pass;
            gate.summary = ContractReport::tr("The data contract holds in %1.").arg(environment);
            break;
        case IntegrationContractResult::Status::Broken:
            gate.outcome = GateResult::Outcome::Fail;
            gate.summary = plural(ContractReport::tr("%n contract finding(s) would break it in %1.", nullptr, r.breakingCount()), r.breakingCount()).arg(environment);
            break;
        case IntegrationContractResult::Status::Unknown:
            gate.outcome = GateResult::Outcome::Unknown;
            gate.summary = ContractReport::tr("Not checked: %1").arg(r.reason);
            gate.evidence.append(r.reason);
            break;
        }
        for (const ContractFinding &f : r.findings)
            gate.evidence.append(evidenceLine(f));
        out.insert(r.integration, gate);
    }
    return out;
}

QJsonObject ContractReport::toJson() const
{
    QJsonArray results;
    for (const IntegrationContractResult &r : integrations) {
        QJsonArray findings;
        for (const ContractFinding &f : r.findings) {
            findings.append(QJsonObject{{QStringLiteral("kind"), toString(f.kind)},
                                        {QStringLiteral("severity"), toString(f.severity)},
                                        {QStringLiteral("table"), f.table},
                                        {QStringLiteral("column"), f.column},
                                        {QStringLiteral("expected"), f.expected},
                                        {QStringLiteral("actual"), f.actual},
                                        {QStringLiteral("message"), f.message},
                                        {QStringLiteral("location"), locationJson(f.location)}});
        }
        QJsonObject o{{QStringLiteral("integration"), r.integration},
                      {QStringLiteral("status"), toString(r.status)},
                      {QStringLiteral("findings"), findings},
                      {QStringLiteral("location"), locationJson(r.location)}};
        if (!r.reason.isEmpty())
            o.insert(QStringLiteral("reason"), r.reason);
        results.append(o);
    }
    const GateResult gate = toGateResult();
    QJsonObject o{{QStringLiteral("environment"), environment},
                  {QStringLiteral("source"), source},
                  {QStringLiteral("evaluatedAt"), evaluatedAt.toString(Qt::ISODate)},
                  {QStringLiteral("outcome"), toString(gate.outcome)},
                  {QStringLiteral("summary"), gate.summary},
                  {QStringLiteral("integrations"), results}};
    if (!baseline.isEmpty())
        o.insert(QStringLiteral("baseline"), baseline);
    if (!baselineProblem.isEmpty())
        o.insert(QStringLiteral("baselineProblem"), baselineProblem);
    if (!isReachable())
        o.insert(QStringLiteral("unreachable"), unreachableReason);
    return o;
}

} // namespace Gatehouse::Models
