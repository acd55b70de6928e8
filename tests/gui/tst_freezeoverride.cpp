// "Override freeze…" from the Calendar area against a real control store: a change in
// the demo estate's peak-season freeze, refused for a requester, accepted for the
// release manager, then shown as overridden with who and why.

#include "changesfixture.h"

#include "models/conflictchecker.h"
#include "ui/calendarpage.h"
#include "ui/freezeoverridedialog.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace Gatehouse;
using Models::Conflict;

class TestFreezeOverride : public QObject
{
    Q_OBJECT

private:
    Tests::ChangesFixture m_fixture;
    Models::ChangeRequest m_change;

    // Monday 7 December 2026: inside peak-season (20 Nov – 5 Jan, production).
    static QDateTime clock() { return QDateTime(QDate(2026, 12, 7), QTime(9, 0), QTimeZone::utc()); }

    std::unique_ptr<Ui::CalendarPage> page(const QString &user)
    {
        auto calendar = std::make_unique<Ui::CalendarPage>();
        calendar->setClock([] { return clock(); });
        calendar->setViewerTimeZone(QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
        calendar->resize(1400, 900);
        calendar->show();
        calendar->setControlStore(&m_fixture.as(user));
        QSignalSpy ready(calendar.get(), &Ui::CalendarPage::ready);
        calendar->setEstate(m_fixture.estate);
        calendar->setChanges({m_change});
        if (!calendar->isReady() && !ready.wait(60000))
            qFatal("the calendar did not get ready");
        calendar->selectChange(m_change.id);
        return calendar;
    }

    static Ui::FreezeOverrideDialog *openFromMenu(Ui::CalendarPage &calendar, qint64 changeId)
    {
        std::unique_ptr<QMenu> menu(calendar.changeMenu(changeId));
        QAction *action = menu->findChild<QAction *>(QStringLiteral("overrideFreeze:peak-season"));
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
        return calendar.findChild<Ui::FreezeOverrideDialog *>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fixture.start(&error), qPrintable(error));
    }

    void init()
    {
        QString error;
        QVERIFY2(m_fixture.newDatabase(&error), qPrintable(error));
        Models::ChangeRequest draft;
        draft.title = QStringLiteral("Label printer hotfix");
        draft.environment = QStringLiteral("production-eu");
        draft.workloads = {QStringLiteral("odoo-web")};
        draft.windowStart = QDateTime(QDate(2026, 12, 10), QTime(21, 0), QTimeZone::utc());
        draft.windowEnd = draft.windowStart.addSecs(3600);
        draft.windowTimeZone = QStringLiteral("Europe/Amsterdam");
        const auto created = m_fixture.get(m_fixture.as(QStringLiteral("alice")).createChange(draft));
        QVERIFY2(created.ok(), qPrintable(Tests::errorText(created)));
        m_change = created.value();
    }

    void theFreezeBlocksAndOffersAnOverride()
    {
        auto calendar = page(QStringLiteral("rita"));
        const QList<Conflict> freezes = calendar->overridableFreezes(m_change.id);
        QCOMPARE(freezes.size(), 1);
        QCOMPARE(freezes.first().occurrence.name, QStringLiteral("peak-season"));
        QCOMPARE(freezes.first().severity, Conflict::Severity::Hard);
        QCOMPARE(freezes.first().overrideRole, QStringLiteral("release-manager"));
        QVERIFY(calendar->findChild<QAction *>(QStringLiteral("calendarOverrideFreeze"))->isEnabled());

        // The block's context menu on the timeline offers it next to "Find next safe window…".
        std::unique_ptr<QMenu> menu(calendar->changeMenu(m_change.id));
        QStringList texts;
        for (QAction *action : menu->actions())
            texts << action->text();
        QVERIFY2(texts.contains(QStringLiteral("Override freeze peak-season…")), qPrintable(texts.join(QLatin1Char('|'))));

        // Without a control store nothing can be recorded, so nothing is offered.
        calendar->setControlStore(nullptr);
        QVERIFY(!calendar->overrideFreeze(m_change.id));
        QVERIFY(!calendar->findChild<QAction *>(QStringLiteral("calendarOverrideFreeze"))->isEnabled());
    }

