#include "kubeobjects.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace Gatehouse::Models {

QString KubeLabels::value(const QString &key) const
{
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2) {
        if (flat.at(i) == key)
            return flat.at(i + 1);
    }
    return {};
}

bool KubeLabels::contains(const QString &key) const
{
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2) {
        if (flat.at(i) == key)
            return true;
    }
    return false;
}

void KubeLabels::insert(const QString &key, const QString &value)
{
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2) {
        if (flat.at(i) == key) {
            flat[i + 1] = value;
            return;
        }
    }
    flat.append(key);
    flat.append(value);
}

QString KubeLabels::toSelector() const
{
    QString out;
    for (qsizetype i = 0; i + 1 < flat.size(); i += 2) {
        if (!out.isEmpty())
            out += QLatin1Char(',');
        out += flat.at(i) + QLatin1Char('=') + flat.at(i + 1);
    }
    return out;
}

const KubeCondition *KubeDeployment::condition(const QString &type) const
{
    for (const KubeCondition &c : conditions) {
        if (c.type == type)
            return &c;
    }
    return nullptr;
}

QString KubeDeployment::images() const
{
    QStringList list;
    for (const KubeContainer &c : containers)
        list.append(c.image);
    return list.join(QStringLiteral(", "));
}

bool KubeDeployment::rolloutInProgress() const
{
    if (observedGeneration < meta.generation)
        return true;
    return updatedReplicas < replicas || statusReplicas > updatedReplicas || availableReplicas < updatedReplicas;
}

bool KubeDeployment::progressDeadlineExceeded() const
{
    const KubeCondition *c = condition(QStringLiteral("Progressing"));
    return c && c->reason == QLatin1String("ProgressDeadlineExceeded");
}

int KubePod::readyContainers() const
{
    int n = 0;
    for (const KubeContainerStatus &c : containers)
        n += c.ready ? 1 : 0;
    return n;
}

int KubePod::restarts() const
{
    int n = 0;
    for (const KubeContainerStatus &c : containers)
        n += c.restartCount;
    return n;
}

QString KubePod::displayStatus() const
{
    if (meta.deletionTimestamp != 0)
        return QStringLiteral("Terminating");
    for (const KubeContainerStatus &c : containers) {
        if (c.state != QLatin1String("running") && !c.reason.isEmpty())
            return c.reason;
    }
    return phase;
}

