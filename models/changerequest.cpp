#include "changerequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>

namespace Gatehouse::Models {

namespace {
constexpr std::array<const char *, 11> kStates{
    "draft",       "submitted", "assessed",    "approved", "rejected", "scheduled",
    "in-progress", "completed", "rolled-back", "failed",   "closed",
};
} // namespace

QString toString(ChangeState state)
{
    return QString::fromLatin1(kStates.at(static_cast<std::size_t>(state)));
}

std::optional<ChangeState> changeStateFromString(const QString &text)
{
    for (std::size_t i = 0; i < kStates.size(); ++i) {
        if (text == QLatin1String(kStates.at(i)))
            return static_cast<ChangeState>(i);
    }
    return std::nullopt;
}

QString toString(Approval::Decision decision)
{
    switch (decision) {
    case Approval::Decision::Approve:
        return QStringLiteral("approve");
    case Approval::Decision::Reject:
        return QStringLiteral("reject");
    case Approval::Decision::RequestChanges:
        break;
    }
    return QStringLiteral("request-changes");
}

int ChangeScope::size() const
{
    return int(workloads.size() + modules.size() + migrations.size() + infrastructure.size());
}

QStringList ChangeScope::artifacts() const
{
    QStringList result;
    for (const WorkloadChange &workload : workloads)
        result.append(QStringLiteral("workload:") + workload.name + QLatin1Char('@') + workload.image);
    for (const ModuleChange &module : modules)
        result.append(QStringLiteral("module:") + module.name + QLatin1Char('@') + module.version);
    return result;
}

QByteArray ChangeScope::toJson() const
{
    QJsonArray workloadArray;
    for (const WorkloadChange &workload : workloads)
        workloadArray.append(QJsonObject{{QStringLiteral("name"), workload.name}, {QStringLiteral("image"), workload.image}});
    QJsonArray moduleArray;
    for (const ModuleChange &module : modules)
        moduleArray.append(QJsonObject{{QStringLiteral("name"), module.name}, {QStringLiteral("version"), module.version}});
    QJsonArray migrationArray;
    for (const MigrationChange &migration : migrations)
        migrationArray.append(QJsonObject{{QStringLiteral("name"), migration.name},
                                          {QStringLiteral("preChecks"), QJsonArray::fromStringList(migration.preChecks)},
                                          {QStringLiteral("lockImpact"), migration.lockImpact},
                                          {QStringLiteral("rollbackPlan"), migration.rollbackPlan}});
    QJsonArray infrastructureArray;
    for (const InfrastructureChange &part : infrastructure)
        infrastructureArray.append(QJsonObject{{QStringLiteral("component"), part.component},
                                               {QStringLiteral("description"), part.description}});
    QJsonArray criteriaArray;
    for (const RollbackCriterion &criterion : rollbackCriteria)
        criteriaArray.append(QJsonObject{{QStringLiteral("name"), criterion.name},
                                         {QStringLiteral("query"), criterion.query},
                                         {QStringLiteral("comparison"), criterion.comparison},
                                         {QStringLiteral("threshold"), criterion.threshold},
                                         {QStringLiteral("durationSeconds"), criterion.durationSeconds},
                                         {QStringLiteral("action"), criterion.action}});
    QJsonObject root{{QStringLiteral("workloads"), workloadArray},
                     {QStringLiteral("modules"), moduleArray},
                     {QStringLiteral("migrations"), migrationArray},
                     {QStringLiteral("infrastructure"), infrastructureArray},
                     {QStringLiteral("rollbackPlan"), rollbackPlan},
                     {QStringLiteral("rollbackCriteria"), criteriaArray}};
    if (!integrations.isEmpty())
        root.insert(QStringLiteral("integrations"), QJsonArray::fromStringList(integrations));
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

} // namespace Gatehouse::Models
