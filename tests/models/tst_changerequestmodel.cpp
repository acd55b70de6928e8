#include "models/changerequestmodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace Gatehouse::Models;

namespace {

ChangeRequest change(qint64 id, const QString &title, ChangeState state = ChangeState::Draft)
{
    ChangeRequest c;
    c.id = id;
    c.title = title;
    c.requester = QStringLiteral("alice");
    c.environment = QStringLiteral("production-eu");
    c.type = ChangeType::Normal;
    c.state = state;
    c.windowStart = QDateTime(QDate(2026, 12, 2), QTime(21, 0), QTimeZone::utc());
    c.windowEnd = QDateTime(QDate(2026, 12, 2), QTime(22, 30), QTimeZone::utc());
    c.windowTimeZone = QStringLiteral("Europe/Amsterdam");
    c.createdAt = QDateTime(QDate(2026, 11, 20), QTime(9, 0), QTimeZone::utc());
    return c;
}

QList<qint64> ids(const ChangeRequestModel &model)
{
    QList<qint64> result;
    for (int row = 0; row < model.rowCount(); ++row)
        result << model.index(row, 0).data(ChangeRequestModel::ChangeIdRole).toLongLong();
    return result;
}

} // namespace

class TestChangeRequestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void windowText_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<QDateTime>("end");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QString>("text");

        const auto utc = [](int d, int h, int m) {
            return QDateTime(QDate(2026, 12, d), QTime(h, m), QTimeZone::utc());
        };
        QTest::newRow("Amsterdam") << utc(2, 21, 0) << utc(2, 22, 30) << QStringLiteral("Europe/Amsterdam")
                                   << QStringLiteral("2026-12-02 22:00\u201323:30 Europe/Amsterdam");
        QTest::newRow("Chicago") << utc(3, 4, 0) << utc(3, 5, 0) << QStringLiteral("America/Chicago")
                                 << QStringLiteral("2026-12-02 22:00\u201323:00 America/Chicago");
        QTest::newRow("past midnight") << utc(2, 22, 0) << utc(3, 1, 0) << QStringLiteral("Europe/Amsterdam")
                                       << QStringLiteral("2026-12-02 23:00\u20132026-12-03 02:00 Europe/Amsterdam");
        QTest::newRow("no zone: UTC") << utc(2, 21, 0) << utc(2, 22, 30) << QString()
                                      << QStringLiteral("2026-12-02 21:00\u201322:30 UTC");
        QTest::newRow("no window") << QDateTime() << QDateTime() << QStringLiteral("Europe/Amsterdam") << QString();
    }

    void windowText()
    {
        QFETCH(QDateTime, start);
        QFETCH(QDateTime, end);
        QFETCH(QString, zone);
        QFETCH(QString, text);
        ChangeRequest c = change(1, QStringLiteral("t"));
        c.windowStart = start;
        c.windowEnd = end;
        c.windowTimeZone = zone;
        QCOMPARE(ChangeRequestModel::windowText(c), text);

        ChangeRequestModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges({c});
        QCOMPARE(model.index(0, ChangeRequestModel::WindowColumn).data().toString(), text);
        QCOMPARE(model.index(0, 0).data(ChangeRequestModel::WindowStartRole).toDateTime(), start);
    }

    void columns_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");

        QTest::newRow("id") << int(ChangeRequestModel::IdColumn) << QStringLiteral("7");
        QTest::newRow("title") << int(ChangeRequestModel::TitleColumn) << QStringLiteral("Upgrade stock");
        QTest::newRow("environment") << int(ChangeRequestModel::EnvironmentColumn) << QStringLiteral("production-eu");
        QTest::newRow("type") << int(ChangeRequestModel::TypeColumn) << QStringLiteral("Normal");
        QTest::newRow("state") << int(ChangeRequestModel::StateColumn) << QStringLiteral("In progress");
        QTest::newRow("requester") << int(ChangeRequestModel::RequesterColumn) << QStringLiteral("alice");
    }

    void columns()
    {
        QFETCH(int, column);
        QFETCH(QString, text);
        ChangeRequestModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges({change(7, QStringLiteral("Upgrade stock"), ChangeState::InProgress)});
        QCOMPARE(model.index(0, column).data().toString(), text);
        QCOMPARE(model.index(0, 0).data(ChangeRequestModel::StateRole).toInt(), int(ChangeState::InProgress));
        QCOMPARE(model.changeAt(0)->title, QStringLiteral("Upgrade stock"));
        QVERIFY(!model.changeAt(1));
        QVERIFY(!model.changeAt(-1));
        QCOMPARE(model.rowOf(7), 0);
        QCOMPARE(model.rowOf(8), -1);
    }

    void incrementalUpdate_data()
    {
        QTest::addColumn<QList<qint64>>("before");
        QTest::addColumn<QList<qint64>>("after");
        QTest::addColumn<QList<qint64>>("renamed");  // ids whose title changes
        QTest::addColumn<QList<qint64>>("expected"); // row order afterwards
        QTest::addColumn<int>("inserted");
        QTest::addColumn<int>("removed");
        QTest::addColumn<int>("changedRows");

        using L = QList<qint64>;
        QTest::newRow("first fill") << L{} << L{1, 2, 3} << L{} << L{1, 2, 3} << 3 << 0 << 0;
        QTest::newRow("unchanged") << L{1, 2, 3} << L{1, 2, 3} << L{} << L{1, 2, 3} << 0 << 0 << 0;
        QTest::newRow("one new") << L{1, 2} << L{1, 2, 3} << L{} << L{1, 2, 3} << 1 << 0 << 0;
        QTest::newRow("one changed") << L{1, 2, 3} << L{1, 2, 3} << L{2} << L{1, 2, 3} << 0 << 0 << 1;
        QTest::newRow("one gone") << L{1, 2, 3} << L{1, 3} << L{} << L{1, 3} << 0 << 1 << 0;
        QTest::newRow("all at once") << L{1, 2, 3, 4} << L{5, 4, 1} << L{4} << L{1, 4, 5} << 1 << 2 << 1;
        QTest::newRow("all gone") << L{1, 2} << L{} << L{} << L{} << 0 << 2 << 0;
    }

    void incrementalUpdate()
    {
        QFETCH(QList<qint64>, before);
        QFETCH(QList<qint64>, after);
        QFETCH(QList<qint64>, renamed);
        QFETCH(QList<qint64>, expected);
        QFETCH(int, inserted);
        QFETCH(int, removed);
        QFETCH(int, changedRows);

        ChangeRequestModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<ChangeRequest> initial;
        for (qint64 id : before)
            initial << change(id, QStringLiteral("change %1").arg(id));
        model.setChanges(initial);

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        QList<ChangeRequest> next;
        for (qint64 id : after) {
            next << change(
                id, renamed.contains(id) ? QStringLiteral("renamed %1").arg(id) : QStringLiteral("change %1").arg(id));
        }
        model.setChanges(next);

        QCOMPARE(resets.count(), 0);
        QCOMPARE(ids(model), expected);
        auto rowsIn = [](const QSignalSpy &spy, int first, int last) {
            int total = 0;
            for (const QList<QVariant> &args : spy)
                total += args.at(last).toInt() - args.at(first).toInt() + 1;
            return total;
        };
        QCOMPARE(rowsIn(inserts, 1, 2), inserted);
        QCOMPARE(rowsIn(removes, 1, 2), removed);
        int changed = 0;
        for (const QList<QVariant> &args : changes)
            changed += args.at(1).toModelIndex().row() - args.at(0).toModelIndex().row() + 1;
        QCOMPARE(changed, changedRows);
        for (qint64 id : renamed)
            QCOMPARE(model.changeAt(model.rowOf(id))->title, QStringLiteral("renamed %1").arg(id));
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.rowOf(model.changeAt(row)->id), row);
    }

    void upsert()
    {
        ChangeRequestModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChanges({change(1, QStringLiteral("one")), change(2, QStringLiteral("two"))});
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        model.upsert(change(3, QStringLiteral("three")));
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(model.rowOf(3), 2);

        model.upsert(change(1, QStringLiteral("one"), ChangeState::Approved));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(changes.first().at(0).toModelIndex().row(), 0);
        QCOMPARE(model.index(0, ChangeRequestModel::StateColumn).data().toString(), QStringLiteral("Approved"));

        model.upsert(change(1, QStringLiteral("one"), ChangeState::Approved)); // no difference, no signal
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.rowCount(), 3);
    }

    void twentyThousandRows()
    {
        ChangeRequestModel model;
        QList<ChangeRequest> all;
        all.reserve(20000);
        for (qint64 id = 1; id <= 20000; ++id)
            all << change(id, QStringLiteral("change %1").arg(id));
        QElapsedTimer timer;
        timer.start();
        model.setChanges(all);
        all[10000].state = ChangeState::Approved;
        all.removeAt(5000);
        all << change(20001, QStringLiteral("new"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setChanges(all);
        const qint64 ms = timer.elapsed();
        QCOMPARE(resets.count(), 0);
        QCOMPARE(changes.count(), 1);
        QCOMPARE(model.rowCount(), 20000);
        QCOMPARE(model.rowOf(20001), 19999);
        QCOMPARE(toString(model.changeAt(model.rowOf(10001))->state), toString(ChangeState::Approved));
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms)));
    }
};

QTEST_GUILESS_MAIN(TestChangeRequestModel)
#include "tst_changerequestmodel.moc"
