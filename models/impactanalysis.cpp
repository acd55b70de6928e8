#include "impactanalysis.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>
#include <vector>

namespace Gatehouse::Models {

namespace {

QString modeText(DependencyMode mode)
{
    switch (mode) {
    case DependencyMode::Sync:
        return QCoreApplication::translate("Gatehouse::Models::ImpactPath", "sync");
    case DependencyMode::Async:
        return QCoreApplication::translate("Gatehouse::Models::ImpactPath", "async");
    case DependencyMode::Batch:
        return QCoreApplication::translate("Gatehouse::Models::ImpactPath", "batch");
    }
    return {};
}

int severity(ImpactKind kind)
{
    return kind == ImpactKind::Fails ? 0 : 1;
}

// Orders affected things the way the report promises: fails first, then the
// shorter explanation, then by name.
template<typename T>
void sortBySeverity(QList<T> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const T &a, const T &b) {
        if (a.kind != b.kind)
            return severity(a.kind) < severity(b.kind);
        if (a.path.hops.size() != b.path.hops.size())
            return a.path.hops.size() < b.path.hops.size();
        return a.name < b.name;
    });
}

} // namespace

ImpactKind ImpactPath::kind() const
{
    for (DependencyMode mode : modes) {
        if (mode != DependencyMode::Sync)
            return ImpactKind::Degrades;
    }
    return ImpactKind::Fails;
}

QString ImpactPath::toString() const
{
    QString text;
    for (qsizetype i = 0; i < hops.size(); ++i) {
        if (i > 0) {
            text += QStringLiteral(" \u2192 ") + hops.at(i);
            if (i - 1 < modes.size())
                text += QStringLiteral(" (") + modeText(modes.at(i - 1)) + QLatin1Char(')');
        } else {
            text += hops.at(i);
        }
    }
    return text;
}

ImpactAnalysis::ImpactAnalysis(EstatePtr estate) : m_estate(std::move(estate))
{
    if (!m_estate)
        m_estate = std::make_shared<const Estate>();
    const QList<Integration> &integrations = m_estate->integrations;
    const int n = int(integrations.size());

    // Integer rank of every name, so the searches order neighbours without comparing strings.
    std::vector<int> order(std::size_t(n), 0);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(),
              [&](int a, int b) { return integrations.at(a).name < integrations.at(b).name; });
    QList<int> &nameRank = m_nameRank;
    nameRank.fill(0, n);
    for (int r = 0; r < n; ++r)
        nameRank[order[std::size_t(r)]] = r;

    // A local name → index map: the estate may not have been index()ed by a hand-built caller.
    QHash<QString, int> &nameIndex = m_indexOf;
    nameIndex.reserve(n);
    for (int i = 0; i < n; ++i)
        nameIndex.insert(integrations.at(i).name, i);

    QList<QList<Edge>> dependents(n);
    QList<QList<Edge>> dependencies(n);
    for (int a = 0; a < n; ++a) {
        for (const Dependency &dep : integrations.at(a).dependencies) {
            const int b = nameIndex.value(dep.target, -1);
            if (b < 0 || b == a)
                continue; // dangling references are the loader's to report
            dependents[b].append(Edge{a, dep.mode});
            dependencies[a].append(Edge{b, dep.mode});
        }
    }
    m_dependents = buildAdjacency(n, std::move(dependents), nameRank);
    m_dependencies = buildAdjacency(n, std::move(dependencies), nameRank);

    for (const Environment &env : m_estate->environments) {
        for (const Workload &workload : env.workloads) {
            QList<int> &targets = m_workloadIntegrations[workload.name];
            for (const QString &name : workload.integrations) {
                const int i = nameIndex.value(name, -1);
                if (i >= 0 && !targets.contains(i))
                    targets.append(i);
            }
        }
    }

    QHash<QString, int> itemIds[CategoryCount];
    auto idOf = [&](ItemCategory category, const QString &name) {
        const auto it = itemIds[category].constFind(name);
        if (it != itemIds[category].cend())
            return *it;
        const int id = int(m_itemNames[category].size());
        itemIds[category].insert(name, id);
        m_itemNames[category].append(name);
        return id;
    };
    // Ids already listed for the integration being filled, per category (reset per integration).
    std::vector<int> listedFor[CategoryCount];
    auto addId = [&](ItemCategory category, int integration, int id) {
        std::vector<int> &listed = listedFor[category];
        if (std::size_t(id) >= listed.size())
            listed.resize(std::size_t(id) + 1, -1);
        if (listed[std::size_t(id)] == integration)
            return;
        listed[std::size_t(id)] = integration;
        m_itemsOf[category][integration].append(id);
    };
    auto addItem = [&](ItemCategory category, int integration, const QString &name) {
        if (!name.isEmpty())
            addId(category, integration, idOf(category, name));
    };
    for (QList<QList<int>> &lists : m_itemsOf)
        lists.resize(n);
    // Environment and site ids resolved once, not once per integration.
    const QList<Environment> &environments = m_estate->environments;
    QList<int> environmentIds;
    QList<QList<int>> environmentSiteIds;
    for (const Environment &env : environments) {
        environmentIds.append(idOf(Environments, env.name));
        QList<int> siteIds;
        for (const QString &site : env.sites) {
            if (!site.isEmpty())
                siteIds.append(idOf(Sites, site));
        }
        environmentSiteIds.append(siteIds);
    }
    for (int i = 0; i < n; ++i) {
        const Integration &integration = integrations.at(i);
        for (const QString &process : integration.processes)
            addItem(Processes, i, process);
        for (const Partner &partner : integration.partners)
            addItem(Partners, i, partner.name);
        // An integration runs in the environments it names, or in all of them; it serves
        // the sites it names, or those of the environments it runs in.
        for (qsizetype e = 0; e < environments.size(); ++e) {
            if (!integration.environments.isEmpty() && !integration.environments.contains(environments.at(e).name))
                continue;
            addId(Environments, i, environmentIds.at(e));
            if (integration.sites.isEmpty()) {
                for (const int site : environmentSiteIds.at(e))
                    addId(Sites, i, site);
            }
        }
        for (const QString &site : integration.sites)
            addItem(Sites, i, site);
    }
}

