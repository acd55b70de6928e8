// gatehouse-estate-sim: a stand-in Kubernetes API server seeded from an estate.
//
//   gatehouse-estate-sim --estate DIR --listen 127.0.0.1:PORT --state-dir DIR2
//                        [--plain-http] [--clock-scale X] [--metrics-listen 127.0.0.1:PORT]
//                        [--event-ttl SECONDS] [--watch-history SECONDS]
//
// Writes DIR2/kubeconfig (and DIR2/token, DIR2/ca.crt), prints one line
// "listening https://127.0.0.1:PORT" when ready (then, with --metrics-listen, a
// line "metrics http://127.0.0.1:PORT/metrics"), and serves until SIGTERM/SIGINT.
//
// Events are deleted SECONDS (default 3600, kube-apiserver's --event-ttl) after their
// last write, in wall-clock time whatever the clock scale; watchers see them DELETED.
//
// Change events stay replayable for SECONDS (default 300, as an API server's compaction
// interval) of wall-clock time; a watch from an older resourceVersion gets 410 Expired.
//
// GET /metrics (no token) serves the series contract of resources/prometheus/README.md
// per environment; --metrics-listen serves it on a second, plain-HTTP listener too
// (port 0 picks a free port), for a Prometheus that does not have the CA.
//
// Admin API (POST JSON, header "Authorization: Bearer <DIR2/token>"):
//   /admin/faults  {"errors":{"count":N,"code":500|503|429,"retryAfterSeconds":S},
//                   "latencyMs":N, "slowListChunkDelayMs":N, "expireWatches":N,
//                   "dropWatches":true, "compact":true, "reset":true, "clear":true}
//   /admin/images  {"image":"repo/x:tag","health":"bad"|"crash"|"good"}
//   /admin/seed    {"namespace":"bench","deployments":1000,"replicas":10,"image":"...","prefix":"bench"}
//   /admin/metrics {"ediFailureBurst":{"environment":E,"partner":P,"ratio":0.4,"seconds":120,"clear":false},
//                   "carrierFailureBurst":{"environment":E,"carrier":C,"ratio":0.5,"seconds":120,"clear":false},
//                   "replicationLagSeconds":{"environment":E,"value":S|null},
//                   "queueBacklog":{"environment":E,"channel":"root","pending":N,"oldestPendingSeconds":S,"seconds":S},
//                   "stuckJob":{"environment":E,"channel":"root","runningSeconds":S,"clear":false},
//                   "backupStale":{"environment":E,"hours":30,"never":false,"clear":false},
//                   "reset":true}   (GET lists the active metric faults)
//   GET /admin/requests (DELETE clears): method, target, contentType, accept, time, and
//       the body of small writes (a DELETE's DeleteOptions, a PATCH)
//   GET /admin/state, GET /admin/faults

#include "apiserver.h"
#include "clustercontroller.h"
#include "estateseeder.h"
#include "kubeconfigwriter.h"
#include "metricsmodel.h"
#include "objectstore.h"
#include "tlsmaterial.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

#include <pthread.h>

using namespace Qt::Literals::StringLiterals;
using namespace Gatehouse::Sim;

namespace {

int fail(const QString &message, int code = 2)
{
    std::fprintf(stderr, "gatehouse-estate-sim: %s\n", qPrintable(message));
    return code;
}

} // namespace

