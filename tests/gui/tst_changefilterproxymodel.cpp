#include "models/changerequestmodel.h"
#include "ui/changefilterproxymodel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QTimeZone>

using namespace Gatehouse;
using Models::ChangeRequest;
using Models::ChangeRequestModel;

namespace {

ChangeRequest change(qint64 id, const QString &title, const QDateTime &start, const QString &zone)
{
    ChangeRequest c;
    c.id = id;
    c.title = title;
    c.environment = QStringLiteral("production-eu");
    c.requester = QStringLiteral("alice");
    c.windowStart = start.toUTC();
    c.windowEnd = start.toUTC().addSecs(3600);
    c.windowTimeZone = zone;
    c.createdAt = QDateTime(QDate(2026, 11, 1), QTime(9, 0), QTimeZone::utc());
    return c;
}

QStringList titlesInOrder(const QAbstractItemModel &model)
{
    QStringList titles;
    for (int row = 0; row < model.rowCount(); ++row)
        titles << model.index(row, ChangeRequestModel::TitleColumn).data().toString();
    return titles;
}

} // namespace

class TestChangeFilterProxyModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sortsWindowsChronologicallyAcrossZones();
    void filters_data();
    void filters();
};

void TestChangeFilterProxyModel::sortsWindowsChronologicallyAcrossZones()
{
    ChangeRequestModel source;
    Ui::ChangeFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    // 22:00 in Chicago is 05:00 the next day in Amsterdam: later than 23:00 Amsterdam,
    // although the local clock reads earlier.
    const QTimeZone chicago("America/Chicago");
    const QTimeZone amsterdam("Europe/Amsterdam");
    source.setChanges({
        change(1, QStringLiteral("EDI gateway upgrade"), QDateTime(QDate(2026, 12, 2), QTime(22, 0), chicago),
               QStringLiteral("America/Chicago")),
        change(2, QStringLiteral("Stock module patch"), QDateTime(QDate(2026, 12, 2), QTime(23, 0), amsterdam),
               QStringLiteral("Europe/Amsterdam")),
        change(3, QStringLiteral("Carrier label fix"), QDateTime(QDate(2026, 12, 2), QTime(8, 0), amsterdam),
               QStringLiteral("Europe/Amsterdam")),
    });
    proxy.sort(ChangeRequestModel::WindowColumn, Qt::AscendingOrder);
    QCOMPARE(titlesInOrder(proxy),
             (QStringList{QStringLiteral("Carrier label fix"), QStringLiteral("Stock module patch"),
                          QStringLiteral("EDI gateway upgrade")}));
    proxy.sort(ChangeRequestModel::WindowColumn, Qt::DescendingOrder);
    QCOMPARE(titlesInOrder(proxy).constFirst(), QStringLiteral("EDI gateway upgrade"));

    // A new change arrives while sorted: it lands in its place.
    source.upsert(change(4, QStringLiteral("Portal hotfix"), QDateTime(QDate(2026, 12, 3), QTime(6, 0), amsterdam),
                         QStringLiteral("Europe/Amsterdam")));
    QCOMPARE(titlesInOrder(proxy).constFirst(), QStringLiteral("Portal hotfix"));
}

void TestChangeFilterProxyModel::filters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("title word, any case")
        << QStringLiteral("edi") << QStringList{QStringLiteral("EDI gateway upgrade")};
    QTest::newRow("time zone") << QStringLiteral("chicago") << QStringList{QStringLiteral("EDI gateway upgrade")};
    QTest::newRow("environment") << QStringLiteral(
        "production-eu") << QStringList{QStringLiteral("EDI gateway upgrade"), QStringLiteral("Stock module patch")};
    QTest::newRow("nothing") << QStringLiteral("no such change") << QStringList{};
}

void TestChangeFilterProxyModel::filters()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    ChangeRequestModel source;
    Ui::ChangeFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&source);
    source.setChanges({
        change(1, QStringLiteral("EDI gateway upgrade"),
               QDateTime(QDate(2026, 12, 2), QTime(22, 0), QTimeZone("America/Chicago")),
               QStringLiteral("America/Chicago")),
        change(2, QStringLiteral("Stock module patch"),
               QDateTime(QDate(2026, 12, 2), QTime(23, 0), QTimeZone("Europe/Amsterdam")),
               QStringLiteral("Europe/Amsterdam")),
    });
    proxy.setFilterFixedString(text);
    proxy.sort(ChangeRequestModel::TitleColumn);
    QCOMPARE(titlesInOrder(proxy), expected);
}

QTEST_GUILESS_MAIN(TestChangeFilterProxyModel)
#include "tst_changefilterproxymodel.moc"
