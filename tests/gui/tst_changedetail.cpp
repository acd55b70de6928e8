// The change detail against a real PostgreSQL, with two people on two Gatehouses: what
// one does appears in the other's detail live; what the database refuses is disabled
// with its reason, and shown verbatim when forced.

#include "changesfixture.h"

#include "models/changerequestmodel.h"
#include "models/conflictchecker.h"
#include "models/gateinputs.h"
#include "ui/auditchainindicator.h"
#include "ui/changedetailpane.h"
#include "ui/changerecordpdf.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace Gatehouse;
using Action = Ui::ChangeDetailPane::Action;
using Models::ChangeState;

namespace {

QStringList column(const QTreeWidget *tree, int col)
{
    QStringList values;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        values.append(tree->topLevelItem(i)->text(col));
    return values;
}

} // namespace

class TestChangeDetail : public QObject
{
    Q_OBJECT

private:
    Tests::ChangesFixture m_fx;

    std::unique_ptr<Ui::ChangeDetailPane> paneFor(const QString &user, qint64 changeId)
    {
        auto pane = std::make_unique<Ui::ChangeDetailPane>(&m_fx.as(user));
        pane->setEstate(m_fx.estate, m_fx.analysis);
        pane->resize(900, 1100);
        pane->show();
        QSignalSpy loaded(pane.get(), &Ui::ChangeDetailPane::loaded);
        pane->setChangeId(changeId);
        if (!loaded.wait(30000))
            qWarning("change %lld did not load", changeId);
        // Who is logged in arrives on its own; role-dependent reasons need it.
        if (!QTest::qWaitFor([&] { return !pane->currentUser().isEmpty(); }, 10000))
            qWarning("the store did not say who is logged in");
        return pane;
    }

    static bool act(Ui::ChangeDetailPane &pane, Action action, const QString &comment, QString *message = nullptr)
    {
        pane.commentEdit()->setPlainText(comment);
        QSignalSpy finished(&pane, &Ui::ChangeDetailPane::actionFinished);
        pane.runAction(action);
        if (!finished.wait(30000))
            return false;
        if (message)
            *message = finished.constFirst().at(2).toString();
        return finished.constFirst().at(1).toBool();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
    }

    void init()
    {
        QString error;
        QVERIFY2(m_fx.newDatabase(&error), qPrintable(error));
    }

    void cleanup() { m_fx.stores.clear(); }

