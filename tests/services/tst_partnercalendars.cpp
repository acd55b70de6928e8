// Partner calendars imported from .ics: a partner's `ics:` file in the estate gives
// its transmission slots, which the calendar expands and the conflict check honours;
// a broken or missing file is reported with its location.

#include "models/calendarengine.h"
#include "models/conflictchecker.h"
#include "services/estateloader.h"

#include "partnerestate.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Gatehouse;
using Models::BandKind;
using Models::CalendarInterval;
using Models::Conflict;

namespace {

QDateTime utc(int y, int m, int d, int h, int min)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}

} // namespace

class TestPartnerCalendars : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    // Writes the estate and the partner's .ics into a fresh folder and loads it.
    Services::EstateLoadResult load(const QByteArray &ics, const QByteArray &reference = "partners/globex.ics",
                                    bool writeIcs = true)
    {
        const QString folder = m_dir.filePath(QString::number(++m_counter));
        QDir().mkpath(folder + QStringLiteral("/integrations/partners"));
        for (const auto &[name, content] : partnerEstate(reference)) {
            QFile file(folder + QLatin1Char('/') + name);
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(file.fileName()));
            file.write(content);
        }
        if (writeIcs) {
            QFile file(folder + QStringLiteral("/integrations/partners/globex.ics"));
            if (!file.open(QIODevice::WriteOnly))
                qFatal("cannot write the .ics");
            file.write(ics);
        }
        return Services::EstateLoader::loadFolder(folder);
    }

    static QString errorsOf(const Services::EstateLoadResult &result)
    {
        QStringList lines;
        for (const Models::Diagnostic &d : result.diagnostics)
            lines << d.toString();
        return lines.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void eventsBecomeTransmissionSlots()
    {
        const auto loaded = load(kGlobexIcs);
        QVERIFY2(!loaded.hasErrors(), qPrintable(errorsOf(loaded)));
        const Models::Integration *edi = loaded.estate->integration(QStringLiteral("edi-gateway"));
        QVERIFY(edi);
        QCOMPARE(edi->partners.size(), 1);
        QSet<QString> slotNames;
        for (const Models::TimeRule &rule : edi->partners.first().schedule) {
            slotNames.insert(rule.name);
            QVERIFY(rule.location.file.endsWith(QStringLiteral("integrations/partners/globex.ics")));
        }
        QCOMPARE(slotNames, (QSet<QString>{QStringLiteral("asn-856"), QStringLiteral("inventory-846")}));

        // The week around the spring-forward of 14 March 2027 in Chicago.
        const Models::CalendarEngine engine(loaded.estate);
        Models::CalendarQuery query;
        query.from = utc(2027, 3, 8, 0, 0);
        query.to = utc(2027, 3, 20, 0, 0);
        query.kinds = {BandKind::PartnerSlot};
        QList<QDateTime> asn;
        QList<QDateTime> inventory;
        for (const CalendarInterval &slot : engine.expand(query)) {
            QCOMPARE(slot.owner, QStringLiteral("edi-gateway"));
            QCOMPARE(slot.partner, QStringLiteral("globex"));
            QVERIFY(slot.location.file.endsWith(QStringLiteral("globex.ics")));
            QVERIFY(slot.location.line > 0);
            (slot.name == QStringLiteral("asn-856") ? asn : inventory).append(slot.start);
        }
        // 21:00 CST is 03:00 UTC the next day; 21:00 CDT (from Sunday 14 March) is 02:00 UTC.
        // Thursday 11 March is excepted; Friday 19 March's slot starts after the range.
        const QList<QDateTime> expectedAsn{utc(2027, 3, 9, 3, 0),  utc(2027, 3, 10, 3, 0), utc(2027, 3, 11, 3, 0),
                                           utc(2027, 3, 13, 3, 0), utc(2027, 3, 16, 2, 0), utc(2027, 3, 17, 2, 0),
                                           utc(2027, 3, 18, 2, 0), utc(2027, 3, 19, 2, 0)};
        QCOMPARE(asn, expectedAsn);
        QCOMPARE(inventory, QList<QDateTime>{utc(2027, 3, 13, 15, 0)});
    }

    void slotsConflictThroughImpact_data()
    {
        QTest::addColumn<QDateTime>("start");
        QTest::addColumn<bool>("blocked");
        QTest::newRow("during Tuesday's ASN slot") << utc(2027, 3, 17, 1, 45) << true;
        QTest::newRow("Thursday 11 March is excepted") << utc(2027, 3, 12, 2, 45) << false;
        QTest::newRow("Saturday's inventory feed") << utc(2027, 3, 13, 15, 30) << true;
        QTest::newRow("Saturday morning is free") << utc(2027, 3, 13, 9, 0) << false;
    }

    void slotsConflictThroughImpact()
    {
        QFETCH(QDateTime, start);
        QFETCH(bool, blocked);
        const auto loaded = load(kGlobexIcs);
        QVERIFY2(!loaded.hasErrors(), qPrintable(errorsOf(loaded)));
        Models::ConflictChecker checker(loaded.estate, utc(2027, 3, 1, 0, 0), utc(2027, 4, 1, 0, 0));
        checker.setViewerTimeZone(QTimeZone::utc());
        Models::ChangeWindow window;
        window.environment = QStringLiteral("production-us");
        window.integrations = {QStringLiteral("odoo-sale")}; // edi-gateway depends on it (sync)
        window.start = start;
        window.end = start.addSecs(3600);
        QVERIFY(checker.validate(window));
        const QList<Conflict> conflicts = checker.check(window);
        QCOMPARE(Models::ConflictChecker::hasHardConflict(conflicts), blocked);
        if (blocked) {
            const Conflict &first = conflicts.first();
            QCOMPARE(first.kind, Conflict::Kind::BusinessImpact);
            QCOMPARE(first.occurrence.partner, QStringLiteral("globex"));
            QCOMPARE(first.path, (QStringList{QStringLiteral("odoo-sale"), QStringLiteral("edi-gateway")}));
            QVERIFY2(first.message.contains(QStringLiteral("Partner globex's slot")), qPrintable(first.message));
        }
    }

    void brokenFilesAreReportedWhereTheyAre_data()
    {
        QTest::addColumn<QByteArray>("ics");
        QTest::addColumn<bool>("writeIcs");
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("malformed DTSTART")
            << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:asn\r\n"
                          "DTSTART:2027-03-01 21:00\r\nDURATION:PT30M\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
            << true << QStringLiteral("integrations/partners/globex.ics") << 6 << QStringLiteral("DTSTART");
        QTest::newRow("invalid RRULE")
            << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:asn\r\n"
                          "DTSTART:20270301T210000Z\r\nDURATION:PT30M\r\nRRULE:FREQ=SOMETIMES\r\nEND:VEVENT\r\n"
                          "END:VCALENDAR\r\n")
            << true << QStringLiteral("integrations/partners/globex.ics") << 8 << QStringLiteral("RRULE");
        QTest::newRow("unterminated event")
            << QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20270301T210000Z\r\n")
            << true << QStringLiteral("integrations/partners/globex.ics") << 0 << QStringLiteral("END");
        QTest::newRow("missing file") << QByteArray() << false << QStringLiteral("integrations/edi.yaml") << 0
                                      << QStringLiteral("does not exist");
    }

    void brokenFilesAreReportedWhereTheyAre()
    {
        QFETCH(QByteArray, ics);
        QFETCH(bool, writeIcs);
        QFETCH(QString, file);
        QFETCH(int, line);
        QFETCH(QString, words);
        const auto loaded = load(ics, "partners/globex.ics", writeIcs);
        QVERIFY(loaded.hasErrors());
        const auto it = std::find_if(loaded.diagnostics.cbegin(), loaded.diagnostics.cend(), [&](const Models::Diagnostic &d) {
            return d.severity == Models::Diagnostic::Severity::Error && d.location.file.endsWith(file);
        });
        QVERIFY2(it != loaded.diagnostics.cend(), qPrintable(errorsOf(loaded)));
        if (line > 0)
            QCOMPARE(it->location.line, line);
        else
            QVERIFY2(it->location.line > 0, qPrintable(it->toString()));
        QVERIFY2(it->toString().contains(words), qPrintable(it->toString()));
    }
};

QTEST_GUILESS_MAIN(TestPartnerCalendars)
#include "tst_partnercalendars.moc"
