#pragma once

#include "estate.h"
#include "estateenums.h"
#include "impactanalysis.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Gatehouse::Models {

/// A change's blast radius on a DependencyGraph: ImpactAnalysis's report, plus for
/// every node of the graph whether and how the change reaches it.
struct BlastRadius
{
    ImpactReport report;
    QList<int> changed; ///< node indices of the changed integrations

    bool isEmpty() const { return report.integrations.isEmpty(); }
    bool contains(int node) const { return affectedIndex(node) >= 0; }
    /// The node's entry in report.integrations (kind and explaining path), or nullptr.
    const AffectedIntegration *affected(int node) const
    {
        const int i = affectedIndex(node);
        return i >= 0 ? &report.integrations.at(i) : nullptr;
    }

    /// report.integrations index per node, -1 when unaffected.
    QList<int> entryOfNode;

private:
    int affectedIndex(int node) const
    {
        return node >= 0 && node < entryOfNode.size() ? entryOfNode.at(node) : -1;
    }
};

/// Processes, partners and sites carried by a set of integrations.
struct CarriedItems
{
    QStringList processes;
    QStringList partners; ///< partner display names
    QStringList sites;    ///< site names
};

/// The estate's integrations as a directed graph for drawing and navigation. Nodes
/// are the estate's integrations in estate order (node i is estate->integrations[i]);
/// an edge runs from a dependency to the integration that depends on it, the way a
/// failure travels. Immutable and cheap to copy (the data is shared); every const
/// call is thread-safe and pure computation.
class DependencyGraph
{
public:
    struct Edge
    {
        int from; ///< the integration depended on (upstream)
        int to;   ///< the dependent integration (downstream)
        DependencyMode mode;
        QString description;
    };

    DependencyGraph();
    explicit DependencyGraph(EstatePtr estate);

    EstatePtr estate() const;
    int nodeCount() const;
    const Integration &integration(int node) const;
    /// Node index of an integration name, -1 when there is none.
    int indexOf(const QString &name) const;
    const QList<Edge> &edges() const;
    /// Indices into edges(): those leaving `node` (towards its dependents) and those
    /// arriving at it (from its dependencies).
    const QList<int> &outEdges(int node) const;
    const QList<int> &inEdges(int node) const;

    /// What `node` depends on, directly or through others; sorted, without `node`.
    QList<int> upstream(int node) const;
    /// What depends on `node`, directly or through others; sorted, without `node`.
    QList<int> downstream(int node) const;

    /// Every node at most `hops` edges away from one of `centres`, following edges
    /// either way; sorted, including the centres.
    QList<int> neighbourhood(const QList<int> &centres, int hops) const;

    /// What a change to these integrations and/or workloads fails or degrades, with
    /// the path that explains each (ImpactAnalysis's rules).
    BlastRadius blastRadius(const QStringList &integrations, const QStringList &workloads = {}) const;

    /// Processes, partners and sites the given integrations carry, each sorted.
    CarriedItems carriedBy(const QList<int> &nodes) const;

    const ImpactAnalysis &impact() const;

private:
    struct Data;
    QList<int> reach(int node, bool forward) const;

    std::shared_ptr<const Data> m_data;
};

} // namespace Gatehouse::Models
