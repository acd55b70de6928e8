#include "estateseeder.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <map>

using namespace Qt::Literals::StringLiterals;

namespace Gatehouse::Sim {

namespace {

QString text(const YAML::Node &node)
{
    if (!node || !node.IsScalar())
        return QString();
    return QString::fromStdString(node.Scalar());
}

bool hiddenBelow(const QString &path, const QString &root)
{
    const QString relative = QDir(root).relativeFilePath(path);
    for (const QString &part : relative.split(u'/')) {
        if (part.startsWith(u'.'))
            return true;
    }
    return false;
}

// Odoo processes run the "odoo" container; integration workers are named after themselves.
QString containerFor(const QString &kind, const QString &name)
{
    if (kind == u"odoo-web"_s || kind == u"odoo-longpolling"_s || kind == u"odoo-cron"_s || kind == u"queue-worker"_s)
        return u"odoo"_s;
    return name;
}

} // namespace

namespace {

struct SeedIntegration
{
    QString name;
    QString kind;
    QString carrier;          // metadata.labels.carrier
    QString provider;         // metadata.labels.provider
    QStringList environments; // empty = every environment
    QStringList partners;
};

QStringList textList(const YAML::Node &node)
{
    QStringList list;
    if (node && node.IsSequence()) {
        for (const YAML::Node &item : node)
            list.append(text(item));
    }
    return list;
}

void appendUnique(QStringList &list, const QString &value)
{
    if (!value.isEmpty() && !list.contains(value))
        list.append(value);
}

} // namespace

QString EstateSeeder::read(const QString &estateDir)
{
    m_environments.clear();
    if (!QFileInfo(estateDir).isDir())
        return estateDir + u": not a folder"_s;
    QStringList files;
    QDirIterator it(estateDir, {u"*.yaml"_s, u"*.yml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!hiddenBelow(path, estateDir))
            files.append(path);
    }
    files.sort();
    QString defaultTimeZone;
    std::map<QString, QString> siteZones;
    std::vector<SeedIntegration> integrations;
    std::vector<QStringList> environmentSites;
    for (const QString &path : files) {
        try {
            const std::vector<YAML::Node> documents = YAML::LoadAllFromFile(path.toStdString());
            for (const YAML::Node &document : documents) {
                if (!document.IsMap())
                    continue;
                const QString kind = text(document["kind"]);
                const YAML::Node spec = document["spec"];
                if (kind == u"Estate"_s && spec.IsMap()) {
                    defaultTimeZone = text(spec["defaultTimeZone"]);
                    continue;
                }
                if (kind == u"Site"_s && spec.IsMap()) {
                    siteZones[text(document["metadata"]["name"])] = text(spec["timeZone"]);
                    continue;
                }
                if (kind == u"Integration"_s && spec.IsMap()) {
                    SeedIntegration integration;
                    integration.name = text(document["metadata"]["name"]);
                    integration.kind = text(spec["kind"]);
                    const YAML::Node labels = document["metadata"]["labels"];
                    if (labels && labels.IsMap()) {
                        integration.carrier = text(labels["carrier"]);
                        integration.provider = text(labels["provider"]);
                    }
                    integration.environments = textList(spec["environments"]);
                    const YAML::Node partners = spec["partners"];
                    if (partners && partners.IsSequence()) {
                        for (const YAML::Node &partner : partners)
                            appendUnique(integration.partners, text(partner["name"]));
                    }
                    integrations.push_back(integration);
                    continue;
                }
                if (kind != u"Environment"_s)
                    continue;
                SeedEnvironment environment;
                environment.name = text(document["metadata"]["name"]);
                environment.context = text(spec["kubernetes"]["context"]);
                environment.ns = text(spec["kubernetes"]["namespace"]);
                environment.tier = text(spec["tier"]);
                environment.databaseHost = text(spec["odooDatabase"]["host"]);
                environment.databaseName = text(spec["odooDatabase"]["name"]);
                if (environment.name.isEmpty() || environment.ns.isEmpty())
                    return path + u": an Environment needs metadata.name and spec.kubernetes.namespace"_s;
                const YAML::Node workloads = spec["workloads"];
                if (workloads && workloads.IsSequence()) {
                    qint64 age = 86400 * 3;
                    for (const YAML::Node &workload : workloads) {
                        SeedWorkload seed;
                        seed.name = text(workload["name"]);
                        seed.component = text(workload["kind"]);
                        seed.image = text(workload["image"]);
                        const QString replicas = text(workload["replicas"]);
                        seed.replicas = replicas.isEmpty() ? 1 : std::max(0, replicas.toInt());
                        seed.container = containerFor(seed.component, seed.name);
                        seed.ageSeconds = age;
                        seed.integrations = textList(workload["integrations"]);
                        age -= 3 * 3600;
                        if (!seed.name.isEmpty() && !seed.image.isEmpty())
                            environment.workloads.push_back(seed);
                    }
                }
                m_environments.push_back(environment);
                environmentSites.push_back(textList(spec["sites"]));
            }
        } catch (const YAML::Exception &exception) {
            return path + u": "_s + QString::fromStdString(exception.what());
        }
    }
    if (m_environments.empty())
        return estateDir + u": no Environment documents found"_s;

    // Resolve what the metrics model serves per environment: only integrations that
    // apply to the environment and that one of its workloads actually runs.
    for (size_t e = 0; e < m_environments.size(); ++e) {
        SeedEnvironment &environment = m_environments[e];
        for (const QString &site : environmentSites[e]) {
            const auto zone = siteZones.find(site);
            environment.sites.push_back({site, zone == siteZones.end() ? QString() : zone->second});
        }
        environment.timeZone = defaultTimeZone;
        for (const SeedSite &site : environment.sites) {
            if (!site.timeZone.isEmpty()) {
                environment.timeZone = site.timeZone;
                break;
            }
        }
        for (const SeedIntegration &integration : integrations) {
            if (!integration.environments.isEmpty() && !integration.environments.contains(environment.name))
                continue;
            for (const SeedWorkload &workload : environment.workloads) {
                if (!workload.integrations.contains(integration.name))
                    continue;
                if (integration.kind == u"edi"_s) {
                    for (const QString &partner : integration.partners)
                        appendUnique(environment.ediPartners, partner);
                    appendUnique(environment.ediWorkloads, workload.name);
                } else if (integration.kind == u"carrier"_s) {
                    appendUnique(environment.carriers, integration.carrier.isEmpty() ? integration.name : integration.carrier);
                    appendUnique(environment.carrierWorkloads, workload.name);
                } else if (integration.kind == u"payment"_s) {
                    appendUnique(environment.paymentProviders,
                                 integration.provider.isEmpty() ? integration.name : integration.provider);
                    appendUnique(environment.paymentWorkloads, workload.name);
                } else if (integration.kind == u"portal"_s) {
                    appendUnique(environment.portalWorkloads, workload.name);
                }
            }
        }
    }
    return QString();
}

void EstateSeeder::seed(ClusterController &controller) const
{
    controller.ensureNamespace(u"default"_s);
    controller.ensureNamespace(u"kube-system"_s);
    for (const SeedEnvironment &environment : m_environments) {
        controller.ensureNamespace(environment.ns, QJsonObject{{u"gatehouse.io/environment"_s, environment.name}});
        for (const SeedWorkload &workload : environment.workloads)
            controller.seedDeployment(environment.ns, workload);
    }
}

} // namespace Gatehouse::Sim