ImpactAnalysis::Adjacency ImpactAnalysis::buildAdjacency(int nodeCount, QList<QList<Edge>> lists,
                                                         const QList<int> &nameRank)
{
    Adjacency graph;
    graph.offsets.reserve(nodeCount + 1);
    graph.offsets.append(0);
    for (QList<Edge> &list : lists) {
        // By neighbour name, sync before async before batch for the same neighbour.
        std::sort(list.begin(), list.end(), [&](const Edge &x, const Edge &y) {
            if (x.node != y.node)
                return nameRank.at(x.node) < nameRank.at(y.node);
            return int(x.mode) < int(y.mode);
        });
        graph.edges.append(list);
        graph.offsets.append(int(graph.edges.size()));
    }
    return graph;
}

// Two breadth-first searches from the sources, level by level in name order,
// so each node's first discovery is its shortest and lexicographically smallest
// path. The first follows sync edges only: whatever it reaches fails. The second
// follows every edge: whatever only it reaches degrades, and since it was not
// reachable over sync edges alone, its path necessarily holds an async or batch
// edge. Severity beats length, so a fails path wins even when a degrades path is shorter.
void ImpactAnalysis::searchSteps(const QList<int> &sources, const Adjacency &graph,
                                 std::vector<ImpactReach::Step> &sync, std::vector<ImpactReach::Step> &any) const
{
    using Step = ImpactReach::Step;
    const std::size_t n = std::size_t(m_estate->integrations.size());
    sync.assign(n, Step{});
    any.assign(n, Step{});

    // Sources sorted by name so that ties between them resolve by name too.
    QList<int> sortedSources = sources;
    std::sort(sortedSources.begin(), sortedSources.end(),
              [&](int a, int b) { return m_nameRank.at(a) < m_nameRank.at(b); });
    sortedSources.erase(std::unique(sortedSources.begin(), sortedSources.end()), sortedSources.end());
    // Raw pointers: this loop is the whole cost of a blast radius on a large estate.
    const int *offsets = graph.offsets.constData();
    const Edge *edges = graph.edges.constData();
    std::vector<int> queue;
    queue.reserve(n);
    auto bfs = [&](std::vector<Step> &reach, bool syncOnly) {
        queue.clear();
        for (int s : std::as_const(sortedSources)) {
            if (reach[std::size_t(s)].parent != -2)
                continue;
            reach[std::size_t(s)].parent = -1;
            queue.push_back(s);
        }
        for (std::size_t head = 0; head < queue.size(); ++head) {
            const int u = queue[head];
            const int distance = reach[std::size_t(u)].distance + 1;
            const int end = offsets[u + 1];
            for (int e = offsets[u]; e < end; ++e) {
                const Edge &edge = edges[e];
                if (syncOnly && edge.mode != DependencyMode::Sync)
                    continue;
                Step &r = reach[std::size_t(edge.node)];
                if (r.parent != -2)
                    continue;
                r = Step{u, distance, edge.mode};
                queue.push_back(edge.node);
            }
        }
    };
    bfs(sync, true);
    bfs(any, false);
}

