// The Kubernetes object cache and its item models: typed objects from API JSON (and
// their size), rows inserted, updated in place and removed as the store changes, the
// ~10 updates per second coalescing, per-workload filters — all under
// QAbstractItemModelTester.

#include "models/kubeeventmodel.h"
#include "models/kubestore.h"
#include "models/kubeworkloadsummary.h"
#include "models/podmodel.h"
#include "models/replicasetmodel.h"
#include "models/workloadmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Gatehouse::Models;

namespace {

QJsonObject json(const QByteArray &text)
{
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(text, &error).object();
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return o;
}

// A pod as the API server sends it, with the fields real pods carry.
const QByteArray PodJson = R"({
  "apiVersion": "v1", "kind": "Pod",
  "metadata": {"name": "odoo-web-7d4b9c8f6d-x2k9p", "namespace": "odoo-production-eu",
    "uid": "0b6f3f5e-4a57-4a8e-9d55-2a3c1b7e9f10", "resourceVersion": "184467",
    "creationTimestamp": "2026-11-20T08:15:02Z",
    "labels": {"app": "odoo-web", "pod-template-hash": "7d4b9c8f6d", "tier": "web"},
    "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "odoo-web-7d4b9c8f6d",
      "uid": "5c1d2e3f-aaaa-bbbb-cccc-1234567890ab", "controller": true, "blockOwnerDeletion": true}]},
  "spec": {"nodeName": "node-eu-3", "containers": [{"name": "odoo", "image": "registry.northwind.example/odoo:17.0-20261119"}]},
  "status": {"phase": "Pending", "podIP": "10.42.3.17",
    "conditions": [{"type": "PodScheduled", "status": "True"}, {"type": "Ready", "status": "False"}],
    "containerStatuses": [{"name": "odoo", "image": "registry.northwind.example/odoo:17.0-20261119",
      "ready": false, "started": false, "restartCount": 4,
      "state": {"waiting": {"reason": "ImagePullBackOff", "message": "Back-off pulling image"}}}]}
})";

const QByteArray DeploymentJson = R"({
  "apiVersion": "apps/v1", "kind": "Deployment",
  "metadata": {"name": "odoo-web", "uid": "d-1", "resourceVersion": "100", "generation": 3,
    "creationTimestamp": "2026-11-01T00:00:00Z", "labels": {"app": "odoo-web"},
    "annotations": {"deployment.kubernetes.io/revision": "2", "kubernetes.io/change-cause": "image bump"}},
  "spec": {"replicas": 3, "selector": {"matchLabels": {"app": "odoo-web"}}, "paused": true,
    "progressDeadlineSeconds": 120, "strategy": {"type": "RollingUpdate", "rollingUpdate": {"maxSurge": 1, "maxUnavailable": "25%"}},
    "template": {"metadata": {"labels": {"app": "odoo-web"}, "annotations": {"kubectl.kubernetes.io/restartedAt": "2026-11-20T08:00:00Z"}},
      "spec": {"containers": [{"name": "odoo", "image": "odoo:17.0"}, {"name": "proxy", "image": "nginx:1.25"}]}}},
  "status": {"observedGeneration": 2, "replicas": 4, "updatedReplicas": 1, "readyReplicas": 3, "availableReplicas": 3,
    "unavailableReplicas": 1, "conditions": [
      {"type": "Available", "status": "True", "reason": "MinimumReplicasAvailable", "message": "ok",
       "lastUpdateTime": "2026-11-20T08:00:00Z", "lastTransitionTime": "2026-11-20T08:00:00Z"},
      {"type": "Progressing", "status": "False", "reason": "ProgressDeadlineExceeded",
       "message": "ReplicaSet odoo-web-2 has timed out progressing.",
       "lastUpdateTime": "2026-11-20T08:10:00Z", "lastTransitionTime": "2026-11-20T08:12:00Z"}]}
})";

