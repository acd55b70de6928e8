#include "calendarpage.h"

#include "calendarlegend.h"
#include "calendarrescheduledialog.h"
#include "calendarstyle.h"
#include "freezeoverridedialog.h"
#include "futurecallback.h"
#include "monthview.h"
#include "nextwindowdialog.h"
#include "plural.h"

#include "models/conflictchecker.h"
#include "models/releasecalendar.h"
#include "models/safewindowfinder.h"
#include "services/controlstore.h"

#include <QActionGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace Gatehouse::Ui {

using Models::BandKind;
using Models::CalendarInterval;
using Models::ChangeRequest;
using Models::ChangeState;
using Models::Conflict;
using Models::ConflictChecker;

namespace {

// Changes that still hold their window: the same rule the command line applies.
bool holdsWindow(ChangeState state)
{
    return ConflictChecker::holdsWindow(state);
}

QString envDetail(const Models::Environment &environment)
{
    return Models::toString(environment.tier) + QStringLiteral(" · ") + Models::toString(environment.hosting);
}

QToolButton *toolButton(const QString &text, const QString &toolTip, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

CalendarPage::CalendarPage(QWidget *parent)
    : QWidget(parent)
    , m_viewerZone(QTimeZone::systemTimeZone())
    , m_previous(toolButton(tr("\u25C0 Previous"), tr("Previous period (Page Up)"), this))
    , m_today(toolButton(tr("Today"), tr("Go to today (T)"), this))
    , m_next(toolButton(tr("Next \u25B6"), tr("Next period (Page Down)"), this))
    , m_range(new QLabel(this))
    , m_zoomGroup(new QActionGroup(this))
    , m_monthGridAction(new QAction(tr("Month grid"), this))
    , m_zone(new QComboBox(this))
    , m_environment(new QComboBox(this))
    , m_site(new QComboBox(this))
    , m_bands(toolButton(tr("Bands"), tr("Which kinds of band to show"), this))
    , m_findAction(new QAction(tr("Find next safe window…"), this))
    , m_overrideAction(new QAction(tr("Override freeze…"), this))
    , m_exportAction(new QAction(tr("Export PDF…"), this))
    , m_legend(new CalendarLegend(this))
    , m_stack(new QStackedWidget(this))
    , m_timeline(new TimelineView(this))
    , m_month(new MonthView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(4);

    // First line: where in time.
    auto *navigation = new QHBoxLayout;
    navigation->setSpacing(4);
    navigation->addWidget(m_previous);
    navigation->addWidget(m_today);
    navigation->addWidget(m_next);
    QFont rangeFont = m_range->font();
    rangeFont.setBold(true);
    rangeFont.setPointSizeF(rangeFont.pointSizeF() * 1.15);
    m_range->setFont(rangeFont);
    m_range->setObjectName(QStringLiteral("calendarRange"));
    navigation->addSpacing(8);
    navigation->addWidget(m_range, 1);
    auto *zoomBar = new QToolBar(this);
    zoomBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const QList<QPair<TimelineView::Zoom, QString>> zooms = {{TimelineView::Zoom::Day, tr("Day")},
                                                             {TimelineView::Zoom::Week, tr("Week")},
                                                             {TimelineView::Zoom::Month, tr("Month")},
                                                             {TimelineView::Zoom::Quarter, tr("Quarter")}};
    for (const auto &[zoom, text] : zooms) {
        QAction *action = zoomBar->addAction(text);
        action->setCheckable(true);
        action->setData(int(zoom));
        action->setToolTip(tr("Show one %1 (+/- zoom)").arg(text.toLower()));
        m_zoomGroup->addAction(action);
        m_zoomActions.append(action);
        connect(action, &QAction::triggered, this, [this, zoom] {
            setMonthGridShown(false);
            m_timeline->setZoom(zoom);
        });
    }
    zoomBar->addSeparator();
    m_monthGridAction->setCheckable(true);
    m_monthGridAction->setToolTip(tr("Show the month as a grid of days"));
    zoomBar->addAction(m_monthGridAction);
    navigation->addWidget(zoomBar);
    layout->addLayout(navigation);

    // Second line: what and how.
    auto *filters = new QHBoxLayout;
    filters->setSpacing(6);
    auto *zoneLabel = new QLabel(tr("&Time zone:"), this);
    zoneLabel->setBuddy(m_zone);
    m_zone->setObjectName(QStringLiteral("calendarZone"));
    m_zone->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filters->addWidget(zoneLabel);
    filters->addWidget(m_zone);
    filters->addSpacing(10);
    auto *environmentLabel = new QLabel(tr("&Environment:"), this);
    environmentLabel->setBuddy(m_environment);
    m_environment->setObjectName(QStringLiteral("calendarEnvironment"));
    m_environment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filters->addWidget(environmentLabel);
    filters->addWidget(m_environment);
    auto *siteLabel = new QLabel(tr("&Site:"), this);
    siteLabel->setBuddy(m_site);
    m_site->setObjectName(QStringLiteral("calendarSite"));
    m_site->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filters->addWidget(siteLabel);
    filters->addWidget(m_site);
    auto *bandMenu = new QMenu(m_bands);
    for (BandKind kind : CalendarStyle::allBandKinds()) {
        QAction *action =
            bandMenu->addAction(CalendarStyle::bandKindGlyph(kind) + QLatin1Char(' ') + CalendarStyle::bandKindName(kind));
        action->setCheckable(true);
        action->setChecked(true);
        action->setData(int(kind));
        connect(action, &QAction::toggled, this, [this, kind](bool on) { setBandKindVisible(kind, on); });
    }
    m_bands->setMenu(bandMenu);
    m_bands->setPopupMode(QToolButton::InstantPopup);
    m_bands->setAutoRaise(false);
    filters->addWidget(m_bands);
    filters->addStretch(1);
    auto *actionBar = new QToolBar(this);
    actionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_findAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findAction->setToolTip(tr("Find the next windows without a hard conflict for the selected change (%1)")
                                 .arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_exportAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_exportAction->setToolTip(tr("Export the shown range as PDF (%1)")
                                   .arg(m_exportAction->shortcut().toString(QKeySequence::NativeText)));
    m_overrideAction->setObjectName(QStringLiteral("calendarOverrideFreeze"));
    m_overrideAction->setToolTip(tr("Record an override of the freeze that blocks the selected change, with a reason"));
    actionBar->addAction(m_findAction);
    actionBar->addAction(m_overrideAction);
    actionBar->addAction(m_exportAction);
    addAction(m_findAction);
    addAction(m_exportAction);
    filters->addWidget(actionBar);
    layout->addLayout(filters);

    m_legend->setObjectName(QStringLiteral("calendarLegend"));
    layout->addWidget(m_legend);

    m_timeline->setObjectName(QStringLiteral("calendarTimeline"));
    m_month->setObjectName(QStringLiteral("calendarMonth"));
    m_stack->addWidget(m_timeline);
    m_stack->addWidget(m_month);
    layout->addWidget(m_stack, 1);

    m_status->setObjectName(QStringLiteral("calendarStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setMinimumHeight(m_status->fontMetrics().height() * 3 + 6);
    m_status->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_status);

    connect(m_previous, &QToolButton::clicked, m_timeline, &TimelineView::goPrevious);
    connect(m_next, &QToolButton::clicked, m_timeline, &TimelineView::goNext);
    connect(m_today, &QToolButton::clicked, m_timeline, &TimelineView::goToday);
    connect(m_monthGridAction, &QAction::toggled, this, &CalendarPage::setMonthGridShown);
    connect(m_timeline, &TimelineView::rangeChanged, this, [this] {
        updateRangeLabel();
        syncMonthFromTimeline();
        expandShownRange();
        updateReleaseBands();
    });
    connect(m_timeline, &TimelineView::zoomChanged, this, [this] {
        updateActions();
        updateRangeLabel();
    });
    connect(m_timeline, &TimelineView::changeSelected, this, [this](qint64 id) {
        m_month->selectChange(id);
        updateStatus();
        updateActions();
        Q_EMIT selectedChangeChanged(id);
    });
    connect(m_month, &MonthView::changeSelected, this, [this](qint64 id) { m_timeline->selectChange(id); });
    connect(m_month, &MonthView::dayActivated, this, [this](const QDate &date) {
        setMonthGridShown(false);
        m_timeline->setZoom(TimelineView::Zoom::Day);
        m_timeline->showDate(date);
    });
    connect(m_timeline, &TimelineView::changeActivated, this, [this] { findNextSafeWindow(); });
    connect(m_timeline, &TimelineView::dragConflictsChanged, this, &CalendarPage::showDragConflicts);
    connect(m_timeline, &TimelineView::rescheduleDropped, this,
            [this](qint64 id, const QDateTime &start, const QDateTime &end) { confirmReschedule(id, start, end); });
    connect(m_zone, &QComboBox::currentIndexChanged, this, [this] {
        const QTimeZone zone(m_zone->currentData().toString().toUtf8());
        m_timeline->setTimeZone(zone);
        m_month->setTimeZone(zone);
        if (m_checker)
            m_checker->setViewerTimeZone(zone);
        updateConflicts();
        updateRangeLabel();
        updateStatus();
    });
    connect(m_environment, &QComboBox::currentIndexChanged, this,
            [this] { setEnvironmentFilter(m_environment->currentData().toString()); });
    connect(m_site, &QComboBox::currentIndexChanged, this, [this] { setSiteFilter(m_site->currentData().toString()); });
    connect(m_findAction, &QAction::triggered, this, [this] { findNextSafeWindow(); });
    connect(m_overrideAction, &QAction::triggered, this, [this] { overrideFreeze(m_timeline->selectedChange()); });
    connect(m_timeline, &TimelineView::changeContextMenuRequested, this, [this](qint64 id, const QPoint &globalPos) {
        QMenu *menu = changeMenu(id);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(globalPos);
    });
    connect(m_exportAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export calendar as PDF"),
                                                          tr("release-calendar.pdf"), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        const Models::Status status = exportPdf(path);
        if (!status)
            QMessageBox::warning(this, tr("Export PDF"), status.error().toString());
    });

    m_timeline->setConflictProbe([this](const Models::ChangeWindow &window) { return checkWindow(window); });
    rebuildZones();
    rebuildFilters();
    updateActions();
    updateRangeLabel();
    updateStatus();
    setFocusProxy(m_timeline);
}

CalendarPage::~CalendarPage() = default;

void CalendarPage::setClock(std::function<QDateTime()> clock)
{
    m_clock = clock;
    m_timeline->setClock(std::move(clock));
}

void CalendarPage::setViewerTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return;
    m_viewerZone = zone;
    rebuildZones();
}

bool CalendarPage::setDisplayTimeZone(const QTimeZone &zone)
{
    const int index = m_zone->findData(QString::fromUtf8(zone.id()));
    if (index < 0)
        return false;
    m_zone->setCurrentIndex(index);
    return true;
}

QTimeZone CalendarPage::displayTimeZone() const
{
    return m_timeline->timeZone();
}

void CalendarPage::setEstate(Models::EstatePtr estate)
{
    m_estate = std::move(estate);
    m_checker.reset();
    m_ready = false;
    m_expandedFrom = {};
    m_expandedTo = {};
    m_timeline->setIntervals({});
    m_month->setIntervals({});
    rebuildZones();
    rebuildFilters();
    rebuildRows();
    updateActions();
    if (!m_estate)
        return;

    const quint64 generation = ++m_generation;
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    m_status->setText(tr("Expanding the business calendar…"));
    // Indexing two years of every rule takes long enough to keep it off the UI thread.
    auto future = QtConcurrent::run([estate = m_estate, now] {
        return std::make_shared<ConflictChecker>(estate, now.addDays(-62), now.addYears(2));
    });
    whenFinished(future, this, [this, generation](const std::shared_ptr<ConflictChecker> &checker) {
        if (generation != m_generation)
            return;
        m_checker = checker;
        m_checker->setViewerTimeZone(m_timeline->timeZone());
        expandShownRange();
    });
}

void CalendarPage::setChanges(const QList<ChangeRequest> &changes)
{
    m_changes = changes;
    m_timeline->setChanges(changes);
    m_month->setChanges(changes);
    // A change may have been overridden elsewhere meanwhile: read again when needed.
    m_overridesRequested.clear();
    updateConflicts();
    updateStatus();
    updateActions();
    loadReleases();
}

void CalendarPage::setControlStore(Services::ControlStore *store)
{
    m_store = store;
    m_overridesRequested.clear();
    loadMissingFreezeOverrides();
    updateActions();
    loadReleases();
}

void CalendarPage::setReleases(const QList<Models::Release> &releases)
{
    m_releases = releases;
    updateReleaseBands();
}

void CalendarPage::loadReleases()
{
    if (!m_store)
        return;
    // One read at a time; notifications meanwhile ask for one more read afterwards.
    if (m_releasesLoading) {
        m_releasesStale = true;
        return;
    }
    m_releasesLoading = true;
    const quint64 generation = ++m_releaseGeneration;
    whenFinished(m_store->listReleases(), this, [this, generation](const Models::Result<QList<Models::Release>> &releases) {
        if (generation != m_releaseGeneration)
            return;
        m_releasesLoading = false;
        if (releases) {
            setReleases(releases.value());
            Q_EMIT releasesLoaded();
        }
        if (m_releasesStale) {
            m_releasesStale = false;
            loadReleases();
        }
    });
}

void CalendarPage::updateReleaseBands()
{
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    m_timeline->setReleaseBands(
        Models::ReleaseCalendar::bands(m_releases, m_timeline->rangeStart(), m_timeline->rangeEnd(), now));
}

void CalendarPage::selectChange(qint64 changeId)
{
    m_timeline->selectChange(changeId);
}

qint64 CalendarPage::selectedChange() const
{
    return m_timeline->selectedChange();
}

void CalendarPage::setZoom(TimelineView::Zoom zoom)
{
    setMonthGridShown(false);
    m_timeline->setZoom(zoom);
}

void CalendarPage::setMonthGridShown(bool shown)
{
    if (shown == isMonthGridShown())
        return;
    {
        const QSignalBlocker blocker(m_monthGridAction);
        m_monthGridAction->setChecked(shown);
    }
    if (shown) {
        m_timeline->setZoom(TimelineView::Zoom::Month);
        syncMonthFromTimeline();
        m_stack->setCurrentWidget(m_month);
        setFocusProxy(m_month);
    } else {
        m_stack->setCurrentWidget(m_timeline);
        setFocusProxy(m_timeline);
    }
    updateActions();
    updateRangeLabel();
}

bool CalendarPage::isMonthGridShown() const
{
    return m_stack->currentWidget() == m_month;
}

void CalendarPage::setEnvironmentFilter(const QString &environment)
{
    if (environment == m_environmentFilter)
        return;
    m_environmentFilter = environment;
    const int index = m_environment->findData(environment);
    if (index >= 0 && index != m_environment->currentIndex())
        m_environment->setCurrentIndex(index);
    rebuildRows();
}

void CalendarPage::setSiteFilter(const QString &site)
{
    if (site == m_siteFilter)
        return;
    m_siteFilter = site;
    const int index = m_site->findData(site);
    if (index >= 0 && index != m_site->currentIndex())
        m_site->setCurrentIndex(index);
    rebuildRows();
}

void CalendarPage::setBandKindVisible(BandKind kind, bool visible)
{
    m_timeline->setBandKindVisible(kind, visible);
    m_month->setBandKindVisible(kind, visible);
    for (QAction *action : m_bands->menu()->actions()) {
        if (action->data().toInt() == int(kind) && action->isChecked() != visible) {
            const QSignalBlocker blocker(action);
            action->setChecked(visible);
        }
    }
}

void CalendarPage::rebuildZones()
{
    const QString current = m_zone->currentData().toString();
    const QSignalBlocker blocker(m_zone);
    m_zone->clear();
    const QString viewer = QString::fromUtf8(m_viewerZone.id());
    m_zone->addItem(tr("Mine — %1").arg(CalendarStyle::zoneName(m_viewerZone)), viewer);
    if (m_estate) {
        for (const Models::Site &site : m_estate->sites) {
            const QTimeZone zone(site.timeZone.toUtf8());
            if (zone.isValid())
                m_zone->addItem(tr("%1 — %2").arg(site.displayName.isEmpty() ? site.name : site.displayName,
                                                  site.timeZone),
                                site.timeZone);
        }
    }
    m_zone->addItem(tr("UTC"), QStringLiteral("UTC"));
    const int index = m_zone->findData(current);
    m_zone->setCurrentIndex(index >= 0 ? index : 0);
    const QTimeZone zone(m_zone->currentData().toString().toUtf8());
    m_timeline->setTimeZone(zone);
    m_month->setTimeZone(zone);
}

void CalendarPage::rebuildFilters()
{
    {
        const QSignalBlocker blocker(m_environment);
        m_environment->clear();
        m_environment->addItem(tr("All environments"), QString());
        if (m_estate) {
            for (const Models::Environment &environment : m_estate->environments)
                m_environment->addItem(environment.displayName.isEmpty() ? environment.name : environment.displayName,
                                       environment.name);
        }
        const int index = m_environment->findData(m_environmentFilter);
        m_environment->setCurrentIndex(std::max(0, index));
        if (index < 0)
            m_environmentFilter.clear();
    }
    {
        const QSignalBlocker blocker(m_site);
        m_site->clear();
        m_site->addItem(tr("All sites"), QString());
        if (m_estate) {
            for (const Models::Site &site : m_estate->sites)
                m_site->addItem(site.displayName.isEmpty() ? site.name : site.displayName, site.name);
        }
        const int index = m_site->findData(m_siteFilter);
        m_site->setCurrentIndex(std::max(0, index));
        if (index < 0)
            m_siteFilter.clear();
    }
}

void CalendarPage::rebuildRows()
{
    QList<TimelineView::Row> rows;
    if (m_estate) {
        const Models::Environment *onlyEnvironment =
            m_environmentFilter.isEmpty() ? nullptr : m_estate->environment(m_environmentFilter);
        for (const Models::Environment &environment : m_estate->environments) {
            if (!m_environmentFilter.isEmpty() && environment.name != m_environmentFilter)
                continue;
            if (!m_siteFilter.isEmpty() && !environment.sites.isEmpty() && !environment.sites.contains(m_siteFilter))
                continue;
            rows.append({TimelineView::RowKind::Environment, environment.name,
                         environment.displayName.isEmpty() ? environment.name : environment.displayName,
                         envDetail(environment), {}});
        }
        for (const Models::Site &site : m_estate->sites) {
            if (!m_siteFilter.isEmpty() && site.name != m_siteFilter)
                continue;
            if (onlyEnvironment && !onlyEnvironment->sites.isEmpty() && !onlyEnvironment->sites.contains(site.name))
                continue;
            rows.append({TimelineView::RowKind::Site, site.name, site.displayName.isEmpty() ? site.name : site.displayName,
                         site.timeZone, {}});
        }
        for (const Models::Integration &integration : m_estate->integrations) {
            if (!m_environmentFilter.isEmpty() && !integration.environments.isEmpty()
                && !integration.environments.contains(m_environmentFilter))
                continue;
            if (!m_siteFilter.isEmpty() && !integration.sites.isEmpty() && !integration.sites.contains(m_siteFilter))
                continue;
            for (const Models::Partner &partner : integration.partners) {
                QString zone;
                if (!partner.schedule.isEmpty())
                    zone = partner.schedule.first().timeZone;
                const QString via = integration.displayName.isEmpty() ? integration.name : integration.displayName;
                rows.append({TimelineView::RowKind::Partner, partner.name,
                             partner.displayName.isEmpty() ? partner.name : partner.displayName,
                             zone.isEmpty() ? tr("via %1").arg(via) : tr("via %1 · %2").arg(via, zone),
                             integration.name});
            }
        }
    }
    m_timeline->setRows(rows);
}

void CalendarPage::expandShownRange()
{
    if (!m_checker)
        return;
    // Expand a period either side of what is shown, so paging does not wait each time.
    const QDateTime shownFrom = m_timeline->rangeStart();
    const QDateTime shownTo = m_timeline->rangeEnd();
    if (m_expandedFrom.isValid() && shownFrom.addDays(-7) >= m_expandedFrom && shownTo.addDays(7) <= m_expandedTo)
        return;
    const qint64 span = shownFrom.secsTo(shownTo);
    const QDateTime from = shownFrom.addSecs(-span - 7 * 24 * 3600);
    const QDateTime to = shownTo.addSecs(span + 7 * 24 * 3600);
    const quint64 generation = ++m_generation;
    m_expanding = true;
    auto future = QtConcurrent::run([checker = m_checker, from, to] { return checker->engine().expand(from, to); });
    whenFinished(future, this, [this, generation, from, to](const QList<CalendarInterval> &intervals) {
        if (generation != m_generation)
            return;
        m_expanding = false;
        m_expandedFrom = from;
        m_expandedTo = to;
        m_timeline->setIntervals(intervals);
        m_month->setIntervals(intervals);
        updateConflicts();
        updateStatus();
        updateActions();
        if (!m_ready) {
            m_ready = true;
            Q_EMIT ready();
        }
    });
}

bool CalendarPage::isReady() const
{
    return m_ready && !m_expanding;
}

Models::ChangeWindow CalendarPage::windowOf(const ChangeRequest &change) const
{
    Models::ChangeWindow window;
    window.changeId = change.id;
    window.environment = change.environment;
    window.integrations = change.integrations;
    window.workloads = change.workloads;
    window.type = change.type;
    window.start = change.windowStart.toUTC();
    window.end = change.windowEnd.toUTC();
    return window;
}

const ChangeRequest *CalendarPage::change(qint64 id) const
{
    for (const ChangeRequest &candidate : m_changes) {
        if (candidate.id == id)
            return &candidate;
    }
    return nullptr;
}

void CalendarPage::updateConflicts()
{
    m_conflicts.clear();
    QHash<qint64, Models::Criticality> risks;
    if (m_checker) {
        QList<Models::ChangeWindow> others;
        for (const ChangeRequest &change : m_changes) {
            if (holdsWindow(change.state) && change.windowStart.isValid() && change.windowEnd.isValid())
                others.append(windowOf(change));
        }
        m_checker->setOtherChanges(others);
        QList<Models::FreezeOverride> overrides;
        for (const QList<Models::FreezeOverride> &list : std::as_const(m_overrides))
            overrides += list;
        m_checker->setFreezeOverrides(overrides);
        // Only the changes near the shown range are checked: a store can hold thousands.
        for (const ChangeRequest &change : m_changes) {
            if (!change.windowStart.isValid() || !change.windowEnd.isValid() || !holdsWindow(change.state))
                continue;
            const Models::ChangeWindow window = windowOf(change);
            risks.insert(change.id, m_checker->changeImpact(window));
            if (m_expandedFrom.isValid() && (window.end <= m_expandedFrom || window.start >= m_expandedTo))
                continue;
            if (!m_checker->validate(window))
                continue;
            const QList<Conflict> conflicts = m_checker->check(window);
            if (!conflicts.isEmpty())
                m_conflicts.insert(change.id, conflicts);
        }
    }
    m_timeline->setConflicts(m_conflicts);
    m_timeline->setRisks(risks);
    m_month->setConflicts(m_conflicts);
    loadMissingFreezeOverrides();
}

void CalendarPage::loadMissingFreezeOverrides()
{
    if (!m_store)
        return;
    for (auto it = m_conflicts.cbegin(); it != m_conflicts.cend(); ++it) {
        const bool hasFreeze = std::any_of(it->cbegin(), it->cend(), [](const Conflict &c) {
            return c.kind == Conflict::Kind::Freeze && c.overridable;
        });
        if (hasFreeze && !m_overridesRequested.contains(it.key()))
            loadFreezeOverrides(it.key());
    }
}

void CalendarPage::loadFreezeOverrides(qint64 changeId)
{
    if (!m_store)
        return;
    m_overridesRequested.insert(changeId);
    whenFinished(m_store->auditLog(changeId), this,
                 [this, changeId](const Models::Result<QList<Models::AuditEntry>> &entries) {
                     if (!entries)
                         return; // stays as it was; the next setChanges() asks again
                     const QList<Models::FreezeOverride> overrides =
                         ConflictChecker::freezeOverridesFromAudit(entries.value());
                     const bool changed = overrides.size() != m_overrides.value(changeId).size();
                     m_overrides.insert(changeId, overrides);
                     if (changed) {
                         updateConflicts();
                         updateStatus();
                         updateActions();
                     }
                     Q_EMIT freezeOverridesLoaded(changeId);
                 });
}

QList<Conflict> CalendarPage::overridableFreezes(qint64 changeId) const
{
    QList<Conflict> result;
    for (const Conflict &c : m_conflicts.value(changeId)) {
        if (c.kind == Conflict::Kind::Freeze && c.overridable && !c.overridden
            && c.severity == Conflict::Severity::Hard) {
            const bool seen = std::any_of(result.cbegin(), result.cend(),
                                          [&](const Conflict &r) { return r.occurrence.name == c.occurrence.name; });
            if (!seen)
                result.append(c);
        }
    }
    return result;
}

QMenu *CalendarPage::changeMenu(qint64 changeId)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("calendarChangeMenu"));
    m_timeline->selectChange(changeId);
    QAction *find = menu->addAction(tr("Find next safe window…"));
    find->setEnabled(m_findAction->isEnabled());
    connect(find, &QAction::triggered, this, [this] { findNextSafeWindow(); });
    for (const Conflict &freeze : overridableFreezes(changeId)) {
        QAction *action = menu->addAction(tr("Override freeze %1…").arg(freeze.occurrence.name));
        action->setObjectName(QStringLiteral("overrideFreeze:") + freeze.occurrence.name);
        action->setEnabled(m_store != nullptr);
        if (!m_store)
            action->setToolTip(tr("No control store is connected."));
        const QString rule = freeze.occurrence.name;
        connect(action, &QAction::triggered, this, [this, changeId, rule] { overrideFreeze(changeId, rule); });
    }
    return menu;
}

