// The Calendar page offscreen, on the demo estate in March 2027: what a release
// manager sees (bands and change blocks where the calendar says), how they move
// around (zoom, today, keyboard), in which zone, and how they reschedule (drag with
// live conflicts and a confirmation; the next safe window).

#include "models/conflictchecker.h"
#include "models/release.h"
#include "services/estateloader.h"
#include "ui/calendarlegend.h"
#include "ui/calendarpage.h"
#include "ui/calendarrescheduledialog.h"
#include "ui/calendarstyle.h"
#include "ui/monthview.h"
#include "ui/nextwindowdialog.h"
#include "ui/timelineview.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTreeWidget>

using namespace Gatehouse;
using Models::BandKind;
using Models::CalendarInterval;
using Models::ChangeRequest;
using Models::ChangeState;
using Models::Conflict;
using Ui::CalendarPage;
using Ui::TimelineView;

namespace {

const QString kDemoEstate = QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate");
const QTimeZone kAmsterdam("Europe/Amsterdam");
const QTimeZone kChicago("America/Chicago");

// Wednesday 10 March 2027, 10:00 in Amsterdam: before both DST switches of that month.
QDateTime fixedNow()
{
    return QDateTime(QDate(2027, 3, 10), QTime(9, 0), QTimeZone::utc());
}

QDateTime utc(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2027, month, day), QTime(hour, minute), QTimeZone::utc());
}

ChangeRequest makeChange(qint64 id, const QString &title, const QString &environment, const QStringList &integrations,
                         const QDateTime &start, int minutes, ChangeState state, const QString &zone)
{
    ChangeRequest change;
    change.id = id;
    change.title = title;
    change.environment = environment;
    change.integrations = integrations;
    change.windowStart = start;
    change.windowEnd = start.addSecs(minutes * 60);
    change.windowTimeZone = zone;
    change.state = state;
    change.requester = QStringLiteral("release-manager");
    return change;
}

QList<ChangeRequest> demoChanges()
{
    return {
        // 22:00–23:00 Chicago on Tue 9 March: on top of ACME's daily 850 slot.
        makeChange(101, QStringLiteral("EDI gateway 3.2 (ASN mapping)"), QStringLiteral("production-us"),
                   {QStringLiteral("edi-gateway")}, utc(3, 10, 4), 60, ChangeState::Scheduled,
                   QStringLiteral("America/Chicago")),
        // 04:00–05:00 Chicago on Wed 10 March: quiet at the DC, no partner slot.
        makeChange(102, QStringLiteral("EDI gateway hotfix"), QStringLiteral("production-us"),
                   {QStringLiteral("edi-gateway")}, utc(3, 10, 10), 60, ChangeState::Approved,
                   QStringLiteral("America/Chicago")),
        makeChange(103, QStringLiteral("Stock valuation fix"), QStringLiteral("production-eu"),
                   {QStringLiteral("odoo-stock")}, utc(3, 11, 20), 120, ChangeState::Submitted,
                   QStringLiteral("Europe/Amsterdam")),
        makeChange(104, QStringLiteral("Odoo 17 rehearsal"), QStringLiteral("staging"), {QStringLiteral("odoo-core")},
                   utc(3, 9, 8), 240, ChangeState::InProgress, QStringLiteral("Europe/Amsterdam")),
    };
}

Models::ReleasePhase releasePhase(int position, const QString &environment, const QString &workload,
                                  Models::PhaseKind kind, Models::PhaseState state, const QDateTime &started,
                                  const QDateTime &finished, const QString &note = {})
{
    Models::ReleasePhase phase;
    phase.position = position;
    phase.environment = environment;
    phase.workload = workload;
    phase.container = workload;
    phase.image = QStringLiteral("registry.northwind.example/%1:next").arg(workload);
    phase.kind = kind;
    phase.state = state;
    phase.startedAt = started;
    phase.finishedAt = finished;
    phase.note = note;
    return phase;
}

