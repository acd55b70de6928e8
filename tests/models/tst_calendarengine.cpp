// The calendar engine against hand-computed 2027 dates: daylight-saving changes in
// Amsterdam, Chicago and Singapore, all-day events, and the demo estate's rules.

#include "models/calendarengine.h"
#include "services/estateloader.h"

#include <QTest>

using namespace Gatehouse::Models;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

EstatePtr demoEstate()
{
    static EstatePtr estate = [] {
        const auto result = Gatehouse::Services::EstateLoader::loadFolder(
            QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"));
        return result.estate;
    }();
    return estate;
}

TimeRule rule(const QString &rrule, QTime start, qint64 seconds, const QString &zone, QDate first = QDate(2027, 1, 1))
{
    TimeRule r;
    r.name = QStringLiteral("r");
    r.rrule = rrule;
    r.startDate = first;
    r.startTime = start;
    r.durationSeconds = seconds;
    r.timeZone = zone;
    return r;
}

QList<CalendarInterval> named(const QList<CalendarInterval> &all, BandKind kind, const QString &name,
                              const QString &owner = {})
{
    QList<CalendarInterval> result;
    for (const CalendarInterval &i : all) {
        if (i.kind == kind && i.name == name && (owner.isEmpty() || i.owner == owner))
            result.append(i);
    }
    return result;
}

} // namespace

class TestCalendarEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(demoEstate());
    }

    void daylightSaving_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QTime>("localStart");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDateTime>("expectedStart");
        QTest::addColumn<QDateTime>("expectedEnd");

        const QString ams = QStringLiteral("Europe/Amsterdam");
        const QString chi = QStringLiteral("America/Chicago");
        const QString sgp = QStringLiteral("Asia/Singapore");
        // Amsterdam springs forward on Sunday 28 March 2027 at 02:00 → 03:00.
        QTest::newRow("ams day before spring") << ams << QTime(2, 30) << QDate(2027, 3, 27) << utc("2027-03-27T01:30:00") << utc("2027-03-27T02:30:00");
        QTest::newRow("ams gap reads old offset") << ams << QTime(2, 30) << QDate(2027, 3, 28) << utc("2027-03-28T01:30:00") << utc("2027-03-28T02:30:00");
        QTest::newRow("ams day after spring") << ams << QTime(2, 30) << QDate(2027, 3, 29) << utc("2027-03-29T00:30:00") << utc("2027-03-29T01:30:00");
        QTest::newRow("ams evening before") << ams << QTime(22, 0) << QDate(2027, 3, 27) << utc("2027-03-27T21:00:00") << utc("2027-03-27T22:00:00");
        QTest::newRow("ams evening of change") << ams << QTime(22, 0) << QDate(2027, 3, 28) << utc("2027-03-28T20:00:00") << utc("2027-03-28T21:00:00");
        // … and falls back on Sunday 31 October 2027 at 03:00 → 02:00: 02:30 happens twice.
        QTest::newRow("ams autumn before") << ams << QTime(2, 30) << QDate(2027, 10, 30) << utc("2027-10-30T00:30:00") << utc("2027-10-30T01:30:00");
        QTest::newRow("ams ambiguous takes first") << ams << QTime(2, 30) << QDate(2027, 10, 31) << utc("2027-10-31T00:30:00") << utc("2027-10-31T01:30:00");
        QTest::newRow("ams autumn after") << ams << QTime(2, 30) << QDate(2027, 11, 1) << utc("2027-11-01T01:30:00") << utc("2027-11-01T02:30:00");
        // Chicago springs forward on Sunday 14 March 2027, falls back on Sunday 7 November.
        QTest::newRow("chi day before spring") << chi << QTime(2, 30) << QDate(2027, 3, 13) << utc("2027-03-13T08:30:00") << utc("2027-03-13T09:30:00");
        QTest::newRow("chi gap reads old offset") << chi << QTime(2, 30) << QDate(2027, 3, 14) << utc("2027-03-14T08:30:00") << utc("2027-03-14T09:30:00");
        QTest::newRow("chi day after spring") << chi << QTime(2, 30) << QDate(2027, 3, 15) << utc("2027-03-15T07:30:00") << utc("2027-03-15T08:30:00");
        QTest::newRow("chi 22:00 CST") << chi << QTime(22, 0) << QDate(2027, 3, 13) << utc("2027-03-14T04:00:00") << utc("2027-03-14T05:00:00");
        QTest::newRow("chi 22:00 CDT") << chi << QTime(22, 0) << QDate(2027, 3, 14) << utc("2027-03-15T03:00:00") << utc("2027-03-15T04:00:00");
        QTest::newRow("chi autumn before") << chi << QTime(1, 30) << QDate(2027, 11, 6) << utc("2027-11-06T06:30:00") << utc("2027-11-06T07:30:00");
        QTest::newRow("chi ambiguous takes first") << chi << QTime(1, 30) << QDate(2027, 11, 7) << utc("2027-11-07T06:30:00") << utc("2027-11-07T07:30:00");
        QTest::newRow("chi autumn after") << chi << QTime(1, 30) << QDate(2027, 11, 8) << utc("2027-11-08T07:30:00") << utc("2027-11-08T08:30:00");
        // Singapore has no daylight-saving time: 09:00 is 01:00 UTC all year.
        QTest::newRow("sgp march") << sgp << QTime(9, 0) << QDate(2027, 3, 28) << utc("2027-03-28T01:00:00") << utc("2027-03-28T02:00:00");
        QTest::newRow("sgp november") << sgp << QTime(9, 0) << QDate(2027, 11, 7) << utc("2027-11-07T01:00:00") << utc("2027-11-07T02:00:00");
    }

    void daylightSaving()
    {
        QFETCH(QString, zone);
        QFETCH(QTime, localStart);
        QFETCH(QDate, day);
        QFETCH(QDateTime, expectedStart);
        QFETCH(QDateTime, expectedEnd);
        const TimeRule daily = rule(QStringLiteral("FREQ=DAILY"), localStart, 3600, zone);
        const QDateTime dayStart(day.addDays(-1), QTime(12, 0), Qt::UTC);
        const auto spans = CalendarEngine::occurrences(daily, QStringLiteral("UTC"), dayStart, dayStart.addDays(2));
        bool found = false;
        for (const auto &[start, end] : spans) {
            if (start == expectedStart) {
                QCOMPARE(end, expectedEnd);
                found = true;
            }
        }
        QVERIFY2(found, qPrintable(QStringLiteral("no occurrence at ") + expectedStart.toString(Qt::ISODate)));
    }

    void allDayFollowsLocalMidnight_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDateTime>("expectedStart");
        QTest::addColumn<QDateTime>("expectedEnd");
        // The spring-forward day is 23 hours long, the fall-back day 25.
        QTest::newRow("ams spring 23h") << QStringLiteral("Europe/Amsterdam") << QDate(2027, 3, 28) << utc("2027-03-27T23:00:00") << utc("2027-03-28T22:00:00");
        QTest::newRow("ams autumn 25h") << QStringLiteral("Europe/Amsterdam") << QDate(2027, 10, 31) << utc("2027-10-30T22:00:00") << utc("2027-10-31T23:00:00");
        QTest::newRow("chi spring") << QStringLiteral("America/Chicago") << QDate(2027, 3, 14) << utc("2027-03-14T06:00:00") << utc("2027-03-15T05:00:00");
        QTest::newRow("sgp") << QStringLiteral("Asia/Singapore") << QDate(2027, 3, 14) << utc("2027-03-13T16:00:00") << utc("2027-03-14T16:00:00");
    }

    void allDayFollowsLocalMidnight()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, day);
        QFETCH(QDateTime, expectedStart);
        QFETCH(QDateTime, expectedEnd);
        TimeRule r = rule(QString(), QTime(), 86400, zone, day);
        r.allDay = true;
        const auto spans = CalendarEngine::occurrences(r, QStringLiteral("UTC"), utc("2027-01-01T00:00:00"),
                                                       utc("2028-01-01T00:00:00"));
        QCOMPARE(spans.size(), 1);
        QCOMPARE(spans.first().first, expectedStart);
        QCOMPARE(spans.first().second, expectedEnd);
        // A whole-day duration on a timed rule is nominal too: 00:00 + P1D ends at the next midnight.
        const TimeRule timed = rule(QString(), QTime(0, 0), 86400, zone, day);
        const auto nominal = CalendarEngine::occurrences(timed, QStringLiteral("UTC"), utc("2027-01-01T00:00:00"),
                                                         utc("2028-01-01T00:00:00"));
        QCOMPARE(nominal.value(0).second, expectedEnd);
    }

    void skippingAheadMatchesFullIteration()
    {
        // Expanding a late range must give exactly what iterating from DTSTART gives.
        const QList<TimeRule> rules = {
            rule(QStringLiteral("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR"), QTime(7, 0), 9000, QStringLiteral("Europe/Amsterdam"), QDate(2026, 1, 1)),
            rule(QStringLiteral("FREQ=WEEKLY;BYDAY=TU,TH"), QTime(13, 30), 7200, QStringLiteral("America/Chicago"), QDate(2026, 1, 1)),
            rule(QStringLiteral("FREQ=MONTHLY;BYDAY=1SU"), QTime(2, 0), 14400, QStringLiteral("Europe/Amsterdam"), QDate(2026, 1, 1)),
            rule(QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=-1"), QTime(23, 0), 3600, QStringLiteral("Asia/Singapore"), QDate(2026, 1, 1)),
            rule(QStringLiteral("FREQ=HOURLY;INTERVAL=2;BYHOUR=8,10,12,14,16,18"), QTime(8, 0), 900, QStringLiteral("Europe/Berlin"), QDate(2026, 1, 1)),
            rule(QStringLiteral("FREQ=MONTHLY;INTERVAL=3;BYDAY=-1SA"), QTime(0, 0), 86400, QStringLiteral("America/Chicago"), QDate(2026, 3, 1)),
        };
        const QDateTime from = utc("2027-09-20T00:00:00");
        const QDateTime to = utc("2027-12-10T00:00:00");
        for (const TimeRule &r : rules) {
            const auto late = CalendarEngine::occurrences(r, QStringLiteral("UTC"), from, to);
            const auto all = CalendarEngine::occurrences(r, QStringLiteral("UTC"), utc("2026-01-01T00:00:00"), to);
            QList<QPair<QDateTime, QDateTime>> filtered;
            for (const auto &span : all) {
                if (span.second > from)
                    filtered.append(span);
            }
            QVERIFY2(!late.isEmpty(), qPrintable(r.rrule));
            QCOMPARE(late, filtered);
        }
    }

    void exceptionsAndExtraDates()
    {
        TimeRule r = rule(QStringLiteral("FREQ=WEEKLY;BYDAY=MO"), QTime(9, 0), 3600, QStringLiteral("Europe/Amsterdam"),
                          QDate(2027, 3, 1));
        const QList<QDateTime> exceptions = {QDateTime(QDate(2027, 3, 8), QTime(9, 0), Qt::UTC)};
        const QList<QDateTime> extra = {QDateTime(QDate(2027, 3, 10), QTime(9, 0), Qt::UTC)};
        const auto spans = CalendarEngine::occurrences(r, QString(), utc("2027-03-01T00:00:00"),
                                                       utc("2027-03-16T00:00:00"), exceptions, extra);
        QList<QDateTime> starts;
        for (const auto &s : spans)
            starts.append(s.first);
        QCOMPARE(starts, (QList<QDateTime>{utc("2027-03-01T08:00:00"), utc("2027-03-10T08:00:00"), utc("2027-03-15T08:00:00")}));
    }

    void demoPartnerSlotsInTheirZones_data()
    {
        QTest::addColumn<QString>("partner");
        QTest::addColumn<QString>("slot");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("expectedStart");
        QTest::addColumn<QDateTime>("expectedEnd");
        // ACME's purchase orders at 22:00 Chicago: 04:00 UTC in winter, 03:00 UTC in summer.
        QTest::newRow("acme po-850 CST") << "acme-retail" << "po-850" << utc("2027-03-05T12:00:00") << utc("2027-03-06T04:00:00") << utc("2027-03-06T04:45:00");
        QTest::newRow("acme po-850 CDT") << "acme-retail" << "po-850" << utc("2027-03-15T12:00:00") << utc("2027-03-16T03:00:00") << utc("2027-03-16T03:45:00");
        // Initech's month-end statement at 23:00 Singapore on the last day of February.
        QTest::newRow("initech month end") << "initech-wholesale" << "month-end-statement" << utc("2027-02-27T00:00:00") << utc("2027-02-28T15:00:00") << utc("2027-02-28T16:00:00");
        // Globex's orders at 05:30 Berlin (Monday 29 March 2027, CEST).
        QTest::newRow("globex orders CEST") << "globex-foods" << "orders" << utc("2027-03-29T00:00:00") << utc("2027-03-29T03:30:00") << utc("2027-03-29T04:00:00");
    }

    void demoPartnerSlotsInTheirZones()
    {
        QFETCH(QString, partner);
        QFETCH(QString, slot);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, expectedStart);
        QFETCH(QDateTime, expectedEnd);
        const CalendarEngine engine(demoEstate());
        CalendarQuery q;
        q.from = from;
        q.to = from.addDays(2);
        q.kinds = {BandKind::PartnerSlot};
        QList<CalendarInterval> found;
        for (const CalendarInterval &i : engine.expand(q)) {
            if (i.partner == partner && i.name == slot)
                found.append(i);
        }
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().start, expectedStart);
        QCOMPARE(found.first().end, expectedEnd);
        QCOMPARE(found.first().owner, QStringLiteral("edi-gateway"));
    }

    void demoBusinessDayCycles_data()
    {
        QTest::addColumn<QString>("cycle");
        QTest::addColumn<QDateTime>("from");
        QTest::addColumn<QDateTime>("expectedStart");
        QTest::addColumn<QDateTime>("expectedEnd");
        // January 2027 ends on a Sunday: Thu 28 + Fri 29 Jan, then Mon 1 – Wed 3 Feb (Amsterdam days).
        QTest::newRow("month-end Jan/Feb") << "month-end-close" << utc("2027-01-20T00:00:00") << utc("2027-01-27T23:00:00") << utc("2027-02-03T23:00:00");
        // Q1 2027 ends after Easter: Easter Monday 29 and Good Friday 26 March are NL holidays, so the
        // last 3 business days are Thu 25, Tue 30, Wed 31 March; the first 5 of Q2 are 1, 2, 5, 6, 7 April.
        QTest::newRow("quarter-end Q1 after Easter") << "quarter-end-close" << utc("2027-03-01T00:00:00") << utc("2027-03-24T23:00:00") << utc("2027-04-07T22:00:00");
        // US close in Chicago days; Memorial Day (Mon 31 May 2027) moves it to Thu 27 + Fri 28 May,
        // then Tue 1 + Wed 2 June.
        QTest::newRow("us month-end Memorial Day") << "us-month-end-close" << utc("2027-05-15T00:00:00") << utc("2027-05-27T05:00:00") << utc("2027-06-03T05:00:00");
        // Year-end: New Year's Day 2028 observed on Fri 31 Dec and Christmas Eve observed on Fri 24 Dec
        // at Chicago: the last 2 business days are Wed 29 + Thu 30 Dec, the first 2 of 2028 Mon 3 + Tue 4 Jan.
        QTest::newRow("us month-end new year") << "us-month-end-close" << utc("2027-12-15T00:00:00") << utc("2027-12-29T06:00:00") << utc("2028-01-05T06:00:00");
    }

    void demoBusinessDayCycles()
    {
        QFETCH(QString, cycle);
        QFETCH(QDateTime, from);
        QFETCH(QDateTime, expectedStart);
        QFETCH(QDateTime, expectedEnd);
        const CalendarEngine engine(demoEstate());
        const auto found = named(engine.expand(from, from.addDays(40)), BandKind::BusinessCycle, cycle);
        QVERIFY(!found.isEmpty());
        QCOMPARE(found.first().start, expectedStart);
        QCOMPARE(found.first().end, expectedEnd);
        QVERIFY(found.first().allDay);
    }

    void demoHolidaysPerSite()
    {
        const CalendarEngine engine(demoEstate());
        CalendarQuery q;
        q.from = utc("2027-03-25T00:00:00");
        q.to = utc("2027-03-31T00:00:00");
        q.kinds = {BandKind::Holiday};
        q.sites = {QStringLiteral("rotterdam")};
        const QList<CalendarInterval> holidays = engine.expand(q);
        QStringList names;
        for (const CalendarInterval &i : holidays) {
            QCOMPARE(i.sites, QStringList{QStringLiteral("rotterdam")});
            names.append(i.name);
        }
        QCOMPARE(names, (QStringList{QStringLiteral("Goede Vrijdag (Good Friday)"), QStringLiteral("Eerste Paasdag (Easter Sunday)"),
                                     QStringLiteral("Tweede Paasdag (Easter Monday)")}));
        // Easter Sunday 2027 is the spring-forward day: 23 hours in Amsterdam.
        QCOMPARE(holidays.at(1).start, utc("2027-03-27T23:00:00"));
        QCOMPARE(holidays.at(1).end, utc("2027-03-28T22:00:00"));
        // King's Day recurs yearly with an EXDATE in 2031 (moved to the 26th).
        const QList<QDate> kingsDays = engine.holidayDates(QStringLiteral("nl-holidays"), QDate(2031, 4, 25), QDate(2031, 4, 28));
        QCOMPARE(kingsDays, QList<QDate>{QDate(2031, 4, 26)});
        // A timed holiday in Chicago time: Christmas Eve 2026 from 13:00 CST.
        CalendarQuery us;
        us.from = utc("2026-12-24T00:00:00");
        us.to = utc("2026-12-25T00:00:00");
        us.kinds = {BandKind::Holiday};
        us.sites = {QStringLiteral("chicago")};
        const auto eve = engine.expand(us);
        QVERIFY(!eve.isEmpty());
        QCOMPARE(eve.first().start, utc("2026-12-24T19:00:00"));
        QVERIFY(!eve.first().allDay);
    }

    void demoFreezes()
    {
        const CalendarEngine engine(demoEstate());
        const auto freezes = named(engine.expand(utc("2026-11-01T00:00:00"), utc("2027-02-01T00:00:00")),
                                   BandKind::Freeze, QStringLiteral("peak-season"));
        QCOMPARE(freezes.size(), 1);
        const CalendarInterval &peak = freezes.first();
        QCOMPARE(peak.start, utc("2026-11-19T23:00:00"));
        QCOMPARE(peak.end, utc("2027-01-04T23:00:00"));
        QVERIFY(peak.allowedChangeTypes == (QList<ChangeType>{ChangeType::Standard, ChangeType::Emergency}));
        QVERIFY(peak.environments.contains(QStringLiteral("production-eu")));
        QVERIFY(peak.environments.contains(QStringLiteral("production-us")));
        QVERIFY(!peak.environments.contains(QStringLiteral("staging")));
    }

    void filters()
    {
        const CalendarEngine engine(demoEstate());
        CalendarQuery q;
        q.from = utc("2027-03-01T00:00:00");
        q.to = utc("2027-03-08T00:00:00");
        q.environments = {QStringLiteral("production-us")};
        const QList<CalendarInterval> us = engine.expand(q);
        QVERIFY(!us.isEmpty());
        for (const CalendarInterval &i : us) {
            QVERIFY2(i.environments.isEmpty() || i.environments.contains(QStringLiteral("production-us")),
                     qPrintable(i.name));
            QVERIFY2(!(i.kind == BandKind::OperatingCycle && i.owner == QStringLiteral("rotterdam")), qPrintable(i.name));
        }
        for (qsizetype i = 1; i < us.size(); ++i)
            QVERIFY(us.at(i - 1).start <= us.at(i).start);
    }
};

QTEST_GUILESS_MAIN(TestCalendarEngine)
#include "tst_calendarengine.moc"