FreezeOverrideDialog *CalendarPage::overrideFreeze(qint64 changeId, const QString &rule)
{
    const ChangeRequest *target = change(changeId);
    if (!target || !m_store)
        return nullptr;
    const QList<Conflict> freezes = overridableFreezes(changeId);
    const auto it = std::find_if(freezes.cbegin(), freezes.cend(),
                                 [&](const Conflict &c) { return rule.isEmpty() || c.occurrence.name == rule; });
    if (it == freezes.cend())
        return nullptr;
    auto *dialog = new FreezeOverrideDialog(*target, *it, m_store, m_timeline->timeZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &FreezeOverrideDialog::overrideRecorded, this, [this](qint64 id, const QString &name) {
        m_status->setText(QStringLiteral("✔ ")
                          + tr("Freeze %1 overridden for #%2; reading the audit log…").arg(name).arg(id).toHtmlEscaped());
        loadFreezeOverrides(id);
    });
    dialog->open();
    return dialog;
}

QList<Conflict> CalendarPage::conflictsOf(qint64 changeId) const
{
    return m_conflicts.value(changeId);
}

QList<Conflict> CalendarPage::checkWindow(const Models::ChangeWindow &window) const
{
    if (!m_checker || !m_checker->validate(window))
        return {};
    return m_checker->check(window);
}