    void requesterAndCabOnTwoGatehousesSeeEachOtherLive()
    {
        const qint64 id = m_fx.draft(QStringLiteral("alice"), QStringLiteral("Upgrade odoo-web to 17.0.4")).id;
        auto alice = paneFor(QStringLiteral("alice"), id);
        QCOMPARE(Models::toString(alice->change().state), Models::toString(ChangeState::Draft));
        QVERIFY(alice->actionButton(Action::Submit)->isVisible());
        QVERIFY2(alice->actionButton(Action::Submit)->isEnabled(), qPrintable(alice->blockedReason(Action::Submit)));
        QVERIFY(act(*alice, Action::Submit, QStringLiteral("ready for the CAB")));

        // Carol, on her own Gatehouse, sees it submitted and assesses it.
        auto carol = paneFor(QStringLiteral("carol"), id);
        QCOMPARE(Models::toString(carol->change().state), Models::toString(ChangeState::Submitted));
        QVERIFY2(carol->actionButton(Action::Assess)->isEnabled(), qPrintable(carol->blockedReason(Action::Assess)));
        QVERIFY(act(*carol, Action::Assess, QStringLiteral("routine")));
        QTRY_COMPARE_WITH_TIMEOUT(Models::toString(alice->change().state), Models::toString(ChangeState::Assessed), 10000);

        // Alice cannot approve her own change: disabled with the reason…
        QPushButton *approve = alice->actionButton(Action::Approve);
        QVERIFY(approve->isVisible());
        QVERIFY(!approve->isEnabled());
        QVERIFY2(approve->toolTip().contains(QStringLiteral("separation of duties")), qPrintable(approve->toolTip()));
        QVERIFY(alice->findChild<QLabel *>(QStringLiteral("actionBlockedReasons"))->text().contains(QStringLiteral("requested this change")));
        // …and when forced, the database refuses and its sentence is shown as it is.
        QString refusal;
        QVERIFY(!act(*alice, Action::Approve, QStringLiteral("I trust myself"), &refusal));
        QVERIFY2(refusal.contains(QStringLiteral("separation of duties: alice requested change")), qPrintable(refusal));
        QCOMPARE(alice->lastError(), refusal);
        QVERIFY(alice->findChild<QLabel *>(QStringLiteral("actionMessage"))->text().contains(refusal));

        // Bob and carol approve from their Gatehouses; alice's detail follows live.
        auto bob = paneFor(QStringLiteral("bob"), id);
        QVERIFY2(bob->actionButton(Action::Approve)->isEnabled(), qPrintable(bob->blockedReason(Action::Approve)));
        QVERIFY(act(*bob, Action::Approve, QStringLiteral("images verified in staging")));
        auto *approvals = alice->findChild<QTreeWidget *>(QStringLiteral("changeApprovals"));
        QTRY_COMPARE_WITH_TIMEOUT(column(approvals, 1), QStringList{QStringLiteral("bob")}, 10000);
        QCOMPARE(column(approvals, 4), QStringList{QStringLiteral("images verified in staging")});
        QCOMPARE(column(approvals, 2), QStringList{QStringLiteral("cab-member")});
        // Carol assessed it but may still approve; once she did, she cannot approve twice.
        QTRY_VERIFY_WITH_TIMEOUT(carol->actionButton(Action::Approve)->isEnabled(), 10000);
        QVERIFY(act(*carol, Action::Approve, QStringLiteral("ok")));
        QTRY_VERIFY_WITH_TIMEOUT(!carol->actionButton(Action::Approve)->isEnabled(), 10000);
        QVERIFY(carol->blockedReason(Action::Approve).contains(QStringLiteral("already approved")));
        auto dave = paneFor(QStringLiteral("dave"), id);
        QVERIFY(act(*dave, Action::Approve, QStringLiteral("the warehouses agree")));
        QTRY_COMPARE_WITH_TIMEOUT(Models::toString(alice->change().state), Models::toString(ChangeState::Approved), 10000);
        QCOMPARE(column(approvals, 1), (QStringList{QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("dave")}));
        // The approvals gate now passes, with its evidence and evaluation time.
        auto *gates = alice->findChild<QTreeWidget *>(QStringLiteral("changeGates"));
        const auto approvalsGate = gates->findItems(QStringLiteral("approvals"), Qt::MatchExactly, 0);
        QCOMPARE(approvalsGate.size(), 1);
        QCOMPARE(approvalsGate.constFirst()->data(1, Qt::UserRole).toString(), QStringLiteral("pass"));
        QVERIFY(!approvalsGate.constFirst()->text(2).isEmpty());
        QVERIFY(alice->grab().save(Tests::ChangesFixture::outputFolder() + QStringLiteral("/detail-approved.png")));
    }

