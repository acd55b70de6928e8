#include "metricsmodel.h"

#include "clustercontroller.h"
#include "objectstore.h"
#include "simjson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <string_view>

using namespace Qt::Literals::StringLiterals;

namespace Gatehouse::Sim {

namespace {

constexpr std::array<double, 7> kBounds{0.1, 0.3, 0.5, 1, 2.5, 5, 10};
constexpr std::array<const char *, 7> kBoundText{"0.1", "0.3", "0.5", "1", "2.5", "5", "10"};
constexpr std::array<const char *, 2> kMethods{"GET", "POST"};
constexpr std::array<const char *, 5> kCodes{"200", "404", "500", "502", "503"};
constexpr std::array<const char *, 2> kDirections{"inbound", "outbound"};
constexpr std::array<const char *, 2> kResults{"ok", "failed"};
constexpr std::array<const char *, 5> kJobStates{"pending", "enqueued", "started", "done", "failed"};
// Longest stretch stepped second by second after a pause between scrapes.
constexpr double kMaxCatchUpSeconds = 6 * 3600;
constexpr double kPi = 3.14159265358979323846;

enum class Shape { Office, Warehouse, Edi, Flat };

quint64 mix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

quint64 seedOf(std::string_view text)
{
    quint64 hash = 0xcbf29ce484222325ULL;
    for (const char c : text)
        hash = (hash ^ static_cast<unsigned char>(c)) * 0x100000001b3ULL;
    return mix(hash);
}

// Uniform in [-1, 1], a pure function of (seed, second).
double noise(quint64 seed, qint64 second)
{
    const quint64 bits = mix(seed ^ mix(static_cast<quint64>(second)));
    return static_cast<double>(bits >> 11) / static_cast<double>(1ULL << 52) - 1.0;
}

// Between 0.6 and 1.4, stable per name: partners and carriers differ in volume.
double weightOf(std::string_view name)
{
    return 0.6 + 0.8 * static_cast<double>(seedOf(name) % 1000) / 1000.0;
}

// Relative activity at a local time (seconds since the local epoch); peak 1.
double shapeAt(Shape shape, double localSeconds)
{
    if (shape == Shape::Flat)
        return 1.0;
    const double day = std::floor(localSeconds / 86400.0);
    const int weekday = static_cast<int>(std::fmod(std::fmod(day + 3.0, 7.0) + 7.0, 7.0)); // 0 = Monday
    const double hour = (localSeconds - day * 86400.0) / 3600.0;
    double office = 0.12;
    if (hour >= 6 && hour <= 20) {
        const double s = std::sin(kPi * (hour - 6) / 14);
        office += 0.88 * s * s;
    }
    if (weekday >= 5)
        office *= 0.3;
    switch (shape) {
    case Shape::Office:
        return office;
    case Shape::Edi:
        return 0.6 + 0.4 * office;
    case Shape::Warehouse: {
        double value = 0.15;
        if (hour >= 5 && hour <= 23)
            value += 0.85 * std::sin(kPi * (hour - 5) / 18);
        return value * (weekday == 6 ? 0.25 : weekday == 5 ? 0.6 : 1.0);
    }
    case Shape::Flat:
        break;
    }
    return 1.0;
}

struct Latency
{
    double median = 0.1;
    double p95 = 0.5;
};

struct Distribution
{
    std::array<double, 7> cdf{};
    double mean = 0;
};

// Log-normal with the given median and 95th percentile.
Distribution distributionOf(const Latency &latency)
{
    Distribution d;
    const double sigma = std::max(0.05, std::log(latency.p95 / latency.median) / 1.6449);
    const double mu = std::log(latency.median);
    for (size_t i = 0; i < kBounds.size(); ++i)
        d.cdf[i] = 0.5 * std::erfc(-(std::log(kBounds[i]) - mu) / (sigma * std::sqrt(2.0)));
    d.mean = latency.median * std::exp(sigma * sigma / 2);
    return d;
}

std::string toStd(const QString &text)
{
    return text.toStdString();
}

// Exposition writer: families with HELP/TYPE, samples with escaped label values.
class Writer
{
public:
    Writer() { m_out.reserve(512 * 1024); }

    void family(const char *name, const char *type, const char *help)
    {
        m_out.append("# HELP ").append(name).append(" ").append(help).append("\n");
        m_out.append("# TYPE ").append(name).append(" ").append(type).append("\n");
    }

    using Labels = std::initializer_list<std::pair<const char *, std::string_view>>;

    void sample(std::string_view name, const std::string &environment, Labels labels, double value,
                const char *le = nullptr)
    {
        m_out.append(name).append("{environment=\"");
        escape(environment);
        m_out.push_back('"');
        for (const auto &[key, text] : labels) {
            m_out.push_back(',');
            m_out.append(key).append("=\"");
            escape(text);
            m_out.push_back('"');
        }
        if (le)
            m_out.append(",le=\"").append(le).push_back('"');
        m_out.append("} ");
        number(value);
        m_out.push_back('\n');
    }

    std::string take() { return std::move(m_out); }

private:
    void escape(std::string_view text)
    {
        if (text.find_first_of("\\\"\n") == std::string_view::npos) {
            m_out.append(text);
            return;
        }
        for (const char c : text) {
            if (c == '\\' || c == '"')
                m_out.push_back('\\');
            if (c == '\n') {
                m_out.append("\\n");
                continue;
            }
            m_out.push_back(c);
        }
    }

    void number(double value)
    {
        std::array<char, 64> buffer{};
        const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
        m_out.append(buffer.data(), result.ptr);
    }

