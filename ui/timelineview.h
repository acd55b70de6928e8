#pragma once

#include "models/calendarinterval.h"
#include "models/changerequest.h"
#include "models/releasecalendar.h"

#include <QAbstractScrollArea>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPixmap>
#include <QSet>
#include <QTimeZone>

#include <functional>

class QPainter;

namespace Gatehouse::Ui {

/// The release calendar as a timeline: one row per environment, per site and per
/// partner; business bands (cycles, partner slots, close, freezes, holidays,
/// maintenance windows) in their rows; change blocks with state, risk and conflict
/// markers in their environment's row. Shows one day, week, month or quarter,
/// aligned in the display time zone; every time it shows names its zone.
///
/// Geometry is computed when data or filters change (rows, lanes, packing); a paint
/// only maps times to x and draws what intersects the exposed rect.
///
/// Keyboard: Left/Right select the previous/next change block, Up/Down the nearest
/// block in the row above/below, PageUp/PageDown the previous/next period, Home or T
/// today, +/- zoom, Alt+Left/Right move the selected block by one snap step (with
/// live conflicts; Enter drops it, Escape cancels), Enter activates.
/// Mouse: right click on a change block asks for its context menu
/// (changeContextMenuRequested; the menu key does the same for the selected block);
/// drag a change block to reschedule; live conflicts come from the conflict
/// probe while dragging; a drop is only reported (rescheduleDropped), never applied.
/// UI thread only.
class TimelineView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Zoom { Day, Week, Month, Quarter };
    Q_ENUM(Zoom)
    enum class RowKind { Environment, Site, Partner };

    struct Row
    {
        RowKind kind = RowKind::Environment;
        QString name;     ///< environment, site or partner name
        QString label;    ///< shown in the row header
        QString detail;   ///< second header line (tier, zone, integration)
        QString owner;    ///< Partner rows: the integration that declares the partner
    };

    /// Answers "what conflicts would this window have?" while a block is dragged.
    using ConflictProbe = std::function<QList<Models::Conflict>(const Models::ChangeWindow &)>;

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    void setRows(const QList<Row> &rows);
    QList<Row> rows() const { return m_rows; }
    void setIntervals(const QList<Models::CalendarInterval> &intervals);
    const QList<Models::CalendarInterval> &intervals() const { return m_intervals; }
    void setChanges(const QList<Models::ChangeRequest> &changes);
    const QList<Models::ChangeRequest> &changes() const { return m_changes; }
    /// Conflicts of each scheduled change (by change id), shown as markers.
    void setConflicts(const QHash<qint64, QList<Models::Conflict>> &conflicts);
    QList<Models::Conflict> conflictsOf(qint64 changeId) const { return m_conflicts.value(changeId); }
    /// Risk of each change (by change id); changes without an entry show none.
    void setRisks(const QHash<qint64, Models::Criticality> &risks);
    void setConflictProbe(ConflictProbe probe);
    /// Release progress: a band per started phase in its environment's row, below the
    /// change blocks, saying its state in words and with an icon (CalendarReleaseOverlay).
    void setReleaseBands(const QList<Models::ReleaseBand> &bands);
    const QList<Models::ReleaseBand> &releaseBands() const { return m_releaseBands; }
    void setBandKindVisible(Models::BandKind kind, bool visible);
    bool isBandKindVisible(Models::BandKind kind) const { return !m_hiddenKinds.contains(kind); }

    void setTimeZone(const QTimeZone &zone);
    QTimeZone timeZone() const { return m_zone; }
    /// The clock used for "today" and the now line (tests set a fixed one).
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    void setZoom(Zoom zoom);
    Zoom zoom() const { return m_zoom; }
    /// Shows the period of the current zoom that contains `date` (a local date in the zone).
    void showDate(const QDate &date);
    QDate anchorDate() const { return m_anchor; }
    void goToday();
    void goPrevious();
    void goNext();
    void zoomIn();
    void zoomOut();
    /// The shown range, UTC.
    QDateTime rangeStart() const;
    QDateTime rangeEnd() const;

    void selectChange(qint64 changeId);
    qint64 selectedChange() const { return m_selected; }

