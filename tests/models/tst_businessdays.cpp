// Business-day arithmetic with hand-computed 2027 dates.

#include "models/businessdays.h"

#include <QTest>

using Gatehouse::Models::BusinessDays;

namespace {
QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}
} // namespace

class TestBusinessDays : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void periods_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("period");
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::newRow("month") << d(2027, 2, 14) << int(BusinessDays::Period::Month) << d(2027, 2, 1) << d(2027, 2, 28);
        QTest::newRow("quarter") << d(2027, 5, 14) << int(BusinessDays::Period::Quarter) << d(2027, 4, 1) << d(2027, 6, 30);
        QTest::newRow("year") << d(2027, 5, 14) << int(BusinessDays::Period::Year) << d(2027, 1, 1) << d(2027, 12, 31);
    }

    void periods()
    {
        QFETCH(QDate, date);
        QFETCH(int, period);
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QCOMPARE(BusinessDays::periodStart(date, BusinessDays::Period(period)), start);
        QCOMPARE(BusinessDays::periodEnd(date, BusinessDays::Period(period)), end);
    }

    void lastAndFirst_data()
    {
        QTest::addColumn<QList<QDate>>("holidays");
        QTest::addColumn<QDate>("month");
        QTest::addColumn<QList<QDate>>("last2");
        QTest::addColumn<QList<QDate>>("first3OfNext");
        // January 2027 ends on a Sunday.
        QTest::newRow("weekend end") << QList<QDate>{} << d(2027, 1, 1) << QList<QDate>{d(2027, 1, 28), d(2027, 1, 29)}
                                     << QList<QDate>{d(2027, 2, 1), d(2027, 2, 2), d(2027, 2, 3)};
        // Memorial Day, Monday 31 May 2027.
        QTest::newRow("holiday on last day") << QList<QDate>{d(2027, 5, 31)} << d(2027, 5, 1)
                                             << QList<QDate>{d(2027, 5, 27), d(2027, 5, 28)}
                                             << QList<QDate>{d(2027, 6, 1), d(2027, 6, 2), d(2027, 6, 3)};
        // New Year's Day 2027 is a Friday.
        QTest::newRow("holiday on first day") << QList<QDate>{d(2027, 1, 1)} << d(2026, 12, 1)
                                              << QList<QDate>{d(2026, 12, 30), d(2026, 12, 31)}
                                              << QList<QDate>{d(2027, 1, 4), d(2027, 1, 5), d(2027, 1, 6)};
    }

    void lastAndFirst()
    {
        QFETCH(QList<QDate>, holidays);
        QFETCH(QDate, month);
        QFETCH(QList<QDate>, last2);
        QFETCH(QList<QDate>, first3OfNext);
        const BusinessDays days(QSet<QDate>(holidays.cbegin(), holidays.cend()));
        QCOMPARE(days.lastBusinessDays(month, BusinessDays::Period::Month, 2), last2);
        QCOMPARE(days.firstBusinessDays(month.addMonths(1), BusinessDays::Period::Month, 3), first3OfNext);
    }

    void beforeQuarterEnd()
    {
        // Q1 2027 with Good Friday (26 Mar) and Easter Monday (29 Mar): the last business
        // day is Wed 31 March; 2 before it is Thu 25 March.
        const BusinessDays days({d(2027, 3, 26), d(2027, 3, 29)});
        QCOMPARE(days.businessDaysBeforeEnd(d(2027, 2, 10), BusinessDays::Period::Quarter, 0), d(2027, 3, 31));
        QCOMPARE(days.businessDaysBeforeEnd(d(2027, 2, 10), BusinessDays::Period::Quarter, 2), d(2027, 3, 25));
        QCOMPARE(days.addBusinessDays(d(2027, 3, 25), 1), d(2027, 3, 30));
        QCOMPARE(days.addBusinessDays(d(2027, 3, 30), -1), d(2027, 3, 25));
        QCOMPARE(days.addBusinessDays(d(2027, 3, 27), 0), d(2027, 3, 30)); // Saturday → next business day
        QVERIFY(!days.isBusinessDay(d(2027, 3, 29)));
        QVERIFY(days.isBusinessDay(d(2027, 3, 30)));
    }
};

QTEST_GUILESS_MAIN(TestBusinessDays)
#include "tst_businessdays.moc"