void CalendarPage::updateRangeLabel()
{
    const QTimeZone zone = m_timeline->timeZone();
    const QLocale locale;
    const QDate first = m_timeline->rangeStart().toTimeZone(zone).date();
    const QDate last = m_timeline->rangeEnd().addSecs(-1).toTimeZone(zone).date();
    QString text;
    switch (m_timeline->zoom()) {
    case TimelineView::Zoom::Day:
        text = locale.toString(first, QStringLiteral("dddd d MMMM yyyy"));
        break;
    case TimelineView::Zoom::Week:
        text = tr("Week %1 · %2 – %3")
                   .arg(first.weekNumber())
                   .arg(locale.toString(first, QStringLiteral("d MMM")), locale.toString(last, QStringLiteral("d MMM yyyy")));
        break;
    case TimelineView::Zoom::Month:
        text = locale.toString(first, QStringLiteral("MMMM yyyy"));
        break;
    case TimelineView::Zoom::Quarter:
        text = tr("Q%1 %2 · %3 – %4")
                   .arg((first.month() - 1) / 3 + 1)
                   .arg(first.year())
                   .arg(locale.toString(first, QStringLiteral("MMMM")), locale.toString(last, QStringLiteral("MMMM")));
        break;
    }
    m_range->setText(text + QStringLiteral("  ·  ") + CalendarStyle::zoneName(zone));
}