QList<int> ImpactAnalysis::orderedIndices(const std::vector<ImpactReach::Step> &sync,
                                          const std::vector<ImpactReach::Step> &any) const
{
    struct Found
    {
        int node;
        int severity;
        int distance;
    };
    std::vector<Found> found;
    for (std::size_t v = 0; v < any.size(); ++v) {
        if (sync[v].parent != -2)
            found.push_back(Found{int(v), 0, sync[v].distance});
        else if (any[v].parent != -2)
            found.push_back(Found{int(v), 1, any[v].distance});
    }
    std::sort(found.begin(), found.end(), [&](const Found &a, const Found &b) {
        if (a.severity != b.severity)
            return a.severity < b.severity;
        if (a.distance != b.distance)
            return a.distance < b.distance;
        return m_nameRank.at(a.node) < m_nameRank.at(b.node);
    });
    QList<int> result;
    result.reserve(qsizetype(found.size()));
    for (const Found &f : found)
        result.append(f.node);
    return result;
}

ImpactPath ImpactAnalysis::pathFrom(const QList<Integration> &integrations,
                                    const std::vector<ImpactReach::Step> &steps, int integration, bool reversed)
{
    ImpactPath path;
    for (int x = integration; x >= 0; x = steps[std::size_t(x)].parent) {
        path.hops.append(integrations.at(x).name);
        if (steps[std::size_t(x)].parent >= 0)
            path.modes.append(steps[std::size_t(x)].mode);
    }
    if (!reversed) {
        std::reverse(path.hops.begin(), path.hops.end());
        std::reverse(path.modes.begin(), path.modes.end());
    }
    return path;
}

QList<AffectedIntegration> ImpactAnalysis::search(const QList<int> &sources, const Adjacency &graph, bool reversePaths,
                                                  QList<int> *indices) const
{
    std::vector<ImpactReach::Step> sync, any;
    searchSteps(sources, graph, sync, any);
    const QList<int> order = orderedIndices(sync, any);
    QList<AffectedIntegration> result;
    result.reserve(order.size());
    for (const int v : order) {
        const bool fails = sync[std::size_t(v)].parent != -2;
        AffectedIntegration affected;
        affected.name = m_estate->integrations.at(v).name;
        affected.kind = fails ? ImpactKind::Fails : ImpactKind::Degrades;
        affected.path = pathFrom(m_estate->integrations, fails ? sync : any, v, reversePaths);
        result.append(std::move(affected));
    }
    if (indices)
        *indices = order;
    return result;
}