    // Geometry in viewport coordinates, for hit-testing, tests and tooltips.
    int gutterWidth() const { return m_gutter; }
    int headerHeight() const { return m_header; }
    /// x of an instant (may lie outside the viewport).
    qreal xForTime(const QDateTime &utc) const;
    QDateTime timeForX(qreal x) const;
    /// Top and bottom of a row's content (rowIndex into rows()); empty when it is filtered out.
    QRectF rowRect(int rowIndex) const;
    /// Where an interval's band is drawn in a row; empty when not shown there.
    QRectF bandRect(int intervalIndex, int rowIndex) const;
    /// Where a change block is drawn; empty when it is not shown.
    QRectF changeRect(qint64 changeId) const;
    /// The change block / interval band under a viewport point (0 / -1 when none).
    qint64 changeAt(const QPointF &pos) const;
    int intervalAt(const QPointF &pos) const;
    /// Where release band `index` (into releaseBands()) is drawn; empty when not shown.
    QRectF releaseBandRect(int index) const;
    /// The release band under a viewport point (-1 when none).
    int releaseBandAt(const QPointF &pos) const;
    /// What release band `index` says on screen, and its tooltip (times in the shown zone).
    QString releaseBandLabel(int index) const;
    QString releaseBandToolTip(int index) const;
    /// The labels of the time axis as painted (for tests and accessibility).
    QStringList axisLabels() const;
    /// The zone caption shown in the corner ("Times in America/Chicago").
    QString zoneCaption() const;

    /// True while a block is being dragged (mouse or keyboard).
    bool isDragging() const { return m_drag.active; }
    QList<Models::Conflict> dragConflicts() const { return m_drag.conflicts; }
    QDateTime dragStart() const;
    QDateTime dragEnd() const;

    /// Paints the shown range with every row (not only the visible ones) into `target`,
    /// e.g. a PDF page; `target` is the device rectangle to fill.
    void render(QPainter *painter, const QRectF &target);
    /// Height all rows need, header included.
    int contentHeight() const;

Q_SIGNALS:
    void rangeChanged();
    void zoomChanged(Gatehouse::Ui::TimelineView::Zoom zoom);
    /// The selected change block changed (0 = none).
    void changeSelected(qint64 changeId);
    /// Enter or double-click on a change block.
    void changeActivated(qint64 changeId);
    /// While dragging: the conflicts the new window would have (empty = none).
    void dragConflictsChanged(const QList<Gatehouse::Models::Conflict> &conflicts);
    /// A block was dropped at a new window; nothing is changed until the page confirms.
    void rescheduleDropped(qint64 changeId, const QDateTime &newStartUtc, const QDateTime &newEndUtc);
    /// A context menu was asked for on a change block (right click, the menu key); the
    /// block is selected first. `globalPos` is where the menu goes.
    void changeContextMenuRequested(qint64 changeId, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent *event) override;

private:
    // One band of an interval in one row, placed in a lane and sub-lane.
    struct BandItem
    {
        int interval = -1;
        int row = -1;
        qint64 start = 0; // seconds since epoch, UTC
        qint64 end = 0;
        int y = 0; // offset inside the row
        int height = 0;
    };
    struct ChangeItem
    {
        int change = -1;
        int row = -1;
        qint64 start = 0;
        qint64 end = 0;
        int y = 0;
        int height = 0;
        int labelWidth = 0; // px a label beside a narrow block may take
    };
    struct ReleaseItem
    {
        int band = -1; // index into m_releaseBands
        int row = -1;
        qint64 start = 0;
        qint64 end = 0;
        int y = 0;
        int height = 0;
        int labelWidth = 0; // px the label takes beside a narrow band
    };
    struct RowGeometry
    {
        bool shown = true;
        int top = 0; // content coordinates, below the header
        int height = 0;
        QList<int> bands;   // indices into m_bands, sorted by start
        QList<int> changes; // indices into m_changeItems, sorted by start
        QList<int> releases; // indices into m_releaseItems
        qint64 longestBand = 0;
        qint64 longestChange = 0;
    };
    struct Drag
    {
        bool pending = false; // pressed, not yet moved far enough
        bool active = false;
        bool byKeyboard = false;
        qint64 changeId = 0;
        QPoint pressPos;
        qint64 deltaSeconds = 0;
        QList<Models::Conflict> conflicts;
    };
    struct Tick
    {
        qint64 at = 0;
        QString label;
        bool major = false;
    };

