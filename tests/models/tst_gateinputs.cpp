// The gates a change must pass per environment (the estate's policy) and the calendar's
// "window" gate on the demo estate in 2027: a clear window passes, a freeze fails with
// the freeze named, a recorded override lets it pass with the override as evidence, and
// a change without a window or with an unknown integration is Unknown, never Pass.

#include "demoestate.h"
#include "models/conflictchecker.h"
#include "models/gateevaluation.h"
#include "models/gateinputs.h"

#include <QTest>

using namespace Gatehouse::Models;
using Gatehouse::Tests::demoEstate;
using Gatehouse::Tests::names;
using Gatehouse::Tests::utc;

namespace {

ChangeRequest change(qint64 id, const QString &environment, const QStringList &integrations, const char *start,
                     int minutes, ChangeType type = ChangeType::Normal)
{
    ChangeRequest c;
    c.id = id;
    c.environment = environment;
    c.integrations = integrations;
    c.type = type;
    c.state = ChangeState::Approved;
    c.windowStart = utc(start);
    c.windowEnd = c.windowStart.addSecs(minutes * 60);
    return c;
}

} // namespace

class TestGateInputs : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConflictChecker> m_checker;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(demoEstate());
        m_checker = std::make_unique<ConflictChecker>(demoEstate(), utc("2026-11-01T00:00:00"), utc("2028-02-01T00:00:00"));
        m_checker->setViewerTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
    }

    void gatesFollowThePolicyOfTheTier_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QStringList>("gates");
        // production.yaml: window, approvals, contracts, drift, backup, alerts, health; then
        // verified in staging and the rollback plan.
        QTest::newRow("production") << "production-eu"
                                    << names("window,approvals,contracts,drift,backup,alerts,health,staging,rollback");
        QTest::newRow("staging") << "staging" << names("window,approvals,contracts,health,rollback");
        QTest::newRow("development") << "development" << names("contracts,rollback");
        QTest::newRow("unknown environment") << "nowhere" << GateEvaluation::defaultGates();
    }

    void gatesFollowThePolicyOfTheTier()
    {
        QFETCH(QString, environment);
        QFETCH(QStringList, gates);
        QCOMPARE(GateInputs::gatesFor(*demoEstate(), environment), gates);
    }

    void clearWindowPasses()
    {
        // A Tuesday morning in March on staging: no freeze, no partner slot counts there.
        const ChangeRequest c = change(7, QStringLiteral("staging"), {QStringLiteral("bi-export")}, "2027-03-09T08:00:00", 60);
        const GateResult gate = GateInputs::window(*m_checker, c, c.environment, utc("2027-03-01T00:00:00"));
        QCOMPARE(gate.gate, QStringLiteral("window"));
        QCOMPARE(gate.environment, QStringLiteral("staging"));
        QVERIFY2(gate.outcome == GateResult::Outcome::Pass, qPrintable(gate.summary + gate.evidence.join(QLatin1Char('\n'))));
        QCOMPARE(gate.evaluatedAt, utc("2027-03-01T00:00:00"));
    }

    void freezeFailsAndAnOverrideLetsItPass()
    {
        // Peak season and the year-end ledger freeze overlap on 2027-01-04 in production.
        const ChangeRequest c = change(41, QStringLiteral("production-eu"), {QStringLiteral("bi-export")},
                                       "2027-01-04T22:00:00", 60);
        GateResult gate = GateInputs::window(*m_checker, c, c.environment, utc("2027-01-01T00:00:00"));
        QCOMPARE(toString(gate.outcome), toString(GateResult::Outcome::Fail));
        QVERIFY2(gate.summary.contains(QStringLiteral("block change #41 in production-eu")), qPrintable(gate.summary));
        const QString evidence = gate.evidence.join(QLatin1Char('\n'));
        QVERIFY2(evidence.contains(QStringLiteral("peak-season")), qPrintable(evidence));
        QVERIFY2(evidence.contains(QStringLiteral("year-end-ledger-freeze")), qPrintable(evidence));

        // In early December only peak season blocks; overridden for this change, nothing
        // blocks and the override is the evidence.
        const ChangeRequest december = change(42, QStringLiteral("production-eu"), {QStringLiteral("bi-export")},
                                              "2026-12-08T08:00:00", 60);
        gate = GateInputs::window(*m_checker, december, december.environment, utc("2026-12-01T00:00:00"));
        QCOMPARE(toString(gate.outcome), toString(GateResult::Outcome::Fail));
        QVERIFY2(gate.evidence.join(QLatin1Char('\n')).contains(QStringLiteral("peak-season")), qPrintable(gate.evidence.join(QLatin1Char('\n'))));
        FreezeOverride o;
        o.changeId = 42;
        o.rule = QStringLiteral("peak-season");
        o.role = QStringLiteral("release-manager");
        o.by = QStringLiteral("rita");
        o.reason = QStringLiteral("carrier label fix");
        m_checker->setFreezeOverrides({o});
        gate = GateInputs::window(*m_checker, december, december.environment, utc("2026-12-01T00:00:00"));
        m_checker->setFreezeOverrides({});
        QVERIFY2(gate.outcome == GateResult::Outcome::Pass, qPrintable(gate.summary + gate.evidence.join(QLatin1Char('\n'))));
        QVERIFY2(gate.evidence.join(QLatin1Char('\n')).contains(QStringLiteral("Overridden by rita (release-manager)")),
                 qPrintable(gate.evidence.join(QLatin1Char('\n'))));

        // The same window judged for the environment it is promoted into, not the change's own.
        const GateResult staging = GateInputs::window(*m_checker, c, QStringLiteral("staging"), utc("2027-01-01T00:00:00"));
        QCOMPARE(staging.environment, QStringLiteral("staging"));
        QVERIFY2(!staging.evidence.join(QLatin1Char('\n')).contains(QStringLiteral("peak-season")),
                 qPrintable(staging.evidence.join(QLatin1Char('\n'))));
    }

    // The risk's proximity factor: on the demo estate month-end close and the black-friday
    // weekend start on Fri 2026-11-27 00:00 Amsterdam (2026-11-26 23:00 UTC).
    void hoursToTheNearestBusinessCycle_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<double>("hours");
        QTest::newRow("36 h before") << "2026-11-25T10:00:00" << 36.0; // from the window's end, 11:00
        QTest::newRow("inside") << "2026-11-27T10:00:00" << 0.0;
        QTest::newRow("ending as it starts") << "2026-11-26T22:00:00" << 0.0;
    }

    void hoursToTheNearestBusinessCycle()
    {
        QFETCH(QString, start);
        QFETCH(double, hours);
        const ChangeRequest c = change(8, QStringLiteral("production-eu"), {QStringLiteral("bi-export")},
                                       start.toLatin1().constData(), 60);
        QCOMPARE(GateInputs::hoursToBusinessCycle(m_checker->engine(), c), hours);
        // Without a window, or with nothing within the horizon: the horizon.
        ChangeRequest noWindow = c;
        noWindow.windowStart = {};
        QCOMPARE(GateInputs::hoursToBusinessCycle(m_checker->engine(), noWindow), 720.0);
        QCOMPARE(GateInputs::hoursToBusinessCycle(m_checker->engine(), change(9, QStringLiteral("production-eu"), {}, "2026-11-25T10:00:00", 60), 2.0), 2.0);
    }

    void withoutAnswerTheGateIsUnknown_data()
    {
        QTest::addColumn<ChangeRequest>("change");
        QTest::addColumn<QString>("why");
        ChangeRequest noWindow = change(3, QStringLiteral("production-eu"), {QStringLiteral("bi-export")}, "2027-03-09T08:00:00", 60);
        noWindow.windowStart = {};
        noWindow.windowEnd = {};
        QTest::newRow("no window") << noWindow << "has no window";
        QTest::newRow("unknown integration")
            << change(4, QStringLiteral("production-eu"), {QStringLiteral("no-such-integration")}, "2027-03-09T08:00:00", 60)
            << "no-such-integration";
    }

    void withoutAnswerTheGateIsUnknown()
    {
        QFETCH(ChangeRequest, change);
        QFETCH(QString, why);
        const GateResult gate = GateInputs::window(*m_checker, change, change.environment, QDateTime::currentDateTimeUtc());
        QCOMPARE(toString(gate.outcome), toString(GateResult::Outcome::Unknown));
        QVERIFY2(gate.summary.contains(why), qPrintable(gate.summary));
    }
};


QTEST_GUILESS_MAIN(TestGateInputs)
#include "tst_gateinputs.moc"