    void gatesWithoutEvidenceAreUnknownNeverPass()
    {
        const qint64 id = m_fx.assessed(QStringLiteral("alice"), QStringLiteral("Stock module patch")).id;
        auto bob = paneFor(QStringLiteral("bob"), id);
        auto *gates = bob->findChild<QTreeWidget *>(QStringLiteral("changeGates"));
        // The gates production-eu's policy requires, in its order.
        QStringList shown;
        for (int i = 0; i < gates->topLevelItemCount(); ++i)
            shown.append(gates->topLevelItem(i)->text(0));
        QCOMPARE(shown, Models::GateInputs::gatesFor(*m_fx.estate, QStringLiteral("production-eu")));
        for (const QString &gate : {QStringLiteral("window"), QStringLiteral("backup"), QStringLiteral("alerts")}) {
            const auto items = gates->findItems(gate, Qt::MatchExactly, 0);
            QCOMPARE(items.size(), 1);
            QCOMPARE(items.constFirst()->data(1, Qt::UserRole).toString(), QStringLiteral("unknown"));
            QVERIFY(items.constFirst()->text(3).contains(QStringLiteral("not evaluated")));
        }
        // A result from the calendar replaces "unknown" with its evidence.
        Models::GateResult window;
        window.gate = QStringLiteral("window");
        window.environment = QStringLiteral("production-eu");
        window.outcome = Models::GateResult::Outcome::Pass;
        window.summary = QStringLiteral("No freeze, inside the maintenance window");
        window.evidence = {QStringLiteral("calendar Europe/Amsterdam checked")};
        window.evaluatedAt = QDateTime(QDate(2027, 3, 1), QTime(8, 0), Qt::UTC);
        bob->setGateResults({window});
        const auto item = gates->findItems(QStringLiteral("window"), Qt::MatchExactly, 0).constFirst();
        QCOMPARE(item->data(1, Qt::UserRole).toString(), QStringLiteral("pass"));
        QCOMPARE(item->text(2), QStringLiteral("2027-03-01 08:00:00 UTC"));
        QVERIFY(item->text(3).contains(QStringLiteral("calendar Europe/Amsterdam checked")));
        // Scope, blast radius and the risk method are on the same screen.
        QVERIFY(bob->findChild<QLabel *>(QStringLiteral("changeScope"))->text().contains(QStringLiteral("registry.local/odoo:17.0.4")));
        QVERIFY(bob->findChild<QLabel *>(QStringLiteral("changeScope"))->text().contains(QStringLiteral("stock")));
        QVERIFY(bob->findChild<QLabel *>(QStringLiteral("changeBlastRadius"))->text().contains(QStringLiteral("Business processes")));
        QVERIFY(bob->record().risk.has_value());
        QVERIFY(bob->findChild<QLabel *>(QStringLiteral("changeRisk"))->text().contains(bob->record().risk->method.toHtmlEscaped()));
        // Without the calendar the proximity to month-end counts as far away; with it, the
        // factor names the hours to the nearest critical cycle (month-end close comes
        // every month, so it is always within the 720 h horizon).
        auto proximity = [&bob] {
            for (const Models::RiskFactor &f : bob->record().risk->breakdown) {
                if (f.key == QLatin1String("business-cycle"))
                    return f.explanation;
            }
            return QString();
        };
        QCOMPARE(proximity(), QStringLiteral("720.0 h to the nearest business cycle"));
        auto checker = std::make_shared<const Models::ConflictChecker>(m_fx.estate);
        bob->setCalendar([checker] { return checker; });
        QVERIFY(m_fx.get(m_fx.as(QStringLiteral("alice")).comment(id, QStringLiteral("re-read"))).ok()); // a reload renders again
        QTRY_VERIFY_WITH_TIMEOUT(proximity() != QLatin1String("720.0 h to the nearest business cycle"), 10000);
        const QString near = proximity();
        QVERIFY2(near == QLatin1String("the window is inside a business cycle") || near.endsWith(QLatin1String(" h to the nearest business cycle")),
                 qPrintable(near));
    }

    // A gate with no answer blocks; a release manager records an override with a reason
    // (the comment), the gate then shows it and the database refuses the requester.
    void releaseManagerOverridesAnUnknownGate()
    {
        const qint64 id = m_fx.assessed(QStringLiteral("alice"), QStringLiteral("Label printer driver")).id;
        auto alice = paneFor(QStringLiteral("alice"), id);
        auto *aliceGates = alice->findChild<QTreeWidget *>(QStringLiteral("changeGates"));
        aliceGates->setCurrentItem(aliceGates->findItems(QStringLiteral("backup"), Qt::MatchExactly, 0).constFirst());
        alice->commentEdit()->setPlainText(QStringLiteral("trust me"));
        auto *aliceButton = alice->findChild<QPushButton *>(QStringLiteral("overrideGateButton"));
        QVERIFY(aliceButton->isVisible());
        QVERIFY(!aliceButton->isEnabled());
        QVERIFY2(aliceButton->toolTip().contains(QStringLiteral("separation of duties")), qPrintable(aliceButton->toolTip()));

        auto rita = paneFor(QStringLiteral("rita"), id);
        auto *gates = rita->findChild<QTreeWidget *>(QStringLiteral("changeGates"));
        auto *button = rita->findChild<QPushButton *>(QStringLiteral("overrideGateButton"));
        // Nothing selected, or a passing gate: nothing to override.
        QVERIFY(!button->isEnabled());
        gates->setCurrentItem(gates->findItems(QStringLiteral("rollback"), Qt::MatchExactly, 0).constFirst());
        QVERIFY2(button->toolTip().contains(QStringLiteral("passes")), qPrintable(button->toolTip()));
        gates->setCurrentItem(gates->findItems(QStringLiteral("backup"), Qt::MatchExactly, 0).constFirst());
        QVERIFY2(button->toolTip().contains(QStringLiteral("comment")), qPrintable(button->toolTip()));
        QVERIFY(act(*rita, Action::OverrideGate, QStringLiteral("backups run nightly; the dashboard is down")));
        QTRY_VERIFY_WITH_TIMEOUT(gates->findItems(QStringLiteral("backup"), Qt::MatchExactly, 0).constFirst()->text(1).contains(QStringLiteral("overridden")), 10000);
        const QTreeWidgetItem *backup = gates->findItems(QStringLiteral("backup"), Qt::MatchExactly, 0).constFirst();
        QVERIFY2(backup->text(3).contains(QStringLiteral("Override by rita")) && backup->text(3).contains(QStringLiteral("dashboard is down")),
                 qPrintable(backup->text(3)));
        const auto overrides = m_fx.get(m_fx.as(QStringLiteral("rita")).gateOverrides(id));
        QVERIFY(overrides.ok());
        QCOMPARE(overrides->size(), 1);
        QCOMPARE(overrides->constFirst().gate, QStringLiteral("backup"));
        QCOMPARE(overrides->constFirst().environment, QStringLiteral("production-eu"));
        // Already overridden: the button says so.
        QVERIFY2(button->toolTip().contains(QStringLiteral("already overridden")), qPrintable(button->toolTip()));
    }

