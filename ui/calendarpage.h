#pragma once

#include "models/calendarinterval.h"
#include "models/changerequest.h"
#include "models/conflictchecker.h"
#include "models/estate.h"
#include "models/release.h"
#include "models/result.h"
#include "ui/timelineview.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QTimeZone>
#include <QWidget>

#include <functional>
#include <memory>

class QAction;
class QActionGroup;
class QMenu;
class QComboBox;
class QLabel;
class QStackedWidget;
class QToolButton;


namespace Gatehouse::Services {
class ControlStore;
}

namespace Gatehouse::Ui {

class CalendarLegend;
class CalendarRescheduleDialog;
class FreezeOverrideDialog;
class MonthView;
class NextWindowDialog;

/// The Calendar area: the business calendar of the estate and the scheduled changes
/// as a timeline (rows per environment, site and partner) or a month grid.
/// Toolbar: previous / today / next, zoom day / week / month / quarter, timeline or
/// month, display time zone (viewer's, each site's, UTC), filters by environment,
/// site and band kind, "Find next safe window" for the selected change and "Export
/// PDF" of the shown range; a legend; a status line with the selected change (or,
/// while dragging, the live conflicts of the new window).
///
/// setEstate() builds the conflict checker (it expands two years of rules) and each
/// shown range's intervals on a worker thread (QtConcurrent); results for a stale
/// estate or range are dropped. Conflict checks (well under a millisecond each) and
/// the next-window search run on the UI thread. Rescheduling is only ever requested:
/// the page emits rescheduleRequested after the user confirmed a drop or chose a
/// proposal, and whoever owns the control store saves it (then calls setChanges).
///
/// With a control store (setControlStore) a change blocked by a freeze that allows an
/// override offers "Override freeze…" (the block's context menu, the toolbar): the
/// FreezeOverrideDialog records it through ControlStore::overrideFreeze and shows the
/// answer; the page then reads the change's audit log and shows the freeze conflict
/// as overridden, with who and why. Recorded overrides of the changes with freeze
/// conflicts are read the same way whenever the changes are set.
///
/// Release progress: each release that ran or runs within the shown range is drawn in
/// its environments' rows, a band per started phase with its state in words and an icon
/// (Models::ReleaseCalendar, CalendarReleaseOverlay). With a control store the releases
/// are read again whenever the changes are set — the main window sets them on every
/// store notification, so the bands follow a running release live; setReleases() sets
/// them directly.
/// UI thread only.
class CalendarPage : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarPage(QWidget *parent = nullptr);
    ~CalendarPage() override;

    void setEstate(Models::EstatePtr estate);
    /// All change requests (the page shows those with a window in a shown environment).
    void setChanges(const QList<Models::ChangeRequest> &changes);
    /// The control store freeze overrides are recorded in and read from (null: none;
    /// "Override freeze…" is then unavailable). Not owned; may be destroyed first.
    void setControlStore(Services::ControlStore *store);
    /// The releases whose progress the timeline shows (replaced by the next read from the
    /// control store, when there is one).
    void setReleases(const QList<Models::Release> &releases);
    const QList<Models::Release> &releases() const { return m_releases; }
    /// Selects a change and shows its window; 0 clears the selection.
    void selectChange(qint64 changeId);
    qint64 selectedChange() const;

    /// The clock for "today", the now line and the next-window search (tests fix it).
    void setClock(std::function<QDateTime()> clock);
    /// The viewer's own zone (default: the system zone), the first entry of the zone selector.
    void setViewerTimeZone(const QTimeZone &zone);
    /// Switches the display zone; it must be one the selector offers (viewer, a site's, UTC).
    bool setDisplayTimeZone(const QTimeZone &zone);
    QTimeZone displayTimeZone() const;

    void setZoom(TimelineView::Zoom zoom);
    /// Shows the month grid (true) or the timeline (false).
    void setMonthGridShown(bool shown);
    bool isMonthGridShown() const;

    /// Restricts rows to one environment / site; empty = all.
    void setEnvironmentFilter(const QString &environment);
    void setSiteFilter(const QString &site);
    void setBandKindVisible(Models::BandKind kind, bool visible);

    /// Writes the shown range (timeline or month) as a one-page landscape PDF.
    Models::Status exportPdf(const QString &path);
    /// Opens "Find next safe window" for the selected change (window-modal, not
    /// blocking) and returns it; nullptr when no change with a window is selected
    /// or the estate is not ready.
    NextWindowDialog *findNextSafeWindow();
    /// Asks for confirmation to move a change (what a drop does); returns the open dialog.
    CalendarRescheduleDialog *confirmReschedule(qint64 changeId, const QDateTime &newStartUtc,
                                                const QDateTime &newEndUtc);

