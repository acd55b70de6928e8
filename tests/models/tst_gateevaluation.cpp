#include "models/gateevaluation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Gatehouse::Models;

class TestGateEvaluation : public QObject
{
    Q_OBJECT

private:
    static ChangeRequest approvedChange()
    {
        ChangeRequest change;
        change.id = 42;
        change.environment = QStringLiteral("production-eu");
        change.state = ChangeState::Approved;
        change.approvedPolicyVersion = 3;
        return change;
    }

    static ChangeScope goodScope()
    {
        ChangeScope scope;
        scope.workloads = {{QStringLiteral("odoo-web"), QStringLiteral("odoo:17.0.3")}};
        scope.rollbackPlan = QStringLiteral("Redeploy 17.0.2");
        scope.rollbackCriteria = {{QStringLiteral("5xx"), QStringLiteral("rate(x[5m])"), QStringLiteral(">"), 0.02, 300,
                                   QStringLiteral("rollback")}};
        return scope;
    }

    static GateResult external(const QString &gate, GateResult::Outcome outcome)
    {
        GateResult result;
        result.gate = gate;
        result.outcome = outcome;
        result.summary = QStringLiteral("from the area");
        result.evidence = {QStringLiteral("fact")};
        return result;
    }

    static GateEvaluation fullyEvidenced()
    {
        GateEvaluation evaluation(approvedChange(), QStringLiteral("production-eu"));
        Approval approval;
        approval.approver = QStringLiteral("bob");
        approval.role = QStringLiteral("cab-member");
        approval.policyVersion = 3;
        evaluation.setApprovals({approval});
        evaluation.setScope(goodScope());
        evaluation.setStagingEvidence({QStringLiteral("staging")},
                                      {{QStringLiteral("workload:odoo-web@odoo:17.0.3"), QStringLiteral("staging"), 7}});
        for (const QString &gate : {QStringLiteral("window"), QStringLiteral("contracts"), QStringLiteral("drift"),
                                    QStringLiteral("backup"), QStringLiteral("alerts")})
            evaluation.setResult(external(gate, GateResult::Outcome::Pass));
        return evaluation;
    }

    static const GateResult &gateOf(const GateReport &report, const QString &gate)
    {
        for (const GateResult &result : report.gates) {
            if (result.gate == gate)
                return result;
        }
        qFatal("no gate %s", qPrintable(gate));
    }

private Q_SLOTS:
    void everyGatePassing()
    {
        const GateReport report = fullyEvidenced().evaluate(QDateTime::currentDateTimeUtc());
        QCOMPARE(report.gates.size(), GateEvaluation::defaultGates().size());
        for (const GateResult &gate : report.gates)
            QVERIFY2(gate.outcome == GateResult::Outcome::Pass, qPrintable(gate.gate + QStringLiteral(": ") + gate.summary));
        QVERIFY(report.allowed);
        QVERIFY(gateOf(report, QStringLiteral("staging")).evidence.constFirst().contains(QLatin1String("change 7")));
    }

    void missingSourcesAreUnknownNeverPass_data()
    {
        QTest::addColumn<QString>("gate");
        QTest::addColumn<QString>("source");
        QTest::newRow("window") << QStringLiteral("window") << QStringLiteral("calendar");
        QTest::newRow("contracts") << QStringLiteral("contracts") << QStringLiteral("data contracts");
        QTest::newRow("drift") << QStringLiteral("drift") << QStringLiteral("module drift");
        QTest::newRow("backup") << QStringLiteral("backup") << QStringLiteral("backup status");
        QTest::newRow("alerts") << QStringLiteral("alerts") << QStringLiteral("Alertmanager");
    }

    void missingSourcesAreUnknownNeverPass()
    {
        QFETCH(QString, gate);
        QFETCH(QString, source);
        GateEvaluation evaluation(approvedChange(), QStringLiteral("production-eu"));
        const GateReport report = evaluation.evaluate(QDateTime::currentDateTimeUtc());
        const GateResult &result = gateOf(report, gate);
        QCOMPARE(toString(result.outcome), QStringLiteral("unknown"));
        QCOMPARE(result.evidence, QStringList{QStringLiteral("not evaluated: %1 unavailable").arg(source)});
        QVERIFY(result.evaluatedAt.isValid());
        QVERIFY(!report.allowed);
    }

