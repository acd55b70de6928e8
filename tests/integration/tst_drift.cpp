// Odoo module drift between real Odoo 17-shaped databases: modules missing, extra and at
// different versions, drift explained by a change's scope, an unreachable database, and
// the CLI's exit codes.

#include "odoofixture.h"
#include "postgresfixture.h"

#include "models/moduledrift.h"
#include "services/estateloader.h"
#include "services/moduledriftchecker.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace Gatehouse;

class TestDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void differences();
    void explainedByTheChange();
    void sameModulesNoDrift();
    void unreachable();
    void commandLine_data();
    void commandLine();

private:
    Models::ModuleDrift compare(const Models::EstatePtr &estate, const QString &from, const QString &to,
                                const QSet<QString> &explained = {});

    Tests::PostgresFixture m_pg;
    QTemporaryDir m_dir;
    QString m_estateDir;
    QString m_brokenEstateDir;
    Models::EstatePtr m_estate;
    Models::EstatePtr m_brokenEstate;
};

void TestDrift::initTestCase()
{
    QVERIFY2(m_pg.start(), qPrintable(m_pg.errorString()));
    for (const char *db : {"northwind", "northwind_us", "northwind_staging"}) {
        const QString error = Tests::createOdooDatabase(m_pg, QLatin1String(db));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    // Staging: stock upgraded, website installed, the Dutch localisation removed.
    const auto changed = m_pg.query(QStringLiteral("northwind_staging"), QStringLiteral(R"(
        UPDATE ir_module_module SET latest_version = '17.0.1.3' WHERE name = 'stock';
        UPDATE ir_module_module SET state = 'installed', latest_version = '17.0.1.0' WHERE name = 'website';
        UPDATE ir_module_module SET state = 'uninstalled' WHERE name = 'l10n_nl';
    )"));
    QVERIFY2(changed.ok(), qPrintable(Tests::errorText(changed)));

    m_estateDir = m_dir.path() + QStringLiteral("/estate");
    m_brokenEstateDir = m_dir.path() + QStringLiteral("/estate-unreachable");
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 closedPort = closed.serverPort();
    closed.close();
    QVERIFY(Tests::copyDemoEstate(m_estateDir, m_pg.port()));
    QVERIFY(Tests::copyDemoEstate(m_brokenEstateDir, m_pg.port(), {{QStringLiteral("production-eu"), closedPort}}));
    auto loaded = Services::EstateLoader::loadFolder(m_estateDir);
    QVERIFY(!loaded.hasErrors());
    m_estate = loaded.estate;
    loaded = Services::EstateLoader::loadFolder(m_brokenEstateDir);
    QVERIFY(!loaded.hasErrors());
    m_brokenEstate = loaded.estate;
}

Models::ModuleDrift TestDrift::compare(const Models::EstatePtr &estate, const QString &from, const QString &to,
                                       const QSet<QString> &explained)
{
    Services::ModuleDriftChecker checker;
    checker.setPasswordResolver([](const QString &) {
        return QtFuture::makeReadyFuture(Models::Result<QString>::failure(QStringLiteral("no keychain in tests")));
    });
    const QFuture<Models::ModuleDrift> future = checker.compare(estate, from, to, explained);
    if (!Tests::waitFor(future) || future.resultCount() == 0)
        return {};
    return future.result();
}

void TestDrift::differences()
{
    const Models::ModuleDrift drift = compare(m_estate, QStringLiteral("staging"), QStringLiteral("production-eu"));
    QVERIFY2(drift.isReachable(), qPrintable(drift.unreachableReason));
    QCOMPARE(drift.fromOdooVersion, QStringLiteral("17.0.1.3"));
    QCOMPARE(drift.toOdooVersion, QStringLiteral("17.0.1.3"));
    QStringList seen;
    for (const auto &d : drift.differences)
        seen.append(Models::toString(d.kind) + QLatin1Char(' ') + d.module + QLatin1Char(' ') + d.fromVersion
                    + QLatin1Char('/') + d.toVersion + QLatin1Char(' ') + d.fromState + QLatin1Char('/') + d.toState);
    QCOMPARE(seen, (QStringList{QStringLiteral("extra l10n_nl 17.0.3.3/17.0.3.3 uninstalled/installed"),
                                QStringLiteral("version stock 17.0.1.3/17.0.1.1 installed/installed"),
                                QStringLiteral("missing website 17.0.1.0/ installed/uninstalled")}));
    QCOMPARE(drift.differences.at(1).message, QStringLiteral("staging runs stock 17.0.1.3 but production-eu 17.0.1.1"));
    QCOMPARE(drift.differences.at(2).message,
             QStringLiteral("staging runs website 17.0.1.0 but production-eu does not have it installed (uninstalled)"));
    QCOMPARE(drift.unexplainedCount(), 3);
    const Models::GateResult gate = drift.toGateResult();
    QCOMPARE(gate.gate, QStringLiteral("drift"));
    QCOMPARE(gate.environment, QStringLiteral("production-eu"));
    QCOMPARE(Models::toString(gate.outcome), Models::toString(Models::GateResult::Outcome::Fail));
    QCOMPARE(gate.evidence.size(), 3);
}

void TestDrift::explainedByTheChange()
{
    // A change to the odoo-stock integration explains the stock upgrade, nothing else.
    const QSet<QString> explained = Models::ModuleDrift::modulesOfScope(*m_estate, {QStringLiteral("odoo-stock")});
    QCOMPARE(explained, QSet<QString>{QStringLiteral("stock")});
    const Models::ModuleDrift drift =
        compare(m_estate, QStringLiteral("staging"), QStringLiteral("production-eu"), explained);
    QCOMPARE(drift.differences.size(), 3);
    QVERIFY(drift.differences.at(1).explained);
    QVERIFY(!drift.differences.at(0).explained);
    QCOMPARE(drift.unexplainedCount(), 2);
    QVERIFY(drift.toGateResult().evidence.contains(
        QStringLiteral("staging runs stock 17.0.1.3 but production-eu 17.0.1.1 (explained by the change)")));
}

void TestDrift::sameModulesNoDrift()
{
    const Models::ModuleDrift drift = compare(m_estate, QStringLiteral("production-eu"), QStringLiteral("production-us"));
    QVERIFY2(drift.isReachable(), qPrintable(drift.unreachableReason));
    QVERIFY(drift.differences.isEmpty());
    QCOMPARE(Models::toString(drift.toGateResult().outcome), Models::toString(Models::GateResult::Outcome::Pass));
}

void TestDrift::unreachable()
{
    const Models::ModuleDrift drift =
        compare(m_brokenEstate, QStringLiteral("staging"), QStringLiteral("production-eu"));
    QVERIFY(!drift.isReachable());
    QVERIFY2(drift.unreachableReason.contains(QStringLiteral("/northwind:")), qPrintable(drift.unreachableReason));
    QVERIFY(drift.differences.isEmpty());
    QCOMPARE(Models::toString(drift.toGateResult().outcome), Models::toString(Models::GateResult::Outcome::Unknown));
}

void TestDrift::commandLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("unreachableEstate");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("output");

    QTest::newRow("no drift") << QStringList{QStringLiteral("--from"), QStringLiteral("production-eu"),
                                             QStringLiteral("--to"), QStringLiteral("production-us")}
                              << false << 0 << QStringLiteral("No unexplained module drift");
    QTest::newRow("drift listed") << QStringList{QStringLiteral("--from"), QStringLiteral("staging"),
                                                 QStringLiteral("--to"), QStringLiteral("production-eu")}
                                  << false << 1 << QStringLiteral("staging runs stock 17.0.1.3 but production-eu 17.0.1.1");
    QTest::newRow("explained by the scope, the rest still listed")
        << QStringList{QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
                       QStringLiteral("production-eu"), QStringLiteral("--scope"), QStringLiteral("odoo-stock")}
        << false << 1 << QStringLiteral("production-eu 17.0.1.1 (explained by the change)");
    QTest::newRow("json") << QStringList{QStringLiteral("--from"), QStringLiteral("staging"), QStringLiteral("--to"),
                                         QStringLiteral("production-eu"), QStringLiteral("--format"),
                                         QStringLiteral("json")}
                          << false << 1 << QStringLiteral("\"kind\": \"missing\"");
    QTest::newRow("unknown scope") << QStringList{QStringLiteral("--from"), QStringLiteral("staging"),
                                                  QStringLiteral("--to"), QStringLiteral("production-eu"),
                                                  QStringLiteral("--scope"), QStringLiteral("nothing")}
                                   << false << 2 << QStringLiteral("neither an integration nor a workload");
    QTest::newRow("missing --to") << QStringList{QStringLiteral("--from"), QStringLiteral("staging")} << false << 2
                                  << QStringLiteral("usage: gatehouse drift");
    QTest::newRow("database unreachable") << QStringList{QStringLiteral("--from"), QStringLiteral("staging"),
                                                         QStringLiteral("--to"), QStringLiteral("production-eu")}
                                          << true << 3 << QStringLiteral("Cannot read the Odoo database 127.0.0.1:");
}

void TestDrift::commandLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, unreachableEstate);
    QFETCH(int, exitCode);
    QFETCH(QString, output);

    QProcess gatehouse;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    gatehouse.setProcessEnvironment(env);
    gatehouse.start(QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehouse"),
                    QStringList{QStringLiteral("drift"), QStringLiteral("--estate"),
                                unreachableEstate ? m_brokenEstateDir : m_estateDir}
                        + arguments);
    QVERIFY(gatehouse.waitForFinished(60000));
    const QString out = QString::fromUtf8(gatehouse.readAllStandardOutput());
    const QString err = QString::fromUtf8(gatehouse.readAllStandardError());
    QCOMPARE(gatehouse.exitStatus(), QProcess::NormalExit);
    QVERIFY2(gatehouse.exitCode() == exitCode, qPrintable(out + err));
    QVERIFY2(out.contains(output) || err.contains(output), qPrintable(out + err));
}

QTEST_GUILESS_MAIN(TestDrift)
#include "tst_drift.moc"
