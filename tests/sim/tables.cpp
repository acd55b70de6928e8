#include "tables.h"

#include "simjson.h"

#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace Gatehouse::Sim {

namespace {

struct Column
{
    const char *name;
    const char *type;
    const char *format;
    int priority;
    const char *description;
};

std::vector<Column> columnsFor(Resource resource)
{
    switch (resource) {
    case Resource::Namespaces:
        return {{"Name", "string", "name", 0, "Name must be unique within a namespace."},
                {"Status", "string", "", 0, "The status of the namespace"},
                {"Age", "string", "", 0, "CreationTimestamp is a timestamp representing the server time when this object was created."}};
    case Resource::Deployments:
        return {{"Name", "string", "name", 0, "Name must be unique within a namespace."},
                {"Ready", "string", "", 0, "Number of the pod with ready state"},
                {"Up-to-date", "integer", "", 0, "Total number of non-terminated pods targeted by this deployment that have the desired template spec."},
                {"Available", "integer", "", 0, "Total number of available pods (ready for at least minReadySeconds) targeted by this deployment."},
                {"Age", "string", "", 0, "CreationTimestamp is a timestamp representing the server time when this object was created."},
                {"Containers", "string", "", 1, "Names of each container in the template."},
                {"Images", "string", "", 1, "Images referenced by each container in the template."},
                {"Selector", "string", "", 1, "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment."}};
    case Resource::ReplicaSets:
        return {{"Name", "string", "name", 0, "Name must be unique within a namespace."},
                {"Desired", "integer", "", 0, "Replicas is the number of desired replicas."},
                {"Current", "integer", "", 0, "Replicas is the most recently observed number of replicas."},
                {"Ready", "integer", "", 0, "The number of ready replicas for this replica set."},
                {"Age", "string", "", 0, "CreationTimestamp is a timestamp representing the server time when this object was created."},
                {"Containers", "string", "", 1, "Names of each container in the template."},
                {"Images", "string", "", 1, "Images referenced by each container in the template."},
                {"Selector", "string", "", 1, "Selector is a label query over pods that should match the replica count."}};
    case Resource::Pods:
        return {{"Name", "string", "name", 0, "Name must be unique within a namespace."},
                {"Ready", "string", "", 0, "The aggregate readiness state of this pod for accepting traffic."},
                {"Status", "string", "", 0, "The aggregate status of the containers in this pod."},
                {"Restarts", "string", "", 0, "The number of times the containers in this pod have been restarted and when the last container in this pod has restarted."},
                {"Age", "string", "", 0, "CreationTimestamp is a timestamp representing the server time when this object was created."},
                {"IP", "string", "", 1, "IP address allocated to the pod. Routable at least within the cluster. Empty if not yet allocated."},
                {"Node", "string", "", 1, "NodeName is a request to schedule this pod onto a specific node."},
                {"Nominated Node", "string", "", 1, "nominatedNodeName is set only when this pod preempts other pods on the node."},
                {"Readiness Gates", "string", "", 1, "If specified, all readiness gates will be evaluated for pod readiness."}};
    case Resource::Events:
        return {{"Last Seen", "string", "", 0, "Time when this Event was last observed."},
                {"Type", "string", "", 0, "Type of this event (Normal, Warning), new types could be added in the future."},
                {"Reason", "string", "", 0, "This should be a short, machine understandable string that gives the reason for the transition into the object's current status."},
                {"Object", "string", "", 0, "The object that this event is about."},
                {"Subobject", "string", "", 1, "The field of the object that this event is about."},
                {"Source", "string", "", 1, "The component reporting this event."},
                {"Message", "string", "", 0, "A human-readable description of the status of this operation."},
                {"First Seen", "string", "", 1, "The time at which the event was first recorded."},
                {"Count", "string", "", 1, "The number of times this event has occurred."},
                {"Name", "string", "name", 1, "Name must be unique within a namespace."}};
    }
    return {};
}

QString ageOf(const QString &timestamp, const QDateTime &now)
{
    const QDateTime created = parseRfc3339(timestamp);
    if (!created.isValid())
        return u"<unknown>"_s;
    return humanDuration(created.secsTo(now));
}

void containersAndImages(const QJsonObject &object, QString *containers, QString *images)
{
    QStringList names;
    QStringList imageList;
    for (const QJsonValue &container : valueAt(object, u"spec.template.spec.containers"_s).toArray()) {
        names.append(container.toObject().value(u"name"_s).toString());
        imageList.append(container.toObject().value(u"image"_s).toString());
    }
    *containers = names.join(u',');
    *images = imageList.join(u',');
}

QJsonArray cellsFor(Resource resource, const QJsonObject &object, const QDateTime &now)
{
    const QString name = stringAt(object, u"metadata.name"_s);
    const QString age = ageOf(stringAt(object, u"metadata.creationTimestamp"_s), now);
    switch (resource) {
    case Resource::Namespaces:
        return {name, stringAt(object, u"status.phase"_s).isEmpty() ? u"Active"_s : stringAt(object, u"status.phase"_s), age};
    case Resource::Deployments: {
        QString containers;
        QString images;
        containersAndImages(object, &containers, &images);
        const QString ready = QString::number(intAt(object, u"status.readyReplicas"_s)) + u'/'
            + QString::number(intAt(object, u"spec.replicas"_s, 1));
        return {name, ready, intAt(object, u"status.updatedReplicas"_s), intAt(object, u"status.availableReplicas"_s), age,
                containers, images, labelsToSelectorString(objectAt(object, u"spec.selector.matchLabels"_s))};
    }
    case Resource::ReplicaSets: {
        QString containers;
        QString images;
        containersAndImages(object, &containers, &images);
        return {name, intAt(object, u"spec.replicas"_s, 1), intAt(object, u"status.replicas"_s),
                intAt(object, u"status.readyReplicas"_s), age, containers, images,
                labelsToSelectorString(objectAt(object, u"spec.selector.matchLabels"_s))};
    }
    case Resource::Pods: {
        const QJsonArray statuses = valueAt(object, u"status.containerStatuses"_s).toArray();
        const qsizetype total = valueAt(object, u"spec.containers"_s).toArray().size();
        int ready = 0;
        int restarts = 0;
        for (const QJsonValue &status : statuses) {
            if (status.toObject().value(u"ready"_s).toBool())
                ++ready;
            restarts += status.toObject().value(u"restartCount"_s).toInt();
        }
        const QString ip = stringAt(object, u"status.podIP"_s);
        const QString node = stringAt(object, u"spec.nodeName"_s);
        return {name, QString(QString::number(ready) + u'/' + QString::number(total)), podStatusText(object),
                QString::number(restarts), age, ip.isEmpty() ? u"<none>"_s : ip, node.isEmpty() ? u"<none>"_s : node,
                u"<none>"_s, u"<none>"_s};
    }
    case Resource::Events: {
        const QString last = stringAt(object, u"lastTimestamp"_s);
        const QString first = stringAt(object, u"firstTimestamp"_s);
        const QString kind = stringAt(object, u"involvedObject.kind"_s).toLower();
        const QString subobject = stringAt(object, u"involvedObject.fieldPath"_s);
        QString source = stringAt(object, u"source.component"_s);
        if (!stringAt(object, u"source.host"_s).isEmpty())
            source += u", "_s + stringAt(object, u"source.host"_s);
        return {ageOf(last, now), stringAt(object, u"type"_s), stringAt(object, u"reason"_s),
                QString(kind + u'/' + stringAt(object, u"involvedObject.name"_s)), subobject, source,
                stringAt(object, u"message"_s), ageOf(first, now), QString::number(intAt(object, u"count"_s, 1)), name};
    }
    }
    return {};
}

} // namespace

