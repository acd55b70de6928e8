#include "clustercontroller.h"

#include "simjson.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace Gatehouse::Sim {

namespace {

const QString kRevision = u"deployment.kubernetes.io/revision"_s;
const QString kRevisionHistory = u"deployment.kubernetes.io/revision-history"_s;
const QString kDesiredReplicas = u"deployment.kubernetes.io/desired-replicas"_s;
const QString kMaxReplicas = u"deployment.kubernetes.io/max-replicas"_s;

// Annotations a deployment does not pass on to its ReplicaSets.
bool skippedAnnotation(const QString &key)
{
    return key == kRevision || key == kRevisionHistory || key == kDesiredReplicas || key == kMaxReplicas
        || key == u"kubectl.kubernetes.io/last-applied-configuration"_s || key == u"deprecated.deployment.rollback.to"_s;
}

// Pod startup and shutdown in simulated seconds.
constexpr double kStartSeconds = 1.0;
constexpr double kReadySeconds = 1.0;
constexpr double kCrashRestartSeconds = 5.0;

int resolveFencepost(const QJsonValue &value, int replicas, bool roundUp, int fallbackPercent)
{
    if (value.isDouble())
        return value.toInt();
    QString text = value.toString();
    int percent = fallbackPercent;
    if (text.endsWith(u'%'))
        percent = text.chopped(1).toInt();
    else if (!text.isEmpty())
        return text.toInt();
    const double exact = percent * replicas / 100.0;
    return roundUp ? static_cast<int>(std::ceil(exact)) : static_cast<int>(std::floor(exact));
}

void fenceposts(const QJsonObject &deployment, int *surge, int *unavailable)
{
    const int replicas = intAt(deployment, u"spec.replicas"_s, 1);
    if (stringAt(deployment, u"spec.strategy.type"_s) == u"Recreate"_s) {
        *surge = 0;
        *unavailable = 0;
        return;
    }
    const QJsonObject rolling = objectAt(deployment, u"spec.strategy.rollingUpdate"_s);
    *surge = resolveFencepost(rolling.value(u"maxSurge"_s), replicas, true, 25);
    *unavailable = std::min(resolveFencepost(rolling.value(u"maxUnavailable"_s), replicas, false, 25), replicas);
    if (*surge == 0 && *unavailable == 0)
        *unavailable = 1;
}

QJsonObject condition(const QJsonArray &conditions, const QString &type)
{
    for (const QJsonValue &value : conditions) {
        if (value.toObject().value(u"type"_s).toString() == type)
            return value.toObject();
    }
    return QJsonObject();
}

QJsonArray withoutCondition(const QJsonArray &conditions, const QString &type)
{
    QJsonArray result;
    for (const QJsonValue &value : conditions) {
        if (value.toObject().value(u"type"_s).toString() != type)
            result.append(value);
    }
    return result;
}

// Same status and reason leave a condition untouched; same status keeps its transition time;
// a replaced condition moves to the end.
void setCondition(QJsonArray &conditions, const QString &type, const QString &status, const QString &reason,
                  const QString &message, bool forceRefresh = false)
{
    const QJsonObject current = condition(conditions, type);
    if (!forceRefresh && !current.isEmpty() && current.value(u"status"_s).toString() == status
        && current.value(u"reason"_s).toString() == reason)
        return;
    const QString now = nowRfc3339();
    const bool keepTransition = !current.isEmpty() && current.value(u"status"_s).toString() == status;
    QJsonObject updated{{u"type"_s, type},
                        {u"status"_s, status},
                        {u"reason"_s, reason},
                        {u"message"_s, message},
                        {u"lastUpdateTime"_s, now},
                        {u"lastTransitionTime"_s, keepTransition ? current.value(u"lastTransitionTime"_s).toString() : now}};
    conditions = withoutCondition(conditions, type);
    conditions.append(updated);
}

QJsonObject dropEmpty(const QJsonObject &object);

QJsonArray dropEmpty(const QJsonArray &array)
{
    QJsonArray result;
    for (const QJsonValue &value : array) {
        if (value.isObject())
            result.append(dropEmpty(value.toObject()));
        else if (value.isArray())
            result.append(dropEmpty(value.toArray()));
        else
            result.append(value);
    }
    return result;
}

// Empty objects and nulls carry no meaning in a template ("resources: {}" equals no resources).
QJsonObject dropEmpty(const QJsonObject &object)
{
    QJsonObject result;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isNull() || it.value().isUndefined())
            continue;
        if (it.value().isObject()) {
            const QJsonObject child = dropEmpty(it.value().toObject());
            if (!child.isEmpty())
                result.insert(it.key(), child);
            continue;
        }
        if (it.value().isArray()) {
            result.insert(it.key(), dropEmpty(it.value().toArray()));
            continue;
        }
        result.insert(it.key(), it.value());
    }
    return result;
}

QJsonArray ownerReferences(const QJsonObject &owner)
{
    return QJsonArray{QJsonObject{{u"apiVersion"_s, owner.value(u"apiVersion"_s).toString()},
                                  {u"kind"_s, owner.value(u"kind"_s).toString()},
                                  {u"name"_s, stringAt(owner, u"metadata.name"_s)},
                                  {u"uid"_s, stringAt(owner, u"metadata.uid"_s)},
                                  {u"controller"_s, true},
                                  {u"blockOwnerDeletion"_s, true}}};
}

bool podReady(const QJsonObject &pod)
{
    if (!stringAt(pod, u"metadata.deletionTimestamp"_s).isEmpty())
        return false;
    return condition(valueAt(pod, u"status.conditions"_s).toArray(), u"Ready"_s).value(u"status"_s).toString() == u"True"_s;
}

} // namespace

ClusterController::ClusterController(ObjectStore &store, double clockScale)
    : m_store(store)
    , m_clockScale(clockScale > 0 ? clockScale : 1.0)
{
}

ClusterController::~ClusterController()
{
    stop();
}

void ClusterController::start()
{
    m_thread = std::thread([this] {
        std::unique_lock threadLock(m_threadMutex);
        while (!m_stopping) {
            threadLock.unlock();
            {
                std::lock_guard storeLock(m_store.mutex());
                tick();
            }
            threadLock.lock();
            m_threadWake.wait_for(threadLock, std::chrono::milliseconds(50), [this] { return m_stopping; });
        }
    });
}

