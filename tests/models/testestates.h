#pragma once

#include "models/estate.h"

#include <initializer_list>
#include <memory>
#include <utility>

namespace Gatehouse::Tests {

/// Builds small estates in code: `add("b", {{"a", Sync}})` says b depends on a.
class EstateBuilder
{
public:
    using Mode = Models::DependencyMode;

    EstateBuilder &add(const QString &name, std::initializer_list<std::pair<const char *, Mode>> dependsOn = {})
    {
        Models::Integration integration;
        integration.name = name;
        integration.displayName = name;
        integration.kind = QStringLiteral("odoo-module");
        for (const auto &[target, mode] : dependsOn) {
            Models::Dependency dependency;
            dependency.target = QString::fromLatin1(target);
            dependency.mode = mode;
            integration.dependencies.append(dependency);
        }
        integration.location = {QStringLiteral("integrations.yaml"), int(m_estate->integrations.size()) + 1, 3};
        m_estate->integrations.append(integration);
        return *this;
    }

    /// The integration added last, to fill in further fields.
    Models::Integration &last() { return m_estate->integrations.last(); }
    Models::Estate &estate() { return *m_estate; }

    Models::EstatePtr build()
    {
        m_estate->index();
        return m_estate;
    }

private:
    std::shared_ptr<Models::Estate> m_estate = std::make_shared<Models::Estate>();
};

/// A small distribution business: two sites, two environments, four integrations.
inline Models::EstatePtr smallBusiness()
{
    using Models::Criticality;
    using Mode = Models::DependencyMode;
    EstateBuilder b;
    Models::Estate &estate = b.estate();
    estate.name = QStringLiteral("acme");

    Models::Site rotterdam;
    rotterdam.name = QStringLiteral("rotterdam");
    rotterdam.displayName = QStringLiteral("Rotterdam DC");
    rotterdam.timeZone = QStringLiteral("Europe/Amsterdam");
    rotterdam.country = QStringLiteral("NL");
    rotterdam.cycles = {Models::OperatingCycle{}, Models::OperatingCycle{}};
    rotterdam.location = {QStringLiteral("sites.yaml"), 2, 3};
    Models::Site chicago;
    chicago.name = QStringLiteral("chicago");
    chicago.displayName = QStringLiteral("Chicago DC");
    chicago.timeZone = QStringLiteral("America/Chicago");
    chicago.country = QStringLiteral("US");
    chicago.cycles = {Models::OperatingCycle{}};
    chicago.location = {QStringLiteral("sites.yaml"), 12, 3};
    estate.sites = {rotterdam, chicago};

    Models::Environment eu;
    eu.name = QStringLiteral("production-eu");
    eu.displayName = QStringLiteral("Production EU");
    eu.tier = Models::Tier::Production;
    eu.hosting = Models::Hosting::Dedicated;
    eu.sites = {QStringLiteral("rotterdam")};
    eu.kubeNamespace = QStringLiteral("odoo-eu");
    Models::Workload ediWorker;
    ediWorker.name = QStringLiteral("edi-worker");
    ediWorker.integrations = {QStringLiteral("edi-gateway")};
    Models::Workload web;
    web.name = QStringLiteral("odoo-web");
    web.integrations = {QStringLiteral("odoo-sale"), QStringLiteral("odoo-stock")};
    eu.workloads = {ediWorker, web};
    eu.location = {QStringLiteral("environments.yaml"), 1, 1};
    Models::Environment us = eu;
    us.name = QStringLiteral("production-us");
    us.displayName = QStringLiteral("Production US");
    us.hosting = Models::Hosting::MultiTenant;
    us.sites = {QStringLiteral("chicago")};
    us.kubeNamespace = QStringLiteral("odoo-us");
    us.workloads = {web};
    us.location = {QStringLiteral("environments.yaml"), 30, 1};
    estate.environments = {eu, us};

    b.add(QStringLiteral("odoo-stock"));
    b.last().criticality = Criticality::Critical;
    b.last().owner = QStringLiteral("warehouse-team");
    b.last().processes = {QStringLiteral("pick-pack-ship")};
    b.add(QStringLiteral("odoo-sale"), {{"odoo-stock", Mode::Sync}});
    b.last().criticality = Criticality::Critical;
    b.last().owner = QStringLiteral("sales-team");
    b.last().processes = {QStringLiteral("order-to-cash")};
    b.add(QStringLiteral("edi-gateway"), {{"odoo-sale", Mode::Sync}});
    b.last().displayName = QStringLiteral("EDI gateway");
    b.last().kind = QStringLiteral("edi");
    b.last().criticality = Criticality::High;
    b.last().owner = QStringLiteral("integration-team");
    b.last().processes = {QStringLiteral("order-to-cash")};
    b.last().environments = {QStringLiteral("production-eu")};
    Models::Partner walmart;
    walmart.name = QStringLiteral("walmart");
    walmart.displayName = QStringLiteral("Walmart");
    b.last().partners = {walmart};
    b.add(QStringLiteral("bi-export"), {{"odoo-sale", Mode::Batch}});
    b.last().kind = QStringLiteral("bi");
    b.last().criticality = Criticality::Low;
    b.last().owner = QStringLiteral("finance-team");
    b.last().processes = {QStringLiteral("reporting")};
    b.last().sites = {QStringLiteral("chicago")};
    return b.build();
}

} // namespace Gatehouse::Tests
