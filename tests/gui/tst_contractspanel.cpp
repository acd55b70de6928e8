// The Contracts panel and the drift view offscreen: a database that cannot be reached shows
// every integration as "Unknown" in words (never OK), the panel's model passes
// QAbstractItemModelTester, and a check can be cancelled.

#include "models/estate.h"
#include "services/contractchecker.h"
#include "ui/contractspanel.h"
#include "ui/driftview.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace Gatehouse;

class TestContractsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unreachableIsUnknown();
    void cancel();
    void driftUnreachable();

private:
    Models::EstatePtr m_estate;
};

void TestContractsPanel::initTestCase()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
    const quint16 port = closed.serverPort();
    closed.close();

    auto estate = std::make_shared<Models::Estate>();
    for (const QString &name : {QStringLiteral("staging"), QStringLiteral("production")}) {
        Models::Environment env;
        env.name = name;
        env.odooDatabase.host = QStringLiteral("127.0.0.1");
        env.odooDatabase.port = port;
        env.odooDatabase.name = QStringLiteral("odoo");
        env.odooDatabase.user = QStringLiteral("gatehouse_ro");
        estate->environments.append(env);
    }
    for (const QString &name : {QStringLiteral("edi-gateway"), QStringLiteral("bi-export")}) {
        Models::Integration integration;
        integration.name = name;
        Models::ContractTable table;
        table.name = QStringLiteral("sale_order");
        table.access = QStringLiteral("read");
        table.columns.append(Models::ContractColumn{QStringLiteral("id"), QStringLiteral("integer"), true, {}, {}});
        integration.contract.tables.append(table);
        estate->integrations.append(integration);
    }
    estate->index();
    m_estate = estate;
}

void TestContractsPanel::unreachableIsUnknown()
{
    Ui::ContractsPanel panel;
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setEstate(m_estate);
    panel.setEnvironment(QStringLiteral("staging"));
    QSignalSpy ready(&panel, &Ui::ContractsPanel::reportReady);
    QSignalSpy status(&panel, &Ui::ContractsPanel::contractStatusChanged);
    panel.refresh();
    QVERIFY(panel.isChecking());
    QVERIFY(ready.wait(20000));
    QVERIFY(!panel.isChecking());
    QCOMPARE(panel.model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(panel.model()->index(row, 1).data().toString(), QStringLiteral("Unknown"));
        QVERIFY(!panel.model()->index(row, 1).data(Qt::DecorationRole).isNull());
        const QModelIndex reason = panel.model()->index(0, 0, panel.model()->index(row, 0));
        QVERIFY2(reason.data().toString().contains(QStringLiteral("Cannot read the Odoo database")),
                 qPrintable(reason.data().toString()));
    }
    const auto gates = status.constFirst().constFirst().value<QHash<QString, Models::GateResult>>();
    QCOMPARE(Models::toString(gates.value(QStringLiteral("edi-gateway")).outcome), Models::toString(Models::GateResult::Outcome::Unknown));
}

void TestContractsPanel::cancel()
{
    Ui::ContractsPanel panel;
    panel.setEstate(m_estate);
    panel.setEnvironment(QStringLiteral("staging"));
    QSignalSpy checking(&panel, &Ui::ContractsPanel::checkingChanged);
    QSignalSpy ready(&panel, &Ui::ContractsPanel::reportReady);
    panel.refresh();
    panel.cancel();
    QVERIFY(!panel.isChecking());
    QCOMPARE(checking.size(), 2);
    QVERIFY(!ready.wait(1000)); // the cancelled check's report never lands
    QCOMPARE(panel.model()->rowCount(), 0);
}

void TestContractsPanel::driftUnreachable()
{
    Ui::DriftView view;
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.setEstate(m_estate);
    view.setEnvironments(QStringLiteral("staging"), QStringLiteral("production"));
    QSignalSpy ready(&view, &Ui::DriftView::driftReady);
    view.compare();
    QVERIFY(ready.wait(20000));
    QVERIFY(!view.drift().isReachable());
    QCOMPARE(view.drift().from, QStringLiteral("staging"));
    QCOMPARE(view.drift().to, QStringLiteral("production"));
    QCOMPARE(view.model()->rowCount(), 0);
}

QTEST_MAIN(TestContractsPanel)
#include "tst_contractspanel.moc"