ImpactReach ImpactAnalysis::reach(const QStringList &changedIntegrations, const QStringList &changedWorkloads) const
{
    ImpactReach reach;
    auto addSource = [&](int i) {
        if (!reach.changed.contains(i)) {
            reach.changed.append(i);
            reach.changedIntegrations.append(m_estate->integrations.at(i).name);
        }
    };
    auto addUnknown = [&](const QString &name) {
        if (!reach.unknownNames.contains(name))
            reach.unknownNames.append(name);
    };

    // A name given as an integration may also be a workload, and the other way round:
    // the user typed a name, they need not know which kind of thing it is.
    for (const QString &name : changedIntegrations) {
        if (const int i = indexOf(name); i >= 0)
            addSource(i);
        else if (const auto it = m_workloadIntegrations.constFind(name); it != m_workloadIntegrations.cend())
            std::for_each(it->cbegin(), it->cend(), addSource);
        else
            addUnknown(name);
    }
    for (const QString &name : changedWorkloads) {
        if (const auto it = m_workloadIntegrations.constFind(name); it != m_workloadIntegrations.cend())
            std::for_each(it->cbegin(), it->cend(), addSource);
        else if (const int i = indexOf(name); i >= 0)
            addSource(i);
        else
            addUnknown(name);
    }

    searchSteps(reach.changed, m_dependents, reach.sync, reach.any);
    for (std::size_t v = 0; v < reach.any.size(); ++v) {
        if (reach.sync[v].parent != -2)
            ++reach.failCount;
        else if (reach.any[v].parent != -2)
            ++reach.degradeCount;
    }
    return reach;
}

ImpactPath ImpactAnalysis::path(const ImpactReach &reach, int integration) const
{
    if (!reach.reaches(integration) || reach.any.size() != std::size_t(m_estate->integrations.size()))
        return {};
    const bool fails = reach.kind(integration) == ImpactKind::Fails;
    return pathFrom(m_estate->integrations, fails ? reach.sync : reach.any, integration, false);
}

QList<int> ImpactAnalysis::ordered(const ImpactReach &reach) const
{
    if (reach.any.size() != std::size_t(m_estate->integrations.size()))
        return {};
    return orderedIndices(reach.sync, reach.any);
}

ImpactReport ImpactAnalysis::analyse(const QStringList &changedIntegrations, const QStringList &changedWorkloads) const
{
    return report(reach(changedIntegrations, changedWorkloads));
}

ImpactReport ImpactAnalysis::report(const ImpactReach &reach) const
{
    ImpactReport report;
    report.changedIntegrations = reach.changedIntegrations;
    report.unknownNames = reach.unknownNames;
    const QList<int> indices = ordered(reach);
    report.integrations.reserve(indices.size());
    for (const int v : indices) {
        const bool fails = reach.kind(v) == ImpactKind::Fails;
        report.integrations.append(AffectedIntegration{m_estate->integrations.at(v).name,
                                                       fails ? ImpactKind::Fails : ImpactKind::Degrades,
                                                       pathFrom(m_estate->integrations, fails ? reach.sync : reach.any,
                                                                v, false)});
    }

    // report.integrations is sorted by severity, then path length, then name: the first
    // affected integration that carries an item is the one that explains it best.
    QList<AffectedItem> *targets[CategoryCount] = {&report.processes, &report.partners, &report.sites,
                                                   &report.environments};
    for (int c = 0; c < CategoryCount; ++c) {
        const QStringList &names = m_itemNames[c];
        std::vector<char> seen(std::size_t(names.size()), 0);
        qsizetype remaining = names.size();
        QList<AffectedItem> &items = *targets[c];
        for (qsizetype k = 0; k < report.integrations.size() && remaining > 0; ++k) {
            const AffectedIntegration &affected = report.integrations.at(k);
            for (const int id : m_itemsOf[c].at(indices.at(k))) {
                if (seen[std::size_t(id)])
                    continue;
                seen[std::size_t(id)] = 1;
                --remaining;
                items.append(AffectedItem{names.at(id), affected.kind, affected.name, affected.path});
            }
        }
        sortBySeverity(items);
    }
    return report;
}

QList<AffectedIntegration> ImpactAnalysis::upstream(const QString &name) const
{
    const int start = m_indexOf.value(name, -1);
    if (start < 0)
        return {};
    QList<AffectedIntegration> result = search({start}, m_dependencies, true);
    result.removeIf([&](const AffectedIntegration &a) { return a.name == name; });
    return result;
}

} // namespace Gatehouse::Models