KubeDeployment deployment(const QString &name, int replicas = 3, int ready = 3)
{
    KubeDeployment d;
    d.meta.name = name;
    d.meta.uid = name.toLatin1() + "-uid";
    d.meta.generation = 1;
    d.observedGeneration = 1;
    d.replicas = replicas;
    d.readyReplicas = ready;
    d.updatedReplicas = ready;
    d.availableReplicas = ready;
    d.statusReplicas = ready;
    d.containers = {KubeContainer{QStringLiteral("app"), QStringLiteral("img:1")}};
    return d;
}

KubeReplicaSet replicaSet(const QString &name, const QString &owner, int revision)
{
    KubeReplicaSet rs;
    rs.meta.name = name;
    rs.meta.ownerKind = QStringLiteral("Deployment");
    rs.meta.ownerName = owner;
    rs.revision = revision;
    return rs;
}

KubePod pod(const QString &name, const QString &rs, const QString &phase = QStringLiteral("Running"))
{
    KubePod p;
    p.meta.name = name;
    p.meta.ownerKind = QStringLiteral("ReplicaSet");
    p.meta.ownerName = rs;
    p.phase = phase;
    p.containers = {KubeContainerStatus{QStringLiteral("app"), QStringLiteral("img:1"), QStringLiteral("running"), {}, 0, true}};
    return p;
}

KubeEvent kubeEvent(const QString &name, const QString &kind, const QString &object)
{
    KubeEvent e;
    e.meta.name = name;
    e.involvedKind = kind;
    e.involvedName = object;
    e.reason = QStringLiteral("ScalingReplicaSet");
    e.type = QStringLiteral("Normal");
    return e;
}

} // namespace

class TestKubeModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void podFromJson();
    void podStaysWithinTwoKilobytes();
    void deploymentFromJson();
    void storeReportsOnlyDifferences();
    void workloadRowsUpdateInPlace();
    void gradualRelist_data();
    void gradualRelist();
    void gradualRelistKeepsDirectWrites();
    void gradualRelistKeepsRowsInPlace();
    void updatesAreCoalesced();
    void statusText_data();
    void statusText();
    void replicaSetsOfOneWorkload();
    void podsFollowTheirReplicaSets();
    void eventsOfOneWorkload();
    void nothingShownUntilAWorkloadIsChosen();
    void tallyFollowsEveryWrite_data();
    void tallyFollowsEveryWrite();
    void formatAge_data();
    void formatAge();
};

void TestKubeModels::podFromJson()
{
    const KubePod p = KubeObjects::podFromJson(json(PodJson));
    QCOMPARE(p.meta.name, QStringLiteral("odoo-web-7d4b9c8f6d-x2k9p"));
    QCOMPARE(p.meta.resourceVersion, QByteArray("184467"));
    QCOMPARE(p.meta.ownerKind, QStringLiteral("ReplicaSet"));
    QCOMPARE(p.meta.ownerName, QStringLiteral("odoo-web-7d4b9c8f6d"));
    QCOMPARE(p.meta.labels.value(QStringLiteral("pod-template-hash")), QStringLiteral("7d4b9c8f6d"));
    QCOMPARE(p.meta.creationTimestamp, QDateTime(QDate(2026, 11, 20), QTime(8, 15, 2), Qt::UTC).toMSecsSinceEpoch());
    QCOMPARE(p.nodeName, QStringLiteral("node-eu-3"));
    QCOMPARE(p.phase, QStringLiteral("Pending"));
    QVERIFY(!p.ready);
    QCOMPARE(p.restarts(), 4);
    QCOMPARE(p.displayStatus(), QStringLiteral("ImagePullBackOff"));
    KubePod terminating = p;
    terminating.meta.deletionTimestamp = 1;
    QCOMPARE(terminating.displayStatus(), QStringLiteral("Terminating"));
}

void TestKubeModels::podStaysWithinTwoKilobytes()
{
    // Counted with every heap block (strings shared between pods counted in full).
    const KubePod p = KubeObjects::podFromJson(json(PodJson));
    const std::size_t bytes = KubeObjects::approximateSize(p);
    qInfo("a realistic pod takes %zu bytes", bytes);
    QVERIFY2(bytes <= 2048, qPrintable(QString::number(bytes)));
    QVERIFY(bytes > sizeof(KubePod)); // the heap parts were counted
}