void ClusterController::stop()
{
    {
        std::lock_guard lock(m_threadMutex);
        m_stopping = true;
    }
    m_threadWake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

double ClusterController::simSecondsSince(Clock::time_point since) const
{
    return std::chrono::duration<double>(Clock::now() - since).count() * m_clockScale;
}

void ClusterController::reset()
{
    m_dirty.clear();
    m_pods.clear();
    m_replicaSetsByOwner.clear();
    m_podsByOwner.clear();
    m_eventIndex.clear();
    m_eventLives.clear();
    m_eventExpiry.clear();
    m_readySince.clear();
    m_rsOrder.clear();
}

void ClusterController::setImageHealth(const QString &image, ImageHealth health)
{
    m_imageHealth[image] = health;
}

ImageHealth ClusterController::imageHealth(const QString &image) const
{
    const auto it = m_imageHealth.find(image);
    if (it != m_imageHealth.end())
        return it->second;
    const QString tag = image.section(u'/', -1).section(u':', 1);
    if (tag.contains(u"bad"_s))
        return ImageHealth::PullFails;
    if (tag.contains(u"crash"_s))
        return ImageHealth::CrashLoops;
    return ImageHealth::Good;
}

void ClusterController::markDeploymentDirty(const QString &ns, const QString &name)
{
    m_dirty.insert(trackKey(ns, name));
}

void ClusterController::ensureNamespace(const QString &ns, const QJsonObject &labels)
{
    if (m_store.find(Resource::Namespaces, QString(), ns))
        return;
    QJsonObject allLabels = labels;
    allLabels.insert(u"kubernetes.io/metadata.name"_s, ns);
    m_store.create(Resource::Namespaces,
                   QJsonObject{{u"metadata"_s, QJsonObject{{u"name"_s, ns}, {u"labels"_s, allLabels}}},
                               {u"spec"_s, QJsonObject{{u"finalizers"_s, QJsonArray{u"kubernetes"_s}}}},
                               {u"status"_s, QJsonObject{{u"phase"_s, u"Active"_s}}}});
}

void ClusterController::applyDeploymentDefaults(QJsonObject &deployment)
{
    QJsonObject spec = deployment.value(u"spec"_s).toObject();
    if (!spec.contains(u"replicas"_s))
        spec.insert(u"replicas"_s, 1);
    if (!spec.contains(u"revisionHistoryLimit"_s))
        spec.insert(u"revisionHistoryLimit"_s, 10);
    if (!spec.contains(u"progressDeadlineSeconds"_s))
        spec.insert(u"progressDeadlineSeconds"_s, 600);
    QJsonObject strategy = spec.value(u"strategy"_s).toObject();
    if (strategy.value(u"type"_s).toString().isEmpty())
        strategy.insert(u"type"_s, u"RollingUpdate"_s);
    if (strategy.value(u"type"_s).toString() == u"RollingUpdate"_s) {
        QJsonObject rolling = strategy.value(u"rollingUpdate"_s).toObject();
        if (!rolling.contains(u"maxSurge"_s))
            rolling.insert(u"maxSurge"_s, u"25%"_s);
        if (!rolling.contains(u"maxUnavailable"_s))
            rolling.insert(u"maxUnavailable"_s, u"25%"_s);
        strategy.insert(u"rollingUpdate"_s, rolling);
    }
    spec.insert(u"strategy"_s, strategy);
    QJsonObject podTemplate = spec.value(u"template"_s).toObject();
    QJsonObject templateMetadata = podTemplate.value(u"metadata"_s).toObject();
    templateMetadata.remove(u"creationTimestamp"_s);
    podTemplate.insert(u"metadata"_s, templateMetadata);
    QJsonObject podSpec = podTemplate.value(u"spec"_s).toObject();
    if (!podSpec.contains(u"restartPolicy"_s))
        podSpec.insert(u"restartPolicy"_s, u"Always"_s);
    if (!podSpec.contains(u"terminationGracePeriodSeconds"_s))
        podSpec.insert(u"terminationGracePeriodSeconds"_s, 30);
    if (!podSpec.contains(u"dnsPolicy"_s))
        podSpec.insert(u"dnsPolicy"_s, u"ClusterFirst"_s);
    if (!podSpec.contains(u"schedulerName"_s))
        podSpec.insert(u"schedulerName"_s, u"default-scheduler"_s);
    if (!podSpec.contains(u"securityContext"_s))
        podSpec.insert(u"securityContext"_s, QJsonObject());
    QJsonArray containers;
    for (const QJsonValue &value : podSpec.value(u"containers"_s).toArray()) {
        QJsonObject container = value.toObject();
        if (!container.contains(u"imagePullPolicy"_s))
            container.insert(u"imagePullPolicy"_s, u"IfNotPresent"_s);
        if (!container.contains(u"terminationMessagePath"_s))
            container.insert(u"terminationMessagePath"_s, u"/dev/termination-log"_s);
        if (!container.contains(u"terminationMessagePolicy"_s))
            container.insert(u"terminationMessagePolicy"_s, u"File"_s);
        if (!container.contains(u"resources"_s))
            container.insert(u"resources"_s, QJsonObject());
        containers.append(container);
    }
    podSpec.insert(u"containers"_s, containers);
    podTemplate.insert(u"spec"_s, podSpec);
    spec.insert(u"template"_s, podTemplate);
    deployment.insert(u"spec"_s, spec);
}

QJsonObject ClusterController::canonicalTemplate(QJsonObject podTemplate)
{
    QJsonObject metadata = podTemplate.value(u"metadata"_s).toObject();
    QJsonObject labels = metadata.value(u"labels"_s).toObject();
    labels.remove(u"pod-template-hash"_s);
    metadata.insert(u"labels"_s, labels);
    metadata.remove(u"creationTimestamp"_s);
    podTemplate.insert(u"metadata"_s, metadata);
    return dropEmpty(podTemplate);
}

QString ClusterController::templateHash(const QJsonObject &podTemplate, int collisionCount)
{
    QByteArray data = compactJson(canonicalTemplate(podTemplate));
    data.append(QByteArray::number(collisionCount));
    const QByteArray digest = QCryptographicHash::hash(data, QCryptographicHash::Sha1);
    quint64 value = 0;
    for (int i = 0; i < 8; ++i)
        value = (value << 8) | static_cast<quint8>(digest.at(i));
    return safeEncode(value, 10);
}

ClusterController::RsView ClusterController::viewOf(const QJsonObject &rs) const
{
    RsView view;
    view.object = rs;
    view.name = stringAt(rs, u"metadata.name"_s);
    view.revision = objectAt(rs, u"metadata.annotations"_s).value(kRevision).toString().toInt();
    view.specReplicas = intAt(rs, u"spec.replicas"_s, 1);
    view.statusReplicas = intAt(rs, u"status.replicas"_s);
    view.ready = intAt(rs, u"status.readyReplicas"_s);
    view.available = intAt(rs, u"status.availableReplicas"_s);
    return view;
}

std::vector<ClusterController::RsView> ClusterController::ownedReplicaSets(const QJsonObject &deployment) const
{
    std::vector<RsView> result;
    const QString ns = stringAt(deployment, u"metadata.namespace"_s);
    const auto it = m_replicaSetsByOwner.find(stringAt(deployment, u"metadata.uid"_s));
    if (it == m_replicaSetsByOwner.end())
        return result;
    for (const QString &name : it->second) {
        if (const QJsonObject *rs = m_store.find(Resource::ReplicaSets, ns, name))
            result.push_back(viewOf(*rs));
    }
    // Creation order; timestamps have one-second resolution, so an own sequence breaks ties.
    std::sort(result.begin(), result.end(), [this, &ns](const RsView &a, const RsView &b) {
        const auto orderA = m_rsOrder.find(trackKey(ns, a.name));
        const auto orderB = m_rsOrder.find(trackKey(ns, b.name));
        if (orderA != m_rsOrder.end() && orderB != m_rsOrder.end())
            return orderA->second < orderB->second;
        return stringAt(a.object, u"metadata.creationTimestamp"_s) < stringAt(b.object, u"metadata.creationTimestamp"_s);
    });
    return result;
}

void ClusterController::recordEvent(const QJsonObject &involved, const QString &type, const QString &reason,
                                    const QString &message, const QString &component)
{
    const QString ns = stringAt(involved, u"metadata.namespace"_s);
    const QString uid = stringAt(involved, u"metadata.uid"_s);
    const QString indexKey = uid + u'|' + reason + u'|' + message;
    const QString now = nowRfc3339();
    const auto it = m_eventIndex.find(indexKey);
    if (it != m_eventIndex.end()) {
        if (const QJsonObject *existing = m_store.find(Resource::Events, ns, it->second)) {
            QJsonObject event = *existing;
            event.insert(u"count"_s, event.value(u"count"_s).toInt(1) + 1);
            event.insert(u"lastTimestamp"_s, now);
            m_store.update(Resource::Events, event);
            noteEventWrite(trackKey(ns, it->second), indexKey);
            return;
        }
    }
    const QString involvedName = stringAt(involved, u"metadata.name"_s);
    const QString name = involvedName + u'.' + QString::number(QDateTime::currentMSecsSinceEpoch() * 1000 + m_store.resourceVersion() % 1000, 16);
    QJsonObject event{
        {u"metadata"_s, QJsonObject{{u"name"_s, name}, {u"namespace"_s, ns}}},
        {u"involvedObject"_s, QJsonObject{{u"kind"_s, involved.value(u"kind"_s).toString()},
                                          {u"namespace"_s, ns},
                                          {u"name"_s, involvedName},
                                          {u"uid"_s, uid},
                                          {u"apiVersion"_s, involved.value(u"apiVersion"_s).toString()},
                                          {u"resourceVersion"_s, stringAt(involved, u"metadata.resourceVersion"_s)}}},
        {u"reason"_s, reason},
        {u"message"_s, message},
        {u"type"_s, type},
        {u"source"_s, QJsonObject{{u"component"_s, component}}},
        {u"firstTimestamp"_s, now},
        {u"lastTimestamp"_s, now},
        {u"count"_s, 1},
        {u"reportingComponent"_s, component},
        {u"reportingInstance"_s, QString()}};
    m_store.create(Resource::Events, event);
    m_eventIndex[indexKey] = name;
    noteEventWrite(trackKey(ns, name), indexKey);
}

// The API server gives an event a fresh lease of the TTL on every write (a repeat that
// raises `count` too), so an event lives that long after its last occurrence.
void ClusterController::noteEventWrite(const QString &eventKey, const QString &indexKey)
{
    const Clock::time_point expiry = Clock::now() + m_eventTtl;
    const auto [it, inserted] = m_eventLives.try_emplace(eventKey, EventLife{expiry, indexKey});
    if (!inserted) {
        m_eventExpiry.erase({it->second.expiry, eventKey});
        it->second = EventLife{expiry, indexKey};
    }
    m_eventExpiry.emplace(expiry, eventKey);
}

// Deleting expired events (and forgetting their index entries) keeps a long demo run's
// memory bounded by the events of one TTL, as etcd's leases do for a real cluster.
void ClusterController::expireEvents()
{
    const Clock::time_point now = Clock::now();
    while (!m_eventExpiry.empty() && m_eventExpiry.begin()->first <= now) {
        const QString key = m_eventExpiry.begin()->second;
        m_eventExpiry.erase(m_eventExpiry.begin());
        const QString ns = key.section(u'/', 0, 0);
        const QString name = key.section(u'/', 1);
        if (const auto life = m_eventLives.find(key); life != m_eventLives.end()) {
            const auto index = m_eventIndex.find(life->second.indexKey);
            if (index != m_eventIndex.end() && index->second == name)
                m_eventIndex.erase(index);
            m_eventLives.erase(life);
        }
        m_store.remove(Resource::Events, ns, name);
    }
}

QJsonObject ClusterController::createReplicaSet(const QJsonObject &deployment, int replicas, int revision, int maxSurge)
{
    const QString ns = stringAt(deployment, u"metadata.namespace"_s);
    const QString deploymentName = stringAt(deployment, u"metadata.name"_s);
    const QJsonObject podTemplateIn = objectAt(deployment, u"spec.template"_s);
    int collisions = intAt(deployment, u"status.collisionCount"_s);
    QString hash = templateHash(podTemplateIn, collisions);
    while (m_store.find(Resource::ReplicaSets, ns, deploymentName + u'-' + hash))
        hash = templateHash(podTemplateIn, ++collisions);

    QJsonObject podTemplate = podTemplateIn;
    QJsonObject templateMetadata = podTemplate.value(u"metadata"_s).toObject();
    QJsonObject labels = templateMetadata.value(u"labels"_s).toObject();
    labels.insert(u"pod-template-hash"_s, hash);
    templateMetadata.insert(u"labels"_s, labels);
    podTemplate.insert(u"metadata"_s, templateMetadata);
    QJsonObject selector = objectAt(deployment, u"spec.selector.matchLabels"_s);
    selector.insert(u"pod-template-hash"_s, hash);

    QJsonObject annotations;
    const QJsonObject deploymentAnnotations = objectAt(deployment, u"metadata.annotations"_s);
    for (auto it = deploymentAnnotations.begin(); it != deploymentAnnotations.end(); ++it) {
        if (!skippedAnnotation(it.key()))
            annotations.insert(it.key(), it.value());
    }
    const int desired = intAt(deployment, u"spec.replicas"_s, 1);
    annotations.insert(kRevision, QString::number(revision));
    annotations.insert(kDesiredReplicas, QString::number(desired));
    annotations.insert(kMaxReplicas, QString::number(desired + maxSurge));

    QJsonObject rs{{u"metadata"_s, QJsonObject{{u"name"_s, QString(deploymentName + u'-' + hash)},
                                               {u"namespace"_s, ns},
                                               {u"labels"_s, labels},
                                               {u"annotations"_s, annotations},
                                               {u"generation"_s, 1},
                                               {u"ownerReferences"_s, ownerReferences(deployment)}}},
                   {u"spec"_s, QJsonObject{{u"replicas"_s, replicas},
                                           {u"minReadySeconds"_s, intAt(deployment, u"spec.minReadySeconds"_s)},
                                           {u"selector"_s, QJsonObject{{u"matchLabels"_s, selector}}},
                                           {u"template"_s, podTemplate}}},
                   {u"status"_s, QJsonObject{{u"replicas"_s, 0}}}};
    if (collisions != intAt(deployment, u"status.collisionCount"_s)) {
        // The caller re-reads the deployment; remember collisions on it.
        QJsonObject updated = deployment;
        setValueAt(updated, u"status.collisionCount"_s, collisions);
        m_store.update(Resource::Deployments, updated);
    }
    rs = m_store.create(Resource::ReplicaSets, rs);
    m_replicaSetsByOwner[stringAt(deployment, u"metadata.uid"_s)].insert(deploymentName + u'-' + hash);
    m_rsOrder[trackKey(ns, deploymentName + u'-' + hash)] = ++m_rsCounter;
    return rs;
}

void ClusterController::scaleReplicaSet(RsView &rs, int newReplicas, const QJsonObject &deployment, int maxSurge)
{
    const int desired = intAt(deployment, u"spec.replicas"_s, 1);
    QJsonObject object = rs.object;
    QJsonObject metadata = object.value(u"metadata"_s).toObject();
    QJsonObject annotations = metadata.value(u"annotations"_s).toObject();
    annotations.insert(kDesiredReplicas, QString::number(desired));
    annotations.insert(kMaxReplicas, QString::number(desired + maxSurge));
    metadata.insert(u"annotations"_s, annotations);
    const int oldReplicas = rs.specReplicas;
    if (oldReplicas != newReplicas)
        metadata.insert(u"generation"_s, metadata.value(u"generation"_s).toInt(1) + 1);
    object.insert(u"metadata"_s, metadata);
    setValueAt(object, u"spec.replicas"_s, newReplicas);
    rs.object = m_store.update(Resource::ReplicaSets, object);
    rs.specReplicas = newReplicas;
    if (oldReplicas != newReplicas) {
        const QString direction = newReplicas > oldReplicas ? u"up"_s : u"down"_s;
        recordEvent(deployment, u"Normal"_s, u"ScalingReplicaSet"_s,
                    u"Scaled "_s + direction + u" replica set "_s + rs.name + u" from "_s + QString::number(oldReplicas)
                        + u" to "_s + QString::number(newReplicas),
                    u"deployment-controller"_s);
    }
}

QJsonObject ClusterController::newPod(const QJsonObject &rs, const QString &deploymentKey)
{
    const QString ns = stringAt(rs, u"metadata.namespace"_s);
    const QString rsName = stringAt(rs, u"metadata.name"_s);
    QString name = rsName + u'-' + randomSuffix(5);
    while (m_store.find(Resource::Pods, ns, name))
        name = rsName + u'-' + randomSuffix(5);
    QJsonObject spec = objectAt(rs, u"spec.template.spec"_s);
    const quint32 ip = m_nextIp++;
    spec.insert(u"nodeName"_s, QString(u"sim-node-"_s + QString::number(ip % 3 + 1)));
    spec.insert(u"schedulerName"_s, u"default-scheduler"_s);
    const QString now = nowRfc3339();
    QJsonObject metadata{{u"name"_s, name},
                         {u"generateName"_s, QString(rsName + u'-')},
                         {u"namespace"_s, ns},
                         {u"labels"_s, objectAt(rs, u"spec.template.metadata.labels"_s)},
                         {u"ownerReferences"_s, ownerReferences(rs)}};
    const QJsonObject templateAnnotations = objectAt(rs, u"spec.template.metadata.annotations"_s);
    if (!templateAnnotations.isEmpty())
        metadata.insert(u"annotations"_s, templateAnnotations);
    QJsonObject pod{{u"metadata"_s, metadata},
                    {u"spec"_s, spec},
                    {u"status"_s, QJsonObject{{u"phase"_s, u"Pending"_s},
                                              {u"qosClass"_s, u"BestEffort"_s},
                                              {u"hostIP"_s, QString(u"192.168.49."_s + QString::number(ip % 3 + 2))},
                                              {u"startTime"_s, now},
                                              {u"conditions"_s, QJsonArray{QJsonObject{{u"type"_s, u"PodScheduled"_s},
                                                                                       {u"status"_s, u"True"_s},
                                                                                       {u"lastTransitionTime"_s, now}}}}}}};
    pod = m_store.create(Resource::Pods, pod);
    m_podsByOwner[stringAt(rs, u"metadata.uid"_s)].insert(name);
    m_pods[trackKey(ns, name)] = PodTrack{Clock::now(), 0, deploymentKey};
    return pod;
}

bool ClusterController::podAvailable(const QJsonObject &pod, int minReadySeconds) const
{
    if (!podReady(pod))
        return false;
    if (minReadySeconds <= 0)
        return true;
    const auto it = m_readySince.find(trackKey(stringAt(pod, u"metadata.namespace"_s), stringAt(pod, u"metadata.name"_s)));
    return it == m_readySince.end() || simSecondsSince(it->second) >= minReadySeconds;
}

void ClusterController::syncReplicaSet(const QString &ns, const QString &rsName, const QString &deploymentKey)
{
    const QJsonObject *found = m_store.find(Resource::ReplicaSets, ns, rsName);
    if (!found)
        return;
    QJsonObject rs = *found;
    const QString uid = stringAt(rs, u"metadata.uid"_s);
    const int wanted = intAt(rs, u"spec.replicas"_s, 1);
    const int minReady = intAt(rs, u"spec.minReadySeconds"_s);
    std::vector<QJsonObject> active;
    auto &podNames = m_podsByOwner[uid];
    for (auto it = podNames.begin(); it != podNames.end();) {
        const QJsonObject *pod = m_store.find(Resource::Pods, ns, *it);
        if (!pod) {
            it = podNames.erase(it);
            continue;
        }
        if (stringAt(*pod, u"metadata.deletionTimestamp"_s).isEmpty())
            active.push_back(*pod);
        ++it;
    }
    const int diff = static_cast<int>(active.size()) - wanted;
    if (diff < 0) {
        for (int i = 0; i < -diff; ++i) {
            const QJsonObject pod = newPod(rs, deploymentKey);
            active.push_back(pod);
            recordEvent(rs, u"Normal"_s, u"SuccessfulCreate"_s, u"Created pod: "_s + stringAt(pod, u"metadata.name"_s),
                        u"replicaset-controller"_s);
        }
    } else if (diff > 0) {
        // Unscheduled/pending first, then not ready, then the newest.
        auto rank = [](const QJsonObject &pod) {
            if (stringAt(pod, u"status.phase"_s) == u"Pending"_s)
                return 0;
            return podReady(pod) ? 2 : 1;
        };
        std::sort(active.begin(), active.end(), [&rank](const QJsonObject &a, const QJsonObject &b) {
            if (rank(a) != rank(b))
                return rank(a) < rank(b);
            return stringAt(a, u"metadata.creationTimestamp"_s) > stringAt(b, u"metadata.creationTimestamp"_s);
        });
        for (int i = 0; i < diff; ++i) {
            const QJsonObject &pod = active.at(static_cast<size_t>(i));
            terminatePod(pod, intAt(pod, u"spec.terminationGracePeriodSeconds"_s, 30), deploymentKey);
            recordEvent(rs, u"Normal"_s, u"SuccessfulDelete"_s, u"Deleted pod: "_s + stringAt(pod, u"metadata.name"_s),
                        u"replicaset-controller"_s);
        }
        active.erase(active.begin(), active.begin() + diff);
    }
    int ready = 0;
    int available = 0;
    for (const QJsonObject &pod : active) {
        if (podReady(pod))
            ++ready;
        if (podAvailable(pod, minReady))
            ++available;
    }
    QJsonObject status{{u"replicas"_s, static_cast<int>(active.size())},
                       {u"fullyLabeledReplicas"_s, static_cast<int>(active.size())},
                       {u"observedGeneration"_s, intAt(rs, u"metadata.generation"_s, 1)}};
    if (ready > 0)
        status.insert(u"readyReplicas"_s, ready);
    if (available > 0)
        status.insert(u"availableReplicas"_s, available);
    if (const QJsonObject *current = m_store.find(Resource::ReplicaSets, ns, rsName)) {
        rs = *current;
        rs.insert(u"status"_s, status);
        m_store.update(Resource::ReplicaSets, rs);
    }
}

// The API server's half of a graceful delete (deletionTimestamp and grace period), with
// Ready turning False as the kubelet stops the containers; the pod is removed when the
// track's stage 9 ends, once its grace period has passed on the simulated clock.
void ClusterController::terminatePod(QJsonObject pod, int gracePeriodSeconds, const QString &deploymentKey)
{
    QJsonObject metadata = pod.value(u"metadata"_s).toObject();
    metadata.insert(u"deletionTimestamp"_s, nowRfc3339());
    metadata.insert(u"deletionGracePeriodSeconds"_s, gracePeriodSeconds);
    pod.insert(u"metadata"_s, metadata);
    QJsonObject status = pod.value(u"status"_s).toObject();
    QJsonArray conditions = status.value(u"conditions"_s).toArray();
    if (!condition(conditions, u"Ready"_s).isEmpty()) {
        setCondition(conditions, u"Ready"_s, u"False"_s, u"PodCompleted"_s, QString());
        status.insert(u"conditions"_s, conditions);
        pod.insert(u"status"_s, status);
    }
    m_store.update(Resource::Pods, pod);
    m_pods[trackKey(metadata.value(u"namespace"_s).toString(), metadata.value(u"name"_s).toString())] =
        PodTrack{Clock::now(), 9, deploymentKey, double(std::max(0, gracePeriodSeconds))};
}

QString ClusterController::deploymentKeyOfPod(const QJsonObject &pod) const
{
    const QString ns = stringAt(pod, u"metadata.namespace"_s);
    const QJsonObject podOwner = valueAt(pod, u"metadata.ownerReferences"_s).toArray().at(0).toObject();
    if (podOwner.value(u"kind"_s).toString() != u"ReplicaSet"_s)
        return QString();
    const QJsonObject *rs = m_store.find(Resource::ReplicaSets, ns, podOwner.value(u"name"_s).toString());
    if (!rs)
        return QString();
    const QJsonObject rsOwner = valueAt(*rs, u"metadata.ownerReferences"_s).toArray().at(0).toObject();
    if (rsOwner.value(u"kind"_s).toString() != u"Deployment"_s)
        return QString();
    return trackKey(ns, rsOwner.value(u"name"_s).toString());
}

QJsonObject ClusterController::deletePod(const QString &ns, const QString &name, std::optional<int> gracePeriodSeconds)
{
    const QJsonObject *found = m_store.find(Resource::Pods, ns, name);
    if (!found)
        return QJsonObject();
    QJsonObject pod = *found;
    const QString key = trackKey(ns, name);
    // The owner's ReplicaSet sync (run through its deployment) sees one pod fewer.
    const QString deploymentKey = deploymentKeyOfPod(pod);
    if (!deploymentKey.isEmpty())
        m_dirty.insert(deploymentKey);
    if (gracePeriodSeconds && *gracePeriodSeconds <= 0) {
        m_store.remove(Resource::Pods, ns, name);
        m_pods.erase(key);
        m_readySince.erase(key);
        // The answer, like the DELETED event, carries the deletion's resourceVersion.
        setValueAt(pod, u"metadata.resourceVersion"_s, QString::number(m_store.resourceVersion()));
        return pod;
    }
    // A second delete of a terminating pod changes nothing.
    if (!stringAt(pod, u"metadata.deletionTimestamp"_s).isEmpty())
        return pod;
    const int grace = gracePeriodSeconds ? *gracePeriodSeconds : intAt(pod, u"spec.terminationGracePeriodSeconds"_s, 30);
    terminatePod(pod, grace, deploymentKey);
    const QString containerName = valueAt(pod, u"spec.containers"_s).toArray().at(0).toObject().value(u"name"_s).toString();
    recordEvent(pod, u"Normal"_s, u"Killing"_s, u"Stopping container "_s + containerName, u"kubelet"_s);
    const QJsonObject *current = m_store.find(Resource::Pods, ns, name);
    return current ? *current : pod;
}

void ClusterController::advancePod(const QString &key, PodTrack &track, bool *removeTrack)
{
    *removeTrack = false;
    const QString ns = key.section(u'/', 0, 0);
    const QString name = key.section(u'/', 1);
    const QJsonObject *found = m_store.find(Resource::Pods, ns, name);
    if (!found) {
        *removeTrack = true;
        return;
    }
    const double elapsed = simSecondsSince(track.since);
    QJsonObject pod = *found;
    QJsonObject status = pod.value(u"status"_s).toObject();
    QJsonArray conditions = status.value(u"conditions"_s).toArray();
    const QJsonObject container = valueAt(pod, u"spec.containers"_s).toArray().at(0).toObject();
    const QString image = container.value(u"image"_s).toString();
    const QString containerName = container.value(u"name"_s).toString();
    const QString now = nowRfc3339();
    auto containerStatus = [&](bool ready, bool started, const QJsonObject &state, int restarts) {
        return QJsonArray{QJsonObject{{u"name"_s, containerName},
                                      {u"image"_s, image},
                                      {u"imageID"_s, started ? u"docker-pullable://"_s + image : QString()},
                                      {u"ready"_s, ready},
                                      {u"started"_s, started},
                                      {u"restartCount"_s, restarts},
                                      {u"state"_s, state}}};
    };
    bool changed = false;
    if (track.stage == 9) {
        if (elapsed >= track.graceSeconds) {
            m_store.remove(Resource::Pods, ns, name);
            m_readySince.erase(key);
            *removeTrack = true;
            changed = true;
        }
    } else if (track.stage == 0 && elapsed >= kStartSeconds) {
        setCondition(conditions, u"Initialized"_s, u"True"_s, QString(), QString());
        const ImageHealth health = imageHealth(image);
        if (health == ImageHealth::PullFails) {
            setCondition(conditions, u"Ready"_s, u"False"_s, u"ContainersNotReady"_s,
                         u"containers with unready status: ["_s + containerName + u']');
            setCondition(conditions, u"ContainersReady"_s, u"False"_s, u"ContainersNotReady"_s,
                         u"containers with unready status: ["_s + containerName + u']');
            status.insert(u"containerStatuses"_s,
                          containerStatus(false, false,
                                          QJsonObject{{u"waiting"_s, QJsonObject{{u"reason"_s, u"ImagePullBackOff"_s},
                                                                                 {u"message"_s, QString(u"Back-off pulling image \""_s + image + u'"')}}}},
                                          0));
            recordEvent(pod, u"Warning"_s, u"Failed"_s, u"Failed to pull image \""_s + image + u"\": not found"_s, u"kubelet"_s);
            recordEvent(pod, u"Normal"_s, u"BackOff"_s, u"Back-off pulling image \""_s + image + u'"', u"kubelet"_s);
            *removeTrack = true;
        } else {
            status.insert(u"phase"_s, u"Running"_s);
            status.insert(u"podIP"_s, QString(u"10.244."_s + QString::number((m_nextIp / 250) % 250) + u'.' + QString::number(m_nextIp % 250 + 2)));
            status.insert(u"podIPs"_s, QJsonArray{QJsonObject{{u"ip"_s, status.value(u"podIP"_s).toString()}}});
            ++m_nextIp;
            setCondition(conditions, u"Ready"_s, u"False"_s, u"ContainersNotReady"_s,
                         u"containers with unready status: ["_s + containerName + u']');
            setCondition(conditions, u"ContainersReady"_s, u"False"_s, u"ContainersNotReady"_s,
                         u"containers with unready status: ["_s + containerName + u']');
            status.insert(u"containerStatuses"_s,
                          containerStatus(false, true, QJsonObject{{u"running"_s, QJsonObject{{u"startedAt"_s, now}}}}, 0));
            recordEvent(pod, u"Normal"_s, u"Started"_s, u"Started container "_s + containerName, u"kubelet"_s);
            track = PodTrack{Clock::now(), 1, track.deploymentKey};
        }
        changed = true;
    } else if (track.stage == 1 && elapsed >= kReadySeconds) {
        if (imageHealth(image) == ImageHealth::CrashLoops) {
            status.insert(u"containerStatuses"_s,
                          containerStatus(false, false,
                                          QJsonObject{{u"waiting"_s, QJsonObject{{u"reason"_s, u"CrashLoopBackOff"_s},
                                                                                 {u"message"_s, QString(u"back-off 10s restarting failed container="_s + containerName)}}}},
                                          1));
            recordEvent(pod, u"Warning"_s, u"BackOff"_s, u"Back-off restarting failed container "_s + containerName, u"kubelet"_s);
            track = PodTrack{Clock::now(), 3, track.deploymentKey};
        } else {
            setCondition(conditions, u"Ready"_s, u"True"_s, QString(), QString());
            setCondition(conditions, u"ContainersReady"_s, u"True"_s, QString(), QString());
            QJsonArray statuses = status.value(u"containerStatuses"_s).toArray();
            QJsonObject first = statuses.at(0).toObject();
            first.insert(u"ready"_s, true);
            statuses.replace(0, first);
            status.insert(u"containerStatuses"_s, statuses);
            m_readySince[key] = Clock::now();
            *removeTrack = true;
        }
        changed = true;
    } else if (track.stage == 3 && elapsed >= kCrashRestartSeconds) {
        QJsonArray statuses = status.value(u"containerStatuses"_s).toArray();
        QJsonObject first = statuses.at(0).toObject();
        first.insert(u"restartCount"_s, first.value(u"restartCount"_s).toInt() + 1);
        statuses.replace(0, first);
        status.insert(u"containerStatuses"_s, statuses);
        track.since = Clock::now();
        changed = true;
    }
    if (changed && track.stage != 9) {
        status.insert(u"conditions"_s, conditions);
        pod.insert(u"status"_s, status);
        m_store.update(Resource::Pods, pod);
    }
    if (changed && !track.deploymentKey.isEmpty())
        m_dirty.insert(track.deploymentKey);
}

void ClusterController::tick()
{
    expireEvents();
    for (auto it = m_pods.begin(); it != m_pods.end();) {
        bool remove = false;
        advancePod(it->first, it->second, &remove);
        it = remove ? m_pods.erase(it) : std::next(it);
    }
    std::set<QString> dirty;
    dirty.swap(m_dirty);
    for (const QString &key : dirty) {
        if (syncDeployment(key.section(u'/', 0, 0), key.section(u'/', 1)))
            m_dirty.insert(key);
    }
}

void ClusterController::seedDeployment(const QString &ns, const SeedWorkload &workload)
{
    ensureNamespace(ns);
    const QDateTime created = QDateTime::currentDateTimeUtc().addSecs(-workload.ageSeconds);
    const QJsonObject labels{{u"app"_s, workload.name}, {u"app.kubernetes.io/component"_s, workload.component}};
    QJsonObject deployment{
        {u"metadata"_s, QJsonObject{{u"name"_s, workload.name},
                                    {u"namespace"_s, ns},
                                    {u"labels"_s, labels},
                                    {u"annotations"_s, QJsonObject{{kRevision, u"1"_s}}},
                                    {u"generation"_s, 1},
                                    {u"creationTimestamp"_s, rfc3339(created)}}},
        {u"spec"_s, QJsonObject{{u"replicas"_s, workload.replicas},
                                {u"selector"_s, QJsonObject{{u"matchLabels"_s, QJsonObject{{u"app"_s, workload.name}}}}},
                                {u"template"_s, QJsonObject{{u"metadata"_s, QJsonObject{{u"labels"_s, labels}}},
                                                            {u"spec"_s, QJsonObject{{u"containers"_s, QJsonArray{QJsonObject{
                                                                                        {u"name"_s, workload.container},
                                                                                        {u"image"_s, workload.image}}}}}}}}}}};
    applyDeploymentDefaults(deployment);
    deployment = m_store.create(Resource::Deployments, deployment);
    int surge = 0;
    int unavailable = 0;
    fenceposts(deployment, &surge, &unavailable);
    QJsonObject rs = createReplicaSet(deployment, workload.replicas, 1, surge);
    QJsonObject rsMetadata = rs.value(u"metadata"_s).toObject();
    rsMetadata.insert(u"creationTimestamp"_s, rfc3339(created));
    rs.insert(u"metadata"_s, rsMetadata);
    rs = m_store.update(Resource::ReplicaSets, rs);
    const QString deploymentKey = trackKey(ns, workload.name);
    const QString createdText = rfc3339(created);
    for (int i = 0; i < workload.replicas; ++i) {
        QJsonObject pod = newPod(rs, deploymentKey);
        const QString podName = stringAt(pod, u"metadata.name"_s);
        m_pods.erase(trackKey(ns, podName));
        QJsonObject metadata = pod.value(u"metadata"_s).toObject();
        metadata.insert(u"creationTimestamp"_s, createdText);
        pod.insert(u"metadata"_s, metadata);
        const quint32 ip = m_nextIp++;
        const QString podIp = u"10.244."_s + QString::number((ip / 250) % 250) + u'.' + QString::number(ip % 250 + 2);
        QJsonArray conditions;
        for (const QString &type : {u"Initialized"_s, u"Ready"_s, u"ContainersReady"_s, u"PodScheduled"_s})
            conditions.append(QJsonObject{{u"type"_s, type}, {u"status"_s, u"True"_s}, {u"lastTransitionTime"_s, createdText}});
        pod.insert(u"status"_s,
                   QJsonObject{{u"phase"_s, u"Running"_s},
                               {u"qosClass"_s, u"BestEffort"_s},
                               {u"hostIP"_s, stringAt(pod, u"status.hostIP"_s)},
                               {u"podIP"_s, podIp},
                               {u"podIPs"_s, QJsonArray{QJsonObject{{u"ip"_s, podIp}}}},
                               {u"startTime"_s, createdText},
                               {u"conditions"_s, conditions},
                               {u"containerStatuses"_s,
                                QJsonArray{QJsonObject{{u"name"_s, workload.container},
                                                       {u"image"_s, workload.image},
                                                       {u"imageID"_s, QString(u"docker-pullable://"_s + workload.image)},
                                                       {u"ready"_s, true},
                                                       {u"started"_s, true},
                                                       {u"restartCount"_s, 0},
                                                       {u"state"_s, QJsonObject{{u"running"_s, QJsonObject{{u"startedAt"_s, createdText}}}}}}}}});
        m_store.update(Resource::Pods, pod);
    }
    syncReplicaSet(ns, stringAt(rs, u"metadata.name"_s), deploymentKey);
    syncDeployment(ns, workload.name);
}

void ClusterController::deleteDeployment(const QString &ns, const QString &name)
{
    const QJsonObject *found = m_store.find(Resource::Deployments, ns, name);
    if (!found)
        return;
    const QString uid = stringAt(*found, u"metadata.uid"_s);
    const QString deploymentKey = trackKey(ns, name);
    m_store.remove(Resource::Deployments, ns, name);
    for (const QString &rsName : m_replicaSetsByOwner[uid]) {
        const QJsonObject *rs = m_store.find(Resource::ReplicaSets, ns, rsName);
        if (!rs)
            continue;
        for (const QString &podName : m_podsByOwner[stringAt(*rs, u"metadata.uid"_s)]) {
            const QJsonObject *pod = m_store.find(Resource::Pods, ns, podName);
            if (pod && stringAt(*pod, u"metadata.deletionTimestamp"_s).isEmpty())
                terminatePod(*pod, intAt(*pod, u"spec.terminationGracePeriodSeconds"_s, 30), QString());
        }
        m_podsByOwner.erase(stringAt(*rs, u"metadata.uid"_s));
        m_rsOrder.erase(trackKey(ns, rsName));
        m_store.remove(Resource::ReplicaSets, ns, rsName);
    }
    m_replicaSetsByOwner.erase(uid);
    m_dirty.erase(deploymentKey);
}

bool ClusterController::syncDeployment(const QString &ns, const QString &name)
{
    const QJsonObject *found = m_store.find(Resource::Deployments, ns, name);
    if (!found)
        return false;
    const QString deploymentKey = trackKey(ns, name);
    const qint64 rvBefore = m_store.resourceVersion();
    QJsonObject deployment = *found;
    const QJsonObject oldStatus = deployment.value(u"status"_s).toObject();

    for (const RsView &rs : ownedReplicaSets(deployment))
        syncReplicaSet(ns, rs.name, deploymentKey);

    const int replicas = intAt(deployment, u"spec.replicas"_s, 1);
    const bool paused = valueAt(deployment, u"spec.paused"_s).toBool();
    const bool hasDeadline = valueAt(deployment, u"spec.progressDeadlineSeconds"_s).isDouble();
    const int deadline = intAt(deployment, u"spec.progressDeadlineSeconds"_s, 600);
    const bool recreate = stringAt(deployment, u"spec.strategy.type"_s) == u"Recreate"_s;
    int surge = 0;
    int maxUnavailable = 0;
    fenceposts(deployment, &surge, &maxUnavailable);
    QJsonArray conditions = valueAt(deployment, u"status.conditions"_s).toArray();
    QJsonObject annotations = objectAt(deployment, u"metadata.annotations"_s);

    // 1. Paused conditions.
    if (hasDeadline) {
        const QJsonObject progressing = condition(conditions, u"Progressing"_s);
        const QString reason = progressing.value(u"reason"_s).toString();
        if (reason != u"ProgressDeadlineExceeded"_s) {
            const bool pausedCondition = reason == u"DeploymentPaused"_s;
            if (paused && !pausedCondition)
                setCondition(conditions, u"Progressing"_s, u"Unknown"_s, u"DeploymentPaused"_s, u"Deployment is paused"_s);
            else if (!paused && pausedCondition)
                setCondition(conditions, u"Progressing"_s, u"Unknown"_s, u"DeploymentResumed"_s, u"Deployment is resumed"_s);
        }
    }

    std::vector<RsView> all = ownedReplicaSets(deployment);
    const QJsonObject wantedTemplate = canonicalTemplate(objectAt(deployment, u"spec.template"_s));
    int newIndex = -1;
    int maxOldRevision = 0;
    for (size_t i = 0; i < all.size(); ++i) {
        if (newIndex < 0 && canonicalTemplate(objectAt(all[i].object, u"spec.template"_s)) == wantedTemplate)
            newIndex = static_cast<int>(i);
    }
    for (size_t i = 0; i < all.size(); ++i) {
        if (static_cast<int>(i) != newIndex)
            maxOldRevision = std::max(maxOldRevision, all[i].revision);
    }

    // The existing new RS: take over the newest revision (a rollback) and the deployment's annotations.
    if (newIndex >= 0) {
        RsView &rs = all[static_cast<size_t>(newIndex)];
        QJsonObject object = rs.object;
        QJsonObject metadata = object.value(u"metadata"_s).toObject();
        QJsonObject rsAnnotations = metadata.value(u"annotations"_s).toObject();
        if (rs.revision <= maxOldRevision) {
            const QString oldRevision = QString::number(rs.revision);
            QString history = rsAnnotations.value(kRevisionHistory).toString();
            history = history.isEmpty() ? oldRevision : history + u',' + oldRevision;
            rsAnnotations.insert(kRevisionHistory, history);
            rs.revision = maxOldRevision + 1;
            rsAnnotations.insert(kRevision, QString::number(rs.revision));
        }
        for (auto it = annotations.begin(); it != annotations.end(); ++it) {
            if (!skippedAnnotation(it.key()))
                rsAnnotations.insert(it.key(), it.value());
        }
        metadata.insert(u"annotations"_s, rsAnnotations);
        object.insert(u"metadata"_s, metadata);
        setValueAt(object, u"spec.minReadySeconds"_s, intAt(deployment, u"spec.minReadySeconds"_s));
        rs.object = m_store.update(Resource::ReplicaSets, object);
        annotations.insert(kRevision, QString::number(rs.revision));
        if (hasDeadline && condition(conditions, u"Progressing"_s).isEmpty())
            setCondition(conditions, u"Progressing"_s, u"True"_s, u"FoundNewReplicaSet"_s,
                         u"Found new replica set \""_s + rs.name + u'"');
    }

    auto sumSpec = [&all]() {
        int sum = 0;
        for (const RsView &rs : all)
            sum += rs.specReplicas;
        return sum;
    };
    bool scalingEvent = false;
    for (const RsView &rs : all) {
        if (rs.specReplicas > 0 && objectAt(rs.object, u"metadata.annotations"_s).value(kDesiredReplicas).toString() != QString::number(replicas))
            scalingEvent = true;
    }
    bool rolloutPath = false;
    if (paused || scalingEvent) {
        // 2. Scale only.
        std::vector<RsView *> active;
        for (RsView &rs : all) {
            if (rs.specReplicas > 0)
                active.push_back(&rs);
        }
        RsView *activeOrLatest = nullptr;
        if (active.size() == 1)
            activeOrLatest = active.front();
        else if (active.empty() && !all.empty())
            activeOrLatest = newIndex >= 0 ? &all[static_cast<size_t>(newIndex)] : &all.back();
        if (activeOrLatest) {
            scaleReplicaSet(*activeOrLatest, replicas, deployment, surge);
        } else if (newIndex >= 0 && all[static_cast<size_t>(newIndex)].specReplicas == replicas
                   && all[static_cast<size_t>(newIndex)].available >= replicas) {
            for (size_t i = 0; i < all.size(); ++i) {
                if (static_cast<int>(i) != newIndex && all[i].specReplicas > 0)
                    scaleReplicaSet(all[i], 0, deployment, surge);
            }
        } else if (!recreate) {
            const int allowed = replicas > 0 ? replicas + surge : 0;
            const int current = sumSpec();
            int toAdd = allowed - current;
            std::sort(active.begin(), active.end(), [toAdd](const RsView *a, const RsView *b) {
                return toAdd > 0 ? a->specReplicas > b->specReplicas : a->specReplicas < b->specReplicas;
            });
            const int total = current;
            int distributed = 0;
            std::vector<int> targets;
            for (RsView *rs : active) {
                int share = total > 0 ? static_cast<int>(std::round(double(rs->specReplicas) * toAdd / total)) : 0;
                if (std::abs(distributed + share) > std::abs(toAdd))
                    share = toAdd - distributed;
                distributed += share;
                targets.push_back(std::max(0, rs->specReplicas + share));
            }
            if (!targets.empty())
                targets.front() = std::max(0, targets.front() + (toAdd - distributed));
            for (size_t i = 0; i < active.size(); ++i)
                scaleReplicaSet(*active[i], targets[i], deployment, surge);
        }
    } else if (recreate) {
        rolloutPath = true;
        int oldPods = 0;
        for (size_t i = 0; i < all.size(); ++i) {
            if (static_cast<int>(i) == newIndex)
                continue;
            if (all[i].specReplicas > 0)
                scaleReplicaSet(all[i], 0, deployment, surge);
            oldPods += static_cast<int>(m_podsByOwner[stringAt(all[i].object, u"metadata.uid"_s)].size());
        }
        if (oldPods == 0) {
            if (newIndex < 0) {
                const int revision = maxOldRevision + 1;
                all.push_back(viewOf(createReplicaSet(deployment, replicas, revision, surge)));
                newIndex = static_cast<int>(all.size()) - 1;
                annotations.insert(kRevision, QString::number(revision));
                if (hasDeadline)
                    setCondition(conditions, u"Progressing"_s, u"True"_s, u"NewReplicaSetCreated"_s,
                                 u"Created new replica set \""_s + all.back().name + u'"');
                if (replicas > 0)
                    recordEvent(deployment, u"Normal"_s, u"ScalingReplicaSet"_s,
                                u"Scaled up replica set "_s + all.back().name + u" from 0 to "_s + QString::number(replicas),
                                u"deployment-controller"_s);
            } else if (all[static_cast<size_t>(newIndex)].specReplicas != replicas) {
                scaleReplicaSet(all[static_cast<size_t>(newIndex)], replicas, deployment, surge);
            }
        }
    } else {
        // 3. Rolling update.
        rolloutPath = true;
        if (newIndex < 0) {
            const int oldSum = sumSpec();
            const int newReplicas = std::max(0, std::min(replicas + surge - oldSum, replicas));
            const int revision = maxOldRevision + 1;
            all.push_back(viewOf(createReplicaSet(deployment, newReplicas, revision, surge)));
            newIndex = static_cast<int>(all.size()) - 1;
            annotations.insert(kRevision, QString::number(revision));
            if (hasDeadline)
                setCondition(conditions, u"Progressing"_s, u"True"_s, u"NewReplicaSetCreated"_s,
                             u"Created new replica set \""_s + all.back().name + u'"');
            if (newReplicas > 0)
                recordEvent(deployment, u"Normal"_s, u"ScalingReplicaSet"_s,
                            u"Scaled up replica set "_s + all.back().name + u" from 0 to "_s + QString::number(newReplicas),
                            u"deployment-controller"_s);
        }
        RsView &newRs = all[static_cast<size_t>(newIndex)];
        bool scaled = false;
        if (newRs.specReplicas > replicas) {
            scaleReplicaSet(newRs, replicas, deployment, surge);
            scaled = true;
        } else if (newRs.specReplicas < replicas) {
            const int up = std::min(replicas + surge - sumSpec(), replicas - newRs.specReplicas);
            if (up > 0) {
                scaleReplicaSet(newRs, newRs.specReplicas + up, deployment, surge);
                scaled = true;
            }
        }
        if (!scaled) {
            const int minAvailable = replicas - maxUnavailable;
            const int newUnavailable = newRs.specReplicas - newRs.available;
            const int maxScaledDown = sumSpec() - minAvailable - newUnavailable;
            if (maxScaledDown > 0) {
                int cut = 0;
                for (size_t i = 0; i < all.size() && cut < maxScaledDown; ++i) {
                    RsView &rs = all[i];
                    if (static_cast<int>(i) == newIndex || rs.specReplicas == 0 || rs.specReplicas == rs.available)
                        continue;
                    const int down = std::min(maxScaledDown - cut, rs.specReplicas - rs.available);
                    scaleReplicaSet(rs, rs.specReplicas - down, deployment, surge);
                    cut += down;
                }
                int availableSum = 0;
                for (const RsView &rs : all)
                    availableSum += rs.available;
                const int canCut = std::min(availableSum - minAvailable, maxScaledDown - cut);
                int cutAvailable = 0;
                for (size_t i = 0; i < all.size() && cutAvailable < canCut; ++i) {
                    RsView &rs = all[i];
                    if (static_cast<int>(i) == newIndex || rs.specReplicas == 0)
                        continue;
                    const int down = std::min(rs.specReplicas, canCut - cutAvailable);
                    scaleReplicaSet(rs, rs.specReplicas - down, deployment, surge);
                    cutAvailable += down;
                }
            }
        }
    }

    // RS controller once more, so new replica counts take effect in this tick.
    for (RsView &rs : all) {
        syncReplicaSet(ns, rs.name, deploymentKey);
        if (const QJsonObject *current = m_store.find(Resource::ReplicaSets, ns, rs.name))
            rs = viewOf(*current);
    }

    // Status.
    int statusReplicas = 0;
    int ready = 0;
    int available = 0;
    int specSum = 0;
    for (const RsView &rs : all) {
        statusReplicas += rs.statusReplicas;
        ready += rs.ready;
        available += rs.available;
        specSum += rs.specReplicas;
    }
    const int updated = newIndex >= 0 ? all[static_cast<size_t>(newIndex)].statusReplicas : 0;
    const int generation = intAt(deployment, u"metadata.generation"_s, 1);
    QJsonObject status{{u"observedGeneration"_s, generation}, {u"replicas"_s, statusReplicas},
                       {u"updatedReplicas"_s, updated}};
    if (ready > 0)
        status.insert(u"readyReplicas"_s, ready);
    if (available > 0)
        status.insert(u"availableReplicas"_s, available);
    if (specSum - available > 0)
        status.insert(u"unavailableReplicas"_s, specSum - available);
    if (oldStatus.contains(u"collisionCount"_s))
        status.insert(u"collisionCount"_s, oldStatus.value(u"collisionCount"_s));
    if (const QJsonObject *latest = m_store.find(Resource::Deployments, ns, name)) {
        if (valueAt(*latest, u"status.collisionCount"_s).isDouble())
            status.insert(u"collisionCount"_s, valueAt(*latest, u"status.collisionCount"_s));
    }

    if (available >= replicas - maxUnavailable)
        setCondition(conditions, u"Available"_s, u"True"_s, u"MinimumReplicasAvailable"_s,
                     u"Deployment has minimum availability."_s);
    else
        setCondition(conditions, u"Available"_s, u"False"_s, u"MinimumReplicasUnavailable"_s,
                     u"Deployment does not have minimum availability."_s);

    const QString newName = newIndex >= 0 ? all[static_cast<size_t>(newIndex)].name : QString();
    const bool complete = updated == replicas && statusReplicas == replicas && available == replicas;
    bool timedOut = false;
    if (rolloutPath && hasDeadline && !paused) {
        const QJsonObject progressing = condition(conditions, u"Progressing"_s);
        const bool alreadyComplete = statusReplicas == updated
            && progressing.value(u"reason"_s).toString() == u"NewReplicaSetAvailable"_s;
        if (!alreadyComplete) {
            const int oldReplicasBefore = intAt(oldStatus, u"replicas"_s) - intAt(oldStatus, u"updatedReplicas"_s);
            const bool progressed = updated > intAt(oldStatus, u"updatedReplicas"_s)
                || (statusReplicas - updated) < oldReplicasBefore || ready > intAt(oldStatus, u"readyReplicas"_s)
                || available > intAt(oldStatus, u"availableReplicas"_s);
            if (complete) {
                setCondition(conditions, u"Progressing"_s, u"True"_s, u"NewReplicaSetAvailable"_s,
                             u"ReplicaSet \""_s + newName + u"\" has successfully progressed."_s);
            } else if (progressed) {
                setCondition(conditions, u"Progressing"_s, u"True"_s, u"ReplicaSetUpdated"_s,
                             u"ReplicaSet \""_s + newName + u"\" is progressing."_s, true);
            } else if (!progressing.isEmpty()) {
                const QString reason = progressing.value(u"reason"_s).toString();
                const QDateTime from = parseRfc3339(progressing.value(u"lastUpdateTime"_s).toString());
                const bool expired = reason == u"ProgressDeadlineExceeded"_s
                    || (from.isValid() && from.secsTo(QDateTime::currentDateTimeUtc()) > deadline);
                if (expired) {
                    setCondition(conditions, u"Progressing"_s, u"False"_s, u"ProgressDeadlineExceeded"_s,
                                 u"ReplicaSet \""_s + newName + u"\" has timed out progressing."_s);
                    timedOut = true;
                }
            }
        }
    }
    status.insert(u"conditions"_s, conditions);

    if (const QJsonObject *latest = m_store.find(Resource::Deployments, ns, name)) {
        QJsonObject updatedDeployment = *latest;
        QJsonObject metadata = updatedDeployment.value(u"metadata"_s).toObject();
        metadata.insert(u"annotations"_s, annotations);
        updatedDeployment.insert(u"metadata"_s, metadata);
        updatedDeployment.insert(u"status"_s, status);
        m_store.update(Resource::Deployments, updatedDeployment);
    }

    // 7. Revision history clean-up once complete.
    if (complete && !paused) {
        const int limit = intAt(deployment, u"spec.revisionHistoryLimit"_s, 10);
        std::vector<RsView *> candidates;
        for (size_t i = 0; i < all.size(); ++i) {
            if (static_cast<int>(i) != newIndex && all[i].specReplicas == 0 && all[i].statusReplicas == 0)
                candidates.push_back(&all[i]);
        }
        if (static_cast<int>(candidates.size()) > limit) {
            std::sort(candidates.begin(), candidates.end(),
                      [](const RsView *a, const RsView *b) { return a->revision < b->revision; });
            const size_t excess = candidates.size() - static_cast<size_t>(limit);
            for (size_t i = 0; i < excess; ++i) {
                m_podsByOwner.erase(stringAt(candidates[i]->object, u"metadata.uid"_s));
                m_replicaSetsByOwner[stringAt(deployment, u"metadata.uid"_s)].erase(candidates[i]->name);
                m_rsOrder.erase(trackKey(ns, candidates[i]->name));
                m_store.remove(Resource::ReplicaSets, ns, candidates[i]->name);
            }
        }
    }

    bool podsInFlight = false;
    for (const auto &entry : m_pods) {
        if (entry.second.deploymentKey == deploymentKey) {
            podsInFlight = true;
            break;
        }
    }
    const bool wrote = m_store.resourceVersion() != rvBefore;
    const bool waitingForDeadline = rolloutPath && !complete && !timedOut && hasDeadline && !paused;
    return wrote || podsInFlight || waitingForDeadline;
}

} // namespace Gatehouse::Sim