    void overrideLetsAnUnknownGateThrough()
    {
        GateEvaluation evaluation = fullyEvidenced();
        evaluation.setResult(external(QStringLiteral("backup"), GateResult::Outcome::Unknown));
        QVERIFY(!evaluation.evaluate(QDateTime::currentDateTimeUtc()).allowed);
        // An override for another environment or without reason does not count.
        evaluation.setOverrides({{42, QStringLiteral("staging"), QStringLiteral("backup"), QStringLiteral("tested"),
                                  QStringLiteral("rita"), {}},
                                 {42, QStringLiteral("production-eu"), QStringLiteral("backup"), QStringLiteral("  "),
                                  QStringLiteral("rita"), {}}});
        QVERIFY(!evaluation.evaluate(QDateTime::currentDateTimeUtc()).allowed);
        evaluation.setOverrides({{42, QStringLiteral("production-eu"), QStringLiteral("backup"),
                                  QStringLiteral("restore tested by hand"), QStringLiteral("rita"), {}}});
        const GateReport report = evaluation.evaluate(QDateTime::currentDateTimeUtc());
        QVERIFY(report.allowed);
        const QJsonObject json = QJsonDocument::fromJson(report.toJson()).object();
        QCOMPARE(json.value(QStringLiteral("allowed")).toBool(), true);
        bool sawOverride = false;
        for (const QJsonValue &gate : json.value(QStringLiteral("gates")).toArray()) {
            if (gate.toObject().value(QStringLiteral("gate")).toString() == QLatin1String("backup")) {
                QCOMPARE(gate.toObject().value(QStringLiteral("outcome")).toString(), QStringLiteral("unknown"));
                QCOMPARE(gate.toObject().value(QStringLiteral("override")).toObject().value(QStringLiteral("by")).toString(),
                         QStringLiteral("rita"));
                sawOverride = true;
            }
        }
        QVERIFY(sawOverride);
    }

    void computedGatesFail_data()
    {
        QTest::addColumn<int>("mistake");
        QTest::addColumn<QString>("gate");
        QTest::newRow("not approved") << 0 << QStringLiteral("approvals");
        QTest::newRow("other environment") << 1 << QStringLiteral("approvals");
        QTest::newRow("image not completed in staging") << 2 << QStringLiteral("staging");
        QTest::newRow("no rollback plan") << 3 << QStringLiteral("rollback");
        QTest::newRow("no rollback criteria") << 4 << QStringLiteral("rollback");
        QTest::newRow("migration without rollback") << 5 << QStringLiteral("rollback");
    }

    void computedGatesFail()
    {
        QFETCH(int, mistake);
        QFETCH(QString, gate);
        ChangeRequest change = approvedChange();
        ChangeScope scope = goodScope();
        QString environment = QStringLiteral("production-eu");
        switch (mistake) {
        case 0:
            change.state = ChangeState::Assessed;
            break;
        case 1:
            environment = QStringLiteral("production-us");
            break;
        case 2:
            scope.workloads.first().image = QStringLiteral("odoo:17.0.4");
            break;
        case 3:
            scope.rollbackPlan.clear();
            break;
        case 4:
            scope.rollbackCriteria.clear();
            break;
        case 5:
            scope.migrations = {{QStringLiteral("stock_move_index"), {}, QStringLiteral("ACCESS EXCLUSIVE 2 s"), QString()}};
            break;
        }
        GateEvaluation evaluation(change, environment);
        evaluation.setApprovals({});
        evaluation.setScope(scope);
        evaluation.setStagingEvidence({QStringLiteral("staging")},
                                      {{QStringLiteral("workload:odoo-web@odoo:17.0.3"), QStringLiteral("staging"), 7}});
        const GateReport report = evaluation.evaluate(QDateTime::currentDateTimeUtc());
        QCOMPARE(toString(gateOf(report, gate).outcome), QStringLiteral("fail"));
        QVERIFY(!report.allowed);
        QVERIFY(report.toText().contains(QStringLiteral("FAIL ") + gate));
    }
};

QTEST_GUILESS_MAIN(TestGateEvaluation)
#include "tst_gateevaluation.moc"
