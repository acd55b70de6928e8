#include "kubestore.h"

#include <QElapsedTimer>
#include <QSet>

#include <algorithm>

namespace Gatehouse::Models {

namespace {

template<typename T>
bool upsertInto(QHash<QString, T> &hash, const T &object, KubeStoreTally &tally)
{
    auto it = hash.find(object.meta.name);
    if (it == hash.end()) {
        hash.insert(object.meta.name, object);
        tally.count(object, 1);
        return true;
    }
    if (*it == object)
        return false;
    tally.count(*it, -1);
    tally.count(object, 1);
    *it = object;
    return true;
}

template<typename T>
bool removeFrom(QHash<QString, T> &hash, const QString &name, KubeStoreTally &tally)
{
    const auto it = hash.find(name);
    if (it == hash.end())
        return false;
    tally.count(*it, -1);
    hash.erase(it);
    return true;
}

template<typename T>
QStringList replaceInto(QHash<QString, T> &hash, QList<T> objects, KubeStoreTally &tally)
{
    QStringList changed;
    QHash<QString, T> next;
    next.reserve(objects.size());
    for (T &object : objects) {
        const auto old = hash.constFind(object.meta.name);
        if (old == hash.constEnd() || !(*old == object))
            changed.append(object.meta.name);
        if (old != hash.constEnd())
            tally.count(*old, -1);
        tally.count(object, 1);
        const QString name = object.meta.name;
        next.insert(name, std::move(object));
    }
    for (auto it = hash.cbegin(); it != hash.cend(); ++it) {
        if (!next.contains(it.key())) {
            changed.append(it.key());
            tally.count(*it, -1);
        }
    }
    hash = std::move(next);
    return changed;
}

bool crashLooping(const KubePod &pod)
{
    return std::any_of(pod.containers.cbegin(), pod.containers.cend(),
                       [](const KubeContainerStatus &c) { return c.reason == QLatin1String("CrashLoopBackOff"); });
}

} // namespace

struct KubeStore::Replacement
{
    virtual ~Replacement() = default;
    /// Applies the next part of the list until `deadline` has passed (checked every 64
    /// objects), adding the names it changed to `changed`; true once the kind equals the list.
    virtual bool step(const QElapsedTimer &clock, qint64 deadlineNs, QStringList &changed) = 0;
    /// `name` was written directly while this ran (`removed`: by remove()): its state is
    /// newer than the list's.
    void supersede(const QString &name, bool removed)
    {
        skip.insert(name);
        listed.insert(name);
        if (removed)
            removedDirectly.insert(name);
        else
            removedDirectly.remove(name);
        disturbed = true;
    }

    QSet<QString> skip;
    QSet<QString> listed;          ///< names of the list and superseded ones: what stays
    QSet<QString> removedDirectly; ///< superseded by a removal: listed, but not held
    bool disturbed = false;        ///< a direct write since the scan for vanished objects began
};

template<typename T>
struct KubeStore::ReplacementOf final : KubeStore::Replacement
{
    ReplacementOf(QHash<QString, T> &target, QList<T> list, KubeStoreTally &counts)
        : hash(target), tally(counts), objects(std::move(list))
    {
        listed.reserve(objects.size());
    }

    bool step(const QElapsedTimer &clock, qint64 deadlineNs, QStringList &changed) override
    {
        int work = 0;
        const auto due = [&] { return (++work & 63) == 0 && clock.nsecsElapsed() >= deadlineNs; };
        // First every object of the list, compared with what is held and changed in place
        // (a row showing it stays where it is), consumed from the back so that what is
        // done is freed within the slice (10,000 pods are ~150,000 strings to release).
        while (!objects.isEmpty()) {
            T &object = objects.last();
            if (!skip.contains(object.meta.name)) {
                listed.insert(object.meta.name);
                auto it = hash.find(object.meta.name);
                if (it == hash.end()) {
                    changed.append(object.meta.name);
                    tally.count(object, 1);
                    const QString name = object.meta.name;
                    hash.emplace(name, std::move(object));
                } else if (!(*it == object)) {
                    changed.append(object.meta.name);
                    tally.count(*it, -1);
                    tally.count(object, 1);
                    *it = std::move(object);
                }
            }
            objects.removeLast();
            if (due())
                return false;
        }
        // Then whatever the list no longer has. Every name held is either listed or
        // vanished, so when the counts agree there is nothing to look for (a relist after
        // a dropped watch, mostly). Otherwise a walk over the held objects, from where the
        // last slice stopped; a direct write in between may move things, so it starts over.
        while (!sweptVanished && hash.size() != listed.size() - removedDirectly.size()) {
            if (!walking || disturbed) {
                cursor = hash.begin();
                walking = true;
                disturbed = false;
            }
            while (cursor != hash.end()) {
                if (!listed.contains(cursor.key())) {
                    changed.append(cursor.key());
                    tally.count(*cursor, -1);
                    cursor = hash.erase(cursor);
                } else {
                    ++cursor;
                }
                if (due())
                    return false;
            }
            walking = false;
        }
        sweptVanished = true;
        for (auto it = listed.begin(); it != listed.end();) {
            it = listed.erase(it);
            if (due())
                return false;
        }
        return true;
    }