void TestKubeModels::deploymentFromJson()
{
    const KubeDeployment d = KubeObjects::deploymentFromJson(json(DeploymentJson));
    QCOMPARE(d.revision, 2);
    QCOMPARE(d.changeCause, QStringLiteral("image bump"));
    QCOMPARE(d.replicas, 3);
    QVERIFY(d.paused);
    QCOMPARE(d.progressDeadlineSeconds, 120);
    QCOMPARE(d.maxSurge, QStringLiteral("1"));
    QCOMPARE(d.maxUnavailable, QStringLiteral("25%"));
    QCOMPARE(d.images(), QStringLiteral("odoo:17.0, nginx:1.25"));
    QCOMPARE(d.selector.toSelector(), QStringLiteral("app=odoo-web"));
    QCOMPARE(d.restartedAt, QStringLiteral("2026-11-20T08:00:00Z"));
    QCOMPARE(d.meta.generation, 3);
    QCOMPARE(d.observedGeneration, 2);
    QVERIFY(d.rolloutInProgress());
    QVERIFY(d.progressDeadlineExceeded());
    QCOMPARE(d.conditions.size(), 2);
    QCOMPARE(d.condition(QStringLiteral("Available"))->reason, QStringLiteral("MinimumReplicasAvailable"));
}

void TestKubeModels::storeReportsOnlyDifferences()
{
    KubeStore store;
    QSignalSpy spy(&store, &KubeStore::objectsChanged);
    store.replace(QList<KubeDeployment>{deployment(QStringLiteral("a")), deployment(QStringLiteral("b"))});
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(1).toStringList().size(), 2);
    store.upsert(deployment(QStringLiteral("a"))); // unchanged
    QCOMPARE(spy.size(), 1);
    // A relist: a unchanged, b modified, c new, and nothing else.
    store.replace(QList<KubeDeployment>{deployment(QStringLiteral("a")), deployment(QStringLiteral("b"), 5),
                                        deployment(QStringLiteral("c"))});
    QCOMPARE(spy.size(), 2);
    QStringList changed = spy.at(1).at(1).toStringList();
    changed.sort();
    QCOMPARE(changed, (QStringList{QStringLiteral("b"), QStringLiteral("c")}));
    store.replace(QList<KubeDeployment>{deployment(QStringLiteral("c"))});
    changed = spy.at(2).at(1).toStringList();
    changed.sort();
    QCOMPARE(changed, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    store.remove(KubeKind::Deployment, QStringLiteral("nope"));
    QCOMPARE(spy.size(), 3);
}

void TestKubeModels::workloadRowsUpdateInPlace()
{
    KubeStore store;
    store.upsert(deployment(QStringLiteral("odoo-web")));
    store.upsert(deployment(QStringLiteral("odoo-cron"), 1, 1));
    WorkloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUpdateInterval(0);
    model.setStore(&store);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.nameAt(0), QStringLiteral("odoo-cron")); // sorted at first load
    const int web = model.rowOf(QStringLiteral("odoo-web"));
    QCOMPARE(model.index(web, WorkloadModel::ReadyColumn).data().toString(), QStringLiteral("3/3"));

    // The list as the Rollouts area shows it: sorted by name.
    QSortFilterProxyModel sorted;
    sorted.setSourceModel(&model);
    sorted.sort(WorkloadModel::NameColumn);
    QSignalSpy resorted(&sorted, &QAbstractItemModel::layoutChanged);

    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    store.upsert(deployment(QStringLiteral("odoo-web"), 3, 1));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex().row(), web);
    // The name never changes: the row's change starts after it, so the sorted list is not
    // re-sorted (and its view not laid out again) for a change of the counts.
    QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(WorkloadModel::NameColumn) + 1);
    QCOMPARE(changed.at(0).at(1).toModelIndex().column(), int(WorkloadModel::ColumnCount) - 1);
    QCOMPARE(resorted.size(), 0);
    QCOMPARE(model.index(web, WorkloadModel::ReadyColumn).data().toString(), QStringLiteral("1/3"));
    QCOMPARE(model.index(web, 0).data(WorkloadModel::ProgressRole).toInt(), 33);

    store.upsert(deployment(QStringLiteral("edi-gateway")));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.nameAt(2), QStringLiteral("edi-gateway"));

    store.remove(KubeKind::Deployment, QStringLiteral("odoo-cron"));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(QStringLiteral("odoo-cron")), -1);
    QCOMPARE(model.rowOf(QStringLiteral("edi-gateway")), 1);
    QCOMPARE(model.index(model.rowOf(QStringLiteral("edi-gateway")), 0).data().toString(), QStringLiteral("edi-gateway"));
    QCOMPARE(reset.size(), 0);
}

