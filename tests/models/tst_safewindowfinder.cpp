// Next safe window on the demo estate: every proposal passes the conflict check, and the
// earliest proposal is the earliest window a brute-force scan of the check finds.

#include "demoestate.h"
#include "models/safewindowfinder.h"

#include <QTest>

using namespace Gatehouse::Models;
using Gatehouse::Tests::demoEstate;
using Gatehouse::Tests::names;
using Gatehouse::Tests::utc;

class TestSafeWindowFinder : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConflictChecker> m_checker;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(demoEstate());
        m_checker = std::make_unique<ConflictChecker>(demoEstate(), utc("2026-11-01T00:00:00"), utc("2028-02-01T00:00:00"));
        m_checker->setViewerTimeZone(QTimeZone(QByteArrayLiteral("UTC")));
    }

    void proposalsPassTheCheck_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QStringList>("integrations");
        QTest::addColumn<int>("type");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QDateTime>("after");
        QTest::addColumn<QDateTime>("notBefore");
        QTest::newRow("odoo-sale us, March") << "production-us" << names("odoo-sale") << int(ChangeType::Normal) << 120 << utc("2027-03-03T12:00:00") << utc("2027-03-03T12:00:00");
        QTest::newRow("edi-gateway eu, quarter end") << "production-eu" << names("edi-gateway") << int(ChangeType::Normal) << 60 << utc("2027-03-24T00:00:00") << utc("2027-03-24T00:00:00");
        QTest::newRow("bi-export eu") << "production-eu" << names("bi-export") << int(ChangeType::Normal) << 90 << utc("2027-06-01T08:00:00") << utc("2027-06-01T08:00:00");
        // Peak season: a normal change waits for the end of the freeze — and then for the ledger freeze
        // (2027-01-04 … 2027-01-16 Amsterdam) which allows emergencies only.
        QTest::newRow("normal in peak season") << "production-us" << names("carrier-ups") << int(ChangeType::Normal) << 60 << utc("2026-12-01T00:00:00") << utc("2027-01-15T23:00:00");
        // A standard change is allowed by peak-season but not by the ledger freeze.
        QTest::newRow("standard in peak season") << "production-us" << names("carrier-ups") << int(ChangeType::Standard) << 60 << utc("2026-12-01T00:00:00") << utc("2026-12-01T00:00:00");
        QTest::newRow("staging") << "staging" << names("odoo-stock") << int(ChangeType::Normal) << 240 << utc("2027-02-01T00:00:00") << utc("2027-02-01T00:00:00");
    }

    void proposalsPassTheCheck()
    {
        QFETCH(QString, environment);
        QFETCH(QStringList, integrations);
        QFETCH(int, type);
        QFETCH(int, minutes);
        QFETCH(QDateTime, after);
        QFETCH(QDateTime, notBefore);
        ChangeWindow shape;
        shape.environment = environment;
        shape.integrations = integrations;
        shape.type = ChangeType(type);
        const SafeWindowFinder finder(*m_checker);
        const QList<WindowProposal> proposals = finder.find(shape, minutes * 60, after, 3);
        QCOMPARE(proposals.size(), 3);
        for (const WindowProposal &p : proposals) {
            QVERIFY(p.start >= notBefore);
            QCOMPARE(p.start.secsTo(p.end), qint64(minutes) * 60);
            QCOMPARE(p.start.toSecsSinceEpoch() % 900, 0);
            ChangeWindow w = shape;
            w.start = p.start;
            w.end = p.end;
            const QList<Conflict> conflicts = m_checker->check(w);
            QVERIFY2(!ConflictChecker::hasHardConflict(conflicts), qPrintable(conflicts.value(0).message));
            QCOMPARE(p.softConflicts.size(), conflicts.size());
            QVERIFY(!p.explanation.isEmpty());
        }
        for (qsizetype i = 0; i < proposals.size(); ++i) {
            for (qsizetype j = i + 1; j < proposals.size(); ++j)
                QVERIFY(proposals.at(i).end <= proposals.at(j).start || proposals.at(j).end <= proposals.at(i).start);
            if (i > 0)
                QVERIFY(proposals.at(i - 1).score <= proposals.at(i).score);
        }
    }

    void earliestMatchesBruteForce_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("integration");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QDateTime>("after");
        QTest::newRow("edi-gateway us Friday") << "production-us" << "edi-gateway" << 60 << utc("2027-03-05T12:00:00");
        QTest::newRow("odoo-stock eu Monday") << "production-eu" << "odoo-stock" << 120 << utc("2027-03-29T06:00:00");
        QTest::newRow("wms us across DST") << "production-us" << "wms-connector" << 90 << utc("2027-03-13T18:00:00");
    }

    void earliestMatchesBruteForce()
    {
        QFETCH(QString, environment);
        QFETCH(QString, integration);
        QFETCH(int, minutes);
        QFETCH(QDateTime, after);
        ChangeWindow shape;
        shape.environment = environment;
        shape.integrations = {integration};
        SafeWindowFinder finder(*m_checker);
        finder.setLookaheadSeconds(0);
        const QList<WindowProposal> proposals = finder.find(shape, minutes * 60, after, 1);
        QCOMPARE(proposals.size(), 1);
        QDateTime expected;
        for (QDateTime t = after; t < after.addDays(14); t = t.addSecs(900)) {
            ChangeWindow w = shape;
            w.start = t;
            w.end = t.addSecs(minutes * 60);
            if (!ConflictChecker::hasHardConflict(m_checker->check(w))) {
                expected = t;
                break;
            }
        }
        QVERIFY(expected.isValid());
        QCOMPARE(proposals.first().start, expected);
    }

    void prefersMaintenanceWindows()
    {
        // A medium-impact change on production-eu: the weeknight window (Tue/Thu 21:00 Amsterdam)
        // within the week ranks before earlier windows outside it.
        ChangeWindow shape;
        shape.environment = QStringLiteral("production-eu");
        shape.integrations = {QStringLiteral("bank-statement-sync")};
        const SafeWindowFinder finder(*m_checker);
        const QList<WindowProposal> proposals = finder.find(shape, 3600, utc("2027-06-07T00:00:00"), 2);
        QVERIFY(!proposals.isEmpty());
        QVERIFY(proposals.first().insideMaintenanceWindow);
        QVERIFY2(proposals.first().explanation.contains(QStringLiteral("Inside")), qPrintable(proposals.first().explanation));
    }

    void otherChangesAreAvoided()
    {
        ChangeWindow shape;
        shape.environment = QStringLiteral("staging");
        shape.integrations = {QStringLiteral("odoo-stock")};
        SafeWindowFinder finder(*m_checker);
        finder.setLookaheadSeconds(0);
        const QDateTime after = utc("2027-02-02T08:00:00");
        const QList<WindowProposal> free = finder.find(shape, 3600, after, 1);
        QCOMPARE(free.size(), 1);
        ChangeWindow other = shape;
        other.changeId = 7;
        other.start = free.first().start;
        other.end = free.first().start.addSecs(7200);
        m_checker->setOtherChanges({other});
        const QList<WindowProposal> busy = finder.find(shape, 3600, after, 1);
        m_checker->setOtherChanges({});
        QCOMPARE(busy.size(), 1);
        QVERIFY(busy.first().start >= other.end);
    }

    // A recorded override of a freeze lets that change (and only that change) be proposed
    // inside the freeze; every proposal still passes the check of the same change.
    void recordedOverrideUnblocksTheFreeze_data()
    {
        QTest::addColumn<QStringList>("overridden"); // rule names overridden for change 41
        QTest::addColumn<qint64>("changeId");        // the change searched for
        QTest::addColumn<QDateTime>("notBefore");
        QTest::addColumn<QDateTime>("before");
        // carrier-ups on production-us from 2026-12-01: peak-season until 2027-01-05 00:00
        // Amsterdam, then the ledger freeze until 2027-01-16 00:00 Amsterdam.
        QTest::newRow("no override") << QStringList() << qint64(41) << utc("2027-01-15T23:00:00") << QDateTime();
        QTest::newRow("peak season overridden") << QStringList{QStringLiteral("peak-season")} << qint64(41)
                                                << utc("2026-12-01T00:00:00") << utc("2027-01-04T00:00:00");
        QTest::newRow("both overridden")
            << QStringList{QStringLiteral("peak-season"), QStringLiteral("year-end-ledger-freeze")} << qint64(41)
            << utc("2026-12-01T00:00:00") << utc("2027-01-04T00:00:00");
        QTest::newRow("another change's override") << QStringList{QStringLiteral("peak-season")} << qint64(42)
                                                   << utc("2027-01-15T23:00:00") << QDateTime();
        QTest::newRow("new change, no id") << QStringList{QStringLiteral("peak-season")} << qint64(0)
                                           << utc("2027-01-15T23:00:00") << QDateTime();
    }

    void recordedOverrideUnblocksTheFreeze()
    {
        QFETCH(QStringList, overridden);
        QFETCH(qint64, changeId);
        QFETCH(QDateTime, notBefore);
        QFETCH(QDateTime, before);
        QList<FreezeOverride> overrides;
        for (const QString &rule : overridden)
            overrides.append({41, rule, QStringLiteral("release-manager"), QStringLiteral("carrier strike"),
                              QStringLiteral("rita"), utc("2026-11-20T10:00:00")});
        m_checker->setFreezeOverrides(overrides);
        ChangeWindow shape;
        shape.changeId = changeId;
        shape.environment = QStringLiteral("production-us");
        shape.integrations = {QStringLiteral("carrier-ups")};
        shape.type = ChangeType::Normal;
        const SafeWindowFinder finder(*m_checker);
        const QList<WindowProposal> proposals = finder.find(shape, 3600, utc("2026-12-01T00:00:00"), 3);
        QList<QList<Conflict>> checked;
        for (const WindowProposal &p : proposals) {
            ChangeWindow w = shape;
            w.start = p.start;
            w.end = p.end;
            checked.append(m_checker->check(w));
        }
        m_checker->setFreezeOverrides({});
        QCOMPARE(proposals.size(), 3);
        for (qsizetype i = 0; i < proposals.size(); ++i) {
            const WindowProposal &p = proposals.at(i);
            QVERIFY2(p.start >= notBefore, qPrintable(p.start.toString(Qt::ISODate)));
            QVERIFY2(!ConflictChecker::hasHardConflict(checked.at(i)), qPrintable(checked.at(i).value(0).message));
            QCOMPARE(p.softConflicts.size(), checked.at(i).size());
        }
        if (before.isValid()) {
            // Inside the overridden freeze, which is reported, overridden, among the soft conflicts.
            QVERIFY2(proposals.first().start < before, qPrintable(proposals.first().start.toString(Qt::ISODate)));
            const auto freeze = std::find_if(proposals.first().softConflicts.cbegin(), proposals.first().softConflicts.cend(),
                                             [](const Conflict &c) { return c.kind == Conflict::Kind::Freeze; });
            QVERIFY(freeze != proposals.first().softConflicts.cend());
            QVERIFY(freeze->overridden);
            QCOMPARE(freeze->occurrence.name, QStringLiteral("peak-season"));
            QVERIFY2(freeze->message.contains(QStringLiteral("overridden by rita")), qPrintable(freeze->message));
        }
    }

    void nothingWhenTheRangeIsBlocked()
    {
        ChangeWindow shape;
        shape.environment = QStringLiteral("production-us");
        shape.integrations = {QStringLiteral("carrier-ups")};
        const SafeWindowFinder finder(*m_checker);
        // Only the peak-season freeze lies in the range.
        QVERIFY(finder.find(shape, 3600, utc("2026-12-01T00:00:00"), 3, utc("2026-12-20T00:00:00")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSafeWindowFinder)
#include "tst_safewindowfinder.moc"
