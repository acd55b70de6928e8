#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

class QJsonObject;

namespace Gatehouse::Models {

/// The Kubernetes resources Gatehouse watches, in one environment's namespace.
enum class KubeKind : std::uint8_t { Deployment, ReplicaSet, Pod, Event };

/// Label or annotation pairs, flat: key, value, key, value, … (smaller than a QHash
/// for the handful of labels an object carries).
struct KubeLabels
{
    QList<QString> flat;

    QString value(const QString &key) const;
    bool contains(const QString &key) const;
    void insert(const QString &key, const QString &value);
    int size() const { return int(flat.size() / 2); }
    /// "a=1,b=2" as a label selector, keys in stored order.
    QString toSelector() const;
    bool operator==(const KubeLabels &) const = default;
};

/// Metadata every object carries. Times are milliseconds since the epoch (UTC), 0 = unset.
struct KubeMeta
{
    QString name;
    QByteArray uid;
    QByteArray resourceVersion;
    qint64 creationTimestamp = 0;
    qint64 deletionTimestamp = 0;
    qint64 generation = 0;
    KubeLabels labels;
    QString ownerKind; ///< controller owner reference, if any
    QString ownerName;
    QByteArray ownerUid;
    bool operator==(const KubeMeta &) const = default;
};

/// One container of a pod template: name and image.
struct KubeContainer
{
    QString name;
    QString image;
    bool operator==(const KubeContainer &) const = default;
};

/// A Deployment or Pod condition.
struct KubeCondition
{
    QString type;
    QString status; ///< "True", "False", "Unknown"
    QString reason;
    QString message;
    qint64 lastUpdateTime = 0;
    qint64 lastTransitionTime = 0;
    bool operator==(const KubeCondition &) const = default;
};

/// A Deployment (apps/v1), the fields the Rollouts area shows and the actions check.
struct KubeDeployment
{
    KubeMeta meta;
    int revision = 0;       ///< annotation deployment.kubernetes.io/revision
    QString changeCause;    ///< annotation kubernetes.io/change-cause
    QString restartedAt;    ///< template annotation kubectl.kubernetes.io/restartedAt
    KubeLabels selector;    ///< spec.selector.matchLabels
    QList<KubeContainer> containers;
    int replicas = 1;
    bool paused = false;
    int progressDeadlineSeconds = 600;
    int minReadySeconds = 0;
    int revisionHistoryLimit = 10;
    QString strategy;       ///< "RollingUpdate" or "Recreate"
    QString maxSurge;       ///< as given: "25%" or "1"
    QString maxUnavailable;
    qint64 observedGeneration = 0;
    int statusReplicas = 0;
    int updatedReplicas = 0;
    int readyReplicas = 0;
    int availableReplicas = 0;
    int unavailableReplicas = 0;
    QList<KubeCondition> conditions;

    const KubeCondition *condition(const QString &type) const;
    /// The images of the template, "a, b".
    QString images() const;
    /// A rollout is in flight: spec not yet observed, or not all replicas updated and available.
    bool rolloutInProgress() const;
    /// Progressing condition says ProgressDeadlineExceeded.
    bool progressDeadlineExceeded() const;
    bool operator==(const KubeDeployment &) const = default;
};

/// A ReplicaSet (apps/v1): one revision of a Deployment.
struct KubeReplicaSet
{
    KubeMeta meta;
    int revision = 0;
    QString revisionHistory; ///< annotation deployment.kubernetes.io/revision-history
    QString changeCause;
    QString podTemplateHash;
    QList<KubeContainer> containers;
    int replicas = 0;
    int statusReplicas = 0;
    int readyReplicas = 0;
    int availableReplicas = 0;
    bool operator==(const KubeReplicaSet &) const = default;
};

/// The state of one container of a pod.
struct KubeContainerStatus
{
    QString name;
    QString image;
    QString state;  ///< "waiting", "running", "terminated"
    QString reason; ///< waiting/terminated reason, e.g. "ImagePullBackOff"
    int restartCount = 0;
    bool ready = false;
    bool operator==(const KubeContainerStatus &) const = default;
};

/// A Pod (core/v1).
struct KubePod
{
    KubeMeta meta;
    QString phase; ///< Pending, Running, Succeeded, Failed, Unknown
    QString nodeName;
    QString podIP;
    bool ready = false; ///< condition Ready is True
    QList<KubeContainerStatus> containers;

    int readyContainers() const;
    int restarts() const;
    /// What kubectl shows in STATUS: "Terminating", a waiting reason, or the phase.
    QString displayStatus() const;
    bool operator==(const KubePod &) const = default;
};

/// An Event (core/v1) about an object in the namespace.
struct KubeEvent
{
    KubeMeta meta;
    QString involvedKind;
    QString involvedName;
    QByteArray involvedUid;
    QString reason;
    QString message;
    QString type; ///< "Normal" or "Warning"
    QString source;
    qint64 firstTimestamp = 0;
    qint64 lastTimestamp = 0;
    int count = 1;
    bool operator==(const KubeEvent &) const = default;
};

/// Converts API objects (decoded JSON) into the typed structs. Fields that are absent
/// or of the wrong type read as their defaults; nothing here throws. Any thread.
namespace KubeObjects {
qint64 parseTimestamp(const QString &rfc3339);
KubeMeta metaFromJson(const QJsonObject &object);
KubeDeployment deploymentFromJson(const QJsonObject &object);
KubeReplicaSet replicaSetFromJson(const QJsonObject &object);
KubePod podFromJson(const QJsonObject &object);
KubeEvent eventFromJson(const QJsonObject &object);

/// Bytes an object occupies including its heap allocations (strings, lists), as held
/// in a store. Shared string data is counted in full (an upper bound).
std::size_t approximateSize(const KubeDeployment &deployment);
std::size_t approximateSize(const KubeReplicaSet &replicaSet);
std::size_t approximateSize(const KubePod &pod);
std::size_t approximateSize(const KubeEvent &event);

/// "deployments", "replicasets", "pods", "events"
QString resourceName(KubeKind kind);
} // namespace KubeObjects

} // namespace Gatehouse::Models
