#include "ui/gatesources.h"

#include "models/conflictchecker.h"
#include "models/contractreport.h"
#include "models/gateinputs.h"
#include "models/moduledrift.h"
#include "services/contractchecker.h"
#include "services/moduledriftchecker.h"
#include "services/whenfinished.h"

#include <QPromise>

namespace Gatehouse::Ui {

using Level = EnvironmentsOverviewModel::Level;
using Models::GateResult;

namespace {

QString sourceText(const EnvironmentsOverviewModel::Aspect &aspect)
{
    using Status = Models::SourceState::Status;
    switch (aspect.source.status) {
    case Status::Fresh:
        return {};
    case Status::Stale:
        return GateSources::tr("%1 is stale: %2").arg(aspect.sourceName, aspect.source.reason);
    case Status::Unreachable:
        return GateSources::tr("%1 is unreachable: %2").arg(aspect.sourceName, aspect.source.reason);
    case Status::Unknown:
        break;
    }
    return GateSources::tr("%1 has not answered yet.").arg(aspect.sourceName);
}

} // namespace

GateSources::GateSources(QObject *parent)
    : QObject(parent)
{}

void GateSources::setEstate(Models::EstatePtr estate)
{
    m_estate = std::move(estate);
}

void GateSources::setContractChecker(Services::ContractChecker *checker)
{
    m_contracts = checker;
}

void GateSources::setDriftChecker(Services::ModuleDriftChecker *checker)
{
    m_drift = checker;
}

GateResult GateSources::fromAspect(const QString &gate, const QString &environment,
                                   const EnvironmentsOverviewModel::Aspect &aspect, const QDateTime &now)
{
    GateResult result;
    result.gate = gate;
    result.environment = environment;
    result.evaluatedAt = aspect.source.lastGood.isValid() ? aspect.source.lastGood : now;
    result.source = aspect.sourceName;
    const QString problem = sourceText(aspect);
    if (!aspect.summary.isEmpty())
        result.evidence.append(aspect.summary);
    if (!problem.isEmpty())
        result.evidence.append(problem);
    // Only a fresh answer decides: the last good value of a source that stopped answering
    // is evidence, not a verdict.
    if (!aspect.source.isFresh() || aspect.level == Level::Unknown || aspect.level == Level::NotConfigured) {
        result.outcome = GateResult::Outcome::Unknown;
        result.summary = aspect.level == Level::NotConfigured ? tr("Not configured for %1.").arg(environment)
                         : problem.isEmpty()                    ? tr("No answer for %1 yet.").arg(environment)
                                                                : problem;
        return result;
    }
    result.outcome = aspect.level == Level::Critical ? GateResult::Outcome::Fail : GateResult::Outcome::Pass;
    result.summary = aspect.summary;
    return result;
}

GateResult GateSources::healthGate(const QString &environment, const QList<EnvironmentsOverviewModel::Aspect> &aspects,
                                   const QStringList &aspectNames, const QDateTime &now)
{
    GateResult result;
    result.gate = QStringLiteral("health");
    result.environment = environment;
    result.evaluatedAt = now;
    int critical = 0;
    int answered = 0;
    QStringList critic;
    for (qsizetype i = 0; i < aspects.size(); ++i) {
        const EnvironmentsOverviewModel::Aspect &aspect = aspects.at(i);
        if (aspect.level == Level::NotConfigured)
            continue;
        const QString name = aspectNames.value(i);
        const bool fresh = aspect.source.isFresh() && aspect.level != Level::Unknown;
        if (fresh)
            ++answered;
        if (fresh && aspect.level == Level::Critical) {
            ++critical;
            critic.append(name);
        }
        QString line = name + QStringLiteral(": ")
            + (aspect.summary.isEmpty() ? tr("no data") : aspect.summary);
        if (const QString problem = sourceText(aspect); !problem.isEmpty())
            line += QStringLiteral(" (") + problem + QLatin1Char(')');
        result.evidence.append(line);
    }
    if (critical > 0) {
        result.outcome = GateResult::Outcome::Fail;
        result.summary = tr("%1 is critical in %2.").arg(critic.join(QStringLiteral(", ")), environment);
    } else if (answered == 0) {
        result.outcome = GateResult::Outcome::Unknown;
        result.summary = tr("No health data for %1 yet.").arg(environment);
    } else {
        result.outcome = GateResult::Outcome::Pass;
        result.summary = tr("Nothing is critical in %1.").arg(environment);
    }
    return result;
}

QList<GateResult> GateSources::overviewGates(const EnvironmentsOverviewModel &overview, const QString &environment,
                                             const QStringList &gates, const QDateTime &now)
{
    using Model = EnvironmentsOverviewModel;
    QList<GateResult> results;
    const int row = overview.rowOfEnvironment(environment);
    if (row < 0)
        return results;
    if (gates.contains(QLatin1String("backup")))
        results.append(fromAspect(QStringLiteral("backup"), environment, overview.aspect(row, Model::BackupsColumn), now));
    if (gates.contains(QLatin1String("alerts")))
        results.append(fromAspect(QStringLiteral("alerts"), environment, overview.aspect(row, Model::AlertsColumn), now));
    if (gates.contains(QLatin1String("health"))) {
        QList<Model::Aspect> aspects;
        QStringList names;
        for (int column = Model::PodsColumn; column < Model::ColumnCount; ++column) {
            aspects.append(overview.aspect(row, Model::Column(column)));
            names.append(Model::columnTitle(column));
        }
        results.append(healthGate(environment, aspects, names, now));
    }
    return results;
}

QFuture<QList<GateResult>> GateSources::collect(const Models::ChangeRequest &change, const Models::ChangeScope &scope,
                                                const QString &environment, const QStringList &gates)
{
    auto promise = std::make_shared<QPromise<QList<GateResult>>>();
    promise->start();
    QFuture<QList<GateResult>> future = promise->future();
    auto results = std::make_shared<QList<GateResult>>();
    auto pending = std::make_shared<int>(1);
    auto finish = [promise, results, pending] {
        if (--*pending > 0)
            return;
        promise->addResult(*results);
        promise->finish();
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (gates.contains(QLatin1String("window")) && m_checker) {
        if (const std::shared_ptr<const Models::ConflictChecker> checker = m_checker())
            results->append(Models::GateInputs::window(*checker, change, environment, now));
    }

    if (m_overview)
        results->append(overviewGates(*m_overview, environment, gates, now));

    if (gates.contains(QLatin1String("contracts")) && m_contracts && m_estate) {
        ++*pending;
        Services::whenFinished(m_contracts->check(m_estate, environment), this,
                     [results, finish](const Models::ContractReport &report) {
                         results->append(report.toGateResult());
                         finish();
                     },
                     finish);
    }

    if (gates.contains(QLatin1String("drift")) && m_estate) {
        const QString previous = m_estate->previousOnPromotionPath(environment);
        if (previous.isEmpty()) {
            results->append(Models::GateInputs::driftOfFirstEnvironment(environment, now));
        } else if (m_drift) {
            QStringList workloads;
            for (const Models::WorkloadChange &workload : scope.workloads)
                workloads.append(workload.name);
            if (workloads.isEmpty())
                workloads = change.workloads;
            QSet<QString> explained = Models::ModuleDrift::modulesOfScope(
                *m_estate, scope.integrations.isEmpty() ? change.integrations : scope.integrations, workloads);
            for (const Models::ModuleChange &module : scope.modules)
                explained.insert(module.name);
            ++*pending;
            Services::whenFinished(m_drift->compare(m_estate, previous, environment, explained), this,
                         [results, finish](const Models::ModuleDrift &drift) {
                             results->append(drift.toGateResult());
                             finish();
                         },
                         finish);
        }
    }
    finish();
    return future;
}

} // namespace Gatehouse::Ui