// Releases around the fixed now (Wed 10 March 2027 09:00 UTC) as the control store lists them.
QList<Models::Release> demoReleases()
{
    using Models::PhaseKind;
    using Models::PhaseState;
    const QString edi = QStringLiteral("edi-gateway");
    const QString carrier = QStringLiteral("carrier-connector");
    Models::Release running;
    running.id = 7;
    running.title = QStringLiteral("EDI gateway 4.3");
    running.state = Models::ReleaseState::Running;
    running.phases = {
        releasePhase(0, QStringLiteral("development"), edi, PhaseKind::Canary, PhaseState::Completed, utc(3, 9, 8), utc(3, 9, 8, 10)),
        releasePhase(1, QStringLiteral("production-eu"), edi, PhaseKind::Canary, PhaseState::Completed, utc(3, 10, 7), utc(3, 10, 7, 30)),
        releasePhase(2, QStringLiteral("production-eu"), edi, PhaseKind::Rest, PhaseState::Baking, utc(3, 10, 7, 30), {}),
        releasePhase(3, QStringLiteral("production-us"), edi, PhaseKind::Canary, PhaseState::Pending, {}, {}),
    };
    running.currentPhase = 2;
    Models::Release rolledBack;
    rolledBack.id = 8;
    rolledBack.title = QStringLiteral("Carrier connector 1.16");
    rolledBack.state = Models::ReleaseState::RolledBack;
    rolledBack.updatedAt = utc(3, 9, 10, 20);
    rolledBack.phases = {
        releasePhase(0, QStringLiteral("staging"), carrier, PhaseKind::Canary, PhaseState::RolledBack, utc(3, 9, 10),
                     utc(3, 9, 10, 20), QStringLiteral("Rolled back by criterion: label failures 0.4 > 0.1")),
        releasePhase(1, QStringLiteral("staging"), carrier, PhaseKind::Rest, PhaseState::Pending, {}, {}),
    };
    Models::Release paused;
    paused.id = 9;
    paused.title = QStringLiteral("Stock valuation fix");
    paused.state = Models::ReleaseState::Paused;
    paused.phases = {releasePhase(0, QStringLiteral("staging"), QStringLiteral("odoo-web"), PhaseKind::Canary,
                                  PhaseState::Paused, utc(3, 10, 6), {}, QStringLiteral("Paused by sam: labels look wrong"))};
    Models::Release failed;
    failed.id = 10;
    failed.title = QStringLiteral("WMS connector 2.9");
    failed.state = Models::ReleaseState::Failed;
    failed.updatedAt = utc(3, 8, 12, 5);
    failed.phases = {releasePhase(0, QStringLiteral("development"), QStringLiteral("wms-connector"), PhaseKind::Canary,
                                  PhaseState::Failed, utc(3, 8, 12), utc(3, 8, 12, 5))};
    Models::Release rollingBack;
    rollingBack.id = 11;
    rollingBack.title = QStringLiteral("Portal 5.1");
    rollingBack.state = Models::ReleaseState::Running;
    rollingBack.phases = {releasePhase(0, QStringLiteral("production-us"), QStringLiteral("portal"), PhaseKind::Canary,
                                       PhaseState::RollingBack, utc(3, 10, 8, 30), {})};
    Models::Release lastMonth;
    lastMonth.id = 5;
    lastMonth.title = QStringLiteral("February release");
    lastMonth.state = Models::ReleaseState::Completed;
    lastMonth.phases = {releasePhase(0, QStringLiteral("production-eu"), edi, PhaseKind::Canary, PhaseState::Completed,
                                     utc(2, 10, 8), utc(2, 10, 9))};
    return {running, rolledBack, paused, failed, rollingBack, lastMonth};
}

int releaseBandIndex(const TimelineView *view, qint64 release, int phase)
{
    const QList<Models::ReleaseBand> &bands = view->releaseBands();
    for (int i = 0; i < bands.size(); ++i) {
        if (bands[i].releaseId == release && bands[i].phase == phase)
            return i;
    }
    return -1;
}

QString plainText(const QString &html)
{
    return QTextDocumentFragment::fromHtml(html).toPlainText();
}

int rowIndex(const TimelineView *view, TimelineView::RowKind kind, const QString &name)
{
    const QList<TimelineView::Row> rows = view->rows();
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].kind == kind && rows[i].name == name)
            return i;
    }
    return -1;
}

QString plain(const QLabel *label)
{
    return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
}

// QTest's mouse helpers do not carry the held button into moves; send the events as a
// window system would.
void sendMouse(QWidget *target, QEvent::Type type, const QPointF &pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, pos, target->mapToGlobal(pos), button, buttons, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &event);
}

} // namespace

class TestCalendarPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void bandsAreWhereTheCalendarSays_data();
    void bandsAreWhereTheCalendarSays();
    void changeBlocksAreWhereTheirWindowsAre();
    void zoomShowsWholePeriods_data();
    void zoomShowsWholePeriods();
    void todayPreviousNextAndKeyboard();
    void timeZoneSwitchChangesTheLabels();
    void filtersHideRowsAndBands();
    void conflictMarkersAgreeWithTheChecker();
    void dragShowsLiveConflictsAndConfirmationRequestsReschedule();
    void keyboardRescheduleCanBeCancelled();
    void nextWindowProposalsAllPassTheChecker();
    void monthGridListsTheDay();
    void exportsThePdf();
    void releaseProgressShowsOnEnvironmentRows_data();
    void releaseProgressShowsOnEnvironmentRows();
    void releaseProgressFollowsTheStore();
    void screenshots();

private:
    Models::EstatePtr m_estate;
    std::unique_ptr<CalendarPage> m_page;
};

void TestCalendarPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    const Services::EstateLoadResult result = Services::EstateLoader::loadFolder(kDemoEstate);
    QVERIFY2(result.estate, "the demo estate does not load");
    m_estate = result.estate;
}

void TestCalendarPage::init()
{
    m_page = std::make_unique<CalendarPage>();
    m_page->setClock(fixedNow);
    m_page->setViewerTimeZone(kAmsterdam);
    m_page->resize(1500, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QSignalSpy ready(m_page.get(), &CalendarPage::ready);
    m_page->setEstate(m_estate);
    m_page->setChanges(demoChanges());
    m_page->setZoom(TimelineView::Zoom::Week);
    m_page->timeline()->goToday();
    QVERIFY(ready.wait(20000));
    QTRY_VERIFY(m_page->isReady());
    QCOMPARE(m_page->displayTimeZone(), kAmsterdam);
}

void TestCalendarPage::cleanup()
{
    m_page.reset();
}

void TestCalendarPage::bandsAreWhereTheCalendarSays_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("rowKind");
    QTest::addColumn<QString>("row");
    QTest::addColumn<QDateTime>("start"); // hand-computed, UTC
    QTest::addColumn<QDateTime>("end");

    // ACME's 850 at 22:00 Chicago (CST, UTC−6 until 14 March) on Tuesday 9 March.
    QTest::newRow("acme po-850 Tue 22:00 Chicago") << int(BandKind::PartnerSlot) << QStringLiteral("po-850")
                                                   << int(TimelineView::RowKind::Partner) << QStringLiteral("acme-retail")
                                                   << utc(3, 10, 4) << utc(3, 10, 4, 45);
    // Chicago's UPS cutoff 16:00–17:00 local on Thursday 11 March.
    QTest::newRow("chicago ups-cutoff Thu") << int(BandKind::OperatingCycle) << QStringLiteral("ups-cutoff")
                                            << int(TimelineView::RowKind::Site) << QStringLiteral("chicago")
                                            << utc(3, 11, 22) << utc(3, 11, 23);
    // The EU weeknight maintenance window, Tuesday 21:00–24:00 Amsterdam (CET, UTC+1).
    QTest::newRow("eu-weeknight Tue") << int(BandKind::MaintenanceWindow) << QStringLiteral("eu-weeknight")
                                      << int(TimelineView::RowKind::Environment) << QStringLiteral("production-eu")
                                      << utc(3, 9, 20) << utc(3, 9, 23);
    // Weekly payment run, Thursday 10:00–13:00 Amsterdam, at every site.
    QTest::newRow("weekly-payment-run Thu") << int(BandKind::BusinessCycle) << QStringLiteral("weekly-payment-run")
                                            << int(TimelineView::RowKind::Site) << QStringLiteral("rotterdam")
                                            << utc(3, 11, 9) << utc(3, 11, 12);
}

