// Kubernetes client figures against the estate simulator, in one run:
//  - initial sync of 10,000 pods + 1,000 deployments + 1,000 replicasets (seeded through
//    the simulator's admin API) by Gatehouse's client, against
//    `kubectl get pods,deploy,rs -A -o json` on the same simulator, and the ratio;
//  - peak RSS of this process with that state held, and bytes per pod;
//  - watch ingestion: events per second while the workload and pod models are attached,
//    and the longest UI-thread stall meanwhile (load: 300 deployments x 10 pods seeded at once);
//  - the same with the Rollouts area open (Ui::RolloutsPage, offscreen, painted): its own
//    client for the bench namespace, 1,000 workloads listed, one selected with its pods,
//    revisions, events and timeline (load: another 300 x 10 seeded at once).
// Prints figures; not a pass/fail test.

#include "kubesimfixture.h"

#include "models/kubestore.h"
#include "models/podmodel.h"
#include "models/workloadmodel.h"
#include "services/kubeclient.h"
#include "services/kubeconfig.h"
#include "services/kubereflector.h"
#include "ui/rolloutdetailview.h"
#include "ui/rolloutenvironment.h"
#include "ui/rolloutspage.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <functional>
#include <memory>
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

/// With GATEHOUSE_BENCH_TRACE=1, names every event whose delivery took longer than 16 ms
/// (receiver class, parent class, event type): where a UI-thread stall comes from.
class TracingApplication : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_trace || !receiver || receiver->thread() != thread())
            return QApplication::notify(receiver, event);
        // Read before delivery: the receiver may be gone afterwards.
        const int type = int(event->type());
        const char *className = receiver->metaObject()->className();
        const QObject *parent = receiver->parent();
        const char *parentName = parent ? parent->metaObject()->className() : "-";
        ++m_depth;
        QElapsedTimer timer;
        timer.start();
        const bool result = QApplication::notify(receiver, event);
        const qint64 ms = timer.elapsed();
        --m_depth;
        if (ms > 16 && m_depth == 0)
            std::fprintf(stderr, "stall %lld ms: event %d to %s (parent %s)\n", ms, type, className, parentName);
        return result;
    }

