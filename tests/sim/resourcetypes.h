#pragma once

// The five resource types the estate simulator serves (namespaces, pods, events,
// deployments, replicasets) with their API group, kind and short names, and the
// discovery documents built from them. Constant data; callable from any thread.

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Gatehouse::Sim {

enum class Resource { Namespaces, Pods, Events, Deployments, ReplicaSets };
inline constexpr std::array<Resource, 5> allResources = {Resource::Namespaces, Resource::Pods, Resource::Events,
                                                         Resource::Deployments, Resource::ReplicaSets};

struct ResourceInfo
{
    QString plural;       // "deployments"
    QString singular;     // "deployment"
    QString kind;         // "Deployment"
    QString group;        // "" or "apps"
    QString apiVersion;   // "v1" or "apps/v1"
    bool namespaced = true;
    QStringList shortNames;
    bool inCategoryAll = false;
};

const ResourceInfo &resourceInfo(Resource resource);
std::optional<Resource> resourceFromPlural(const QString &group, const QString &plural);
inline int resourceIndex(Resource resource) { return static_cast<int>(resource); }
// "deployments.apps" / "pods": how Status messages name a resource.
QString qualifiedResourceName(Resource resource);

QJsonObject versionInfo();
QJsonObject coreApiVersions();          // GET /api
QJsonObject apiGroupList();             // GET /apis
QJsonObject apiResourceList(const QString &groupVersion); // GET /api/v1, /apis/apps/v1
QJsonObject apiGroup(const QString &group);             // GET /apis/apps

// Aggregated discovery (apidiscovery.k8s.io): every group with its versions and
// resources in one document, the form kubectl asks /api and /apis for first. `core`
// picks /api (the legacy group "") or /apis (the named groups); `version` is "v2"
// or "v2beta1", which differ only in apiVersion.
QJsonObject aggregatedDiscovery(bool core, const QString &version);

} // namespace Gatehouse::Sim