void TestCalendarPage::bandsAreWhereTheCalendarSays()
{
    QFETCH(int, kind);
    QFETCH(QString, name);
    QFETCH(int, rowKind);
    QFETCH(QString, row);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);

    TimelineView *view = m_page->timeline();
    const int rowAt = rowIndex(view, TimelineView::RowKind(rowKind), row);
    QVERIFY2(rowAt >= 0, qPrintable(row));
    int found = -1;
    const QList<CalendarInterval> &intervals = view->intervals();
    for (int i = 0; i < intervals.size(); ++i) {
        if (int(intervals[i].kind) == kind && intervals[i].name == name && intervals[i].start == start)
            found = i;
    }
    QVERIFY2(found >= 0, "the calendar engine has no such occurrence");
    QCOMPARE(intervals[found].end, end);

    // Painted where the times are, in the row the rule concerns.
    const QRectF rect = view->bandRect(found, rowAt);
    QVERIFY(!rect.isEmpty());
    QVERIFY(view->rowRect(rowAt).contains(rect.center()));
    QVERIFY(qAbs(rect.left() - view->xForTime(start)) < 0.5);
    QVERIFY(qAbs(rect.right() - view->xForTime(end)) < 1.5);
    QVERIFY(qAbs(view->timeForX(rect.left()).secsTo(start)) < 120);
    // Hit-testing finds it (the band under the point with the shortest span).
    QCOMPARE(view->intervalAt(rect.center()), found);
}

void TestCalendarPage::changeBlocksAreWhereTheirWindowsAre()
{
    TimelineView *view = m_page->timeline();
    const int productionUs = rowIndex(view, TimelineView::RowKind::Environment, QStringLiteral("production-us"));
    for (const ChangeRequest &change : demoChanges()) {
        const QRectF rect = view->changeRect(change.id);
        QVERIFY2(!rect.isEmpty(), qPrintable(change.title));
        QVERIFY(qAbs(rect.left() - view->xForTime(change.windowStart)) < 0.5);
        QVERIFY(qAbs(rect.right() - view->xForTime(change.windowEnd)) < 1.5 || rect.width() <= 6.01);
        QCOMPARE(view->changeAt(rect.center()), change.id);
        const int row = rowIndex(view, TimelineView::RowKind::Environment, change.environment);
        QVERIFY(view->rowRect(row).contains(rect.center()));
    }
    QVERIFY(view->rowRect(productionUs).contains(view->changeRect(101).center()));
    // Nothing where there is no block.
    QCOMPARE(view->changeAt(QPointF(view->gutterWidth() - 10, view->changeRect(101).center().y())), 0);
}

void TestCalendarPage::zoomShowsWholePeriods_data()
{
    QTest::addColumn<int>("zoom");
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    // Local midnights in Amsterdam; the end of March crosses into summer time.
    QTest::newRow("day") << int(TimelineView::Zoom::Day) << utc(3, 9, 23) << utc(3, 10, 23);
    QTest::newRow("week") << int(TimelineView::Zoom::Week) << utc(3, 7, 23) << utc(3, 14, 23);
    QTest::newRow("month") << int(TimelineView::Zoom::Month) << utc(2, 28, 23) << utc(3, 31, 22);
    QTest::newRow("quarter") << int(TimelineView::Zoom::Quarter) << QDateTime(QDate(2026, 12, 31), QTime(23, 0), QTimeZone::utc())
                             << utc(3, 31, 22);
}

void TestCalendarPage::zoomShowsWholePeriods()
{
    QFETCH(int, zoom);
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    m_page->setZoom(TimelineView::Zoom(zoom));
    m_page->timeline()->goToday();
    QCOMPARE(m_page->timeline()->rangeStart(), from);
    QCOMPARE(m_page->timeline()->rangeEnd(), to);
    QVERIFY(m_page->timeline()->xForTime(from) == m_page->timeline()->gutterWidth());
    QTRY_VERIFY(m_page->isReady());
    // The change of 10 March is in every one of these ranges.
    QVERIFY(!m_page->timeline()->changeRect(102).isEmpty());
}