private:
    bool m_trace = qEnvironmentVariableIntValue("GATEHOUSE_BENCH_TRACE") == 1;
    int m_depth = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    TracingApplication app(argc, argv);
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
    // GATEHOUSE_BENCH_KUBECTL_RUNS=0 leaves kubectl out (when profiling the client alone).
    const int kubectlRuns = qEnvironmentVariableIsSet("GATEHOUSE_BENCH_KUBECTL_RUNS")
        ? qEnvironmentVariableIntValue("GATEHOUSE_BENCH_KUBECTL_RUNS")
        : 4;
    for (int run = 0; run < kubectlRuns; ++run) {
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
    // Puts a burst of new workloads into the bench namespace through the simulator's seed
    // call (`deployments` x 10 pods, with their ReplicaSets and events, at once) and
    // measures the watch events `countEvents` sees until the stream is quiet for 2 s, with
    // a 1 ms stall probe on the UI thread. (`kubectl scale --all` sends one request at a
    // time and cannot produce more than ~60 events/s here: the load generator, not the
    // client, would be measured.)
    struct Ingestion
    {
        qint64 events = 0;
        qint64 busyMs = 0;
        qint64 longestStall = 0;
    };
    auto measure = [&](const QString &prefix, int deployments, const std::function<qint64()> &countEvents) {
        Ingestion result;
        QElapsedTimer tick;
        QTimer probe;
        probe.setInterval(1);
        QObject::connect(&probe, &QTimer::timeout, [&] { result.longestStall = std::max(result.longestStall, tick.restart()); });
        const qint64 before = countEvents();
        sim.admin(QStringLiteral("seed"), {{QStringLiteral("namespace"), QStringLiteral("bench")},
                                           {QStringLiteral("deployments"), deployments},
                                           {QStringLiteral("replicas"), 10},
                                           {QStringLiteral("prefix"), prefix}});
        QElapsedTimer window;
        window.start();
        tick.start();
        probe.start();
        qint64 last = before;
        QElapsedTimer quiet;
        quiet.start();
        while (window.elapsed() < 120000) {
            spin(100);
            const qint64 now = countEvents();
            if (now != last) {
                last = now;
                quiet.restart();
                result.busyMs = window.elapsed();
            } else if (quiet.elapsed() > 2000) {
                break;
            }
        }
        probe.stop();
        result.events = last - before;
        return result;
    };
    // The same, sustained: `perTick` deployments x 5 pods seeded every 100 ms for 10 s.
    auto measurePaced = [&](const QString &prefix, int perTick, const std::function<qint64()> &countEvents) {
        Ingestion result;
        QElapsedTimer tick;
        QTimer probe;
        probe.setInterval(1);
        QObject::connect(&probe, &QTimer::timeout, [&] { result.longestStall = std::max(result.longestStall, tick.restart()); });
        const qint64 before = countEvents();
        QElapsedTimer window;
        window.start();
        tick.start();
        probe.start();
        for (int t = 0; t < 100; ++t) {
            sim.admin(QStringLiteral("seed"), {{QStringLiteral("namespace"), QStringLiteral("bench")},
                                               {QStringLiteral("deployments"), perTick},
                                               {QStringLiteral("replicas"), 5},
                                               {QStringLiteral("prefix"), QString(prefix + QString::number(t))}});
            const qint64 next = (t + 1) * 100;
            if (window.elapsed() < next)
                spin(int(next - window.elapsed()));
        }
        result.busyMs = window.elapsed();
        spin(1000);
        probe.stop();
        result.events = countEvents() - before;
        result.busyMs += 1000;
        return result;
    };
    auto eventsOf = [](const QObject *client) {
        qint64 n = 0;
        for (auto *r : client->findChildren<Services::KubeReflector *>())
            n += r->eventCount();
        return n;
    };

    const Ingestion models = measure(QStringLiteral("burst-a"), 300, [&] { return eventsOf(held.get()); });
    std::printf("watch ingestion (models attached): %lld events in %lld ms = %.0f events/s (target >= 1000); longest "
                "UI-thread stall %lld ms (target <= 16 ms); model flushes: workloads %d, pods %d\n",
                models.events, models.busyMs, models.busyMs > 0 ? models.events * 1000.0 / double(models.busyMs) : 0.0,
                models.longestStall, workloads.flushCount(), podModel.flushCount());

    // The Rollouts area open on the bench namespace, painted offscreen; the first client
    // stops so that the page's client is the only one ingesting.
    held->stop();
    workloads.setStore(nullptr);
    podModel.setStore(nullptr);
    auto estate = std::make_shared<Models::Estate>();
    Models::Environment bench;
    bench.name = QStringLiteral("bench");
    bench.displayName = QStringLiteral("Bench");
    bench.kubeContext = QStringLiteral("development");
    bench.kubeNamespace = QStringLiteral("bench");
    estate->environments.append(bench);
    estate->index();
    Ui::RolloutsPage page;
    page.resize(1600, 1000);
    page.setKubeConfigFiles({sim.kubeconfigPath()});
    page.setEstate(estate);
    page.show();
    QElapsedTimer opened;
    opened.start();
    while (opened.elapsed() < 120000
           && !(page.environment(QStringLiteral("bench"))->client()
                && page.environment(QStringLiteral("bench"))->client()->isSynced()
                && page.workloadModel()->rowCount() >= 1000))
        spin(50);
    const QString selected = page.workloadModel()->nameAt(0);
    page.selectWorkload(selected);
    spin(500);
    std::printf("rollouts page: %d workloads listed after %lld ms; %s selected with %d pods\n",
                page.workloadModel()->rowCount(), opened.elapsed(), qPrintable(selected),
                page.detailView()->podModel()->rowCount());
    const QObject *pageClient = page.environment(QStringLiteral("bench"))->client();
    const Ingestion open = measure(QStringLiteral("burst-b"), 300, [&] { return eventsOf(pageClient); });
    std::printf("watch ingestion (Rollouts view open): %lld events in %lld ms = %.0f events/s (target >= 1000); longest "
                "UI-thread stall %lld ms (target <= 16 ms); workload model flushes %d\n",
                open.events, open.busyMs, open.busyMs > 0 ? open.events * 1000.0 / double(open.busyMs) : 0.0,
                open.longestStall, page.workloadModel()->flushCount());
    const Ingestion paced = measurePaced(QStringLiteral("pace-"), 20, [&] { return eventsOf(pageClient); });
    std::printf("sustained ingestion (Rollouts view open, 20 deployments x 5 pods every 100 ms for 10 s): %lld events in "
                "%lld ms = %.0f events/s (target >= 1000); longest UI-thread stall %lld ms (target <= 16 ms)\n",
                paced.events, paced.busyMs, paced.busyMs > 0 ? paced.events * 1000.0 / double(paced.busyMs) : 0.0,
                paced.longestStall);
    std::printf("peak RSS at the end: %ld KiB\n", statusKb("VmHWM:"));
    held->stop();
    return 0;
}
