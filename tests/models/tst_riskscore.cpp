#include "models/riskscore.h"
#include "demoestate.h"

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

    // The store's finished changes as history: only completed, failed and rolled-back
    // ones count, the change itself never; similar = sharing an integration or workload.
    void historyFromTheStoresChanges()
    {
        const EstatePtr estate = Gatehouse::Tests::demoEstate();
        QVERIFY(estate);
        const ImpactAnalysis analysis(estate);
        QList<ChangeRequest> changes;
        auto add = [&changes](qint64 id, ChangeState state, const QStringList &integrations, const QStringList &workloads = {}) {
            ChangeRequest c;
            c.id = id;
            c.state = state;
            c.integrations = integrations;
            c.workloads = workloads;
            changes.append(c);
        };
        add(1, ChangeState::Completed, {QStringLiteral("edi-gateway")});
        add(2, ChangeState::RolledBack, {QStringLiteral("edi-gateway")});
        add(3, ChangeState::Failed, {}, {QStringLiteral("edi-gateway")});
        add(4, ChangeState::Completed, {QStringLiteral("bi-export")});
        add(5, ChangeState::Approved, {QStringLiteral("edi-gateway")}); // not finished
        add(6, ChangeState::Completed, {QStringLiteral("edi-gateway")}); // the change itself
        const QList<RiskSample> samples = RiskScore::historyFrom(changes, analysis, *estate, 6);
        QCOMPARE(samples.size(), 4);
        QCOMPARE(samples.at(0).failed, false);
        QCOMPARE(samples.at(1).failed, true);
        QCOMPARE(samples.at(2).failed, true);
        QVERIFY(samples.at(0).inputs.criticalIntegrations > 0); // edi-gateway is critical
        QCOMPARE(samples.at(0).inputs.changeSize, 1);

        RiskInputs inputs;
        RiskScore::countSimilar(changes.at(5), {QStringLiteral("edi-gateway")}, {}, changes, inputs);
        QCOMPARE(inputs.similarChanges, 2); // 1 and 2 share the integration; 3 shares only a workload
        QCOMPARE(inputs.similarFailed, 1);
        RiskScore::countSimilar(changes.at(5), {QStringLiteral("edi-gateway")}, {QStringLiteral("edi-gateway")}, changes, inputs);
        QCOMPARE(inputs.similarChanges, 3);
        QCOMPARE(inputs.similarFailed, 2);

        // Enough finished changes, both outcomes: the weights are fitted and the method says so.
        QList<ChangeRequest> many;
        for (int i = 0; i < 60; ++i) {
            ChangeRequest c;
            c.id = 100 + i;
            c.state = i % 3 == 0 ? ChangeState::RolledBack : ChangeState::Completed;
            c.integrations = {i % 2 ? QStringLiteral("edi-gateway") : QStringLiteral("bi-export")};
            many.append(c);
        }
        const RiskAssessment fitted = RiskScore::assess(inputs, RiskScore::historyFrom(many, analysis, *estate));
        QVERIFY(fitted.fitted);
        QCOMPARE(fitted.samples, 60);
        QVERIFY2(fitted.method.contains(QStringLiteral("fitted on 60 past changes")), qPrintable(fitted.method));
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