    void relayout();
    void updateScrollBar();
    void paintBackground(QPainter &p, const QRect &exposed, int width, int height, int scrollY, qint64 from, qint64 to);
    void paintChanges(QPainter &p, const QRect &exposed, int width, int height, int scrollY, qint64 from, qint64 to);
    void paintHeader(QPainter &p, int width, qint64 from, qint64 to);
    void paintNowMarker(QPainter &p, int width);
    void paintReleases(QPainter &p, const QRect &exposed, int width, int height, int scrollY);
    QRectF releaseItemRect(const ReleaseItem &item, int scrollY, int width) const;
    void paintRowHeaders(QPainter &p, const QRect &exposed, int height, int scrollY);
    void paintChange(QPainter &p, const QRectF &r, const Models::ChangeRequest &change, bool selected, bool ghost,
                     const QList<Models::Conflict> &conflicts, int labelWidth);
    QList<Tick> ticks(bool major) const { return major ? m_majorTicks : m_minorTicks; }
    QList<Tick> computeTicks(bool major) const;
    void updateRange(); // caches the range's bounds, ticks and weekends after anchor/zoom/zone changes
    qint64 rangeFrom() const;
    qint64 rangeTo() const;
    double pixelsPerSecond(int width) const;
    qreal xFor(qint64 seconds, int width) const;
    QRectF bandItemRect(const BandItem &item, int scrollY, int width) const;
    QRectF changeItemRect(const ChangeItem &item, int scrollY, int width) const;
    int changeItemIndex(qint64 changeId) const;
    qint64 snapSeconds() const;
    void setDragDelta(qint64 seconds);
    void finishDrag(bool drop);
    void ensureChangeVisible(qint64 changeId);
    void selectNeighbour(int direction);
    void selectVertical(int direction);
    QString bandToolTip(int intervalIndex) const;
    QString changeToolTip(qint64 changeId) const;

    QList<Row> m_rows;
    QList<Models::CalendarInterval> m_intervals;
    QList<Models::ChangeRequest> m_changes;
    QHash<qint64, QList<Models::Conflict>> m_conflicts;
    QHash<qint64, Models::Criticality> m_risks;
    ConflictProbe m_probe;
    QSet<Models::BandKind> m_hiddenKinds;
    QTimeZone m_zone;
    std::function<QDateTime()> m_clock;
    Zoom m_zoom = Zoom::Week;
    QDate m_anchor; // first local date of the shown period
    qint64 m_from = 0; // the shown range, seconds since epoch (zone conversions are too slow per item)
    qint64 m_to = 1;
    QList<Tick> m_majorTicks;
    QList<Tick> m_minorTicks;
    QList<QPair<qint64, qint64>> m_weekends;

    QList<BandItem> m_bands;
    QList<ChangeItem> m_changeItems;
    QList<Models::ReleaseBand> m_releaseBands;
    QList<ReleaseItem> m_releaseItems;
    QList<RowGeometry> m_geometry;
    int m_totalHeight = 0;
    qint64 m_selected = 0;
    Drag m_drag;

    int m_gutter = 200;
    int m_header = 46;

    // The painted rows, bands, grid and headers of the viewport, reused while nothing
    // they show changed (m_layerGeneration counts data, range, zone and palette changes).
    struct LayerKey
    {
        quint64 generation = 0;
        int width = 0;
        int height = 0;
        int scrollY = 0;
        int gutter = 0;
        qreal dpr = 1;
        bool operator==(const LayerKey &other) const = default;
    };
    quint64 m_layerGeneration = 1;
    // What a change block says and how it was elided for its width, per change id.
    struct ChangeLabel
    {
        int state = -1;
        int risk = -2;
        int hard = -1;
        int soft = -1;
        QString source; ///< the change's title the label was made from
        QString title;
        QString detail;
        int wanted = 0;
        int elidedWidth = -1;
        QString elidedTitle;
        QString elidedDetail;
    };
    QHash<qint64, ChangeLabel> m_labels;
    LayerKey m_layerKey;
    QPixmap m_layer;
};

} // namespace Gatehouse::Ui
