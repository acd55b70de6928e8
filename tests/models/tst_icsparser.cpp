// The .ics importer: what it reads, where it points for malformed input, and a round
// trip through the writer checked by re-import and by an independent parser.

#include "models/calendarengine.h"
#include "models/icsparser.h"
#include "models/icswriter.h"
#include "services/estateloader.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse::Models;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QByteArray calendar(const QByteArray &body)
{
    return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + body + "END:VCALENDAR\r\n";
}

} // namespace

class TestIcsParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsEventShapes()
    {
        const QByteArray text = calendar(
            "X-WR-CALNAME:Partner slots\r\n"
            "BEGIN:VTIMEZONE\r\nTZID:Central Standard Time\r\nX-LIC-LOCATION:America/Chicago\r\n"
            "BEGIN:STANDARD\r\nDTSTART:19701101T020000\r\nTZOFFSETFROM:-0500\r\nTZOFFSETTO:-0600\r\nEND:STANDARD\r\n"
            "END:VTIMEZONE\r\n"
            "BEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20270101\r\nDTEND;VALUE=DATE:20270102\r\n"
            "SUMMARY:New Year\\, observed\r\nRRULE:FREQ=YEARLY\r\nEXDATE;VALUE=DATE:20280101\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:b\r\nDTSTART;TZID=Central Standard Time:20270305T220000\r\nDURATION:PT45M\r\n"
            "SUMMARY:po-850\r\n"
            "RRULE:FREQ=DAILY;\r\n COUNT=3\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:c\r\nDTSTART:20270305T080000Z\r\nDTEND:20270305T093000Z\r\nSUMMARY:utc\r\n"
            "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\nEND:VEVENT\r\n"
            "BEGIN:VEVENT\r\nUID:d\r\nDTSTART;TZID=/example.org/2027/Europe/Amsterdam:20270328T023000\r\n"
            "DTEND;TZID=Europe/Amsterdam:20270328T040000\r\nSUMMARY:gap\r\nEND:VEVENT\r\n");
        const IcsCalendar parsed = IcsParser::parse(text, QStringLiteral("slots.ics"));
        QVERIFY2(!parsed.hasErrors(), qPrintable(parsed.diagnostics.value(0).toString()));
        QCOMPARE(parsed.name, QStringLiteral("Partner slots"));
        QCOMPARE(parsed.events.size(), 4);

        const CalendarEvent &holiday = parsed.events.at(0);
        QCOMPARE(holiday.summary, QStringLiteral("New Year, observed"));
        QVERIFY(holiday.when.allDay);
        QCOMPARE(holiday.when.durationSeconds, 86400);
        QCOMPARE(holiday.exceptions.size(), 1);
        QCOMPARE(holiday.location.line, 14);
        const auto years = CalendarEngine::occurrences(holiday.when, QStringLiteral("Europe/Amsterdam"),
                                                       utc("2026-06-01T00:00:00"), utc("2030-06-01T00:00:00"),
                                                       holiday.exceptions);
        QCOMPARE(years.size(), 3); // 2027, 2029 and 2030; 2028 is excluded
        QCOMPARE(years.at(0).first, utc("2026-12-31T23:00:00"));

        const CalendarEvent &slot = parsed.events.at(1);
        QCOMPARE(slot.when.timeZone, QStringLiteral("America/Chicago"));
        QCOMPARE(slot.when.rrule, QStringLiteral("FREQ=DAILY;COUNT=3")); // unfolded
        QCOMPARE(slot.when.durationSeconds, 45 * 60);
        const auto slots = CalendarEngine::occurrences(slot.when, QString(), utc("2027-03-01T00:00:00"),
                                                       utc("2027-04-01T00:00:00"));
        QCOMPARE(slots.size(), 3);
        QCOMPARE(slots.at(0).first, utc("2027-03-06T04:00:00"));

        QCOMPARE(parsed.events.at(2).when.timeZone, QStringLiteral("UTC"));
        QCOMPARE(parsed.events.at(2).when.durationSeconds, 5400);
        const CalendarEvent &gap = parsed.events.at(3);
        QCOMPARE(gap.when.timeZone, QStringLiteral("Europe/Amsterdam"));
        // 02:30 does not exist that night: read with the winter offset → 01:30 UTC; ends 04:00 CEST = 02:00 UTC.
        QCOMPARE(gap.when.durationSeconds, 1800);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("not a calendar") << QByteArray("BEGIN:VEVENT\r\nEND:VEVENT\r\n") << 1 << "BEGIN:VCALENDAR";
        QTest::newRow("empty") << QByteArray() << 1 << "empty";
        QTest::newRow("no colon") << calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20270101\r\nSUMMARY oops\r\nEND:VEVENT\r\n") << 7 << "expected ':'";
        QTest::newRow("bad date") << calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:2027-01-01\r\nEND:VEVENT\r\n") << 6 << "DTSTART";
        QTest::newRow("no dtstart") << calendar("BEGIN:VEVENT\r\nUID:x\r\nSUMMARY:x\r\nEND:VEVENT\r\n") << 4 << "DTSTART";
        QTest::newRow("end before start") << calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20270101T100000Z\r\nDTEND:20270101T090000Z\r\nEND:VEVENT\r\n") << 7 << "after DTSTART";
        QTest::newRow("both end and duration") << calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20270101T100000Z\r\nDTEND:20270101T110000Z\r\nDURATION:PT1H\r\nEND:VEVENT\r\n") << 8 << "DURATION";
        QTest::newRow("bad rrule") << calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20270101\r\nRRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\n") << 7 << "RRULE";
        QTest::newRow("unknown zone") << calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Mars/Olympus:20270101T100000\r\nEND:VEVENT\r\n") << 6 << "Mars/Olympus";
        QTest::newRow("bad duration") << calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20270101T100000Z\r\nDURATION:1 hour\r\nEND:VEVENT\r\n") << 7 << "DURATION";
        QTest::newRow("mismatched end") << calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20270101\r\nEND:VTODO\r\n") << 7 << "END:VTODO";
        QTest::newRow("unclosed") << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20270101\r\n") << 3 << "never closed";
    }

    void malformed()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(QString, words);
        const IcsCalendar parsed = IcsParser::parse(text, QStringLiteral("holidays/broken.ics"));
        QVERIFY(parsed.hasErrors());
        const Diagnostic &first = parsed.diagnostics.first();
        QCOMPARE(first.location.file, QStringLiteral("holidays/broken.ics"));
        QCOMPARE(first.location.line, line);
        QVERIFY2(first.message.contains(words), qPrintable(first.message));
    }

    void loaderReportsIcsErrorsWithFileAndLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, const QByteArray &content) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        };
        write(QStringLiteral("estate.yaml"), "apiVersion: gatehouse/v1\nkind: Estate\nmetadata: {name: t}\n"
                                             "spec: {defaultTimeZone: Europe/Amsterdam}\n");
        write(QStringLiteral("calendar.yaml"), "apiVersion: gatehouse/v1\nkind: Calendar\nmetadata: {name: c}\n"
                                               "spec:\n  holidays:\n    - {name: h, ics: h.ics}\n");
        write(QStringLiteral("h.ics"), calendar("BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20271301\r\nEND:VEVENT\r\n"));
        const auto result = Gatehouse::Services::EstateLoader::loadFolder(dir.path());
        QVERIFY(result.hasErrors());
        bool found = false;
        for (const Diagnostic &d : result.diagnostics)
            found = found || (d.location.file == QStringLiteral("h.ics") && d.location.line == 6);
        QVERIFY2(found, qPrintable(result.diagnostics.value(0).toString()));
    }

    void demoHolidaysLoad()
    {
        const auto result = Gatehouse::Services::EstateLoader::loadFolder(
            QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"));
        QVERIFY(!result.hasErrors());
        int events = 0;
        for (const Calendar &c : result.estate->calendars) {
            for (const HolidaySet &set : c.holidays) {
                QVERIFY2(!set.events.isEmpty(), qPrintable(set.name));
                events += int(set.events.size());
            }
        }
        QVERIFY(events > 30);
    }

    void roundTrip()
    {
        const auto loaded = Gatehouse::Services::EstateLoader::loadFolder(
            QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"));
        QVERIFY(loaded.estate);
        const CalendarEngine engine(loaded.estate);
        // A week across the Amsterdam and Chicago spring changes, plus Easter.
        const QList<CalendarInterval> intervals = engine.expand(utc("2027-03-12T00:00:00"), utc("2027-03-30T00:00:00"));
        QVERIFY(intervals.size() > 100);
        const QByteArray ics = IcsWriter::writeIntervals(intervals, QStringLiteral("Northwind business calendar"),
                                                         utc("2027-01-01T00:00:00"));
        for (const QByteArray &line : ics.split('\n'))
            QVERIFY2(line.size() <= 76, line.constData()); // 75 octets + CR

        // Re-import: every event comes back at the same instants.
        const IcsCalendar back = IcsParser::parse(ics, QStringLiteral("export.ics"));
        QVERIFY2(!back.hasErrors(), qPrintable(back.diagnostics.value(0).toString()));
        QCOMPARE(back.events.size(), intervals.size());
        for (qsizetype i = 0; i < intervals.size(); ++i) {
            const CalendarInterval &original = intervals.at(i);
            const auto spans = CalendarEngine::occurrences(back.events.at(i).when, original.timeZone,
                                                           utc("2027-01-01T00:00:00"), utc("2028-01-01T00:00:00"));
            QCOMPARE(spans.size(), 1);
            QCOMPARE(spans.first().first, original.start);
            QCOMPARE(spans.first().second, original.end);
        }

        // An independent parser (python3-icalendar) reads the same events and instants.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("export.ics"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(ics);
        f.close();
        const char *script = R"PY(
import sys, datetime, icalendar
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
zones = [c for c in cal.walk('VTIMEZONE')]
for ev in cal.walk('VEVENT'):
    s = ev.decoded('dtstart'); e = ev.decoded('dtend')
    if isinstance(s, datetime.datetime):
        s = s.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
        e = e.astimezone(datetime.timezone.utc).strftime('%Y-%m-%dT%H:%M:%SZ')
    else:
        s = s.isoformat(); e = e.isoformat()
    print(s, e, str(ev.get('summary')))
print('zones', len(zones))
)PY";
        QProcess python;
        // Debian's interpreter, where python3-icalendar is installed (not a virtualenv's).
        const QString interpreter = QFile::exists(QStringLiteral("/usr/bin/python3")) ? QStringLiteral("/usr/bin/python3")
                                                                                      : QStringLiteral("python3");
        python.start(interpreter, {QStringLiteral("-c"), QString::fromLatin1(script), path});
        QVERIFY(python.waitForFinished(60000));
        QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
        const QStringList lines = QString::fromUtf8(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), intervals.size() + 1);
        QVERIFY(lines.last().startsWith(QStringLiteral("zones ")));
        QVERIFY(lines.last().mid(6).toInt() >= 3); // Amsterdam, Chicago, Singapore, Berlin …
        for (qsizetype i = 0; i < intervals.size(); ++i) {
            const CalendarInterval &original = intervals.at(i);
            const QString line = lines.at(i);
            if (original.allDay) {
                const QDate localStart = original.start.toTimeZone(QTimeZone(original.timeZone.toUtf8())).date();
                QVERIFY2(line.startsWith(localStart.toString(Qt::ISODate)), qPrintable(line));
            } else {
                const QString expected = original.start.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")) + QLatin1Char(' ')
                    + original.end.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'"));
                QVERIFY2(line.startsWith(expected), qPrintable(line + QStringLiteral(" ≠ ") + expected));
            }
        }
    }

    void changeCalendar()
    {
        ChangeRequest change;
        change.id = 42;
        change.title = QStringLiteral("EDI gateway 3.2, new 856 mapping");
        change.environment = QStringLiteral("production-us");
        change.windowStart = utc("2027-03-14T07:00:00");
        change.windowEnd = utc("2027-03-14T09:00:00");
        change.windowTimeZone = QStringLiteral("America/Chicago");
        change.state = ChangeState::Scheduled;
        ChangeRequest unscheduled;
        unscheduled.id = 43;
        const QByteArray ics = IcsWriter::writeChanges({change, unscheduled}, QStringLiteral("Changes"),
                                                       utc("2027-01-01T00:00:00"));
        QVERIFY(ics.contains("DTSTART;TZID=America/Chicago:20270314T010000"));
        QVERIFY(ics.contains("UID:change-42@gatehouse"));
        QVERIFY(!ics.contains("change-43"));
        const IcsCalendar back = IcsParser::parse(ics, QStringLiteral("changes.ics"));
        QVERIFY(!back.hasErrors());
        QCOMPARE(back.events.size(), 1);
        QCOMPARE(back.events.first().summary, QStringLiteral("Change #42: EDI gateway 3.2, new 856 mapping (production-us)"));
        QCOMPARE(back.events.first().when.durationSeconds, 7200);
    }
};

QTEST_GUILESS_MAIN(TestIcsParser)
#include "tst_icsparser.moc"
