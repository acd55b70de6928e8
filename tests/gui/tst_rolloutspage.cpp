// The Rollouts area offscreen against the real estate simulator and a real PostgreSQL
// control store: rows appear and update in place through a rollout started from the
// page, a bad image runs into its progress deadline, a rollback from the UI restores the
// image and is audited with user, reason, before and after; a lost cluster leaves the
// data stale with its age and recovers; a wrong token shows "unauthorized".
// Screenshots land in <build>/test-output/rollouts.

#include "kubesimfixture.h"
#include "postgresfixture.h"

#include "models/kubeeventmodel.h"
#include "models/kubestore.h"
#include "models/podmodel.h"
#include "models/replicasetmodel.h"
#include "models/workloadmodel.h"
#include "services/controlstore.h"
#include "services/estateloader.h"
#include "services/kubereflector.h"
#include "ui/rolloutactiondialog.h"
#include "ui/rolloutdetailview.h"
#include "ui/rolloutenvironment.h"
#include "ui/rolloutprogressdelegate.h"
#include "ui/rolloutspage.h"
#include "ui/rollouttimelinemodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace Gatehouse;
using Models::WorkloadModel;
using Ui::RolloutAction;

namespace {

const QString Staging = QStringLiteral("staging");

Services::KubeClientSettings fastSettings()
{
    Services::KubeClientSettings s;
    s.initialBackoffMs = 50;
    s.maxBackoffMs = 400;
    return s;
}

bool copyReplacing(const QString &from, const QString &to, const QByteArray &before = {}, const QByteArray &after = {})
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = in.readAll();
    if (!before.isEmpty())
        text.replace(before, after);
    // Write next to the target and rename, as `kubectl config` does.
    QFile out(to + QStringLiteral(".new"));
    if (!out.open(QIODevice::WriteOnly) || out.write(text) != text.size())
        return false;
    out.close();
    QFile::remove(to);
    return QFile::rename(to + QStringLiteral(".new"), to);
}

/// The data's age in seconds as the banner shows it ("(12 seconds old)"), -1 when none.
int ageShown(const QString &banner)
{
    static const QRegularExpression pattern(QStringLiteral("\\((\\d+) seconds? old\\)"));
    const QRegularExpressionMatch match = pattern.match(banner);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

/// Counts the layout requests a widget receives (a relayout of everything in it).
class LayoutRequests : public QObject
{
public:
    int count = 0;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::LayoutRequest)
            ++count;
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

class TestRolloutsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void rowsAppearAndUpdateInPlace();
    void badImageShowsProgressDeadlineExceeded();
    void rollBackFromTheUiIsAudited();
    void pausedDeploymentCannotBeRolledBack();
    void auditNeedsSupportReleaseManagerOrAdmin_data();
    void auditNeedsSupportReleaseManagerOrAdmin();
    void wrongTokenIsUnauthorized();
    void connectionLossMarksStaleThenRecovers();
    void relistUpdatesRowsInPlace();

private:
    std::unique_ptr<Ui::RolloutsPage> makePage(const QString &kubeconfig);
    bool waitLive(Ui::RolloutsPage &page);
    QModelIndex workloadIndex(Ui::RolloutsPage &page, const QString &name, int column = 0) const;
    /// Opens `action`'s dialog on `workload`, lets `fill` set it up, confirms, and waits for the result.
    bool act(Ui::RolloutsPage &page, const QString &workload, RolloutAction action,
             const std::function<void(Ui::RolloutActionDialog &)> &fill, QString *message);
    QList<Models::AuditEntry> audit();
    void screenshot(QWidget *widget, const QString &name);

    KubeSimFixture m_sim;
    Tests::PostgresFixture m_postgres;
    std::unique_ptr<Services::ControlStore> m_store;
    Models::EstatePtr m_estate;
    QTemporaryDir m_dir;
    QString m_kubeconfig; ///< a stable copy of the simulator's kubeconfig
    QString m_outputDir;
};

