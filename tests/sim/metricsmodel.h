#pragma once

// MetricsModel: the simulator's /metrics. Generates, per environment of the estate,
// the series of resources/prometheus/README.md ("Series contract") shaped like the
// exporters a real estate runs (Traefik, redis_exporter, postgres_exporter, the
// Odoo queue_job and worker metrics, business flow counters, backup age).
//
// Values follow a daily shape in the environment's (or site's) time zone times a
// deterministic pseudo-random walk, stepped one second at a time from the last
// scrape to the next; counters only grow. They respond to the cluster: a
// Deployment whose template image is bad or crash-looping raises its service's
// 5xx ratio and p95 latency (and the EDI, carrier or payment failure ratio when it
// runs that integration), unavailable replicas lower throughput and let queues back
// up. Faults from POST /admin/metrics (EDI and carrier failure bursts, replication
// lag, queue backlog, a stuck job, a stale backup) show up in the series too.
//
// Threading: observe() reads the ObjectStore and must be called with its mutex
// held; it only reads the immutable configuration. scrape(), applyFaults() and
// describeFaults() lock the model's own mutex and may be called from any thread.

#include "estateseeder.h"

#include <QJsonObject>
#include <QString>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace Gatehouse::Sim {

class ObjectStore;
class ClusterController;

class MetricsModel
{
public:
    // State of one estate workload's Deployment as the metrics see it.
    struct WorkloadState
    {
        bool present = false;   // the Deployment exists
        int desired = 0;        // spec.replicas
        int available = 0;      // status.availableReplicas
        bool broken = false;    // template image is bad (pull fails) or crash-loops
    };
    // Per environment, per workload in SeedEnvironment::workloads order.
    using Observation = std::vector<std::vector<WorkloadState>>;

    // startMs: the model's clock origin (Unix ms); counters start as if the
    // workloads had run for a few days already.
    MetricsModel(const std::vector<SeedEnvironment> &environments, qint64 startMs);
    ~MetricsModel();
    MetricsModel(const MetricsModel &) = delete;
    MetricsModel &operator=(const MetricsModel &) = delete;

    // Caller holds the store's mutex.
    Observation observe(const ObjectStore &store, const ClusterController &controller) const;

    // Advances every series to nowMs with the observed cluster state and renders
    // the Prometheus text exposition (format 0.0.4).
    std::string scrape(const Observation &observation, qint64 nowMs);

    // Applies a fault request (see main.cpp); empty error on success. The cluster
    // state observed by the previous scrape is used to bring the series up to the
    // moment the fault starts.
    QJsonObject applyFaults(const QJsonObject &request, qint64 nowMs, QString *error);
    QJsonObject describeFaults(qint64 nowMs) const;

    static constexpr const char *contentType = "text/plain; version=0.0.4; charset=utf-8";

    // Internal per-environment state (defined in the .cpp).
    struct Environment;

private:
    void advance(const Observation &observation, double nowSeconds);
    QJsonObject describeLocked(double nowSeconds) const;

    mutable std::mutex m_mutex;
    std::vector<std::unique_ptr<Environment>> m_environments;
    Observation m_lastObservation;
    double m_lastSeconds = 0;
};

} // namespace Gatehouse::Sim