void TestKubeModels::gradualRelist_data()
{
    QTest::addColumn<int>("held");      // pods held before the relist
    QTest::addColumn<int>("listed");    // pods in the list
    QTest::addColumn<int>("changedEvery"); // every n-th listed pod differs from the held one (0: none)
    QTest::newRow("unchanged") << 1000 << 1000 << 0;
    QTest::newRow("every tenth changed") << 1000 << 1000 << 10;
    QTest::newRow("half gone") << 1000 << 500 << 7;
    QTest::newRow("twice as many") << 500 << 1000 << 3;
    QTest::newRow("from nothing") << 0 << 700 << 0;
    QTest::newRow("to nothing") << 700 << 0 << 0;
}

void TestKubeModels::gradualRelist()
{
    QFETCH(int, held);
    QFETCH(int, listed);
    QFETCH(int, changedEvery);
    KubeStore store;
    store.setSliceBudget(0); // 64 objects per event-loop turn
    QList<KubePod> before;
    for (int i = 0; i < held; ++i)
        before.append(pod(QStringLiteral("p-%1").arg(i), QStringLiteral("rs-a")));
    store.replace(before);
    QList<KubePod> list;
    for (int i = 0; i < listed; ++i) {
        KubePod p = pod(QStringLiteral("p-%1").arg(i), QStringLiteral("rs-a"));
        if (changedEvery > 0 && i % changedEvery == 0)
            p.phase = QStringLiteral("Failed");
        list.append(p);
    }

    QSignalSpy changes(&store, &KubeStore::objectsChanged);
    QSignalSpy done(&store, &KubeStore::replaced);
    store.replaceGradually(list);
    QVERIFY(store.isReplacing(KubeKind::Pod)); // from the next turn on
    QVERIFY(changes.isEmpty());
    // Never an emptied or half-removed store on the way: objects leave only once every
    // listed one is in.
    int turns = 0;
    while (store.isReplacing(KubeKind::Pod)) {
        QVERIFY(store.count(KubeKind::Pod) >= std::min(held, listed));
        QVERIFY(done.isEmpty());
        QCoreApplication::processEvents();
        QVERIFY(++turns < 1000);
    }
    QVERIFY(turns > std::max(held, listed) / 64); // spread over turns, not one
    QCOMPARE(done.size(), 1);
    QCOMPARE(done.at(0).at(0).value<KubeKind>(), KubeKind::Pod);

    // The result is exactly the list, and only differences were reported.
    QCOMPARE(store.count(KubeKind::Pod), listed);
    for (const KubePod &p : std::as_const(list)) {
        const KubePod *got = store.pod(p.meta.name);
        QVERIFY(got);
        QVERIFY(*got == p);
    }
    QSet<QString> reported;
    int reports = 0;
    for (const QList<QVariant> &args : std::as_const(changes)) {
        for (const QString &name : args.at(1).toStringList()) {
            reported.insert(name);
            ++reports;
        }
    }
    QCOMPARE(reports, int(reported.size())); // each name once
    int expected = std::abs(held - listed);
    for (int i = 0; i < std::min(held, listed); ++i)
        expected += changedEvery > 0 && i % changedEvery == 0 ? 1 : 0;
    QCOMPARE(int(reported.size()), expected);
}

