#include "models/impactanalysis.h"
#include "models/impactmodel.h"
#include "testestates.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Gatehouse::Models;

class TestImpactModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void categories_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("children");

        QTest::newRow("integrations") << int(ImpactModel::IntegrationsCategory) << QStringLiteral("Integrations (3)")
                                      << QStringList{QStringLiteral("odoo-sale"), QStringLiteral("edi-gateway"),
                                                     QStringLiteral("bi-export")};
        QTest::newRow("processes") << int(ImpactModel::ProcessesCategory) << QStringLiteral("Business processes (2)")
                                   << QStringList{QStringLiteral("order-to-cash"), QStringLiteral("reporting")};
        QTest::newRow("partners") << int(ImpactModel::PartnersCategory) << QStringLiteral("Partners (1)")
                                  << QStringList{QStringLiteral("walmart")};
        QTest::newRow("sites") << int(ImpactModel::SitesCategory) << QStringLiteral("Sites (2)")
                               << QStringList{QStringLiteral("chicago"), QStringLiteral("rotterdam")};
        QTest::newRow("environments") << int(ImpactModel::EnvironmentsCategory) << QStringLiteral("Environments (2)")
                                      << QStringList{QStringLiteral("production-eu"), QStringLiteral("production-us")};
    }

    void categories()
    {
        QFETCH(int, category);
        QFETCH(QString, text);
        QFETCH(QStringList, children);

        ImpactModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        model.setReport(ImpactAnalysis(Gatehouse::Tests::smallBusiness()).analyse({QStringLiteral("odoo-sale")}));
        QCOMPARE(model.rowCount(), 5);
        const QModelIndex parent = model.categoryIndex(ImpactModel::Category(category));
        QCOMPARE(parent.data().toString(), text);
        QCOMPARE(parent.data(ImpactModel::CategoryRole).toInt(), category);
        QStringList got;
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex child = model.index(row, ImpactModel::NameColumn, parent);
            QCOMPARE(child.parent(), parent);
            got << child.data(ImpactModel::NameRole).toString();
        }
        QCOMPARE(got, children);
    }

    void rowColumns_data()
    {
        QTest::addColumn<int>("category");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("effect");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("via");
        QTest::addColumn<QStringList>("hops");

        QTest::newRow("failing integration")
            << int(ImpactModel::IntegrationsCategory) << QStringLiteral("edi-gateway") << QStringLiteral("fails")
            << QStringLiteral("odoo-sale \u2192 edi-gateway (sync)") << QString()
            << QStringList{QStringLiteral("odoo-sale"), QStringLiteral("edi-gateway")};
        QTest::newRow("degraded process")
            << int(ImpactModel::ProcessesCategory) << QStringLiteral("reporting") << QStringLiteral("degrades")
            << QStringLiteral("odoo-sale \u2192 bi-export (batch)") << QStringLiteral("bi-export")
            << QStringList{QStringLiteral("odoo-sale"), QStringLiteral("bi-export")};
        QTest::newRow("partner") << int(ImpactModel::PartnersCategory) << QStringLiteral("walmart")
                                 << QStringLiteral("fails") << QStringLiteral("odoo-sale \u2192 edi-gateway (sync)")
                                 << QStringLiteral("edi-gateway")
                                 << QStringList{QStringLiteral("odoo-sale"), QStringLiteral("edi-gateway")};
    }

    void rowColumns()
    {
        QFETCH(int, category);
        QFETCH(QString, name);
        QFETCH(QString, effect);
        QFETCH(QString, path);
        QFETCH(QString, via);
        QFETCH(QStringList, hops);

        ImpactModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReport(ImpactAnalysis(Gatehouse::Tests::smallBusiness()).analyse({QStringLiteral("odoo-sale")}));
        const QModelIndex parent = model.categoryIndex(ImpactModel::Category(category));
        int row = -1;
        for (int r = 0; r < model.rowCount(parent); ++r) {
            if (model.index(r, 0, parent).data(ImpactModel::NameRole).toString() == name)
                row = r;
        }
        QVERIFY2(row >= 0, qPrintable(name));
        QCOMPARE(model.index(row, ImpactModel::NameColumn, parent).data().toString(), name);
        QCOMPARE(model.index(row, ImpactModel::EffectColumn, parent).data().toString(), effect);
        QCOMPARE(model.index(row, ImpactModel::PathColumn, parent).data().toString(), path);
        QCOMPARE(model.index(row, ImpactModel::ViaColumn, parent).data().toString(), via);
        QCOMPARE(model.index(row, 0, parent).data(ImpactModel::PathRole).toStringList(), hops);
        const int kind = model.index(row, 0, parent).data(ImpactModel::ImpactKindRole).toInt();
        QCOMPARE(kind, effect == QLatin1String("fails") ? int(ImpactKind::Fails) : int(ImpactKind::Degrades));
    }

    void replacingTheReport()
    {
        ImpactModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const ImpactAnalysis analysis(Gatehouse::Tests::smallBusiness());
        model.setReport(analysis.analyse({QStringLiteral("odoo-stock")}));
        QCOMPARE(model.rowCount(model.categoryIndex(ImpactModel::IntegrationsCategory)), 4);
        model.setReport(analysis.analyse({QStringLiteral("bi-export")}));
        QCOMPARE(model.rowCount(model.categoryIndex(ImpactModel::IntegrationsCategory)), 1);
        QCOMPARE(model.categoryIndex(ImpactModel::PartnersCategory).data().toString(), QStringLiteral("Partners (0)"));
        model.setReport({});
        for (int c = 0; c < ImpactModel::CategoryCount; ++c)
            QCOMPARE(model.rowCount(model.categoryIndex(ImpactModel::Category(c))), 0);
    }
};

QTEST_GUILESS_MAIN(TestImpactModel)
#include "tst_impactmodel.moc"
