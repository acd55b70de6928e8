#pragma once

// ApiServer: the HTTP(S) front of the estate simulator. Routes the Kubernetes API
// subset of kube-api.md (version, discovery, list/get/watch of namespaces, pods,
// events, deployments and replicasets, patch/update/create/delete of deployments,
// delete of pods, the scale subresource) and the token-protected admin API
// (/admin/...: faults, image health, bulk seeding, request log, state). /api and
// /apis answer in the aggregated APIGroupDiscoveryList form (v2 or v2beta1) when the
// Accept header asks for it, as kubectl does, and in the plain form otherwise. Checks the bearer token,
// applies injected faults, and logs every request.
//
// With a MetricsModel it also serves GET /metrics (Prometheus text format, no
// token: Prometheus scrapes it plainly) and POST/GET /admin/metrics (metric
// faults), and optionally /metrics alone on a second, plain-HTTP listener.
//
// Threading: listen() blocks the calling thread; httplib serves requests on
// its own pool, where watches live as long-running chunked responses. The plain
// metrics listener runs on a thread of its own. stop() may be called from any thread.

#include "faultinjector.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <atomic>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>

namespace httplib {
class Server;
struct Request;
struct Response;
} // namespace httplib

namespace Gatehouse::Sim {

class ObjectStore;
class ClusterController;
class TlsMaterial;
class MetricsModel;
struct ApiError;

class ApiServer
{
public:
    struct Options
    {
        bool plainHttp = false;
        QByteArray token;                      // required on every API call over https, and on /admin always
        std::function<void()> resetState;      // called with the store's mutex held
        MetricsModel *metrics = nullptr;       // serves /metrics when set
    };

    ApiServer(ObjectStore &store, ClusterController &controller, const TlsMaterial *tls, Options options);
    ~ApiServer();

    // Binds (port 0 = any free port); returns the port or -1.
    int bind(const QString &host, int port);
    // Serves until stop(); blocks.
    bool listen();
    void stop();
    // A second, plain-HTTP listener serving only GET /metrics (port 0 = any free
    // port); returns the port or -1. Call before listen().
    int bindMetricsListener(const QString &host, int port);

private:
    void handle(const httplib::Request &request, httplib::Response &response);
    void route(const httplib::Request &request, httplib::Response &response);
    void handleAdmin(const httplib::Request &request, httplib::Response &response);
    void handleResource(const httplib::Request &request, httplib::Response &response, const QStringList &segments,
                        const QString &group);
    void serveWatch(const httplib::Request &request, httplib::Response &response, int resource, const QString &ns);
    void serveList(const httplib::Request &request, httplib::Response &response, int resource, const QString &ns);
    void writeDeployment(const httplib::Request &request, httplib::Response &response, const QString &ns,
                         const QString &name, bool scaleSubresource);
    void deletePod(const httplib::Request &request, httplib::Response &response, const QString &ns, const QString &name);
    void logRequest(const httplib::Request &request);
    void serveMetrics(const httplib::Request &request, httplib::Response &response);
    void handleMetricsAdmin(const httplib::Request &request, httplib::Response &response, const QJsonObject &body);

    ObjectStore &m_store;
    ClusterController &m_controller;
    FaultInjector m_faults;
    Options m_options;
    std::unique_ptr<httplib::Server> m_server;
    std::unique_ptr<httplib::Server> m_metricsServer;
    std::thread m_metricsThread;
    std::atomic<bool> m_stopping{false};
    std::mutex m_logMutex;
    std::deque<QJsonObject> m_requestLog;
};

} // namespace Gatehouse::Sim