void TestCalendarPage::todayPreviousNextAndKeyboard()
{
    TimelineView *view = m_page->timeline();
    view->setFocus();
    m_page->setZoom(TimelineView::Zoom::Week);
    const QDateTime thisWeek = view->rangeStart();
    QTest::keyClick(view, Qt::Key_PageDown);
    QCOMPARE(view->rangeStart(), thisWeek.addDays(7));
    QTest::keyClick(view, Qt::Key_PageDown);
    QTest::keyClick(view, Qt::Key_PageUp);
    QCOMPARE(view->rangeStart(), thisWeek.addDays(7));
    QTest::keyClick(view, Qt::Key_T);
    QCOMPARE(view->rangeStart(), thisWeek);
    QVERIFY(view->rangeStart() <= fixedNow() && fixedNow() < view->rangeEnd());

    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(view->zoom(), TimelineView::Zoom::Day);
    QTest::keyClick(view, Qt::Key_Minus);
    QTest::keyClick(view, Qt::Key_Minus);
    QCOMPARE(view->zoom(), TimelineView::Zoom::Month);
    m_page->setZoom(TimelineView::Zoom::Week);

    // Left/Right walk the change blocks in time order, Up/Down between rows.
    QSignalSpy selected(m_page.get(), &CalendarPage::selectedChangeChanged);
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(m_page->selectedChange(), qint64(104)); // Tue 9 March 08:00 UTC, the earliest
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(m_page->selectedChange(), qint64(101));
    QTest::keyClick(view, Qt::Key_Right);
    QCOMPARE(m_page->selectedChange(), qint64(102));
    QTest::keyClick(view, Qt::Key_Left);
    QCOMPARE(m_page->selectedChange(), qint64(101));
    QTest::keyClick(view, Qt::Key_Up); // production-eu is the row above production-us
    QCOMPARE(m_page->selectedChange(), qint64(103));
    QCOMPARE(selected.count(), 5);
    QCOMPARE(selected.last().at(0).toLongLong(), qint64(103));

    // Selecting a change in another week shows that week.
    QList<ChangeRequest> changes = demoChanges();
    changes.append(makeChange(105, QStringLiteral("Carrier label format"), QStringLiteral("production-eu"),
                              {QStringLiteral("carrier-dhl")}, utc(4, 20, 20), 60, ChangeState::Scheduled,
                              QStringLiteral("Europe/Amsterdam")));
    m_page->setChanges(changes);
    m_page->selectChange(105);
    QVERIFY(view->rangeStart() <= utc(4, 20, 20) && utc(4, 20, 20) < view->rangeEnd());
    QVERIFY(!view->changeRect(105).isEmpty());
}

void TestCalendarPage::timeZoneSwitchChangesTheLabels()
{
    TimelineView *view = m_page->timeline();
    m_page->selectChange(101);
    QCOMPARE(view->zoneCaption(), QStringLiteral("Times in Europe/Amsterdam"));
    QString status = plain(m_page->statusLabel());
    QVERIFY2(status.contains(QStringLiteral("Wed 10 Mar 2027 05:00 – 06:00 Europe/Amsterdam")), qPrintable(status));
    // The zone the change was planned in is shown next to it.
    QVERIFY2(status.contains(QStringLiteral("Tue 9 Mar 2027 22:00 – 23:00 America/Chicago")), qPrintable(status));
    QVERIFY(m_page->rangeLabel()->text().endsWith(QStringLiteral("Europe/Amsterdam")));

    // Every offered zone: mine, each site's, UTC.
    QStringList offered;
    for (int i = 0; i < m_page->zoneSelector()->count(); ++i)
        offered.append(m_page->zoneSelector()->itemData(i).toString());
    QCOMPARE(offered.size(), 5);
    QCOMPARE(offered.first(), QStringLiteral("Europe/Amsterdam"));
    QCOMPARE(offered.last(), QStringLiteral("UTC"));
    QCOMPARE(offered.count(QStringLiteral("Europe/Amsterdam")), 2); // mine and Rotterdam's
    QVERIFY(offered.contains(QStringLiteral("America/Chicago")));
    QVERIFY(offered.contains(QStringLiteral("Asia/Singapore")));

    m_page->setZoom(TimelineView::Zoom::Day);
    m_page->timeline()->showDate(QDate(2027, 3, 10));
    QVERIFY(m_page->setDisplayTimeZone(kChicago));
    QCOMPARE(m_page->zoneSelector()->currentData().toString(), QStringLiteral("America/Chicago"));
    QCOMPARE(view->zoneCaption(), QStringLiteral("Times in America/Chicago"));
    QVERIFY(m_page->rangeLabel()->text().endsWith(QStringLiteral("America/Chicago")));
    status = plain(m_page->statusLabel());
    QVERIFY2(status.startsWith(QStringLiteral("#101 EDI gateway 3.2 (ASN mapping) · Scheduled · Tue 9 Mar 2027 22:00 – 23:00 "
                                              "America/Chicago")),
             qPrintable(status));
    // The day shown is the Chicago day around the same moment, its hours Chicago's.
    QCOMPARE(view->rangeStart(), utc(3, 10, 6));
    QCOMPARE(view->axisLabels().first(), QStringLiteral("Wednesday 10 March 2027"));
    QCOMPARE(view->axisLabels().at(1), QStringLiteral("00:00"));
    // The block stays at its instant: 22:00 on the Chicago axis.
    QVERIFY(qAbs(view->changeRect(101).left() - view->xForTime(utc(3, 10, 4))) < 0.5);
    QVERIFY(qAbs(view->timeForX(view->changeRect(101).left()).toTimeZone(kChicago).time().hour() - 22) == 0);

    QVERIFY(m_page->setDisplayTimeZone(QTimeZone::utc()));
    QCOMPARE(view->zoneCaption(), QStringLiteral("Times in UTC"));
    QVERIFY(plain(m_page->statusLabel()).contains(QStringLiteral("04:00 – 05:00 UTC")));
    QVERIFY(!m_page->setDisplayTimeZone(QTimeZone("Australia/Sydney")));
}