    void theDatabaseRefusesARequester()
    {
        // zoe requests changes too; only a release manager may override a freeze.
        auto calendar = page(QStringLiteral("zoe"));
        Ui::FreezeOverrideDialog *dialog = openFromMenu(*calendar, m_change.id);
        QVERIFY(dialog);
        QCOMPARE(dialog->role(), QStringLiteral("release-manager"));
        QVERIFY(!dialog->overrideButton()->isEnabled()); // a reason is required
        QTest::keyClicks(dialog->reasonEdit(), QStringLiteral("Printers down in Rotterdam"));
        QVERIFY(dialog->overrideButton()->isEnabled());
        QSignalSpy refused(dialog, &Ui::FreezeOverrideDialog::overrideRefused);
        QTest::mouseClick(dialog->overrideButton(), Qt::LeftButton);
        QVERIFY(refused.wait(30000));
        QVERIFY2(dialog->resultText().contains(QStringLiteral("Refused")), qPrintable(dialog->resultText()));
        QVERIFY2(dialog->resultText().contains(QStringLiteral("release-manager")), qPrintable(dialog->resultText()));
        // Still blocked; nothing in the audit log.
        QCOMPARE(calendar->overridableFreezes(m_change.id).size(), 1);
        const auto audit = m_fixture.get(m_fixture.as(QString()).auditLog(m_change.id));
        QVERIFY(audit.ok());
        for (const Models::AuditEntry &entry : audit.value())
            QVERIFY(entry.action != QLatin1String("freeze.overridden"));
    }

    void theReleaseManagerOverridesWithAReason()
    {
        auto calendar = page(QStringLiteral("rita"));
        Ui::FreezeOverrideDialog *dialog = openFromMenu(*calendar, m_change.id);
        QVERIFY(dialog);
        QVERIFY2(dialog->text().contains(QStringLiteral("peak-season")), qPrintable(dialog->text()));
        QVERIFY(dialog->text().contains(QStringLiteral("#%1 Label printer hotfix").arg(m_change.id)));
        QVERIFY(dialog->text().contains(QStringLiteral("release-manager")));
        const QString reason = QStringLiteral("Printers down in Rotterdam; no shipping labels");
        QTest::keyClicks(dialog->reasonEdit(), reason);
        QSignalSpy recorded(dialog, &Ui::FreezeOverrideDialog::overrideRecorded);
        QTest::mouseClick(dialog->overrideButton(), Qt::LeftButton);
        QVERIFY(recorded.wait(30000));
        QVERIFY2(dialog->resultText().contains(QStringLiteral("Accepted")), qPrintable(dialog->resultText()));
        QVERIFY(!dialog->overrideButton()->isEnabled());

        // The page reads the audit log and shows the freeze as overridden, with who and why.
        QTRY_VERIFY_WITH_TIMEOUT(calendar->overridableFreezes(m_change.id).isEmpty(), 30000);
        const QList<Conflict> conflicts = calendar->conflictsOf(m_change.id);
        const auto freeze = std::find_if(conflicts.cbegin(), conflicts.cend(),
                                         [](const Conflict &c) { return c.kind == Conflict::Kind::Freeze; });
        QVERIFY(freeze != conflicts.cend());
        QVERIFY(freeze->overridden);
        QCOMPARE(freeze->severity, Conflict::Severity::Soft);
        QCOMPARE(freeze->overriddenBy, QStringLiteral("rita"));
        QCOMPARE(freeze->overriddenRole, QStringLiteral("release-manager"));
        QCOMPARE(freeze->overrideReason, reason);
        QVERIFY2(freeze->message.contains(QStringLiteral("overridden by rita")), qPrintable(freeze->message));
        QVERIFY2(calendar->statusLabel()->text().contains(QStringLiteral("overridden by rita")),
                 qPrintable(calendar->statusLabel()->text()));
        const QList<Conflict> shown = calendar->timeline()->conflictsOf(m_change.id);
        QVERIFY(std::any_of(shown.cbegin(), shown.cend(), [](const Conflict &c) {
            return c.kind == Conflict::Kind::Freeze && c.overridden && c.severity == Conflict::Severity::Soft;
        }));

        // A page opened later reads the recorded override from the store by itself.
        auto later = page(QStringLiteral("bob"));
        QTRY_VERIFY_WITH_TIMEOUT(later->overridableFreezes(m_change.id).isEmpty(), 30000);
        QVERIFY(!later->findChild<QAction *>(QStringLiteral("calendarOverrideFreeze"))->isEnabled());
    }
};

QTEST_MAIN(TestFreezeOverride)
#include "tst_freezeoverride.moc"
