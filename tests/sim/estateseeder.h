#pragma once

// Reads the Environment documents of an estate folder (every .yaml/.yml below it,
// dot-names skipped, several documents per file) with yaml-cpp and turns them into
// simulated namespaces and deployments: one namespace per environment, one
// settled Deployment (revision 1, ready pods) per declared workload. Reading runs
// on the main thread at start-up; seed() needs the store's mutex held.

#include "clustercontroller.h"

#include <QString>

#include <vector>

namespace Gatehouse::Sim {

struct SeedEnvironment
{
    QString name;       // environment name
    QString context;    // spec.kubernetes.context
    QString ns;         // spec.kubernetes.namespace
    std::vector<SeedWorkload> workloads;
};

class EstateSeeder
{
public:
    // Empty error on success; the error names the file.
    QString read(const QString &estateDir);
    const std::vector<SeedEnvironment> &environments() const { return m_environments; }

    // Caller holds the store's mutex.
    void seed(ClusterController &controller) const;

private:
    std::vector<SeedEnvironment> m_environments;
};

} // namespace Gatehouse::Sim
