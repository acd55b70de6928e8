// Release execution against the real things: the estate simulator (Kubernetes API and
// /metrics), a real Prometheus scraping it, a real Alertmanager, a private PostgreSQL
// for the control store and another for the Odoo database (WAL archiving on).

#include "models/releaseplan.h"
#include "postgresfixture.h"
#include "prometheusfixture.h"
#include "services/alertmanagerclient.h"
#include "services/controlstore.h"
#include "services/estateloader.h"
#include "services/kubeactions.h"
#include "services/kubeclient.h"
#include "services/kubeconfig.h"
#include "services/prometheusclient.h"
#include "services/releaseexecutor.h"
#include "services/releasereport.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <memory>

using namespace Gatehouse;
using namespace Gatehouse::Services;
using Models::ReleaseState;

namespace {

constexpr int kIntervalMs = 1000;
const QString kOldImage = QStringLiteral("registry.northwind.example/edi-gateway:4.2.0");
// No traffic (a single-replica gateway restarting) is no failure: 0, not NaN.
const QString kEdiRatio = QStringLiteral(
    "sum(rate(gatehouse_edi_messages_total{environment=\"$environment\",result=\"failed\"}[5s]))"
    " / clamp_min(sum(rate(gatehouse_edi_messages_total{environment=\"$environment\"}[5s])), 1e-9)");

struct EnvironmentInfo
{
    QString name;
    QString context;
    QString ns;
};

const QList<EnvironmentInfo> kEnvironments{
    {QStringLiteral("development"), QStringLiteral("nonprod-shared"), QStringLiteral("odoo-dev")},
    {QStringLiteral("staging"), QStringLiteral("nonprod-shared"), QStringLiteral("odoo-staging")},
    {QStringLiteral("production-eu"), QStringLiteral("prod-eu"), QStringLiteral("odoo-prod-eu")},
    {QStringLiteral("production-us"), QStringLiteral("prod-us"), QStringLiteral("odoo-prod-us")},
};

template<typename T>
T await(const QFuture<Models::Result<T>> &future)
{
    if (!Tests::waitFor(future, 30000))
        qFatal("control store call timed out");
    const auto result = future.result();
    if (!result)
        qFatal("%s", qPrintable(result.error().message));
    return result.value();
}

} // namespace

class TestReleaseExecutor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void goodReleaseCompletesThroughEveryEnvironment();
    // Before the cases that break or stall the EDI gateway: its release must meet
    // healthy environments, and the criterion is environment-wide.
    void restartedExecutorContinuesAndOnlyOneDrives();
    void badImageIsRolledBackByTheCriterion();
    void noDataPausesTheRelease();
    void failingArchiverBlocksMigrationUntilOverridden();
    void storeRefusesWritesWithoutTheLease();
    void peopleControlIsEnforcedByTheDatabase_data();
    void peopleControlIsEnforcedByTheDatabase();
    void personPausesContinuesAndRollsBack();
    void rollBackNowUndoesEveryWorkloadOfTheEnvironment();
    void peoplesDecisionsReachTheExecutorAtOnce();
    void takeoverFinishesARecordedRollback_data();
    void takeoverFinishesARecordedRollback();
    void stoppedReleaseReturnsUnreachedChangesToApproved();
    void stalledRolloutPausesTheRelease();

private:
    qint64 approvedChange(const QString &environment, const QString &image, const QString &query,
                          bool migration = false);
    qint64 createRelease(const QStringList &path, const QString &image, bool migration, const QString &query = kEdiRatio);
    /// A release of one approved change per environment of `path` moving `steps` in order.
    qint64 createRelease(const QStringList &path, const QList<Models::ReleasePlan::WorkloadStep> &steps,
                         qint64 bakeSeconds, QList<qint64> *changeIds = nullptr);
    /// A login role holding `roles`, and a control store connected as it.
    ControlStore &person(const QString &name, const QStringList &roles);
    QString deploymentImage(const QString &environment, const QString &workload) const;
    std::unique_ptr<ReleaseExecutor> executor(const QString &holder = {});
    QStringList podImages(const QString &environment, const QString &workload) const;
    Models::Release waitForStop(ReleaseExecutor &executor, int timeoutMs);

    Tests::PostgresFixture m_control;
    Tests::PostgresFixture m_odoo;
    Tests::PrometheusFixture m_prometheus;
    QTemporaryDir m_simDir;
    QProcess m_sim;
    ControlStore m_store;
    QHash<QString, KubeClient *> m_kube;
    QHash<QString, KubeActions *> m_actions;
    PrometheusClient m_prometheusClient;
    AlertmanagerClient m_alertmanager;
    int m_imageSerial = 0;
    std::map<QString, std::unique_ptr<ControlStore>> m_people;
};

