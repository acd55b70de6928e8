#include "models/diagnosticmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Gatehouse::Models;

class TestDiagnosticModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contents_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");

        QTest::newRow("error") << 0 << QStringLiteral("estate/integrations.yaml:12:5") << QStringLiteral("Error")
                               << QStringLiteral("estate/integrations.yaml") << 12 << 5;
        QTest::newRow("warning") << 1 << QStringLiteral("estate/sites.yaml:3:1") << QStringLiteral("Warning")
                                 << QStringLiteral("estate/sites.yaml") << 3 << 1;
        QTest::newRow("whole file") << 2 << QStringLiteral("estate/broken.yaml") << QStringLiteral("Error")
                                    << QStringLiteral("estate/broken.yaml") << 0 << 0;
    }

    void contents()
    {
        QFETCH(int, row);
        QFETCH(QString, location);
        QFETCH(QString, severity);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(int, column);

        DiagnosticModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Diagnostics diagnostics{
            {{QStringLiteral("estate/integrations.yaml"), 12, 5},
             Diagnostic::Severity::Error,
             QStringLiteral("unknown key 'critcality' (did you mean 'criticality'?)")},
            {{QStringLiteral("estate/sites.yaml"), 3, 1}, Diagnostic::Severity::Warning, QStringLiteral("no cycles")},
            {{QStringLiteral("estate/broken.yaml"), 0, 0}, Diagnostic::Severity::Error, QStringLiteral("not YAML")},
        };
        model.setDiagnostics(diagnostics);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(row, DiagnosticModel::LocationColumn).data().toString(), location);
        QCOMPARE(model.index(row, DiagnosticModel::SeverityColumn).data().toString(), severity);
        QCOMPARE(model.index(row, DiagnosticModel::MessageColumn).data().toString(), diagnostics.at(row).message);
        QCOMPARE(model.index(row, 0).data(DiagnosticModel::FileRole).toString(), file);
        QCOMPARE(model.index(row, 0).data(DiagnosticModel::LineRole).toInt(), line);
        QCOMPARE(model.index(row, 0).data(DiagnosticModel::ColumnRole).toInt(), column);

        model.setDiagnostics({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDiagnosticModel)
#include "tst_diagnosticmodel.moc"
