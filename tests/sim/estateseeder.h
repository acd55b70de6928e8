#pragma once

// Reads the Environment documents of an estate folder (every .yaml/.yml below it,
// dot-names skipped, several documents per file) with yaml-cpp and turns them into
// simulated namespaces and deployments: one namespace per environment, one
// settled Deployment (revision 1, ready pods) per declared workload. It also reads
// what the metrics model needs from the Estate, Site and Integration documents:
// time zones, EDI partners, carriers and payment providers per environment.
// Reading runs on the main thread at start-up; seed() needs the store's mutex held.

#include "clustercontroller.h"

#include <QString>

#include <vector>

namespace Gatehouse::Sim {

struct SeedSite
{
    QString name;
    QString timeZone;   // IANA id; empty when the site is not declared
};

struct SeedEnvironment
{
    QString name;       // environment name
    QString context;    // spec.kubernetes.context
    QString ns;         // spec.kubernetes.namespace
    QString tier;       // production | staging | development
    QString timeZone;   // the first site's zone, else the estate's default zone
    QString databaseHost;   // spec.odooDatabase.host (may be empty)
    QString databaseName;   // spec.odooDatabase.name (may be empty)
    std::vector<SeedSite> sites;
    std::vector<SeedWorkload> workloads;
    // Of the integrations some workload of this environment runs (and that apply here):
    QStringList ediPartners;        // partner names of kind-edi integrations
    QStringList ediWorkloads;       // workloads that run a kind-edi integration
    QStringList carriers;           // carrier label (metadata.labels.carrier, else the name)
    QStringList carrierWorkloads;   // workloads that run a carrier integration
    QStringList paymentProviders;   // metadata.labels.provider, else the integration name
    QStringList paymentWorkloads;
    QStringList portalWorkloads;    // workloads that run a kind-portal integration
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
