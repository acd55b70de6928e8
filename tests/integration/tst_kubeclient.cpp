// The Kubernetes client against the real estate simulator: initial sync equals the
// server's state, and stays equal through 100+ random faults (dropped watches, 410s,
// 5xx and 429 bursts, latency, compaction); TLS from another CA, a wrong token, an exec
// plugin; and the rollout actions end to end. Lists paged by the server; clients
// destroyed with requests in flight call nothing back.

#include "kubesimfixture.h"

#include "models/kubestore.h"
#include "models/kubeworkloadsummary.h"
#include "services/kubeactions.h"
#include "services/kubeclient.h"
#include "services/kubeconfig.h"
#include "services/kubereflector.h"
#include "services/prometheusclient.h"
#include "services/whenfinished.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPromise>
#include <QTcpServer>
#include <QTcpSocket>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse::Services;
using namespace Gatehouse::Models;

namespace {

const QString Context = QStringLiteral("staging");
const QString Namespace = QStringLiteral("odoo-staging");

template<typename T>
QMap<QString, QByteArray> versionsOf(const QHash<QString, T> &objects)
{
    QMap<QString, QByteArray> out;
    for (auto it = objects.cbegin(); it != objects.cend(); ++it)
        out.insert(it.key(), it->meta.resourceVersion);
    return out;
}

KubeClientSettings fastSettings()
{
    KubeClientSettings s;
    s.initialBackoffMs = 50;
    s.maxBackoffMs = 400;
    return s;
}

template<typename T>
T await(QFuture<T> future)
{
    QElapsedTimer timer;
    timer.start();
    while (!future.isFinished() && timer.elapsed() < 20000)
        QTest::qWait(5);
    if (!future.isFinished())
        return T::failure(QStringLiteral("the action did not finish within 20 s"));
    return future.result();
}

} // namespace

class TestKubeClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void initialSyncEqualsServer();
    void pagedListEndsWithCompleteState();
    void expiredContinueTokenIsGone();
    void whenFinishedSkipsDestroyedGuard();
    void clientsDestroyedWithRequestsInFlight();
    void survivesRandomFaults();
    void certificateFromAnotherCaIsRejected();
    void wrongTokenIsUnauthorized();
    void execPluginCredential();
    void setImageRollsOut();
    void badImageExceedsProgressDeadlineAndUndoRestores();
    void pauseResumeRestartScale();
    void workloadSummaryFollowsTheCluster();

private:
    KubeConnectionConfig connection(const QString &context = Context) const;
    /// Compares every kind of the client's store with the server's lists; empty when equal.
    QString difference(const KubeStore &store);
    bool waitEqual(KubeClient &client, int timeoutMs, QString *why);

    KubeSimFixture m_sim;
};

void TestKubeClient::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
}

void TestKubeClient::cleanupTestCase()
{
    m_sim.stop();
}

KubeConnectionConfig TestKubeClient::connection(const QString &context) const
{
    const auto config = KubeConfig::load({m_sim.kubeconfigPath()}, true);
    if (!config)
        qFatal("%s", qPrintable(config.error().toString()));
    const auto conn = config->connection(context);
    if (!conn)
        qFatal("%s", qPrintable(conn.error().toString()));
    return conn.value();
}