void TestReleaseExecutor::initTestCase()
{
    // Control store.
    QVERIFY2(m_control.start(), qPrintable(m_control.errorString()));
    ControlStoreSettings settings;
    settings.url = m_control.url(QStringLiteral("postgres"));
    m_store.open(settings);
    const auto connected = m_store.waitForConnection(std::chrono::seconds(60));
    QVERIFY2(connected.ok(), qPrintable(Tests::errorText(connected)));
    const auto estate = EstateLoader::loadFolder(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"));
    QVERIFY(estate.estate);
    await(m_store.applyPolicy(ControlStore::policyDocument(*estate.estate)));

    // The Odoo database: WAL archiving on, working until a test breaks it.
    // archive_command is set with ALTER SYSTEM, not on the command line, so a test can change it.
    m_odoo.setExtraOptions(QStringLiteral("-c wal_level=replica -c archive_mode=on"));
    QVERIFY2(m_odoo.start(), qPrintable(m_odoo.errorString()));
    m_odoo.scalar(QStringLiteral("postgres"), QStringLiteral("ALTER SYSTEM SET archive_command = 'true'"));
    m_odoo.scalar(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"));

    // The simulator, with /metrics on plain HTTP for Prometheus.
    m_sim.setProgram(QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehouse-estate-sim"));
    m_sim.setArguments({QStringLiteral("--estate"), QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"),
                        QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--state-dir"),
                        m_simDir.path(), QStringLiteral("--clock-scale"), QStringLiteral("60"),
                        QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:0")});
    m_sim.start();
    QVERIFY(m_sim.waitForStarted(10000));
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!out.contains("metrics http") && !deadline.hasExpired() && m_sim.state() == QProcess::Running) {
        m_sim.waitForReadyRead(200);
        out += m_sim.readAllStandardOutput();
    }
    const int at = out.indexOf("metrics http://");
    QVERIFY2(at >= 0, out.constData());
    const QUrl metrics(QString::fromUtf8(out.mid(at + 8, out.indexOf('\n', at) - at - 8)).trimmed());

    Tests::PrometheusFixture::Options options;
    options.withAlertmanager = true;
    options.scrapeTargets = {QStringLiteral("127.0.0.1:%1").arg(metrics.port())};
    QVERIFY2(m_prometheus.start(options), qPrintable(m_prometheus.errorString()));
    HttpEndpoint prometheus;
    prometheus.url = m_prometheus.prometheusUrl();
    m_prometheusClient.setEndpoint(prometheus);
    HttpEndpoint alertmanager;
    alertmanager.url = m_prometheus.alertmanagerUrl();
    m_alertmanager.setEndpoint(alertmanager);

    const auto kubeconfig = KubeConfig::load({m_simDir.filePath(QStringLiteral("kubeconfig"))}, true);
    QVERIFY2(kubeconfig.ok(), qPrintable(Tests::errorText(kubeconfig)));
    for (const EnvironmentInfo &env : kEnvironments) {
        auto connection = kubeconfig->connection(env.context);
        QVERIFY2(connection.ok(), qPrintable(Tests::errorText(connection)));
        KubeConnectionConfig config = connection.value();
        config.namespaceName = env.ns;
        auto *client = new KubeClient(config, this);
        client->start();
        m_kube.insert(env.name, client);
        m_actions.insert(env.name, new KubeActions(client, this));
    }
    for (KubeClient *client : std::as_const(m_kube))
        QTRY_VERIFY_WITH_TIMEOUT(client->isSynced(), 30000);
    // Prometheus has scraped the simulator before any criterion is asked.
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            auto f = m_prometheusClient.query(QStringLiteral("gatehouse_edi_messages_total"));
            return Tests::waitFor(f, 5000) && f.result().ok() && !f.result()->isEmpty();
        }(),
        30000);
}

void TestReleaseExecutor::cleanupTestCase()
{
    for (KubeClient *client : std::as_const(m_kube))
        client->stop();
    for (auto &[name, store] : m_people)
        store->close();
    m_store.close();
    if (m_sim.state() != QProcess::NotRunning) {
        m_sim.terminate();
        if (!m_sim.waitForFinished(5000))
            m_sim.kill();
    }
}

qint64 TestReleaseExecutor::approvedChange(const QString &environment, const QString &image, const QString &query,
                                           bool migration)
{
    Models::ChangeRequest draft;
    draft.title = QStringLiteral("EDI gateway %1 to %2").arg(image.section(QLatin1Char(':'), -1), environment);
    draft.environment = environment;
    draft.type = Models::ChangeType::Standard;
    draft.workloads = {QStringLiteral("edi-gateway")};
    draft.integrations = {QStringLiteral("edi-gateway")};
    draft.windowStart = QDateTime::currentDateTimeUtc().addSecs(-60);
    draft.windowEnd = QDateTime::currentDateTimeUtc().addSecs(3600);
    draft.windowTimeZone = QStringLiteral("Europe/Amsterdam");
    const Models::ChangeRequest change = await(m_store.createChange(draft));
    Models::ChangeScope scope;
    scope.workloads = {{QStringLiteral("edi-gateway"), image}};
    if (migration)
        scope.migrations = {{QStringLiteral("edi_partner_index"), {QStringLiteral("row count")}, QStringLiteral("none"),
                             QStringLiteral("drop the index")}};
    scope.rollbackPlan = QStringLiteral("kubectl rollout undo deployment/edi-gateway");
    // 0.35: with a few EDI messages per 5 s window, the simulator's occasional failed
    // message alone reads as 1/7 or 2/7; a bad image fails half of them.
    scope.rollbackCriteria = {{QStringLiteral("edi-failure-ratio"), query, QStringLiteral(">"), 0.35, 1,
                               QStringLiteral("rollback")}};
    await(m_store.setScope(change.id, scope, QStringLiteral("scope")));
    await(m_store.submit(change.id));
    const Models::ChangeRequest assessed = await(m_store.assess(change.id, 5));
    if (assessed.state != Models::ChangeState::Approved)
        qFatal("standard change %lld was not approved", change.id);
    return change.id;
}

qint64 TestReleaseExecutor::createRelease(const QStringList &path, const QString &image, bool migration,
                                          const QString &query)
{
    QList<qint64> changes;
    for (const QString &environment : path)
        changes.append(approvedChange(environment, image, query, migration));
    const auto phases = Models::ReleasePlan::build(
        path, {{QStringLiteral("edi-gateway"), QStringLiteral("edi-gateway"), image}}, 1, migration ? path : QStringList());
    return await(m_store.createRelease(QStringLiteral("EDI gateway %1").arg(image), changes, phases)).id;
}

qint64 TestReleaseExecutor::createRelease(const QStringList &path, const QList<Models::ReleasePlan::WorkloadStep> &steps,
                                          qint64 bakeSeconds, QList<qint64> *changeIds)
{
    QList<qint64> changes;
    for (const QString &environment : path)
        changes.append(approvedChange(environment, steps.constLast().image, kEdiRatio));
    if (changeIds)
        *changeIds = changes;
    const auto phases = Models::ReleasePlan::build(path, steps, bakeSeconds);
    return await(m_store.createRelease(QStringLiteral("Release of %1 workloads").arg(steps.size()), changes, phases)).id;
}

ControlStore &TestReleaseExecutor::person(const QString &name, const QStringList &roles)
{
    auto &slot = m_people[name];
    if (!slot) {
        QString sql = QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') THEN "
                                     "CREATE ROLE %1 LOGIN; END IF; END $$;")
                          .arg(name);
        for (const QString &role : roles)
            sql += QStringLiteral("GRANT gatehouse_%1 TO %2;").arg(QString(role).replace(QLatin1Char('-'), QLatin1Char('_')), name);
        const auto done = m_control.query(QStringLiteral("postgres"), sql);
        if (!done.ok())
            qFatal("%s", qPrintable(Tests::errorText(done)));
        slot = std::make_unique<ControlStore>();
        ControlStoreSettings settings;
        settings.url = ControlStore::urlForUser(m_control.url(QStringLiteral("postgres")), name);
        slot->open(settings);
        const auto connected = slot->waitForConnection(std::chrono::seconds(30));
        if (!connected.ok())
            qFatal("%s", qPrintable(Tests::errorText(connected)));
    }
    return *slot;
}

QString TestReleaseExecutor::deploymentImage(const QString &environment, const QString &workload) const
{
    const Models::KubeDeployment *deployment = m_kube.value(environment)->store()->deployment(workload);
    if (!deployment)
        return {};
    for (const auto &container : deployment->containers) {
        if (container.name == workload)
            return container.image;
    }
    return {};
}

std::unique_ptr<ReleaseExecutor> TestReleaseExecutor::executor(const QString &holder)
{
    auto executor = std::make_unique<ReleaseExecutor>(&m_store);
    ReleaseExecutorSettings settings;
    settings.evaluationInterval = std::chrono::milliseconds(kIntervalMs);
    settings.leaseTtl = std::chrono::milliseconds(4000);
    settings.noDataAfter = std::chrono::milliseconds(5000);
    settings.gates = {QStringLiteral("approvals"), QStringLiteral("rollback")};
    settings.holder = holder;
    executor->setSettings(settings);
    connect(executor.get(), &ReleaseExecutor::stepFailed, this, [](const QString &message) {
        qWarning("executor step failed: %s", qPrintable(message));
    });
    connect(executor.get(), &ReleaseExecutor::stopped, this, [](ReleaseState state, const QString &reason) {
        qInfo("release %s: %s", qPrintable(Models::toString(state)), qPrintable(reason));
    });
    for (const EnvironmentInfo &env : kEnvironments) {
        ReleaseEnvironment target;
        target.name = env.name;
        target.kube = m_kube.value(env.name);
        target.actions = m_actions.value(env.name);
        target.prometheus = &m_prometheusClient;
        target.alertmanager = &m_alertmanager;
        target.odooConninfo = m_odoo.url(QStringLiteral("postgres"));
        executor->addEnvironment(target);
    }
    return executor;
}

QStringList TestReleaseExecutor::podImages(const QString &environment, const QString &workload) const
{
    QStringList images;
    const Models::KubeStore *store = m_kube.value(environment)->store();
    for (const Models::KubePod &pod : store->pods()) {
        if (!store->podBelongsTo(pod, workload))
            continue;
        for (const Models::KubeContainerStatus &container : pod.containers)
            images.append(container.image);
    }
    images.sort();
    return images;
}

Models::Release TestReleaseExecutor::waitForStop(ReleaseExecutor &executor, int timeoutMs)
{
    QSignalSpy stopped(&executor, &ReleaseExecutor::stopped);
    if (stopped.isEmpty())
        stopped.wait(timeoutMs);
    return executor.release();
}

void TestReleaseExecutor::goodReleaseCompletesThroughEveryEnvironment()
{
    const QString image = QStringLiteral("registry.northwind.example/edi-gateway:4.3.%1").arg(++m_imageSerial);
    QStringList path;
    for (const EnvironmentInfo &env : kEnvironments)
        path.append(env.name);
    const qint64 id = createRelease(path, image, false);
    auto driver = executor();
    QSignalSpy stopped(driver.get(), &ReleaseExecutor::stopped);
    QElapsedTimer clock;
    clock.start();
    driver->start(id);
    QVERIFY(stopped.wait(120000));
    const Models::Release release = await(m_store.release(id));
    qInfo("good release through %lld environments in %.1f s", qint64(path.size()), double(clock.elapsed()) / 1000.0);
    QCOMPARE(Models::toString(release.state), QStringLiteral("completed"));
    QCOMPARE(release.currentPhase, release.phases.size());
    for (const Models::ReleasePhase &phase : release.phases) {
        QCOMPARE(Models::toString(phase.state), QStringLiteral("completed"));
        QVERIFY(phase.startedAt.isValid() && phase.bakeStartedAt.isValid() && phase.finishedAt.isValid());
        QVERIFY(phase.bakeStartedAt.msecsTo(phase.finishedAt) >= phase.bakeSeconds * 1000);
    }
    // Phase by phase: each environment finished before the next one started.
    for (int i = 1; i < release.phases.size(); ++i)
        QVERIFY(release.phases.at(i - 1).finishedAt <= release.phases.at(i).startedAt);
    for (const QString &environment : path) {
        QTRY_VERIFY_WITH_TIMEOUT(!podImages(environment, QStringLiteral("edi-gateway")).isEmpty(), 10000);
        for (const QString &running : podImages(environment, QStringLiteral("edi-gateway")))
            QCOMPARE(running, image);
    }
    // The bundled changes moved with the release: scheduled, in progress, completed.
    for (const qint64 changeId : release.changeIds)
        QCOMPARE(Models::toString(await(m_store.change(changeId)).state), Models::toString(Models::ChangeState::Completed));
    int lifecycle = 0;
    for (const Models::AuditEntry &entry : await(m_store.auditLog(release.changeIds.constFirst()))) {
        lifecycle += entry.action == QLatin1String("change.scheduled") || entry.action == QLatin1String("change.started")
                     || entry.action == QLatin1String("change.completed");
    }
    QCOMPARE(lifecycle, 3);
    // Every environment's expected alerts were silenced and the silence removed afterwards.
    int silenced = 0, expired = 0;
    for (const Models::ReleaseAction &action : release.actions) {
        silenced += action.action == QLatin1String("silence");
        expired += action.action == QLatin1String("silence-expired");
    }
    QCOMPARE(silenced, int(path.size()));
    QCOMPARE(expired, int(path.size()));
    auto silences = await(m_alertmanager.silences());
    for (const auto &silence : silences) {
        if (silence.comment.contains(QStringLiteral("Change")) || silence.comment.contains(QStringLiteral("change")))
            QCOMPARE(int(silence.state), int(AlertmanagerClient::Silence::State::Expired));
    }

    // The report.
    const auto data = await(ReleaseReport::gather(&m_store, id));
    QVERIFY(data.chain.intact());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("release.pdf"));
    const auto written = ReleaseReport::writePdf(data, pdf);
    QVERIFY2(written.ok(), qPrintable(Tests::errorText(written)));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
    const QString html = ReleaseReport::html(data);
    QVERIFY(html.contains(QStringLiteral("Audit chain verified")));
    QVERIFY(html.contains(QStringLiteral("edi-failure-ratio")));
    QVERIFY(html.contains(QStringLiteral("production-us")));
    if (!qEnvironmentVariableIsEmpty("GATEHOUSE_KEEP_REPORT"))
        QFile::copy(pdf, qEnvironmentVariable("GATEHOUSE_KEEP_REPORT"));
}