    QHash<QString, T> &hash;
    KubeStoreTally &tally;
    QList<T> objects;
    typename QHash<QString, T>::iterator cursor;
    bool walking = false;
    bool sweptVanished = false;
};

void KubeStoreTally::count(const KubeDeployment &deployment, int sign)
{
    deployments += sign;
    desiredPods += sign * deployment.replicas;
    readyPods += sign * std::min(deployment.readyReplicas, deployment.replicas);
    if (deployment.availableReplicas >= deployment.replicas)
        availableDeployments += sign;
}

void KubeStoreTally::count(const KubePod &pod, int sign)
{
    pods += sign;
    if (crashLooping(pod))
        crashLoopingPods += sign;
    const bool finished = pod.phase == QLatin1String("Succeeded") || pod.phase == QLatin1String("Failed");
    if (!pod.ready && pod.meta.deletionTimestamp == 0 && !finished)
        podsNotReady += sign;
}

KubeStore::KubeStore(QObject *parent) : QObject(parent)
{
    m_replaceTimer.setSingleShot(true);
    m_replaceTimer.setInterval(0);
    connect(&m_replaceTimer, &QTimer::timeout, this, &KubeStore::continueReplacing);
}

KubeStore::~KubeStore() = default;

void KubeStore::replaceGradually(QList<KubeDeployment> objects)
{
    startReplacing(KubeKind::Deployment, std::make_unique<ReplacementOf<KubeDeployment>>(m_deployments, std::move(objects), m_tally));
}

void KubeStore::replaceGradually(QList<KubeReplicaSet> objects)
{
    startReplacing(KubeKind::ReplicaSet, std::make_unique<ReplacementOf<KubeReplicaSet>>(m_replicaSets, std::move(objects), m_tally));
}

void KubeStore::replaceGradually(QList<KubePod> objects)
{
    startReplacing(KubeKind::Pod, std::make_unique<ReplacementOf<KubePod>>(m_pods, std::move(objects), m_tally));
}

void KubeStore::replaceGradually(QList<KubeEvent> objects)
{
    startReplacing(KubeKind::Event, std::make_unique<ReplacementOf<KubeEvent>>(m_events, std::move(objects), m_tally));
}

bool KubeStore::isReplacing(KubeKind kind) const
{
    return m_replacing[std::size_t(kind)] != nullptr;
}

void KubeStore::setSliceBudget(int milliseconds)
{
    m_sliceBudgetMs = std::max(0, milliseconds);
}

void KubeStore::startReplacing(KubeKind kind, std::unique_ptr<Replacement> replacement)
{
    // Not a slice right away: the lists of several kinds often arrive in one event-loop
    // turn, and their slices share one budget per turn.
    m_replacing[std::size_t(kind)] = std::move(replacement);
    if (!m_replaceTimer.isActive())
        m_replaceTimer.start();
}

void KubeStore::continueReplacing()
{
    QElapsedTimer clock;
    clock.start();
    const qint64 deadline = qint64(m_sliceBudgetMs) * 1000 * 1000;
    QList<KubeKind> finished;
    beginBatch();
    for (KubeKind kind : {KubeKind::Deployment, KubeKind::ReplicaSet, KubeKind::Pod, KubeKind::Event}) {
        std::unique_ptr<Replacement> &job = m_replacing[std::size_t(kind)];
        if (!job)
            continue;
        QStringList changed;
        const bool done = job->step(clock, deadline, changed);
        if (!changed.isEmpty())
            notify(kind, changed);
        if (done) {
            job.reset();
            finished.append(kind);
        }
        if (clock.nsecsElapsed() >= deadline)
            break;
    }
    endBatch();
    // The rest waits for the next turn, so input and painting get theirs.
    if (std::any_of(m_replacing.cbegin(), m_replacing.cend(), [](const auto &job) { return job != nullptr; }))
        m_replaceTimer.start();
    for (KubeKind kind : std::as_const(finished))
        Q_EMIT replaced(kind);
}

void KubeStore::supersede(KubeKind kind, const QString &name, bool removed)
{
    if (const std::unique_ptr<Replacement> &job = m_replacing[std::size_t(kind)])
        job->supersede(name, removed);
}

bool KubeStore::cancelReplacing(KubeKind kind)
{
    if (!m_replacing[std::size_t(kind)])
        return false;
    m_replacing[std::size_t(kind)].reset();
    return true;
}

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
    supersede(KubeKind::Deployment, object.meta.name, false);
    if (upsertInto(m_deployments, object, m_tally))
        notify(KubeKind::Deployment, {object.meta.name});
}