namespace KubeObjects {

namespace {

// Thousands of pods repeat the same few strings (phase, node, image, label values of
// their ReplicaSet): sharing one copy per thread keeps a pod well under its budget.
QString intern(const QString &s)
{
    if (s.isEmpty())
        return {};
    thread_local QSet<QString> pool;
    const auto it = pool.constFind(s);
    if (it != pool.constEnd())
        return *it;
    if (pool.size() > 8192)
        pool.clear();
    pool.insert(s);
    return s;
}

QString str(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString();
}

QString istr(const QJsonObject &o, QLatin1String key)
{
    return intern(o.value(key).toString());
}

QByteArray bytes(const QJsonObject &o, QLatin1String key)
{
    return o.value(key).toString().toLatin1();
}

int integer(const QJsonObject &o, QLatin1String key, int fallback = 0)
{
    const QJsonValue v = o.value(key);
    return v.isDouble() ? v.toInt(fallback) : fallback;
}

QString intOrString(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toInt());
    return intern(v.toString());
}

KubeLabels labelsFromJson(const QJsonObject &o)
{
    KubeLabels labels;
    labels.flat.reserve(o.size() * 2);
    for (auto it = o.begin(); it != o.end(); ++it) {
        labels.flat.append(intern(it.key()));
        labels.flat.append(intern(it.value().toString()));
    }
    return labels;
}

QList<KubeContainer> containersFromTemplate(const QJsonObject &templ)
{
    QList<KubeContainer> out;
    const QJsonArray containers = templ.value(QLatin1String("spec")).toObject().value(QLatin1String("containers")).toArray();
    out.reserve(containers.size());
    for (const QJsonValue &v : containers) {
        const QJsonObject c = v.toObject();
        out.append(KubeContainer{istr(c, QLatin1String("name")), istr(c, QLatin1String("image"))});
    }
    return out;
}

int revisionOf(const QJsonObject &annotations)
{
    return annotations.value(QLatin1String("deployment.kubernetes.io/revision")).toString().toInt();
}

std::size_t stringBytes(const QString &s)
{
    // QString: the handle, plus a heap block (header + UTF-16 + terminator) unless empty.
    return sizeof(QString) + (s.isEmpty() ? 0 : std::size_t(32 + 2 * (s.capacity() + 1)));
}

std::size_t bytesBytes(const QByteArray &b)
{
    return sizeof(QByteArray) + (b.isEmpty() ? 0 : std::size_t(32 + b.capacity() + 1));
}

template<typename T>
std::size_t listHeader(const QList<T> &l)
{
    return l.isEmpty() ? 0 : std::size_t(32 + sizeof(T) * std::size_t(l.capacity()));
}

std::size_t labelBytes(const KubeLabels &labels)
{
    std::size_t n = listHeader(labels.flat);
    for (const QString &s : labels.flat)
        n += stringBytes(s) - sizeof(QString);
    return n;
}

std::size_t metaBytes(const KubeMeta &m)
{
    return stringBytes(m.name) - sizeof(QString) + bytesBytes(m.uid) - sizeof(QByteArray)
        + bytesBytes(m.resourceVersion) - sizeof(QByteArray) + labelBytes(m.labels) + stringBytes(m.ownerKind)
        - sizeof(QString) + stringBytes(m.ownerName) - sizeof(QString) + bytesBytes(m.ownerUid) - sizeof(QByteArray);
}

std::size_t containerBytes(const QList<KubeContainer> &list)
{
    std::size_t n = listHeader(list);
    for (const KubeContainer &c : list)
        n += stringBytes(c.name) + stringBytes(c.image) - 2 * sizeof(QString);
    return n;
}

} // namespace

qint64 parseTimestamp(const QString &rfc3339)
{
    if (rfc3339.isEmpty())
        return 0;
    const QDateTime dt = QDateTime::fromString(rfc3339, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

KubeMeta metaFromJson(const QJsonObject &object)
{
    const QJsonObject md = object.value(QLatin1String("metadata")).toObject();
    KubeMeta m;
    m.name = str(md, QLatin1String("name"));
    m.uid = bytes(md, QLatin1String("uid"));
    m.resourceVersion = bytes(md, QLatin1String("resourceVersion"));
    m.creationTimestamp = parseTimestamp(str(md, QLatin1String("creationTimestamp")));
    m.deletionTimestamp = parseTimestamp(str(md, QLatin1String("deletionTimestamp")));
    m.generation = md.value(QLatin1String("generation")).toInteger();
    m.labels = labelsFromJson(md.value(QLatin1String("labels")).toObject());
    const QJsonArray owners = md.value(QLatin1String("ownerReferences")).toArray();
    for (const QJsonValue &v : owners) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("controller")).toBool() || owners.size() == 1) {
            m.ownerKind = istr(o, QLatin1String("kind"));
            m.ownerName = istr(o, QLatin1String("name"));
            m.ownerUid = bytes(o, QLatin1String("uid"));
            break;
        }
    }
    return m;
}