    void approvalsVoidedByAScopeChangeAreShown()
    {
        const qint64 id = m_fx.assessed(QStringLiteral("alice"), QStringLiteral("Carrier label fix")).id;
        auto alice = paneFor(QStringLiteral("alice"), id);
        QVERIFY(m_fx.get(m_fx.as(QStringLiteral("bob")).approve(id, QStringLiteral("fine"))).ok());
        QVERIFY(m_fx.get(m_fx.as(QStringLiteral("carol")).approve(id, QStringLiteral("fine too"))).ok());
        QVERIFY(m_fx.get(m_fx.as(QStringLiteral("dave")).approve(id, QStringLiteral("business agrees"))).ok());
        auto *approvals = alice->findChild<QTreeWidget *>(QStringLiteral("changeApprovals"));
        QTRY_COMPARE_WITH_TIMEOUT(column(approvals, 5),
                                  (QStringList{QStringLiteral("counts"), QStringLiteral("counts"), QStringLiteral("counts")}),
                                  10000);
        QTRY_COMPARE_WITH_TIMEOUT(Models::toString(alice->change().state), Models::toString(ChangeState::Approved), 10000);

        // The release manager widens the scope from another Gatehouse.
        Models::ChangeScope bigger = m_fx.get(m_fx.as(QStringLiteral("rita")).scope(id)).value();
        bigger.modules.append({QStringLiteral("sale_stock"), QStringLiteral("17.0.1.1")});
        const auto widened = m_fx.get(m_fx.as(QStringLiteral("rita")).setScope(id, bigger, QStringLiteral("sale_stock too")));
        QVERIFY2(widened.ok(), qPrintable(Tests::errorText(widened)));
        QTRY_VERIFY2_WITH_TIMEOUT(column(approvals, 5).constFirst().startsWith(QStringLiteral("void:")),
                                  qPrintable(column(approvals, 5).join(QLatin1Char('|')) + QLatin1Char(' ') + Models::toString(alice->change().state)), 10000);
        QCOMPARE(column(approvals, 5).size(), 3);
        for (const QString &status : column(approvals, 5))
            QVERIFY2(status.startsWith(QStringLiteral("void:")) && status.contains(QStringLiteral("sale_stock too")),
                     qPrintable(status));
        QVERIFY(approvals->topLevelItem(0)->font(1).strikeOut());
        QCOMPARE(Models::toString(alice->change().state), Models::toString(ChangeState::Assessed));
        QVERIFY(alice->findChild<QLabel *>(QStringLiteral("changeScope"))->text().contains(QStringLiteral("sale_stock")));
        // The audit history says why.
        auto *audit = alice->findChild<QTreeWidget *>(QStringLiteral("auditList"));
        QVERIFY(column(audit, 2).contains(QStringLiteral("change.scope-changed")));
        QVERIFY(column(audit, 2).contains(QStringLiteral("approvals.voided")));
    }

