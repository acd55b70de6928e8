// The Releases area as a release manager and a support person see it: the simulator
// (Kubernetes API and /metrics), a real Prometheus scraping it and a private PostgreSQL
// for the control store. The release manager's page drives releases; the support
// person's page watches them and steps in.

#include "models/releaseplan.h"
#include "postgresfixture.h"
#include "prometheusfixture.h"
#include "services/controlstore.h"
#include "services/estateloader.h"
#include "services/kubeactions.h"
#include "services/kubeclient.h"
#include "services/kubeconfig.h"
#include "services/prometheusclient.h"
#include "services/releasereport.h"
#include "services/whenfinished.h"
#include "ui/calendarpage.h"
#include "ui/newreleasedialog.h"
#include "ui/releasecriteriongauge.h"
#include "ui/releaselistmodel.h"
#include "ui/releasespage.h"
#include "ui/timelineview.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QFuture>

#include <memory>

using namespace Gatehouse;
using namespace Gatehouse::Services;

namespace {

const QString kEdiRatio = QStringLiteral(
    "sum(rate(gatehouse_edi_messages_total{environment=\"$environment\",result=\"failed\"}[5s]))"
    " / clamp_min(sum(rate(gatehouse_edi_messages_total{environment=\"$environment\"}[5s])), 1e-9)");
const QString kEnvironment = QStringLiteral("development");

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

class TestReleasesPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void releaseManagerCreatesAReleaseAndWatchesItComplete();
    void supportPausesIsRefusedContinueAndRollsBack();
    void calendarFollowsTheReleaseLive();
    void failingGatePausesUntilOverridden();
    void pageMadeBeforeTheStoreConnectsCatchesUp();

private:
    qint64 approvedChange(const QString &workload, const QString &image, double threshold = 0.35);
    std::unique_ptr<Ui::ReleasesPage> managerPage();
    /// The text of the timeline row of phase `position` (state column).
    static QString phaseState(Ui::ReleasesPage &page, int position);

    Tests::PostgresFixture m_control;
    Tests::PrometheusFixture m_prometheus;
    QTemporaryDir m_simDir;
    QProcess m_sim;
    ControlStore m_store;
    std::unique_ptr<ControlStore> m_support;
    KubeClient *m_kube = nullptr;
    KubeActions *m_actions = nullptr;
    PrometheusClient m_prometheusClient;
    Models::EstatePtr m_estate;
    int m_serial = 0;
};

