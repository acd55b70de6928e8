#pragma once

#include "kubeobjects.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <array>

namespace Gatehouse::Models {

/// The objects of one environment's namespace as last seen from its cluster:
/// Deployments, ReplicaSets, Pods and Events by name. The reflectors of a KubeClient
/// write it (upsert / remove for watch events, replace for a fresh list, which keeps
/// the old objects visible until the new list is there); item models read it.
///
/// UI thread only. objectsChanged() is emitted once per write call, with every name
/// that was added, modified or removed; an unchanged upsert emits nothing. Between
/// beginBatch() and endBatch() the names are collected instead and emitted once per
/// kind at endBatch() (a watch applying many events in one event-loop turn).
class KubeStore : public QObject
{
    Q_OBJECT
public:
    explicit KubeStore(QObject *parent = nullptr);

    void upsert(const KubeDeployment &object);
    void upsert(const KubeReplicaSet &object);
    void upsert(const KubePod &object);
    void upsert(const KubeEvent &object);
    void remove(KubeKind kind, const QString &name);
    /// Makes the `kind` objects exactly `objects` (a relist), reporting only the differences.
    void replace(QList<KubeDeployment> objects);
    void replace(QList<KubeReplicaSet> objects);
    void replace(QList<KubePod> objects);
    void replace(QList<KubeEvent> objects);
    /// Forgets everything (another cluster or namespace); emits objectsChanged per kind.
    void clear();

    /// Collects change notifications until the matching endBatch(); batches nest.
    void beginBatch();
    /// Ends a batch: the outermost one emits objectsChanged once per kind that changed.
    void endBatch();

    const QHash<QString, KubeDeployment> &deployments() const { return m_deployments; }
    const QHash<QString, KubeReplicaSet> &replicaSets() const { return m_replicaSets; }
    const QHash<QString, KubePod> &pods() const { return m_pods; }
    const QHash<QString, KubeEvent> &events() const { return m_events; }
    int count(KubeKind kind) const;
    bool contains(KubeKind kind, const QString &name) const;

    const KubeDeployment *deployment(const QString &name) const;
    const KubeReplicaSet *replicaSet(const QString &name) const;
    const KubePod *pod(const QString &name) const;
    const KubeEvent *eventNamed(const QString &name) const;

    /// The ReplicaSets a Deployment controls (by owner reference), newest revision first.
    QList<const KubeReplicaSet *> replicaSetsOf(const QString &deployment) const;
    /// Whether `pod` belongs to one of `deployment`'s ReplicaSets.
    bool podBelongsTo(const KubePod &pod, const QString &deployment) const;
    /// Whether `event` is about `deployment`, one of its ReplicaSets or one of their pods.
    bool eventConcerns(const KubeEvent &event, const QString &deployment) const;

Q_SIGNALS:
    /// Objects of `kind` with these names were added, modified or removed.
    void objectsChanged(Gatehouse::Models::KubeKind kind, const QStringList &names);

private:
    void notify(KubeKind kind, const QStringList &names);

    QHash<QString, KubeDeployment> m_deployments;
    QHash<QString, KubeReplicaSet> m_replicaSets;
    QHash<QString, KubePod> m_pods;
    QHash<QString, KubeEvent> m_events;
    int m_batchDepth = 0;
    std::array<QStringList, 4> m_batched; ///< by KubeKind, while batching (a name may repeat)
};

} // namespace Gatehouse::Models