KubeDeployment deploymentFromJson(const QJsonObject &object)
{
    KubeDeployment d;
    d.meta = metaFromJson(object);
    const QJsonObject annotations =
        object.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject();
    d.revision = revisionOf(annotations);
    d.changeCause = str(annotations, QLatin1String("kubernetes.io/change-cause"));
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    d.replicas = integer(spec, QLatin1String("replicas"), 1);
    d.paused = spec.value(QLatin1String("paused")).toBool();
    d.progressDeadlineSeconds = integer(spec, QLatin1String("progressDeadlineSeconds"), 600);
    d.minReadySeconds = integer(spec, QLatin1String("minReadySeconds"));
    d.revisionHistoryLimit = integer(spec, QLatin1String("revisionHistoryLimit"), 10);
    d.selector = labelsFromJson(
        spec.value(QLatin1String("selector")).toObject().value(QLatin1String("matchLabels")).toObject());
    const QJsonObject templ = spec.value(QLatin1String("template")).toObject();
    d.containers = containersFromTemplate(templ);
    d.restartedAt = templ.value(QLatin1String("metadata"))
                        .toObject()
                        .value(QLatin1String("annotations"))
                        .toObject()
                        .value(QLatin1String("kubectl.kubernetes.io/restartedAt"))
                        .toString();
    const QJsonObject strategy = spec.value(QLatin1String("strategy")).toObject();
    d.strategy = istr(strategy, QLatin1String("type"));
    const QJsonObject rolling = strategy.value(QLatin1String("rollingUpdate")).toObject();
    d.maxSurge = intOrString(rolling.value(QLatin1String("maxSurge")));
    d.maxUnavailable = intOrString(rolling.value(QLatin1String("maxUnavailable")));
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    d.observedGeneration = status.value(QLatin1String("observedGeneration")).toInteger();
    d.statusReplicas = integer(status, QLatin1String("replicas"));
    d.updatedReplicas = integer(status, QLatin1String("updatedReplicas"));
    d.readyReplicas = integer(status, QLatin1String("readyReplicas"));
    d.availableReplicas = integer(status, QLatin1String("availableReplicas"));
    d.unavailableReplicas = integer(status, QLatin1String("unavailableReplicas"));
    const QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    for (const QJsonValue &v : conditions) {
        const QJsonObject c = v.toObject();
        d.conditions.append(KubeCondition{istr(c, QLatin1String("type")), istr(c, QLatin1String("status")),
                                          istr(c, QLatin1String("reason")), str(c, QLatin1String("message")),
                                          parseTimestamp(str(c, QLatin1String("lastUpdateTime"))),
                                          parseTimestamp(str(c, QLatin1String("lastTransitionTime")))});
    }
    return d;
}

KubeReplicaSet replicaSetFromJson(const QJsonObject &object)
{
    KubeReplicaSet rs;
    rs.meta = metaFromJson(object);
    const QJsonObject annotations =
        object.value(QLatin1String("metadata")).toObject().value(QLatin1String("annotations")).toObject();
    rs.revision = revisionOf(annotations);
    rs.revisionHistory = str(annotations, QLatin1String("deployment.kubernetes.io/revision-history"));
    rs.changeCause = str(annotations, QLatin1String("kubernetes.io/change-cause"));
    rs.podTemplateHash = rs.meta.labels.value(QStringLiteral("pod-template-hash"));
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    rs.replicas = integer(spec, QLatin1String("replicas"), 1);
    rs.containers = containersFromTemplate(spec.value(QLatin1String("template")).toObject());
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    rs.statusReplicas = integer(status, QLatin1String("replicas"));
    rs.readyReplicas = integer(status, QLatin1String("readyReplicas"));
    rs.availableReplicas = integer(status, QLatin1String("availableReplicas"));
    return rs;
}

KubePod podFromJson(const QJsonObject &object)
{
    KubePod p;
    p.meta = metaFromJson(object);
    const QJsonObject spec = object.value(QLatin1String("spec")).toObject();
    p.nodeName = istr(spec, QLatin1String("nodeName"));
    const QJsonObject status = object.value(QLatin1String("status")).toObject();
    p.phase = istr(status, QLatin1String("phase"));
    p.podIP = str(status, QLatin1String("podIP"));
    const QJsonArray conditions = status.value(QLatin1String("conditions")).toArray();
    for (const QJsonValue &v : conditions) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("type")).toString() == QLatin1String("Ready"))
            p.ready = c.value(QLatin1String("status")).toString() == QLatin1String("True");
    }
    const QJsonArray statuses = status.value(QLatin1String("containerStatuses")).toArray();
    p.containers.reserve(statuses.size());
    for (const QJsonValue &v : statuses) {
        const QJsonObject c = v.toObject();
        KubeContainerStatus cs;
        cs.name = istr(c, QLatin1String("name"));
        cs.image = istr(c, QLatin1String("image"));
        cs.ready = c.value(QLatin1String("ready")).toBool();
        cs.restartCount = integer(c, QLatin1String("restartCount"));
        const QJsonObject state = c.value(QLatin1String("state")).toObject();
        if (!state.isEmpty()) {
            const QString key = state.begin().key();
            cs.state = intern(key);
            cs.reason = istr(state.begin().value().toObject(), QLatin1String("reason"));
        }
        p.containers.append(cs);
    }
    if (p.containers.isEmpty()) {
        // Not yet reported by the kubelet: the template's containers, not started.
        const QJsonArray specContainers = spec.value(QLatin1String("containers")).toArray();
        for (const QJsonValue &v : specContainers) {
            const QJsonObject c = v.toObject();
            KubeContainerStatus cs;
            cs.name = istr(c, QLatin1String("name"));
            cs.image = istr(c, QLatin1String("image"));
            p.containers.append(cs);
        }
    }
    return p;
}

