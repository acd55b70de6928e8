#include "kubestore.h"

#include <algorithm>

namespace Gatehouse::Models {

namespace {

template<typename T>
bool upsertInto(QHash<QString, T> &hash, const T &object)
{
    auto it = hash.find(object.meta.name);
    if (it == hash.end()) {
        hash.insert(object.meta.name, object);
        return true;
    }
    if (*it == object)
        return false;
    *it = object;
    return true;
}

template<typename T>
QStringList replaceInto(QHash<QString, T> &hash, QList<T> objects)
{
    QStringList changed;
    QHash<QString, T> next;
    next.reserve(objects.size());
    for (T &object : objects) {
        const auto old = hash.constFind(object.meta.name);
        if (old == hash.constEnd() || !(*old == object))
            changed.append(object.meta.name);
        const QString name = object.meta.name;
        next.insert(name, std::move(object));
    }
    for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
        if (!next.contains(it.key()))
            changed.append(it.key());
    }
    hash = std::move(next);
    return changed;
}

} // namespace

KubeStore::KubeStore(QObject *parent) : QObject(parent) {}

void KubeStore::notify(KubeKind kind, const QStringList &names)
{
    if (m_batchDepth > 0) {
        m_batched[std::size_t(kind)].append(names);
        return;
    }
    Q_EMIT objectsChanged(kind, names);
}

void KubeStore::beginBatch()
{
    ++m_batchDepth;
}

void KubeStore::endBatch()
{
    if (m_batchDepth == 0 || --m_batchDepth > 0)
        return;
    for (KubeKind kind : {KubeKind::Deployment, KubeKind::ReplicaSet, KubeKind::Pod, KubeKind::Event}) {
        QStringList names = std::move(m_batched[std::size_t(kind)]);
        m_batched[std::size_t(kind)] = {};
        if (names.isEmpty())
            continue;
        names.removeDuplicates();
        Q_EMIT objectsChanged(kind, names);
    }
}

void KubeStore::upsert(const KubeDeployment &object)
{
    if (upsertInto(m_deployments, object))
        notify(KubeKind::Deployment, {object.meta.name});
}

void KubeStore::upsert(const KubeReplicaSet &object)
{
    if (upsertInto(m_replicaSets, object))
        notify(KubeKind::ReplicaSet, {object.meta.name});
}

void KubeStore::upsert(const KubePod &object)
{
    if (upsertInto(m_pods, object))
        notify(KubeKind::Pod, {object.meta.name});
}

void KubeStore::upsert(const KubeEvent &object)
{
    if (upsertInto(m_events, object))
        notify(KubeKind::Event, {object.meta.name});
}

void KubeStore::remove(KubeKind kind, const QString &name)
{
    bool removed = false;
    switch (kind) {
    case KubeKind::Deployment:
        removed = m_deployments.remove(name);
        break;
    case KubeKind::ReplicaSet:
        removed = m_replicaSets.remove(name);
        break;
    case KubeKind::Pod:
        removed = m_pods.remove(name);
        break;
    case KubeKind::Event:
        removed = m_events.remove(name);
        break;
    }
    if (removed)
        notify(kind, {name});
}

void KubeStore::replace(QList<KubeDeployment> objects)
{
    const QStringList changed = replaceInto(m_deployments, std::move(objects));
    if (!changed.isEmpty())
        notify(KubeKind::Deployment, changed);
}

void KubeStore::replace(QList<KubeReplicaSet> objects)
{
    const QStringList changed = replaceInto(m_replicaSets, std::move(objects));
    if (!changed.isEmpty())
        notify(KubeKind::ReplicaSet, changed);
}

void KubeStore::replace(QList<KubePod> objects)
{
    const QStringList changed = replaceInto(m_pods, std::move(objects));
    if (!changed.isEmpty())
        notify(KubeKind::Pod, changed);
}

void KubeStore::replace(QList<KubeEvent> objects)
{
    const QStringList changed = replaceInto(m_events, std::move(objects));
    if (!changed.isEmpty())
        notify(KubeKind::Event, changed);
}

void KubeStore::clear()
{
    replace(QList<KubeDeployment>());
    replace(QList<KubeReplicaSet>());
    replace(QList<KubePod>());
    replace(QList<KubeEvent>());
}

int KubeStore::count(KubeKind kind) const
{
    switch (kind) {
    case KubeKind::Deployment:
        return int(m_deployments.size());
    case KubeKind::ReplicaSet:
        return int(m_replicaSets.size());
    case KubeKind::Pod:
        return int(m_pods.size());
    case KubeKind::Event:
        return int(m_events.size());
    }
    return 0;
}

bool KubeStore::contains(KubeKind kind, const QString &name) const
{
    switch (kind) {
    case KubeKind::Deployment:
        return m_deployments.contains(name);
    case KubeKind::ReplicaSet:
        return m_replicaSets.contains(name);
    case KubeKind::Pod:
        return m_pods.contains(name);
    case KubeKind::Event:
        return m_events.contains(name);
    }
    return false;
}

const KubeDeployment *KubeStore::deployment(const QString &name) const
{
    const auto it = m_deployments.constFind(name);
    return it == m_deployments.constEnd() ? nullptr : &*it;
}

const KubeReplicaSet *KubeStore::replicaSet(const QString &name) const
{
    const auto it = m_replicaSets.constFind(name);
    return it == m_replicaSets.constEnd() ? nullptr : &*it;
}

const KubePod *KubeStore::pod(const QString &name) const
{
    const auto it = m_pods.constFind(name);
    return it == m_pods.constEnd() ? nullptr : &*it;
}

const KubeEvent *KubeStore::eventNamed(const QString &name) const
{
    const auto it = m_events.constFind(name);
    return it == m_events.constEnd() ? nullptr : &*it;
}

QList<const KubeReplicaSet *> KubeStore::replicaSetsOf(const QString &deployment) const
{
    QList<const KubeReplicaSet *> out;
    for (const KubeReplicaSet &rs : m_replicaSets) {
        if (rs.meta.ownerKind == QLatin1String("Deployment") && rs.meta.ownerName == deployment)
            out.append(&rs);
    }
    std::sort(out.begin(), out.end(),
              [](const KubeReplicaSet *a, const KubeReplicaSet *b) { return a->revision > b->revision; });
    return out;
}

bool KubeStore::podBelongsTo(const KubePod &pod, const QString &deployment) const
{
    if (pod.meta.ownerKind != QLatin1String("ReplicaSet"))
        return false;
    const KubeReplicaSet *rs = replicaSet(pod.meta.ownerName);
    if (rs)
        return rs->meta.ownerName == deployment;
    // The ReplicaSet may not have arrived yet: its name is "<deployment>-<hash>".
    const QString &owner = pod.meta.ownerName;
    return owner.size() > deployment.size() + 1 && owner.startsWith(deployment)
        && owner.at(deployment.size()) == QLatin1Char('-')
        && !owner.mid(deployment.size() + 1).contains(QLatin1Char('-'));
}

bool KubeStore::eventConcerns(const KubeEvent &event, const QString &deployment) const
{
    if (event.involvedKind == QLatin1String("Deployment"))
        return event.involvedName == deployment;
    if (event.involvedKind == QLatin1String("ReplicaSet")) {
        const KubeReplicaSet *rs = replicaSet(event.involvedName);
        return rs && rs->meta.ownerName == deployment;
    }
    if (event.involvedKind == QLatin1String("Pod")) {
        const KubePod *p = pod(event.involvedName);
        return p && podBelongsTo(*p, deployment);
    }
    return false;
}

} // namespace Gatehouse::Models