void KubeStore::upsert(const KubeReplicaSet &object)
{
    supersede(KubeKind::ReplicaSet, object.meta.name, false);
    if (upsertInto(m_replicaSets, object, m_tally))
        notify(KubeKind::ReplicaSet, {object.meta.name});
}

void KubeStore::upsert(const KubePod &object)
{
    supersede(KubeKind::Pod, object.meta.name, false);
    if (upsertInto(m_pods, object, m_tally))
        notify(KubeKind::Pod, {object.meta.name});
}

void KubeStore::upsert(const KubeEvent &object)
{
    supersede(KubeKind::Event, object.meta.name, false);
    if (upsertInto(m_events, object, m_tally))
        notify(KubeKind::Event, {object.meta.name});
}

void KubeStore::remove(KubeKind kind, const QString &name)
{
    supersede(kind, name, true);
    bool removed = false;
    switch (kind) {
    case KubeKind::Deployment:
        removed = removeFrom(m_deployments, name, m_tally);
        break;
    case KubeKind::ReplicaSet:
        removed = removeFrom(m_replicaSets, name, m_tally);
        break;
    case KubeKind::Pod:
        removed = removeFrom(m_pods, name, m_tally);
        break;
    case KubeKind::Event:
        removed = removeFrom(m_events, name, m_tally);
        break;
    }
    if (removed)
        notify(kind, {name});
}

void KubeStore::replace(QList<KubeDeployment> objects)
{
    const bool wasReplacing = cancelReplacing(KubeKind::Deployment);
    const QStringList changed = replaceInto(m_deployments, std::move(objects), m_tally);
    if (!changed.isEmpty())
        notify(KubeKind::Deployment, changed);
    if (wasReplacing)
        Q_EMIT replaced(KubeKind::Deployment);
}

void KubeStore::replace(QList<KubeReplicaSet> objects)
{
    const bool wasReplacing = cancelReplacing(KubeKind::ReplicaSet);
    const QStringList changed = replaceInto(m_replicaSets, std::move(objects), m_tally);
    if (!changed.isEmpty())
        notify(KubeKind::ReplicaSet, changed);
    if (wasReplacing)
        Q_EMIT replaced(KubeKind::ReplicaSet);
}

void KubeStore::replace(QList<KubePod> objects)
{
    const bool wasReplacing = cancelReplacing(KubeKind::Pod);
    const QStringList changed = replaceInto(m_pods, std::move(objects), m_tally);
    if (!changed.isEmpty())
        notify(KubeKind::Pod, changed);
    if (wasReplacing)
        Q_EMIT replaced(KubeKind::Pod);
}

void KubeStore::replace(QList<KubeEvent> objects)
{
    const bool wasReplacing = cancelReplacing(KubeKind::Event);
    const QStringList changed = replaceInto(m_events, std::move(objects), m_tally);
    if (!changed.isEmpty())
        notify(KubeKind::Event, changed);
    if (wasReplacing)
        Q_EMIT replaced(KubeKind::Event);
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
