#pragma once

// ClusterController: the Deployment, ReplicaSet and pod-lifecycle controllers of
// the estate simulator (kube-api.md section 6). On every tick it advances
// simulated pods (Pending -> Running -> Ready on a clock sped up by the clock
// scale; images marked bad stay in ImagePullBackOff, "crash" images crash-loop),
// reconciles the ReplicaSets and Deployments that changed, and records events.
//
// Threading: start() runs ticks on an own thread. Every other method must be
// called with the ObjectStore's mutex held; all controller state is guarded by it.

#include "objectstore.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <optional>
#include <set>
#include <thread>
#include <unordered_map>

namespace Gatehouse::Sim {

enum class ImageHealth { Good, PullFails, CrashLoops };

struct SeedWorkload
{
    QString name;
    QString component;   // estate workload kind, e.g. "odoo-web"
    QString container;
    QString image;
    int replicas = 1;
    qint64 ageSeconds = 86400;  // how long ago it was created
    QStringList integrations;   // estate integrations this workload runs
};

class ClusterController
{
public:
    using Clock = std::chrono::steady_clock;

    ClusterController(ObjectStore &store, double clockScale);
    ~ClusterController();
    ClusterController(const ClusterController &) = delete;
    ClusterController &operator=(const ClusterController &) = delete;

    // Tick thread (every 50 ms). Both called without the store lock.
    void start();
    void stop();

    // --- everything below: caller holds the store's mutex ---
    void tick();
    void markDeploymentDirty(const QString &ns, const QString &name);
    // Forgets all side state (tracked pods, indexes, dirty set) after ObjectStore::clear().
    void reset();

    void setImageHealth(const QString &image, ImageHealth health);
    ImageHealth imageHealth(const QString &image) const;

    void ensureNamespace(const QString &ns, const QJsonObject &labels = {});
    // A deployment that has long finished its first rollout: revision 1, ready pods.
    void seedDeployment(const QString &ns, const SeedWorkload &workload);
    // Removes a deployment with its ReplicaSets; its pods terminate.
    void deleteDeployment(const QString &ns, const QString &name);
    // A delete of one pod, as a support engineer does with kubectl: the pod turns
    // Terminating (deletionTimestamp, grace period) and disappears once its container
    // has stopped; with a grace period of 0 it goes at once. Its ReplicaSet no longer
    // counts it and starts a replacement on the next tick. Returns the pod as the
    // DELETE answers it: its terminating state, or its last state when removed at once;
    // empty when there is no such pod.
    QJsonObject deletePod(const QString &ns, const QString &name, std::optional<int> gracePeriodSeconds);

    // How long an event lives after its last write (kube-apiserver's --event-ttl,
    // default one hour). Expired events are deleted on a tick; watchers see DELETED.
    void setEventTtl(std::chrono::milliseconds ttl) { m_eventTtl = ttl; }

    // Fills defaults the API server would (strategy, limits, deadline) and strips
    // "creationTimestamp: null" from the template.
    static void applyDeploymentDefaults(QJsonObject &deployment);
    static QString templateHash(const QJsonObject &podTemplate, int collisionCount);
    static QJsonObject canonicalTemplate(QJsonObject podTemplate);

private:
    struct PodTrack
    {
        Clock::time_point since;   // when the current stage began
        int stage = 0;             // 0 pending, 1 running not ready, 2 waiting for minReady, 3 crash-looping, 9 terminating
        QString deploymentKey;
        double graceSeconds = 0;   // stage 9: simulated seconds until the pod is removed
    };
    struct RsView
    {
        QJsonObject object;
        QString name;
        int revision = 0;
        int specReplicas = 0;
        int statusReplicas = 0;
        int ready = 0;
        int available = 0;
    };

    double simSecondsSince(Clock::time_point since) const;
    QString trackKey(const QString &ns, const QString &name) const { return ns + u'/' + name; }

    // Returns true while the deployment still needs ticks.
    bool syncDeployment(const QString &ns, const QString &name);
    std::vector<RsView> ownedReplicaSets(const QJsonObject &deployment) const;
    RsView viewOf(const QJsonObject &rs) const;
    void syncReplicaSet(const QString &ns, const QString &rsName, const QString &deploymentKey);
    void scaleReplicaSet(RsView &rs, int newReplicas, const QJsonObject &deployment, int maxSurge);
    QJsonObject createReplicaSet(const QJsonObject &deployment, int replicas, int revision, int maxSurge);
    QJsonObject newPod(const QJsonObject &rs, const QString &deploymentKey);
    void advancePod(const QString &key, PodTrack &track, bool *removeTrack);
    bool podAvailable(const QJsonObject &pod, int minReadySeconds) const;
    void recordEvent(const QJsonObject &involved, const QString &type, const QString &reason, const QString &message,
                     const QString &component);
    void noteEventWrite(const QString &eventKey, const QString &indexKey);
    void expireEvents();
    // "ns/deployment" owning a pod through its ReplicaSet, or empty.
    QString deploymentKeyOfPod(const QJsonObject &pod) const;
    void terminatePod(QJsonObject pod, int gracePeriodSeconds, const QString &deploymentKey);

    ObjectStore &m_store;
    double m_clockScale;
    std::set<QString> m_dirty;
    std::unordered_map<QString, PodTrack> m_pods;
    std::unordered_map<QString, std::set<QString>> m_replicaSetsByOwner;  // deployment uid -> RS names
    std::unordered_map<QString, std::set<QString>> m_podsByOwner;         // RS uid -> pod names
    std::unordered_map<QString, QString> m_eventIndex;                    // uid|reason|message -> event name
    struct EventLife
    {
        Clock::time_point expiry;
        QString indexKey;   // its entry in m_eventIndex
    };
    std::chrono::milliseconds m_eventTtl = std::chrono::hours(1);
    std::unordered_map<QString, EventLife> m_eventLives;                  // event key -> when it expires
    std::set<std::pair<Clock::time_point, QString>> m_eventExpiry;        // (expiry, event key), soonest first
    std::map<QString, ImageHealth> m_imageHealth;
    std::unordered_map<QString, Clock::time_point> m_readySince;          // pod key -> ready since (minReadySeconds)
    std::unordered_map<QString, quint64> m_rsOrder;                       // RS key -> creation sequence
    quint64 m_rsCounter = 0;
    quint32 m_nextIp = 10;

    std::thread m_thread;
    std::mutex m_threadMutex;
    std::condition_variable m_threadWake;
    bool m_stopping = false;
};

} // namespace Gatehouse::Sim