    std::string m_out;
};

struct Flow
{
    double base = 0;       // events per second at the peak of the shape
    Shape shape = Shape::Flat;
    int zone = 0;          // index into Environment::zones
    quint64 seed = 0;
    double walk = 0;       // the pseudo-random walk, roughly -1.5..1.5
    double integral = 0;   // ∫ shape × walk factor dt since the last distribution
};

struct RequestSeries
{
    double count = 0;
    std::array<double, 7> buckets{};
    double sum = 0;
};

struct Service
{
    std::string name;
    std::string protocol;
    int workload = -1;
    int flow = -1;
    double postShare = 0.5;
    Latency latency;
    std::array<std::array<RequestSeries, 5>, 2> series{};  // [method][code]
    double meanLatency = 0.1;                             // of the last interval
    double served = 1;                                    // capacity factor of the last interval
};

struct Partner
{
    std::string name;
    int flow = -1;
    double inboundShare = 0.45;
    std::array<std::array<double, 2>, 2> counts{};  // [direction][result]
};

struct Outcome
{
    std::string name;
    int flow = -1;
    std::array<double, 2> counts{};  // [result]
};

struct Channel
{
    std::string name;
    int flow = -1;          // own arrivals (root); -1 = driven by EDI or carrier traffic
    double peakArrival = 0; // jobs/s at the peak, for the workers' capacity
    double lastArrival = 0; // jobs/s over the last interval
    double backlog = 0;
    double done = 0;
    double failed = 0;
};

struct HttpWorkload
{
    std::string name;
    int workload = -1;
    int perPod = 1;
    int service = -1;
};

struct Burst
{
    double ratio = 0;
    double start = 0;
    double end = 0;
};

struct Backlog
{
    double pending = 0;
    double oldestSeconds = 0;
    double start = 0;
    double end = 0;
};

} // namespace

struct MetricsModel::Environment
{
    SeedEnvironment seed;
    std::string name;
    double scale = 1;
    bool production = false;
    std::vector<QTimeZone> zones;
    std::vector<int> offsets;  // seconds east of UTC, refreshed every minute
    double offsetsValidUntil = 0;
    std::vector<Flow> flows;
    std::vector<Service> services;
    std::vector<Partner> partners;
    std::vector<Outcome> carriers;
    std::vector<Outcome> providers;
    std::vector<Outcome> sites;  // pickings validated per site
    std::vector<Channel> channels;
    std::vector<HttpWorkload> httpWorkloads;
    std::vector<int> ediWorkloads, carrierWorkloads, paymentWorkloads, queueWorkloads;
    int ordersFlow = -1;
    int ambientFlow = -1;  // drives slow gauges (Redis memory, replication lag)
    double orders = 0;
    double redisHits = 0, redisMisses = 0, redisEvictions = 0;
    double redisMax = 0;
    std::string redisInstance, primaryInstance, standbyInstance, standbyName, database;
    double databaseBaseBytes = 0;
    int maxConnections = 100;

    // Faults.
    std::map<std::string, Burst> ediBursts;
    std::map<std::string, Burst> carrierBursts;
    std::optional<double> replicationLag;
    std::map<std::string, Backlog> backlogs;
    std::map<std::string, double> stuckSince;  // channel -> start of the stuck job (model seconds)
    std::optional<double> backupTimestamp;

