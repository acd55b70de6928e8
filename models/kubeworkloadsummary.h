#pragma once

#include "kubestore.h"
#include "sourcestate.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace Gatehouse::Models {

/// The health of one environment's workloads in a few numbers, from its live
/// Kubernetes data: what the Environments overview shows on its "pods" line.
struct KubeWorkloadSummary
{
    int workloads = 0;            ///< Deployments
    int availableWorkloads = 0;   ///< every wanted replica available
    int unavailableWorkloads = 0; ///< fewer replicas available than wanted
    int desiredPods = 0;          ///< sum of the Deployments' spec.replicas
    int readyPods = 0;            ///< sum of their ready replicas
    int podsNotReady = 0;         ///< pods that exist, are not terminating or finished, and are not ready
    int crashLoopingPods = 0;     ///< pods with a container waiting in CrashLoopBackOff
    SourceState state;            ///< how current the numbers are

    /// The counts of `store` (from its tally, kept as objects are written: O(1), whatever
    /// the number of pods). The thread that owns the store (the UI thread).
    static KubeWorkloadSummary of(const KubeStore &store);
    bool operator==(const KubeWorkloadSummary &) const = default;
};

/// Follows one KubeStore and says when its summary changed, at most every
/// interval() (500 ms by default: a rollout of thousands of pods gives a couple of
/// updates per second, not one per event). UI thread only.
class KubeWorkloadSummaryTracker : public QObject
{
    Q_OBJECT
public:
    explicit KubeWorkloadSummaryTracker(QObject *parent = nullptr);

    /// Follows `store` (not owned; may be null: then nothing is counted).
    void setStore(KubeStore *store);
    /// How current the store's data is (the connection's state); part of the summary.
    void setSourceState(const SourceState &state);
    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }
    const SourceState &sourceState() const { return m_state; }
    /// The summary as last emitted (or computed by update()).
    const KubeWorkloadSummary &summary() const { return m_summary; }
    /// Recomputes now; emits summaryChanged() when it differs.
    void update();

Q_SIGNALS:
    /// The counts or the state changed.
    void summaryChanged(const Gatehouse::Models::KubeWorkloadSummary &summary);

private:
    void schedule();

    QPointer<KubeStore> m_store;
    QMetaObject::Connection m_connection;
    SourceState m_state;
    KubeWorkloadSummary m_summary;
    bool m_emitted = false;
    QTimer m_timer;
};

} // namespace Gatehouse::Models