QString TestKubeClient::difference(const KubeStore &store)
{
    const QString base = QStringLiteral("/apis/apps/v1/namespaces/") + Namespace;
    const QString core = QStringLiteral("/api/v1/namespaces/") + Namespace;
    const QStringList names{QStringLiteral("deployments"), QStringLiteral("replicasets"), QStringLiteral("pods"),
                            QStringLiteral("events")};
    const QList<QMap<QString, QByteArray>> clientSide{versionsOf(store.deployments()), versionsOf(store.replicaSets()),
                                                      versionsOf(store.pods()), versionsOf(store.events())};
    const QList<QMap<QString, QByteArray>> serverSide = m_sim.listVersions(
        {base + QStringLiteral("/deployments"), base + QStringLiteral("/replicasets"), core + QStringLiteral("/pods"),
         core + QStringLiteral("/events")});
    for (int k = 0; k < names.size(); ++k) {
        const QMap<QString, QByteArray> &server = serverSide.at(k);
        const QMap<QString, QByteArray> &client = clientSide.at(k);
        if (server != client) {
            QStringList diff;
            for (auto it = server.cbegin(); it != server.cend(); ++it) {
                if (client.value(it.key()) != it.value())
                    diff.append(it.key() + QStringLiteral(" server rv ") + QString::fromLatin1(it.value()) + QStringLiteral(" client rv ")
                                + QString::fromLatin1(client.value(it.key())));
            }
            for (auto it = client.cbegin(); it != client.cend(); ++it) {
                if (!server.contains(it.key()))
                    diff.append(it.key() + QStringLiteral(" only in client"));
            }
            return names.at(k) + QStringLiteral(": ") + diff.mid(0, 5).join(QStringLiteral("; "));
        }
    }
    return {};
}

bool TestKubeClient::waitEqual(KubeClient &client, int timeoutMs, QString *why)
{
    QElapsedTimer timer;
    timer.start();
    do {
        *why = difference(*client.store());
        if (why->isEmpty())
            return true;
        QTest::qWait(20);
    } while (timer.elapsed() < timeoutMs);
    return false;
}

void TestKubeClient::initialSyncEqualsServer()
{
    KubeClient client(connection());
    client.setSettings(fastSettings());
    QSignalSpy synced(&client, &KubeClient::synced);
    QCOMPARE(client.status().state, KubeConnectionStatus::State::Connecting);
    client.start();
    QVERIFY(synced.wait(10000));
    QCOMPARE(client.status().state, KubeConnectionStatus::State::Connected);
    QVERIFY(!client.status().isStale());
    QVERIFY(!client.status().insecureSkipTlsVerify);
    QVERIFY(client.store()->deployment(QStringLiteral("odoo-web")));
    QCOMPARE(client.store()->deployment(QStringLiteral("odoo-web"))->replicas, 2);
    QString why;
    QVERIFY2(waitEqual(client, 2000, &why), qPrintable(why));
}

void TestKubeClient::pagedListEndsWithCompleteState()
{
    KubeClient client(connection());
    KubeClientSettings settings = fastSettings();
    settings.listPageSize = 3;
    client.setSettings(settings);
    QSignalSpy synced(&client, &KubeClient::synced);
    client.start();
    QVERIFY(synced.wait(10000));
    QString why;
    QVERIFY2(waitEqual(client, 2000, &why), qPrintable(why));
    const int pods = client.store()->count(KubeKind::Pod);
    QVERIFY2(pods > 3, "the namespace needs more pods than one page holds");
    const auto reflectors = client.findChildren<KubeReflector *>();
    const auto podReflector = std::find_if(reflectors.cbegin(), reflectors.cend(),
                                           [](const KubeReflector *r) { return r->kind() == KubeKind::Pod; });
    QVERIFY(podReflector != reflectors.cend());
    // Every page of three, and the last one that says there is no more.
    QVERIFY2((*podReflector)->listPageCount() >= (pods + 2) / 3,
             qPrintable(QStringLiteral("%1 pages for %2 pods").arg((*podReflector)->listPageCount()).arg(pods)));

    // Changes after the first page still arrive: through the watch from the list's version.
    const auto patched = m_sim.call("PATCH", QStringLiteral("/apis/apps/v1/namespaces/") + Namespace
                                                 + QStringLiteral("/deployments/bi-export/scale"),
                                    "{\"spec\":{\"replicas\":3}}", "application/merge-patch+json");
    QCOMPARE(patched.first, 200);
    QVERIFY2(waitEqual(client, 5000, &why), qPrintable(why));
}