void TestKubeModels::gradualRelistKeepsDirectWrites()
{
    KubeStore store;
    store.setSliceBudget(0);
    QList<KubePod> list;
    for (int i = 0; i < 500; ++i)
        list.append(pod(QStringLiteral("p-%1").arg(i), QStringLiteral("rs-a")));
    store.replace(list);
    store.replaceGradually(list);
    QVERIFY(store.isReplacing(KubeKind::Pod));
    // Written while the relist runs: newer than the list, so they stay as written.
    store.upsert(pod(QStringLiteral("p-499"), QStringLiteral("rs-a"), QStringLiteral("Failed")));
    store.upsert(pod(QStringLiteral("late"), QStringLiteral("rs-a")));
    store.remove(KubeKind::Pod, QStringLiteral("p-498"));
    QSignalSpy done(&store, &KubeStore::replaced);
    QVERIFY(done.wait(5000));
    QCOMPARE(store.pod(QStringLiteral("p-499"))->phase, QStringLiteral("Failed"));
    QVERIFY(store.pod(QStringLiteral("late")));
    QVERIFY(!store.pod(QStringLiteral("p-498")));
    QCOMPARE(store.count(KubeKind::Pod), 500);

    // A relist superseded by another list, or by an immediate replace, ends with that one.
    store.replaceGradually(list);
    store.replaceGradually(list.mid(0, 100));
    QVERIFY(done.wait(5000));
    QCOMPARE(store.count(KubeKind::Pod), 100);
    store.replaceGradually(list);
    QVERIFY(store.isReplacing(KubeKind::Pod));
    store.replace(list.mid(0, 10));
    QVERIFY(!store.isReplacing(KubeKind::Pod));
    QCOMPARE(store.count(KubeKind::Pod), 10);
    QCoreApplication::processEvents();
    QCOMPARE(store.count(KubeKind::Pod), 10);
}

void TestKubeModels::gradualRelistKeepsRowsInPlace()
{
    KubeStore store;
    store.setSliceBudget(0);
    QList<KubeDeployment> first;
    for (int i = 0; i < 300; ++i)
        first.append(deployment(QStringLiteral("w-%1").arg(i, 3, 10, QLatin1Char('0'))));
    store.replace(first);
    WorkloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUpdateInterval(0);
    model.setStore(&store);
    QCOMPARE(model.rowCount(), 300);
    const QPersistentModelIndex unchanged = model.index(model.rowOf(QStringLiteral("w-010")), 0);
    const QPersistentModelIndex modified = model.index(model.rowOf(QStringLiteral("w-020")), WorkloadModel::ReadyColumn);
    const QPersistentModelIndex gone = model.index(model.rowOf(QStringLiteral("w-299")), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);

    // The server after an outage: w-020 scaled down, w-250.. gone, three new ones.
    QList<KubeDeployment> relisted;
    for (int i = 0; i < 250; ++i)
        relisted.append(deployment(QStringLiteral("w-%1").arg(i, 3, 10, QLatin1Char('0')), 3, i == 20 ? 1 : 3));
    for (const char *name : {"new-a", "new-b", "new-c"})
        relisted.append(deployment(QString::fromLatin1(name)));
    QSignalSpy done(&store, &KubeStore::replaced);
    store.replaceGradually(relisted);
    QVERIFY(done.wait(5000));

    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(model.rowCount(), 253);
    QSet<QString> shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.insert(model.index(row, 0).data().toString());
    QSet<QString> expected;
    for (const KubeDeployment &d : std::as_const(relisted))
        expected.insert(d.meta.name);
    QCOMPARE(shown, expected);
    // Rows of objects that stayed are the same rows: selections and current items survive.
    QVERIFY(unchanged.isValid());
    QCOMPARE(unchanged.data().toString(), QStringLiteral("w-010"));
    QVERIFY(modified.isValid());
    QCOMPARE(modified.data().toString(), QStringLiteral("1/3"));
    QCOMPARE(model.index(modified.row(), 0).data().toString(), QStringLiteral("w-020"));
    QVERIFY(!gone.isValid());
}