void CalendarPage::updateStatus()
{
    const ChangeRequest *selected = change(m_timeline->selectedChange());
    if (!m_estate) {
        m_status->setText(tr("No estate is open."));
        return;
    }
    if (!selected) {
        m_status->setText(tr("Select a change block to see its window and conflicts; drag it to reschedule "
                             "(Alt+Left/Right with the keyboard)."));
        return;
    }
    const QTimeZone zone = m_timeline->timeZone();
    QString text = QStringLiteral("<b>#%1 %2</b> · %3")
                       .arg(selected->id)
                       .arg(selected->title.toHtmlEscaped(), CalendarStyle::stateName(selected->state).toHtmlEscaped());
    if (selected->windowStart.isValid()) {
        text += QStringLiteral(" · ")
            + CalendarStyle::formatWindow(selected->windowStart, selected->windowEnd, zone).toHtmlEscaped();
        const QTimeZone planned(selected->windowTimeZone.toUtf8());
        if (planned.isValid() && planned != zone)
            text += QStringLiteral(" (") + CalendarStyle::formatWindow(selected->windowStart, selected->windowEnd, planned).toHtmlEscaped()
                + QLatin1Char(')');
    }
    const QList<Conflict> conflicts = m_conflicts.value(selected->id);
    if (conflicts.isEmpty()) {
        text += QStringLiteral("<br>\u2714 ") + tr("No conflicts.").toHtmlEscaped();
    } else {
        int hard = 0;
        for (const Conflict &conflict : conflicts)
            hard += conflict.severity == Conflict::Severity::Hard ? 1 : 0;
        text += QStringLiteral("<br>")
            + (hard > 0 ? QStringLiteral("\u26A0 ") : QStringLiteral("\u24D8 "))
            + plural(tr("%n conflict(s), %1 blocking: ", nullptr, int(conflicts.size())), int(conflicts.size()))
                  .arg(hard)
                  .toHtmlEscaped()
            + conflicts.first().message.toHtmlEscaped();
        if (conflicts.size() > 1)
            text += QStringLiteral(" ") + tr("(and %1 more; hover the block for all)").arg(conflicts.size() - 1).toHtmlEscaped();
        for (const Conflict &conflict : conflicts) {
            if (conflict.overridden)
                text += QStringLiteral("<br>✔ ")
                    + tr("Freeze %1 overridden by %2 as %3: %4")
                          .arg(conflict.occurrence.name, conflict.overriddenBy, conflict.overriddenRole,
                               conflict.overrideReason)
                          .toHtmlEscaped();
        }
        if (!overridableFreezes(selected->id).isEmpty() && m_store)
            text += QStringLiteral("<br>") + tr("A freeze blocks this change; a release manager may override it "
                                                "(right-click the block, or Override freeze…).")
                                                 .toHtmlEscaped();
    }
    m_status->setText(text);
}