void TestKubeClient::expiredContinueTokenIsGone()
{
    // The server side of paging, as a client sees it: an opaque token, pages that add up
    // to the whole list, and 410 Expired for a token older than the retained history.
    const QString pods = QStringLiteral("/api/v1/namespaces/") + Namespace + QStringLiteral("/pods");
    QStringList names;
    QString token;
    QString firstVersion;
    int pages = 0;
    do {
        const auto page = m_sim.call("GET", pods + QStringLiteral("?limit=2")
                                         + (token.isEmpty() ? QString() : QStringLiteral("&continue=") + token));
        QCOMPARE(page.first, 200);
        const QJsonObject body = QJsonDocument::fromJson(page.second).object();
        const QJsonObject metadata = body.value(QLatin1String("metadata")).toObject();
        QVERIFY(body.value(QLatin1String("items")).toArray().size() <= 2);
        for (const QJsonValue &item : body.value(QLatin1String("items")).toArray())
            names.append(item.toObject().value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString());
        if (pages == 0)
            firstVersion = metadata.value(QLatin1String("resourceVersion")).toString();
        QCOMPARE(metadata.value(QLatin1String("resourceVersion")).toString(), firstVersion);
        token = metadata.value(QLatin1String("continue")).toString();
        ++pages;
    } while (!token.isEmpty() && pages < 1000);
    QVERIFY(pages > 1);
    QCOMPARE(names, m_sim.listVersions(pods).keys());

    const auto first = m_sim.call("GET", pods + QStringLiteral("?limit=1"));
    QCOMPARE(first.first, 200);
    token = QJsonDocument::fromJson(first.second).object().value(QLatin1String("metadata")).toObject()
                .value(QLatin1String("continue")).toString();
    QVERIFY(!token.isEmpty());
    const auto garbled = m_sim.call("GET", pods + QStringLiteral("?limit=1&continue=x") + token);
    QCOMPARE(garbled.first, 400);
    // A write, then history compacted past the token's version.
    const auto patched = m_sim.call("PATCH", QStringLiteral("/apis/apps/v1/namespaces/") + Namespace
                                                 + QStringLiteral("/deployments/bi-export/scale"),
                                    "{\"spec\":{\"replicas\":2}}", "application/merge-patch+json");
    QCOMPARE(patched.first, 200);
    QVERIFY(!m_sim.admin(QStringLiteral("faults"), {{QStringLiteral("compact"), true}}).isEmpty());
    const auto expired = m_sim.call("GET", pods + QStringLiteral("?limit=1&continue=") + token);
    QCOMPARE(expired.first, 410);
    const QJsonObject status = QJsonDocument::fromJson(expired.second).object();
    QCOMPARE(status.value(QLatin1String("reason")).toString(), QStringLiteral("Expired"));
    QVERIFY(status.value(QLatin1String("message")).toString().startsWith(
        QStringLiteral("The provided continue parameter is too old")));

    // A client listing in pages right now still ends equal to the server.
    KubeClient client(connection());
    KubeClientSettings settings = fastSettings();
    settings.listPageSize = 2;
    client.setSettings(settings);
    QSignalSpy synced(&client, &KubeClient::synced);
    client.start();
    QVERIFY(synced.wait(10000));
    QString why;
    QVERIFY2(waitEqual(client, 2000, &why), qPrintable(why));
}

void TestKubeClient::whenFinishedSkipsDestroyedGuard()
{
    QPromise<int> promise;
    promise.start();
    int delivered = 0;
    int cancelled = 0;
    auto doomed = std::make_unique<QObject>();
    QObject alive;
    whenFinished(promise.future(), doomed.get(), [&](int value) { delivered += value; }, [&] { ++cancelled; });
    whenFinished(promise.future(), &alive, [&](int value) { delivered += 100 * value; }, [&] { ++cancelled; });
    doomed.reset();
    promise.addResult(7);
    promise.finish();
    QTRY_COMPARE(delivered, 700); // only the guard that is still there
    QCOMPARE(cancelled, 0);

    // A promise dropped unfinished: the live guard hears of the cancellation, the dead one nothing.
    auto dropped = std::make_unique<QPromise<int>>();
    dropped->start();
    doomed = std::make_unique<QObject>();
    whenFinished(dropped->future(), doomed.get(), [&](int) { ++delivered; }, [&] { cancelled += 10; });
    whenFinished(dropped->future(), &alive, [&](int) { ++delivered; }, [&] { ++cancelled; });
    doomed.reset();
    dropped.reset();
    QTRY_COMPARE(cancelled, 1);
    QCOMPARE(delivered, 700);
}

