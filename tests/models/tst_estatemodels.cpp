#include "models/environmentmodel.h"
#include "models/integrationfilterproxymodel.h"
#include "models/integrationmodel.h"
#include "models/sitemodel.h"
#include "testestates.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Gatehouse::Models;

namespace {

QStringList column(const QAbstractItemModel &model, int column, int role = Qt::DisplayRole)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.index(row, column).data(role).toString();
    return values;
}

EstatePtr otherEstate()
{
    Gatehouse::Tests::EstateBuilder b;
    b.add(QStringLiteral("tax-engine"));
    Site singapore;
    singapore.name = QStringLiteral("singapore");
    singapore.timeZone = QStringLiteral("Asia/Singapore");
    b.estate().sites = {singapore};
    return b.build();
}

} // namespace

class TestEstateModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void siteModel_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");

        QTest::newRow("name") << 0 << int(SiteModel::NameColumn) << QStringLiteral("Rotterdam DC");
        QTest::newRow("zone") << 0 << int(SiteModel::TimeZoneColumn) << QStringLiteral("Europe/Amsterdam");
        QTest::newRow("country") << 1 << int(SiteModel::CountryColumn) << QStringLiteral("US");
        QTest::newRow("cycles") << 0 << int(SiteModel::CyclesColumn) << QStringLiteral("2");
    }

    void siteModel()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        SiteModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEstate(Gatehouse::Tests::smallBusiness());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.index(row, column).data().toString(), text);
        QCOMPARE(model.index(1, 0).data(SiteModel::NameRole).toString(), QStringLiteral("chicago"));
        QCOMPARE(model.index(1, 0).data(SiteModel::LocationRole).toString(), QStringLiteral("sites.yaml:12:3"));
        QCOMPARE(model.headerData(SiteModel::TimeZoneColumn, Qt::Horizontal).toString(), QStringLiteral("Time zone"));
    }

    void environmentModel_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");

        QTest::newRow("name") << int(EnvironmentModel::NameColumn) << QStringLiteral("Production US");
        QTest::newRow("tier") << int(EnvironmentModel::TierColumn) << QStringLiteral("Production");
        QTest::newRow("hosting") << int(EnvironmentModel::HostingColumn) << QStringLiteral("Multi-tenant");
        QTest::newRow("sites") << int(EnvironmentModel::SitesColumn) << QStringLiteral("chicago");
        QTest::newRow("namespace") << int(EnvironmentModel::NamespaceColumn) << QStringLiteral("odoo-us");
        QTest::newRow("workloads") << int(EnvironmentModel::WorkloadsColumn) << QStringLiteral("1");
    }

    void environmentModel()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        EnvironmentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEstate(Gatehouse::Tests::smallBusiness());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1, column).data().toString(), text);
        QCOMPARE(model.index(0, 0).data(EnvironmentModel::NameRole).toString(), QStringLiteral("production-eu"));
        QCOMPARE(model.index(0, 0).data(EnvironmentModel::TierRole).toInt(), int(Tier::Production));
        QCOMPARE(model.index(1, 0).data(EnvironmentModel::LocationRole).toString(),
                 QStringLiteral("environments.yaml:30:1"));
    }

    void integrationModel_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");

        QTest::newRow("name") << int(IntegrationModel::NameColumn) << QStringLiteral("EDI gateway");
        QTest::newRow("kind") << int(IntegrationModel::KindColumn) << QStringLiteral("edi");
        QTest::newRow("criticality as text") << int(IntegrationModel::CriticalityColumn) << QStringLiteral("High");
        QTest::newRow("owner") << int(IntegrationModel::OwnerColumn) << QStringLiteral("integration-team");
        QTest::newRow("processes") << int(IntegrationModel::ProcessesColumn) << QStringLiteral("order-to-cash");
        QTest::newRow("depends on") << int(IntegrationModel::DependsOnColumn) << QStringLiteral("1");
    }

    void integrationModel()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        IntegrationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEstate(Gatehouse::Tests::smallBusiness());
        const int row = model.rowOf(QStringLiteral("edi-gateway"));
        QCOMPARE(row, 2);
        QCOMPARE(model.index(row, column).data().toString(), text);
        const QModelIndex index = model.index(row, 0);
        QCOMPARE(index.data(IntegrationModel::NameRole).toString(), QStringLiteral("edi-gateway"));
        QCOMPARE(index.data(IntegrationModel::KindRole).toString(), QStringLiteral("edi"));
        QCOMPARE(index.data(IntegrationModel::CriticalityRole).toInt(), rank(Criticality::High));
        QCOMPARE(index.data(IntegrationModel::OwnerRole).toString(), QStringLiteral("integration-team"));
        QCOMPARE(index.data(IntegrationModel::ProcessesRole).toStringList(),
                 QStringList{QStringLiteral("order-to-cash")});
        QCOMPARE(index.data(IntegrationModel::LocationRole).toString(), QStringLiteral("integrations.yaml:3:3"));
        const QString search = index.data(IntegrationModel::SearchTextRole).toString();
        QVERIFY(search.contains(QLatin1String("edi gateway")));
        QVERIFY(search.contains(QLatin1String("walmart")));
        QCOMPARE(search, search.toLower());
    }

    void setEstateSwapsContents()
    {
        SiteModel sites;
        EnvironmentModel environments;
        IntegrationModel integrations;
        QAbstractItemModelTester t1(&sites, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&environments, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t3(&integrations, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(integrations.rowCount(), 0);

        const EstatePtr first = Gatehouse::Tests::smallBusiness();
        sites.setEstate(first);
        environments.setEstate(first);
        integrations.setEstate(first);
        QCOMPARE(integrations.rowCount(), 4);

        const EstatePtr second = otherEstate();
        sites.setEstate(second);
        environments.setEstate(second);
        integrations.setEstate(second);
        QCOMPARE(column(sites, SiteModel::NameColumn), QStringList{QStringLiteral("singapore")});
        QCOMPARE(environments.rowCount(), 0);
        QCOMPARE(column(integrations, IntegrationModel::NameColumn), QStringList{QStringLiteral("tax-engine")});

        integrations.setEstate(nullptr);
        QCOMPARE(integrations.rowCount(), 0);
    }

    void proxyFilters_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("minimumRank");
        QTest::addColumn<int>("exactRank");
        QTest::addColumn<QStringList>("expected"); // names, sorted by name

        const QStringList all{QStringLiteral("bi-export"), QStringLiteral("edi-gateway"), QStringLiteral("odoo-sale"),
                              QStringLiteral("odoo-stock")};
        QTest::newRow("no filter") << QString() << QString() << -1 << -1 << all;
        QTest::newRow("search edi finds the EDI gateway")
            << QStringLiteral("edi") << QString() << -1 << -1 << QStringList{QStringLiteral("edi-gateway")};
        QTest::newRow("case-insensitive display name")
            << QStringLiteral("EDI Gateway") << QString() << -1 << -1 << QStringList{QStringLiteral("edi-gateway")};
        QTest::newRow("partner name") << QStringLiteral("walmart") << QString() << -1 << -1
                                      << QStringList{QStringLiteral("edi-gateway")};
        QTest::newRow("process") << QStringLiteral("order-to-cash") << QString() << -1 << -1
                                 << QStringList{QStringLiteral("edi-gateway"), QStringLiteral("odoo-sale")};
        QTest::newRow("all words must match")
            << QStringLiteral("order  sales-team") << QString() << -1 << -1 << QStringList{QStringLiteral("odoo-sale")};
        QTest::newRow("no match") << QStringLiteral("edi nothing") << QString() << -1 << -1 << QStringList{};
        QTest::newRow("kind") << QString() << QStringLiteral("odoo-module") << -1 << -1
                              << QStringList{QStringLiteral("odoo-sale"), QStringLiteral("odoo-stock")};
        QTest::newRow("at least high") << QString() << QString() << rank(Criticality::High) << -1
                                       << QStringList{QStringLiteral("edi-gateway"), QStringLiteral("odoo-sale"),
                                                      QStringLiteral("odoo-stock")};
        QTest::newRow("exactly critical") << QString() << QString() << -1 << rank(Criticality::Critical)
                                          << QStringList{QStringLiteral("odoo-sale"), QStringLiteral("odoo-stock")};
        QTest::newRow("exactly low") << QString() << QString() << -1 << rank(Criticality::Low)
                                     << QStringList{QStringLiteral("bi-export")};
        QTest::newRow("combined") << QStringLiteral("odoo") << QStringLiteral("odoo-module") << -1
                                  << rank(Criticality::Critical)
                                  << QStringList{QStringLiteral("odoo-sale"), QStringLiteral("odoo-stock")};
    }

    void proxyFilters()
    {
        QFETCH(QString, search);
        QFETCH(QString, kind);
        QFETCH(int, minimumRank);
        QFETCH(int, exactRank);
        QFETCH(QStringList, expected);

        IntegrationModel model;
        model.setEstate(Gatehouse::Tests::smallBusiness());
        IntegrationFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(IntegrationModel::NameColumn);
        proxy.setSearchText(search);
        proxy.setKindFilter(kind);
        proxy.setMinimumCriticality(minimumRank);
        proxy.setCriticalityFilter(exactRank);
        QStringList got = column(proxy, 0, IntegrationModel::NameRole);
        got.sort();
        QCOMPARE(got, expected);

        // clearing every filter brings everything back
        proxy.setSearchText(QString());
        proxy.setKindFilter(QString());
        proxy.setMinimumCriticality(-1);
        proxy.setCriticalityFilter(-1);
        QCOMPARE(proxy.rowCount(), 4);
    }

    void proxySortsCriticalityByRank()
    {
        IntegrationModel model;
        IntegrationFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        model.setEstate(Gatehouse::Tests::smallBusiness());
        proxy.sort(IntegrationModel::CriticalityColumn, Qt::AscendingOrder);
        // by rank, not alphabetically ("High" < "Low" < ... would be wrong)
        QCOMPARE(column(proxy, IntegrationModel::CriticalityColumn),
                 (QStringList{QStringLiteral("Critical"), QStringLiteral("Critical"), QStringLiteral("High"),
                              QStringLiteral("Low")}));
        proxy.sort(IntegrationModel::CriticalityColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data(IntegrationModel::NameRole).toString(), QStringLiteral("bi-export"));

        // the filter survives a new estate
        proxy.setSearchText(QStringLiteral("tax"));
        model.setEstate(otherEstate());
        QCOMPARE(column(proxy, 0, IntegrationModel::NameRole), QStringList{QStringLiteral("tax-engine")});
    }
};

QTEST_GUILESS_MAIN(TestEstateModels)
#include "tst_estatemodels.moc"