void TestReleaseExecutor::badImageIsRolledBackByTheCriterion()
{
    // The release first moves the WMS connector (good), then the EDI gateway (bad image):
    // the breach in the gateway's canary rolls both back.
    const QString env = QStringLiteral("production-eu");
    const QString wms = QStringLiteral("wms-connector");
    const QString before = podImages(env, QStringLiteral("edi-gateway")).value(0);
    const QString wmsBefore = deploymentImage(env, wms);
    QVERIFY(!before.isEmpty() && !wmsBefore.isEmpty());
    const QString image = QStringLiteral("registry.northwind.example/edi-gateway:4.3.%1-bad").arg(++m_imageSerial);
    const QString wmsImage = QStringLiteral("registry.northwind.example/wms-connector:2.9.%1").arg(m_imageSerial);
    QList<qint64> changeIds;
    const qint64 id = createRelease({env}, {{wms, wms, wmsImage}, {QStringLiteral("edi-gateway"), QStringLiteral("edi-gateway"), image}},
                                    1, &changeIds);
    auto driver = executor();
    QDateTime onsetAt, breachedAt, detectedAt, undoAt;
    connect(driver.get(), &ReleaseExecutor::breachDetected, this,
            [&](int, const QString &, const QDateTime &since, const QDateTime &at, const QDateTime &detected) {
                onsetAt = since;
                breachedAt = at;
                detectedAt = detected;
            });
    connect(driver.get(), &ReleaseExecutor::actionStarted, this,
            [&](const QString &action, const QString &, const QDateTime &at) {
                if (action == QLatin1String("undo") && !undoAt.isValid())
                    undoAt = at;
            });
    QSignalSpy stopped(driver.get(), &ReleaseExecutor::stopped);
    driver->start(id);
    QVERIFY(stopped.wait(90000));
    const Models::Release release = await(m_store.release(id));
    QCOMPARE(Models::toString(release.state), QStringLiteral("rolled-back"));
    // The gateway's canary and both earlier WMS phases are rolled back; the gateway's rest never started.
    QCOMPARE(release.phases.size(), 4);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(Models::toString(release.phases.at(i).state), QStringLiteral("rolled-back"));
    QCOMPARE(Models::toString(release.phases.at(3).state), QStringLiteral("pending"));
    QVERIFY(release.stopReason.contains(QStringLiteral("edi-failure-ratio")));
    QCOMPARE(Models::toString(await(m_store.change(changeIds.constFirst())).state), Models::toString(Models::ChangeState::RolledBack));
    QVERIFY(breachedAt.isValid() && undoAt.isValid());
    const qint64 breachToRollback = breachedAt.msecsTo(undoAt);
    qInfo("criterion breached (Prometheus sample that completed its duration) → rollback start: %lld ms;"
          " first breaching sample → rollback start: %lld ms; executor detection → rollback start: %lld ms;"
          " evaluation interval %d ms",
          breachToRollback, onsetAt.msecsTo(undoAt), detectedAt.msecsTo(undoAt), kIntervalMs);
    QVERIFY2(breachToRollback <= 2 * kIntervalMs + 1000, qPrintable(QString::number(breachToRollback)));
    // The undo is recorded with the criterion, its values and the time.
    bool recorded = false;
    for (const Models::ReleaseAction &action : release.actions) {
        if (action.action != QLatin1String("undo"))
            continue;
        const QJsonObject detail = QJsonDocument::fromJson(action.detail.toUtf8()).object();
        recorded = detail.value(QStringLiteral("criterion")).toString() == QLatin1String("edi-failure-ratio")
                   && detail.value(QStringLiteral("worst")).toDouble() > 0.35
                   && !detail.value(QStringLiteral("breachedAt")).toString().isEmpty();
    }
    QVERIFY(recorded);
    // The production pods end on the previous images, the WMS connector's too.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QStringList images = podImages(env, QStringLiteral("edi-gateway"));
            return !images.isEmpty() && images.count(before) == images.size();
        }(),
        60000);
    QTRY_COMPARE_WITH_TIMEOUT(deploymentImage(env, wms), wmsBefore, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QStringList images = podImages(env, wms);
            return !images.isEmpty() && images.count(wmsBefore) == images.size();
        }(),
        60000);
}

