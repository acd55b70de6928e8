// Release execution figures against the estate simulator, a real Prometheus and a
// private PostgreSQL control store:
//  - detection-to-action latency for a breached criterion: a bad image in the canary of
//    production-eu, repeated; breach (Prometheus sample time) → undo sent, and the
//    executor's own detection → undo sent, at a 1 s evaluation interval;
//  - this process's CPU (user+system over wall time) and RSS while five executors drive
//    five releases at once (one per environment workload).
// Prints figures; not a pass/fail test.

#include "postgresfixture.h"
#include "prometheusfixture.h"

#include "models/releaseplan.h"
#include "services/controlstore.h"
#include "services/estateloader.h"
#include "services/kubeactions.h"
#include "services/kubeclient.h"
#include "services/kubeconfig.h"
#include "services/prometheusclient.h"
#include "services/releaseexecutor.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Gatehouse;
using namespace Gatehouse::Services;

namespace {

constexpr int kIntervalMs = 1000;
const QString kEdiRatio = QStringLiteral(
    "sum(rate(gatehouse_edi_messages_total{environment=\"$environment\",result=\"failed\"}[5s]))"
    " / clamp_min(sum(rate(gatehouse_edi_messages_total{environment=\"$environment\"}[5s])), 1e-9)");

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

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

template<typename T>
T await(const QFuture<Models::Result<T>> &future)
{
    Tests::waitFor(future, 30000);
    const auto result = future.result();
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return result.value();
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QEventLoop loop;
        QTimer::singleShot(50, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return true;
}

struct Bench
{
    Tests::PostgresFixture control;
    Tests::PrometheusFixture prometheus;
    QTemporaryDir simDir;
    QProcess sim;
    ControlStore store;
    QHash<QString, KubeClient *> kube;
    QHash<QString, KubeActions *> actions;
    PrometheusClient prometheusClient;
    int serial = 0;

    ~Bench()
    {
        for (KubeClient *client : std::as_const(kube))
            delete client;
        store.close();
        sim.terminate();
        sim.waitForFinished(5000);
    }

    bool start()
    {
        if (!control.start())
            return false;
        ControlStoreSettings settings;
        settings.url = control.url(QStringLiteral("postgres"));
        store.open(settings);
        if (!store.waitForConnection(std::chrono::seconds(60)).ok())
            return false;
        const auto estate = EstateLoader::loadFolder(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"));
        await(store.applyPolicy(ControlStore::policyDocument(*estate.estate)));
        sim.setProgram(QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehouse-estate-sim"));
        sim.setArguments({QStringLiteral("--estate"), QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"),
                          QStringLiteral("--state-dir"), simDir.path(), QStringLiteral("--clock-scale"),
                          QStringLiteral("60"), QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:0")});
        sim.start();
        QByteArray out;
        QDeadlineTimer deadline(30000);
        while (!out.contains("metrics http") && !deadline.hasExpired()) {
            sim.waitForReadyRead(200);
            out += sim.readAllStandardOutput();
        }
        const int at = out.indexOf("metrics http://");
        if (at < 0)
            return false;
        const QUrl metrics(QString::fromUtf8(out.mid(at + 8, out.indexOf('\n', at) - at - 8)).trimmed());
        Tests::PrometheusFixture::Options options;
        options.scrapeTargets = {QStringLiteral("127.0.0.1:%1").arg(metrics.port())};
        if (!prometheus.start(options))
            return false;
        HttpEndpoint endpoint;
        endpoint.url = prometheus.prometheusUrl();
        prometheusClient.setEndpoint(endpoint);
        const auto config = KubeConfig::load({simDir.filePath(QStringLiteral("kubeconfig"))}, true);
        const QList<QStringList> envs{{QStringLiteral("development"), QStringLiteral("nonprod-shared"), QStringLiteral("odoo-dev")},
                                      {QStringLiteral("staging"), QStringLiteral("nonprod-shared"), QStringLiteral("odoo-staging")},
                                      {QStringLiteral("production-eu"), QStringLiteral("prod-eu"), QStringLiteral("odoo-prod-eu")},
                                      {QStringLiteral("production-us"), QStringLiteral("prod-us"), QStringLiteral("odoo-prod-us")}};
        for (const QStringList &env : envs) {
            KubeConnectionConfig connection = config->connection(env.at(1)).value();
            connection.namespaceName = env.at(2);
            auto *client = new KubeClient(connection);
            client->start();
            kube.insert(env.at(0), client);
            actions.insert(env.at(0), new KubeActions(client, client));
        }
        return spinUntil([this] {
            return std::all_of(kube.cbegin(), kube.cend(), [](KubeClient *c) { return c->isSynced(); });
        }, 30000) && spinUntil([this] {
            auto f = prometheusClient.query(QStringLiteral("gatehouse_edi_messages_total"));
            return Tests::waitFor(f, 5000) && f.result().ok() && !f.result()->isEmpty();
        }, 30000);
    }

    qint64 release(const QString &environment, const QString &workload, const QString &image)
    {
        Models::ChangeRequest draft;
        draft.title = QStringLiteral("bench %1").arg(image);
        draft.environment = environment;
        draft.type = Models::ChangeType::Standard;
        draft.workloads = {workload};
        draft.windowStart = QDateTime::currentDateTimeUtc().addSecs(-60);
        draft.windowEnd = QDateTime::currentDateTimeUtc().addSecs(3600);
        draft.windowTimeZone = QStringLiteral("UTC");
        const auto change = await(store.createChange(draft));
        Models::ChangeScope scope;
        scope.workloads = {{workload, image}};
        scope.rollbackPlan = QStringLiteral("undo");
        scope.rollbackCriteria = {{QStringLiteral("edi-failure-ratio"), kEdiRatio, QStringLiteral(">"), 0.1, 1,
                                   QStringLiteral("rollback")}};
        await(store.setScope(change.id, scope, QStringLiteral("bench")));
        await(store.submit(change.id));
        await(store.assess(change.id, 5));
        return await(store.createRelease(draft.title, {change.id},
                                         Models::ReleasePlan::build({environment}, {{workload, workload, image}}, 2)))
            .id;
    }

    std::unique_ptr<ReleaseExecutor> executor()
    {
        auto e = std::make_unique<ReleaseExecutor>(&store);
        ReleaseExecutorSettings settings;
        settings.evaluationInterval = std::chrono::milliseconds(kIntervalMs);
        settings.leaseTtl = std::chrono::milliseconds(5000);
        settings.noDataAfter = std::chrono::milliseconds(10000);
        e->setSettings(settings);
        for (auto it = kube.cbegin(); it != kube.cend(); ++it) {
            ReleaseEnvironment target;
            target.name = it.key();
            target.kube = it.value();
            target.actions = actions.value(it.key());
            target.prometheus = &prometheusClient;
            e->addEnvironment(target);
        }
        return e;
    }
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Bench bench;
    if (!bench.start()) {
        std::fprintf(stderr, "bench_release: could not start the simulator, Prometheus or PostgreSQL\n");
        return 1;
    }

    // 1. Detection-to-action latency.
    QList<double> fromBreach, fromDetection;
    for (int run = 0; run < 3; ++run) {
        const QString image = QStringLiteral("registry.northwind.example/edi-gateway:9.%1-bad").arg(run);
        const qint64 id = bench.release(QStringLiteral("production-eu"), QStringLiteral("edi-gateway"), image);
        auto executor = bench.executor();
        QDateTime breachedAt, detectedAt, undoAt;
        QObject::connect(executor.get(), &ReleaseExecutor::breachDetected, executor.get(),
                         [&](int, const QString &, const QDateTime &, const QDateTime &at, const QDateTime &detected) {
                             breachedAt = at;
                             detectedAt = detected;
                         });
        QObject::connect(executor.get(), &ReleaseExecutor::actionStarted, executor.get(),
                         [&](const QString &action, const QString &, const QDateTime &at) {
                             if (action == QLatin1String("undo") && !undoAt.isValid())
                                 undoAt = at;
                         });
        executor->start(id);
        if (!spinUntil([&] { return !executor->isRunning(); }, 90000) || !undoAt.isValid()) {
            std::fprintf(stderr, "bench_release: run %d did not roll back\n", run);
            continue;
        }
        fromBreach.append(double(breachedAt.msecsTo(undoAt)));
        fromDetection.append(double(detectedAt.msecsTo(undoAt)));
        // Let the rollback settle before the next run.
        spinUntil([] { return false; }, 5000);
    }
    std::sort(fromBreach.begin(), fromBreach.end());
    std::sort(fromDetection.begin(), fromDetection.end());
    std::printf("detection-to-action (evaluation interval %d ms, %lld runs):\n", kIntervalMs, qint64(fromBreach.size()));
    if (!fromBreach.isEmpty()) {
        std::printf("  breach sample -> undo sent: median %.0f ms, max %.0f ms (%.2f intervals)\n",
                    fromBreach.at(fromBreach.size() / 2), fromBreach.last(), fromBreach.last() / kIntervalMs);
        std::printf("  detection -> undo sent:     median %.0f ms, max %.0f ms\n", fromDetection.at(fromDetection.size() / 2),
                    fromDetection.last());
    }

    // 2. Five executors, five releases at once.
    const QList<QPair<QString, QString>> targets{{QStringLiteral("development"), QStringLiteral("edi-gateway")},
                                                 {QStringLiteral("staging"), QStringLiteral("edi-gateway")},
                                                 {QStringLiteral("production-eu"), QStringLiteral("wms-connector")},
                                                 {QStringLiteral("production-us"), QStringLiteral("edi-gateway")},
                                                 {QStringLiteral("production-eu"), QStringLiteral("carrier-connector")}};
    std::vector<std::unique_ptr<ReleaseExecutor>> executors;
    const long rssBefore = statusKb("VmRSS:");
    const double cpuBefore = cpuSeconds();
    QElapsedTimer wall;
    wall.start();
    int n = 0;
    for (const auto &[environment, workload] : targets) {
        const QString image = QStringLiteral("registry.example/%1:bench-%2").arg(workload).arg(++n);
        const qint64 id = bench.release(environment, workload, image);
        executors.push_back(bench.executor());
        executors.back()->start(id);
    }
    long rssPeak = rssBefore;
    const bool finished = spinUntil([&] {
        rssPeak = std::max(rssPeak, statusKb("VmRSS:"));
        return std::none_of(executors.cbegin(), executors.cend(), [](const auto &e) { return e->isRunning(); });
    }, 180000);
    const double cpu = cpuSeconds() - cpuBefore;
    const double seconds = double(wall.elapsed()) / 1000.0;
    int completed = 0;
    for (const auto &e : executors)
        completed += e->release().state == Models::ReleaseState::Completed;
    std::printf("5 executors driving 5 releases (%d completed%s) for %.1f s:\n", completed,
                finished ? "" : ", timed out", seconds);
    std::printf("  process CPU %.2f s = %.1f %% of one core (includes the clients of 4 clusters)\n", cpu,
                100.0 * cpu / seconds);
    for (std::size_t i = 0; i < executors.size(); ++i)
        std::printf("  %s/%s: %s %s\n", qPrintable(targets.at(qsizetype(i)).first), qPrintable(targets.at(qsizetype(i)).second),
                    qPrintable(Models::toString(executors.at(i)->release().state)),
                    qPrintable(executors.at(i)->release().stopReason.left(160)));
    std::printf("  RSS %ld KiB before, peak %ld KiB (+%ld KiB), VmHWM %ld KiB\n", rssBefore, rssPeak, rssPeak - rssBefore,
                statusKb("VmHWM:"));
    return 0;
}
