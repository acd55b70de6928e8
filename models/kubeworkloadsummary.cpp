#include "kubeworkloadsummary.h"

#include <algorithm>

namespace Gatehouse::Models {

KubeWorkloadSummary KubeWorkloadSummary::of(const KubeStore &store)
{
    // The store keeps these counts as objects are written: no scan of its pods.
    const KubeStoreTally &t = store.tally();
    KubeWorkloadSummary s;
    s.workloads = t.deployments;
    s.availableWorkloads = t.availableDeployments;
    s.unavailableWorkloads = t.deployments - t.availableDeployments;
    s.desiredPods = t.desiredPods;
    s.readyPods = t.readyPods;
    s.podsNotReady = t.podsNotReady;
    s.crashLoopingPods = t.crashLoopingPods;
    return s;
}

KubeWorkloadSummaryTracker::KubeWorkloadSummaryTracker(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(500);
    connect(&m_timer, &QTimer::timeout, this, &KubeWorkloadSummaryTracker::update);
}

void KubeWorkloadSummaryTracker::setStore(KubeStore *store)
{
    if (m_store == store)
        return;
    if (m_connection)
        disconnect(m_connection);
    m_store = store;
    if (store)
        m_connection = connect(store, &KubeStore::objectsChanged, this, [this] { schedule(); });
    schedule();
}

void KubeWorkloadSummaryTracker::setSourceState(const SourceState &state)
{
    if (m_state == state)
        return;
    m_state = state;
    schedule();
}

void KubeWorkloadSummaryTracker::setInterval(int milliseconds)
{
    m_timer.setInterval(std::max(0, milliseconds));
}

void KubeWorkloadSummaryTracker::schedule()
{
    // Trailing edge only: a burst of changes ends in one update after the interval.
    if (!m_timer.isActive())
        m_timer.start();
}

void KubeWorkloadSummaryTracker::update()
{
    m_timer.stop();
    KubeWorkloadSummary next = m_store ? KubeWorkloadSummary::of(*m_store) : KubeWorkloadSummary();
    next.state = m_state;
    if (m_emitted && next == m_summary)
        return;
    m_summary = next;
    m_emitted = true;
    Q_EMIT summaryChanged(m_summary);
}

} // namespace Gatehouse::Models