    /// Opens "Override freeze…" (window-modal, not blocking) for a freeze conflict of the
    /// change named `rule` (empty: its first overridable freeze not yet overridden) and
    /// returns it; nullptr when there is none, or no control store.
    FreezeOverrideDialog *overrideFreeze(qint64 changeId, const QString &rule = {});
    /// The freeze conflicts of a change that could be overridden now (hard, overridable,
    /// not yet overridden), the ones "Override freeze…" offers.
    QList<Models::Conflict> overridableFreezes(qint64 changeId) const;
    /// The context menu of a change block (what a right click shows), built fresh;
    /// the caller owns it.
    QMenu *changeMenu(qint64 changeId);

    /// True once the conflict checker exists and the shown range is expanded.
    bool isReady() const;
    /// Conflicts of a change at its current window (empty when unknown or none).
    QList<Models::Conflict> conflictsOf(qint64 changeId) const;
    /// The same checks a drag or the command line makes, for any window.
    QList<Models::Conflict> checkWindow(const Models::ChangeWindow &window) const;
    /// The conflict checker with the store's changes and freeze overrides; null until
    /// the estate's rules are indexed (see ready()).
    std::shared_ptr<const Models::ConflictChecker> conflictChecker() const { return m_checker; }

    TimelineView *timeline() const { return m_timeline; }
    MonthView *monthView() const { return m_month; }
    CalendarLegend *legend() const { return m_legend; }
    QComboBox *zoneSelector() const { return m_zone; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *rangeLabel() const { return m_range; }

Q_SIGNALS:
    /// The user confirmed moving a change to a new window (a drop or a chosen proposal).
    void rescheduleRequested(qint64 changeId, const QDateTime &newStartUtc, const QDateTime &newEndUtc);
    /// The selected change changed (0 = none).
    void selectedChangeChanged(qint64 changeId);
    /// The conflict checker and the shown range's intervals are in place.
    void ready();
    /// The recorded freeze overrides of a change were read from the control store and
    /// its conflicts updated (after an override was recorded, or when changes were set).
    void freezeOverridesLoaded(qint64 changeId);
    /// The releases were read from the control store and their bands updated.
    void releasesLoaded();

private:
    void rebuildRows();
    void rebuildZones();
    void rebuildFilters();
    void expandShownRange();
    void updateConflicts();
    void updateRangeLabel();
    void updateStatus();
    void showDragConflicts(const QList<Models::Conflict> &conflicts);
    void updateActions();
    void syncMonthFromTimeline();
    Models::ChangeWindow windowOf(const Models::ChangeRequest &change) const;
    void loadFreezeOverrides(qint64 changeId);
    void loadMissingFreezeOverrides();
    void loadReleases();
    void updateReleaseBands();
    const Models::ChangeRequest *change(qint64 id) const;

    Models::EstatePtr m_estate;
    std::shared_ptr<Models::ConflictChecker> m_checker;
    QList<Models::ChangeRequest> m_changes;
    QHash<qint64, QList<Models::Conflict>> m_conflicts;
    QPointer<Services::ControlStore> m_store;
    QHash<qint64, QList<Models::FreezeOverride>> m_overrides; ///< per change, as last read
    QSet<qint64> m_overridesRequested;
    QList<Models::Release> m_releases;
    quint64 m_releaseGeneration = 0;
    bool m_releasesLoading = false;
    bool m_releasesStale = false;
    std::function<QDateTime()> m_clock;
    QTimeZone m_viewerZone;
    QString m_environmentFilter;
    QString m_siteFilter;
    quint64 m_generation = 0;
    QDateTime m_expandedFrom;
    QDateTime m_expandedTo;
    bool m_expanding = false;
    bool m_ready = false;

    QToolButton *m_previous;
    QToolButton *m_today;
    QToolButton *m_next;
    QLabel *m_range;
    QActionGroup *m_zoomGroup;
    QList<QAction *> m_zoomActions;
    QAction *m_monthGridAction;
    QComboBox *m_zone;
    QComboBox *m_environment;
    QComboBox *m_site;
    QToolButton *m_bands;
    QAction *m_findAction;
    QAction *m_overrideAction;
    QAction *m_exportAction;
    CalendarLegend *m_legend;
    QStackedWidget *m_stack;
    TimelineView *m_timeline;
    MonthView *m_month;
    QLabel *m_status;
};

} // namespace Gatehouse::Ui