void TestKubeClient::clientsDestroyedWithRequestsInFlight()
{
    // A server that accepts connections and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held.append(socket);
    });
    auto prometheus = std::make_unique<PrometheusClient>();
    HttpEndpoint endpoint;
    endpoint.url = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort()));
    prometheus->setEndpoint(endpoint);
    int answers = 0;
    QObject receiver;
    const auto query = prometheus->query(QStringLiteral("up"));
    const auto range = prometheus->queryRange(QStringLiteral("up"), QDateTime::currentDateTimeUtc().addSecs(-3600),
                                              QDateTime::currentDateTimeUtc(), std::chrono::seconds(15));
    whenFinished(query, &receiver, [&](const auto &) { ++answers; });
    whenFinished(range, &receiver, [&](const auto &) { ++answers; });
    QTRY_VERIFY(!held.isEmpty()); // the requests are on the wire
    prometheus.reset();
    // Nothing answers for a destroyed client: its futures end without a result.
    QTRY_VERIFY(query.isFinished() && range.isFinished());
    QCOMPARE(query.resultCount(), 0);
    QCOMPARE(range.resultCount(), 0);
    QTest::qWait(100);
    QCOMPARE(answers, 0);
    qDeleteAll(held);

    // The Kubernetes client, destroyed while obtaining its credential, and while its
    // lists are slowed down by the server.
    {
        KubeClient client(connection());
        client.start();
    }
    QVERIFY(!m_sim.admin(QStringLiteral("faults"), {{QStringLiteral("latencyMs"), 300}}).isEmpty());
    for (int wait : {0, 150, 400, 700}) {
        auto client = std::make_unique<KubeClient>(connection());
        client->setSettings(fastSettings());
        int statusChanges = 0;
        connect(client.get(), &KubeClient::statusChanged, &receiver, [&] { ++statusChanges; });
        client->start();
        QTest::qWait(wait);
        client.reset();
        const int before = statusChanges;
        QTest::qWait(350);
        QCOMPARE(statusChanges, before);
    }
    QVERIFY(!m_sim.admin(QStringLiteral("faults"), {{QStringLiteral("latencyMs"), 0}}).isEmpty());
}

