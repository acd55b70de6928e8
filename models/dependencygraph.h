#pragma once

#include "estate.h"
#include "estateenums.h"
#include "impactanalysis.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Gatehouse::Models {

/// A change's blast radius on a DependencyGraph: for every node whether and how the
/// change reaches it (fails or degrades), found by a compact search over node indices.
/// Names, explaining paths and the processes/partners/sites of the full report are
/// built only when asked for: affected() builds and keeps one node's entry,
/// report() the whole ImpactReport. Cheap to copy (copies share what was built); the
/// const calls are thread-safe.
class BlastRadius
{
public:
    BlastRadius();

    /// Node indices of the changed integrations (after mapping workloads), in request order.
    QList<int> changed;

    /// True when the change reaches no integration (no known name was given).
    bool isEmpty() const;
    bool contains(int node) const;
    /// How the change hits `node`; only meaningful when contains(node).
    ImpactKind kind(int node) const;
    int affectedCount() const;
    int failCount() const;    ///< the changed integrations included
    int degradeCount() const;
    /// Requested names that are neither integrations nor workloads.
    const QStringList &unknownNames() const;

    /// The affected nodes, ordered like ImpactReport::integrations (fails first, then
    /// the shorter path, then by name).
    QList<int> affectedNodes() const;
    /// The path that explains how the change reaches `node`; empty when it does not.
    ImpactPath path(int node) const;
    /// The node's entry (name, kind, explaining path), built on first use and kept
    /// for the radius's lifetime; nullptr when the change does not reach it.
    const AffectedIntegration *affected(int node) const;
    /// The full report (every path, process, partner, site and environment), built on
    /// first use: what ImpactAnalysis::analyse() returns for the same change.
    const ImpactReport &report() const;

private:
    friend class DependencyGraph;
    struct Shared;
    std::shared_ptr<Shared> m_shared;
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
    /// the path that explains each (ImpactAnalysis's rules). Well under a millisecond
    /// on a 5,000-integration estate; the paths are built when asked for.
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