void TestReleaseExecutor::noDataPausesTheRelease()
{
    const QString image = QStringLiteral("registry.northwind.example/edi-gateway:4.3.%1").arg(++m_imageSerial);
    const qint64 id = createRelease({QStringLiteral("staging")}, image, false,
                                    QStringLiteral("sum(rate(gatehouse_no_such_series{environment=\"$environment\"}[1m]))"));
    auto driver = executor();
    QSignalSpy stopped(driver.get(), &ReleaseExecutor::stopped);
    driver->start(id);
    QVERIFY(stopped.wait(60000));
    QVERIFY(stopped.constFirst().at(0).value<ReleaseState>() == ReleaseState::Paused);
    const Models::Release release = await(m_store.release(id));
    QCOMPARE(Models::toString(release.state), QStringLiteral("paused"));
    QCOMPARE(Models::toString(release.phases.at(0).state), QStringLiteral("paused"));
    QVERIFY(release.stopReason.contains(QStringLiteral("inconclusive")));
    QVERIFY(!release.phases.at(0).finishedAt.isValid());
    // Not continued: the deployment stays paused and the next phase never starts.
    QTRY_VERIFY_WITH_TIMEOUT(m_kube.value(QStringLiteral("staging"))->store()->deployment(QStringLiteral("edi-gateway"))->paused, 10000);
    QTest::qWait(3 * kIntervalMs);
    const Models::Release later = await(m_store.release(id));
    QCOMPARE(Models::toString(later.phases.at(1).state), QStringLiteral("pending"));
    QCOMPARE(Models::toString(later.state), QStringLiteral("paused"));
    driver->stop();
    // Leave staging rolling again for the other cases.
    Tests::waitFor(m_actions.value(QStringLiteral("staging"))->resume(QStringLiteral("edi-gateway")));
}

void TestReleaseExecutor::restartedExecutorContinuesAndOnlyOneDrives()
{
    // The takeover is under test, not the criterion: one that passes on data whatever the
    // simulator's EDI gateway does (a restarting single replica reads as 1 failed of 2
    // messages) keeps its background noise out of this case.
    const QString image = QStringLiteral("registry.northwind.example/edi-gateway:4.3.%1").arg(++m_imageSerial);
    const qint64 id = createRelease({QStringLiteral("development"), QStringLiteral("staging")}, image, false,
                                    QStringLiteral("vector(0)"));
    auto first = executor(QStringLiteral("executor-a"));
    first->start(id);
    // Killed once its first phase completed.
    QTRY_VERIFY_WITH_TIMEOUT(first->release().currentPhase >= 1, 60000);
    const int phaseAtKill = first->release().currentPhase;
    first.reset();

    auto second = executor(QStringLiteral("executor-b"));
    auto third = executor(QStringLiteral("executor-c"));
    QList<QPair<QString, QDateTime>> drove;
    for (ReleaseExecutor *e : {second.get(), third.get()}) {
        connect(e, &ReleaseExecutor::drivingChanged, this, [&drove, e](bool driving) {
            if (driving)
                drove.append({e->holder(), QDateTime::currentDateTimeUtc()});
        });
    }
    QSignalSpy stopped2(second.get(), &ReleaseExecutor::stopped);
    QSignalSpy stopped3(third.get(), &ReleaseExecutor::stopped);
    second->start(id);
    third->start(id);
    QTRY_VERIFY_WITH_TIMEOUT(!stopped2.isEmpty() || !stopped3.isEmpty(), 90000);
    const Models::Release release = await(m_store.release(id));
    QCOMPARE(Models::toString(release.state), QStringLiteral("completed"));
    // Exactly one of the two took over, and it went on from the recorded phase.
    QCOMPARE(drove.size(), 1);
    for (const Models::ReleasePhase &phase : release.phases)
        QCOMPARE(Models::toString(phase.state), QStringLiteral("completed"));
    // In the order they were recorded: the killed executor's actions, then only the one
    // that took over.
    QStringList sequence;
    for (const Models::ReleaseAction &action : release.actions) {
        const QString holder = QJsonDocument::fromJson(action.detail.toUtf8()).object().value(QStringLiteral("executor")).toString();
        if (sequence.isEmpty() || sequence.constLast() != holder)
            sequence.append(holder);
    }
    QCOMPARE(sequence, (QStringList{QStringLiteral("executor-a"), drove.constFirst().first}));
    QVERIFY(phaseAtKill >= 1);
    // The takeover is audited, and only after the killed executor's lease expired.
    const auto audit = await(m_store.auditLog());
    int takeovers = 0;
    for (const Models::AuditEntry &entry : audit) {
        const QJsonObject detail = QJsonDocument::fromJson(entry.detail.toUtf8()).object();
        if (entry.action == QLatin1String("release.lease-taken-over") && detail.value(QStringLiteral("release")).toInteger() == id) {
            ++takeovers;
            QCOMPARE(detail.value(QStringLiteral("previous_holder")).toString(), QStringLiteral("executor-a"));
        }
    }
    QCOMPARE(takeovers, 1);
}

