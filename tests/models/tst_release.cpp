#include "models/releaseplan.h"

#include <QTest>

using namespace Gatehouse::Models;

Q_DECLARE_METATYPE(ReleaseState)
Q_DECLARE_METATYPE(PhaseState)

class TestRelease : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void planFollowsPromotionPath();
    void migrationOnlyOnFirstPhaseOfItsEnvironment();
    void environmentBoundaries();
    void releaseTransitions_data();
    void releaseTransitions();
    void phaseTransitions_data();
    void phaseTransitions();
    void spellingsRoundTrip();
};

void TestRelease::planFollowsPromotionPath()
{
    const QStringList path{QStringLiteral("development"), QStringLiteral("staging"), QStringLiteral("production-eu"),
                           QStringLiteral("production-us")};
    const auto phases = ReleasePlan::build(
        path, {{QStringLiteral("odoo-web"), QString(), QStringLiteral("odoo:17.1")},
               {QStringLiteral("edi-gateway"), QStringLiteral("gateway"), QStringLiteral("edi:4.3")}},
        30);
    QCOMPARE(phases.size(), 16);
    QStringList order;
    for (const ReleasePhase &phase : phases)
        order.append(QString(phase.environment + QLatin1Char('/') + phase.workload + QLatin1Char('/') + toString(phase.kind)));
    QCOMPARE(order.mid(0, 5), (QStringList{QStringLiteral("development/odoo-web/canary"), QStringLiteral("development/odoo-web/rest"),
                                          QStringLiteral("development/edi-gateway/canary"), QStringLiteral("development/edi-gateway/rest"),
                                          QStringLiteral("staging/odoo-web/canary")}));
    QCOMPARE(order.last(), QStringLiteral("production-us/edi-gateway/rest"));
    for (int i = 0; i < phases.size(); ++i) {
        QCOMPARE(phases.at(i).position, i);
        QCOMPARE(phases.at(i).bakeSeconds, qint64(30));
        QCOMPARE(toString(phases.at(i).state), QStringLiteral("pending"));
    }
    QCOMPARE(phases.at(0).container, QStringLiteral("odoo-web")); // defaults to the workload
    QCOMPARE(phases.at(2).container, QStringLiteral("gateway"));
}

void TestRelease::migrationOnlyOnFirstPhaseOfItsEnvironment()
{
    const auto phases = ReleasePlan::build({QStringLiteral("staging"), QStringLiteral("production-eu")},
                                           {{QStringLiteral("odoo-web"), QString(), QStringLiteral("odoo:17.1")}}, 0,
                                           {QStringLiteral("production-eu")});
    QCOMPARE(phases.size(), 4);
    QVERIFY(!phases.at(0).migration);
    QVERIFY(!phases.at(1).migration);
    QVERIFY(phases.at(2).migration);
    QVERIFY(!phases.at(3).migration);
}

void TestRelease::environmentBoundaries()
{
    const auto phases = ReleasePlan::build({QStringLiteral("a"), QStringLiteral("b")},
                                           {{QStringLiteral("w"), QString(), QStringLiteral("i")}}, 0);
    QVERIFY(ReleasePlan::opensEnvironment(phases, 0));
    QVERIFY(!ReleasePlan::opensEnvironment(phases, 1));
    QVERIFY(ReleasePlan::opensEnvironment(phases, 2));
    QVERIFY(!ReleasePlan::closesEnvironment(phases, 0));
    QVERIFY(ReleasePlan::closesEnvironment(phases, 1));
    QVERIFY(ReleasePlan::closesEnvironment(phases, 3));
    QVERIFY(!ReleasePlan::opensEnvironment(phases, 4));
}

void TestRelease::releaseTransitions_data()
{
    QTest::addColumn<ReleaseState>("from");
    QTest::addColumn<ReleaseState>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("planned → running") << ReleaseState::Planned << ReleaseState::Running << true;
    QTest::newRow("planned → completed") << ReleaseState::Planned << ReleaseState::Completed << false;
    QTest::newRow("running → paused") << ReleaseState::Running << ReleaseState::Paused << true;
    QTest::newRow("running → rolled back") << ReleaseState::Running << ReleaseState::RolledBack << true;
    QTest::newRow("paused → running (a person continues)") << ReleaseState::Paused << ReleaseState::Running << true;
    QTest::newRow("paused → completed") << ReleaseState::Paused << ReleaseState::Completed << false;
    QTest::newRow("completed is final") << ReleaseState::Completed << ReleaseState::Running << false;
    QTest::newRow("rolled back is final") << ReleaseState::RolledBack << ReleaseState::Running << false;
}

void TestRelease::releaseTransitions()
{
    QFETCH(ReleaseState, from);
    QFETCH(ReleaseState, to);
    QFETCH(bool, allowed);
    QCOMPARE(ReleasePlan::canTransition(from, to), allowed);
}

void TestRelease::phaseTransitions_data()
{
    QTest::addColumn<PhaseState>("from");
    QTest::addColumn<PhaseState>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("pending → rolling") << PhaseState::Pending << PhaseState::Rolling << true;
    QTest::newRow("pending → baking skips the rollout") << PhaseState::Pending << PhaseState::Baking << false;
    QTest::newRow("rolling → baking") << PhaseState::Rolling << PhaseState::Baking << true;
    QTest::newRow("rolling → completed skips the bake") << PhaseState::Rolling << PhaseState::Completed << false;
    QTest::newRow("baking → completed") << PhaseState::Baking << PhaseState::Completed << true;
    QTest::newRow("baking → rolled back") << PhaseState::Baking << PhaseState::RolledBack << true;
    QTest::newRow("paused → rolling (continued)") << PhaseState::Paused << PhaseState::Rolling << true;
    QTest::newRow("paused → completed") << PhaseState::Paused << PhaseState::Completed << false;
    QTest::newRow("completed is final") << PhaseState::Completed << PhaseState::Rolling << false;
}

void TestRelease::phaseTransitions()
{
    QFETCH(PhaseState, from);
    QFETCH(PhaseState, to);
    QFETCH(bool, allowed);
    QCOMPARE(ReleasePlan::canTransition(from, to), allowed);
}

void TestRelease::spellingsRoundTrip()
{
    for (const ReleaseState state : {ReleaseState::Planned, ReleaseState::Running, ReleaseState::Paused,
                                     ReleaseState::Completed, ReleaseState::RolledBack, ReleaseState::Failed})
        QVERIFY(releaseStateFromString(toString(state)) == state);
    for (const PhaseState state : {PhaseState::Pending, PhaseState::Rolling, PhaseState::Baking, PhaseState::Completed,
                                   PhaseState::Paused, PhaseState::RolledBack, PhaseState::Failed})
        QVERIFY(phaseStateFromString(toString(state)) == state);
    QCOMPARE(toString(ReleaseState::RolledBack), QStringLiteral("rolled-back"));
    QVERIFY(!releaseStateFromString(QStringLiteral("done")));
    QVERIFY(phaseKindFromString(QStringLiteral("rest")) == PhaseKind::Rest);
}

QTEST_GUILESS_MAIN(TestRelease)
#include "tst_release.moc"
