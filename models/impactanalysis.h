#pragma once

#include "estate.h"
#include "estateenums.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Gatehouse::Models {

/// One affected thing and why: the chain of integrations from a changed one to it.
struct ImpactPath
{
    /// Integration names from the changed integration (first) to the affected one (last).
    QStringList hops;
    /// modes.at(i) is the mode of the dependency between hops[i] and hops[i+1].
    QList<DependencyMode> modes;

    /// Fails when every edge is sync; degrades as soon as one edge is async or batch.
    ImpactKind kind() const;
    /// "edi-gateway → odoo-sale (sync) → customer-portal (async)"
    QString toString() const;
};

struct AffectedIntegration
{
    QString name;
    ImpactKind kind = ImpactKind::Fails;
    /// The most severe, then shortest, path that explains it. A changed integration
    /// itself has a one-hop path.
    ImpactPath path;
};

/// A business process, partner, site or environment reached through an affected integration.
struct AffectedItem
{
    QString name;
    ImpactKind kind = ImpactKind::Fails;
    QString via;     ///< the affected integration that carries it
    ImpactPath path; ///< the path to `via`
};

struct ImpactReport
{
    QStringList changedIntegrations; ///< after mapping workloads to integrations
    QStringList unknownNames;        ///< requested names that are neither integrations nor workloads
    QList<AffectedIntegration> integrations; ///< sorted: fails before degrades, then by hops, then name
    QList<AffectedItem> processes;
    QList<AffectedItem> partners;
    QList<AffectedItem> sites;
    QList<AffectedItem> environments;
};

/// Blast radius over the integration dependency graph. Built once per Estate
/// snapshot (reverse adjacency), then analyse() is cheap and thread-safe.
/// Pure computation: callable from any thread.
class ImpactAnalysis
{
public:
    explicit ImpactAnalysis(EstatePtr estate);

    /// The transitive set of things affected when the named integrations and/or
    /// workloads change. Terminates on cycles.
    ImpactReport analyse(const QStringList &changedIntegrations,
                         const QStringList &changedWorkloads = {}) const;

    /// Integrations that `name` depends on, transitively (upstream), with paths.
    QList<AffectedIntegration> upstream(const QString &name) const;

private:
    EstatePtr m_estate;
    /// m_dependents[i] = (j, mode) for every integration j that depends on integration i.
    QList<QList<QPair<int, DependencyMode>>> m_dependents;
};

} // namespace Gatehouse::Models