void TestKubeModels::updatesAreCoalesced()
{
    KubeStore store;
    store.upsert(deployment(QStringLiteral("odoo-web")));
    WorkloadModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStore(&store);
    QCOMPARE(model.updateInterval(), 100);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int before = model.flushCount();
    // A burst of 200 watch events: replicas going up one by one, and 50 new workloads.
    for (int i = 0; i < 200; ++i) {
        store.upsert(deployment(QStringLiteral("odoo-web"), 3, i % 4));
        if (i % 4 == 0)
            store.upsert(deployment(QStringLiteral("worker-%1").arg(i)));
    }
    QTRY_COMPARE(model.rowCount(), 51);
    QTRY_COMPARE(model.index(model.rowOf(QStringLiteral("odoo-web")), WorkloadModel::ReadyColumn).data().toString(),
                 QStringLiteral("3/3"));
    // At most two applications (a leading one and one after the interval), not 250.
    QVERIFY2(model.flushCount() - before <= 2, qPrintable(QString::number(model.flushCount() - before)));
    QVERIFY(inserted.size() <= 2);
    QVERIFY(changed.size() <= 2);
}

void TestKubeModels::statusText_data()
{
    QTest::addColumn<int>("variant");
    QTest::addColumn<QString>("expected");
    QTest::newRow("available") << 0 << QStringLiteral("Available");
    QTest::newRow("paused") << 1 << QStringLiteral("Paused");
    QTest::newRow("rolling") << 2 << QStringLiteral("Rolling out (1 of 3 updated)");
    QTest::newRow("deadline") << 3 << QStringLiteral("Progress deadline exceeded");
    QTest::newRow("not observed") << 4 << QStringLiteral("Waiting for the new specification to be observed");
}

void TestKubeModels::statusText()
{
    QFETCH(int, variant);
    QFETCH(QString, expected);
    KubeDeployment d = deployment(QStringLiteral("x"));
    if (variant == 1)
        d.paused = true;
    if (variant == 2)
        d.updatedReplicas = 1;
    if (variant == 3)
        d.conditions.append(KubeCondition{QStringLiteral("Progressing"), QStringLiteral("False"),
                                          QStringLiteral("ProgressDeadlineExceeded"), {}, 0, 0});
    if (variant == 4)
        d.meta.generation = 2;
    QCOMPARE(WorkloadModel::statusText(d), expected);
}

void TestKubeModels::replicaSetsOfOneWorkload()
{
    KubeStore store;
    store.replace(QList<KubeReplicaSet>{replicaSet(QStringLiteral("web-1"), QStringLiteral("web"), 1),
                                        replicaSet(QStringLiteral("web-2"), QStringLiteral("web"), 2),
                                        replicaSet(QStringLiteral("cron-1"), QStringLiteral("cron"), 1)});
    ReplicaSetModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUpdateInterval(0);
    model.setStore(&store);
    QCOMPARE(model.rowCount(), 3);
    model.setDeployment(QStringLiteral("web"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ReplicaSetModel::ChangeCauseColumn).data().toString(), QStringLiteral("<none>"));
    store.upsert(replicaSet(QStringLiteral("web-3"), QStringLiteral("web"), 3));
    store.upsert(replicaSet(QStringLiteral("cron-2"), QStringLiteral("cron"), 2));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(model.rowOf(QStringLiteral("web-3")), ReplicaSetModel::RevisionColumn).data().toInt(), 3);
    QCOMPARE(store.replicaSetsOf(QStringLiteral("web")).first()->meta.name, QStringLiteral("web-3"));
}

void TestKubeModels::podsFollowTheirReplicaSets()
{
    KubeStore store;
    store.upsert(replicaSet(QStringLiteral("web-aaaa"), QStringLiteral("web"), 1));
    store.upsert(pod(QStringLiteral("web-aaaa-1"), QStringLiteral("web-aaaa")));
    store.upsert(pod(QStringLiteral("cron-bbbb-1"), QStringLiteral("cron-bbbb")));
    PodModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUpdateInterval(0);
    model.setStore(&store);
    model.setDeployment(QStringLiteral("web"));
    QCOMPARE(model.rowCount(), 1);
    // A pod of a new ReplicaSet that has not arrived yet belongs by its name.
    store.upsert(pod(QStringLiteral("web-cccc-1"), QStringLiteral("web-cccc"), QStringLiteral("Pending")));
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOf(QStringLiteral("web-cccc-1"));
    QCOMPARE(model.index(row, PodModel::StatusColumn).data().toString(), QStringLiteral("Pending"));
    KubePod running = pod(QStringLiteral("web-cccc-1"), QStringLiteral("web-cccc"));
    store.upsert(running);
    QCOMPARE(model.index(row, PodModel::StatusColumn).data().toString(), QStringLiteral("Running"));
    QCOMPARE(model.index(row, PodModel::ReadyColumn).data().toString(), QStringLiteral("1/1"));
    store.remove(KubeKind::Pod, QStringLiteral("web-aaaa-1"));
    QCOMPARE(model.rowCount(), 1);
}

