#include "resourcetypes.h"

#include <QJsonArray>

#include <map>

using namespace Qt::Literals::StringLiterals;

namespace Gatehouse::Sim {

const ResourceInfo &resourceInfo(Resource resource)
{
    static const std::array<ResourceInfo, 5> infos = {
        ResourceInfo{u"namespaces"_s, u"namespace"_s, u"Namespace"_s, QString(), u"v1"_s, false, {u"ns"_s}, false},
        ResourceInfo{u"pods"_s, u"pod"_s, u"Pod"_s, QString(), u"v1"_s, true, {u"po"_s}, true},
        ResourceInfo{u"events"_s, u"event"_s, u"Event"_s, QString(), u"v1"_s, true, {u"ev"_s}, false},
        ResourceInfo{u"deployments"_s, u"deployment"_s, u"Deployment"_s, u"apps"_s, u"apps/v1"_s, true, {u"deploy"_s}, true},
        ResourceInfo{u"replicasets"_s, u"replicaset"_s, u"ReplicaSet"_s, u"apps"_s, u"apps/v1"_s, true, {u"rs"_s}, true},
    };
    return infos.at(static_cast<size_t>(resourceIndex(resource)));
}

std::optional<Resource> resourceFromPlural(const QString &group, const QString &plural)
{
    for (Resource resource : allResources) {
        const ResourceInfo &info = resourceInfo(resource);
        if (info.plural == plural && info.group == group)
            return resource;
    }
    return std::nullopt;
}

QString qualifiedResourceName(Resource resource)
{
    const ResourceInfo &info = resourceInfo(resource);
    return info.group.isEmpty() ? info.plural : info.plural + u'.' + info.group;
}

QJsonObject versionInfo()
{
    return QJsonObject{{u"major"_s, u"1"_s},
                       {u"minor"_s, u"32"_s},
                       {u"gitVersion"_s, u"v1.32.4"_s},
                       {u"gitCommit"_s, u"0000000000000000000000000000000000000000"_s},
                       {u"gitTreeState"_s, u"clean"_s},
                       {u"buildDate"_s, u"2025-04-22T00:00:00Z"_s},
                       {u"goVersion"_s, u"go1.23.6"_s},
                       {u"compiler"_s, u"gc"_s},
                       {u"platform"_s, u"linux/amd64"_s}};
}

QJsonObject coreApiVersions()
{
    return QJsonObject{{u"kind"_s, u"APIVersions"_s},
                       {u"versions"_s, QJsonArray{u"v1"_s}},
                       {u"serverAddressByClientCIDRs"_s,
                        QJsonArray{QJsonObject{{u"clientCIDR"_s, u"0.0.0.0/0"_s}, {u"serverAddress"_s, u"127.0.0.1"_s}}}}};
}

QJsonObject apiGroup(const QString &group)
{
    const QJsonObject version{{u"groupVersion"_s, QString(group + u"/v1"_s)}, {u"version"_s, u"v1"_s}};
    return QJsonObject{{u"kind"_s, u"APIGroup"_s},
                       {u"apiVersion"_s, u"v1"_s},
                       {u"name"_s, group},
                       {u"versions"_s, QJsonArray{version}},
                       {u"preferredVersion"_s, version}};
}

QJsonObject apiGroupList()
{
    QJsonObject apps = apiGroup(u"apps"_s);
    apps.remove(u"kind"_s);
    apps.remove(u"apiVersion"_s);
    return QJsonObject{{u"kind"_s, u"APIGroupList"_s}, {u"apiVersion"_s, u"v1"_s}, {u"groups"_s, QJsonArray{apps}}};
}

// The verbs the simulator serves for a resource, as discovery reports them.
static QJsonArray verbsOf(const ResourceInfo &info)
{
    if (info.plural == u"deployments"_s)
        return QJsonArray{u"create"_s, u"delete"_s, u"get"_s, u"list"_s, u"patch"_s, u"update"_s, u"watch"_s};
    if (info.plural == u"pods"_s)
        return QJsonArray{u"delete"_s, u"get"_s, u"list"_s, u"watch"_s};
    return QJsonArray{u"get"_s, u"list"_s, u"watch"_s};
}

static QJsonObject resourceEntry(const ResourceInfo &info)
{
    const QJsonArray verbs = verbsOf(info);
    QJsonObject entry{{u"name"_s, info.plural},
                      {u"singularName"_s, info.singular},
                      {u"namespaced"_s, info.namespaced},
                      {u"kind"_s, info.kind},
                      {u"verbs"_s, verbs},
                      {u"shortNames"_s, QJsonArray::fromStringList(info.shortNames)}};
    if (info.inCategoryAll)
        entry.insert(u"categories"_s, QJsonArray{u"all"_s});
    return entry;
}

QJsonObject apiResourceList(const QString &groupVersion)
{
    QJsonArray resources;
    for (Resource resource : allResources) {
        const ResourceInfo &info = resourceInfo(resource);
        if (info.apiVersion != groupVersion)
            continue;
        resources.append(resourceEntry(info));
        if (resource == Resource::Deployments) {
            resources.append(QJsonObject{{u"name"_s, u"deployments/scale"_s},
                                         {u"singularName"_s, QString()},
                                         {u"namespaced"_s, true},
                                         {u"group"_s, u"autoscaling"_s},
                                         {u"version"_s, u"v1"_s},
                                         {u"kind"_s, u"Scale"_s},
                                         {u"verbs"_s, QJsonArray{u"get"_s, u"patch"_s, u"update"_s}}});
        }
    }
    return QJsonObject{{u"kind"_s, u"APIResourceList"_s},
                       {u"apiVersion"_s, u"v1"_s},
                       {u"groupVersion"_s, groupVersion},
                       {u"resources"_s, resources}};
}

QJsonObject aggregatedDiscovery(bool core, const QString &version)
{
    // One APIGroupDiscovery per group in the chosen half ("" for /api, "apps" for /apis),
    // each with its single version v1; subresources travel inside their parent's entry.
    std::map<QString, QJsonArray> resourcesByGroup;
    for (Resource resource : allResources) {
        const ResourceInfo &info = resourceInfo(resource);
        if (info.group.isEmpty() != core)
            continue;
        QJsonObject entry{{u"resource"_s, info.plural},
                          {u"responseKind"_s, QJsonObject{{u"group"_s, info.group}, {u"version"_s, u"v1"_s}, {u"kind"_s, info.kind}}},
                          {u"scope"_s, info.namespaced ? u"Namespaced"_s : u"Cluster"_s},
                          {u"singularResource"_s, info.singular},
                          {u"verbs"_s, verbsOf(info)},
                          {u"shortNames"_s, QJsonArray::fromStringList(info.shortNames)}};
        if (info.inCategoryAll)
            entry.insert(u"categories"_s, QJsonArray{u"all"_s});
        if (resource == Resource::Deployments) {
            entry.insert(u"subresources"_s,
                         QJsonArray{QJsonObject{{u"subresource"_s, u"scale"_s},
                                                {u"responseKind"_s, QJsonObject{{u"group"_s, u"autoscaling"_s},
                                                                                {u"version"_s, u"v1"_s},
                                                                                {u"kind"_s, u"Scale"_s}}},
                                                {u"verbs"_s, QJsonArray{u"get"_s, u"patch"_s, u"update"_s}}}});
        }
        resourcesByGroup[info.group].append(entry);
    }
    QJsonArray items;
    for (const auto &[group, resources] : resourcesByGroup) {
        QJsonObject metadata;
        if (!group.isEmpty())
            metadata.insert(u"name"_s, group);
        items.append(QJsonObject{{u"metadata"_s, metadata},
                                 {u"versions"_s, QJsonArray{QJsonObject{{u"version"_s, u"v1"_s},
                                                                        {u"resources"_s, resources},
                                                                        {u"freshness"_s, u"Current"_s}}}}});
    }
    return QJsonObject{{u"kind"_s, u"APIGroupDiscoveryList"_s},
                       {u"apiVersion"_s, QString(u"apidiscovery.k8s.io/"_s + version)},
                       {u"metadata"_s, QJsonObject()},
                       {u"items"_s, items}};
}

} // namespace Gatehouse::Sim
