#include "dependencygraph.h"

#include <QHash>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>

#include <algorithm>
#include <vector>

namespace Gatehouse::Models {

struct DependencyGraph::Data
{
    EstatePtr estate;
    QHash<QString, int> indexOf;
    QList<Edge> edges;
    QList<QList<int>> out;
    QList<QList<int>> in;
    ImpactAnalysis impact;

    explicit Data(EstatePtr e) : estate(std::move(e)), impact(estate) {}
};

struct BlastRadius::Shared
{
    std::shared_ptr<const ImpactAnalysis> impact; ///< null for an empty radius
    ImpactReach reach;

    // What was built on demand, behind one lock: radii are shared between copies.
    QMutex mutex;
    std::vector<std::unique_ptr<AffectedIntegration>> entries; ///< per node, once asked for
    std::unique_ptr<ImpactReport> report;
};

BlastRadius::BlastRadius() : m_shared(std::make_shared<Shared>()) {}

bool BlastRadius::isEmpty() const
{
    return m_shared->reach.affectedCount() == 0;
}

bool BlastRadius::contains(int node) const
{
    return m_shared->reach.reaches(node);
}

ImpactKind BlastRadius::kind(int node) const
{
    return contains(node) ? m_shared->reach.kind(node) : ImpactKind::Fails;
}

int BlastRadius::affectedCount() const
{
    return m_shared->reach.affectedCount();
}

int BlastRadius::failCount() const
{
    return m_shared->reach.failCount;
}

int BlastRadius::degradeCount() const
{
    return m_shared->reach.degradeCount;
}

const QStringList &BlastRadius::unknownNames() const
{
    return m_shared->reach.unknownNames;
}

QList<int> BlastRadius::affectedNodes() const
{
    return m_shared->impact ? m_shared->impact->ordered(m_shared->reach) : QList<int>();
}

ImpactPath BlastRadius::path(int node) const
{
    return m_shared->impact && contains(node) ? m_shared->impact->path(m_shared->reach, node) : ImpactPath();
}

const AffectedIntegration *BlastRadius::affected(int node) const
{
    if (!m_shared->impact || !contains(node))
        return nullptr;
    QMutexLocker locker(&m_shared->mutex);
    std::vector<std::unique_ptr<AffectedIntegration>> &entries = m_shared->entries;
    if (entries.empty())
        entries.resize(m_shared->reach.any.size());
    std::unique_ptr<AffectedIntegration> &entry = entries[std::size_t(node)];
    if (!entry) {
        entry = std::make_unique<AffectedIntegration>();
        entry->name = m_shared->impact->estate()->integrations.at(node).name;
        entry->kind = m_shared->reach.kind(node);
        entry->path = m_shared->impact->path(m_shared->reach, node);
    }
    return entry.get();
}

const ImpactReport &BlastRadius::report() const
{
    QMutexLocker locker(&m_shared->mutex);
    if (!m_shared->report) {
        m_shared->report = std::make_unique<ImpactReport>(m_shared->impact ? m_shared->impact->report(m_shared->reach)
                                                                            : ImpactReport());
        if (!m_shared->impact)
            m_shared->report->unknownNames = m_shared->reach.unknownNames;
    }
    return *m_shared->report;
}

DependencyGraph::DependencyGraph() : DependencyGraph(std::make_shared<const Estate>()) {}

DependencyGraph::DependencyGraph(EstatePtr estate)
{
    if (!estate)
        estate = std::make_shared<const Estate>();
    auto data = std::make_shared<Data>(estate);
    const QList<Integration> &integrations = estate->integrations;
    const int n = int(integrations.size());
    data->indexOf.reserve(n);
    for (int i = 0; i < n; ++i)
        data->indexOf.insert(integrations.at(i).name, i);
    data->out.resize(n);
    data->in.resize(n);
    for (int i = 0; i < n; ++i) {
        for (const Dependency &dependency : integrations.at(i).dependencies) {
            const int target = data->indexOf.value(dependency.target, -1);
            if (target < 0 || target == i)
                continue; // the loader reports dangling and self references
            const int e = int(data->edges.size());
            data->edges.append(Edge{target, i, dependency.mode, dependency.description});
            data->out[target].append(e);
            data->in[i].append(e);
        }
    }
    m_data = std::move(data);
}

EstatePtr DependencyGraph::estate() const
{
    return m_data->estate;
}

int DependencyGraph::nodeCount() const
{
    return int(m_data->estate->integrations.size());
}

const Integration &DependencyGraph::integration(int node) const
{
    return m_data->estate->integrations.at(node);
}

int DependencyGraph::indexOf(const QString &name) const
{
    return m_data->indexOf.value(name, -1);
}

const QList<DependencyGraph::Edge> &DependencyGraph::edges() const
{
    return m_data->edges;
}

const QList<int> &DependencyGraph::outEdges(int node) const
{
    return m_data->out.at(node);
}

const QList<int> &DependencyGraph::inEdges(int node) const
{
    return m_data->in.at(node);
}

QList<int> DependencyGraph::reach(int node, bool forward) const
{
    const int n = nodeCount();
    if (node < 0 || node >= n)
        return {};
    std::vector<char> seen(std::size_t(n), 0);
    std::vector<int> queue{node};
    seen[std::size_t(node)] = 1;
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int u = queue[head];
        for (const int e : forward ? m_data->out.at(u) : m_data->in.at(u)) {
            const int v = forward ? m_data->edges.at(e).to : m_data->edges.at(e).from;
            if (!seen[std::size_t(v)]) {
                seen[std::size_t(v)] = 1;
                queue.push_back(v);
            }
        }
    }
    QList<int> result;
    for (int v = 0; v < n; ++v) {
        if (seen[std::size_t(v)] && v != node)
            result.append(v);
    }
    return result;
}