void CalendarPage::showDragConflicts(const QList<Conflict> &conflicts)
{
    if (!m_timeline->isDragging()) {
        updateStatus();
        return;
    }
    const ChangeRequest *dragged = change(m_timeline->selectedChange());
    QString text = tr("Moving #%1 to %2")
                       .arg(dragged ? dragged->id : 0)
                       .arg(CalendarStyle::formatWindow(m_timeline->dragStart(), m_timeline->dragEnd(),
                                                        m_timeline->timeZone()))
                       .toHtmlEscaped();
    if (conflicts.isEmpty()) {
        text += QStringLiteral("<br>\u2714 ") + tr("No conflicts there.").toHtmlEscaped();
    } else {
        QStringList lines;
        for (const Conflict &conflict : conflicts) {
            const bool hard = conflict.severity == Conflict::Severity::Hard;
            const QString prefix = hard ? QString(QStringLiteral("\u26A0 <b>") + tr("Blocks:").toHtmlEscaped()
                                                  + QStringLiteral("</b> "))
                                        : QString(QStringLiteral("\u24D8 ") + tr("Discouraged:").toHtmlEscaped()
                                                  + QLatin1Char(' '));
            lines.append(prefix + conflict.message.toHtmlEscaped());
            if (lines.size() == 3 && conflicts.size() > 3) {
                lines.append(tr("… and %1 more").arg(conflicts.size() - 3).toHtmlEscaped());
                break;
            }
        }
        text += QStringLiteral("<br>") + lines.join(QStringLiteral("<br>"));
    }
    m_status->setText(text);
}

