// Kubernetes client figures against the estate simulator, in one run:
//  - initial sync of 10,000 pods + 1,000 deployments + 1,000 replicasets (seeded through
//    the simulator's admin API) by Gatehouse's client, against
//    `kubectl get pods,deploy,rs -A -o json` on the same simulator, and the ratio;
//  - peak RSS of this process with that state held, and bytes per pod;
//  - watch ingestion: events per second while the workload and pod models are attached,
//    and the longest UI-thread stall meanwhile (load: `kubectl scale --all`).
// Prints figures; not a pass/fail test.

#include "kubesimfixture.h"

#include "models/kubestore.h"
#include "models/podmodel.h"
#include "models/workloadmodel.h"
#include "services/kubeclient.h"
#include "services/kubeconfig.h"
#include "services/kubereflector.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Gatehouse;

namespace {

long statusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    KubeSimFixture sim;
    if (!sim.start({}, 20.0)) {
        std::fprintf(stderr, "bench_kube: %s\n", qPrintable(sim.error()));
        return 1;
    }
    const QJsonObject seeded = sim.admin(QStringLiteral("seed"), {{QStringLiteral("namespace"), QStringLiteral("bench")},
                                                                  {QStringLiteral("deployments"), 1000},
                                                                  {QStringLiteral("replicas"), 10}});
    std::printf("seeded: %s\n", QJsonDocument(seeded).toJson(QJsonDocument::Compact).constData());
    spin(3000); // let the controller settle the seeded pods

    auto config = Services::KubeConfig::load({sim.kubeconfigPath()}, true);
    if (!config) {
        std::fprintf(stderr, "bench_kube: %s\n", qPrintable(config.error().toString()));
        return 1;
    }
    const auto resolved = config->connection(QStringLiteral("development"));
    if (!resolved) {
        std::fprintf(stderr, "bench_kube: %s\n", qPrintable(resolved.error().toString()));
        return 1;
    }
    Services::KubeConnectionConfig connection = resolved.value();
    connection.namespaceName = QStringLiteral("bench");

    // Gatehouse: list + decode + store + watches open, for the bench namespace.
    QList<double> gatehouseMs;
    std::unique_ptr<Services::KubeClient> held;
    for (int run = 0; run < 3; ++run) {
        auto client = std::make_unique<Services::KubeClient>(connection);
        QElapsedTimer timer;
        timer.start();
        QEventLoop loop;
        QObject::connect(client.get(), &Services::KubeClient::synced, &loop, &QEventLoop::quit);
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        client->start();
        loop.exec();
        gatehouseMs.append(double(timer.elapsed()));
        std::printf("gatehouse sync run %d: %.0f ms (%d pods, %d deployments, %d replicasets)\n", run + 1,
                    gatehouseMs.last(), client->store()->count(Models::KubeKind::Pod),
                    client->store()->count(Models::KubeKind::Deployment),
                    client->store()->count(Models::KubeKind::ReplicaSet));
        held = std::move(client);
    }

    // kubectl, same simulator, warm discovery cache.
    QTemporaryDir cache;
    QList<double> kubectlMs;
    for (int run = 0; run < 4; ++run) {
        QProcess kubectl;
        kubectl.setStandardOutputFile(QProcess::nullDevice());
        QElapsedTimer timer;
        timer.start();
        kubectl.start(QStringLiteral("kubectl"),
                      {QStringLiteral("--kubeconfig"), sim.kubeconfigPath(), QStringLiteral("--context"),
                       QStringLiteral("development"), QStringLiteral("--cache-dir"), cache.path(), QStringLiteral("get"),
                       QStringLiteral("pods,deploy,rs"), QStringLiteral("-A"), QStringLiteral("-o"), QStringLiteral("json")});
        kubectl.waitForFinished(300000);
        if (run > 0) // the first run fills the discovery cache
            kubectlMs.append(double(timer.elapsed()));
        std::printf("kubectl run %d: %lld ms (exit %d)\n", run + 1, timer.elapsed(), kubectl.exitCode());
    }
    const double g = median(gatehouseMs);
    const double k = median(kubectlMs);
    std::printf("initial sync median: gatehouse %.0f ms, kubectl get -A -o json %.0f ms, ratio %.2fx (target <= 0.3x)\n",
                g, k, k > 0 ? g / k : 0.0);

    std::size_t podBytes = 0;
    for (const Models::KubePod &p : held->store()->pods())
        podBytes += Models::KubeObjects::approximateSize(p);
    const int pods = std::max(1, held->store()->count(Models::KubeKind::Pod));
    std::printf("state held: RSS %ld KiB, peak RSS %ld KiB (target <= 300 MB); pods ~%zu bytes each (upper bound)\n",
                statusKb("VmRSS:"), statusKb("VmHWM:"), podBytes / std::size_t(pods));

    // Watch ingestion with the Rollouts models attached and a 1 ms stall probe.
    Models::WorkloadModel workloads;
    Models::PodModel podModel;
    workloads.setStore(held->store());
    podModel.setStore(held->store());
    auto totalEvents = [&] {
        qint64 n = 0;
        for (auto *r : held->findChildren<Services::KubeReflector *>())
            n += r->eventCount();
        return n;
    };
    qint64 longestStall = 0;
    QElapsedTimer tick;
    tick.start();
    QTimer probe;
    probe.setInterval(1);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        longestStall = std::max(longestStall, tick.restart());
    });
    QProcess load;
    load.setStandardOutputFile(QProcess::nullDevice());
    const qint64 before = totalEvents();
    QElapsedTimer window;
    window.start();
    probe.start();
    load.start(QStringLiteral("kubectl"), {QStringLiteral("--kubeconfig"), sim.kubeconfigPath(), QStringLiteral("--context"),
                                           QStringLiteral("development"), QStringLiteral("--cache-dir"), cache.path(),
                                           QStringLiteral("-n"), QStringLiteral("bench"), QStringLiteral("scale"),
                                           QStringLiteral("deploy"), QStringLiteral("--all"), QStringLiteral("--replicas=11")});
    // Measure until the stream has been quiet for 2 s (or 120 s passed).
    qint64 last = before;
    QElapsedTimer quiet;
    quiet.start();
    qint64 busyUntil = 0;
    while (window.elapsed() < 120000) {
        spin(200);
        const qint64 now = totalEvents();
        if (now != last) {
            last = now;
            quiet.restart();
            busyUntil = window.elapsed();
        } else if (quiet.elapsed() > 2000 && load.state() == QProcess::NotRunning) {
            break;
        }
    }
    probe.stop();
    const qint64 events = last - before;
    std::printf("watch ingestion: %lld events in %lld ms = %.0f events/s (target >= 1000); longest UI-thread stall %lld ms "
                "(target <= 16 ms); model flushes: workloads %d, pods %d\n",
                events, busyUntil, busyUntil > 0 ? events * 1000.0 / double(busyUntil) : 0.0, longestStall,
                workloads.flushCount(), podModel.flushCount());
    std::printf("peak RSS at the end: %ld KiB\n", statusKb("VmHWM:"));
    held->stop();
    return 0;
}