QList<int> DependencyGraph::upstream(int node) const
{
    return reach(node, false);
}

QList<int> DependencyGraph::downstream(int node) const
{
    return reach(node, true);
}

QList<int> DependencyGraph::neighbourhood(const QList<int> &centres, int hops) const
{
    const int n = nodeCount();
    std::vector<int> distance(std::size_t(n), -1);
    std::vector<int> queue;
    for (const int c : centres) {
        if (c >= 0 && c < n && distance[std::size_t(c)] < 0) {
            distance[std::size_t(c)] = 0;
            queue.push_back(c);
        }
    }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const int u = queue[head];
        const int d = distance[std::size_t(u)];
        if (d >= hops)
            continue;
        auto visit = [&](int v) {
            if (distance[std::size_t(v)] < 0) {
                distance[std::size_t(v)] = d + 1;
                queue.push_back(v);
            }
        };
        for (const int e : m_data->out.at(u))
            visit(m_data->edges.at(e).to);
        for (const int e : m_data->in.at(u))
            visit(m_data->edges.at(e).from);
    }
    QList<int> result(queue.begin(), queue.end());
    std::sort(result.begin(), result.end());
    return result;
}

BlastRadius DependencyGraph::blastRadius(const QStringList &integrations, const QStringList &workloads) const
{
    BlastRadius radius;
    radius.m_shared->impact = std::shared_ptr<const ImpactAnalysis>(m_data, &m_data->impact);
    radius.m_shared->reach = m_data->impact.reach(integrations, workloads);
    radius.changed = radius.m_shared->reach.changed;
    return radius;
}

CarriedItems DependencyGraph::carriedBy(const QList<int> &nodes) const
{
    QSet<QString> processes, partners, sites;
    const Estate &estate = *m_data->estate;
    for (const int node : nodes) {
        if (node < 0 || node >= nodeCount())
            continue;
        const Integration &i = integration(node);
        for (const QString &process : i.processes)
            processes.insert(process);
        for (const Partner &partner : i.partners)
            partners.insert(partner.displayName.isEmpty() ? partner.name : partner.displayName);
        // Named sites, or those of the environments the integration runs in.
        if (!i.sites.isEmpty()) {
            for (const QString &site : i.sites)
                sites.insert(site);
        } else {
            for (const Environment &env : estate.environments) {
                if (i.environments.isEmpty() || i.environments.contains(env.name)) {
                    for (const QString &site : env.sites)
                        sites.insert(site);
                }
            }
        }
    }
    auto sorted = [](const QSet<QString> &set) {
        QStringList list(set.cbegin(), set.cend());
        std::sort(list.begin(), list.end());
        return list;
    };
    return {sorted(processes), sorted(partners), sorted(sites)};
}

const ImpactAnalysis &DependencyGraph::impact() const
{
    return m_data->impact;
}

} // namespace Gatehouse::Models