    int addFlow(double base, Shape shape, int zone, const std::string &key)
    {
        flows.push_back(Flow{base, shape, zone, seedOf(name + '/' + key), 0, 0});
        return static_cast<int>(flows.size()) - 1;
    }
    int workloadIndex(const QString &workloadName) const
    {
        for (size_t i = 0; i < seed.workloads.size(); ++i) {
            if (seed.workloads[i].name == workloadName)
                return static_cast<int>(i);
        }
        return -1;
    }
    int firstWorkloadOfKind(const QString &kind) const
    {
        for (size_t i = 0; i < seed.workloads.size(); ++i) {
            if (seed.workloads[i].component == kind)
                return static_cast<int>(i);
        }
        return -1;
    }
    double rateNow(int flow, double now) const
    {
        const Flow &f = flows[static_cast<size_t>(flow)];
        return f.base * shapeAt(f.shape, now + offsets[static_cast<size_t>(f.zone)]) * std::exp(0.2 * f.walk);
    }
};

namespace {

using Env = MetricsModel::Environment;
using WorkloadState = MetricsModel::WorkloadState;

// Available / desired over the given workloads (1 when none is declared); a
// broken image serves nothing useful.
double capacityOf(const std::vector<WorkloadState> &states, const std::vector<int> &workloads)
{
    int desired = 0;
    int available = 0;
    for (const int index : workloads) {
        const WorkloadState &state = states[static_cast<size_t>(index)];
        if (!state.present)
            continue;
        desired += state.desired;
        available += state.broken ? 0 : state.available;
    }
    if (desired <= 0)
        return workloads.empty() ? 1.0 : 0.0;
    return std::clamp(static_cast<double>(available) / desired, 0.0, 1.0);
}

bool anyBroken(const std::vector<WorkloadState> &states, const std::vector<int> &workloads)
{
    return std::any_of(workloads.begin(), workloads.end(), [&states](int index) {
        const WorkloadState &state = states[static_cast<size_t>(index)];
        return state.present && state.broken;
    });
}

double overlap(const Burst &burst, double from, double to)
{
    return std::max(0.0, std::min(to, burst.end) - std::max(from, burst.start));
}

// Moves the integrated traffic of [from, to] into the counters.
void distribute(Env &env, const std::vector<WorkloadState> &states, double from, double to)
{
    const double length = std::max(to - from, 1e-9);
    auto integral = [&env](int flow) { return flow < 0 ? 0.0 : env.flows[static_cast<size_t>(flow)].integral; };
    auto base = [&env](int flow) { return flow < 0 ? 0.0 : env.flows[static_cast<size_t>(flow)].base; };

    // Ingress.
    double web5xx = 0;
    double webServed = 1;
    double totalRequests = 0;
    static const Distribution fastError = distributionOf({0.004, 0.03});
    for (Service &service : env.services) {
        const WorkloadState &state = states[static_cast<size_t>(service.workload)];
        if (!state.present || state.desired <= 0) {
            service.served = 0;
            continue;
        }
        const double capacity = state.broken ? 1.0 : std::clamp(static_cast<double>(state.available) / state.desired, 0.0, 1.0);
        const double requests = base(service.flow) * integral(service.flow) * std::max(capacity, 0.1);
        std::array<double, 5> shares{0, 0.012, 0.0015, 0.0004, 0.0002};
        Latency latency = service.latency;
        if (state.broken) {
            shares[2] = 0.2;
            shares[3] = 0.04;
            latency = {service.latency.median * 5, std::max(service.latency.p95 * 6, 4.5)};
        } else if (capacity < 1) {
            shares[4] += 0.25 * (1 - capacity);
            latency = {service.latency.median * (2 - capacity), service.latency.p95 * (3 - 2 * capacity)};
        }
        shares[0] = 1 - shares[1] - shares[2] - shares[3] - shares[4];
        const Distribution normal = distributionOf(latency);
        for (size_t m = 0; m < kMethods.size(); ++m) {
            const double methodShare = m == 0 ? 1 - service.postShare : service.postShare;
            for (size_t c = 0; c < kCodes.size(); ++c) {
                const double n = requests * methodShare * shares[c];
                const Distribution &d = c >= 3 ? fastError : normal;
                RequestSeries &series = service.series[m][c];
                series.count += n;
                for (size_t b = 0; b < kBounds.size(); ++b)
                    series.buckets[b] += n * d.cdf[b];
                series.sum += n * d.mean;
            }
        }
        service.meanLatency = normal.mean;
        service.served = std::max(capacity, 0.1);
        totalRequests += requests;
        if (service.name == "odoo-web") {
            web5xx = shares[2] + shares[3] + shares[4];
            webServed = state.broken ? 0.5 : capacity;
        }
    }

    // Redis follows the Odoo traffic: sessions and ormcache lookups.
    const double ops = totalRequests * 8 + length * 3;
    env.redisHits += ops * 0.955;
    env.redisMisses += ops * 0.045;
    env.redisEvictions += length * 0.002 * weightOf(env.name) * (0.5 + env.scale);

    env.orders += base(env.ordersFlow) * integral(env.ordersFlow) * webServed * (1 - web5xx);
    for (Outcome &site : env.sites)
        site.counts[0] += base(site.flow) * integral(site.flow) * webServed;

    // Queue channels: arrivals from the flows, processed within the workers' capacity.
    const double queueCapacity = capacityOf(states, env.queueWorkloads);
    double ediJobs = 0;
    double ediFailedJobs = 0;
    double carrierJobs = 0;
    double carrierFailedJobs = 0;

    const double ediCapacity = capacityOf(states, env.ediWorkloads);
    const double ediFailure = anyBroken(states, env.ediWorkloads) ? 0.35 : 0.008;
    for (Partner &partner : env.partners) {
        const double offered = base(partner.flow) * integral(partner.flow);
        const double messages = offered * ediCapacity;
        double ratio = ediFailure;
        if (const auto burst = env.ediBursts.find(partner.name); burst != env.ediBursts.end())
            ratio += (burst->second.ratio - ratio) * overlap(burst->second, from, to) / length;
        for (size_t direction = 0; direction < 2; ++direction) {
            const double share = direction == 0 ? partner.inboundShare : 1 - partner.inboundShare;
            partner.counts[direction][0] += messages * share * (1 - ratio);
            partner.counts[direction][1] += messages * share * ratio;
        }
        ediJobs += offered;
        ediFailedJobs += messages * ratio;
    }
    const double carrierCapacity = capacityOf(states, env.carrierWorkloads);
    const double carrierFailure = anyBroken(states, env.carrierWorkloads) ? 0.45 : 0.012;
    for (Outcome &carrier : env.carriers) {
        const double requests = base(carrier.flow) * integral(carrier.flow) * carrierCapacity;
        double ratio = carrierFailure;
        if (const auto burst = env.carrierBursts.find(carrier.name); burst != env.carrierBursts.end())
            ratio += (burst->second.ratio - ratio) * overlap(burst->second, from, to) / length;
        carrier.counts[0] += requests * (1 - ratio);
        carrier.counts[1] += requests * ratio;
        carrierJobs += requests * 0.3;
        carrierFailedJobs += requests * ratio * 0.3;
    }
    const double paymentCapacity = capacityOf(states, env.paymentWorkloads);
    const double paymentFailure = anyBroken(states, env.paymentWorkloads) ? 0.5 : 0.025;
    for (Outcome &provider : env.providers) {
        const double captures = base(provider.flow) * integral(provider.flow) * paymentCapacity * webServed;
        provider.counts[0] += captures * (1 - paymentFailure);
        provider.counts[1] += captures * paymentFailure;
    }

    for (Channel &channel : env.channels) {
        double arrivals = 0;
        double failures = 0;
        if (channel.name == "root.edi") {
            arrivals = ediJobs;
            failures = ediFailedJobs * 0.5;
        } else if (channel.name == "root.carrier") {
            arrivals = carrierJobs;
            failures = carrierFailedJobs;
        } else {
            arrivals = base(channel.flow) * integral(channel.flow);
        }
        channel.lastArrival = arrivals / length;
        const double capacity = channel.peakArrival * 1.6 * queueCapacity * length;
        const double processed = std::min(channel.backlog + arrivals, capacity);
        channel.backlog = channel.backlog + arrivals - processed;
        channel.done += processed;
        channel.failed = channel.failed * std::exp(-length / 7200.0) + processed * 0.001 + failures;
    }

    for (Flow &flow : env.flows)
        flow.integral = 0;
}

} // namespace

MetricsModel::MetricsModel(const std::vector<SeedEnvironment> &environments, qint64 startMs)
{
    m_lastSeconds = static_cast<double>(startMs) / 1000.0;
    for (const SeedEnvironment &seed : environments) {
        auto env = std::make_unique<Environment>();
        env->seed = seed;
        env->name = toStd(seed.name);
        env->production = seed.tier == u"production"_s;
        env->scale = env->production ? 1.0 : seed.tier == u"staging"_s ? 0.15 : 0.05;
        env->zones.push_back(QTimeZone(seed.timeZone.toUtf8()));
        for (const SeedSite &site : seed.sites)
            env->zones.push_back(QTimeZone(site.timeZone.isEmpty() ? seed.timeZone.toUtf8() : site.timeZone.toUtf8()));
        for (QTimeZone &zone : env->zones) {
            if (!zone.isValid())
                zone = QTimeZone::utc();
        }
        env->offsets.assign(env->zones.size(), 0);
        const double scale = env->scale;

        // Ingress services, as the contract names them.
        struct ServiceSpec
        {
            const char *name;
            const char *protocol;
            int workload;
            double perReplica;
            double postShare;
            Latency latency;
            Shape shape;
        };
        auto firstOf = [&env](const QStringList &names) {
            for (const QString &name : names) {
                const int index = env->workloadIndex(name);
                if (index >= 0 && env->seed.workloads[static_cast<size_t>(index)].component == u"integration-worker"_s)
                    return index;
            }
            return names.isEmpty() ? -1 : env->workloadIndex(names.first());
        };
        const std::array<ServiceSpec, 4> specs{{
            {"odoo-web", "http", env->firstWorkloadOfKind(u"odoo-web"_s), 10, 0.45, {0.12, 0.65}, Shape::Office},
            {"odoo-longpolling", "websocket", env->firstWorkloadOfKind(u"odoo-longpolling"_s), 8, 0.1, {0.03, 0.2}, Shape::Office},
            {"portal", "http", firstOf(seed.portalWorkloads), 4, 0.2, {0.18, 0.9}, Shape::Office},
            {"edi-gateway", "http", firstOf(seed.ediWorkloads), 1.5, 0.85, {0.3, 1.4}, Shape::Edi},
        }};
        for (const ServiceSpec &spec : specs) {
            if (spec.workload < 0)
                continue;
            const int replicas = std::max(1, seed.workloads[static_cast<size_t>(spec.workload)].replicas);
            Service service;
            service.name = spec.name;
            service.protocol = spec.protocol;
            service.workload = spec.workload;
            service.postShare = spec.postShare;
            service.latency = spec.latency;
            service.flow = env->addFlow(spec.perReplica * replicas * scale, spec.shape, 0, service.name);
            env->services.push_back(service);
        }
        for (size_t i = 0; i < seed.workloads.size(); ++i) {
            const SeedWorkload &workload = seed.workloads[i];
            if (workload.component == u"odoo-web"_s || workload.component == u"odoo-longpolling"_s) {
                HttpWorkload http;
                http.name = toStd(workload.name);
                http.workload = static_cast<int>(i);
                http.perPod = workload.component == u"odoo-web"_s ? 8 : 2;
                for (size_t s = 0; s < env->services.size(); ++s) {
                    if (env->services[s].workload == http.workload)
                        http.service = static_cast<int>(s);
                }
                env->httpWorkloads.push_back(http);
            }
            if (workload.component == u"queue-worker"_s)
                env->queueWorkloads.push_back(static_cast<int>(i));
        }
        auto indexes = [&env](const QStringList &names) {
            std::vector<int> result;
            for (const QString &name : names) {
                if (const int index = env->workloadIndex(name); index >= 0)
                    result.push_back(index);
            }
            return result;
        };
        env->ediWorkloads = indexes(seed.ediWorkloads);
        env->carrierWorkloads = indexes(seed.carrierWorkloads);
        env->paymentWorkloads = indexes(seed.paymentWorkloads);

        double ediPeak = 0;
        for (const QString &name : seed.ediPartners) {
            Partner partner;
            partner.name = toStd(name);
            const double rate = 0.8 * weightOf(partner.name) * scale;
            partner.flow = env->addFlow(rate, Shape::Edi, 0, "edi/" + partner.name);
            partner.inboundShare = 0.35 + 0.2 * weightOf(partner.name + "/in") - 0.12;
            env->partners.push_back(partner);
            ediPeak += rate;
        }
        double carrierPeak = 0;
        for (const QString &name : seed.carriers) {
            Outcome carrier;
            carrier.name = toStd(name);
            const double rate = 0.5 * weightOf(carrier.name) * scale;
            carrier.flow = env->addFlow(rate, Shape::Warehouse, 0, "carrier/" + carrier.name);
            env->carriers.push_back(carrier);
            carrierPeak += rate * 0.3;
        }
        for (const QString &name : seed.paymentProviders) {
            Outcome provider;
            provider.name = toStd(name);
            provider.flow = env->addFlow(0.12 * weightOf(provider.name) * scale, Shape::Office, 0, "payment/" + provider.name);
            env->providers.push_back(provider);
        }
        for (size_t s = 0; s < seed.sites.size(); ++s) {
            Outcome site;
            site.name = toStd(seed.sites[s].name);
            site.flow = env->addFlow(0.2 * weightOf(site.name) * scale, Shape::Warehouse, static_cast<int>(s + 1),
                                     "pickings/" + site.name);
            env->sites.push_back(site);
        }
        env->ordersFlow = env->addFlow(0.35 * scale, Shape::Office, 0, "orders");
        env->ambientFlow = env->addFlow(1, Shape::Flat, 0, "ambient");

        Channel root;
        root.name = "root";
        root.peakArrival = 0.5 * scale;
        root.flow = env->addFlow(root.peakArrival, Shape::Office, 0, "queue/root");
        env->channels.push_back(root);
        if (!env->partners.empty()) {
            Channel edi;
            edi.name = "root.edi";
            edi.peakArrival = ediPeak;
            env->channels.push_back(edi);
        }
        if (!env->carriers.empty()) {
            Channel carrier;
            carrier.name = "root.carrier";
            carrier.peakArrival = carrierPeak;
            env->channels.push_back(carrier);
        }

        const QString ns = seed.ns;
        env->redisInstance = toStd(u"redis."_s + ns + u".svc:9121"_s);
        env->redisMax = (env->production ? 4.0 : 1.0) * 1024 * 1024 * 1024;
        const QString host = seed.databaseHost.isEmpty() ? u"postgres."_s + ns + u".svc"_s : seed.databaseHost;
        const QString hostStem = host.section(u'.', 0, 0);
        const QString hostRest = host.section(u'.', 1);
        const QString standbyHost = hostStem + u"-standby"_s + (hostRest.isEmpty() ? QString() : u'.' + hostRest);
        env->primaryInstance = toStd(host + u":9187"_s);
        env->standbyInstance = toStd(standbyHost + u":9187"_s);
        env->standbyName = toStd(hostStem + u"-standby"_s);
        env->database = toStd(seed.databaseName.isEmpty() ? u"odoo"_s : seed.databaseName);
        env->databaseBaseBytes = (env->production ? 180.0 : seed.tier == u"staging"_s ? 150.0 : 24.0) * 1024 * 1024 * 1024;
        env->maxConnections = env->production ? 300 : 100;

        // Counters start as if the estate had run for a few days without trouble.
        for (Flow &flow : env->flows)
            flow.integral = 2.5 * 86400 * 0.45;
        std::vector<WorkloadState> healthy;
        for (const SeedWorkload &workload : seed.workloads)
            healthy.push_back({true, workload.replicas, workload.replicas, false});
        distribute(*env, healthy, m_lastSeconds - 2.5 * 86400, m_lastSeconds);
        for (Channel &channel : env->channels) {
            channel.backlog = 0;
            channel.failed = 2;
        }
        m_lastObservation.push_back(healthy);
        m_environments.push_back(std::move(env));
    }
}

MetricsModel::~MetricsModel() = default;

MetricsModel::Observation MetricsModel::observe(const ObjectStore &store, const ClusterController &controller) const
{
    Observation observation;
    observation.reserve(m_environments.size());
    for (const auto &env : m_environments) {
        std::vector<WorkloadState> states;
        states.reserve(env->seed.workloads.size());
        for (const SeedWorkload &workload : env->seed.workloads) {
            WorkloadState state;
            if (const QJsonObject *deployment = store.find(Resource::Deployments, env->seed.ns, workload.name)) {
                state.present = true;
                state.desired = intAt(*deployment, u"spec.replicas"_s, 1);
                state.available = intAt(*deployment, u"status.availableReplicas"_s);
                const QJsonArray containers = valueAt(*deployment, u"spec.template.spec.containers"_s).toArray();
                for (const QJsonValue &container : containers) {
                    if (controller.imageHealth(container.toObject().value(u"image"_s).toString()) != ImageHealth::Good)
                        state.broken = true;
                }
            }
            states.push_back(state);
        }
        observation.push_back(std::move(states));
    }
    return observation;
}

void MetricsModel::advance(const Observation &observation, double now)
{
    if (now <= m_lastSeconds)
        return;
    const double from = std::max(m_lastSeconds, now - kMaxCatchUpSeconds);
    for (size_t e = 0; e < m_environments.size() && e < observation.size(); ++e) {
        Environment &env = *m_environments[e];
        if (now >= env.offsetsValidUntil) {
            // Zone lookups are slow next to everything else here; offsets change twice a year.
            const QDateTime utc = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(now), Qt::UTC);
            for (size_t z = 0; z < env.zones.size(); ++z)
                env.offsets[z] = env.zones[z].offsetFromUtc(utc);
            env.offsetsValidUntil = now + 60;
        }
        // Step second by second: the walk moves once per whole second.
        double t = from;
        while (t < now) {
            const double second = std::floor(t);
            const double end = std::min(now, second + 1);
            const double dt = end - t;
            const bool newSecond = t == second || t == from;
            for (Flow &flow : env.flows) {
                if (newSecond)
                    flow.walk = 0.97 * flow.walk + 0.25 * noise(flow.seed, static_cast<qint64>(second));
                flow.integral += shapeAt(flow.shape, t + env.offsets[static_cast<size_t>(flow.zone)])
                    * std::exp(0.2 * flow.walk) * dt;
            }
            t = end;
        }
        distribute(env, observation[e], m_lastSeconds, now);
    }
    m_lastSeconds = now;
    m_lastObservation = observation;
}