void TestKubeModels::eventsOfOneWorkload()
{
    KubeStore store;
    store.upsert(replicaSet(QStringLiteral("web-aaaa"), QStringLiteral("web"), 1));
    store.upsert(pod(QStringLiteral("web-aaaa-1"), QStringLiteral("web-aaaa")));
    KubeEventModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUpdateInterval(0);
    model.setStore(&store);
    model.setDeployment(QStringLiteral("web"));
    store.upsert(kubeEvent(QStringLiteral("e1"), QStringLiteral("Deployment"), QStringLiteral("web")));
    store.upsert(kubeEvent(QStringLiteral("e2"), QStringLiteral("ReplicaSet"), QStringLiteral("web-aaaa")));
    store.upsert(kubeEvent(QStringLiteral("e3"), QStringLiteral("Pod"), QStringLiteral("web-aaaa-1")));
    store.upsert(kubeEvent(QStringLiteral("e4"), QStringLiteral("Deployment"), QStringLiteral("cron")));
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(model.rowOf(QStringLiteral("e2")), KubeEventModel::ObjectColumn).data().toString(),
             QStringLiteral("replicaset/web-aaaa"));
    model.setDeployment({});
    QCOMPARE(model.rowCount(), 4);
}

void TestKubeModels::nothingShownUntilAWorkloadIsChosen()
{
    KubeStore store;
    store.upsert(replicaSet(QStringLiteral("web-aaaa"), QStringLiteral("web"), 1));
    for (int i = 0; i < 50; ++i)
        store.upsert(pod(QStringLiteral("cron-bbbb-%1").arg(i), QStringLiteral("cron-bbbb")));
    store.upsert(pod(QStringLiteral("web-aaaa-1"), QStringLiteral("web-aaaa")));
    PodModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUpdateInterval(0);
    model.setShowNone(true);
    model.setStore(&store);
    // The detail pane before a selection: no rows, whatever the namespace holds or does.
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    store.upsert(pod(QStringLiteral("web-aaaa-2"), QStringLiteral("web-aaaa")));
    store.upsert(replicaSet(QStringLiteral("web-cccc"), QStringLiteral("web"), 2));
    model.flush();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(inserted.count(), 0);
    // Narrowed while hidden, then shown: only the workload's own pods, the ones that came meanwhile too.
    model.setDeployment(QStringLiteral("web"));
    QCOMPARE(model.rowCount(), 0);
    model.setShowNone(false);
    QCOMPARE(model.rowCount(), 2);
    QVERIFY(model.rowOf(QStringLiteral("web-aaaa-2")) >= 0);
    store.upsert(pod(QStringLiteral("web-cccc-1"), QStringLiteral("web-cccc")));
    QCOMPARE(model.rowCount(), 3);
    // Deselected: empty again at once.
    model.setShowNone(true);
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.showsNone());
}

void TestKubeModels::tallyFollowsEveryWrite_data()
{
    QTest::addColumn<bool>("gradually"); // the relists go through replaceGradually
    QTest::newRow("replace") << false;
    QTest::newRow("replaceGradually") << true;
}