void TestKubeClient::survivesRandomFaults()
{
    KubeClient client(connection());
    client.setSettings(fastSettings());
    QSignalSpy synced(&client, &KubeClient::synced);
    client.start();
    QVERIFY(synced.wait(10000));

    QRandomGenerator random(20261126);
    const QStringList workloads{QStringLiteral("odoo-cron"), QStringLiteral("edi-gateway"), QStringLiteral("wms-connector"),
                                QStringLiteral("bi-export")};
    int sawReconnecting = 0;
    connect(&client, &KubeClient::statusChanged, this, [&](const KubeConnectionStatus &s) {
        if (s.state == KubeConnectionStatus::State::Reconnecting) {
            ++sawReconnecting;
            QVERIFY(s.isStale()); // data kept and marked, never emptied
        }
    });
    qint64 slowest = 0;
    const int faults = 110;
    for (int i = 0; i < faults; ++i) {
        QJsonObject fault;
        const int kind = random.bounded(7);
        switch (kind) {
        case 0:
            fault = {{QStringLiteral("dropWatches"), true}};
            break;
        case 1: // the re-watch gets 410 Expired: relist
            fault = {{QStringLiteral("expireWatches"), 4}, {QStringLiteral("dropWatches"), true}};
            break;
        case 2: // history compacted: the re-watch from the old resourceVersion is too old
            fault = {{QStringLiteral("compact"), true}, {QStringLiteral("dropWatches"), true}};
            break;
        case 3:
            fault = {{QStringLiteral("errors"), QJsonObject{{QStringLiteral("count"), 1 + random.bounded(4)},
                                                             {QStringLiteral("code"), random.bounded(2) ? 500 : 503},
                                                             {QStringLiteral("retryAfterSeconds"), 0}}},
                     {QStringLiteral("dropWatches"), true}};
            break;
        case 4:
            fault = {{QStringLiteral("errors"), QJsonObject{{QStringLiteral("count"), 1},
                                                             {QStringLiteral("code"), 429},
                                                             {QStringLiteral("retryAfterSeconds"), 1}}},
                     {QStringLiteral("dropWatches"), true}};
            break;
        case 5:
            fault = {{QStringLiteral("latencyMs"), 50 + random.bounded(150)}, {QStringLiteral("dropWatches"), true}};
            break;
        case 6: // no fault: only a change to follow
            break;
        }
        if (!fault.isEmpty())
            QVERIFY(!m_sim.admin(QStringLiteral("faults"), fault).isEmpty());
        // Something changes on the server meanwhile: a workload scales (pods come and go, events).
        const QString name = workloads.at(random.bounded(int(workloads.size())));
        const QByteArray patch = "{\"spec\":{\"replicas\":" + QByteArray::number(1 + random.bounded(3)) + "}}";
        const auto patched = m_sim.call("PATCH", QStringLiteral("/apis/apps/v1/namespaces/") + Namespace
                                                     + QStringLiteral("/deployments/") + name + QStringLiteral("/scale"),
                                        patch, "application/merge-patch+json");
        QCOMPARE(patched.first, 200);
        if (kind == 5)
            m_sim.admin(QStringLiteral("faults"), {{QStringLiteral("latencyMs"), 0}});
        QElapsedTimer timer;
        timer.start();
        QString why;
        QVERIFY2(waitEqual(client, 2000, &why),
                 qPrintable(QStringLiteral("fault %1 (kind %2): %3").arg(i).arg(kind).arg(why)));
        slowest = std::max(slowest, timer.elapsed());
    }
    m_sim.admin(QStringLiteral("faults"), {{QStringLiteral("clear"), true}});
    QTRY_COMPARE_WITH_TIMEOUT(client.status().state, KubeConnectionStatus::State::Connected, 3000);
    QVERIFY(sawReconnecting > 0);
    qInfo("%d faults; the client equalled the server after at most %lld ms", faults, slowest);
}

void TestKubeClient::certificateFromAnotherCaIsRejected()
{
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=Another CA"), QStringLiteral("-days"),
                   QStringLiteral("2"), QStringLiteral("-keyout"), dir.filePath(QStringLiteral("key.pem")),
                   QStringLiteral("-out"), dir.filePath(QStringLiteral("ca.pem"))});
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile ca(dir.filePath(QStringLiteral("ca.pem")));
    QVERIFY(ca.open(QIODevice::ReadOnly));
    KubeConnectionConfig config = connection();
    config.caPem = ca.readAll();
    KubeClient client(config);
    client.setSettings(fastSettings());
    client.start();
    // Between attempts the state says when the next one comes (while all lists are being
    // retried at once there is no next time to show, so wait for a backoff).
    QTRY_VERIFY_WITH_TIMEOUT(client.status().state == KubeConnectionStatus::State::TlsError
                                 && client.status().nextRetry.isValid(),
                             5000);
    const QString message = client.status().message;
    QVERIFY2(message.startsWith(QStringLiteral("The server's TLS certificate was rejected: ")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive), qPrintable(message));
    QCOMPARE(client.store()->count(KubeKind::Deployment), 0);

    // Turning verification off in the kubeconfig connects, and says so.
    config.insecureSkipTlsVerify = true;
    KubeClient insecure(config);
    insecure.setSettings(fastSettings());
    QSignalSpy synced(&insecure, &KubeClient::synced);
    insecure.start();
    QVERIFY(synced.wait(10000));
    QVERIFY(insecure.status().insecureSkipTlsVerify);
}