std::string MetricsModel::scrape(const Observation &observation, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    const double now = static_cast<double>(nowMs) / 1000.0;
    advance(observation, now);

    // Expired faults end here; bursts are accounted for to the second in distribute().
    for (auto &env : m_environments) {
        std::erase_if(env->ediBursts, [now](const auto &entry) { return entry.second.end < now - 3600; });
        std::erase_if(env->carrierBursts, [now](const auto &entry) { return entry.second.end < now - 3600; });
        std::erase_if(env->backlogs, [now](const auto &entry) { return entry.second.end < now; });
    }

    Writer w;
    const auto &envs = m_environments;
    auto stateOf = [&observation](size_t e, int workload) {
        return observation[e][static_cast<size_t>(workload)];
    };

    // --- Ingress ---
    w.family("traefik_service_requests_total", "counter", "How many HTTP requests processed on a service, partitioned by status code, protocol, and method.");
    for (const auto &env : envs) {
        for (const Service &service : env->services) {
            for (size_t m = 0; m < kMethods.size(); ++m) {
                for (size_t c = 0; c < kCodes.size(); ++c)
                    w.sample("traefik_service_requests_total", env->name,
                             {{"code", kCodes[c]}, {"method", kMethods[m]}, {"protocol", service.protocol}, {"service", service.name}},
                             std::floor(service.series[m][c].count));
            }
        }
    }
    w.family("traefik_service_request_duration_seconds", "histogram", "How long it took to process the request on a service, partitioned by status code, protocol, and method.");
    for (const auto &env : envs) {
        for (const Service &service : env->services) {
            for (size_t m = 0; m < kMethods.size(); ++m) {
                for (size_t c = 0; c < kCodes.size(); ++c) {
                    const RequestSeries &series = service.series[m][c];
                    const Writer::Labels labels{{"code", kCodes[c]}, {"method", kMethods[m]}, {"protocol", service.protocol},
                                                {"service", service.name}};
                    for (size_t b = 0; b < kBounds.size(); ++b)
                        w.sample("traefik_service_request_duration_seconds_bucket", env->name, labels,
                                 std::floor(series.buckets[b]), kBoundText[b]);
                    w.sample("traefik_service_request_duration_seconds_bucket", env->name, labels, std::floor(series.count), "+Inf");
                    w.sample("traefik_service_request_duration_seconds_sum", env->name, labels, series.sum);
                    w.sample("traefik_service_request_duration_seconds_count", env->name, labels, std::floor(series.count));
                }
            }
        }
    }

    // --- Redis ---
    auto redisMemory = [now](const Environment &env) {
        const double drift = 0.06 * std::sin(2 * kPi * now / 86400.0 + static_cast<double>(seedOf(env.name) % 100));
        return env.redisMax * std::clamp(0.55 + drift + 0.04 * env.flows[static_cast<size_t>(env.ambientFlow)].walk, 0.3, 0.85);
    };
    w.family("redis_up", "gauge", "Information about the Redis instance");
    for (const auto &env : envs)
        w.sample("redis_up", env->name, {{"instance", env->redisInstance}}, 1);
    w.family("redis_memory_used_bytes", "gauge", "memory_used_bytes metric");
    for (const auto &env : envs)
        w.sample("redis_memory_used_bytes", env->name, {{"instance", env->redisInstance}}, std::round(redisMemory(*env)));
    w.family("redis_memory_max_bytes", "gauge", "memory_max_bytes metric");
    for (const auto &env : envs)
        w.sample("redis_memory_max_bytes", env->name, {{"instance", env->redisInstance}}, env->redisMax);
    w.family("redis_keyspace_hits_total", "counter", "keyspace_hits_total metric");
    for (const auto &env : envs)
        w.sample("redis_keyspace_hits_total", env->name, {{"instance", env->redisInstance}}, std::floor(env->redisHits));
    w.family("redis_keyspace_misses_total", "counter", "keyspace_misses_total metric");
    for (const auto &env : envs)
        w.sample("redis_keyspace_misses_total", env->name, {{"instance", env->redisInstance}}, std::floor(env->redisMisses));
    w.family("redis_evicted_keys_total", "counter", "evicted_keys_total metric");
    for (const auto &env : envs)
        w.sample("redis_evicted_keys_total", env->name, {{"instance", env->redisInstance}}, std::floor(env->redisEvictions));

    // Per environment: available pods of Odoo workers and the busy estimate, reused below.
    struct Derived
    {
        double webAvailable = 0;
        double queueAvailable = 0;
        double busyWorkers = 0;
        double queueStarted = 0;
        bool webBroken = false;
    };
    std::vector<Derived> derived(envs.size());
    for (size_t e = 0; e < envs.size(); ++e) {
        const Environment &env = *envs[e];
        for (const HttpWorkload &http : env.httpWorkloads) {
            const WorkloadState state = stateOf(e, http.workload);
            if (http.perPod == 8) {
                derived[e].webAvailable += state.available;
                derived[e].webBroken = derived[e].webBroken || state.broken;
            }
        }
        for (const int q : env.queueWorkloads)
            derived[e].queueAvailable += stateOf(e, q).available;
    }
    w.family("odoo_http_workers_busy", "gauge", "Odoo HTTP worker processes handling a request");
    for (size_t e = 0; e < envs.size(); ++e) {
        const Environment &env = *envs[e];
        for (const HttpWorkload &http : env.httpWorkloads) {
            const WorkloadState state = stateOf(e, http.workload);
            const double total = std::max(0, state.available) * http.perPod;
            double busy = 0;
            if (http.service >= 0) {
                const Service &service = env.services[static_cast<size_t>(http.service)];
                busy = env.rateNow(service.flow, now) * service.served * service.meanLatency * (http.perPod == 8 ? 1.0 : 20.0);
            }
            busy = std::min(total, std::round(busy + 0.3));
            if (http.perPod == 8)
                derived[e].busyWorkers += busy;
            w.sample("odoo_http_workers_busy", env.name, {{"workload", http.name}}, busy);
        }
    }
    w.family("odoo_http_workers_total", "gauge", "Odoo HTTP worker processes running");
    for (size_t e = 0; e < envs.size(); ++e) {
        for (const HttpWorkload &http : envs[e]->httpWorkloads)
            w.sample("odoo_http_workers_total", envs[e]->name, {{"workload", http.name}},
                     std::max(0, stateOf(e, http.workload).available) * http.perPod);
    }

    w.family("redis_connected_clients", "gauge", "connected_clients metric");
    for (size_t e = 0; e < envs.size(); ++e) {
        const Environment &env = *envs[e];
        const double clients = 4 + derived[e].webAvailable * 8 + derived[e].queueAvailable * 2
            + std::round(2 * std::abs(env.flows[static_cast<size_t>(env.ambientFlow)].walk));
        w.sample("redis_connected_clients", env.name, {{"instance", env.redisInstance}}, clients);
    }

    // --- Odoo queue_job ---
    struct ChannelNow
    {
        double pending = 0, enqueued = 0, started = 0, oldestPending = 0, oldestStarted = 0;
    };
    std::vector<std::vector<ChannelNow>> channelsNow(envs.size());
    for (size_t e = 0; e < envs.size(); ++e) {
        const Environment &env = *envs[e];
        const double queueCapacity = capacityOf(observation[e], env.queueWorkloads);
        for (const Channel &channel : env.channels) {
            ChannelNow c;
            const double arrival = channel.flow >= 0 ? env.rateNow(channel.flow, now) : channel.lastArrival;
            const double walk = std::abs(env.flows[static_cast<size_t>(env.ambientFlow)].walk);
            double waiting = channel.backlog + arrival * 6;
            double oldest = 0;
            if (const auto fault = env.backlogs.find(channel.name); fault != env.backlogs.end()) {
                waiting += fault->second.pending;
                oldest = fault->second.oldestSeconds + (now - fault->second.start);
            }
            waiting = std::round(waiting);
            c.enqueued = queueCapacity > 0 ? std::min(waiting, std::round(1 + 2 * walk)) : 0;
            c.pending = waiting - c.enqueued;
            if (waiting > 0) {
                const double drain = std::max(channel.peakArrival * 1.6 * queueCapacity, 0.01);
                oldest = std::max(oldest, std::min(channel.backlog / drain, 86400.0) + 3 + 4 * walk);
            }
            c.oldestPending = waiting > 0 ? std::round(oldest) : 0;
            c.started = queueCapacity > 0 ? std::round(std::min(derived[e].queueAvailable * 2, arrival * 4 + 0.4)) : 0;
            c.oldestStarted = c.started > 0 ? std::round(2 + 9 * walk) : 0;
            if (const auto stuck = env.stuckSince.find(channel.name); stuck != env.stuckSince.end()) {
                c.started = std::max(c.started, 1.0);
                c.oldestStarted = std::round(now - stuck->second);
            }
            derived[e].queueStarted += c.started;
            channelsNow[e].push_back(c);
        }
    }
    w.family("odoo_queue_job_jobs", "gauge", "queue_job jobs per channel and state");
    for (size_t e = 0; e < envs.size(); ++e) {
        const Environment &env = *envs[e];
        for (size_t i = 0; i < env.channels.size(); ++i) {
            const ChannelNow &c = channelsNow[e][i];
            const std::array<double, 5> values{c.pending, c.enqueued, c.started, std::round(env.channels[i].done),
                                               std::round(env.channels[i].failed)};
            for (size_t s = 0; s < kJobStates.size(); ++s)
                w.sample("odoo_queue_job_jobs", env.name, {{"channel", env.channels[i].name}, {"state", kJobStates[s]}}, values[s]);
        }
    }
    w.family("odoo_queue_job_oldest_pending_age_seconds", "gauge", "Age of the oldest pending or enqueued job (0 when none)");
    for (size_t e = 0; e < envs.size(); ++e) {
        for (size_t i = 0; i < envs[e]->channels.size(); ++i)
            w.sample("odoo_queue_job_oldest_pending_age_seconds", envs[e]->name, {{"channel", envs[e]->channels[i].name}},
                     channelsNow[e][i].oldestPending);
    }
    w.family("odoo_queue_job_oldest_started_age_seconds", "gauge", "How long the longest-running started job has run (0 when none)");
    for (size_t e = 0; e < envs.size(); ++e) {
        for (size_t i = 0; i < envs[e]->channels.size(); ++i)
            w.sample("odoo_queue_job_oldest_started_age_seconds", envs[e]->name, {{"channel", envs[e]->channels[i].name}},
                     channelsNow[e][i].oldestStarted);
    }

    // --- PostgreSQL ---
    w.family("pg_up", "gauge", "Whether the last scrape of metrics from PostgreSQL was able to connect to the server (1 for yes, 0 for no).");
    for (const auto &env : envs) {
        w.sample("pg_up", env->name, {{"instance", env->primaryInstance}}, 1);
        w.sample("pg_up", env->name, {{"instance", env->standbyInstance}}, 1);
    }
    w.family("pg_stat_activity_count", "gauge", "number of connections in this state");
    for (size_t e = 0; e < envs.size(); ++e) {
        const Environment &env = *envs[e];
        const double walk = std::abs(env.flows[static_cast<size_t>(env.ambientFlow)].walk);
        const double active = std::round(2 + derived[e].busyWorkers * 0.7 + derived[e].queueStarted);
        const double idle = std::round(6 + derived[e].webAvailable * 5 + derived[e].queueAvailable * 2 + 2 * walk);
        const double idleInTransaction = std::round(walk + (derived[e].webBroken ? 6 : 0));
        w.sample("pg_stat_activity_count", env.name, {{"datname", env.database}, {"instance", env.primaryInstance}, {"state", "active"}}, active);
        w.sample("pg_stat_activity_count", env.name, {{"datname", env.database}, {"instance", env.primaryInstance}, {"state", "idle"}}, idle);
        w.sample("pg_stat_activity_count", env.name,
                 {{"datname", env.database}, {"instance", env.primaryInstance}, {"state", "idle in transaction"}}, idleInTransaction);
        const double reports = std::round(1 + 2 * shapeAt(Shape::Office, now + env.offsets[0]));
        w.sample("pg_stat_activity_count", env.name, {{"datname", env.database}, {"instance", env.standbyInstance}, {"state", "active"}}, reports);
        w.sample("pg_stat_activity_count", env.name, {{"datname", env.database}, {"instance", env.standbyInstance}, {"state", "idle"}}, 3);
        w.sample("pg_stat_activity_count", env.name,
                 {{"datname", env.database}, {"instance", env.standbyInstance}, {"state", "idle in transaction"}}, 0);
    }
    w.family("pg_settings_max_connections", "gauge", "Sets the maximum number of concurrent connections.");
    for (const auto &env : envs) {
        w.sample("pg_settings_max_connections", env->name, {{"instance", env->primaryInstance}}, env->maxConnections);
        w.sample("pg_settings_max_connections", env->name, {{"instance", env->standbyInstance}}, env->maxConnections);
    }
    std::vector<double> lags(envs.size());
    for (size_t e = 0; e < envs.size(); ++e) {
        const Environment &env = *envs[e];
        const double walk = std::abs(env.flows[static_cast<size_t>(env.ambientFlow)].walk);
        lags[e] = env.replicationLag ? *env.replicationLag
                                     : std::round((0.15 + 0.5 * shapeAt(Shape::Office, now + env.offsets[0]) + 0.4 * walk) * 1000) / 1000;
    }
    w.family("pg_replication_lag_seconds", "gauge", "Replication lag behind master in seconds");
    for (size_t e = 0; e < envs.size(); ++e)
        w.sample("pg_replication_lag_seconds", envs[e]->name, {{"instance", envs[e]->standbyInstance}}, lags[e]);
    w.family("pg_stat_replication_pg_wal_lsn_diff", "gauge", "Lag in bytes between master and slave");
    for (size_t e = 0; e < envs.size(); ++e) {
        const Environment &env = *envs[e];
        const double walRate = (env.production ? 2.5e6 : 2.0e5) * (0.2 + shapeAt(Shape::Office, now + env.offsets[0]));
        w.sample("pg_stat_replication_pg_wal_lsn_diff", env.name,
                 {{"application_name", env.standbyName}, {"instance", env.primaryInstance}}, std::round(lags[e] * walRate));
    }
    w.family("pg_database_size_bytes", "gauge", "Disk space used by the database");
    for (const auto &env : envs) {
        // Grows steadily from a fixed reference day, so the value is a function of time only.
        const double growth = (env->production ? 2200.0 : 300.0) * std::max(0.0, now - 1767225600.0);
        w.sample("pg_database_size_bytes", env->name, {{"datname", env->database}, {"instance", env->primaryInstance}},
                 std::round(env->databaseBaseBytes + growth));
    }

    // --- Business flows ---
    w.family("gatehouse_orders_confirmed_total", "counter", "Sale orders confirmed");
    for (const auto &env : envs)
        w.sample("gatehouse_orders_confirmed_total", env->name, {}, std::floor(env->orders));
    w.family("gatehouse_pickings_validated_total", "counter", "Pickings validated per site");
    for (const auto &env : envs) {
        for (const Outcome &site : env->sites)
            w.sample("gatehouse_pickings_validated_total", env->name, {{"site", site.name}}, std::floor(site.counts[0]));
    }
    w.family("gatehouse_edi_messages_total", "counter", "EDI messages exchanged per partner, direction and result");
    for (const auto &env : envs) {
        for (const Partner &partner : env->partners) {
            for (size_t d = 0; d < 2; ++d) {
                for (size_t r = 0; r < 2; ++r)
                    w.sample("gatehouse_edi_messages_total", env->name,
                             {{"direction", kDirections[d]}, {"partner", partner.name}, {"result", kResults[r]}},
                             std::floor(partner.counts[d][r]));
            }
        }
    }
    w.family("gatehouse_carrier_label_requests_total", "counter", "Carrier label requests per carrier and result");
    for (const auto &env : envs) {
        for (const Outcome &carrier : env->carriers) {
            for (size_t r = 0; r < 2; ++r)
                w.sample("gatehouse_carrier_label_requests_total", env->name, {{"carrier", carrier.name}, {"result", kResults[r]}},
                         std::floor(carrier.counts[r]));
        }
    }
    w.family("gatehouse_payment_captures_total", "counter", "Payment captures per provider and result");
    for (const auto &env : envs) {
        for (const Outcome &provider : env->providers) {
            for (size_t r = 0; r < 2; ++r)
                w.sample("gatehouse_payment_captures_total", env->name, {{"provider", provider.name}, {"result", kResults[r]}},
                         std::floor(provider.counts[r]));
        }
    }

    // --- Backup ---
    w.family("gatehouse_backup_last_success_timestamp_seconds", "gauge", "Unix time of the last successful base backup; 0 = never");
    for (const auto &env : envs) {
        double value = 0;
        if (env->backupTimestamp) {
            value = *env->backupTimestamp;
        } else {
            // The nightly base backup finishes at 01:47 local time.
            const double local = now + env->offsets[0];
            double finished = std::floor(local / 86400.0) * 86400.0 + 1 * 3600 + 47 * 60;
            if (finished > local)
                finished -= 86400;
            value = finished - env->offsets[0];
        }
        w.sample("gatehouse_backup_last_success_timestamp_seconds", env->name, {{"database", env->database}}, value);
    }
    return w.take();
}