void TestKubeModels::tallyFollowsEveryWrite()
{
    QFETCH(bool, gradually);
    KubeStore store;
    store.setSliceBudget(0);
    // What the summary used to be: a count over every object held.
    const auto counted = [&store] {
        KubeStoreTally t;
        for (const KubeDeployment &d : store.deployments())
            t.count(d, 1);
        for (const KubePod &p : store.pods())
            t.count(p, 1);
        return t;
    };
    const auto relist = [&](const auto &list) {
        if (!gradually) {
            store.replace(list);
            return;
        }
        store.replaceGradually(list);
        while (store.isReplacing(KubeKind::Pod) || store.isReplacing(KubeKind::Deployment))
            QCoreApplication::processEvents();
    };
    QList<KubePod> pods;
    for (int i = 0; i < 300; ++i) {
        KubePod p = pod(QStringLiteral("web-aaaa-%1").arg(i), QStringLiteral("web-aaaa"),
                        i % 5 == 0 ? QStringLiteral("Pending") : QStringLiteral("Running"));
        p.ready = i % 5 != 0;
        if (i % 7 == 0)
            p.containers[0].reason = QStringLiteral("CrashLoopBackOff");
        pods.append(p);
    }
    relist(pods);
    store.upsert(deployment(QStringLiteral("web"), 3, 3));
    store.upsert(deployment(QStringLiteral("cron"), 2, 1));
    QCOMPARE(store.tally(), counted());
    QCOMPARE(store.tally().pods, 300);
    QCOMPARE(store.tally().podsNotReady, 60);
    QCOMPARE(store.tally().crashLoopingPods, 43);
    QCOMPARE(store.tally().desiredPods, 5);
    QCOMPARE(store.tally().readyPods, 4);
    QCOMPARE(store.tally().availableDeployments, 1);

    // Watch events: a pod turns ready, one starts terminating, one goes, one crash-loops.
    KubePod ready = pods.at(0);
    ready.ready = true;
    ready.phase = QStringLiteral("Running");
    store.upsert(ready);
    KubePod terminating = pods.at(5);
    terminating.meta.deletionTimestamp = 1;
    store.upsert(terminating);
    store.remove(KubeKind::Pod, pods.at(10).meta.name);
    store.remove(KubeKind::Pod, QStringLiteral("no-such-pod"));
    KubePod looping = pods.at(1);
    looping.containers[0].reason = QStringLiteral("CrashLoopBackOff");
    store.upsert(looping);
    store.upsert(looping); // unchanged: counted once
    store.upsert(deployment(QStringLiteral("cron"), 2, 2));
    QCOMPARE(store.tally(), counted());
    QCOMPARE(store.tally().podsNotReady, 57);

    // A relist with half the pods gone and some changed.
    QList<KubePod> list;
    for (int i = 0; i < 150; ++i) {
        KubePod p = store.pods().value(QStringLiteral("web-aaaa-%1").arg(i), pods.at(i));
        if (i % 3 == 0)
            p.ready = !p.ready;
        list.append(p);
    }
    relist(list);
    relist(QList<KubeDeployment>{deployment(QStringLiteral("web"), 4, 1)});
    QCOMPARE(store.tally(), counted());
    QCOMPARE(store.tally().pods, 150);
    QCOMPARE(store.tally().deployments, 1);

    // The summary is the tally.
    const KubeWorkloadSummary summary = KubeWorkloadSummary::of(store);
    QCOMPARE(summary.workloads, 1);
    QCOMPARE(summary.desiredPods, 4);
    QCOMPARE(summary.readyPods, 1);
    QCOMPARE(summary.unavailableWorkloads, 1);
    QCOMPARE(summary.podsNotReady, store.tally().podsNotReady);
    QCOMPARE(summary.crashLoopingPods, store.tally().crashLoopingPods);

    store.clear();
    QCOMPARE(store.tally(), KubeStoreTally());
}

void TestKubeModels::formatAge_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("expected");
    QTest::newRow("seconds") << qint64(42) << QStringLiteral("42s");
    QTest::newRow("minutes") << qint64(5 * 60) << QStringLiteral("5m");
    QTest::newRow("hours") << qint64(5 * 3600) << QStringLiteral("5h");
    QTest::newRow("days") << qint64(3 * 86400) << QStringLiteral("3d");
}

void TestKubeModels::formatAge()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, expected);
    const qint64 now = 1'800'000'000'000;
    QCOMPARE(KubeTableModel::formatAge(now - seconds * 1000, now), expected);
    QCOMPARE(KubeTableModel::formatAge(0, now), QString());
}

QTEST_GUILESS_MAIN(TestKubeModels)
#include "tst_kubemodels.moc"
