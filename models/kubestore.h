#pragma once

#include "kubeobjects.h"

#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <array>
#include <memory>

namespace Gatehouse::Models {

/// Counts over a KubeStore's Deployments and Pods, kept up to date as objects are written,
/// so that a summary of a namespace costs nothing however many pods it holds.
struct KubeStoreTally
{
    int deployments = 0;          ///< Deployments held
    int availableDeployments = 0; ///< with every wanted replica available
    int desiredPods = 0;          ///< sum of spec.replicas
    int readyPods = 0;            ///< sum of ready replicas, each capped at spec.replicas
    int pods = 0;                 ///< Pods held
    int podsNotReady = 0;         ///< pods that exist, are not terminating or finished, and are not ready
    int crashLoopingPods = 0;     ///< pods with a container waiting in CrashLoopBackOff

    /// Adds (`sign` 1) or takes away (`sign` -1) what one object contributes.
    void count(const KubeDeployment &deployment, int sign);
    void count(const KubePod &pod, int sign);
    void count(const KubeReplicaSet &, int) {}
    void count(const KubeEvent &, int) {}
    bool operator==(const KubeStoreTally &) const = default;
};

/// The objects of one environment's namespace as last seen from its cluster:
/// Deployments, ReplicaSets, Pods and Events by name. The reflectors of a KubeClient
/// write it (upsert / remove for watch events, replace for a fresh list, which keeps
/// the old objects visible until the new list is there); item models read it.
///
/// UI thread only. objectsChanged() is emitted once per write call, with every name
/// that was added, modified or removed; an unchanged upsert emits nothing. Between
/// beginBatch() and endBatch() the names are collected instead and emitted once per
/// kind at endBatch() (a watch applying many events in one event-loop turn).
///
/// A relist of a large namespace is applied with replaceGradually(): the same result as
/// replace(), reached in slices of at most sliceBudgetMs() of work per event-loop turn
/// (objects compared and updated in place, new ones added, then vanished ones removed),
/// so that painting and input keep their turns. While it runs, isReplacing() is true for
/// that kind: the objects not reached yet are still the old ones, so the reflector keeps
/// the data marked as resynchronising until replaced() says the kind equals the list.
class KubeStore : public QObject
{
    Q_OBJECT
public:
    explicit KubeStore(QObject *parent = nullptr);
    ~KubeStore() override;

    void upsert(const KubeDeployment &object);
    void upsert(const KubeReplicaSet &object);
    void upsert(const KubePod &object);
    void upsert(const KubeEvent &object);
    void remove(KubeKind kind, const QString &name);
    /// Makes the `kind` objects exactly `objects` (a relist), reporting only the differences,
    /// in one go. A replaceGradually() of the kind under way is dropped (replaced() follows).
    void replace(QList<KubeDeployment> objects);
    void replace(QList<KubeReplicaSet> objects);
    void replace(QList<KubePod> objects);
    void replace(QList<KubeEvent> objects);
    /// Makes the `kind` objects exactly `objects`, a slice per event-loop turn from the
    /// next one on; emits objectsChanged per slice and replaced() at the end.
    /// A later replace, replaceGradually or clear of the kind supersedes it; an upsert or
    /// remove of an object while it runs is kept (the list's version of it is skipped).
    void replaceGradually(QList<KubeDeployment> objects);
    void replaceGradually(QList<KubeReplicaSet> objects);
    void replaceGradually(QList<KubePod> objects);
    void replaceGradually(QList<KubeEvent> objects);
    /// A replaceGradually() of `kind` is still under way.
    bool isReplacing(KubeKind kind) const;
    /// Work per event-loop turn for replaceGradually() (default 4 ms; tests use 0: one
    /// slice of 64 objects per turn).
    void setSliceBudget(int milliseconds);
    int sliceBudget() const { return m_sliceBudgetMs; }

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
    /// Counts over the Deployments and Pods held, as of now (kept with every write).
    const KubeStoreTally &tally() const { return m_tally; }
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
    /// A replaceGradually() of `kind` has finished: the kind now equals the list it was given.
    void replaced(Gatehouse::Models::KubeKind kind);

private:
    struct Replacement;
    template<typename T>
    struct ReplacementOf;

    void notify(KubeKind kind, const QStringList &names);
    void startReplacing(KubeKind kind, std::unique_ptr<Replacement> replacement);
    void continueReplacing();
    void supersede(KubeKind kind, const QString &name, bool removed);
    bool cancelReplacing(KubeKind kind);

    QHash<QString, KubeDeployment> m_deployments;
    QHash<QString, KubeReplicaSet> m_replicaSets;
    QHash<QString, KubePod> m_pods;
    QHash<QString, KubeEvent> m_events;
    KubeStoreTally m_tally;
    int m_batchDepth = 0;
    std::array<QStringList, 4> m_batched; ///< by KubeKind, while batching (a name may repeat)
    std::array<std::unique_ptr<Replacement>, 4> m_replacing; ///< by KubeKind
    QTimer m_replaceTimer;
    int m_sliceBudgetMs = 4;
};

} // namespace Gatehouse::Models