void TestCalendarPage::filtersHideRowsAndBands()
{
    TimelineView *view = m_page->timeline();
    const int allRows = int(view->rows().size());
    QVERIFY(rowIndex(view, TimelineView::RowKind::Site, QStringLiteral("singapore")) >= 0);
    m_page->setEnvironmentFilter(QStringLiteral("production-us"));
    QCOMPARE(view->rows().first().name, QStringLiteral("production-us"));
    QVERIFY(view->rows().size() < allRows);
    QCOMPARE(rowIndex(view, TimelineView::RowKind::Environment, QStringLiteral("production-eu")), -1);
    QCOMPARE(rowIndex(view, TimelineView::RowKind::Site, QStringLiteral("singapore")), -1);
    QVERIFY(rowIndex(view, TimelineView::RowKind::Site, QStringLiteral("chicago")) >= 0);
    QVERIFY(view->changeRect(103).isEmpty()); // production-eu's change is not shown
    QVERIFY(!view->changeRect(101).isEmpty());
    m_page->setEnvironmentFilter({});
    m_page->setSiteFilter(QStringLiteral("singapore"));
    QCOMPARE(rowIndex(view, TimelineView::RowKind::Site, QStringLiteral("chicago")), -1);
    m_page->setSiteFilter({});
    QCOMPARE(view->rows().size(), allRows);

    // Hiding a kind of band removes its bands, not the others.
    const int chicago = rowIndex(view, TimelineView::RowKind::Site, QStringLiteral("chicago"));
    auto shownOfKind = [&](BandKind kind) {
        int shown = 0;
        for (int i = 0; i < view->intervals().size(); ++i)
            shown += view->intervals()[i].kind == kind && !view->bandRect(i, chicago).isEmpty() ? 1 : 0;
        return shown;
    };
    QVERIFY(shownOfKind(BandKind::OperatingCycle) > 10);
    QVERIFY(shownOfKind(BandKind::BusinessCycle) > 0);
    m_page->setBandKindVisible(BandKind::OperatingCycle, false);
    QCOMPARE(shownOfKind(BandKind::OperatingCycle), 0);
    QVERIFY(shownOfKind(BandKind::BusinessCycle) > 0);
    m_page->setBandKindVisible(BandKind::OperatingCycle, true);
    QVERIFY(shownOfKind(BandKind::OperatingCycle) > 10);
}

void TestCalendarPage::conflictMarkersAgreeWithTheChecker()
{
    // The EDI change on ACME's slot is blocked, with the slot named in its conflict.
    const QList<Conflict> conflicts = m_page->conflictsOf(101);
    QVERIFY(Models::ConflictChecker::hasHardConflict(conflicts));
    const bool namesAcme = std::any_of(conflicts.cbegin(), conflicts.cend(), [](const Conflict &c) {
        return c.occurrence.kind == BandKind::PartnerSlot && c.occurrence.partner == QLatin1String("acme-retail");
    });
    QVERIFY(namesAcme);
    // The markers show what the checker says for the stored window.
    for (const ChangeRequest &change : demoChanges()) {
        Models::ChangeWindow window;
        window.changeId = change.id;
        window.environment = change.environment;
        window.integrations = change.integrations;
        window.start = change.windowStart;
        window.end = change.windowEnd;
        QCOMPARE(m_page->timeline()->conflictsOf(change.id).size(), m_page->checkWindow(window).size());
    }
    m_page->selectChange(101);
    QVERIFY(plain(m_page->statusLabel()).contains(QStringLiteral("blocking")));
}

void TestCalendarPage::dragShowsLiveConflictsAndConfirmationRequestsReschedule()
{
    TimelineView *view = m_page->timeline();
    QSignalSpy live(view, &TimelineView::dragConflictsChanged);
    QSignalSpy requested(m_page.get(), &CalendarPage::rescheduleRequested);

    // Change 102 (04:00 Chicago, Wed) dragged 18 hours later: 22:00 Chicago, ACME's slot.
    const QRectF block = view->changeRect(102);
    QVERIFY(!block.isEmpty());
    const QPointF press = block.center();
    const qreal dx = view->xForTime(utc(3, 11, 4)) - view->xForTime(utc(3, 10, 10));
    QWidget *viewport = view->viewport();
    sendMouse(viewport, QEvent::MouseButtonPress, press, Qt::LeftButton, Qt::LeftButton);
    QCOMPARE(m_page->selectedChange(), qint64(102));
    sendMouse(viewport, QEvent::MouseMove, press + QPointF(dx / 2, 0), Qt::NoButton, Qt::LeftButton);
    QVERIFY(view->isDragging());
    sendMouse(viewport, QEvent::MouseMove, press + QPointF(dx, 0), Qt::NoButton, Qt::LeftButton);
    QCOMPARE(view->dragStart(), utc(3, 11, 4));
    QCOMPARE(view->dragEnd(), utc(3, 11, 5));
    QVERIFY(live.count() >= 1);
    const QList<Conflict> atDrop = live.last().at(0).value<QList<Conflict>>();
    QVERIFY(Models::ConflictChecker::hasHardConflict(atDrop));
    QCOMPARE(view->dragConflicts().size(), atDrop.size());
    const QString status = plain(m_page->statusLabel());
    QVERIFY2(status.startsWith(QStringLiteral("Moving #102 to Thu 11 Mar 2027 05:00 – 06:00 Europe/Amsterdam")),
             qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("Blocks:")), qPrintable(status));
    QVERIFY(status.contains(atDrop.first().message));

    sendMouse(viewport, QEvent::MouseButtonRelease, press + QPointF(dx, 0), Qt::LeftButton, Qt::NoButton);
    QVERIFY(!view->isDragging());
    auto *dialog = m_page->findChild<Ui::CalendarRescheduleDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(requested.count(), 0); // nothing moves before the confirmation
    const QString question = dialog->text();
    QVERIFY2(question.contains(QStringLiteral("From: Wed 10 Mar 2027 11:00 – 12:00 Europe/Amsterdam")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("To: Thu 11 Mar 2027 05:00 – 06:00 Europe/Amsterdam")), qPrintable(question));
    QVERIFY2(question.contains(QStringLiteral("Wed 10 Mar 2027 22:00 – 23:00 America/Chicago")), qPrintable(question));
    QVERIFY(question.contains(atDrop.first().message));
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), qint64(102));
    QCOMPARE(requested.first().at(1).toDateTime(), utc(3, 11, 4));
    QCOMPARE(requested.first().at(2).toDateTime(), utc(3, 11, 5));

    // A drag back onto its own place is no reschedule.
    const QPointF again = view->changeRect(102).center();
    sendMouse(viewport, QEvent::MouseButtonPress, again, Qt::LeftButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, again + QPointF(30, 0), Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseMove, again, Qt::NoButton, Qt::LeftButton);
    sendMouse(viewport, QEvent::MouseButtonRelease, again, Qt::LeftButton, Qt::NoButton);
    QTRY_COMPARE(m_page->findChildren<Ui::CalendarRescheduleDialog *>().size(), 0);
    QCOMPARE(requested.count(), 1);
}

