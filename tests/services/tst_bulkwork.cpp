// Bulk work (decoding Kubernetes lists and watch streams): the work runs on the bulk pool at
// a lower priority, its result comes back on the caller's thread from its event loop, and a
// caller destroyed meanwhile is never called.

#include "services/bulkwork.h"

#include <QAtomicInt>
#include <QSemaphore>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using namespace Gatehouse::Services;

class TestBulkWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resultComesBackOnTheCallersThread();
#ifdef Q_OS_LINUX
    void workRunsAtALowerPriority();
#endif
    void destroyedCallerIsNotCalled();
    void manyResultsAllArrive();
};

void TestBulkWork::resultComesBackOnTheCallersThread()
{
    QObject guard;
    QThread *workedOn = nullptr;
    QThread *deliveredOn = nullptr;
    QString delivered;
    runBulkWork(
        &guard,
        [&workedOn] {
            workedOn = QThread::currentThread();
            return QStringLiteral("decoded");
        },
        [&](QString result) {
            deliveredOn = QThread::currentThread();
            delivered = std::move(result);
        });
    // Never synchronously inside the call, even when the work is quick.
    QVERIFY(delivered.isEmpty());
    QTRY_COMPARE(delivered, QStringLiteral("decoded"));
    QVERIFY(workedOn != nullptr);
    QVERIFY(workedOn != QThread::currentThread());
    QCOMPARE(deliveredOn, QThread::currentThread());
}

#ifdef Q_OS_LINUX
void TestBulkWork::workRunsAtALowerPriority()
{
    QObject guard;
    const int ours = getpriority(PRIO_PROCESS, static_cast<id_t>(gettid()));
    int theirs = ours;
    bool done = false;
    runBulkWork(
        &guard, [] { return getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())); },
        [&](int nice) {
            theirs = nice;
            done = true;
        });
    QTRY_VERIFY(done);
    QVERIFY2(theirs > ours, qPrintable(QStringLiteral("caller nice %1, worker nice %2").arg(ours).arg(theirs)));
    // The caller's own priority is untouched.
    QCOMPARE(getpriority(PRIO_PROCESS, static_cast<id_t>(gettid())), ours);
}
#endif

void TestBulkWork::destroyedCallerIsNotCalled()
{
    // The work is held until the caller is gone; its result must then be dropped, not
    // delivered to a dead object.
    QSemaphore release;
    QAtomicInt finished = 0;
    bool called = false;
    auto guard = std::make_unique<QObject>();
    auto payload = std::make_shared<int>(7);
    runBulkWork(
        guard.get(),
        [&release, &finished] {
            release.acquire();
            finished.storeRelease(1);
            return 1;
        },
        [&called, payload](int) { called = true; });
    guard.reset();
    release.release();
    QTRY_COMPARE(finished.loadAcquire(), 1);
    // The result's delivery ran (and released what it held) without calling back.
    QTRY_COMPARE(payload.use_count(), 1L);
    QVERIFY(!called);
}

void TestBulkWork::manyResultsAllArrive()
{
    QObject guard;
    constexpr int count = 500;
    QList<int> results;
    for (int i = 0; i < count; ++i)
        runBulkWork(&guard, [i] { return i * 2; }, [&results](int value) { results.append(value); });
    QTRY_COMPARE(results.size(), count);
    std::sort(results.begin(), results.end());
    for (int i = 0; i < count; ++i)
        QCOMPARE(results.at(i), i * 2);
}

QTEST_GUILESS_MAIN(TestBulkWork)
#include "tst_bulkwork.moc"