void TestReleaseExecutor::failingArchiverBlocksMigrationUntilOverridden()
{
    // Break the archiver and make it fail once.
    m_odoo.scalar(QStringLiteral("postgres"), QStringLiteral("ALTER SYSTEM SET archive_command = 'false'"));
    m_odoo.scalar(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"));
    m_odoo.scalar(QStringLiteral("postgres"), QStringLiteral("CREATE TABLE IF NOT EXISTS wal_churn AS SELECT generate_series(1, 1000) AS n"));
    m_odoo.scalar(QStringLiteral("postgres"), QStringLiteral("SELECT pg_switch_wal()"));
    QTRY_VERIFY_WITH_TIMEOUT(m_odoo.scalar(QStringLiteral("postgres"), QStringLiteral("SELECT failed_count FROM pg_stat_archiver")).toInt() > 0,
                             30000);

    const QString image = QStringLiteral("registry.northwind.example/edi-gateway:4.3.%1").arg(++m_imageSerial);
    const qint64 id = createRelease({QStringLiteral("development")}, image, true);
    const Models::Release created = await(m_store.release(id));
    QVERIFY(created.phases.at(0).migration);
    auto driver = executor();
    QSignalSpy stopped(driver.get(), &ReleaseExecutor::stopped);
    driver->start(id);
    QVERIFY(stopped.wait(30000));
    Models::Release release = await(m_store.release(id));
    QCOMPARE(Models::toString(release.state), QStringLiteral("paused"));
    QVERIFY2(release.stopReason.contains(QStringLiteral("WAL archiving is failing")), qPrintable(release.stopReason));
    QVERIFY(release.restorePoints.isEmpty());
    QVERIFY(!release.phases.at(0).startedAt.isValid()); // nothing moved

    // An authorised override, then a person continues.
    const qint64 changeId = release.changeIds.constFirst();
    const auto overridden = m_store.overrideGate(changeId, QStringLiteral("development"), QStringLiteral("wal-archiving"),
                                                 QStringLiteral("archive volume replaced; base backup taken by hand"));
    QVERIFY(Tests::waitFor(overridden));
    QVERIFY2(overridden.result().ok(), qPrintable(Tests::errorText(overridden.result())));
    await(m_store.continueRelease(id, QStringLiteral("override recorded")));
    stopped.clear();
    QVERIFY(stopped.wait(60000));
    release = await(m_store.release(id));
    QCOMPARE(Models::toString(release.state), QStringLiteral("completed"));
    QCOMPARE(release.restorePoints.size(), 1);
    const Models::RestorePoint point = release.restorePoints.constFirst();
    QCOMPARE(point.name, QStringLiteral("gatehouse-change-%1").arg(changeId));
    QVERIFY(point.createdAt.isValid());
    bool overrideRecorded = false;
    for (const Models::ReleaseAction &action : release.actions)
        overrideRecorded |= action.action == QLatin1String("archiving-override");
    QVERIFY(overrideRecorded);

    // The restore point is in the Odoo database's WAL, ending at the recorded LSN.
    m_odoo.scalar(QStringLiteral("postgres"), QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_walinspect"));
    const QString found = m_odoo.scalar(
        QStringLiteral("postgres"),
        QStringLiteral("SELECT end_lsn::text || ' ' || description FROM pg_get_wal_records_info("
                       "'%1'::pg_lsn - least(8192, (pg_walfile_name_offset('%1'::pg_lsn)).file_offset), pg_current_wal_lsn())"
                       " WHERE record_type = 'RESTORE_POINT' AND description LIKE '%%%2' ORDER BY start_lsn DESC LIMIT 1")
            .arg(point.lsn, point.name));
    QVERIFY2(found.startsWith(point.lsn + QLatin1Char(' ')), qPrintable(found + QStringLiteral(" vs ") + point.lsn));
    QVERIFY(found.contains(point.name));
    // Leave the archiver working again.
    m_odoo.scalar(QStringLiteral("postgres"), QStringLiteral("ALTER SYSTEM RESET archive_command"));
    m_odoo.scalar(QStringLiteral("postgres"), QStringLiteral("SELECT pg_reload_conf()"));
}

void TestReleaseExecutor::storeRefusesWritesWithoutTheLease()
{
    const QString image = QStringLiteral("registry.northwind.example/edi-gateway:4.3.%1").arg(++m_imageSerial);
    const qint64 id = createRelease({QStringLiteral("development")}, image, false);
    QVERIFY(await(m_store.acquireReleaseLease(id, QStringLiteral("holder-1"), std::chrono::seconds(30))));
    QVERIFY(!await(m_store.acquireReleaseLease(id, QStringLiteral("holder-2"), std::chrono::seconds(30))));
    auto refused = m_store.setReleaseState(id, QStringLiteral("holder-2"), ReleaseState::Running, QStringLiteral("x"));
    QVERIFY(Tests::waitFor(refused));
    QVERIFY(!refused.result().ok());
    QVERIFY(refused.result().error().message.contains(QStringLiteral("lease lost")));
    auto allowed = m_store.setReleaseState(id, QStringLiteral("holder-1"), ReleaseState::Running, QStringLiteral("x"));
    QVERIFY(Tests::waitFor(allowed));
    QVERIFY2(allowed.result().ok(), qPrintable(Tests::errorText(allowed.result())));
    // A skipped transition is refused by the database itself.
    auto skipped = m_store.setPhaseState(id, QStringLiteral("holder-1"), 0, Models::PhaseState::Completed);
    QVERIFY(Tests::waitFor(skipped));
    QVERIFY(!skipped.result().ok());
    Tests::waitFor(m_store.dropReleaseLease(id, QStringLiteral("holder-1")));
    QVERIFY(await(m_store.acquireReleaseLease(id, QStringLiteral("holder-2"), std::chrono::seconds(30))));
}

void TestReleaseExecutor::peopleControlIsEnforcedByTheDatabase_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("refusal"); // empty: allowed

    const QStringList requester{QStringLiteral("requester")};
    const QStringList cab{QStringLiteral("cab-member")};
    const QStringList support{QStringLiteral("support")};
    const QString why = QStringLiteral("order import stalls");
    QTest::newRow("requester cannot roll back") << QStringLiteral("rita") << requester << QStringLiteral("rollback") << why
                                                << QStringLiteral("permission denied: only release-manager or support may roll releases back");
    QTest::newRow("CAB member cannot pause") << QStringLiteral("carl") << cab << QStringLiteral("pause") << why
                                             << QStringLiteral("permission denied: only release-manager or support may pause releases");
    QTest::newRow("support cannot continue") << QStringLiteral("sam") << support << QStringLiteral("continue") << why
                                             << QStringLiteral("permission denied: only release-manager may continue releases");
    QTest::newRow("rollback needs a reason") << QString() << QStringList() << QStringLiteral("rollback") << QStringLiteral("  ")
                                             << QStringLiteral("rolling a release back needs a reason");
    QTest::newRow("pause needs a reason") << QString() << QStringList() << QStringLiteral("pause") << QString()
                                          << QStringLiteral("pausing a release needs a reason");
    QTest::newRow("continue needs a reason") << QString() << QStringList() << QStringLiteral("continue") << QString()
                                             << QStringLiteral("continuing a paused release needs a reason");
    QTest::newRow("support rolls back") << QStringLiteral("sam") << support << QStringLiteral("rollback") << why << QString();
    QTest::newRow("support pauses") << QStringLiteral("sam") << support << QStringLiteral("pause") << why << QString();
    QTest::newRow("release manager continues") << QString() << QStringList() << QStringLiteral("continue") << why << QString();
}

void TestReleaseExecutor::peopleControlIsEnforcedByTheDatabase()
{
    QFETCH(QString, who);
    QFETCH(QStringList, roles);
    QFETCH(QString, action);
    QFETCH(QString, reason);
    QFETCH(QString, refusal);

    // A running release (no executor needed: a holder id stands in for it).
    const QString image = QStringLiteral("registry.northwind.example/edi-gateway:4.3.%1").arg(++m_imageSerial);
    const qint64 id = createRelease({QStringLiteral("development")}, image, false);
    QVERIFY(await(m_store.acquireReleaseLease(id, QStringLiteral("holder-p"), std::chrono::seconds(30))));
    await(m_store.setReleaseState(id, QStringLiteral("holder-p"), ReleaseState::Running, QStringLiteral("test")));
    if (action == QLatin1String("continue"))
        await(m_store.pauseRelease(id, QStringLiteral("a person looks first")));
    const int auditBefore = int(await(m_store.auditLog()).size());

    ControlStore &store = who.isEmpty() ? m_store : person(who, roles);
    QString error;
    if (action == QLatin1String("rollback")) {
        auto f = store.requestReleaseRollback(id, reason);
        QVERIFY(Tests::waitFor(f));
        error = f.result().ok() ? QString() : f.result().error().message;
    } else if (action == QLatin1String("pause")) {
        auto f = store.pauseRelease(id, reason);
        QVERIFY(Tests::waitFor(f));
        error = f.result().ok() ? QString() : f.result().error().message;
    } else {
        auto f = store.continueRelease(id, reason);
        QVERIFY(Tests::waitFor(f));
        error = f.result().ok() ? QString() : f.result().error().message;
    }
    const Models::Release release = await(m_store.release(id));
    const QList<Models::ReleaseRequest> requests = await(m_store.releaseRequests(id));
    const QList<Models::AuditEntry> audit = await(m_store.auditLog());
    if (!refusal.isEmpty()) {
        QVERIFY2(error.contains(refusal), qPrintable(error));
        // Nothing changed, nothing was audited.
        QCOMPARE(int(audit.size()), auditBefore);
        QCOMPARE(Models::toString(release.state),
                 action == QLatin1String("continue") ? QStringLiteral("paused") : QStringLiteral("running"));
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(int(audit.size()) > auditBefore);
    const Models::AuditEntry &last = audit.constLast();
    QCOMPARE(last.actor, who.isEmpty() ? await(m_store.currentUser()) : who);
    if (action == QLatin1String("rollback")) {
        QCOMPARE(last.action, QStringLiteral("release.rollback-requested"));
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.constFirst().kind, QStringLiteral("rollback"));
        QCOMPARE(requests.constFirst().by, who);
        QCOMPARE(requests.constFirst().environment, QStringLiteral("development"));
        QVERIFY(requests.constFirst().isOpen());
        // Asked twice, the database refuses the second.
        auto again = store.requestReleaseRollback(id, reason);
        QVERIFY(Tests::waitFor(again));
        QVERIFY(!again.result().ok());
        QVERIFY(again.result().error().message.contains(QStringLiteral("already requested")));
    } else if (action == QLatin1String("pause")) {
        QCOMPARE(last.action, QStringLiteral("release.paused-by-person"));
        QCOMPARE(Models::toString(release.state), QStringLiteral("paused"));
        QCOMPARE(Models::toString(release.phases.at(0).state), QStringLiteral("paused"));
        QVERIFY(release.stopReason.contains(who) && release.stopReason.contains(reason));
        // The executor cannot move a paused release on.
        auto step = m_store.setPhaseState(id, QStringLiteral("holder-p"), 0, Models::PhaseState::Rolling);
        QVERIFY(Tests::waitFor(step));
        QVERIFY(!step.result().ok());
        QVERIFY(step.result().error().message.contains(QStringLiteral("is paused")));
    } else {
        QCOMPARE(last.action, QStringLiteral("release.continued"));
        QCOMPARE(Models::toString(release.state), QStringLiteral("running"));
        QCOMPARE(Models::toString(release.phases.at(0).state), QStringLiteral("pending"));
    }
    QVERIFY(await(m_store.verifyAuditChain()).intact());
}

void TestReleaseExecutor::personPausesContinuesAndRollsBack()
{
    // A canary that never becomes ready (its pods crash): the phase keeps rolling until
    // a person steps in.
    const QString env = QStringLiteral("development");
    const QString workload = QStringLiteral("carrier-connector");
    const QString before = deploymentImage(env, workload);
    QVERIFY(!before.isEmpty());
    const QString image = QStringLiteral("registry.northwind.example/carrier-connector:1.16.%1-crash").arg(++m_imageSerial);
    QList<qint64> changeIds;
    const qint64 id = createRelease({env}, {{workload, workload, image}}, 1, &changeIds);
    auto driver = executor();
    QSignalSpy stopped(driver.get(), &ReleaseExecutor::stopped);
    driver->start(id);
    QTRY_VERIFY_WITH_TIMEOUT(!driver->release().phases.isEmpty() && driver->release().phases.at(0).state == Models::PhaseState::Rolling, 30000);
    QCOMPARE(Models::toString(await(m_store.change(changeIds.constFirst())).state), Models::toString(Models::ChangeState::InProgress));
    QTRY_COMPARE_WITH_TIMEOUT(deploymentImage(env, workload), image, 10000);

    // Support staff pause it: paused in the database at once, the executor pauses the Deployment.
    ControlStore &support = person(QStringLiteral("sam"), {QStringLiteral("support")});
    const Models::ReleaseRequest pause = await(support.pauseRelease(id, QStringLiteral("carrier labels look wrong")));
    QCOMPARE(pause.by, QStringLiteral("sam"));
    Models::Release release = await(m_store.release(id));
    QCOMPARE(Models::toString(release.state), QStringLiteral("paused"));
    QCOMPARE(Models::toString(release.phases.at(0).state), QStringLiteral("paused"));
    QTRY_VERIFY_WITH_TIMEOUT(m_kube.value(env)->store()->deployment(workload)->paused, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!driver->requests().isEmpty() && !driver->requests().constLast().isOpen(), 20000);
    QCOMPARE(driver->requests().constLast().outcome, QStringLiteral("Deployment paused."));

    // Support may not continue; a release manager does, with a reason.
    auto refused = support.continueRelease(id, QStringLiteral("looks fine now"));
    QVERIFY(Tests::waitFor(refused));
    QVERIFY(!refused.result().ok());
    QVERIFY(refused.result().error().message.contains(QStringLiteral("permission denied")));
    await(m_store.continueRelease(id, QStringLiteral("labels checked with the carrier")));
    // The executor resumes the Deployment: the canary goes on.
    QTRY_VERIFY_WITH_TIMEOUT(!m_kube.value(env)->store()->deployment(workload)->paused, 20000);
    QCOMPARE(Models::toString(await(m_store.release(id)).state), QStringLiteral("running"));
    QVERIFY(stopped.isEmpty());

    // Roll back now, by support staff.
    await(support.requestReleaseRollback(id, QStringLiteral("canary pods crash")));
    QVERIFY(stopped.wait(60000));
    QVERIFY(stopped.constLast().at(0).value<ReleaseState>() == ReleaseState::RolledBack);
    release = await(m_store.release(id));
    QCOMPARE(Models::toString(release.state), QStringLiteral("rolled-back"));
    QCOMPARE(Models::toString(release.phases.at(0).state), QStringLiteral("rolled-back"));
    QVERIFY2(release.stopReason.contains(QStringLiteral("sam")) && release.stopReason.contains(QStringLiteral("canary pods crash")),
             qPrintable(release.stopReason));
    QCOMPARE(Models::toString(await(m_store.change(changeIds.constFirst())).state), Models::toString(Models::ChangeState::RolledBack));
    QTRY_COMPARE_WITH_TIMEOUT(deploymentImage(env, workload), before, 30000);
    QStringList actions;
    for (const Models::ReleaseAction &action : release.actions)
        actions.append(action.action);
    for (const char *expected : {"pause-requested", "pause", "continue", "resume", "rollback-requested", "undo"})
        QVERIFY2(actions.contains(QLatin1String(expected)), qPrintable(actions.join(QLatin1Char(' '))));
    for (const Models::ReleaseRequest &request : await(m_store.releaseRequests(id)))
        QVERIFY(!request.isOpen());
    QVERIFY(await(m_store.verifyAuditChain()).intact());
}

void TestReleaseExecutor::rollBackNowUndoesEveryWorkloadOfTheEnvironment()
{
    const QString env = QStringLiteral("production-us");
    const QString wms = QStringLiteral("wms-connector");
    const QString carrier = QStringLiteral("carrier-connector");
    const QString wmsBefore = deploymentImage(env, wms);
    const QString carrierBefore = deploymentImage(env, carrier);
    QVERIFY(!wmsBefore.isEmpty() && !carrierBefore.isEmpty());
    const QString wmsImage = QStringLiteral("registry.northwind.example/wms-connector:2.9.%1").arg(++m_imageSerial);
    const QString carrierImage = QStringLiteral("registry.northwind.example/carrier-connector:1.16.%1-crash").arg(m_imageSerial);
    QList<qint64> changeIds;
    const qint64 id = createRelease({env}, {{wms, wms, wmsImage}, {carrier, carrier, carrierImage}}, 1, &changeIds);
    auto driver = executor();
    QSignalSpy stopped(driver.get(), &ReleaseExecutor::stopped);
    driver->start(id);
    // The WMS connector is done; the carrier connector's canary is rolling.
    QTRY_VERIFY_WITH_TIMEOUT(driver->release().currentPhase == 2 && driver->release().phases.at(2).state == Models::PhaseState::Rolling,
                             60000);
    QCOMPARE(deploymentImage(env, wms), wmsImage);

    await(m_store.requestReleaseRollback(id, QStringLiteral("carrier labels wrong in the US")));
    QVERIFY(stopped.wait(60000));
    const Models::Release release = await(m_store.release(id));
    QCOMPARE(Models::toString(release.state), QStringLiteral("rolled-back"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(Models::toString(release.phases.at(i).state), QStringLiteral("rolled-back"));
    QCOMPARE(Models::toString(release.phases.at(3).state), QStringLiteral("pending"));
    QCOMPARE(Models::toString(await(m_store.change(changeIds.constFirst())).state), Models::toString(Models::ChangeState::RolledBack));
    // Both workloads are back on their previous images, the latest undone first.
    QTRY_COMPARE_WITH_TIMEOUT(deploymentImage(env, carrier), carrierBefore, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(deploymentImage(env, wms), wmsBefore, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QStringList images = podImages(env, wms);
            return !images.isEmpty() && images.count(wmsBefore) == images.size();
        }(),
        60000);
    QStringList undone;
    for (const Models::ReleaseAction &action : release.actions) {
        if (action.action == QLatin1String("undo"))
            undone.append(action.target);
    }
    QCOMPARE(undone, (QStringList{env + QStringLiteral("/carrier-connector"), env + QStringLiteral("/wms-connector")}));
    // A finished release cannot be rolled back again.
    auto again = m_store.requestReleaseRollback(id, QStringLiteral("again"));
    QVERIFY(Tests::waitFor(again));
    QVERIFY(!again.result().ok());
    QVERIFY(again.result().error().message.contains(QStringLiteral("only a running or paused release")));
}

void TestReleaseExecutor::peoplesDecisionsReachTheExecutorAtOnce()
{
    // A canary that never becomes ready, driven with a long evaluation interval: only the
    // store's notification can bring the person's decision to the executor in time.
    const QString env = QStringLiteral("staging");
    const QString workload = QStringLiteral("carrier-connector");
    const QString before = deploymentImage(env, workload);
    QVERIFY(!before.isEmpty());
    const QString image = QStringLiteral("registry.northwind.example/carrier-connector:1.16.%1-crash").arg(++m_imageSerial);
    const qint64 id = createRelease({env}, {{workload, workload, image}}, 1);
    auto driver = executor();
    ReleaseExecutorSettings settings = driver->settings();
    settings.evaluationInterval = std::chrono::seconds(30);
    settings.leaseTtl = std::chrono::seconds(120);
    driver->setSettings(settings);
    QHash<QString, QDateTime> sent; // first time each Kubernetes action was sent
    connect(driver.get(), &ReleaseExecutor::actionStarted, this, [&sent](const QString &action, const QString &, const QDateTime &at) {
        if (!sent.contains(action))
            sent.insert(action, at);
    });
    QSignalSpy stopped(driver.get(), &ReleaseExecutor::stopped);
    QElapsedTimer sinceStart;
    sinceStart.start();
    driver->start(id);
    // The first step sets the canary's image; the next evaluation is 30 s away.
    QTRY_VERIFY_WITH_TIMEOUT(await(m_store.release(id)).phases.at(0).state == Models::PhaseState::Rolling, 20000);
    QTRY_COMPARE_WITH_TIMEOUT(deploymentImage(env, workload), image, 10000);

    ControlStore &support = person(QStringLiteral("sam"), {QStringLiteral("support")});
    const auto latency = [&sent](const char *action, const QDateTime &asked) {
        const qint64 ms = asked.msecsTo(sent.value(QLatin1String(action)));
        qInfo("person's decision → %s sent: %lld ms (evaluation interval 30000 ms)", action, ms);
        return ms;
    };
    // Pause: the executor pauses the Deployment at once.
    QDateTime asked = QDateTime::currentDateTimeUtc();
    await(support.pauseRelease(id, QStringLiteral("carrier labels look wrong")));
    QTRY_VERIFY_WITH_TIMEOUT(sent.contains(QStringLiteral("pause")), 5000);
    QVERIFY(latency("pause", asked) < 3000);
    QTRY_VERIFY_WITH_TIMEOUT(m_kube.value(env)->store()->deployment(workload)->paused, 10000);
    // Continue: it resumes the Deployment at once.
    asked = QDateTime::currentDateTimeUtc();
    await(m_store.continueRelease(id, QStringLiteral("labels checked with the carrier")));
    QTRY_VERIFY_WITH_TIMEOUT(sent.contains(QStringLiteral("resume")), 5000);
    QVERIFY(latency("resume", asked) < 3000);
    // Roll back now: it undoes the workload at once.
    asked = QDateTime::currentDateTimeUtc();
    await(support.requestReleaseRollback(id, QStringLiteral("carrier labels wrong in staging")));
    QVERIFY(stopped.wait(20000));
    QVERIFY(sent.contains(QStringLiteral("undo")));
    QVERIFY(latency("undo", asked) < 3000);
    QVERIFY(sinceStart.elapsed() < 30000); // done before the interval would have come round
    const Models::Release release = await(m_store.release(id));
    QCOMPARE(Models::toString(release.state), QStringLiteral("rolled-back"));
    QCOMPARE(Models::toString(release.phases.at(0).state), QStringLiteral("rolled-back"));
    QTRY_COMPARE_WITH_TIMEOUT(deploymentImage(env, workload), before, 30000);
}

void TestReleaseExecutor::takeoverFinishesARecordedRollback_data()
{
    QTest::addColumn<QString>("crashPoint");
    QTest::addColumn<int>("undoesAfterTakeover");
    QTest::newRow("after the decision, before any undo") << QStringLiteral("rollback-intent-recorded") << 1;
    QTest::newRow("after the undo, before it was recorded") << QStringLiteral("undo-done") << 0;
}

void TestReleaseExecutor::takeoverFinishesARecordedRollback()
{
    QFETCH(QString, crashPoint);
    QFETCH(int, undoesAfterTakeover);

    const QString env = QStringLiteral("development");
    const QString workload = QStringLiteral("edi-gateway");
    const QString before = deploymentImage(env, workload);
    QVERIFY(!before.isEmpty());
    const QString image = QStringLiteral("registry.northwind.example/edi-gateway:4.3.%1").arg(++m_imageSerial);
    // A criterion that breaches at once (1 > 0.35) stands in for a bad release without
    // raising the EDI failures the other cases judge.
    const qint64 id = createRelease({env}, image, false, QStringLiteral("vector(1)"));

    auto first = executor(QStringLiteral("crashing-%1").arg(m_imageSerial));
    bool crashed = false;
    ReleaseExecutorSettings settings = first->settings();
    settings.crashAt = [&crashed, crashPoint](const QString &point) {
        crashed = crashed || point == crashPoint;
        return point == crashPoint;
    };
    first->setSettings(settings);
    int undoesBefore = 0;
    connect(first.get(), &ReleaseExecutor::actionStarted, this, [&undoesBefore](const QString &action) {
        undoesBefore += action == QLatin1String("undo");
    });
    first->start(id);
    QTRY_VERIFY_WITH_TIMEOUT(crashed, 60000);
    // The decision was stored before anything was undone.
    const Models::Release atCrash = await(m_store.release(id));
    QCOMPARE(Models::toString(atCrash.state), QStringLiteral("running"));
    QCOMPARE(Models::toString(atCrash.phases.at(0).state), QStringLiteral("rolling-back"));
    QVERIFY2(atCrash.phases.at(0).note.contains(QStringLiteral("edi-failure-ratio")), qPrintable(atCrash.phases.at(0).note));
    QCOMPARE(undoesBefore, crashPoint == QLatin1String("undo-done") ? 1 : 0);
    if (undoesBefore > 0) // undone in Kubernetes, not recorded
        QTRY_COMPARE_WITH_TIMEOUT(deploymentImage(env, workload), before, 30000);

    // Another executor takes over once the lease expired and finishes that rollback.
    auto second = executor(QStringLiteral("taking-over-%1").arg(m_imageSerial));
    int undoesAfter = 0;
    connect(second.get(), &ReleaseExecutor::actionStarted, this, [&undoesAfter](const QString &action) {
        undoesAfter += action == QLatin1String("undo");
    });
    QSignalSpy judged(second.get(), &ReleaseExecutor::criterionEvaluated);
    QSignalSpy stopped(second.get(), &ReleaseExecutor::stopped);
    second->start(id);
    QVERIFY(stopped.wait(60000));
    QVERIFY(judged.isEmpty()); // it did not judge the criteria again
    QCOMPARE(undoesAfter, undoesAfterTakeover);
    const Models::Release release = await(m_store.release(id));
    QCOMPARE(Models::toString(release.state), QStringLiteral("rolled-back"));
    QCOMPARE(Models::toString(release.phases.at(0).state), QStringLiteral("rolled-back"));
    QVERIFY(release.stopReason.contains(QStringLiteral("edi-failure-ratio")));
    QCOMPARE(Models::toString(await(m_store.change(release.changeIds.constFirst())).state),
             Models::toString(Models::ChangeState::RolledBack));
    // Undone exactly once: the gateway is back on its previous image and stays there.
    QTRY_COMPARE_WITH_TIMEOUT(deploymentImage(env, workload), before, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            const QStringList images = podImages(env, workload);
            return !images.isEmpty() && images.count(before) == images.size();
        }(),
        60000);
    QCOMPARE(deploymentImage(env, workload), before);
    QStringList actions;
    for (const Models::ReleaseAction &action : release.actions)
        actions.append(action.action);
    QCOMPARE(actions.count(QStringLiteral("rollback-started")), 1);
    QCOMPARE(actions.count(QStringLiteral("undo")), undoesAfterTakeover);
    QCOMPARE(actions.count(QStringLiteral("undo-skipped")), 1 - undoesAfterTakeover);
    QVERIFY(await(m_store.verifyAuditChain()).intact());
}

void TestReleaseExecutor::stoppedReleaseReturnsUnreachedChangesToApproved()
{
    // Rolled back in development: the staging change was scheduled with the release and
    // never started.
    const QString image = QStringLiteral("registry.northwind.example/edi-gateway:4.3.%1").arg(++m_imageSerial);
    const qint64 id = createRelease({QStringLiteral("development"), QStringLiteral("staging")}, image, false,
                                    QStringLiteral("vector(1)"));
    const QList<qint64> changeIds = await(m_store.release(id)).changeIds;
    QCOMPARE(changeIds.size(), 2);
    const qint64 unreached = changeIds.at(1);
    const QList<Models::Approval> approvalsBefore = await(m_store.approvals(unreached));
    auto driver = executor();
    QSignalSpy stopped(driver.get(), &ReleaseExecutor::stopped);
    driver->start(id);
    QVERIFY(stopped.wait(60000));
    QCOMPARE(Models::toString(await(m_store.release(id)).state), QStringLiteral("rolled-back"));
    QCOMPARE(Models::toString(await(m_store.change(changeIds.at(0))).state), Models::toString(Models::ChangeState::RolledBack));
    // Back to approved, not left scheduled; the approvals stand, the step is audited with why.
    QCOMPARE(Models::toString(await(m_store.change(unreached)).state), Models::toString(Models::ChangeState::Approved));
    const QList<Models::Approval> approvalsAfter = await(m_store.approvals(unreached));
    QCOMPARE(approvalsAfter.size(), approvalsBefore.size());
    for (int i = 0; i < approvalsAfter.size(); ++i)
        QCOMPARE(approvalsAfter.at(i).voidedAt.isValid(), approvalsBefore.at(i).voidedAt.isValid());
    QStringList lifecycle;
    QString why;
    for (const Models::AuditEntry &entry : await(m_store.auditLog(unreached))) {
        if (entry.action.startsWith(QLatin1String("change.")))
            lifecycle.append(entry.action);
        if (entry.action == QLatin1String("change.unscheduled"))
            why = QJsonDocument::fromJson(entry.detail.toUtf8()).object().value(QStringLiteral("reason")).toString();
    }
    QVERIFY2(lifecycle.size() >= 2 && lifecycle.mid(lifecycle.size() - 2)
                 == QStringList({QStringLiteral("change.scheduled"), QStringLiteral("change.unscheduled")}),
             qPrintable(lifecycle.join(QLatin1Char(' '))));
    QVERIFY2(why.contains(QStringLiteral("Release %1").arg(id)) && why.contains(QStringLiteral("edi-failure-ratio")), qPrintable(why));
    // Approved again, a later release can take it.
    const auto phases = Models::ReleasePlan::build({QStringLiteral("staging")},
                                                   {{QStringLiteral("edi-gateway"), QStringLiteral("edi-gateway"), image}}, 1);
    QVERIFY(await(m_store.createRelease(QStringLiteral("Second attempt"), {unreached}, phases)).id > id);
}

void TestReleaseExecutor::stalledRolloutPausesTheRelease()
{
    // A canary whose image cannot be pulled and a criterion that never breaches (as in
    // development, which has no EDI traffic to speak of): the Deployment's progress
    // deadline ends the wait, and the release pauses saying why.
    const QString env = QStringLiteral("development");
    const QString before = deploymentImage(env, QStringLiteral("edi-gateway"));
    // The simulator counts the deadline in real seconds: 5 s instead of 600.
    const auto deadline = [this](int seconds) {
        QProcess kubectl;
        kubectl.start(QStringLiteral("kubectl"),
                      {QStringLiteral("--kubeconfig"), m_simDir.filePath(QStringLiteral("kubeconfig")), QStringLiteral("--context"),
                       QStringLiteral("nonprod-shared"), QStringLiteral("-n"), QStringLiteral("odoo-dev"), QStringLiteral("patch"),
                       QStringLiteral("deployment"), QStringLiteral("edi-gateway"), QStringLiteral("--type"), QStringLiteral("merge"),
                       QStringLiteral("-p"), QStringLiteral("{\"spec\":{\"progressDeadlineSeconds\":%1}}").arg(seconds)});
        return kubectl.waitForFinished(30000) && kubectl.exitCode() == 0;
    };
    QVERIFY(deadline(5));
    const QString image = QStringLiteral("registry.northwind.example/edi-gateway:4.3.%1-bad").arg(++m_imageSerial);
    const qint64 id = createRelease({env}, image, false, QStringLiteral("vector(0)"));
    auto driver = executor();
    QSignalSpy stopped(driver.get(), &ReleaseExecutor::stopped);
    driver->start(id);
    QVERIFY(stopped.wait(60000));
    QVERIFY(stopped.constFirst().at(0).value<ReleaseState>() == ReleaseState::Paused);
    const Models::Release release = await(m_store.release(id));
    QCOMPARE(Models::toString(release.state), QStringLiteral("paused"));
    QCOMPARE(Models::toString(release.phases.at(0).state), QStringLiteral("paused"));
    QVERIFY2(release.stopReason.contains(QStringLiteral("made no progress within its deadline"))
                 && release.stopReason.contains(image),
             qPrintable(release.stopReason));
    // The rest of the rollout never started.
    QCOMPARE(Models::toString(release.phases.at(1).state), QStringLiteral("pending"));
    driver->stop();
    // Leave development on its previous image for the other cases.
    Tests::waitFor(m_actions.value(env)->resume(QStringLiteral("edi-gateway")));
    Tests::waitFor(m_actions.value(env)->undo(QStringLiteral("edi-gateway")));
    QTRY_COMPARE_WITH_TIMEOUT(deploymentImage(env, QStringLiteral("edi-gateway")), before, 30000);
    QVERIFY(deadline(600));
}

QTEST_MAIN(TestReleaseExecutor)
#include "tst_releaseexecutor.moc"