void TestReleasesPage::initTestCase()
{
    QVERIFY2(m_control.start(), qPrintable(m_control.errorString()));
    ControlStoreSettings settings;
    settings.url = m_control.url(QStringLiteral("postgres"));
    m_store.open(settings);
    const auto connected = m_store.waitForConnection(std::chrono::seconds(60));
    QVERIFY2(connected.ok(), qPrintable(Tests::errorText(connected)));
    auto loaded = EstateLoader::loadFolder(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"));
    QVERIFY(loaded.estate);
    m_estate = loaded.estate;
    await(m_store.applyPolicy(ControlStore::policyDocument(*m_estate)));

    // A support person, logged in with their own role.
    const auto created = m_control.query(QStringLiteral("postgres"),
                                         QStringLiteral("CREATE ROLE sam LOGIN; GRANT gatehouse_support TO sam;"));
    QVERIFY2(created.ok(), qPrintable(Tests::errorText(created)));
    m_support = std::make_unique<ControlStore>();
    ControlStoreSettings supportSettings;
    supportSettings.url = ControlStore::urlForUser(m_control.url(QStringLiteral("postgres")), QStringLiteral("sam"));
    m_support->open(supportSettings);
    QVERIFY(m_support->waitForConnection(std::chrono::seconds(30)).ok());

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
    options.scrapeTargets = {QStringLiteral("127.0.0.1:%1").arg(metrics.port())};
    QVERIFY2(m_prometheus.start(options), qPrintable(m_prometheus.errorString()));
    HttpEndpoint prometheus;
    prometheus.url = m_prometheus.prometheusUrl();
    m_prometheusClient.setEndpoint(prometheus);

    const auto kubeconfig = KubeConfig::load({m_simDir.filePath(QStringLiteral("kubeconfig"))}, true);
    QVERIFY2(kubeconfig.ok(), qPrintable(Tests::errorText(kubeconfig)));
    auto connection = kubeconfig->connection(QStringLiteral("nonprod-shared"));
    QVERIFY2(connection.ok(), qPrintable(Tests::errorText(connection)));
    KubeConnectionConfig config = connection.value();
    config.namespaceName = QStringLiteral("odoo-dev");
    m_kube = new KubeClient(config, this);
    m_kube->start();
    m_actions = new KubeActions(m_kube, this);
    QTRY_VERIFY_WITH_TIMEOUT(m_kube->isSynced(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            auto f = m_prometheusClient.query(QStringLiteral("gatehouse_edi_messages_total"));
            return Tests::waitFor(f, 5000) && f.result().ok() && !f.result()->isEmpty();
        }(),
        30000);
}

void TestReleasesPage::cleanupTestCase()
{
    if (m_kube)
        m_kube->stop();
    if (m_support)
        m_support->close();
    m_store.close();
    if (m_sim.state() != QProcess::NotRunning) {
        m_sim.terminate();
        if (!m_sim.waitForFinished(5000))
            m_sim.kill();
    }
}

qint64 TestReleasesPage::approvedChange(const QString &workload, const QString &image, double threshold)
{
    Models::ChangeRequest draft;
    draft.title = QStringLiteral("%1 to %2").arg(workload, image.section(QLatin1Char(':'), -1));
    draft.environment = kEnvironment;
    draft.type = Models::ChangeType::Standard;
    draft.workloads = {workload};
    draft.integrations = {QStringLiteral("edi-gateway")};
    draft.windowStart = QDateTime::currentDateTimeUtc().addSecs(-60);
    draft.windowEnd = QDateTime::currentDateTimeUtc().addSecs(3600);
    draft.windowTimeZone = QStringLiteral("Europe/Amsterdam");
    const Models::ChangeRequest change = await(m_store.createChange(draft));
    Models::ChangeScope scope;
    scope.workloads = {{workload, image}};
    scope.rollbackPlan = QStringLiteral("kubectl rollout undo deployment/%1").arg(workload);
    // 0.35: with a few EDI messages per 5 s window, the simulator's occasional failed
    // message alone reads as 1/7 or 2/7, which must not roll a good release back.
    scope.rollbackCriteria = {{QStringLiteral("edi-failure-ratio"), kEdiRatio, QStringLiteral(">"), threshold, 1,
                               QStringLiteral("rollback")}};
    await(m_store.setScope(change.id, scope, QStringLiteral("scope")));
    await(m_store.submit(change.id));
    const Models::ChangeRequest assessed = await(m_store.assess(change.id, 5));
    if (assessed.state != Models::ChangeState::Approved)
        qFatal("standard change %lld was not approved", change.id);
    return change.id;
}

std::unique_ptr<Ui::ReleasesPage> TestReleasesPage::managerPage()
{
    auto page = std::make_unique<Ui::ReleasesPage>(&m_store);
    page->setEstate(m_estate);
    page->setPollInterval(300);
    ReleaseExecutorSettings settings;
    settings.evaluationInterval = std::chrono::milliseconds(1000);
    settings.leaseTtl = std::chrono::milliseconds(4000);
    settings.noDataAfter = std::chrono::milliseconds(5000);
    page->setExecutorSettings(settings);
    ReleaseEnvironment target;
    target.name = kEnvironment;
    target.kube = m_kube;
    target.actions = m_actions;
    target.prometheus = &m_prometheusClient;
    page->setExecutorEnvironments({target});
    page->resize(1200, 800);
    page->show();
    return page;
}

QString TestReleasesPage::phaseState(Ui::ReleasesPage &page, int position)
{
    int seen = 0;
    for (int top = 0; top < page.timeline()->topLevelItemCount(); ++top) {
        QTreeWidgetItem *environment = page.timeline()->topLevelItem(top);
        for (int child = 0; child < environment->childCount(); ++child, ++seen) {
            if (seen == position)
                return environment->child(child)->text(1);
        }
    }
    return {};
}

void TestReleasesPage::releaseManagerCreatesAReleaseAndWatchesItComplete()
{
    const QString image = QStringLiteral("registry.northwind.example/edi-gateway:4.4.%1").arg(++m_serial);
    const qint64 changeId = approvedChange(QStringLiteral("edi-gateway"), image);
    auto page = managerPage();
    QAbstractItemModelTester tester(page->releaseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    // New release…: the approved change is offered; tick it, name it, create it.
    Ui::NewReleaseDialog *dialog = page->openNewReleaseDialog();
    QVERIFY(dialog);
    QSignalSpy loaded(dialog, &Ui::NewReleaseDialog::changesLoaded);
    QVERIFY(loaded.wait(10000));
    QVERIFY(dialog->setChecked(changeId, true));
    dialog->setTitle(QStringLiteral("EDI gateway 4.4"));
    dialog->setBakeSeconds(1);
    QSignalSpy created(dialog, &Ui::NewReleaseDialog::created);
    dialog->create();
    QVERIFY(created.wait(10000));
    const auto release = created.constFirst().at(0).value<Models::Release>();
    QCOMPARE(release.phases.size(), 2); // canary, rest
    QCOMPARE(release.phases.at(0).container, QStringLiteral("edi-gateway"));

    // It is listed and selected; the page's executor drives it to the end.
    QTRY_COMPARE_WITH_TIMEOUT(page->currentReleaseId(), release.id, 10000);
    QVERIFY(page->executor(release.id));
    const int row = page->releaseModel()->rowOf(release.id);
    QVERIFY(row >= 0);
    // While it runs: the timeline shows it moving and the criterion its live value.
    QTRY_VERIFY_WITH_TIMEOUT(phaseState(*page, 0) == QLatin1String("Done") || phaseState(*page, 0).startsWith(QLatin1String("Waiting for bake"))
                                 || phaseState(*page, 0) == QLatin1String("Running"),
                             30000);
    QTRY_COMPARE_WITH_TIMEOUT(page->releaseModel()->index(page->releaseModel()->rowOf(release.id), Ui::ReleaseListModel::StateColumn).data().toString(),
                              QStringLiteral("Completed"), 90000);
    QTRY_VERIFY_WITH_TIMEOUT(page->headerText().contains(QStringLiteral("Completed")), 10000);
    QCOMPARE(page->timeline()->topLevelItemCount(), 1);
    QCOMPARE(page->timeline()->topLevelItem(0)->text(0), kEnvironment);
    QCOMPARE(phaseState(*page, 0), QStringLiteral("Done"));
    QCOMPARE(phaseState(*page, 1), QStringLiteral("Done"));
    // Times in the site's zone, named.
    const QString started = page->timeline()->topLevelItem(0)->child(0)->text(2);
    QVERIFY2(!started.isEmpty() && started.count(QLatin1Char(' ')) == 2, qPrintable(started));
    // The criterion: verdict in words next to the threshold and duration.
    QCOMPARE(page->criterionGauges().size(), 1);
    const Ui::ReleaseCriterionGauge *gauge = page->criterionGauges().constFirst();
    QCOMPARE(gauge->verdict(), QStringLiteral("pass"));
    QVERIFY2(gauge->text().contains(QStringLiteral("edi-failure-ratio — Pass: latest")), qPrintable(gauge->text()));
    QVERIFY2(gauge->text().contains(QStringLiteral("rolls back when > 0.35 for 1 s")), qPrintable(gauge->text()));
    // Nothing to do on a finished release.
    QVERIFY(!page->rollBackButton()->isEnabled());
    QVERIFY(!page->continueButton()->isEnabled());
    QVERIFY(!page->pauseButton()->isEnabled());
    QCOMPARE(page->restorePoints()->topLevelItemCount(), 1);
    QVERIFY(page->restorePoints()->topLevelItem(0)->text(0).startsWith(QStringLiteral("No restore point yet")));
    // The change moved with the release.
    QCOMPARE(Models::toString(await(m_store.change(changeId)).state), Models::toString(Models::ChangeState::Completed));

    // The release report, as an auditor gets it from the page.
    QVERIFY(page->exportReportButton()->isEnabled());
    QTemporaryDir reports;
    const QString reportPath = reports.filePath(QStringLiteral("release-report.pdf"));
    QSignalSpy exported(page.get(), &Ui::ReleasesPage::reportExported);
    page->exportReport(reportPath);
    QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 30000);
    QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
    QVERIFY(page->messageText().contains(QStringLiteral("was written to")));
    QFile report(reportPath);
    QVERIFY(report.open(QIODevice::ReadOnly));
    QVERIFY(report.read(5) == "%PDF-");
    QVERIFY2(report.size() > 4096, qPrintable(QString::number(report.size())));
}

void TestReleasesPage::supportPausesIsRefusedContinueAndRollsBack()
{
    // A canary whose pods crash: the phase keeps rolling until a person steps in.
    const QString workload = QStringLiteral("carrier-connector");
    const Models::KubeDeployment *deployment = m_kube->store()->deployment(workload);
    QVERIFY(deployment && !deployment->containers.isEmpty());
    const QString before = deployment->containers.constFirst().image;
    const QString image = QStringLiteral("registry.northwind.example/carrier-connector:1.17.%1-crash").arg(++m_serial);
    const qint64 changeId = approvedChange(workload, image);
    const auto phases = Models::ReleasePlan::build({kEnvironment}, {{workload, workload, image}}, 1);
    const qint64 id = await(m_store.createRelease(QStringLiteral("Carrier connector 1.17"), {changeId}, phases)).id;
    auto manager = managerPage(); // drives it

    Ui::ReleasesPage support(m_support.get());
    support.setEstate(m_estate);
    support.setPollInterval(300);
    QAbstractItemModelTester tester(support.releaseModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList answers;
    bool cancel = false;
    support.setReasonPrompt([&](const QString &, const QString &) -> std::optional<QString> {
        if (cancel || answers.isEmpty())
            return std::nullopt;
        return answers.takeFirst();
    });
    support.show();
    QTRY_VERIFY_WITH_TIMEOUT(support.selectRelease(id), 10000);
    QVERIFY(!support.executor(id)); // support staff watch; they do not drive
    QTRY_COMPARE_WITH_TIMEOUT(phaseState(support, 0), QStringLiteral("Running"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(support.pauseButton()->isEnabled(), 10000);
    QVERIFY(!support.continueButton()->isEnabled());

    // Cancelling the reason sends nothing.
    cancel = true;
    QSignalSpy answered(&support, &Ui::ReleasesPage::actionFinished);
    support.pauseButton()->click();
    QTest::qWait(300);
    QVERIFY(answered.isEmpty());
    cancel = false;

    // Pause, with a reason: paused at once, the reason and the person shown.
    answers = {QStringLiteral("carrier labels look wrong")};
    support.pauseButton()->click();
    QVERIFY(answered.wait(10000));
    QVERIFY(answered.constLast().at(0).toBool());
    QTRY_VERIFY_WITH_TIMEOUT(support.headerText().contains(QStringLiteral("Paused")), 10000);
    QVERIFY2(support.headerText().contains(QStringLiteral("sam")) && support.headerText().contains(QStringLiteral("carrier labels look wrong")),
             qPrintable(support.headerText()));
    QTRY_COMPARE_WITH_TIMEOUT(phaseState(support, 0), QStringLiteral("Paused"), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_kube->store()->deployment(workload)->paused, 20000);

    // Continue is the release manager's: the database refuses it, with its own words.
    QTRY_VERIFY_WITH_TIMEOUT(support.continueButton()->isEnabled(), 10000);
    answers = {QStringLiteral("looks fine to me")};
    support.continueButton()->click();
    QVERIFY(answered.wait(10000));
    QVERIFY(!answered.constLast().at(0).toBool());
    QVERIFY2(support.messageText().contains(QStringLiteral("permission denied: only release-manager may continue releases")),
             qPrintable(support.messageText()));
    QVERIFY(support.headerText().contains(QStringLiteral("Paused")));

    // Roll back now: support may; the manager's executor undoes the workload.
    answers = {QStringLiteral("canary pods crash")};
    QVERIFY(support.rollBackButton()->isEnabled());
    support.rollBackButton()->click();
    QVERIFY(answered.wait(10000));
    QVERIFY2(answered.constLast().at(0).toBool(), qPrintable(support.messageText()));
    QVERIFY(support.messageText().contains(QStringLiteral("Rollback of development requested")));
    QTRY_VERIFY_WITH_TIMEOUT(support.headerText().contains(QStringLiteral("Rolled back")), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(phaseState(support, 0), QStringLiteral("Rolled back"), 10000);
    QVERIFY(!support.rollBackButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_kube->store()->deployment(workload)->containers.constFirst().image, before, 30000);
    QCOMPARE(Models::toString(await(m_store.change(changeId)).state), Models::toString(Models::ChangeState::RolledBack));
}

void TestReleasesPage::calendarFollowsTheReleaseLive()
{
    const QString workload = QStringLiteral("edi-gateway");
    const QString image = QStringLiteral("registry.northwind.example/edi-gateway:4.4.%1").arg(++m_serial);
    const qint64 changeId = approvedChange(workload, image);
    const auto phases = Models::ReleasePlan::build({kEnvironment}, {{workload, workload, image}}, 2);
    const qint64 id = await(m_store.createRelease(QStringLiteral("EDI gateway on the calendar"), {changeId}, phases)).id;

    // The Calendar area as the main window wires it: the changes are set again on every
    // store notification, and the page reads the releases with them.
    Ui::CalendarPage calendar;
    calendar.resize(1400, 900);
    calendar.show();
    QSignalSpy ready(&calendar, &Ui::CalendarPage::ready);
    calendar.setEstate(m_estate);
    calendar.setControlStore(&m_store);
    connect(&m_store, &ControlStore::changesChanged, &calendar, [this, &calendar] {
        whenFinished(m_store.listChanges(), &calendar, [&calendar](const Models::Result<QList<Models::ChangeRequest>> &changes) {
            if (changes)
                calendar.setChanges(changes.value());
        });
    });
    QVERIFY(ready.wait(60000));
    Ui::TimelineView *view = calendar.timeline();
    const auto bandState = [view, id](int phase) {
        for (int i = 0; i < view->releaseBands().size(); ++i) {
            const Models::ReleaseBand &band = view->releaseBands().at(i);
            if (band.releaseId == id && band.phase == phase)
                return view->releaseBandLabel(i).section(QStringLiteral(" · "), 0, 0);
        }
        return QString();
    };
    QVERIFY(bandState(0).isEmpty()); // planned: nothing ran yet

    auto manager = managerPage(); // drives it
    // While it runs the canary's band says so; at the end both phases are done.
    QTRY_VERIFY_WITH_TIMEOUT(bandState(0) == QLatin1String("Running") || bandState(0) == QLatin1String("Waiting for bake"),
                             30000);
    QTRY_COMPARE_WITH_TIMEOUT(bandState(1), QStringLiteral("Done"), 90000);
    QCOMPARE(bandState(0), QStringLiteral("Done"));
    int row = -1;
    for (int r = 0; r < view->rows().size(); ++r) {
        if (view->rows().at(r).kind == Ui::TimelineView::RowKind::Environment && view->rows().at(r).name == kEnvironment)
            row = r;
    }
    for (int i = 0; i < view->releaseBands().size(); ++i) {
        if (view->releaseBands().at(i).releaseId == id)
            QVERIFY(view->rowRect(row).contains(view->releaseBandRect(i).center()));
    }
}

void TestReleasesPage::failingGatePausesUntilOverridden()
{
    // The development policy requires the "contracts" gate; its source says it fails.
    const QString image = QStringLiteral("registry.northwind.example/edi-gateway:4.6.%1").arg(++m_serial);
    const qint64 changeId = approvedChange(QStringLiteral("edi-gateway"), image);
    auto page = managerPage();
    QStringList asked;
    page->setGateSource([&asked](const Models::ChangeRequest &change, const Models::ChangeScope &,
                                 const QString &environment, const QStringList &gates) {
        asked = gates;
        Models::GateResult contracts;
        contracts.gate = QStringLiteral("contracts");
        contracts.environment = environment;
        contracts.outcome = Models::GateResult::Outcome::Fail;
        contracts.summary = QStringLiteral("1 integration would break in %1 (change %2).").arg(environment).arg(change.id);
        contracts.evaluatedAt = QDateTime::currentDateTimeUtc();
        return QtFuture::makeReadyFuture(QList<Models::GateResult>{contracts});
    });
    QStringList answers;
    page->setReasonPrompt([&answers](const QString &, const QString &) -> std::optional<QString> {
        if (answers.isEmpty())
            return std::nullopt;
        return answers.takeFirst();
    });
    const auto phases = Models::ReleasePlan::build({kEnvironment}, {{QStringLiteral("edi-gateway"), QStringLiteral("edi-gateway"), image}}, 1);
    const qint64 id = await(m_store.createRelease(QStringLiteral("EDI gateway 4.6"), {changeId}, phases)).id;
    QTRY_VERIFY_WITH_TIMEOUT(page->selectRelease(id), 10000);

    // Paused before anything moved, with the gate named; nothing was rolled out.
    QTRY_VERIFY_WITH_TIMEOUT(page->headerText().contains(QStringLiteral("Paused")), 30000);
    QCOMPARE(asked, QStringList({QStringLiteral("contracts"), QStringLiteral("rollback")}));
    QVERIFY2(page->headerText().contains(QStringLiteral("Gates block development")), qPrintable(page->headerText()));
    QVERIFY(m_kube->store()->deployment(QStringLiteral("edi-gateway"))->containers.constFirst().image != image);
    QTRY_VERIFY_WITH_TIMEOUT(page->overrideGatesButton()->isEnabled(), 10000);
    const QList<Ui::ReleasesPage::BlockedGate> blocked = page->blockedGates();
    QCOMPARE(blocked.size(), 1);
    QCOMPARE(blocked.first().changeId, changeId);
    QCOMPARE(blocked.first().gate, QStringLiteral("contracts"));
    QCOMPARE(blocked.first().environment, kEnvironment);

    // Another release whose criterion has the same name and another threshold: the gauge
    // shows the selected release's threshold, not the one seen first.
    const QString other = QStringLiteral("registry.northwind.example/edi-gateway:4.6.%1").arg(++m_serial);
    const qint64 otherChange = approvedChange(QStringLiteral("edi-gateway"), other, 0.5);
    const auto otherPhases = Models::ReleasePlan::build({kEnvironment}, {{QStringLiteral("edi-gateway"), QStringLiteral("edi-gateway"), other}}, 1);
    const qint64 otherId = await(m_store.createRelease(QStringLiteral("EDI gateway 4.6 (other)"), {otherChange}, otherPhases)).id;
    QTRY_VERIFY_WITH_TIMEOUT(page->selectRelease(otherId), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page->criterionGauges().size() == 1
                                 && page->criterionGauges().constFirst()->text().contains(QStringLiteral("> 0.5 for 1 s")),
                             10000);
    QTRY_VERIFY_WITH_TIMEOUT(page->headerText().contains(QStringLiteral("Paused")), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(page->selectRelease(id), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(page->criterionGauges().size() == 1
                                 && page->criterionGauges().constFirst()->text().contains(QStringLiteral("> 0.35 for 1 s")),
                             10000);

    // The release manager overrides it with a reason, then continues: the gates are
    // evaluated again, pass with the override, and the release completes.
    QSignalSpy answered(page.get(), &Ui::ReleasesPage::actionFinished);
    answers = {QStringLiteral("the broken column is unused by the EDI partner")};
    page->overrideGatesButton()->click();
    QVERIFY(answered.wait(10000));
    QVERIFY2(answered.constLast().at(0).toBool(), qPrintable(page->messageText()));
    const QList<Models::GateOverride> overrides = await(m_store.gateOverrides(changeId));
    QCOMPARE(overrides.size(), 1);
    QCOMPARE(overrides.first().gate, QStringLiteral("contracts"));
    QCOMPARE(overrides.first().reason, QStringLiteral("the broken column is unused by the EDI partner"));
    answers = {QStringLiteral("contracts gate overridden")};
    QTRY_VERIFY_WITH_TIMEOUT(page->continueButton()->isEnabled(), 10000);
    page->continueButton()->click();
    QVERIFY(answered.wait(10000));
    QVERIFY2(answered.constLast().at(0).toBool(), qPrintable(page->messageText()));
    QTRY_COMPARE_WITH_TIMEOUT(page->releaseModel()->index(page->releaseModel()->rowOf(id), Ui::ReleaseListModel::StateColumn).data().toString(),
                              QStringLiteral("Completed"), 90000);
    QCOMPARE(m_kube->store()->deployment(QStringLiteral("edi-gateway"))->containers.constFirst().image, image);
    QVERIFY(!page->overrideGatesButton()->isVisible());
    // "Continued: …" described a paused release; it does not stay next to a completed one.
    QTRY_VERIFY_WITH_TIMEOUT(page->messageText().isEmpty(), 10000);

    // The release report says who overrode which gate, where and why.
    const auto report = await(Services::ReleaseReport::gather(&m_store, id));
    const QString html = Services::ReleaseReport::html(report);
    QVERIFY(html.contains(QStringLiteral("Gate overrides")));
    QVERIFY2(html.contains(QStringLiteral("the broken column is unused by the EDI partner")), qPrintable(html));
}

void TestReleasesPage::pageMadeBeforeTheStoreConnectsCatchesUp()
{
    // As in the application: the page exists before the store is opened (the password
    // comes from the keychain first). Once connected it lists the releases and knows the
    // person is a release manager, so it drives the unfinished ones.
    const QString image = QStringLiteral("registry.northwind.example/edi-gateway:4.7.%1").arg(++m_serial);
    const qint64 changeId = approvedChange(QStringLiteral("edi-gateway"), image);
    const auto phases = Models::ReleasePlan::build({kEnvironment}, {{QStringLiteral("edi-gateway"), QStringLiteral("edi-gateway"), image}}, 1);
    const qint64 id = await(m_store.createRelease(QStringLiteral("EDI gateway 4.7"), {changeId}, phases)).id;

    ControlStore late;
    Ui::ReleasesPage page(&late);
    page.setEstate(m_estate);
    ReleaseExecutorSettings executorSettings;
    executorSettings.evaluationInterval = std::chrono::milliseconds(1000);
    page.setExecutorSettings(executorSettings);
    ReleaseEnvironment target;
    target.name = kEnvironment;
    target.kube = m_kube;
    target.actions = m_actions;
    target.prometheus = &m_prometheusClient;
    page.setExecutorEnvironments({target});
    QTest::qWait(200); // the page's first reads are answered "closed"
    ControlStoreSettings settings;
    settings.url = m_control.url(QStringLiteral("postgres"));
    late.open(settings);
    QTRY_VERIFY_WITH_TIMEOUT(page.releaseModel()->rowOf(id) >= 0, 30000);
    QVERIFY2(!page.messageText().contains(QStringLiteral("closed")), qPrintable(page.messageText()));
    QTRY_VERIFY_WITH_TIMEOUT(page.executor(id), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(page.releaseModel()->index(page.releaseModel()->rowOf(id), Ui::ReleaseListModel::StateColumn).data().toString(),
                              QStringLiteral("Completed"), 90000);
    page.setExecutorEnvironments({});
    late.close();
}

QTEST_MAIN(TestReleasesPage)
#include "tst_releasespage.moc"
