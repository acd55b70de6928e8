#include "estategenerator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QSet>
#include <QStringList>

#include <array>
#include <random>

namespace Gatehouse::Bench {

namespace {

// A fixed-seed Mersenne twister; the standard distributions are not portable
// between library implementations, so every draw is a plain modulo of raw output.
class Random
{
public:
    explicit Random(quint32 seed) : m_engine(seed) {}
    int below(int bound) { return bound <= 0 ? 0 : static_cast<int>(m_engine() % static_cast<quint32>(bound)); }
    bool chance(int percent) { return below(100) < percent; }
    // Skewed towards 0: low indices (the core modules) collect most dependents.
    int skewedBelow(int bound)
    {
        const double u = static_cast<double>(m_engine()) / 4294967296.0;
        return qBound(0, static_cast<int>(u * u * bound), bound - 1);
    }

private:
    std::mt19937 m_engine;
};

const std::array<const char *, 20> kTimeZones = {
    "Europe/Amsterdam", "America/Chicago",     "Asia/Singapore",      "Europe/Berlin",    "Europe/London",
    "America/New_York", "America/Los_Angeles", "America/Sao_Paulo",   "Asia/Tokyo",       "Asia/Shanghai",
    "Australia/Sydney", "Europe/Madrid",       "Europe/Warsaw",       "America/Toronto",  "America/Mexico_City",
    "Asia/Kolkata",     "Asia/Dubai",          "Africa/Johannesburg", "Pacific/Auckland", "Europe/Stockholm"};

const std::array<const char *, 10> kKinds = {"wms",         "barcode", "edi", "payment", "tax",
                                             "marketplace", "carrier", "bi",  "portal",  "other"};

const std::array<const char *, 12> kTeams = {
    "erp-platform", "warehouse-systems",   "integrations-team", "finance-systems", "commerce-team", "logistics-systems",
    "data-team",    "procurement-systems", "customer-care",     "security-team",   "platform-sre",  "mobile-team"};

const std::array<const char *, 8> kProcesses = {
    "order-to-cash", "pick-pack-ship", "procure-to-pay",    "record-to-report",
    "returns",       "invoicing",      "inventory-control", "customer-self-service"};

const std::array<const char *, 4> kCriticality = {"critical", "high", "medium", "low"};

const std::array<const char *, 16> kModules = {
    "base", "sale",         "stock",         "account", "purchase", "sale_stock", "stock_delivery", "queue_job",
    "mrp",  "website_sale", "point_of_sale", "hr",      "project",  "crm",        "stock_account",  "purchase_stock"};

struct Column
{
    const char *name;
    const char *type;
    bool notNull;
    const char *references;
};

struct Table
{
    const char *name;
    std::array<Column, 5> columns;
};

const std::array<Table, 8> kTables = {{
    {"sale_order",
     {{{"id", "integer", true, nullptr},
       {"name", "character varying", true, nullptr},
       {"partner_id", "integer", true, "res_partner.id"},
       {"state", "character varying", false, nullptr},
       {"date_order", "timestamp without time zone", true, nullptr}}}},
    {"sale_order_line",
     {{{"id", "integer", true, nullptr},
       {"order_id", "integer", true, "sale_order.id"},
       {"product_id", "integer", false, "product_product.id"},
       {"product_uom_qty", "numeric", true, nullptr},
       {"price_unit", "numeric", true, nullptr}}}},
    {"stock_picking",
     {{{"id", "integer", true, nullptr},
       {"name", "character varying", false, nullptr},
       {"state", "character varying", false, nullptr},
       {"scheduled_date", "timestamp without time zone", true, nullptr},
       {"partner_id", "integer", false, "res_partner.id"}}}},
    {"stock_move",
     {{{"id", "integer", true, nullptr},
       {"picking_id", "integer", false, "stock_picking.id"},
       {"product_id", "integer", true, "product_product.id"},
       {"quantity", "numeric", false, nullptr},
       {"state", "character varying", false, nullptr}}}},
    {"stock_quant",
     {{{"id", "integer", true, nullptr},
       {"product_id", "integer", true, "product_product.id"},
       {"location_id", "integer", true, "stock_location.id"},
       {"quantity", "numeric", false, nullptr},
       {"reserved_quantity", "numeric", true, nullptr}}}},
    {"account_move",
     {{{"id", "integer", true, nullptr},
       {"name", "character varying", false, nullptr},
       {"move_type", "character varying", true, nullptr},
       {"state", "character varying", true, nullptr},
       {"amount_total", "numeric", false, nullptr}}}},
    {"res_partner",
     {{{"id", "integer", true, nullptr},
       {"name", "character varying", false, nullptr},
       {"ref", "character varying", false, nullptr},
       {"vat", "character varying", false, nullptr},
       {"country_id", "integer", false, "res_country.id"}}}},
    {"queue_job",
     {{{"id", "integer", true, nullptr},
       {"uuid", "character varying", true, nullptr},
       {"state", "character varying", true, nullptr},
       {"channel", "character varying", false, nullptr},
       {"date_created", "timestamp without time zone", false, nullptr}}}},
}};

constexpr int kCoreModules = 20;
constexpr int kProductionEnvironments = 10;
constexpr int kStagingEnvironments = 15;
constexpr int kWorkerWorkloads = 16;
// A worker Deployment runs a handful of connectors, as real ones do; which ones rotates
// with the environment, so most integrations run in some worker somewhere.
constexpr int kIntegrationsPerWorker = 4;

QString s(const char *text)
{
    return QString::fromLatin1(text);
}
QString two(int n)
{
    return QStringLiteral("%1").arg(n, 2, 10, QLatin1Char('0'));
}

QString kindOf(int index)
{
    return index < kCoreModules ? QStringLiteral("odoo-module")
                                : s(kKinds[static_cast<size_t>(index % static_cast<int>(kKinds.size()))]);
}

QString tierOf(int env)
{
    if (env < kProductionEnvironments)
        return QStringLiteral("production");
    if (env < kProductionEnvironments + kStagingEnvironments)
        return QStringLiteral("staging");
    return QStringLiteral("development");
}

QString environmentName(int env)
{
    return tierOf(env) % QLatin1Char('-') % two(env);
}
QString siteName(int site)
{
    return QStringLiteral("site-") % two(site);
}

// Every 9th non-core integration runs only in non-production and one production environment.
bool restricted(int index)
{
    return index >= kCoreModules && index % 9 == 0;
}
bool runsIn(int index, int env, int environments)
{
    if (!restricted(index) || env >= kProductionEnvironments)
        return true;
    return env == index % qMin(kProductionEnvironments, environments);
}

QString list(const QStringList &items)
{
    return QLatin1Char('[') % items.join(QStringLiteral(", ")) % QLatin1Char(']');
}

bool writeFile(const QString &path, const QString &text, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(text.toUtf8());
    return true;
}

QString header(const char *kind, const QString &name)
{
    return QStringLiteral("apiVersion: gatehouse/v1\nkind: ") % s(kind) % QStringLiteral("\nmetadata:\n  name: ") % name
        % QStringLiteral("\nspec:\n");
}

QString icsFile()
{
    QStringList lines = {QStringLiteral("BEGIN:VCALENDAR"), QStringLiteral("VERSION:2.0"),
                         QStringLiteral("PRODID:-//Gatehouse//Benchmark holidays//EN")};
    const QDate first(2026, 1, 1);
    for (int i = 0; i < 24; ++i) {
        const QDate day = first.addDays(15 * i + (i % 3));
        lines << QStringLiteral("BEGIN:VEVENT") << QStringLiteral("UID:bench-holiday-%1@gatehouse.invalid").arg(i)
              << QStringLiteral("DTSTAMP:20260101T000000Z")
              << QStringLiteral("DTSTART;VALUE=DATE:") % day.toString(QStringLiteral("yyyyMMdd"))
              << QStringLiteral("DTEND;VALUE=DATE:") % day.addDays(1).toString(QStringLiteral("yyyyMMdd"))
              << QStringLiteral("SUMMARY:Holiday %1").arg(i);
        if (i == 0)
            lines << QStringLiteral("RRULE:FREQ=YEARLY");
        lines << QStringLiteral("END:VEVENT");
    }
    lines << QStringLiteral("END:VCALENDAR");
    return lines.join(QStringLiteral("\r\n")) % QStringLiteral("\r\n");
}

} // namespace

EstateGenerator::EstateGenerator(EstateSize size) : m_size(size) {}

QString EstateGenerator::integrationName(int index) const
{
    return QStringLiteral("integration-%1-").arg(index, 4, 10, QLatin1Char('0')) % kindOf(index);
}

QString EstateGenerator::write(const QString &folder) const
{
    Random rng(m_size.seed);
    QString error;
    const QDir dir(folder);
    const int nInt = qMax(2, m_size.integrations);
    const int nEnv = qMax(3, m_size.environments);
    const int nSite = qMax(1, m_size.sites);

    // Estate
    if (!writeFile(dir.filePath(QStringLiteral("estate.yaml")),
                   header("Estate", QStringLiteral("bench"))
                       % QStringLiteral("  displayName: Benchmark Distribution\n"
                                        "  defaultTimeZone: Europe/Amsterdam\n"
                                        "  description: Generated estate for the load and impact benchmarks.\n"),
                   &error))
        return error;

    // Holidays
    if (!writeFile(dir.filePath(QStringLiteral("holidays/bench.ics")), icsFile(), &error)
        || !writeFile(dir.filePath(QStringLiteral("holidays/holidays.yaml")),
                      header("Calendar", QStringLiteral("holidays"))
                          % QStringLiteral("  holidays:\n    - name: bench-holidays\n      ics: bench.ics\n"),
                      &error))
        return error;

    // Sites
    for (int i = 0; i < nSite; ++i) {
        QString text = header("Site", siteName(i)) % QStringLiteral("  displayName: Site ") % two(i)
            % QStringLiteral("\n  timeZone: ") % s(kTimeZones[static_cast<size_t>(i) % kTimeZones.size()])
            % QStringLiteral("\n  holidays: [bench-holidays]\n  cycles:\n");
        const int waveHour = 5 + rng.below(3);
        struct Cycle
        {
            const char *name;
            const char *kind;
            const char *impact;
            int hour;
            const char *duration;
        };
        const std::array<Cycle, 6> cycles = {
            {{"receiving", "receiving", "medium", waveHour, "PT4H"},
             {"morning-wave", "wave-picking", "high", waveHour + 1, "PT2H30M"},
             {"afternoon-wave", "wave-picking", "high", 13, "PT2H"},
             {"parcel-cutoff", "carrier-cutoff", "critical", 16 + rng.below(2), "PT1H"},
             {"freight-cutoff", "carrier-cutoff", "high", 18, "PT45M"},
             {"night-shift", "shift", "low", 22, "PT8H"}}};
        for (const Cycle &c : cycles) {
            text += QStringLiteral("    - name: ") % s(c.name) % QStringLiteral("\n      kind: ") % s(c.kind)
                % QStringLiteral("\n      impact: ") % s(c.impact)
                % QStringLiteral("\n      processes: [pick-pack-ship]\n      rrule: FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR\n"
                                 "      start: \"")
                % two(c.hour) % QStringLiteral(":00\"\n      duration: ") % s(c.duration) % QLatin1Char('\n');
        }
        text += QStringLiteral("    - name: monthly-count\n      kind: inventory-count\n      impact: medium\n"
                               "      rrule: FREQ=MONTHLY;BYDAY=1SA\n      allDay: true\n");
        if (!writeFile(dir.filePath(QStringLiteral("sites/") % siteName(i) % QStringLiteral(".yaml")), text, &error))
            return error;
    }

    // Dependencies point towards the core (lower indices), as integrations build on
    // Odoo modules and not the other way round. Sync links always point at a lower
    // index, so they cannot form a cycle; a few async/batch links between non-core
    // integrations point anywhere and close the cycles real estates have.
    QList<QList<QPair<int, QString>>> deps(nInt);
    QSet<qint64> seen;
    const qint64 maxEdges = static_cast<qint64>(nInt) * (nInt - 1) / 2;
    const int wanted = static_cast<int>(qMin<qint64>(m_size.dependencies, maxEdges));
    for (int made = 0; made < wanted;) {
        const int from = 1 + rng.below(nInt - 1);
        const int roll = rng.below(100);
        const QString mode = roll < 60 ? QStringLiteral("sync")
            : roll < 85                ? QStringLiteral("async")
                                       : QStringLiteral("batch");
        int to = rng.skewedBelow(from);
        if (mode != QLatin1String("sync") && from >= kCoreModules && nInt > kCoreModules + 1 && rng.chance(3))
            to = kCoreModules + rng.below(nInt - kCoreModules);
        if (to == from)
            continue;
        const qint64 key = static_cast<qint64>(from) * nInt + to;
        if (seen.contains(key))
            continue;
        seen.insert(key);
        deps[from].append({to, mode});
        ++made;
    }

    // Integrations, ten per file.
    QString file;
    for (int i = 0; i < nInt; ++i) {
        const QString kind = kindOf(i);
        QString text = header("Integration", integrationName(i));
        text += QStringLiteral("  displayName: Integration ") % QString::number(i) % QStringLiteral("\n  kind: ") % kind
            % QStringLiteral("\n  criticality: ")
            % s(kCriticality[static_cast<size_t>(i < kCoreModules ? 0 : rng.below(4))]) % QStringLiteral("\n  owner: ")
            % s(kTeams[static_cast<size_t>(rng.below(static_cast<int>(kTeams.size())))])
            % QStringLiteral("\n  description: Generated integration number ") % QString::number(i) % QLatin1Char('\n');
        if (kind == QLatin1String("odoo-module")) {
            const QString module = i < static_cast<int>(kModules.size()) ? s(kModules[static_cast<size_t>(i)])
                                                                         : QStringLiteral("nw_custom_%1").arg(i);
            text += QStringLiteral("  odooModule: {name: ") % module % QStringLiteral(", version: \"17.0.1.")
                % QString::number(i % 7) % QStringLiteral("\"}\n");
        }
        QStringList processes;
        for (int p = 0, n = 1 + rng.below(3); p < n; ++p) {
            const QString proc = s(kProcesses[static_cast<size_t>(rng.below(static_cast<int>(kProcesses.size())))]);
            if (!processes.contains(proc))
                processes << proc;
        }
        text += QStringLiteral("  processes: ") % list(processes) % QLatin1Char('\n');
        if (kind == QLatin1String("carrier")) {
            QStringList sites;
            for (int k = 0; k < 3; ++k) {
                const QString site = siteName((i + 7 * k) % nSite);
                if (!sites.contains(site))
                    sites << site;
            }
            text += QStringLiteral("  sites: ") % list(sites) % QLatin1Char('\n');
        }
        if (restricted(i)) {
            QStringList envs;
            for (int e = 0; e < nEnv; ++e)
                if (runsIn(i, e, nEnv))
                    envs << environmentName(e);
            text += QStringLiteral("  environments: ") % list(envs) % QLatin1Char('\n');
        }
        if (kind == QLatin1String("edi")) {
            text += QStringLiteral("  partners:\n");
            for (int p = 0; p < 3; ++p) {
                text += QStringLiteral("    - name: partner-%1-%2\n      displayName: Partner %1/%2\n      schedule:\n")
                            .arg(i)
                            .arg(p);
                const QString zone = s(kTimeZones[static_cast<size_t>((i + p) % static_cast<int>(kTimeZones.size()))]);
                text += QStringLiteral("        - name: orders\n          rrule: FREQ=DAILY\n          start: \"")
                    % two(rng.below(24)) % QStringLiteral(":00\"\n          duration: PT30M\n          timeZone: ")
                    % zone
                    % QStringLiteral(
                            "\n        - name: invoices\n          rrule: FREQ=WEEKLY;BYDAY=FR\n          start: \"")
                    % two(rng.below(24)) % QStringLiteral(":30\"\n          duration: PT1H\n          timeZone: ")
                    % zone % QLatin1Char('\n');
            }
        }
        if (!deps[i].isEmpty()) {
            text += QStringLiteral("  dependsOn:\n");
            for (const auto &[to, mode] : std::as_const(deps[i]))
                text += QStringLiteral("    - integration: ") % integrationName(to) % QStringLiteral("\n      mode: ")
                    % mode % QLatin1Char('\n');
        }
        text += QStringLiteral("  contract:\n    tables:\n");
        const int first = rng.below(static_cast<int>(kTables.size()));
        for (int t = 0; t < 2; ++t) {
            const Table &table = kTables[static_cast<size_t>((first + 3 * t) % static_cast<int>(kTables.size()))];
            text += QStringLiteral("      - name: ") % s(table.name) % QStringLiteral("\n        access: ")
                % (t == 0 ? QStringLiteral("read-write") : QStringLiteral("read"))
                % QStringLiteral("\n        columns:\n");
            for (const Column &c : table.columns) {
                text += QStringLiteral("          - {name: ") % s(c.name) % QStringLiteral(", type: ") % s(c.type);
                if (c.notNull)
                    text += QStringLiteral(", notNull: true");
                if (c.references)
                    text += QStringLiteral(", references: ") % s(c.references);
                text += QStringLiteral("}\n");
            }
        }
        text += QStringLiteral("  health:\n    successRate: 'sum(rate(integration_messages_total{integration=\"")
            % integrationName(i)
            % QStringLiteral("\",result=\"ok\"}[5m])) / sum(rate(integration_messages_total{integration=\"")
            % integrationName(i) % QStringLiteral("\"}[5m]))'\n");
        if (kind != QLatin1String("odoo-module"))
            text += QStringLiteral("  credentials:\n    api-key: keychain:gatehouse/bench-") % QString::number(i)
                % QLatin1Char('\n');
        file += (file.isEmpty() ? QString() : QStringLiteral("---\n")) % text;
        if (i % 10 == 9 || i == nInt - 1) {
            if (!writeFile(
                    dir.filePath(QStringLiteral("integrations/group-%1.yaml").arg(i / 10, 3, 10, QLatin1Char('0'))),
                    file, &error))
                return error;
            file.clear();
        }
    }

    // Environments
    for (int e = 0; e < nEnv; ++e) {
        const QString tier = tierOf(e);
        const bool production = tier == QLatin1String("production");
        QStringList sites;
        for (int k = 0; k < (production ? 2 : 3); ++k) {
            const QString site = siteName((e * 2 + k) % nSite);
            if (!sites.contains(site))
                sites << site;
        }
        const QString image = QStringLiteral("registry.bench.example/odoo:17.0-202611") % two(1 + e % 28);
        QString text =
            header("Environment", environmentName(e)) % QStringLiteral("  tier: ") % tier
            % QStringLiteral("\n  hosting: ")
            % (production ? QStringLiteral("dedicated") : QStringLiteral("multi-tenant"))
            % QStringLiteral("\n  sites: ") % list(sites) % QStringLiteral("\n  kubernetes:\n    context: ")
            % (production ? environmentName(e) : QStringLiteral("nonprod-shared"))
            % QStringLiteral("\n    namespace: odoo-") % environmentName(e)
            % QStringLiteral("\n  odooDatabase:\n    host: pg-") % environmentName(e)
            % QStringLiteral(".internal\n    name: odoo\n    user: gatehouse_ro\n    password: keychain:gatehouse/")
            % environmentName(e)
            % QStringLiteral(
                "\n  prometheus: {url: \"http://127.0.0.1:9090\"}\n  alertmanager: {url: \"http://127.0.0.1:9093\"}\n"
                "  workloads:\n");
        const int replicas = production ? 4 : 1;
        QStringList core;
        for (int i = 0; i < qMin(kCoreModules, nInt); ++i)
            core << integrationName(i);
        struct Odoo
        {
            const char *name;
            const char *kind;
        };
        for (const Odoo &w : {Odoo{"odoo-web", "odoo-web"}, Odoo{"odoo-longpolling", "odoo-longpolling"},
                              Odoo{"odoo-cron", "odoo-cron"}, Odoo{"queue-job-worker", "queue-worker"}})
            text += QStringLiteral("    - name: ") % s(w.name) % QStringLiteral("\n      kind: ") % s(w.kind)
                % QStringLiteral("\n      image: ") % image % QStringLiteral("\n      replicas: ")
                % QString::number(replicas) % QStringLiteral("\n      integrations: ") % list(core) % QLatin1Char('\n');
        for (int w = 0; w < kWorkerWorkloads; ++w) {
            QStringList runs;
            const int candidates = (nInt - kCoreModules) / kWorkerWorkloads + 1;
            for (int k = 0; k < candidates && runs.size() < kIntegrationsPerWorker; ++k) {
                const int i = kCoreModules + w + kWorkerWorkloads * ((k + e * kIntegrationsPerWorker) % candidates);
                if (i < nInt && runsIn(i, e, nEnv) && !runs.contains(integrationName(i)))
                    runs << integrationName(i);
            }
            if (runs.isEmpty())
                continue;
            text += QStringLiteral("    - name: integration-worker-") % QString::number(w)
                % QStringLiteral("\n      kind: integration-worker\n      image: registry.bench.example/worker-")
                % QString::number(w) % QStringLiteral(":1.") % QString::number(e % 5)
                % QStringLiteral(".0\n      replicas: ") % QString::number(production ? 2 : 1)
                % QStringLiteral("\n      integrations: ") % list(runs) % QLatin1Char('\n');
        }
        if (!writeFile(dir.filePath(QStringLiteral("environments/") % environmentName(e) % QStringLiteral(".yaml")),
                       text, &error))
            return error;
    }

    // Calendars
    QString finance = header("Calendar", QStringLiteral("finance"))
        % QStringLiteral("  timeZone: Europe/Amsterdam\n  businessCycles:\n"
                         "    - name: month-end-close\n      impact: critical\n      processes: [record-to-report]\n"
                         "      businessDays: {period: month, last: 2, first: 3, holidays: bench-holidays}\n"
                         "    - name: quarter-end-close\n      impact: critical\n      processes: [record-to-report]\n"
                         "      businessDays: {period: quarter, last: 3, first: 5, holidays: bench-holidays}\n"
                         "    - name: weekly-payment-run\n      impact: high\n      rrule: FREQ=WEEKLY;BYDAY=TH\n"
                         "      start: \"10:00\"\n      duration: PT3H\n");
    QString operations = header("Calendar", QStringLiteral("operations"))
        % QStringLiteral("  timeZone: Europe/Amsterdam\n  freezes:\n"
                         "    - name: peak-season\n      reason: Black Friday to New Year\n"
                         "      start: 2026-11-20T00:00\n      end: 2027-01-05T00:00\n"
                         "      allowedChangeTypes: [standard, emergency]\n      tiers: [production]\n"
                         "  maintenanceWindows:\n");
    for (int e = 0; e < nEnv; ++e) {
        const bool production = tierOf(e) == QLatin1String("production");
        operations += QStringLiteral("    - name: window-") % environmentName(e)
            % QStringLiteral("\n      impactTier: ")
            % (production ? QStringLiteral("high") : QStringLiteral("critical"))
            % QStringLiteral("\n      environments: [") % environmentName(e)
            % QStringLiteral("]\n      rrule: FREQ=WEEKLY;BYDAY=")
            % (production ? QStringLiteral("SA") : QStringLiteral("MO,TU,WE,TH,FR"))
            % QStringLiteral("\n      start: \"") % (production ? QStringLiteral("23:00") : QStringLiteral("08:00"))
            % QStringLiteral("\"\n      duration: PT") % (production ? QStringLiteral("5H") : QStringLiteral("10H"))
            % QLatin1Char('\n');
    }
    if (!writeFile(dir.filePath(QStringLiteral("calendars/finance.yaml")), finance, &error)
        || !writeFile(dir.filePath(QStringLiteral("calendars/operations.yaml")), operations, &error))
        return error;

    // Policies
    QStringList promotion;
    for (int e = nEnv - 1; e >= 0; e -= qMax(1, nEnv / 5))
        promotion.prepend(environmentName(e));
    const QString policies[3] = {
        header("Policy", QStringLiteral("production"))
            % QStringLiteral(
                "  tier: production\n  approvals:\n    - {role: cab-member, count: 2}\n"
                "    - {role: business-owner, count: 1}\n  emergency:\n    allowed: true\n"
                "    approvals: [{role: release-manager, count: 1}]\n    postImplementationReview: P2D\n"
                "  gates: [window, approvals, contracts, drift, backup, alerts, health]\n"
                "  risk: {cabThreshold: 30, maxScore: 80}\n  rollbackCriteria:\n"
                "    - name: http-5xx-ratio\n"
                "      query: 'sum(rate(traefik_service_requests_total{code=~\"5..\"}[5m])) / "
                "sum(rate(traefik_service_requests_total[5m]))'\n"
                "      comparison: \">\"\n      threshold: 0.02\n      for: PT5M\n      action: rollback\n"),
        header("Policy", QStringLiteral("staging"))
            % QStringLiteral("  tier: staging\n  approvals: [{role: cab-member, count: 1}]\n"
                             "  gates: [window, approvals, contracts]\n  risk: {cabThreshold: 50, maxScore: 90}\n"),
        header("Policy", QStringLiteral("development"))
            % QStringLiteral(
                "  tier: development\n  approvals: [{role: support, count: 1}]\n"
                "  separationOfDuties: false\n  gates: [contracts]\n  risk: {cabThreshold: 80, maxScore: 100}\n"),
    };
    const char *policyFiles[3] = {"production", "staging", "development"};
    for (int p = 0; p < 3; ++p)
        if (!writeFile(dir.filePath(QStringLiteral("policies/") % s(policyFiles[p]) % QStringLiteral(".yaml")),
                       policies[p], &error))
            return error;
    return {};
}

} // namespace Gatehouse::Bench
