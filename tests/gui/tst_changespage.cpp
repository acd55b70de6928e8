// The Changes list, its filters and saved views, and the CAB agenda, against a real
// PostgreSQL with several people connected at once.

#include "changesfixture.h"

#include "models/changerequestmodel.h"
#include "ui/cabagendapage.h"
#include "ui/changedetailpane.h"
#include "ui/changefilterproxymodel.h"
#include "ui/changespage.h"
#include "ui/newchangedialog.h"
#include "ui/savedviews.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Gatehouse;
using Models::ChangeRequest;
using Models::ChangeRequestModel;
using Models::ChangeState;
using Models::ChangeType;

namespace {

ChangeRequest change(qint64 id, const QString &title, ChangeState state, ChangeType type, const QString &env,
                     const QString &requester, const QDateTime &start = {})
{
    ChangeRequest c;
    c.id = id;
    c.title = title;
    c.state = state;
    c.type = type;
    c.environment = env;
    c.requester = requester;
    c.windowStart = start.isValid() ? start : QDateTime(QDate(2027, 3, 10), QTime(21, 0), Qt::UTC);
    c.windowEnd = c.windowStart.addSecs(3600);
    c.windowTimeZone = QStringLiteral("Europe/Amsterdam");
    return c;
}

QList<ChangeRequest> sample()
{
    const QString eu = QStringLiteral("production-eu");
    const QString us = QStringLiteral("production-us");
    return {
        change(1, QStringLiteral("EDI gateway upgrade"), ChangeState::Submitted, ChangeType::Normal, eu, QStringLiteral("alice")),
        change(2, QStringLiteral("Stock module patch"), ChangeState::Assessed, ChangeType::Emergency, us, QStringLiteral("zoe")),
        change(3, QStringLiteral("Carrier label fix"), ChangeState::Approved, ChangeType::Standard, eu, QStringLiteral("alice")),
        change(4, QStringLiteral("Portal hotfix"), ChangeState::Draft, ChangeType::Normal, us, QStringLiteral("zoe")),
        change(5, QStringLiteral("Odoo 17.0.4"), ChangeState::Closed, ChangeType::Normal, eu, QStringLiteral("alice")),
    };
}

QList<qint64> visibleIds(const QAbstractItemModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.index(row, 0).data(ChangeRequestModel::ChangeIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

Q_DECLARE_METATYPE(Gatehouse::Ui::ChangeFilter)

class TestChangesPage : public QObject
{
    Q_OBJECT

private:
    Tests::ChangesFixture m_fx;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
        QCoreApplication::setApplicationName(QStringLiteral("GatehouseChangesPageTest"));
        QSettings().clear();
        QString error;
        QVERIFY2(m_fx.start(&error), qPrintable(error));
    }

    void cleanup() { m_fx.stores.clear(); }

    void structuredFilters_data()
    {
        QTest::addColumn<Ui::ChangeFilter>("filter");
        QTest::addColumn<QList<qint64>>("expected");
        Ui::ChangeFilter f;
        QTest::newRow("nothing set") << f << QList<qint64>{1, 2, 3, 4, 5};
        f = {};
        f.needsDecision = true;
        QTest::newRow("needs a decision") << f << QList<qint64>{1, 2};
        f = {};
        f.states = {ChangeState::Draft, ChangeState::Closed};
        QTest::newRow("two states") << f << QList<qint64>{4, 5};
        f = {};
        f.types = {ChangeType::Emergency};
        QTest::newRow("emergency") << f << QList<qint64>{2};
        f = {};
        f.environment = QStringLiteral("production-eu");
        f.requester = QStringLiteral("alice");
        f.text = QStringLiteral("label");
        QTest::newRow("environment, requester and text") << f << QList<qint64>{3};
        f = {};
        f.environment = QStringLiteral("production-us");
        f.needsDecision = true;
        QTest::newRow("decisions for the US") << f << QList<qint64>{2};
    }

    void structuredFilters()
    {
        QFETCH(Ui::ChangeFilter, filter);
        QFETCH(QList<qint64>, expected);
        ChangeRequestModel source;
        Ui::ChangeFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&source);
        source.setChanges(sample());
        proxy.setChangeFilter(filter);
        QCOMPARE(visibleIds(proxy), expected);
        QCOMPARE(proxy.changeFilter(), filter);
        // A live update that moves a change out of the filter removes its row.
        ChangeRequest moved = sample().constFirst();
        moved.state = ChangeState::Rejected;
        source.upsert(moved);
        QVERIFY(!visibleIds(proxy).contains(1) || filter.isEmpty());
    }

    void savedViewsSurviveInTheSettings()
    {
        QSettings().remove(QStringLiteral("changes"));
        Ui::ChangesPage page(nullptr);
        page.model()->setChanges(sample());
        Ui::ChangeFilter decisions;
        decisions.needsDecision = true;
        decisions.environment = QStringLiteral("production-eu");
        page.setFilter(decisions);
        QCOMPARE(visibleIds(*page.view()->model()), QList<qint64>{1});
        QCOMPARE(page.findChild<QComboBox *>(QStringLiteral("stateFilter"))->currentData().toString(),
                 QStringLiteral("needs-decision"));
        page.saveView(QStringLiteral("EU decisions"));
        Ui::ChangeFilter emergencies;
        emergencies.types = {ChangeType::Emergency};
        emergencies.text = QStringLiteral("stock");
        page.setFilter(emergencies);
        page.saveView(QStringLiteral("Emergencies"));
        page.setFilter({});
        QCOMPARE(visibleIds(*page.view()->model()).size(), 5);

        // Another page (a later start) finds both views and applies them.
        Ui::ChangesPage later(nullptr);
        later.model()->setChanges(sample());
        const QList<Ui::SavedView> views = Ui::SavedViews::load();
        QCOMPARE(views.size(), 2);
        QCOMPARE(views.constFirst().name, QStringLiteral("EU decisions"));
        QCOMPARE(views.constFirst().filter, decisions);
        QCOMPARE(later.findChild<QComboBox *>(QStringLiteral("savedViews"))->count(), 3);
        QVERIFY(later.applyView(QStringLiteral("Emergencies")));
        QCOMPARE(visibleIds(*later.view()->model()), QList<qint64>{2});
        QCOMPARE(later.filter(), emergencies);
        QVERIFY(later.applyView(QStringLiteral("EU decisions")));
        QCOMPARE(visibleIds(*later.view()->model()), QList<qint64>{1});
        QVERIFY(!later.applyView(QStringLiteral("no such view")));
        QVERIFY(Ui::SavedViews::remove(QStringLiteral("Emergencies")));
        QCOMPARE(Ui::SavedViews::load().size(), 1);
    }

    void agendaGroupsByMeeting_data()
    {
        QTest::addColumn<QDate>("window");
        QTest::addColumn<QDate>("meeting");
        // Today is Wednesday 2027-03-03; the CAB meets on Tuesdays.
        QTest::newRow("next week's Thursday → that Tuesday") << QDate(2027, 3, 11) << QDate(2027, 3, 9);
        QTest::newRow("window on a Wednesday → the day before") << QDate(2027, 3, 10) << QDate(2027, 3, 9);
        QTest::newRow("window on Tuesday → the Tuesday before") << QDate(2027, 3, 16) << QDate(2027, 3, 9);
        QTest::newRow("too soon for a meeting → the next one") << QDate(2027, 3, 5) << QDate(2027, 3, 9);
        QTest::newRow("in three weeks") << QDate(2027, 3, 25) << QDate(2027, 3, 23);
    }

    void agendaGroupsByMeeting()
    {
        QFETCH(QDate, window);
        QFETCH(QDate, meeting);
        const ChangeRequest c = change(1, QStringLiteral("x"), ChangeState::Submitted, ChangeType::Normal,
                                       QStringLiteral("production-eu"), QStringLiteral("alice"),
                                       QDateTime(window, QTime(21, 0), Qt::UTC));
        QCOMPARE(Ui::CabAgendaPage::meetingFor(c, QDate(2027, 3, 3), Qt::Tuesday), meeting);
    }

    void agendaShowsWhatNeedsADecisionLive()
    {
        QString error;
        QVERIFY2(m_fx.newDatabase(&error), qPrintable(error));
        m_fx.assessed(QStringLiteral("alice"), QStringLiteral("Upgrade odoo-web"), ChangeType::Normal, 9);
        m_fx.assessed(QStringLiteral("zoe"), QStringLiteral("Stock hotfix"), ChangeType::Emergency, 1);
        m_fx.draft(QStringLiteral("alice"), QStringLiteral("Still a draft"));
        Ui::CabAgendaPage agenda(&m_fx.as(QStringLiteral("bob")));
        agenda.setEstate(m_fx.estate, m_fx.analysis);
        agenda.resize(1500, 950);
        agenda.show();
        QTRY_COMPARE_WITH_TIMEOUT(agenda.groups().size(), 2, 20000);
        QVERIFY(agenda.groups().constFirst().emergency);
        QCOMPARE(agenda.groups().constFirst().changes.constFirst().title, QStringLiteral("Stock hotfix"));
        QCOMPARE(agenda.groups().constLast().meeting.dayOfWeek(), int(Qt::Tuesday));
        QCOMPARE(agenda.groups().constLast().changes.constFirst().title, QStringLiteral("Upgrade odoo-web"));
        QTreeWidget *tree = agenda.tree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QVERIFY(tree->topLevelItem(0)->text(0).contains(QStringLiteral("Emergency")));

        // Someone else submits a change: it joins the agenda without a refresh by hand.
        const qint64 late = m_fx.draft(QStringLiteral("zoe"), QStringLiteral("Label printer driver"), ChangeType::Normal, 9).id;
        QVERIFY(m_fx.get(m_fx.as(QStringLiteral("zoe")).submit(late)).ok());
        QTRY_COMPARE_WITH_TIMEOUT(agenda.groups().constLast().changes.size(), 2, 10000);
        // Selecting a change shows everything needed to decide beside the agenda.
        tree->setCurrentItem(tree->topLevelItem(1)->child(0));
        QSignalSpy loaded(agenda.detail(), &Ui::ChangeDetailPane::loaded);
        QVERIFY(loaded.count() > 0 || loaded.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(agenda.detail()->actionButton(Ui::ChangeDetailPane::Action::Approve)->isEnabled(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!tree->topLevelItem(1)->child(0)->text(5).isEmpty(), 10000);
        QVERIFY(agenda.grab().save(Tests::ChangesFixture::outputFolder() + QStringLiteral("/agenda.png")));
    }

    void newChangeStoresItsScopeParts()
    {
        QString error;
        QVERIFY2(m_fx.newDatabase(&error), qPrintable(error));
        Ui::ChangesPage page(&m_fx.as(QStringLiteral("alice")));
        page.setEstate(m_fx.estate, m_fx.analysis);
        Ui::NewChangeDialog *dialog = page.newChange();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("titleEdit"))->setText(QStringLiteral("Upgrade odoo-web and stock"));
        auto *env = dialog->findChild<QComboBox *>(QStringLiteral("environmentCombo"));
        env->setCurrentIndex(env->findData(QStringLiteral("production-eu")));
        auto *workloads = dialog->findChild<QListWidget *>(QStringLiteral("workloadList"));
        const auto odooWeb = workloads->findItems(QStringLiteral("odoo-web"), Qt::MatchExactly);
        QCOMPARE(odooWeb.size(), 1);
        odooWeb.constFirst()->setCheckState(Qt::Checked);
        // The workload appears in the scope with its current image, to be edited.
        auto *workloadScope = dialog->findChild<QTableWidget *>(QStringLiteral("workloadScopeTable"));
        QCOMPARE(workloadScope->rowCount(), 1);
        workloadScope->item(0, 1)->setText(QStringLiteral("registry.local/odoo:17.0.4"));
        auto *modules = dialog->findChild<QTableWidget *>(QStringLiteral("moduleTable"));
        modules->insertRow(0);
        modules->setItem(0, 0, new QTableWidgetItem(QStringLiteral("stock")));
        modules->setItem(0, 1, new QTableWidgetItem(QStringLiteral("17.0.1.4")));
        // Infrastructure is kept apart: mixing it in blocks OK with the reason.
        auto *infrastructure = dialog->findChild<QTableWidget *>(QStringLiteral("infrastructureTable"));
        infrastructure->insertRow(0);
        infrastructure->setItem(0, 0, new QTableWidgetItem(QStringLiteral("k8s-eu node pool")));
        auto *ok = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("partsError"))->text().contains(QStringLiteral("kept apart")));
        infrastructure->removeRow(0);
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->problems().join(QLatin1Char(' '))));
        QVERIFY(!dialog->scope().rollbackPlan.isEmpty());
        QVERIFY(!dialog->scope().rollbackCriteria.isEmpty()); // from the production policy's templates

        const qsizetype criteria = dialog->scope().rollbackCriteria.size();
        ChangeRequest stored;
        connect(dialog, &Ui::NewChangeDialog::changeCreated, this, [&stored](const ChangeRequest &c) { stored = c; });
        QSignalSpy created(dialog, &Ui::NewChangeDialog::changeCreated);
        dialog->accept(); // the dialog deletes itself once closed
        QVERIFY(created.wait(30000));
        QVERIFY(stored.id != 0);
        const auto scope = m_fx.get(m_fx.as(QStringLiteral("alice")).scope(stored.id));
        QVERIFY(scope.ok());
        QCOMPARE(scope->workloads.size(), 1);
        QCOMPARE(scope->workloads.constFirst().image, QStringLiteral("registry.local/odoo:17.0.4"));
        QCOMPARE(scope->modules.size(), 1);
        QCOMPARE(scope->modules.constFirst().version, QStringLiteral("17.0.1.4"));
        QCOMPARE(scope->rollbackCriteria.size(), criteria);
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowOf(stored.id) >= 0, 10000);
    }

    void listFollowsOtherPeopleLive()
    {
        QString error;
        QVERIFY2(m_fx.newDatabase(&error), qPrintable(error));
        m_fx.assessed(QStringLiteral("alice"), QStringLiteral("Upgrade odoo-web to 17.0.4"));
        Ui::ChangesPage page(&m_fx.as(QStringLiteral("alice")));
        page.setEstate(m_fx.estate, m_fx.analysis);
        page.resize(1600, 950);
        page.show();
        QSignalSpy settled(&page, &Ui::ChangesPage::settled);
        QVERIFY(page.hasSettled() || settled.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 1, 10000);

        // Zoe, on another Gatehouse, files a change: alice's list shows it.
        const qint64 zoes = m_fx.draft(QStringLiteral("zoe"), QStringLiteral("Portal hotfix")).id;
        QTRY_COMPARE_WITH_TIMEOUT(page.model()->rowCount(), 2, 10000);
        QVERIFY(page.selectChange(zoes));
        QTRY_COMPARE_WITH_TIMEOUT(page.detail()->change().id, zoes, 10000);
        QCOMPARE(Models::toString(page.detail()->change().state), Models::toString(ChangeState::Draft));
        // Zoe submits it; the row and the detail follow.
        QVERIFY(m_fx.get(m_fx.as(QStringLiteral("zoe")).submit(zoes)).ok());
        const int row = page.model()->rowOf(zoes);
        QTRY_COMPARE_WITH_TIMEOUT(Models::toString(page.model()->changeAt(row)->state), Models::toString(ChangeState::Submitted), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(Models::toString(page.detail()->change().state), Models::toString(ChangeState::Submitted), 10000);
        // The "needs a decision" filter keeps both; the draft filter none.
        Ui::ChangeFilter decisions;
        decisions.needsDecision = true;
        page.setFilter(decisions);
        QCOMPARE(page.view()->model()->rowCount(), 2);
        QCOMPARE(page.currentChangeId(), zoes);
        Ui::ChangeFilter drafts;
        drafts.states = {ChangeState::Draft};
        page.setFilter(drafts);
        QCOMPARE(page.view()->model()->rowCount(), 0);
        page.setFilter({});
        QVERIFY(page.selectChange(zoes));
        QTRY_VERIFY_WITH_TIMEOUT(page.detail()->isLoaded(), 10000);
        QVERIFY(page.grab().save(Tests::ChangesFixture::outputFolder() + QStringLiteral("/list.png")));
    }
};

QTEST_MAIN(TestChangesPage)
#include "tst_changespage.moc"