void TestCalendarPage::keyboardRescheduleCanBeCancelled()
{
    TimelineView *view = m_page->timeline();
    QSignalSpy requested(m_page.get(), &CalendarPage::rescheduleRequested);
    view->setFocus();
    m_page->selectChange(103);
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QTest::keyClick(view, Qt::Key_Right, Qt::AltModifier);
    QVERIFY(view->isDragging());
    QCOMPARE(view->dragStart(), utc(3, 11, 21)); // two 30-minute steps at week zoom
    QTest::keyClick(view, Qt::Key_Escape);
    QVERIFY(!view->isDragging());
    QCOMPARE(m_page->findChildren<Ui::CalendarRescheduleDialog *>().size(), 0);

    QTest::keyClick(view, Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(view, Qt::Key_Return);
    auto *dialog = m_page->findChild<Ui::CalendarRescheduleDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->newStart(), utc(3, 11, 19, 30));
    dialog->reject();
    QCOMPARE(requested.count(), 0);
}

void TestCalendarPage::nextWindowProposalsAllPassTheChecker()
{
    m_page->selectChange(101);
    QSignalSpy requested(m_page.get(), &CalendarPage::rescheduleRequested);
    Ui::NextWindowDialog *dialog = m_page->findNextSafeWindow();
    QVERIFY(dialog);
    const QList<Models::WindowProposal> proposals = dialog->proposals();
    QVERIFY(!proposals.isEmpty());
    QCOMPARE(dialog->list()->topLevelItemCount(), proposals.size());
    for (const Models::WindowProposal &proposal : proposals) {
        QVERIFY(proposal.start >= fixedNow());
        QCOMPARE(proposal.start.secsTo(proposal.end), qint64(3600));
        QVERIFY(!proposal.explanation.isEmpty());
        Models::ChangeWindow window;
        window.changeId = 101;
        window.environment = QStringLiteral("production-us");
        window.integrations = {QStringLiteral("edi-gateway")};
        window.start = proposal.start;
        window.end = proposal.end;
        const QList<Conflict> conflicts = m_page->checkWindow(window);
        QVERIFY2(!Models::ConflictChecker::hasHardConflict(conflicts),
                 qPrintable(proposal.start.toString(Qt::ISODate)));
        QCOMPARE(conflicts.size(), proposal.softConflicts.size());
    }
    QVERIFY(dialog->list()->topLevelItem(0)->text(0).contains(QStringLiteral("Europe/Amsterdam")));
    QVERIFY(dialog->list()->topLevelItem(0)->text(0).contains(QStringLiteral("America/Chicago")));
    dialog->choose(proposals.size() - 1);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().at(0).toLongLong(), qint64(101));
    QCOMPARE(requested.first().at(1).toDateTime(), proposals.last().start);
    QCOMPARE(requested.first().at(2).toDateTime(), proposals.last().end);
}

