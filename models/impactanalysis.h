#pragma once

#include "estate.h"
#include "estateenums.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

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
    QStringList changedIntegrations;         ///< after mapping workloads to integrations
    QStringList unknownNames;                ///< requested names that are neither integrations nor workloads
    QList<AffectedIntegration> integrations; ///< sorted: fails before degrades, then by hops, then name
    QList<AffectedItem> processes;
    QList<AffectedItem> partners;
    QList<AffectedItem> sites;
    QList<AffectedItem> environments;
};

/// A change's reach as compact per-integration arrays, indexed like Estate::integrations:
/// everything ImpactAnalysis::analyse() reports, before any name, path or item is built.
/// Computing it is two breadth-first searches over integers; ImpactAnalysis derives
/// paths, the ordered list and the full report from it on demand.
struct ImpactReach
{
    struct Step
    {
        int parent = -2;                            ///< -2 unreached, -1 changed, else the index reached from
        int distance = 0;                           ///< edges from the nearest changed integration
        DependencyMode mode = DependencyMode::Sync; ///< of the edge from `parent`
    };

    QList<int> changed;              ///< indices of the changed integrations, in request order
    QStringList changedIntegrations; ///< their names (ImpactReport::changedIntegrations)
    QStringList unknownNames;        ///< as in ImpactReport
    std::vector<Step> sync;          ///< the search over sync edges only: reached here means fails
    std::vector<Step> any;           ///< the search over every edge: reached only here means degrades
    int failCount = 0;               ///< integrations that fail, the changed ones included
    int degradeCount = 0;            ///< integrations that only degrade

    int affectedCount() const { return failCount + degradeCount; }
    bool reaches(int integration) const
    {
        return integration >= 0 && std::size_t(integration) < any.size() && any[std::size_t(integration)].parent != -2;
    }
    /// Only meaningful when reaches(integration).
    ImpactKind kind(int integration) const
    {
        return sync[std::size_t(integration)].parent != -2 ? ImpactKind::Fails : ImpactKind::Degrades;
    }
    /// Hops of the explaining path minus one; only meaningful when reaches(integration).
    int distance(int integration) const
    {
        const std::size_t i = std::size_t(integration);
        return sync[i].parent != -2 ? sync[i].distance : any[i].distance;
    }
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
    ImpactReport analyse(const QStringList &changedIntegrations, const QStringList &changedWorkloads = {}) const;

    /// Integrations that `name` depends on, transitively (upstream), with paths.
    /// Each path runs from the upstream integration (first) to `name` (last), so
    /// its kind() says how `name` is hit when that upstream integration changes.
    /// Sorted like ImpactReport::integrations; `name` itself is not included.
    QList<AffectedIntegration> upstream(const QString &name) const;

    /// The compact form of analyse(): which integrations the change reaches and how,
    /// with no path or item built. What analyse() builds on; cheap enough to run on
    /// every selection of a 5,000-integration estate.
    ImpactReach reach(const QStringList &changedIntegrations, const QStringList &changedWorkloads = {}) const;
    /// The path that explains how `reach` affects `integration` (an estate index); the
    /// same path analyse() reports. Empty when the integration is not reached.
    ImpactPath path(const ImpactReach &reach, int integration) const;
    /// The affected integrations' indices in ImpactReport::integrations order.
    QList<int> ordered(const ImpactReach &reach) const;
    /// The full report for `reach`: analyse() without the search.
    ImpactReport report(const ImpactReach &reach) const;

    /// Index of an integration name in the estate, -1 when there is none.
    int indexOf(const QString &name) const { return m_indexOf.value(name, -1); }

    EstatePtr estate() const { return m_estate; }

private:
    struct Edge
    {
        int node;
        DependencyMode mode;
    };
    /// Adjacency in compressed rows: the edges of node i are
    /// edges[offsets[i]] … edges[offsets[i + 1] - 1], ordered by the neighbour's
    /// name so that a breadth-first search finds lexicographically smallest paths.
    struct Adjacency
    {
        QList<int> offsets;
        QList<Edge> edges;
    };
    struct Search;

    /// The two breadth-first searches (sync edges only, then all) from `sources`.
    void searchSteps(const QList<int> &sources, const Adjacency &graph, std::vector<ImpactReach::Step> &sync,
                     std::vector<ImpactReach::Step> &any) const;
    /// Affected indices in report order (fails, then distance, then name).
    QList<int> orderedIndices(const std::vector<ImpactReach::Step> &sync,
                              const std::vector<ImpactReach::Step> &any) const;
    static ImpactPath pathFrom(const QList<Integration> &integrations, const std::vector<ImpactReach::Step> &steps,
                               int integration, bool reversed);

    static Adjacency buildAdjacency(int nodeCount, QList<QList<Edge>> lists, const QList<int> &nameRank);
    /// Breadth-first searches from `sources`; `indices`, when given, receives the
    /// integration index of every returned entry.
    QList<AffectedIntegration> search(const QList<int> &sources, const Adjacency &graph, bool reversePaths,
                                      QList<int> *indices = nullptr) const;

    EstatePtr m_estate;
    /// For every integration i: the integrations that depend on it (downstream).
    Adjacency m_dependents;
    /// For every integration i: the integrations it depends on (upstream).
    Adjacency m_dependencies;
    /// Position of each integration's name in sorted order, to compare names as integers.
    QList<int> m_nameRank;
    /// Integration name → index (the estate may not have been index()ed).
    QHash<QString, int> m_indexOf;
    /// Workload name → indices of the integrations it runs, over all environments.
    QHash<QString, QList<int>> m_workloadIntegrations;

    /// What an affected integration carries, by category (processes, partners, sites,
    /// environments), precomputed as ids into m_itemNames so that analyse() only marks
    /// bits instead of hashing names for every affected integration × environment.
    enum ItemCategory { Processes, Partners, Sites, Environments, CategoryCount };
    QStringList m_itemNames[CategoryCount];
    /// m_itemsOf[c][i]: ids of the category-c items integration i carries, in first-seen order.
    QList<QList<int>> m_itemsOf[CategoryCount];
};

} // namespace Gatehouse::Models