QJsonObject MetricsModel::applyFaults(const QJsonObject &request, qint64 nowMs, QString *error)
{
    std::lock_guard lock(m_mutex);
    const double now = static_cast<double>(nowMs) / 1000.0;
    // Bring the series up to now with the state seen so far, so the fault starts here.
    const Observation last = m_lastObservation;
    advance(last, now);

    auto findEnvironment = [this, error](const QJsonObject &object, const QString &key) -> Environment * {
        const QString name = object.value(u"environment"_s).toString();
        for (auto &env : m_environments) {
            if (env->seed.name == name)
                return env.get();
        }
        *error = key + u": unknown environment \""_s + name + u'"';
        return nullptr;
    };
    static const QStringList known{u"ediFailureBurst"_s, u"carrierFailureBurst"_s, u"replicationLagSeconds"_s,
                                   u"queueBacklog"_s, u"stuckJob"_s, u"backupStale"_s, u"reset"_s};
    for (auto it = request.begin(); it != request.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = u"unknown metrics fault \""_s + it.key() + u"\"; known: "_s + known.join(u", "_s);
            return {};
        }
    }
    if (request.value(u"reset"_s).toBool()) {
        for (auto &env : m_environments) {
            env->ediBursts.clear();
            env->carrierBursts.clear();
            env->replicationLag.reset();
            env->backlogs.clear();
            env->stuckSince.clear();
            env->backupTimestamp.reset();
        }
    }
    auto burst = [&](const QString &key, const QString &subjectKey, bool carrier) -> bool {
        if (!request.contains(key))
            return true;
        const QJsonObject object = request.value(key).toObject();
        Environment *env = findEnvironment(object, key);
        if (!env)
            return false;
        const std::string subject = toStd(object.value(subjectKey).toString());
        const bool exists = carrier ? std::any_of(env->carriers.begin(), env->carriers.end(),
                                                  [&subject](const Outcome &c) { return c.name == subject; })
                                    : std::any_of(env->partners.begin(), env->partners.end(),
                                                  [&subject](const Partner &p) { return p.name == subject; });
        if (!exists) {
            *error = key + u": "_s + env->seed.name + u" has no "_s + subjectKey + u" \""_s
                + QString::fromStdString(subject) + u'"';
            return false;
        }
        if (object.value(u"clear"_s).toBool()) {
            (carrier ? env->carrierBursts : env->ediBursts).erase(subject);
            return true;
        }
        const double ratio = object.value(u"ratio"_s).toDouble(0.4);
        const double seconds = object.value(u"seconds"_s).toDouble(300);
        if (ratio < 0 || ratio > 1 || seconds <= 0) {
            *error = key + u": ratio must be 0..1 and seconds > 0"_s;
            return false;
        }
        (carrier ? env->carrierBursts : env->ediBursts)[subject] = Burst{ratio, now, now + seconds};
        return true;
    };
    if (!burst(u"ediFailureBurst"_s, u"partner"_s, false) || !burst(u"carrierFailureBurst"_s, u"carrier"_s, true))
        return {};
    if (request.contains(u"replicationLagSeconds"_s)) {
        const QJsonObject object = request.value(u"replicationLagSeconds"_s).toObject();
        Environment *env = findEnvironment(object, u"replicationLagSeconds"_s);
        if (!env)
            return {};
        const QJsonValue value = object.value(u"value"_s);
        if (value.isNull() || value.isUndefined())
            env->replicationLag.reset();
        else
            env->replicationLag = std::max(0.0, value.toDouble());
    }
    auto channelOf = [&](Environment *env, const QJsonObject &object, const QString &key, std::string *channel) {
        *channel = toStd(object.value(u"channel"_s).toString(u"root"_s));
        if (std::none_of(env->channels.begin(), env->channels.end(), [channel](const Channel &c) { return c.name == *channel; })) {
            *error = key + u": "_s + env->seed.name + u" has no channel \""_s + QString::fromStdString(*channel) + u'"';
            return false;
        }
        return true;
    };
    if (request.contains(u"queueBacklog"_s)) {
        const QJsonObject object = request.value(u"queueBacklog"_s).toObject();
        Environment *env = findEnvironment(object, u"queueBacklog"_s);
        std::string channel;
        if (!env || !channelOf(env, object, u"queueBacklog"_s, &channel))
            return {};
        const double pending = object.value(u"pending"_s).toDouble(800);
        if (pending <= 0) {
            env->backlogs.erase(channel);
        } else {
            env->backlogs[channel] = Backlog{pending, object.value(u"oldestPendingSeconds"_s).toDouble(1200), now,
                                             now + object.value(u"seconds"_s).toDouble(1e12)};
        }
    }
    if (request.contains(u"stuckJob"_s)) {
        const QJsonObject object = request.value(u"stuckJob"_s).toObject();
        Environment *env = findEnvironment(object, u"stuckJob"_s);
        std::string channel;
        if (!env || !channelOf(env, object, u"stuckJob"_s, &channel))
            return {};
        if (object.value(u"clear"_s).toBool())
            env->stuckSince.erase(channel);
        else
            env->stuckSince[channel] = now - object.value(u"runningSeconds"_s).toDouble(1900);
    }
    if (request.contains(u"backupStale"_s)) {
        const QJsonObject object = request.value(u"backupStale"_s).toObject();
        Environment *env = findEnvironment(object, u"backupStale"_s);
        if (!env)
            return {};
        if (object.value(u"clear"_s).toBool())
            env->backupTimestamp.reset();
        else if (object.value(u"never"_s).toBool())
            env->backupTimestamp = 0.0;
        else
            env->backupTimestamp = std::floor(now - object.value(u"hours"_s).toDouble(30) * 3600);
    }
    return describeLocked(now);
}

