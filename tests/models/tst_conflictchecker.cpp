// Conflicts of change windows on the demo estate in 2027: business impact through
// dependency paths, freezes with and without allowed types, overlapping changes,
// maintenance windows, and the words the CLI and the UI share.

#include "demoestate.h"
#include "models/conflictchecker.h"

#include <QTest>

using namespace Gatehouse::Models;
using Gatehouse::Tests::demoEstate;
using Gatehouse::Tests::names;
using Gatehouse::Tests::utc;

namespace {

ChangeWindow window(const QString &environment, const QStringList &integrations, const char *start, int minutes,
                    ChangeType type = ChangeType::Normal)
{
    ChangeWindow w;
    w.environment = environment;
    w.integrations = integrations;
    w.type = type;
    w.start = utc(start);
    w.end = w.start.addSecs(minutes * 60);
    return w;
}

QList<Conflict> ofKind(const QList<Conflict> &all, Conflict::Kind kind)
{
    QList<Conflict> result;
    for (const Conflict &c : all) {
        if (c.kind == kind)
            result.append(c);
    }
    return result;
}

const Conflict *partnerSlot(const QList<Conflict> &all, const QString &partner, const QString &slot)
{
    for (const Conflict &c : all) {
        if (c.kind == Conflict::Kind::BusinessImpact && c.occurrence.partner == partner && c.occurrence.name == slot)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestConflictChecker : public QObject
{
    Q_OBJECT

    std::unique_ptr<ConflictChecker> m_checker;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(demoEstate());
        m_checker = std::make_unique<ConflictChecker>(demoEstate(), utc("2026-11-01T00:00:00"), utc("2028-02-01T00:00:00"));
        m_checker->setViewerTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
    }

    void init()
    {
        m_checker->setOtherChanges({});
    }

    void partnerSlotThroughDependency_data()
    {
        QTest::addColumn<QStringList>("changed");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<bool>("hard");
        // Friday 5 March 2027, 22:10 in Chicago (CST) = Saturday 04:10 UTC: ACME's po-850 slot.
        QTest::newRow("edi-gateway itself") << names("edi-gateway") << names("edi-gateway") << true;
        QTest::newRow("one hop: odoo-sale") << names("odoo-sale") << names("odoo-sale,edi-gateway") << true;
        QTest::newRow("two hops: odoo-base") << names("odoo-base")
                                             << names("odoo-base,odoo-sale,edi-gateway") << true;
    }

    void partnerSlotThroughDependency()
    {
        QFETCH(QStringList, changed);
        QFETCH(QStringList, path);
        QFETCH(bool, hard);
        const QList<Conflict> conflicts =
            m_checker->check(window(QStringLiteral("production-us"), changed, "2027-03-06T04:10:00", 20));
        const Conflict *acme = partnerSlot(conflicts, QStringLiteral("acme-retail"), QStringLiteral("po-850"));
        QVERIFY(acme);
        QCOMPARE(acme->path, path);
        QCOMPARE(acme->severity == Conflict::Severity::Hard, hard);
        QVERIFY(acme->impact == Criticality::Critical);
        QCOMPARE(acme->occurrence.start, utc("2027-03-06T04:00:00"));
        QCOMPARE(acme->occurrence.timeZone, QStringLiteral("America/Chicago"));
        // The sentence names the slot in Chicago time and in the viewer's (Amsterdam) time.
        QVERIFY2(acme->message.contains(QStringLiteral("Fri 2027-03-05 22:00–22:45 America/Chicago")), qPrintable(acme->message));
        QVERIFY2(acme->message.contains(QStringLiteral("Sat 2027-03-06 05:00–05:45 Europe/Amsterdam")), qPrintable(acme->message));
        QVERIFY2(acme->message.contains(QStringLiteral("blocks")), qPrintable(acme->message));
        QVERIFY2(acme->message.contains(path.join(QStringLiteral(" → "))), qPrintable(acme->message));
        QVERIFY(ConflictChecker::hasHardConflict(conflicts));
    }

    void slotMovesWithDaylightSaving()
    {
        // After Chicago's spring change ACME's 22:00 is 03:00 UTC: 04:10 UTC is clear of it.
        const QList<Conflict> after = m_checker->check(
            window(QStringLiteral("production-us"), {QStringLiteral("edi-gateway")}, "2027-03-16T04:10:00", 20));
        QVERIFY(!partnerSlot(after, QStringLiteral("acme-retail"), QStringLiteral("po-850")));
        const QList<Conflict> at = m_checker->check(
            window(QStringLiteral("production-us"), {QStringLiteral("edi-gateway")}, "2027-03-16T03:10:00", 20));
        QVERIFY(partnerSlot(at, QStringLiteral("acme-retail"), QStringLiteral("po-850")));
    }

    void nonProductionHasNoBusinessImpact()
    {
        const QList<Conflict> conflicts =
            m_checker->check(window(QStringLiteral("staging"), {QStringLiteral("edi-gateway")}, "2027-03-06T04:10:00", 20));
        QVERIFY(ofKind(conflicts, Conflict::Kind::BusinessImpact).isEmpty());
    }

    void operatingCycleAtServedSite()
    {
        // Tuesday 9 March 2027 16:40 Rotterdam (CET) = 15:40 UTC: PostNL cut-off (critical) at Rotterdam.
        const QList<Conflict> conflicts = m_checker->check(
            window(QStringLiteral("production-eu"), {QStringLiteral("carrier-postnl")}, "2027-03-09T15:40:00", 30));
        bool found = false;
        for (const Conflict &c : conflicts) {
            if (c.occurrence.kind == BandKind::OperatingCycle && c.occurrence.name == QStringLiteral("postnl-cutoff")) {
                found = true;
                QCOMPARE(c.occurrence.owner, QStringLiteral("rotterdam"));
                QCOMPARE(c.severity, Conflict::Severity::Hard);
                QVERIFY2(c.message.contains(QStringLiteral("16:30–17:30 Europe/Amsterdam")), qPrintable(c.message));
            }
            // carrier-postnl only serves Rotterdam: Singapore is reached only through another integration.
            if (c.occurrence.sites.contains(QStringLiteral("singapore")))
                QVERIFY2(c.path.size() > 1, qPrintable(c.message));
        }
        QVERIFY(found);
    }

    void freezes_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("freezes");
        QTest::newRow("peak, normal blocked") << "production-us" << "2026-12-02T09:00:00" << int(ChangeType::Normal) << names("peak-season");
        QTest::newRow("peak, standard allowed") << "production-us" << "2026-12-02T09:00:00" << int(ChangeType::Standard) << names("");
        QTest::newRow("peak, emergency allowed") << "production-eu" << "2026-12-02T09:00:00" << int(ChangeType::Emergency) << names("");
        QTest::newRow("peak, staging not frozen") << "staging" << "2026-12-02T09:00:00" << int(ChangeType::Normal) << names("");
        // Peak ends 2027-01-05 00:00 Amsterdam = 2027-01-04 23:00 UTC; the ledger freeze began a day
        // earlier (2027-01-04 00:00 Amsterdam) and allows only emergencies.
        QTest::newRow("both in the overlap") << "production-eu" << "2027-01-04T22:00:00" << int(ChangeType::Normal) << names("peak-season,year-end-ledger-freeze");
        QTest::newRow("standard in the overlap") << "production-eu" << "2027-01-04T22:00:00" << int(ChangeType::Standard) << names("year-end-ledger-freeze");
        QTest::newRow("after peak") << "production-eu" << "2027-01-04T23:00:00" << int(ChangeType::Normal) << names("year-end-ledger-freeze");
        QTest::newRow("ledger, emergency allowed") << "production-eu" << "2027-01-10T09:00:00" << int(ChangeType::Emergency) << names("");
        QTest::newRow("after ledger") << "production-eu" << "2027-01-15T23:00:00" << int(ChangeType::Normal) << names("");
    }

    void freezes()
    {
        QFETCH(QString, environment);
        QFETCH(QString, start);
        QFETCH(int, type);
        QFETCH(QStringList, freezes);
        ChangeWindow w = window(environment, {QStringLiteral("bi-export")}, "2000-01-01T00:00:00", 60, ChangeType(type));
        w.start = utc(start.toLatin1().constData());
        w.end = w.start.addSecs(3600);
        const QList<Conflict> found = ofKind(m_checker->check(w), Conflict::Kind::Freeze);
        QStringList names;
        for (const Conflict &c : found) {
            names.append(c.occurrence.name);
            QCOMPARE(c.severity, Conflict::Severity::Hard);
            QVERIFY(c.overridable);
            QCOMPARE(c.overrideRole, ConflictChecker::freezeOverrideRole());
            QVERIFY2(c.message.contains(c.occurrence.name) && c.message.contains(toString(ChangeType(type))), qPrintable(c.message));
            QVERIFY(ConflictChecker::canOverride(c, QStringLiteral("release-manager"), QStringLiteral("tax rate change")).ok());
            QVERIFY(!ConflictChecker::canOverride(c, QStringLiteral("support"), QStringLiteral("tax rate change")).ok());
            QVERIFY(!ConflictChecker::canOverride(c, QStringLiteral("release-manager"), QStringLiteral("  ")).ok());
        }
        QCOMPARE(names, freezes);
    }

    // Who may override a freeze is the estate's policy for the environment's tier.
    void freezeOverrideRolesComeFromThePolicy_data()
    {
        QTest::addColumn<QStringList>("productionRoles");
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QString>("words");
        const QStringList defaults{QStringLiteral("release-manager"), QStringLiteral("admin")};
        QTest::newRow("demo policy") << defaults << "production-eu" << defaults
                                     << "override: role release-manager or admin with a reason";
        QTest::newRow("admin only") << QStringList{QStringLiteral("admin")} << "production-eu"
                                    << QStringList{QStringLiteral("admin")} << "override: role admin with a reason";
        QTest::newRow("nobody") << QStringList() << "production-us" << QStringList()
                                << "the policy lets nobody override it";
        QTest::newRow("other tier keeps its own") << QStringList{QStringLiteral("admin")} << "staging"
                                                  << defaults << "override: role release-manager or admin";
    }

    void freezeOverrideRolesComeFromThePolicy()
    {
        QFETCH(QStringList, productionRoles);
        QFETCH(QString, environment);
        QFETCH(QStringList, expected);
        QFETCH(QString, words);
        auto estate = std::make_shared<Estate>(*demoEstate());
        for (Policy &policy : estate->policies) {
            if (policy.tier == Tier::Production)
                policy.freezeOverrideRoles = productionRoles;
        }
        const ConflictChecker checker(estate, utc("2026-09-01T00:00:00"), utc("2027-02-01T00:00:00"));
        QCOMPARE(checker.freezeOverrideRoles(environment), expected);
        // Peak season on production, the UAT freeze on staging.
        const char *start = environment == QLatin1String("staging") ? "2026-09-15T10:00:00" : "2026-12-10T10:00:00";
        const QList<Conflict> found =
            ofKind(checker.check(window(environment, {QStringLiteral("bi-export")}, start, 60)), Conflict::Kind::Freeze);
        QCOMPARE(found.size(), 1);
        const Conflict &c = found.first();
        QCOMPARE(c.overrideRoles, expected);
        QCOMPARE(c.overridable, !expected.isEmpty());
        QCOMPARE(c.overrideRole, expected.value(0));
        QVERIFY2(c.message.contains(words), qPrintable(c.message));
        for (const QString &role : {QStringLiteral("release-manager"), QStringLiteral("admin"), QStringLiteral("support")})
            QCOMPARE(ConflictChecker::canOverride(c, role, QStringLiteral("carrier strike")).ok(), expected.contains(role));
    }

    void freezeOverridesFromTheAuditLog()
    {
        // What the control store's audit log holds after gatehouse_override_freeze().
        AuditEntry overridden;
        overridden.changeId = 41;
        overridden.actor = QStringLiteral("rita");
        overridden.action = QStringLiteral("freeze.overridden");
        overridden.detail = QStringLiteral(R"({"rule": "peak-season", "role": "release-manager", "reason": "labels"})");
        AuditEntry other = overridden;
        other.action = QStringLiteral("change.created");
        const QList<FreezeOverride> overrides = ConflictChecker::freezeOverridesFromAudit({other, overridden});
        QCOMPARE(overrides.size(), 1);
        QCOMPARE(overrides.first().by, QStringLiteral("rita"));
        m_checker->setFreezeOverrides(overrides);

        ChangeWindow w = window(QStringLiteral("production-eu"), {QStringLiteral("bi-export")}, "2027-01-04T22:00:00", 60);
        w.changeId = 41;
        const QList<Conflict> mine = ofKind(m_checker->check(w), Conflict::Kind::Freeze);
        QCOMPARE(mine.size(), 2); // peak-season (overridden) and year-end-ledger-freeze (not)
        for (const Conflict &c : mine) {
            const bool peak = c.occurrence.name == QLatin1String("peak-season");
            QCOMPARE(c.overridden, peak);
            QCOMPARE(c.severity, peak ? Conflict::Severity::Soft : Conflict::Severity::Hard);
            if (peak) {
                QCOMPARE(c.overriddenBy, QStringLiteral("rita"));
                QCOMPARE(c.overrideReason, QStringLiteral("labels"));
                QVERIFY2(c.message.contains(QStringLiteral("overridden by rita as release-manager: labels")),
                         qPrintable(c.message));
            }
        }
        // Another change in the same window is still blocked by both.
        w.changeId = 42;
        const QList<Conflict> theirs = ofKind(m_checker->check(w), Conflict::Kind::Freeze);
        QCOMPARE(theirs.size(), 2);
        for (const Conflict &c : theirs)
            QVERIFY(!c.overridden && c.severity == Conflict::Severity::Hard);
        m_checker->setFreezeOverrides({});
    }

    void repeatedShapesGiveTheSameAnswer()
    {
        // Relevance is cached per change shape: the same shape at other times, and the
        // same sets in another order, must give what a fresh checker gives.
        const ConflictChecker fresh(demoEstate(), utc("2026-11-01T00:00:00"), utc("2028-02-01T00:00:00"));
        const char *starts[] = {"2027-03-06T04:10:00", "2027-03-31T15:00:00", "2027-01-04T22:00:00", "2027-07-01T12:00:00"};
        for (const char *start : starts) {
            ChangeWindow a = window(QStringLiteral("production-us"), names("odoo-sale,odoo-stock"), start, 90);
            ChangeWindow b = window(QStringLiteral("production-us"), names("odoo-stock,odoo-sale"), start, 90);
            QStringList expected;
            for (const Conflict &c : fresh.check(a))
                expected << QString::number(int(c.kind)) + c.occurrence.name + c.path.join(QLatin1Char('>'));
            for (const ChangeWindow &w : {a, b, a}) {
                QStringList got;
                for (const Conflict &c : m_checker->check(w))
                    got << QString::number(int(c.kind)) + c.occurrence.name + c.path.join(QLatin1Char('>'));
                QCOMPARE(got, expected);
            }
        }
    }

    void overlappingChanges()
    {
        ChangeWindow a = window(QStringLiteral("staging"), {QStringLiteral("bi-export")}, "2027-03-09T10:00:00", 60);
        a.changeId = 1;
        ChangeWindow sameEnv = window(QStringLiteral("staging"), {QStringLiteral("odoo-stock")}, "2027-03-09T10:30:00", 60);
        sameEnv.changeId = 2;
        ChangeWindow otherEnvShared = window(QStringLiteral("development"), {QStringLiteral("bi-export")}, "2027-03-09T09:30:00", 60);
        otherEnvShared.changeId = 3;
        ChangeWindow otherEnv = window(QStringLiteral("development"), {QStringLiteral("odoo-stock")}, "2027-03-09T10:00:00", 60);
        otherEnv.changeId = 4;
        ChangeWindow later = window(QStringLiteral("staging"), {QStringLiteral("bi-export")}, "2027-03-09T11:00:00", 60);
        later.changeId = 5;
        m_checker->setOtherChanges({a, sameEnv, otherEnvShared, otherEnv, later});
        const QList<Conflict> overlaps = ofKind(m_checker->check(a), Conflict::Kind::OverlappingChange);
        QCOMPARE(overlaps.size(), 2);
        QCOMPARE(overlaps.at(0).otherChangeId, 2);
        QCOMPARE(overlaps.at(0).severity, Conflict::Severity::Hard);
        QVERIFY(overlaps.at(0).message.contains(QStringLiteral("#2")));
        QCOMPARE(overlaps.at(1).otherChangeId, 3);
        QCOMPARE(overlaps.at(1).severity, Conflict::Severity::Soft);
    }

    // A change usually names its workload like the integration the workload runs: the
    // overlap names what both change once.
    void overlapNamesWhatBothChangeOnce()
    {
        ChangeWindow mine = window(QStringLiteral("staging"), {QStringLiteral("bi-export")}, "2027-03-09T10:00:00", 60);
        mine.changeId = 1;
        mine.workloads = {QStringLiteral("bi-export")};
        ChangeWindow theirs = window(QStringLiteral("development"), {QStringLiteral("bi-export")}, "2027-03-09T10:00:00", 60);
        theirs.changeId = 2;
        theirs.workloads = {QStringLiteral("bi-export")};
        m_checker->setOtherChanges({mine, theirs});
        const QList<Conflict> overlaps = ofKind(m_checker->check(mine), Conflict::Kind::OverlappingChange);
        QCOMPARE(overlaps.size(), 1);
        QCOMPARE(overlaps.at(0).message.count(QStringLiteral("bi-export")), 1);
    }

    void maintenanceWindows_data()
    {
        QTest::addColumn<QString>("integration");
        QTest::addColumn<QString>("start");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<bool>("outside");
        // bi-export is low impact: production-business-hours (10:00–15:00 Amsterdam, Mon–Fri) admits it.
        QTest::newRow("low inside business hours") << "bi-export" << "2027-03-09T10:00:00" << 60 << false;
        QTest::newRow("low past the window") << "bi-export" << "2027-03-09T13:30:00" << 60 << true;
        // bank-statement-sync is medium: eu-weeknight Tue/Thu 21:00–24:00 Amsterdam.
        QTest::newRow("medium in weeknight") << "bank-statement-sync" << "2027-03-09T20:00:00" << 120 << false;
        QTest::newRow("medium in business hours") << "bank-statement-sync" << "2027-03-09T10:00:00" << 60 << true;
        // Back-to-back windows count as one: Saturday 23:00 + 5 h (high) then the first Sunday
        // 02:00 – 06:00 (critical) of April 2027 covers 21:00 UTC Sat 3 Apr → 04:00 UTC Sun.
        QTest::newRow("chained windows") << "tax-engine" << "2027-04-03T21:00:00" << 420 << false;
    }

    void maintenanceWindows()
    {
        QFETCH(QString, integration);
        QFETCH(QString, start);
        QFETCH(int, minutes);
        QFETCH(bool, outside);
        ChangeWindow w = window(QStringLiteral("production-eu"), {integration}, "2000-01-01T00:00:00", minutes);
        w.start = utc(start.toLatin1().constData());
        w.end = w.start.addSecs(minutes * 60);
        const QList<Conflict> found = ofKind(m_checker->check(w), Conflict::Kind::OutsideMaintenance);
        QCOMPARE(!found.isEmpty(), outside);
        if (outside) {
            QCOMPARE(found.first().severity, Conflict::Severity::Soft);
            QVERIFY(found.first().message.contains(QStringLiteral("production-eu")));
        }
    }

    void validation()
    {
        QVERIFY(m_checker->validate(window(QStringLiteral("production-eu"), {QStringLiteral("edi-gateway")}, "2027-03-01T00:00:00", 60)).ok());
        QVERIFY(!m_checker->validate(window(QStringLiteral("nowhere"), {QStringLiteral("edi-gateway")}, "2027-03-01T00:00:00", 60)).ok());
        QVERIFY(!m_checker->validate(window(QStringLiteral("production-eu"), {QStringLiteral("nothing")}, "2027-03-01T00:00:00", 60)).ok());
        QVERIFY(!m_checker->validate(window(QStringLiteral("production-eu"), {QStringLiteral("edi-gateway")}, "2027-03-01T00:00:00", 0)).ok());
    }

    void outsideIndexIsStillChecked()
    {
        // 2029 is outside the index: the checker expands around the window instead.
        const QList<Conflict> conflicts = m_checker->check(
            window(QStringLiteral("production-us"), {QStringLiteral("edi-gateway")}, "2029-01-06T04:10:00", 20));
        QVERIFY(partnerSlot(conflicts, QStringLiteral("acme-retail"), QStringLiteral("po-850")));
    }
};

QTEST_GUILESS_MAIN(TestConflictChecker)
#include "tst_conflictchecker.moc"