void TestKubeClient::wrongTokenIsUnauthorized()
{
    KubeConnectionConfig config = connection();
    config.token = QStringLiteral("not-the-token");
    KubeClient client(config);
    client.setSettings(fastSettings());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.status().state, KubeConnectionStatus::State::Unauthorized, 5000);
    QVERIFY(!client.status().message.contains(QStringLiteral("not-the-token")));
    QVERIFY2(client.status().message.contains(QStringLiteral("Unauthorized")), qPrintable(client.status().message));
    QCOMPARE(client.store()->count(KubeKind::Pod), 0);
}

void TestKubeClient::execPluginCredential()
{
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("token-plugin.sh"));
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
            "\"status\":{\"token\":\"%s\"}}' \"$(cat \"$1\")\"\n");
    f.close();
    f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
    KubeConnectionConfig config = connection();
    config.token.clear();
    config.exec.command = script;
    config.exec.apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
    config.exec.args = {m_sim.stateDir() + QStringLiteral("/token")};
    KubeClient client(config);
    client.setSettings(fastSettings());
    QSignalSpy synced(&client, &KubeClient::synced);
    client.start();
    QVERIFY(synced.wait(10000));

    // A plugin that fails leaves the environment unauthorized with the plugin's message.
    config.exec.args = {dir.filePath(QStringLiteral("missing-token-file"))};
    config.exec.command = QStringLiteral("/bin/false");
    KubeClient failing(config);
    failing.setSettings(fastSettings());
    failing.start();
    QTRY_COMPARE_WITH_TIMEOUT(failing.status().state, KubeConnectionStatus::State::Unauthorized, 5000);
    QVERIFY2(failing.status().message.contains(QStringLiteral("credential plugin \"false\" failed")),
             qPrintable(failing.status().message));
}

void TestKubeClient::setImageRollsOut()
{
    KubeClient client(connection());
    client.setSettings(fastSettings());
    QSignalSpy synced(&client, &KubeClient::synced);
    client.start();
    QVERIFY(synced.wait(10000));
    KubeActions actions(&client);
    const KubeDeployment before = *client.store()->deployment(QStringLiteral("odoo-web"));
    const auto outcome = await(actions.setImage(QStringLiteral("odoo-web"), QStringLiteral("odoo"),
                                                QStringLiteral("registry.northwind.example/odoo:17.0-20261201")));
    QVERIFY2(outcome.ok(), qPrintable(outcome.ok() ? QString() : outcome.error().toString()));
    QCOMPARE(outcome->summary, QStringLiteral("deployment.apps/odoo-web image updated"));
    QCOMPARE(outcome->before.value(QLatin1String("images")).toObject().value(QLatin1String("odoo")).toString(),
             before.containers.first().image);
    QCOMPARE(outcome->after.value(QLatin1String("images")).toObject().value(QLatin1String("odoo")).toString(),
             QStringLiteral("registry.northwind.example/odoo:17.0-20261201"));
    // The rollout completes in the store: a new revision, all replicas updated and available.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const KubeDeployment *d = client.store()->deployment(QStringLiteral("odoo-web"));
            const KubeCondition *p = d ? d->condition(QStringLiteral("Progressing")) : nullptr;
            return d && d->revision == before.revision + 1 && !d->rolloutInProgress() && p
                && p->reason == QLatin1String("NewReplicaSetAvailable");
        }(),
        20000);
    QCOMPARE(client.store()->replicaSetsOf(QStringLiteral("odoo-web")).first()->containers.first().image,
             QStringLiteral("registry.northwind.example/odoo:17.0-20261201"));
    // Unknown container: refused on the client like kubectl.
    const auto wrong = await(actions.setImage(QStringLiteral("odoo-web"), QStringLiteral("nginx"), QStringLiteral("x")));
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error().message, QStringLiteral("unable to find container named \"nginx\""));
    const auto missing = await(actions.pause(QStringLiteral("nope")));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().message, QStringLiteral("Error from server (NotFound): deployments.apps \"nope\" not found"));
}