void CalendarPage::updateActions()
{
    const TimelineView::Zoom zoom = m_timeline->zoom();
    for (QAction *action : m_zoomActions)
        action->setChecked(!isMonthGridShown() && action->data().toInt() == int(zoom));
    if (isMonthGridShown() && m_zoomGroup->checkedAction()) {
        m_zoomGroup->setExclusive(false);
        m_zoomGroup->checkedAction()->setChecked(false);
        m_zoomGroup->setExclusive(true);
    }
    const ChangeRequest *selected = change(m_timeline->selectedChange());
    m_findAction->setEnabled(m_checker && selected && selected->windowStart.isValid());
    m_overrideAction->setEnabled(m_store && selected && !overridableFreezes(selected->id).isEmpty());
    m_exportAction->setEnabled(m_estate != nullptr);
}

void CalendarPage::syncMonthFromTimeline()
{
    m_month->setMonth(m_timeline->rangeStart().toTimeZone(m_timeline->timeZone()).date());
}

Models::Status CalendarPage::exportPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setTitle(tr("Release calendar"));
    writer.setCreator(QStringLiteral("Gatehouse"));
    writer.setPageSize(QPageSize(QPageSize::A3));
    writer.setPageOrientation(QPageLayout::Landscape);
    writer.setResolution(150);
    QPainter painter;
    if (!painter.begin(&writer))
        return Models::Status::failure(tr("Cannot write %1.").arg(path));
    const QRect page = painter.viewport();
    QFont title = font();
    title.setPixelSize(28);
    title.setBold(true);
    painter.setFont(title);
    const QString estate = m_estate ? (m_estate->displayName.isEmpty() ? m_estate->name : m_estate->displayName)
                                    : QString();
    painter.drawText(QRect(0, 0, page.width(), 40), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1 — release calendar — %2").arg(estate, m_range->text()));
    QFont small = font();
    small.setPixelSize(16);
    painter.setFont(small);
    painter.drawText(QRect(0, 40, page.width(), 26), Qt::AlignLeft | Qt::AlignVCenter,
                     m_legend->entries().join(QStringLiteral("   ·   ")));
    const QRectF body(0, 76, page.width(), page.height() - 76);
    if (isMonthGridShown()) {
        const QSize size = m_month->size().isEmpty() ? m_month->sizeHint() : m_month->size();
        const qreal scale = std::min(body.width() / size.width(), body.height() / size.height());
        painter.save();
        painter.translate(body.topLeft());
        painter.scale(scale, scale);
        m_month->render(&painter, QPoint(), QRegion(QRect(QPoint(), size)), QWidget::DrawChildren);
        painter.restore();
    } else {
        m_timeline->render(&painter, body);
    }
    if (!painter.end())
        return Models::Status::failure(tr("Cannot write %1.").arg(path));
    return Models::Done{};
}

