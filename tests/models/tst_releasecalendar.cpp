// Release progress as the Calendar draws it: a band per started phase of each release
// that ran within the shown range, with the state a person reads and the phase's times.

#include "models/releasecalendar.h"

#include <QTest>
#include <QTimeZone>

using namespace Gatehouse::Models;

namespace {

QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2027, 3, day), QTime(hour, minute), QTimeZone::utc());
}

ReleasePhase phase(int position, const QString &environment, PhaseState state, const QDateTime &started,
                   const QDateTime &finished)
{
    ReleasePhase p;
    p.position = position;
    p.environment = environment;
    p.workload = QStringLiteral("edi-gateway");
    p.image = QStringLiteral("registry.northwind.example/edi-gateway:4.3.0");
    p.state = state;
    p.startedAt = started;
    p.finishedAt = finished;
    return p;
}

} // namespace

class TestReleaseCalendar : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void everyStartedPhaseStateHasABand_data();
    void everyStartedPhaseStateHasABand();
    void unfinishedPhasesEndNowOrWithTheirRelease();
    void onlyBandsInTheRangeAndStartedPhases();
};

void TestReleaseCalendar::everyStartedPhaseStateHasABand_data()
{
    QTest::addColumn<int>("phaseState");
    QTest::addColumn<int>("bandState");
    QTest::newRow("completed → done") << int(PhaseState::Completed) << int(ReleaseBandState::Done);
    QTest::newRow("rolling → running") << int(PhaseState::Rolling) << int(ReleaseBandState::Running);
    QTest::newRow("baking → waiting for bake") << int(PhaseState::Baking) << int(ReleaseBandState::WaitingForBake);
    QTest::newRow("paused") << int(PhaseState::Paused) << int(ReleaseBandState::Paused);
    QTest::newRow("rolling back") << int(PhaseState::RollingBack) << int(ReleaseBandState::RollingBack);
    QTest::newRow("rolled back") << int(PhaseState::RolledBack) << int(ReleaseBandState::RolledBack);
    QTest::newRow("failed") << int(PhaseState::Failed) << int(ReleaseBandState::Failed);
}

void TestReleaseCalendar::everyStartedPhaseStateHasABand()
{
    QFETCH(int, phaseState);
    QFETCH(int, bandState);
    Release release;
    release.id = 3;
    release.title = QStringLiteral("EDI gateway 4.3");
    release.state = ReleaseState::Running;
    release.phases = {phase(0, QStringLiteral("staging"), PhaseState(phaseState), at(10, 8), at(10, 9))};
    const QList<ReleaseBand> bands = ReleaseCalendar::bands({release}, at(8, 0), at(15, 0), at(10, 12));
    QCOMPARE(bands.size(), 1);
    QCOMPARE(int(bands.constFirst().state), bandState);
    QCOMPARE(bands.constFirst().environment, QStringLiteral("staging"));
    QCOMPARE(bands.constFirst().releaseTitle, QStringLiteral("EDI gateway 4.3"));
    QCOMPARE(bands.constFirst().start, at(10, 8));
    QCOMPARE(bands.constFirst().end, at(10, 9));
    QVERIFY(!bands.constFirst().ongoing);
}

void TestReleaseCalendar::unfinishedPhasesEndNowOrWithTheirRelease()
{
    Release running;
    running.id = 1;
    running.state = ReleaseState::Running;
    running.phases = {phase(0, QStringLiteral("production-eu"), PhaseState::Baking, at(10, 8), {})};
    Release stopped;
    stopped.id = 2;
    stopped.state = ReleaseState::Failed;
    stopped.updatedAt = at(10, 9, 30);
    stopped.phases = {phase(0, QStringLiteral("production-us"), PhaseState::Rolling, at(10, 9), {})};
    const QList<ReleaseBand> bands = ReleaseCalendar::bands({running, stopped}, at(8, 0), at(15, 0), at(10, 11));
    QCOMPARE(bands.size(), 2);
    QVERIFY(bands.at(0).ongoing);
    QCOMPARE(bands.at(0).end, at(10, 11)); // still going: up to now
    QVERIFY(bands.at(1).ongoing);
    QCOMPARE(bands.at(1).end, at(10, 9, 30)); // its release stopped: it ends there
}

void TestReleaseCalendar::onlyBandsInTheRangeAndStartedPhases()
{
    Release release;
    release.id = 4;
    release.state = ReleaseState::Running;
    release.currentPhase = 2;
    release.phases = {
        phase(0, QStringLiteral("development"), PhaseState::Completed, at(1, 8), at(1, 9)),  // week before
        phase(1, QStringLiteral("staging"), PhaseState::Completed, at(7, 23), at(8, 1)),      // across the start
        phase(2, QStringLiteral("production-eu"), PhaseState::Rolling, at(10, 8), {}),
        phase(3, QStringLiteral("production-us"), PhaseState::Pending, {}, {}),               // never started
    };
    // A phase paused before it started (its gates blocked) moved nothing: no band.
    release.phases.append(phase(4, QStringLiteral("production-us"), PhaseState::Paused, {}, {}));
    const QList<ReleaseBand> bands = ReleaseCalendar::bands({release}, at(8, 0), at(15, 0), at(10, 9));
    QCOMPARE(bands.size(), 2);
    QCOMPARE(bands.at(0).phase, 1);
    QCOMPARE(bands.at(1).phase, 2);
    QCOMPARE(bands.at(1).end, at(10, 9));
    // A range that ends before a phase started shows nothing of it.
    QVERIFY(ReleaseCalendar::bands({release}, at(2, 0), at(7, 0), at(10, 9)).isEmpty());
}

QTEST_GUILESS_MAIN(TestReleaseCalendar)
#include "tst_releasecalendar.moc"