void TestRolloutsPage::initTestCase()
{
    QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
    QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
    QVERIFY(m_postgres.createDatabase(QStringLiteral("rollouts")));
    m_store = std::make_unique<Services::ControlStore>();
    Services::ControlStoreSettings settings;
    settings.url = m_postgres.url(QStringLiteral("rollouts"));
    m_store->open(settings);
    const auto connected = m_store->waitForConnection(std::chrono::seconds(30));
    QVERIFY2(connected.ok(), qPrintable(connected.ok() ? QString() : connected.error().message));

    const auto loaded = Services::EstateLoader::loadFolder(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"));
    QVERIFY(loaded.estate);
    m_estate = loaded.estate;
    m_kubeconfig = m_dir.filePath(QStringLiteral("config"));
    QVERIFY(copyReplacing(m_sim.kubeconfigPath(), m_kubeconfig));
    m_outputDir = QStringLiteral(GATEHOUSE_BINARY_DIR "/test-output/rollouts");
    QVERIFY(QDir().mkpath(m_outputDir));
}

void TestRolloutsPage::cleanupTestCase()
{
    m_store.reset();
    m_sim.stop();
}

std::unique_ptr<Ui::RolloutsPage> TestRolloutsPage::makePage(const QString &kubeconfig)
{
    auto page = std::make_unique<Ui::RolloutsPage>();
    page->resize(1500, 900);
    page->setClientSettings(fastSettings());
    page->setControlStore(m_store.get());
    page->setKubeConfigFiles({kubeconfig});
    page->setEstate(m_estate);
    page->selectEnvironment(Staging);
    page->show();
    return page;
}

bool TestRolloutsPage::waitLive(Ui::RolloutsPage &page)
{
    // Every resource listed and watched: actions are available from here on.
    return QTest::qWaitFor([&] { return page.connectionText().startsWith(QStringLiteral("Connected to")); }, 15000);
}

QModelIndex TestRolloutsPage::workloadIndex(Ui::RolloutsPage &page, const QString &name, int column) const
{
    const int row = page.workloadModel()->rowOf(name);
    return row < 0 ? QModelIndex() : page.workloadModel()->index(row, column);
}

bool TestRolloutsPage::act(Ui::RolloutsPage &page, const QString &workload, RolloutAction action,
                           const std::function<void(Ui::RolloutActionDialog &)> &fill, QString *message)
{
    if (!page.selectWorkload(workload)) {
        *message = QStringLiteral("cannot select ") + workload;
        return false;
    }
    Ui::RolloutActionDialog *dialog = page.openActionDialog(action);
    if (!dialog) {
        *message = QStringLiteral("the action is not available: ") + page.detailView()->disabledReason(action);
        return false;
    }
    fill(*dialog);
    auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmButton"));
    if (!confirm || !confirm->isEnabled()) {
        *message = QStringLiteral("cannot confirm: ") + dialog->summary();
        return false;
    }
    QSignalSpy finished(&page, &Ui::RolloutsPage::actionFinished);
    confirm->click();
    if (!finished.wait(20000)) {
        *message = QStringLiteral("no result within 20 s");
        return false;
    }
    *message = finished.first().at(1).toString();
    return finished.first().at(0).toBool();
}

QList<Models::AuditEntry> TestRolloutsPage::audit()
{
    auto future = m_store->auditLog();
    if (!Tests::waitFor(future) || !future.result().ok())
        return {};
    return future.result().value();
}

void TestRolloutsPage::screenshot(QWidget *widget, const QString &name)
{
    const QString path = m_outputDir + QLatin1Char('/') + name + QStringLiteral(".png");
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestRolloutsPage::rowsAppearAndUpdateInPlace()
{
    auto page = makePage(m_kubeconfig);
    QAbstractItemModelTester workloadTester(page->workloadModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester podTester(page->detailView()->podModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester rsTester(page->detailView()->replicaSetModel(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester eventTester(page->detailView()->eventModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester timelineTester(page->detailView()->timelineModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Rows appear: every workload the estate declares for staging, live.
    const Models::Environment *staging = m_estate->environment(Staging);
    QVERIFY(staging);
    QTRY_VERIFY_WITH_TIMEOUT(page->workloadModel()->rowCount() >= staging->workloads.size(), 15000);
    QTRY_VERIFY_WITH_TIMEOUT(page->connectionText().startsWith(QStringLiteral("Connected to https://127.0.0.1:")), 10000);
    QVERIFY2(page->connectionText().contains(QStringLiteral("namespace odoo-staging")), qPrintable(page->connectionText()));
    QVERIFY2(page->environmentEntryText(Staging).endsWith(QStringLiteral("connected")),
             qPrintable(page->environmentEntryText(Staging)));
    for (const Models::Workload &w : staging->workloads)
        QVERIFY2(workloadIndex(*page, w.name).isValid(), qPrintable(w.name));

    // Nothing selected: the detail pane holds no rows (nothing of the namespace to sort).
    QVERIFY(page->currentWorkload().isEmpty());
    QTRY_VERIFY(page->environment(Staging)->client()->store()->count(Models::KubeKind::Pod) > 0);
    QCOMPARE(page->detailView()->podModel()->rowCount(), 0);
    QCOMPARE(page->detailView()->replicaSetModel()->rowCount(), 0);
    QCOMPARE(page->detailView()->eventModel()->rowCount(), 0);

    const QString name = QStringLiteral("odoo-web");
    QVERIFY(page->selectWorkload(name));
    const QModelIndex web = workloadIndex(*page, name);
    QTRY_COMPARE_WITH_TIMEOUT(web.siblingAtColumn(WorkloadModel::StatusColumn).data().toString(), QStringLiteral("Available"),
                              15000);
    const int revision = web.data(WorkloadModel::RevisionRole).toInt();
    const int desired = web.data(WorkloadModel::DesiredRole).toInt();
    QCOMPARE(web.siblingAtColumn(WorkloadModel::DesiredColumn).data().toInt(), desired);
    QVERIFY(web.siblingAtColumn(WorkloadModel::ConditionsColumn).data().toString().contains(
        QStringLiteral("Available=True (MinimumReplicasAvailable)")));
    QTRY_COMPARE_WITH_TIMEOUT(page->detailView()->podModel()->rowCount(), desired, 10000);
    QVERIFY(page->detailView()->replicaSetModel()->rowCount() >= 1);
    QVERIFY(page->detailView()->actionButton(RolloutAction::SetImage)->isEnabled());
    QVERIFY(!page->detailView()->actionButton(RolloutAction::Resume)->isEnabled());
    QVERIFY(page->detailView()->disabledReason(RolloutAction::Resume).contains(QStringLiteral("not paused")));
    screenshot(page.get(), QStringLiteral("rollouts-staging"));

    // Set image through the page's action: the row goes through the rollout in place.
    const QPersistentModelIndex persistent(web);
    QSignalSpy resets(page->workloadModel(), &QAbstractItemModel::modelReset);
    QSignalSpy removals(page->workloadModel(), &QAbstractItemModel::rowsRemoved);
    int maxInFlightProgress = -1;
    bool sawInFlight = false;
    QString inFlightLine;
    const QMetaObject::Connection watching = connect(page->workloadModel(), &QAbstractItemModel::dataChanged, this, [&] {
        const QModelIndex status = QModelIndex(persistent).siblingAtColumn(WorkloadModel::StatusColumn);
        if (status.data(WorkloadModel::RolloutInProgressRole).toBool()) {
            sawInFlight = true;
            maxInFlightProgress = std::max(maxInFlightProgress, status.data(WorkloadModel::ProgressRole).toInt());
            inFlightLine = Ui::RolloutProgressDelegate::statusLine(status);
        }
    });
    const QString image = QStringLiteral("registry.northwind.example/odoo:17.0-20261215");
    QString message;
    const bool ok = act(*page, name, RolloutAction::SetImage,
                        [&](Ui::RolloutActionDialog &dialog) {
                            dialog.setImage(QStringLiteral("odoo"), image);
                            QVERIFY(!dialog.isComplete()); // a reason is required
                            QVERIFY(dialog.summary().contains(image));
                            QVERIFY(dialog.summary().contains(QStringLiteral("starts a rollout")));
                            dialog.setReason(QStringLiteral("Security fix CVE-2026-1234"));
                            QVERIFY(dialog.isComplete());
                        },
                        &message);
    QVERIFY2(ok, qPrintable(message));
    QVERIFY2(message.startsWith(QStringLiteral("deployment.apps/odoo-web image updated")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("recorded in the audit log")), qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(sawInFlight, 10000);
    QVERIFY2(inFlightLine.contains(QStringLiteral("deadline")), qPrintable(inFlightLine));
    screenshot(page.get(), QStringLiteral("rollouts-in-flight"));
    QTRY_VERIFY_WITH_TIMEOUT(QModelIndex(persistent).data(WorkloadModel::RevisionRole).toInt() == revision + 1
                                 && !QModelIndex(persistent).data(WorkloadModel::RolloutInProgressRole).toBool()
                                 && QModelIndex(persistent).data(WorkloadModel::ProgressingReasonRole).toString()
                                     == QLatin1String("NewReplicaSetAvailable"),
                             20000);
    QVERIFY(persistent.isValid());
    QCOMPARE(persistent.data(WorkloadModel::NameRole).toString(), name);
    QCOMPARE(persistent.data(WorkloadModel::ImagesRole).toStringList(), QStringList{image});
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removals.count(), 0);
    disconnect(watching);
    QVERIFY(maxInFlightProgress >= 0 && maxInFlightProgress <= 100);
    // The detail follows: the new revision on top with its image; the timeline tells it.
    QTRY_VERIFY(page->detailView()->replicaSetModel()->rowCount() >= 2);
    page->detailView()->timelineModel()->rebuild();
    bool timelineHasRevision = false;
    for (int r = 0; r < page->detailView()->timelineModel()->rowCount(); ++r) {
        const QString what = page->detailView()->timelineModel()->index(r, 1).data().toString();
        if (what.startsWith(QStringLiteral("Revision %1 created").arg(revision + 1)))
            timelineHasRevision = true;
    }
    QVERIFY(timelineHasRevision);
    page->detailView()->tabs()->setCurrentIndex(3);
    screenshot(page.get(), QStringLiteral("rollouts-timeline"));
}

void TestRolloutsPage::badImageShowsProgressDeadlineExceeded()
{
    auto page = makePage(m_kubeconfig);
    const QString name = QStringLiteral("carrier-connector");
    QTRY_VERIFY_WITH_TIMEOUT(workloadIndex(*page, name).isValid(), 15000);
    QVERIFY(waitLive(*page));
    QTRY_VERIFY_WITH_TIMEOUT(page->selectWorkload(name), 10000);
    const QString container = page->environment(Staging)->client()->store()->deployment(name)->containers.first().name;
    const QString badImage = QStringLiteral("registry.northwind.example/carrier-connector:bad-1");
    QVERIFY(!m_sim.admin(QStringLiteral("images"), {{QStringLiteral("image"), badImage}, {QStringLiteral("health"), QStringLiteral("bad")}})
                 .isEmpty());
    const auto deadline = m_sim.call("PATCH", QStringLiteral("/apis/apps/v1/namespaces/odoo-staging/deployments/") + name,
                                     "{\"spec\":{\"progressDeadlineSeconds\":10}}", "application/merge-patch+json");
    QCOMPARE(deadline.first, 200);
    QTRY_COMPARE_WITH_TIMEOUT(workloadIndex(*page, name).data(WorkloadModel::ProgressDeadlineSecondsRole).toInt(), 10, 5000);

    QString message;
    QVERIFY2(act(*page, name, RolloutAction::SetImage,
                 [&](Ui::RolloutActionDialog &dialog) {
                     dialog.setImage(container, badImage);
                     dialog.setReason(QStringLiteral("Carrier API v3"));
                 },
                 &message),
             qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(workloadIndex(*page, name).data(WorkloadModel::ProgressDeadlineExceededRole).toBool(), 30000);
    const QModelIndex status = workloadIndex(*page, name, WorkloadModel::StatusColumn);
    QCOMPARE(status.data().toString(), QStringLiteral("Progress deadline exceeded"));
    const QString line = Ui::RolloutProgressDelegate::statusLine(status);
    QVERIFY2(line.contains(QStringLiteral("(ProgressDeadlineExceeded)")), qPrintable(line));
    QVERIFY2(line.contains(QStringLiteral("last progress")), qPrintable(line));
    QTRY_VERIFY2(page->detailView()->factsText().contains(QStringLiteral("Progressing=False (ProgressDeadlineExceeded)")),
                 qPrintable(page->detailView()->factsText()));
    // The pods say why: the new pod cannot pull its image.
    Models::PodModel *pods = page->detailView()->podModel();
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int r = 0; r < pods->rowCount(); ++r) {
                if (pods->index(r, 0).data(Models::PodModel::StatusRole).toString() == QLatin1String("ImagePullBackOff"))
                    return true;
            }
            return false;
        }(),
        10000);
    page->detailView()->tabs()->setCurrentIndex(1);
    screenshot(page.get(), QStringLiteral("rollouts-deadline-exceeded"));
}

void TestRolloutsPage::rollBackFromTheUiIsAudited()
{
    auto page = makePage(m_kubeconfig);
    const QString name = QStringLiteral("carrier-connector");
    const QString badImage = QStringLiteral("registry.northwind.example/carrier-connector:bad-1");
    QTRY_VERIFY_WITH_TIMEOUT(workloadIndex(*page, name).data(WorkloadModel::ProgressDeadlineExceededRole).toBool(), 15000);
    QVERIFY(waitLive(*page));
    QVERIFY(page->selectWorkload(name));
    // The previous revision's image, from the history the page shows.
    const Models::ReplicaSetModel *revisions = page->detailView()->replicaSetModel();
    QTRY_VERIFY(revisions->rowCount() >= 2);
    const int current = workloadIndex(*page, name).data(WorkloadModel::RevisionRole).toInt();
    QString goodImage;
    int previous = 0;
    for (int r = 0; r < revisions->rowCount(); ++r) {
        const int rev = revisions->index(r, 0).data(Models::ReplicaSetModel::RevisionRole).toInt();
        if (rev < current && rev > previous) {
            previous = rev;
            goodImage = revisions->index(r, 0).data(Models::ReplicaSetModel::ImagesRole).toStringList().value(0);
        }
    }
    QVERIFY(!goodImage.isEmpty());
    const QString container = page->environment(Staging)->client()->store()->deployment(name)->containers.first().name;

    QString message;
    QString diff;
    QVERIFY2(act(*page, name, RolloutAction::RollBack,
                 [&](Ui::RolloutActionDialog &dialog) {
                     diff = dialog.findChild<QLabel *>(QStringLiteral("diffLabel"))->text();
                     QVERIFY(dialog.summary().contains(QStringLiteral("rolled back to revision %1").arg(previous)));
                     dialog.setReason(QStringLiteral("Carrier connector cannot pull its image"));
                     screenshot(&dialog, QStringLiteral("rollouts-rollback-dialog"));
                 },
                 &message),
             qPrintable(message));
    QVERIFY2(diff.contains(badImage) && diff.contains(goodImage), qPrintable(diff));
    QVERIFY2(message.startsWith(QStringLiteral("deployment.apps/carrier-connector rolled back")), qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(workloadIndex(*page, name).data(WorkloadModel::ImagesRole).toStringList() == QStringList{goodImage}
                                 && !workloadIndex(*page, name).data(WorkloadModel::RolloutInProgressRole).toBool(),
                             20000);

    // The audit log holds both actions with user, reason, before and after.
    const QList<Models::AuditEntry> entries = audit();
    const Models::AuditEntry *undo = nullptr;
    const Models::AuditEntry *setImage = nullptr;
    for (const Models::AuditEntry &e : entries) {
        if (e.action == QLatin1String("rollout.undo"))
            undo = &e;
        if (e.action == QLatin1String("rollout.set-image") && e.detail.contains(QStringLiteral("odoo-web")))
            setImage = &e;
    }
    QVERIFY(undo);
    QVERIFY(setImage);
    QCOMPARE(undo->actor, QStringLiteral("gatehouse"));
    const QJsonObject detail = QJsonDocument::fromJson(undo->detail.toUtf8()).object();
    QCOMPARE(detail.value(QLatin1String("environment")).toString(), Staging);
    QCOMPARE(detail.value(QLatin1String("deployment")).toString(), name);
    QCOMPARE(detail.value(QLatin1String("reason")).toString(), QStringLiteral("Carrier connector cannot pull its image"));
    QCOMPARE(detail.value(QLatin1String("before")).toObject().value(QLatin1String("images")).toObject().value(container).toString(),
             badImage);
    QCOMPARE(detail.value(QLatin1String("after")).toObject().value(QLatin1String("images")).toObject().value(container).toString(),
             goodImage);
    QCOMPARE(QJsonDocument::fromJson(setImage->detail.toUtf8()).object().value(QLatin1String("reason")).toString(),
             QStringLiteral("Security fix CVE-2026-1234"));
    // Still one intact chain.
    auto report = m_store->verifyAuditChain();
    QVERIFY(Tests::waitFor(report));
    QVERIFY(report.result().ok());
    QVERIFY(report.result()->intact());
}

void TestRolloutsPage::pausedDeploymentCannotBeRolledBack()
{
    auto page = makePage(m_kubeconfig);
    const QString name = QStringLiteral("queue-job-worker");
    QVERIFY(waitLive(*page));
    QTRY_VERIFY_WITH_TIMEOUT(page->selectWorkload(name) && page->detailView()->actionButton(RolloutAction::Pause)->isEnabled(),
                             15000);
    QString message;
    QVERIFY2(act(*page, name, RolloutAction::Pause,
                 [](Ui::RolloutActionDialog &dialog) { dialog.setReason(QStringLiteral("Hold during stock count")); }, &message),
             qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(workloadIndex(*page, name).data(WorkloadModel::PausedRole).toBool(), 10000);
    QTRY_VERIFY(!page->detailView()->actionButton(RolloutAction::RollBack)->isEnabled());
    QVERIFY(page->detailView()->disabledReason(RolloutAction::RollBack).contains(QStringLiteral("paused")));
    QVERIFY(!page->detailView()->actionButton(RolloutAction::Restart)->isEnabled());
    QVERIFY(page->detailView()->actionButton(RolloutAction::Resume)->isEnabled());
    QVERIFY(!page->openActionDialog(RolloutAction::RollBack));
    screenshot(page.get(), QStringLiteral("rollouts-paused"));
    QVERIFY2(act(*page, name, RolloutAction::Resume,
                 [](Ui::RolloutActionDialog &dialog) { dialog.setReason(QStringLiteral("Stock count done")); }, &message),
             qPrintable(message));
    QTRY_VERIFY_WITH_TIMEOUT(!workloadIndex(*page, name).data(WorkloadModel::PausedRole).toBool(), 10000);
}

void TestRolloutsPage::auditNeedsSupportReleaseManagerOrAdmin_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("support") << QStringLiteral("gatehouse_support") << true;
    QTest::newRow("release manager") << QStringLiteral("gatehouse_release_manager") << true;
    QTest::newRow("admin") << QStringLiteral("gatehouse_admin") << true;
    QTest::newRow("requester") << QStringLiteral("gatehouse_requester") << false;
    QTest::newRow("cab member") << QStringLiteral("gatehouse_cab_member") << false;
}

void TestRolloutsPage::auditNeedsSupportReleaseManagerOrAdmin()
{
    QFETCH(QString, role);
    QFETCH(bool, allowed);
    const QString user = QStringLiteral("person_") + QString(role).remove(QStringLiteral("gatehouse_"));
    const auto created = m_postgres.query(QStringLiteral("rollouts"),
                                          QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1') "
                                                         "THEN CREATE ROLE %1 LOGIN; END IF; END $$; GRANT %2 TO %1")
                                              .arg(user, role));
    QVERIFY2(created.ok(), qPrintable(Tests::errorText(created)));
    Services::ControlStore store;
    Services::ControlStoreSettings settings;
    settings.url = Services::ControlStore::urlForUser(m_postgres.url(QStringLiteral("rollouts")), user);
    store.open(settings);
    QVERIFY(store.waitForConnection(std::chrono::seconds(30)).ok());
    auto recorded = store.recordRolloutAction(Staging, QStringLiteral("scale"), QStringLiteral("odoo-cron"),
                                              QStringLiteral("Month-end batch"), "{\"replicas\":1}", "{\"replicas\":2}");
    QVERIFY(Tests::waitFor(recorded));
    QCOMPARE(recorded.result().ok(), allowed);
    if (allowed) {
        QCOMPARE(recorded.result()->actor, user);
        QCOMPARE(recorded.result()->action, QStringLiteral("rollout.scale"));
    } else {
        QVERIFY2(Tests::errorText(recorded.result()).contains(QStringLiteral("permission denied")),
                 qPrintable(Tests::errorText(recorded.result())));
    }
    // A reason is required, whoever asks.
    auto noReason = m_store->recordRolloutAction(Staging, QStringLiteral("pause"), QStringLiteral("odoo-cron"),
                                                 QStringLiteral("  "), "{}", "{}");
    QVERIFY(Tests::waitFor(noReason));
    QVERIFY(!noReason.result().ok());
}

void TestRolloutsPage::wrongTokenIsUnauthorized()
{
    const QString path = m_dir.filePath(QStringLiteral("wrong-token"));
    QVERIFY(copyReplacing(m_sim.kubeconfigPath(), path, m_sim.token(), "not-the-token"));
    auto page = makePage(path);
    QTRY_VERIFY_WITH_TIMEOUT(page->environmentEntryText(Staging).endsWith(QStringLiteral("unauthorized")), 10000);
    QVERIFY2(page->connectionText().startsWith(QStringLiteral("Unauthorized")), qPrintable(page->connectionText()));
    QVERIFY(!page->connectionText().contains(QStringLiteral("not-the-token")));
    QCOMPARE(page->workloadModel()->rowCount(), 0);
    QVERIFY(!page->detailView()->actionButton(RolloutAction::SetImage)->isEnabled());
    screenshot(page.get(), QStringLiteral("rollouts-unauthorized"));

    // An unknown context names itself and the file.
    const QString missing = m_dir.filePath(QStringLiteral("no-contexts"));
    QVERIFY(copyReplacing(m_sim.kubeconfigPath(), missing, "nonprod-shared", "elsewhere"));
    auto other = makePage(missing);
    QTRY_VERIFY_WITH_TIMEOUT(other->environmentEntryText(Staging).endsWith(QStringLiteral("not configured")), 10000);
    QVERIFY2(other->connectionText().contains(QStringLiteral("nonprod-shared")), qPrintable(other->connectionText()));
}

void TestRolloutsPage::connectionLossMarksStaleThenRecovers()
{
    auto page = makePage(m_kubeconfig);
    QTRY_VERIFY_WITH_TIMEOUT(page->connectionText().startsWith(QStringLiteral("Connected")), 15000);
    QTRY_VERIFY(page->workloadModel()->rowCount() > 0);
    QVERIFY(page->selectWorkload(QStringLiteral("odoo-web")));
    const int rows = page->workloadModel()->rowCount();

    m_sim.stop();
    QTRY_VERIFY_WITH_TIMEOUT(page->environmentEntryText(Staging).endsWith(QStringLiteral("reconnecting")), 10000);
    QVERIFY2(page->connectionText().startsWith(QStringLiteral("Stale: showing data as of")), qPrintable(page->connectionText()));
    QTRY_VERIFY2_WITH_TIMEOUT(page->connectionText().contains(QStringLiteral("Reconnecting: next attempt at")),
                              qPrintable(page->connectionText()), 5000);
    // The age moves with the clock; the rows stay, and the page is not laid out again
    // for it (the banner keeps its height).
    QTRY_VERIFY(ageShown(page->connectionText()) >= 0);
    const int firstAge = ageShown(page->connectionText());
    QTRY_VERIFY_WITH_TIMEOUT(ageShown(page->connectionText()) > firstAge, 5000); // settled into "stale"
    LayoutRequests layouts;
    page->installEventFilter(&layouts);
    QTRY_VERIFY_WITH_TIMEOUT(ageShown(page->connectionText()) > firstAge + 2, 5000);
    page->removeEventFilter(&layouts);
    QCOMPARE(layouts.count, 0);
    QCOMPARE(page->workloadModel()->rowCount(), rows);
    QCOMPARE(page->currentWorkload(), QStringLiteral("odoo-web"));
    QVERIFY(!page->detailView()->actionButton(RolloutAction::SetImage)->isEnabled());
    QVERIFY(page->detailView()->disabledReason(RolloutAction::SetImage).contains(QStringLiteral("not live")));
    screenshot(page.get(), QStringLiteral("rollouts-stale"));

    // The cluster comes back (new address and credentials in the kubeconfig): the page
    // notices the file, reconnects, and takes over without emptying the view.
    QSignalSpy resets(page->workloadModel(), &QAbstractItemModel::modelReset);
    QVERIFY2(m_sim.start(), qPrintable(m_sim.error()));
    QVERIFY(copyReplacing(m_sim.kubeconfigPath(), m_kubeconfig));
    QTRY_VERIFY_WITH_TIMEOUT(page->connectionText().startsWith(QStringLiteral("Connected")), 15000);
    QVERIFY(!page->environment(Staging)->status().isStale());
    QCOMPARE(page->workloadModel()->rowCount(), rows);
    QCOMPARE(resets.count(), 1); // one swap to the new connection's complete data, never an empty table
    QCOMPARE(page->currentWorkload(), QStringLiteral("odoo-web"));
    QTRY_VERIFY(page->detailView()->actionButton(RolloutAction::SetImage)->isEnabled());
}

void TestRolloutsPage::relistUpdatesRowsInPlace()
{
    // More objects than one slice of the store holds, so the relist takes several turns.
    m_sim.admin(QStringLiteral("seed"), {{QStringLiteral("namespace"), QStringLiteral("odoo-staging")},
                                         {QStringLiteral("deployments"), 40},
                                         {QStringLiteral("replicas"), 4},
                                         {QStringLiteral("prefix"), QStringLiteral("relist")}});
    auto page = makePage(m_kubeconfig);
    QTRY_VERIFY_WITH_TIMEOUT(page->connectionText().startsWith(QStringLiteral("Connected")), 15000);
    Services::KubeClient *client = page->environment(Staging)->client();
    Models::KubeStore *store = client->store();
    QTRY_VERIFY_WITH_TIMEOUT(store->count(Models::KubeKind::Pod) >= 160, 15000);
    store->setSliceBudget(0); // 64 objects per event-loop turn
    QVERIFY(page->selectWorkload(QStringLiteral("odoo-web")));
    QAbstractItemModelTester tester(page->workloadModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QPersistentModelIndex web = workloadIndex(*page, QStringLiteral("odoo-web"));
    const QPersistentModelIndex seeded = workloadIndex(*page, QStringLiteral("relist-0"), WorkloadModel::ReadyColumn);
    QVERIFY(web.isValid());
    QVERIFY(seeded.isValid());
    QSignalSpy resets(page->workloadModel(), &QAbstractItemModel::modelReset);

    // Never "live" while a kind is half replaced: the client only reports synced once
    // every reflector's list is wholly in the store.
    int liveWhileReplacing = 0;
    int replacingTurns = 0;
    QTimer everyTurn;
    everyTurn.setInterval(0);
    connect(&everyTurn, &QTimer::timeout, this, [&] {
        for (auto kind : {Models::KubeKind::Deployment, Models::KubeKind::ReplicaSet, Models::KubeKind::Pod,
                          Models::KubeKind::Event}) {
            if (store->isReplacing(kind)) {
                ++replacingTurns;
                liveWhileReplacing += client->isSynced() ? 1 : 0;
                return;
            }
        }
    });
    everyTurn.start();
    const auto reflectors = client->findChildren<Services::KubeReflector *>();
    QCOMPARE(reflectors.size(), 4);
    int listsBefore = 0;
    for (const auto *r : reflectors)
        listsBefore += r->listCount();

    // Every watch dropped and answered 410; meanwhile the server changes: one workload
    // scaled, one deleted.
    // (Every environment of the demo estate has a client on the simulator, and a client
    // that relisted quickly may take a second 410 with its next watch before a slower one
    // re-watched: twice as many 410s as watches, and what is left of them is cleared once
    // this client has relisted.)
    int watches = 0;
    for (const Models::Environment &env : m_estate->environments) {
        const Ui::RolloutEnvironment *environment = page->environment(env.name);
        if (environment && environment->client())
            watches += int(environment->client()->findChildren<Services::KubeReflector *>().size());
    }
    m_sim.admin(QStringLiteral("faults"),
                {{QStringLiteral("expireWatches"), 2 * watches}, {QStringLiteral("dropWatches"), true}});
    QCOMPARE(m_sim.call("PATCH", QStringLiteral("/apis/apps/v1/namespaces/odoo-staging/deployments/relist-0"),
                        R"({"spec":{"replicas":2}})", "application/merge-patch+json")
                 .first,
             200);
    QCOMPARE(m_sim.call("DELETE", QStringLiteral("/apis/apps/v1/namespaces/odoo-staging/deployments/relist-39")).first, 200);
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            int lists = 0;
            for (const auto *r : reflectors)
                lists += r->listCount();
            return lists >= listsBefore + 4;
        }(),
        15000);
    m_sim.admin(QStringLiteral("faults"), {{QStringLiteral("expireWatches"), 0}});
    QTRY_VERIFY_WITH_TIMEOUT(client->isSynced(), 15000);

    // What the view holds equals what the server has (it keeps moving, so until it settles).
    const auto versionsOf = [](const auto &objects) {
        QMap<QString, QByteArray> out;
        for (const auto &o : objects)
            out.insert(o.meta.name, o.meta.resourceVersion);
        return out;
    };
    QTRY_VERIFY_WITH_TIMEOUT(
        versionsOf(store->deployments()) == m_sim.listVersions(QStringLiteral("/apis/apps/v1/namespaces/odoo-staging/deployments"))
            && versionsOf(store->pods()) == m_sim.listVersions(QStringLiteral("/api/v1/namespaces/odoo-staging/pods")),
        20000);
    QTRY_COMPARE_WITH_TIMEOUT(page->workloadModel()->rowCount(), int(store->deployments().size()), 5000);
    QCOMPARE(page->workloadModel()->rowOf(QStringLiteral("relist-39")), -1);
    QTRY_COMPARE(QModelIndex(seeded).data().toString(), QStringLiteral("2/2"));

    // Rows of objects that stayed are the same rows, updated in place: no reset, the
    // selection and the persistent indexes survive.
    QCOMPARE(resets.count(), 0);
    QVERIFY(web.isValid());
    QCOMPARE(web.data().toString(), QStringLiteral("odoo-web"));
    QVERIFY(seeded.isValid());
    QCOMPARE(QModelIndex(seeded).siblingAtColumn(WorkloadModel::NameColumn).data().toString(), QStringLiteral("relist-0"));
    QCOMPARE(page->currentWorkload(), QStringLiteral("odoo-web"));
    everyTurn.stop();
    QVERIFY2(replacingTurns > 1, "the relist was applied in one go");
    QCOMPARE(liveWhileReplacing, 0);
}

QTEST_MAIN(TestRolloutsPage)
#include "tst_rolloutspage.moc"