NextWindowDialog *CalendarPage::findNextSafeWindow()
{
    const ChangeRequest *selected = change(m_timeline->selectedChange());
    if (!m_checker || !selected || !selected->windowStart.isValid() || !selected->windowEnd.isValid())
        return nullptr;
    auto *dialog = new NextWindowDialog(*selected, m_timeline->timeZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &NextWindowDialog::proposalChosen, this, &CalendarPage::rescheduleRequested);
    const Models::ChangeWindow shape = windowOf(*selected);
    const qint64 duration = std::max<qint64>(60, shape.start.secsTo(shape.end));
    const QDateTime now = m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
    // One search is a fraction of a millisecond once the checker has its index.
    Models::SafeWindowFinder finder(*m_checker);
    dialog->setProposals(finder.find(shape, duration, now, 5));
    dialog->open();
    return dialog;
}

CalendarRescheduleDialog *CalendarPage::confirmReschedule(qint64 changeId, const QDateTime &newStartUtc,
                                                          const QDateTime &newEndUtc)
{
    const ChangeRequest *moved = change(changeId);
    if (!moved)
        return nullptr;
    Models::ChangeWindow window = windowOf(*moved);
    window.start = newStartUtc;
    window.end = newEndUtc;
    auto *dialog = new CalendarRescheduleDialog(*moved, newStartUtc, newEndUtc, checkWindow(window),
                                                m_timeline->timeZone(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, changeId, newStartUtc, newEndUtc] {
        Q_EMIT rescheduleRequested(changeId, newStartUtc, newEndUtc);
    });
    dialog->open();
    return dialog;
}

} // namespace Gatehouse::Ui
