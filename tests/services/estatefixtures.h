#pragma once

// A small valid estate used by the loader tests. Kept out of the test's .cpp:
// moc cannot scan raw string literals.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace {

using Files = QList<QPair<QString, QByteArray>>;

// A small estate that uses every kind and most fields; the error rows add one broken file to it.
Files validEstate()
{
    return {
        {QStringLiteral("estate.yaml"), QByteArrayLiteral(R"(apiVersion: gatehouse/v1
kind: Estate
metadata: {name: northwind}
spec:
  displayName: Northwind Distribution
  defaultTimeZone: Europe/Amsterdam
)")},
        {QStringLiteral("sites.yaml"), QByteArrayLiteral(R"(apiVersion: gatehouse/v1
kind: Site
metadata: {name: rotterdam, labels: {region: eu}}
spec:
  timeZone: Europe/Amsterdam
  country: NL
  holidays: [nl-holidays]
  cycles:
    - name: morning-wave
      kind: wave-picking
      impact: critical
      processes: [pick-pack-ship]
      rrule: FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR
      start: "06:00"
      duration: PT2H30M
---
apiVersion: gatehouse/v1
kind: Site
metadata: {name: chicago}
spec:
  timeZone: America/Chicago
  cycles:
    - {name: cutoff, kind: carrier-cutoff, rrule: FREQ=DAILY, start: "17:30", duration: PT1H}
)")},
        {QStringLiteral("environments/prod.yaml"), QByteArrayLiteral(R"(apiVersion: gatehouse/v1
kind: Environment
metadata: {name: production-eu}
spec:
  tier: production
  hosting: dedicated
  sites: [rotterdam]
  kubernetes: {context: prod-eu, namespace: odoo-prod-eu}
  odooDatabase:
    host: pg-prod-eu.internal
    name: odoo
    user: gatehouse_ro
    sslMode: verify-full
    password: keychain:gatehouse/prod-eu-odoo
  prometheus: {url: "http://127.0.0.1:9090"}
  workloads:
    - {name: odoo-web, kind: odoo-web, image: "registry.example/odoo:17.0", replicas: 4, integrations: [odoo-sale]}
---
apiVersion: gatehouse/v1
kind: Environment
metadata: {name: development}
spec:
  tier: development
  hosting: multi-tenant
  kubernetes: {context: dev, namespace: odoo-dev}
)")},
        {QStringLiteral("integrations.yaml"), QByteArrayLiteral(R"(apiVersion: gatehouse/v1
kind: Integration
metadata: {name: odoo-sale}
spec:
  kind: odoo-module
  criticality: critical
  owner: odoo-team
  odooModule: {name: sale, version: "17.0.1.3"}
  processes: [order-to-cash]
  dependsOn:
    - {integration: edi-gateway, mode: async}
---
apiVersion: gatehouse/v1
kind: Integration
metadata: {name: edi-gateway}
spec:
  kind: edi
  criticality: high
  owner: integrations-team
  sites: [rotterdam, chicago]
  environments: [production-eu]
  partners:
    - name: acme-retail
      schedule:
        - {name: po-850, rrule: FREQ=DAILY, start: "22:00", duration: PT45M, timeZone: America/Chicago}
  dependsOn:
    - {integration: odoo-sale, mode: sync, description: creates sale orders}
  contract:
    tables:
      - name: sale_order
        access: read-write
        columns:
          - {name: partner_id, type: integer, notNull: true, references: res_partner.id}
  health:
    successRate: 'sum(rate(edi_ok[5m]))'
  credentials:
    as2-certificate: keychain:gatehouse/edi-as2
)")},
        {QStringLiteral("calendar.yaml"), QByteArrayLiteral(R"(apiVersion: gatehouse/v1
kind: Calendar
metadata: {name: finance}
spec:
  timeZone: Europe/Amsterdam
  holidays:
    - {name: nl-holidays, ics: holidays/nl.ics}
  businessCycles:
    - name: month-end-close
      impact: critical
      businessDays: {period: month, last: 2, first: 3, holidays: nl-holidays}
    - {name: inventory-count, impact: medium, rrule: FREQ=WEEKLY;BYDAY=SU, start: "08:00", duration: PT6H}
  freezes:
    - name: peak-season
      start: 2026-11-20T00:00
      end: 2027-01-05
      allowedChangeTypes: [standard, emergency]
      tiers: [production]
      environments: [production-eu]
  maintenanceWindows:
    - {name: weekend-night, impactTier: high, environments: [production-eu], rrule: FREQ=WEEKLY;BYDAY=SA, start: "23:00", duration: PT5H}
)")},
        {QStringLiteral("policy.yaml"), QByteArrayLiteral(R"(apiVersion: gatehouse/v1
kind: Policy
metadata: {name: production}
spec:
  tier: production
  approvals:
    - {role: cab-member, count: 2}
  emergency: {allowed: true, approvals: [{role: release-manager, count: 1}], postImplementationReview: P2D}
  gates: [window, approvals, health]
  risk: {cabThreshold: 30, maxScore: 80}
  promotionPath: [development, production-eu]
  rollbackCriteria:
    - {name: errors, query: 'sum(rate(x[5m]))', comparison: ">", threshold: 0.02, for: PT5M, action: rollback}
)")},
    };
}

} // namespace
