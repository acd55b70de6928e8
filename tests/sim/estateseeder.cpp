#include "estateseeder.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <yaml-cpp/yaml.h>

#include <algorithm>

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
    for (const QString &path : files) {
        try {
            const std::vector<YAML::Node> documents = YAML::LoadAllFromFile(path.toStdString());
            for (const YAML::Node &document : documents) {
                if (!document.IsMap() || text(document["kind"]) != u"Environment"_s)
                    continue;
                SeedEnvironment environment;
                environment.name = text(document["metadata"]["name"]);
                const YAML::Node spec = document["spec"];
                environment.context = text(spec["kubernetes"]["context"]);
                environment.ns = text(spec["kubernetes"]["namespace"]);
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
                        age -= 3 * 3600;
                        if (!seed.name.isEmpty() && !seed.image.isEmpty())
                            environment.workloads.push_back(seed);
                    }
                }
                m_environments.push_back(environment);
            }
        } catch (const YAML::Exception &exception) {
            return path + u": "_s + QString::fromStdString(exception.what());
        }
    }
    if (m_environments.empty())
        return estateDir + u": no Environment documents found"_s;
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