int main(int argc, char *argv[])
{
    // Signals are taken by sigwait() below; block them before any thread starts.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);
    std::signal(SIGPIPE, SIG_IGN);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"gatehouse-estate-sim"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Simulated Kubernetes API server seeded from a Gatehouse estate."_s);
    parser.addHelpOption();
    const QCommandLineOption estateOption(u"estate"_s, u"Estate folder whose Environment documents are seeded."_s, u"dir"_s);
    const QCommandLineOption listenOption(u"listen"_s, u"Address to listen on (port 0 picks a free port)."_s,
                                          u"host:port"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption stateOption(u"state-dir"_s, u"Folder for kubeconfig, token and CA."_s, u"dir"_s);
    const QCommandLineOption plainOption(u"plain-http"_s, u"Serve plain HTTP without authentication (debugging)."_s);
    const QCommandLineOption clockOption(u"clock-scale"_s, u"Speed-up of the simulated pod clock."_s, u"x"_s, u"1"_s);
    const QCommandLineOption metricsOption(u"metrics-listen"_s, u"Also serve /metrics over plain HTTP here (port 0 picks a free port)."_s,
                                           u"host:port"_s);
    const QCommandLineOption eventTtlOption(u"event-ttl"_s,
                                            u"Seconds an event is kept after its last update, as kube-apiserver's --event-ttl (default 3600)."_s,
                                            u"seconds"_s, u"3600"_s);
    const QCommandLineOption watchHistoryOption(
        u"watch-history"_s,
        u"Seconds a change stays replayable to watches, as an API server's compaction window (default 300); a watch "
        "from an older resourceVersion gets 410 Expired."_s,
        u"seconds"_s, u"300"_s);
    parser.addOptions({estateOption, listenOption, stateOption, plainOption, clockOption, metricsOption, eventTtlOption,
                       watchHistoryOption});
    parser.process(app);

    if (!parser.isSet(estateOption) || !parser.isSet(stateOption))
        return fail(u"--estate and --state-dir are required"_s);
    const QString listen = parser.value(listenOption);
    const QString host = listen.section(u':', 0, -2);
    bool portOk = false;
    const int port = listen.section(u':', -1).toInt(&portOk);
    if (host.isEmpty() || !portOk || port < 0 || port > 65535)
        return fail(u"--listen expects host:port"_s);
    const QString metricsListen = parser.value(metricsOption);
    const QString metricsHost = metricsListen.section(u':', 0, -2);
    const int metricsPort = metricsListen.section(u':', -1).toInt(&portOk);
    if (parser.isSet(metricsOption) && (metricsHost.isEmpty() || !portOk || metricsPort < 0 || metricsPort > 65535))
        return fail(u"--metrics-listen expects host:port"_s);
    bool scaleOk = false;
    const double clockScale = parser.value(clockOption).toDouble(&scaleOk);
    if (!scaleOk || clockScale <= 0)
        return fail(u"--clock-scale expects a positive number"_s);
    bool ttlOk = false;
    const double eventTtlSeconds = parser.value(eventTtlOption).toDouble(&ttlOk);
    if (!ttlOk || eventTtlSeconds <= 0)
        return fail(u"--event-ttl expects a positive number of seconds"_s);
    bool historyOk = false;
    const double watchHistorySeconds = parser.value(watchHistoryOption).toDouble(&historyOk);
    if (!historyOk || watchHistorySeconds <= 0)
        return fail(u"--watch-history expects a positive number of seconds"_s);
    const bool plainHttp = parser.isSet(plainOption);
    const QString stateDir = parser.value(stateOption);
    if (!QDir().mkpath(stateDir))
        return fail(u"cannot create "_s + stateDir);

    EstateSeeder seeder;
    if (const QString error = seeder.read(parser.value(estateOption)); !error.isEmpty())
        return fail(error);

    std::unique_ptr<TlsMaterial> tls;
    if (!plainHttp) {
        QString error;
        tls = TlsMaterial::generate(&error);
        if (!tls)
            return fail(error, 1);
    }
    const QByteArray token = TlsMaterial::randomToken();

    ObjectStore store;
    // Capped (at ~31 years) so that "now - window" cannot overflow the clock.
    store.setHistoryWindow(std::chrono::milliseconds(qRound64(std::min(watchHistorySeconds, 1e9) * 1000)));
    ClusterController controller(store, clockScale);
    // Capped (at ~31 years) so that "now + TTL" cannot overflow the clock.
    controller.setEventTtl(std::chrono::milliseconds(qRound64(std::min(eventTtlSeconds, 1e9) * 1000)));
    {
        std::lock_guard lock(store.mutex());
        seeder.seed(controller);
    }

    MetricsModel metrics(seeder.environments(), QDateTime::currentMSecsSinceEpoch());

    ApiServer::Options options;
    options.metrics = &metrics;
    options.plainHttp = plainHttp;
    options.token = token;
    options.resetState = [&store, &controller, &seeder] {
        store.clear();
        controller.reset();
        seeder.seed(controller);
    };
    ApiServer server(store, controller, tls.get(), options);
    const int boundPort = server.bind(host, port);
    if (boundPort <= 0)
        return fail(u"cannot listen on "_s + listen, 1);
    int boundMetricsPort = 0;
    if (parser.isSet(metricsOption)) {
        boundMetricsPort = server.bindMetricsListener(metricsHost, metricsPort);
        if (boundMetricsPort <= 0)
            return fail(u"cannot listen on "_s + metricsListen, 1);
    }

    const QString url = (plainHttp ? u"http://"_s : u"https://"_s) + host + u':' + QString::number(boundPort);
    std::vector<KubeconfigContext> contexts;
    for (const SeedEnvironment &environment : seeder.environments())
        contexts.push_back({environment.name, environment.ns});
    for (const SeedEnvironment &environment : seeder.environments()) {
        const bool taken = std::any_of(contexts.begin(), contexts.end(),
                                       [&environment](const KubeconfigContext &c) { return c.name == environment.context; });
        if (!environment.context.isEmpty() && !taken)
            contexts.push_back({environment.context, environment.ns});
    }
    const QString kubeconfigPath = QDir(stateDir).filePath(u"kubeconfig"_s);
    if (const QString error = writeKubeconfig(kubeconfigPath, url, tls ? tls->caCertificatePem() : QByteArray(),
                                              plainHttp ? QByteArray() : token, contexts);
        !error.isEmpty())
        return fail(error, 1);
    auto writePrivate = [&stateDir](const QString &name, const QByteArray &data) {
        QSaveFile file(QDir(stateDir).filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(data);
        return file.commit();
    };
    if (!writePrivate(u"token"_s, token) || (tls && !writePrivate(u"ca.crt"_s, tls->caCertificatePem())))
        return fail(u"cannot write into "_s + stateDir, 1);

    controller.start();
    std::thread serving([&server] { server.listen(); });

    std::printf("listening %s\n", qPrintable(url));
    if (boundMetricsPort > 0)
        std::printf("metrics http://%s:%d/metrics\n", qPrintable(metricsHost), boundMetricsPort);
    std::fflush(stdout);

    int received = 0;
    sigwait(&signals, &received);

    server.stop();
    serving.join();
    controller.stop();
    return 0;
}