void TestCalendarPage::monthGridListsTheDay()
{
    m_page->setMonthGridShown(true);
    QVERIFY(m_page->isMonthGridShown());
    QTRY_VERIFY(m_page->isReady());
    Ui::MonthView *month = m_page->monthView();
    QCOMPARE(month->month(), QDate(2027, 3, 1));
    QCOMPARE(month->firstShownDate(), QDate(2027, 3, 1)); // a Monday
    // 31 March 2027 is the last business day of the month and the quarter.
    const QStringList lastDay = month->entriesOf(QDate(2027, 3, 31));
    QVERIFY2(lastDay.contains(QStringLiteral("month-end-close")), qPrintable(lastDay.join(u',')));
    QVERIFY(lastDay.contains(QStringLiteral("quarter-end-close")));
    // Easter Monday is a Dutch holiday, and not a close day.
    // Mon 29 March is Easter Monday in Rotterdam: month-end close skips it (30 and 31 March).
    QVERIFY(!month->entriesOf(QDate(2027, 3, 29)).contains(QStringLiteral("month-end-close")));
    QVERIFY(month->entriesOf(QDate(2027, 3, 30)).contains(QStringLiteral("month-end-close")));
    // Every holiday the calendar has this month is listed on its own date (in its site's zone).
    for (const CalendarInterval &interval : m_page->timeline()->intervals()) {
        if (interval.kind != BandKind::Holiday || !interval.allDay)
            continue;
        const QDate date = interval.start.toTimeZone(QTimeZone(interval.timeZone.toUtf8())).date();
        if (date.month() == 3)
            QVERIFY2(month->entriesOf(date).contains(interval.name), qPrintable(interval.name));
    }
    // The changes on the days of their windows (Amsterdam dates).
    QVERIFY(month->entriesOf(QDate(2027, 3, 10)).contains(QStringLiteral("#101 EDI gateway 3.2 (ASN mapping)")));
    QVERIFY(month->entriesOf(QDate(2027, 3, 10)).contains(QStringLiteral("#102 EDI gateway hotfix")));
    // Clicking a change selects it everywhere; double-clicking a day opens it on the timeline.
    const QRect cell = month->cellRect(QDate(2027, 3, 11));
    QVERIFY(!cell.isEmpty());
    bool clicked = false;
    for (int y = cell.top(); y < cell.bottom() && !clicked; y += 4) {
        if (month->changeAt(QPoint(cell.center().x(), y)) == 103) {
            QTest::mouseClick(month, Qt::LeftButton, {}, QPoint(cell.center().x(), y));
            clicked = true;
        }
    }
    QVERIFY(clicked);
    QCOMPARE(m_page->selectedChange(), qint64(103));
    QTest::mouseDClick(month, Qt::LeftButton, {}, QPoint(cell.center().x(), cell.bottom() - 3));
    QVERIFY(!m_page->isMonthGridShown());
    QCOMPARE(m_page->timeline()->zoom(), TimelineView::Zoom::Day);
    QCOMPARE(m_page->timeline()->anchorDate(), QDate(2027, 3, 11));
}

void TestCalendarPage::exportsThePdf()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (bool grid : {false, true}) {
        m_page->setMonthGridShown(grid);
        const QString path = dir.filePath(grid ? QStringLiteral("month.pdf") : QStringLiteral("week.pdf"));
        const Models::Status status = m_page->exportPdf(path);
        QVERIFY2(status.ok(), status ? "" : qPrintable(status.error().toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(5) == "%PDF-");
        QVERIFY(file.size() > 10000);
    }
    QVERIFY(!m_page->exportPdf(dir.filePath(QStringLiteral("missing/folder/x.pdf"))).ok());
}

void TestCalendarPage::releaseProgressShowsOnEnvironmentRows_data()
{
    QTest::addColumn<qint64>("release");
    QTest::addColumn<int>("phase");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("state"); // as the band says it
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<QString>("amsterdam"); // the start in the tooltip, Amsterdam time
    QTest::addColumn<QString>("chicago");   // the same in Chicago time

    QTest::newRow("done in development") << qint64(7) << 0 << QStringLiteral("development") << QStringLiteral("Done")
                                         << utc(3, 9, 8) << utc(3, 9, 8, 10) << QStringLiteral("Tue 9 Mar 2027 09:00")
                                         << QStringLiteral("Tue 9 Mar 2027 02:00");
    QTest::newRow("canary done in production-eu") << qint64(7) << 1 << QStringLiteral("production-eu") << QStringLiteral("Done")
                                                  << utc(3, 10, 7) << utc(3, 10, 7, 30) << QStringLiteral("Wed 10 Mar 2027 08:00")
                                                  << QStringLiteral("Wed 10 Mar 2027 01:00");
    // Not finished: up to now.
    QTest::newRow("rest waits for bake") << qint64(7) << 2 << QStringLiteral("production-eu")
                                         << QStringLiteral("Waiting for bake") << utc(3, 10, 7, 30) << fixedNow()
                                         << QStringLiteral("Wed 10 Mar 2027 08:30") << QStringLiteral("Wed 10 Mar 2027 01:30");
    QTest::newRow("rolled back in staging") << qint64(8) << 0 << QStringLiteral("staging") << QStringLiteral("Rolled back")
                                            << utc(3, 9, 10) << utc(3, 9, 10, 20) << QStringLiteral("Tue 9 Mar 2027 11:00")
                                            << QStringLiteral("Tue 9 Mar 2027 04:00");
    QTest::newRow("paused in staging") << qint64(9) << 0 << QStringLiteral("staging") << QStringLiteral("Paused")
                                       << utc(3, 10, 6) << fixedNow() << QStringLiteral("Wed 10 Mar 2027 07:00")
                                       << QStringLiteral("Wed 10 Mar 2027 00:00");
    QTest::newRow("failed in development") << qint64(10) << 0 << QStringLiteral("development") << QStringLiteral("Failed")
                                           << utc(3, 8, 12) << utc(3, 8, 12, 5) << QStringLiteral("Mon 8 Mar 2027 13:00")
                                           << QStringLiteral("Mon 8 Mar 2027 06:00");
    QTest::newRow("rolling back in production-us") << qint64(11) << 0 << QStringLiteral("production-us")
                                                   << QStringLiteral("Rolling back") << utc(3, 10, 8, 30) << fixedNow()
                                                   << QStringLiteral("Wed 10 Mar 2027 09:30")
                                                   << QStringLiteral("Wed 10 Mar 2027 02:30");
}