void TestKubeClient::badImageExceedsProgressDeadlineAndUndoRestores()
{
    KubeClient client(connection());
    client.setSettings(fastSettings());
    QSignalSpy synced(&client, &KubeClient::synced);
    client.start();
    QVERIFY(synced.wait(10000));
    KubeActions actions(&client);
    const QString name = QStringLiteral("carrier-connector");
    const KubeDeployment *start = client.store()->deployment(name);
    QVERIFY(start);
    const QString goodImage = start->containers.first().image;
    const QString container = start->containers.first().name;
    const QString badImage = QStringLiteral("registry.northwind.example/carrier-connector:bad-1");
    QVERIFY(!m_sim.admin(QStringLiteral("images"), {{QStringLiteral("image"), badImage}, {QStringLiteral("health"), QStringLiteral("bad")}})
                 .isEmpty());
    const auto deadline = m_sim.call("PATCH", QStringLiteral("/apis/apps/v1/namespaces/") + Namespace + QStringLiteral("/deployments/") + name,
                                     "{\"spec\":{\"progressDeadlineSeconds\":10}}", "application/merge-patch+json");
    QCOMPARE(deadline.first, 200);

    QVERIFY(await(actions.setImage(name, container, badImage)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(client.store()->deployment(name)->progressDeadlineExceeded(), 20000);
    bool pullBackOff = false;
    for (const KubePod &p : client.store()->pods()) {
        if (client.store()->podBelongsTo(p, name) && p.displayStatus() == QLatin1String("ImagePullBackOff"))
            pullBackOff = true;
    }
    QVERIFY(pullBackOff);

    const auto history = await(actions.history(name));
    QVERIFY(history.ok());
    QVERIFY(history->size() >= 2);
    const int badRevision = history->last().revision;
    QCOMPARE(history->last().images, QStringList{container + QLatin1Char('=') + badImage});

    const auto undone = await(actions.undo(name));
    QVERIFY2(undone.ok(), qPrintable(undone.ok() ? QString() : undone.error().toString()));
    QCOMPARE(undone->summary, QStringLiteral("deployment.apps/%1 rolled back").arg(name));
    QVERIFY(undone->changed);
    QTRY_VERIFY_WITH_TIMEOUT(client.store()->deployment(name)->containers.first().image == goodImage
                                 && !client.store()->deployment(name)->rolloutInProgress(),
                             20000);
    // As kubectl shows it: the old revision comes back as the newest, the bad one stays.
    const auto after = await(actions.history(name));
    QVERIFY(after.ok());
    QCOMPARE(after->last().revision, badRevision + 1);
    QCOMPARE(after->last().images, QStringList{container + QLatin1Char('=') + goodImage});
    QCOMPARE(after->at(after->size() - 2).revision, badRevision);

    // Undo to the current revision sends nothing; an unknown revision is refused.
    const auto same = await(actions.undo(name, badRevision + 1));
    QVERIFY(same.ok());
    QVERIFY(!same->changed);
    QCOMPARE(same->summary, QStringLiteral("deployment.apps/%1 skipped rollback (current template already matches revision %2)")
                                .arg(name)
                                .arg(badRevision + 1));
    const auto unknown = await(actions.undo(name, 99));
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().message, QStringLiteral("unable to find specified revision 99 in history"));
}

void TestKubeClient::pauseResumeRestartScale()
{
    KubeClient client(connection());
    client.setSettings(fastSettings());
    QSignalSpy synced(&client, &KubeClient::synced);
    client.start();
    QVERIFY(synced.wait(10000));
    KubeActions actions(&client);
    const QString name = QStringLiteral("queue-job-worker");

    const auto paused = await(actions.pause(name));
    QVERIFY(paused.ok());
    QCOMPARE(paused->summary, QStringLiteral("deployment.apps/%1 paused").arg(name));
    QVERIFY(paused->after.value(QLatin1String("paused")).toBool());
    QTRY_VERIFY(client.store()->deployment(name)->paused);
    QCOMPARE(await(actions.pause(name)).error().message, QStringLiteral("deployments.apps \"%1\" is already paused").arg(name));
    QCOMPARE(await(actions.undo(name)).error().message,
             QStringLiteral("you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again"));
    QCOMPARE(await(actions.restart(name)).error().message,
             QStringLiteral("deployments.apps \"%1\" can't restart paused deployment (run rollout resume first)").arg(name));

    QVERIFY(await(actions.resume(name)).ok());
    QTRY_VERIFY(!client.store()->deployment(name)->paused);
    QCOMPARE(await(actions.resume(name)).error().message, QStringLiteral("deployments.apps \"%1\" is not paused").arg(name));

    const int revision = client.store()->deployment(name)->revision;
    const auto restarted = await(actions.restart(name));
    QVERIFY(restarted.ok());
    QTRY_VERIFY_WITH_TIMEOUT(client.store()->deployment(name)->revision == revision + 1
                                 && !client.store()->deployment(name)->restartedAt.isEmpty(),
                             10000);

    const auto scaled = await(actions.scale(name, 4));
    QVERIFY(scaled.ok());
    QCOMPARE(scaled->after.value(QLatin1String("replicas")).toInt(), 4);
    QTRY_COMPARE_WITH_TIMEOUT(client.store()->deployment(name)->replicas, 4, 5000);
    const auto checked = await(actions.scale(name, 2, 3));
    QVERIFY(!checked.ok());
    QCOMPARE(checked.error().message, QStringLiteral("Expected replicas to be 3, was 4"));
    QVERIFY(await(actions.scale(name, 2, 4)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(client.store()->deployment(name)->replicas, 2, 5000);
}

void TestKubeClient::workloadSummaryFollowsTheCluster()
{
    KubeClient client(connection());
    client.setSettings(fastSettings());
    QSignalSpy synced(&client, &KubeClient::synced);
    client.start();
    QVERIFY(synced.wait(10000));
    KubeWorkloadSummaryTracker tracker;
    tracker.setInterval(200);
    QSignalSpy changed(&tracker, &KubeWorkloadSummaryTracker::summaryChanged);
    SourceState fresh;
    fresh.recordSuccess(QDateTime::currentDateTimeUtc());
    tracker.setStore(client.store());
    tracker.setSourceState(fresh);
    QVERIFY(changed.wait(2000));
    QCOMPARE(changed.size(), 1); // the store and the state in one update
    const KubeWorkloadSummary first = tracker.summary();
    QCOMPARE(first.workloads, client.store()->count(KubeKind::Deployment));
    QVERIFY(first.state.isFresh());
    int desired = 0;
    for (const KubeDeployment &d : client.store()->deployments())
        desired += d.replicas;
    QCOMPARE(first.desiredPods, desired);

    // A crash-looping image: the new pods never get ready, and the summary says so.
    const QString name = QStringLiteral("marketplace-sync");
    const KubeDeployment *d = client.store()->deployment(name);
    QVERIFY(d);
    KubeActions actions(&client);
    QVERIFY(await(actions.setImage(name, d->containers.first().name,
                                   QStringLiteral("registry.northwind.example/marketplace-sync:crash-1")))
                .ok());
    QTRY_VERIFY_WITH_TIMEOUT(tracker.summary().crashLoopingPods > 0 && tracker.summary().podsNotReady > 0
                                 && tracker.summary().unavailableWorkloads + tracker.summary().availableWorkloads
                                     == tracker.summary().workloads,
                             15000);
    // Coalesced: a rollout of several pods gives a few updates, not one per watch event.
    const int updates = int(changed.size());
    QTest::qWait(1000);
    QVERIFY2(changed.size() - updates <= 6, qPrintable(QString::number(changed.size() - updates)));
    QVERIFY(await(actions.undo(name)).ok());
    QTRY_COMPARE_WITH_TIMEOUT(tracker.summary().crashLoopingPods, 0, 15000);
}

QTEST_GUILESS_MAIN(TestKubeClient)
#include "tst_kubeclient.moc"