    void rejectNeedsACommentAndEmergencyIsFlagged()
    {
        const qint64 id = m_fx.assessed(QStringLiteral("alice"), QStringLiteral("Hotfix picking"), Models::ChangeType::Emergency).id;
        auto bob = paneFor(QStringLiteral("bob"), id);
        QVERIFY(bob->findChild<QLabel *>(QStringLiteral("emergencyBanner"))->isVisible());
        bob->commentEdit()->clear();
        QVERIFY(!bob->actionButton(Action::Reject)->isEnabled());
        QVERIFY(bob->blockedReason(Action::Reject).contains(QStringLiteral("Say why")));
        bob->commentEdit()->setPlainText(QStringLiteral("no rollback tested"));
        QVERIFY(bob->actionButton(Action::Reject)->isEnabled());
        QVERIFY(act(*bob, Action::RequestChanges, QStringLiteral("test the rollback first")));
        QTRY_COMPARE_WITH_TIMEOUT(Models::toString(bob->change().state), Models::toString(ChangeState::Draft), 10000);
    }

    void changeRecordPdfForAuditors()
    {
        const qint64 id = m_fx.assessed(QStringLiteral("alice"), QStringLiteral("Upgrade odoo-web to 17.0.4")).id;
        QVERIFY(m_fx.get(m_fx.as(QStringLiteral("bob")).approve(id, QStringLiteral("images verified"))).ok());
        auto bob = paneFor(QStringLiteral("bob"), id);
        const QString path = Tests::ChangesFixture::outputFolder() + QStringLiteral("/change-record.pdf");
        QFile::remove(path);
        QSignalSpy exported(bob.get(), &Ui::ChangeDetailPane::recordExported);
        bob->exportRecord(path);
        QVERIFY(exported.wait(30000));
        QVERIFY2(exported.constFirst().at(1).toBool(), qPrintable(exported.constFirst().at(2).toString()));
        QFile pdf(path);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QVERIFY2(bytes.size() > 5000, QByteArray::number(bytes.size()).constData());
        QVERIFY(bytes.count("/Type /Page\n") + bytes.count("/Type /Page ") + bytes.count("/Type /Page>") >= 1);
        // The text laid out in it: scope, approvals, gates and the chain's verification.
        const Ui::ChangeRecord &record = bob->record();
        QVERIFY(record.chain.has_value());
        QVERIFY(record.chain->intact());
        const QString html = Ui::ChangeRecordPdf::html(record);
        for (const QString &expected : {QStringLiteral("registry.local/odoo:17.0.4"), QStringLiteral("images verified"),
                                        QStringLiteral("cab-member"), QStringLiteral("VERIFIED"), QStringLiteral("approvals"),
                                        QStringLiteral("Redeploy odoo:17.0.3")})
            QVERIFY2(html.contains(expected), qPrintable(expected));
    }

    void auditChainIndicatorPinpointsTampering()
    {
        m_fx.assessed(QStringLiteral("alice"), QStringLiteral("Upgrade odoo-web to 17.0.4"));
        Ui::AuditChainIndicator indicator(&m_fx.as(QStringLiteral("bob")));
        QSignalSpy verified(&indicator, &Ui::AuditChainIndicator::verified);
        QVERIFY(verified.count() > 0 || verified.wait(20000));
        QCOMPARE(indicator.state(), Ui::AuditChainIndicator::State::Verified);
        QVERIFY2(indicator.text().contains(QStringLiteral("verified")), qPrintable(indicator.text()));
        // A superuser edits row 3 behind the functions' back.
        const auto done = m_fx.postgres.query(
            m_fx.db, QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;"
                                    "UPDATE audit_log SET actor = 'mallory' WHERE id = 3;"
                                    "ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;"));
        QVERIFY2(done.ok(), qPrintable(Tests::errorText(done)));
        verified.clear();
        indicator.verify();
        QVERIFY(verified.wait(20000));
        QCOMPARE(indicator.state(), Ui::AuditChainIndicator::State::Broken);
        QCOMPARE(indicator.text(), QStringLiteral("✘ Audit chain broken at row 3"));
        QVERIFY(indicator.toolTip().contains(QStringLiteral("Row 3")));
    }
};

QTEST_MAIN(TestChangeDetail)
#include "tst_changedetail.moc"