QJsonObject MetricsModel::describeFaults(qint64 nowMs) const
{
    std::lock_guard lock(m_mutex);
    return describeLocked(static_cast<double>(nowMs) / 1000.0);
}

QJsonObject MetricsModel::describeLocked(double now) const
{
    QJsonObject environments;
    for (const auto &env : m_environments) {
        QJsonObject faults;
        auto bursts = [now](const std::map<std::string, Burst> &map) {
            QJsonObject result;
            for (const auto &[name, burst] : map) {
                if (burst.end > now)
                    result.insert(QString::fromStdString(name),
                                  QJsonObject{{u"ratio"_s, burst.ratio}, {u"secondsLeft"_s, std::round(burst.end - now)}});
            }
            return result;
        };
        if (const QJsonObject edi = bursts(env->ediBursts); !edi.isEmpty())
            faults.insert(u"ediFailureBurst"_s, edi);
        if (const QJsonObject carrier = bursts(env->carrierBursts); !carrier.isEmpty())
            faults.insert(u"carrierFailureBurst"_s, carrier);
        if (env->replicationLag)
            faults.insert(u"replicationLagSeconds"_s, *env->replicationLag);
        QJsonObject backlogs;
        for (const auto &[channel, backlog] : env->backlogs)
            backlogs.insert(QString::fromStdString(channel), QJsonObject{{u"pending"_s, backlog.pending},
                                                                        {u"oldestPendingSeconds"_s, backlog.oldestSeconds + now - backlog.start}});
        if (!backlogs.isEmpty())
            faults.insert(u"queueBacklog"_s, backlogs);
        QJsonObject stuck;
        for (const auto &[channel, since] : env->stuckSince)
            stuck.insert(QString::fromStdString(channel), std::round(now - since));
        if (!stuck.isEmpty())
            faults.insert(u"stuckJob"_s, stuck);
        if (env->backupTimestamp)
            faults.insert(u"backupStale"_s, *env->backupTimestamp);
        if (!faults.isEmpty())
            environments.insert(env->seed.name, faults);
    }
    return QJsonObject{{u"environments"_s, environments}};
}

} // namespace Gatehouse::Sim
