#include "models/riskscore.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Gatehouse::Models;

class TestRiskScore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaultScores_data()
    {
        QTest::addColumn<int>("critical");
        QTest::addColumn<double>("hoursToCycle");
        QTest::addColumn<bool>("migrations");
        QTest::addColumn<int>("expected");
        // Six similar changes, none failed: history = 1/10 → 1 point; the rest scaled by weight.
        QTest::newRow("quiet change") << 0 << 720.0 << false << 1;
        QTest::newRow("one critical integration") << 1 << 720.0 << false << 11;
        QTest::newRow("inside month-end") << 0 << 0.0 << false << 21;
        QTest::newRow("36 h before month-end") << 0 << 36.0 << false << 11;
        QTest::newRow("migration") << 0 << 720.0 << true << 16;
        QTest::newRow("worst case") << 3 << -1.0 << true << 66;
    }

    void defaultScores()
    {
        QFETCH(int, critical);
        QFETCH(double, hoursToCycle);
        QFETCH(bool, migrations);
        QFETCH(int, expected);
        RiskInputs inputs;
        inputs.criticalIntegrations = critical;
        inputs.hoursToBusinessCycle = hoursToCycle;
        inputs.migrationsPresent = migrations;
        inputs.similarChanges = 6;
        const RiskAssessment assessment = RiskScore::assess(inputs);
        QCOMPARE(assessment.score, expected);
        QVERIFY(!assessment.fitted);
        QVERIFY(assessment.method.contains(QLatin1String("default weights")));
        QCOMPARE(assessment.breakdown.size(), RiskScore::defaultWeights().size());
        double sum = 0;
        for (const RiskFactor &factor : assessment.breakdown) {
            sum += factor.contribution;
            QVERIFY(!factor.label.isEmpty());
            QVERIFY(!factor.explanation.isEmpty());
        }
        QCOMPARE(qRound(sum), expected);
    }

    void fitsWeightsFromEnoughHistory()
    {
        // History where changes with migrations fail and others complete.
        QList<RiskSample> history;
        QRandomGenerator random(7);
        for (int i = 0; i < 120; ++i) {
            RiskSample sample;
            sample.inputs.migrationsPresent = i % 2 == 0;
            sample.inputs.changeSize = int(random.bounded(10));
            sample.failed = sample.inputs.migrationsPresent ? random.bounded(10) < 8 : random.bounded(10) < 1;
            history.append(sample);
        }
        RiskInputs risky;
        risky.migrationsPresent = true;
        RiskInputs safe;
        const RiskAssessment high = RiskScore::assess(risky, history);
        const RiskAssessment low = RiskScore::assess(safe, history);
        QVERIFY(high.fitted);
        QCOMPARE(high.samples, 120);
        QVERIFY(high.method.contains(QLatin1String("fitted")));
        QVERIFY2(high.score > 60, qPrintable(QString::number(high.score)));
        QVERIFY2(low.score < 30, qPrintable(QString::number(low.score)));
        double migrationWeight = 0;
        for (const RiskFactor &factor : high.breakdown) {
            if (factor.key == QLatin1String("migrations"))
                migrationWeight = factor.weight;
        }
        QVERIFY(migrationWeight > 1.0);
    }

    void tooLittleHistoryKeepsDefaults()
    {
        QList<RiskSample> history(RiskScore::minimumSamples() - 1);
        for (qsizetype i = 0; i < history.size(); ++i)
            history[i].failed = i % 2 == 0;
        const RiskAssessment assessment = RiskScore::assess(RiskInputs{}, history);
        QVERIFY(!assessment.fitted);
        QCOMPARE(assessment.samples, RiskScore::minimumSamples() - 1);
    }
};

QTEST_GUILESS_MAIN(TestRiskScore)
#include "tst_riskscore.moc"
