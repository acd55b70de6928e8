#include "moduledrift.h"
#include "models/plural.h"

#include <QJsonArray>

#include <algorithm>

namespace Gatehouse::Models {

namespace {

QString versionText(const QString &version)
{
    return version.isEmpty() ? ModuleDrift::tr("an unknown version") : version;
}

} // namespace

QString toString(ModuleDifference::Kind kind)
{
    switch (kind) {
    case ModuleDifference::Kind::Missing:
        return QStringLiteral("missing");
    case ModuleDifference::Kind::Extra:
        return QStringLiteral("extra");
    case ModuleDifference::Kind::VersionDiffers:
        break;
    }
    return QStringLiteral("version");
}

int ModuleDrift::unexplainedCount() const
{
    int n = 0;
    for (const ModuleDifference &d : differences)
        n += d.explained ? 0 : 1;
    return n;
}

ModuleDrift ModuleDrift::compare(const ModuleSnapshot &fromSnapshot, const ModuleSnapshot &toSnapshot,
                                 const QSet<QString> &explainedModules)
{
    ModuleDrift drift;
    drift.from = fromSnapshot.environment;
    drift.to = toSnapshot.environment;
    drift.fromOdooVersion = fromSnapshot.odooVersion;
    drift.toOdooVersion = toSnapshot.odooVersion;
    drift.fromSource = fromSnapshot.source;
    drift.toSource = toSnapshot.source;
    drift.evaluatedAt = QDateTime::currentDateTimeUtc();

    QStringList names = fromSnapshot.modules.keys() + toSnapshot.modules.keys();
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());

    for (const QString &name : names) {
        const OdooModule a = fromSnapshot.modules.value(name);
        const OdooModule b = toSnapshot.modules.value(name);
        const bool inFrom = a.isInstalled();
        const bool inTo = b.isInstalled();
        if (!inFrom && !inTo)
            continue;
        ModuleDifference d;
        d.module = name;
        d.fromVersion = a.latestVersion;
        d.toVersion = b.latestVersion;
        d.fromState = a.state.isEmpty() ? QStringLiteral("absent") : a.state;
        d.toState = b.state.isEmpty() ? QStringLiteral("absent") : b.state;
        if (inFrom && !inTo) {
            d.kind = ModuleDifference::Kind::Missing;
            d.message = tr("%1 runs %2 %3 but %4 does not have it installed (%5)")
                            .arg(drift.from, name, versionText(a.latestVersion), drift.to, d.toState);
        } else if (!inFrom && inTo) {
            d.kind = ModuleDifference::Kind::Extra;
            d.message = tr("%1 runs %2 %3 but %4 does not have it installed (%5)")
                            .arg(drift.to, name, versionText(b.latestVersion), drift.from, d.fromState);
        } else if (a.latestVersion != b.latestVersion) {
            d.kind = ModuleDifference::Kind::VersionDiffers;
            d.message = tr("%1 runs %2 %3 but %4 %5")
                            .arg(drift.from, name, versionText(a.latestVersion), drift.to,
                                 versionText(b.latestVersion));
        } else {
            continue;
        }
        d.explained = explainedModules.contains(name);
        drift.differences.append(d);
    }
    return drift;
}

ModuleDrift ModuleDrift::unreachable(const QString &from, const QString &to, const QString &reason)
{
    ModuleDrift drift;
    drift.from = from;
    drift.to = to;
    drift.evaluatedAt = QDateTime::currentDateTimeUtc();
    drift.unreachableReason = reason;
    return drift;
}

QSet<QString> ModuleDrift::modulesOfScope(const Estate &estate, const QStringList &integrations,
                                          const QStringList &workloads)
{
    QStringList names = integrations;
    for (const QString &workload : workloads)
        names += estate.integrationsOfWorkload(workload);
    QSet<QString> modules;
    for (const QString &name : names) {
        const Integration *integration = estate.integration(name);
        if (integration && !integration->odooModule.isEmpty())
            modules.insert(integration->odooModule);
    }
    return modules;
}

GateResult ModuleDrift::toGateResult() const
{
    GateResult gate;
    gate.gate = QStringLiteral("drift");
    gate.environment = to;
    gate.evaluatedAt = evaluatedAt;
    gate.source = toSource.isEmpty() ? QString() : QStringLiteral("postgresql://") + toSource;
    if (!isReachable()) {
        gate.outcome = GateResult::Outcome::Unknown;
        gate.summary = tr("Module drift could not be checked: %1").arg(unreachableReason);
        gate.evidence.append(unreachableReason);
        return gate;
    }
    const int unexplained = unexplainedCount();
    gate.outcome = unexplained > 0 ? GateResult::Outcome::Fail : GateResult::Outcome::Pass;
    gate.summary = unexplained > 0
        ? plural(tr("%n module difference(s) between %1 and %2 that the change does not explain.", nullptr,
                    unexplained),
                 unexplained)
              .arg(from, to)
        : tr("No unexplained module drift between %1 and %2.").arg(from, to);
    for (const ModuleDifference &d : differences)
        gate.evidence.append(d.explained ? tr("%1 (explained by the change)").arg(d.message) : d.message);
    return gate;
}

QJsonObject ModuleDrift::toJson() const
{
    QJsonArray list;
    for (const ModuleDifference &d : differences) {
        list.append(QJsonObject{{QStringLiteral("module"), d.module},
                                {QStringLiteral("kind"), toString(d.kind)},
                                {QStringLiteral("fromVersion"), d.fromVersion},
                                {QStringLiteral("toVersion"), d.toVersion},
                                {QStringLiteral("fromState"), d.fromState},
                                {QStringLiteral("toState"), d.toState},
                                {QStringLiteral("explained"), d.explained},
                                {QStringLiteral("message"), d.message}});
    }
    const GateResult gate = toGateResult();
    QJsonObject o{{QStringLiteral("from"), from},
                  {QStringLiteral("to"), to},
                  {QStringLiteral("fromOdooVersion"), fromOdooVersion},
                  {QStringLiteral("toOdooVersion"), toOdooVersion},
                  {QStringLiteral("evaluatedAt"), evaluatedAt.toString(Qt::ISODate)},
                  {QStringLiteral("outcome"), toString(gate.outcome)},
                  {QStringLiteral("summary"), gate.summary},
                  {QStringLiteral("differences"), list}};
    if (!isReachable())
        o.insert(QStringLiteral("unreachable"), unreachableReason);
    return o;
}

} // namespace Gatehouse::Models