KubeEvent eventFromJson(const QJsonObject &object)
{
    KubeEvent e;
    e.meta = metaFromJson(object);
    const QJsonObject involved = object.value(QLatin1String("involvedObject")).toObject();
    e.involvedKind = istr(involved, QLatin1String("kind"));
    e.involvedName = istr(involved, QLatin1String("name"));
    e.involvedUid = bytes(involved, QLatin1String("uid"));
    e.reason = istr(object, QLatin1String("reason"));
    e.message = str(object, QLatin1String("message"));
    e.type = istr(object, QLatin1String("type"));
    e.source = istr(object.value(QLatin1String("source")).toObject(), QLatin1String("component"));
    e.firstTimestamp = parseTimestamp(str(object, QLatin1String("firstTimestamp")));
    e.lastTimestamp = parseTimestamp(str(object, QLatin1String("lastTimestamp")));
    if (e.lastTimestamp == 0)
        e.lastTimestamp = parseTimestamp(str(object, QLatin1String("eventTime")));
    e.count = integer(object, QLatin1String("count"), 1);
    return e;
}

std::size_t approximateSize(const KubeDeployment &d)
{
    std::size_t n = sizeof(KubeDeployment) + metaBytes(d.meta) + stringBytes(d.changeCause) + stringBytes(d.restartedAt)
        + labelBytes(d.selector) + containerBytes(d.containers) + stringBytes(d.strategy) + stringBytes(d.maxSurge)
        + stringBytes(d.maxUnavailable) - 5 * sizeof(QString) + listHeader(d.conditions);
    for (const KubeCondition &c : d.conditions) {
        n += stringBytes(c.type) + stringBytes(c.status) + stringBytes(c.reason) + stringBytes(c.message)
            - 4 * sizeof(QString);
    }
    return n;
}

std::size_t approximateSize(const KubeReplicaSet &rs)
{
    return sizeof(KubeReplicaSet) + metaBytes(rs.meta) + stringBytes(rs.revisionHistory) + stringBytes(rs.changeCause)
        + stringBytes(rs.podTemplateHash) - 3 * sizeof(QString) + containerBytes(rs.containers);
}

std::size_t approximateSize(const KubePod &p)
{
    std::size_t n = sizeof(KubePod) + metaBytes(p.meta) + stringBytes(p.phase) + stringBytes(p.nodeName)
        + stringBytes(p.podIP) - 3 * sizeof(QString) + listHeader(p.containers);
    for (const KubeContainerStatus &c : p.containers) {
        n += stringBytes(c.name) + stringBytes(c.image) + stringBytes(c.state) + stringBytes(c.reason)
            - 4 * sizeof(QString);
    }
    return n;
}

std::size_t approximateSize(const KubeEvent &e)
{
    return sizeof(KubeEvent) + metaBytes(e.meta) + stringBytes(e.involvedKind) + stringBytes(e.involvedName)
        + bytesBytes(e.involvedUid) - sizeof(QByteArray) + stringBytes(e.reason) + stringBytes(e.message)
        + stringBytes(e.type) + stringBytes(e.source) - 6 * sizeof(QString);
}

QString resourceName(KubeKind kind)
{
    switch (kind) {
    case KubeKind::Deployment:
        return QStringLiteral("deployments");
    case KubeKind::ReplicaSet:
        return QStringLiteral("replicasets");
    case KubeKind::Pod:
        return QStringLiteral("pods");
    case KubeKind::Event:
        return QStringLiteral("events");
    }
    return {};
}

} // namespace KubeObjects

} // namespace Gatehouse::Models