QString podStatusText(const QJsonObject &pod)
{
    if (!stringAt(pod, u"metadata.deletionTimestamp"_s).isEmpty())
        return u"Terminating"_s;
    QString reason = stringAt(pod, u"status.phase"_s);
    for (const QJsonValue &status : valueAt(pod, u"status.containerStatuses"_s).toArray()) {
        const QJsonObject state = status.toObject().value(u"state"_s).toObject();
        const QString waiting = state.value(u"waiting"_s).toObject().value(u"reason"_s).toString();
        if (!waiting.isEmpty())
            reason = waiting;
    }
    return reason.isEmpty() ? u"Pending"_s : reason;
}

QJsonObject makeTable(Resource resource, const std::vector<QJsonObject> &objects, IncludeObject include,
                      const QString &resourceVersion, bool withColumnDefinitions)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonArray columns;
    if (withColumnDefinitions) {
        for (const Column &column : columnsFor(resource)) {
            columns.append(QJsonObject{{u"name"_s, QLatin1String(column.name)},
                                       {u"type"_s, QLatin1String(column.type)},
                                       {u"format"_s, QLatin1String(column.format)},
                                       {u"description"_s, QLatin1String(column.description)},
                                       {u"priority"_s, column.priority}});
        }
    }
    QJsonArray rows;
    for (const QJsonObject &object : objects) {
        QJsonObject row{{u"cells"_s, cellsFor(resource, object, now)}};
        if (include == IncludeObject::Object) {
            row.insert(u"object"_s, object);
        } else if (include == IncludeObject::Metadata) {
            row.insert(u"object"_s, QJsonObject{{u"kind"_s, u"PartialObjectMetadata"_s},
                                                {u"apiVersion"_s, u"meta.k8s.io/v1"_s},
                                                {u"metadata"_s, object.value(u"metadata"_s)}});
        }
        rows.append(row);
    }
    QJsonObject table{{u"kind"_s, u"Table"_s},
                      {u"apiVersion"_s, u"meta.k8s.io/v1"_s},
                      {u"metadata"_s, QJsonObject{{u"resourceVersion"_s, resourceVersion}}},
                      {u"columnDefinitions"_s, columns},
                      {u"rows"_s, rows}};
    return table;
}

} // namespace Gatehouse::Sim