void TestCalendarPage::releaseProgressShowsOnEnvironmentRows()
{
    QFETCH(qint64, release);
    QFETCH(int, phase);
    QFETCH(QString, environment);
    QFETCH(QString, state);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(QString, amsterdam);
    QFETCH(QString, chicago);

    m_page->setReleases(demoReleases());
    TimelineView *view = m_page->timeline();
    const int band = releaseBandIndex(view, release, phase);
    QVERIFY2(band >= 0, "no band for the phase");
    // In its environment's row, from its start to its end (now while it goes on).
    const QRectF rect = view->releaseBandRect(band);
    QVERIFY(!rect.isEmpty());
    const int row = rowIndex(view, TimelineView::RowKind::Environment, environment);
    QVERIFY(view->rowRect(row).contains(rect.center()));
    QVERIFY(qAbs(rect.left() - view->xForTime(start)) < 0.5);
    QVERIFY(qAbs(rect.right() - view->xForTime(end)) < 1.5 || rect.width() <= 6.01);
    QCOMPARE(view->releaseBandAt(rect.center()), band);
    // Below the change blocks, never on top of them.
    for (const ChangeRequest &change : demoChanges()) {
        if (change.environment == environment)
            QVERIFY(!view->changeRect(change.id).intersects(rect));
    }
    // The state in words (beside its icon) and in the tooltip, with the times in the shown zone.
    QVERIFY2(view->releaseBandLabel(band).startsWith(state), qPrintable(view->releaseBandLabel(band)));
    QString tip = plainText(view->releaseBandToolTip(band));
    QVERIFY2(tip.contains(state) && tip.contains(amsterdam) && tip.contains(QStringLiteral("Europe/Amsterdam")), qPrintable(tip));
    QVERIFY(m_page->setDisplayTimeZone(kChicago));
    tip = plainText(view->releaseBandToolTip(releaseBandIndex(view, release, phase)));
    QVERIFY2(tip.contains(chicago) && tip.contains(QStringLiteral("America/Chicago")), qPrintable(tip));
}

void TestCalendarPage::releaseProgressFollowsTheStore()
{
    TimelineView *view = m_page->timeline();
    QList<Models::Release> releases = demoReleases();
    m_page->setReleases(releases);
    // Pending phases and releases outside the shown week have no band.
    QCOMPARE(releaseBandIndex(view, 7, 3), -1);
    QCOMPARE(releaseBandIndex(view, 8, 1), -1);
    QCOMPARE(releaseBandIndex(view, 5, 0), -1);
    QCOMPARE(view->releaseBands().size(), 7);
    const int productionUs = rowIndex(view, TimelineView::RowKind::Environment, QStringLiteral("production-us"));
    const qreal usHeightBefore = view->rowRect(productionUs).height();

    // The store says the rest baked and production-us started: the bands follow.
    releases[0].phases[2].state = Models::PhaseState::Completed;
    releases[0].phases[2].finishedAt = utc(3, 10, 8, 45);
    releases[0].phases[3].state = Models::PhaseState::Rolling;
    releases[0].phases[3].startedAt = utc(3, 10, 8, 46);
    releases[0].currentPhase = 3;
    m_page->setReleases(releases);
    const int rest = releaseBandIndex(view, 7, 2);
    QVERIFY(view->releaseBandLabel(rest).startsWith(QStringLiteral("Done")));
    QVERIFY(qAbs(view->releaseBandRect(rest).right() - view->xForTime(utc(3, 10, 8, 45))) < 1.5);
    const int canaryUs = releaseBandIndex(view, 7, 3);
    QVERIFY(canaryUs >= 0);
    QVERIFY(view->releaseBandLabel(canaryUs).startsWith(QStringLiteral("Running")));
    QVERIFY(view->rowRect(productionUs).contains(view->releaseBandRect(canaryUs).center()));
    // Overlapping bands in one row take separate lanes.
    QVERIFY(!view->releaseBandRect(canaryUs).intersects(view->releaseBandRect(releaseBandIndex(view, 11, 0))));
    QVERIFY(view->rowRect(productionUs).height() > usHeightBefore);
    // For a person to look at.
    const QString folder = QStringLiteral(GATEHOUSE_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(m_page->grab().save(folder + QStringLiteral("/calendar-release-progress.png")));

    // The previous week shows the releases of that week only.
    view->goPrevious();
    QCOMPARE(view->releaseBands().size(), 0);
    view->goNext();
    QCOMPARE(view->releaseBands().size(), 8);
}

void TestCalendarPage::screenshots()
{
    // For a person to look at: the week of 8 March 2027 in light and dark palettes.
    const QString folder = QStringLiteral(GATEHOUSE_BINARY_DIR "/screenshots");
    QVERIFY(QDir().mkpath(folder));
    m_page->selectChange(101);
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xfd));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    const QPalette light = m_page->palette();
    const QList<QPair<QString, QPalette>> palettes = {{QStringLiteral("light"), light}, {QStringLiteral("dark"), dark}};
    for (const auto &[name, palette] : palettes) {
        m_page->setPalette(palette);
        for (bool grid : {false, true}) {
            if (grid) {
                m_page->setMonthGridShown(true);
            } else {
                m_page->setZoom(TimelineView::Zoom::Week);
                m_page->timeline()->goToday();
            }
            QTRY_VERIFY(m_page->isReady());
            const QImage image = m_page->grab().toImage();
            const QString path = folder + QStringLiteral("/calendar-%1-%2.png").arg(grid ? QStringLiteral("month") : QStringLiteral("week"), name);
            QVERIFY(image.save(path));
            // Not blank: many distinct colours.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 7)
                for (int x = 0; x < image.width(); x += 7)
                    colours.insert(image.pixel(x, y));
            QVERIFY2(colours.size() > 40, qPrintable(path));
        }
    }
}

QTEST_MAIN(TestCalendarPage)
#include "tst_calendarpage.moc"
