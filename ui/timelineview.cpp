#include "timelineview.h"

#include "calendarreleaseoverlay.h"
#include "calendarstyle.h"
#include "plural.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QToolTip>

#include <algorithm>
#include <limits>
#include <numeric>

namespace Gatehouse::Ui {

using Models::BandKind;
using Models::CalendarInterval;
using Models::ChangeRequest;
using Models::Conflict;

namespace {

constexpr int kBandHeight = 15;
constexpr int kBandGap = 2;
constexpr int kChangeHeight = 36;
constexpr int kRowPadding = 5;
constexpr int kMinRowHeight = 34;
constexpr int kMaxBandSubLanes = 3;
constexpr int kMaxChangeSubLanes = 4;
constexpr int kMinChangeWidth = 6;
constexpr int kReleaseHeight = 18;
constexpr int kMaxReleaseSubLanes = 3;

// Which lane of a row a band kind goes to; -1 = not in this kind of row.
int laneOf(TimelineView::RowKind row, BandKind kind)
{
    switch (row) {
    case TimelineView::RowKind::Environment:
        return (kind == BandKind::Freeze || kind == BandKind::MaintenanceWindow) ? 0 : -1;
    case TimelineView::RowKind::Site:
        if (kind == BandKind::BusinessCycle || kind == BandKind::Holiday)
            return 0;
        return kind == BandKind::OperatingCycle ? 1 : -1;
    case TimelineView::RowKind::Partner:
        return kind == BandKind::PartnerSlot ? 0 : -1;
    }
    return -1;
}

bool intervalInRow(const CalendarInterval &interval, const TimelineView::Row &row)
{
    if (laneOf(row.kind, interval.kind) < 0)
        return false;
    switch (row.kind) {
    case TimelineView::RowKind::Environment:
        return interval.environments.isEmpty() || interval.environments.contains(row.name);
    case TimelineView::RowKind::Site:
        if (interval.kind == BandKind::OperatingCycle && interval.sites.isEmpty())
            return interval.owner == row.name;
        return interval.sites.isEmpty() || interval.sites.contains(row.name);
    case TimelineView::RowKind::Partner:
        return interval.partner == row.name
            && (row.owner.isEmpty() || interval.owner.isEmpty() || interval.owner == row.owner);
    }
    return false;
}

// Greedy packing of [start, end) spans (sorted by start) into at most `maxLanes`
// sub-lanes; returns each span's sub-lane and the number of sub-lanes used.
template<typename Span>
int pack(QList<Span *> &spans, int maxLanes, QList<int> &laneOfSpan)
{
    QList<qint64> laneEnds;
    laneOfSpan.resize(spans.size());
    for (int i = 0; i < spans.size(); ++i) {
        int chosen = -1;
        for (int lane = 0; lane < laneEnds.size(); ++lane) {
            if (laneEnds[lane] <= spans[i]->start) {
                chosen = lane;
                break;
            }
        }
        if (chosen < 0 && laneEnds.size() < maxLanes) {
            chosen = int(laneEnds.size());
            laneEnds.append(0);
        }
        if (chosen < 0) // full: overlap in the lane that frees first
            chosen = int(std::min_element(laneEnds.begin(), laneEnds.end()) - laneEnds.begin());
        laneEnds[chosen] = std::max(laneEnds[chosen], spans[i]->end);
        laneOfSpan[i] = chosen;
    }
    return int(laneEnds.size());
}

QColor mixed(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_zone(QTimeZone::systemTimeZone())
{
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Release calendar timeline"));
    showDate(now().toTimeZone(m_zone).date());
}

TimelineView::~TimelineView() = default;

void TimelineView::setRows(const QList<Row> &rows)
{
    m_rows = rows;
    relayout();
}

void TimelineView::setIntervals(const QList<CalendarInterval> &intervals)
{
    m_intervals = intervals;
    relayout();
}

void TimelineView::setChanges(const QList<ChangeRequest> &changes)
{
    m_changes = changes;
    if (m_selected != 0 && changeItemIndex(m_selected) < 0) {
        bool exists = false;
        for (const ChangeRequest &change : changes)
            exists = exists || change.id == m_selected;
        if (!exists) {
            m_selected = 0;
            Q_EMIT changeSelected(0);
        }
    }
    relayout();
}

void TimelineView::setConflicts(const QHash<qint64, QList<Conflict>> &conflicts)
{
    m_conflicts = conflicts;
    viewport()->update();
}

void TimelineView::setRisks(const QHash<qint64, Models::Criticality> &risks)
{
    m_risks = risks;
    viewport()->update();
}

void TimelineView::setReleaseBands(const QList<Models::ReleaseBand> &bands)
{
    m_releaseBands = bands;
    relayout();
}

void TimelineView::setConflictProbe(ConflictProbe probe)
{
    m_probe = std::move(probe);
}

void TimelineView::setBandKindVisible(BandKind kind, bool visible)
{
    if (visible == isBandKindVisible(kind))
        return;
    if (visible)
        m_hiddenKinds.remove(kind);
    else
        m_hiddenKinds.insert(kind);
    relayout();
}

void TimelineView::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    // Keep looking at the same moment: re-anchor on the local date of the range's middle.
    const QDateTime middle = QDateTime::fromSecsSinceEpoch((rangeFrom() + rangeTo()) / 2, QTimeZone::utc());
    m_zone = zone;
    updateRange();
    showDate(middle.toTimeZone(m_zone).date());
    relayout();
    viewport()->update();
}

void TimelineView::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    viewport()->update();
}

QDateTime TimelineView::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

void TimelineView::setZoom(Zoom zoom)
{
    if (zoom == m_zoom)
        return;
    // Zoom around the selected block when it is shown, else around the range's start.
    QDate focus = m_anchor;
    const QDateTime today = now().toTimeZone(m_zone);
    if (today.toSecsSinceEpoch() >= rangeFrom() && today.toSecsSinceEpoch() < rangeTo())
        focus = today.date();
    const int index = changeItemIndex(m_selected);
    if (index >= 0) {
        const ChangeItem &item = m_changeItems[index];
        if (item.start < rangeTo() && item.end > rangeFrom())
            focus = QDateTime::fromSecsSinceEpoch(std::max(item.start, rangeFrom()), m_zone).date();
    }
    m_zoom = zoom;
    m_anchor = QDate();
    showDate(focus);
    Q_EMIT zoomChanged(zoom);
}

void TimelineView::showDate(const QDate &date)
{
    if (!date.isValid())
        return;
    QDate anchor = date;
    switch (m_zoom) {
    case Zoom::Day:
        break;
    case Zoom::Week:
        anchor = date.addDays(1 - date.dayOfWeek());
        break;
    case Zoom::Month:
        anchor = QDate(date.year(), date.month(), 1);
        break;
    case Zoom::Quarter:
        anchor = QDate(date.year(), ((date.month() - 1) / 3) * 3 + 1, 1);
        break;
    }
    if (anchor == m_anchor)
        return;
    m_anchor = anchor;
    updateRange();
    relayout(); // label room depends on the scale
    Q_EMIT rangeChanged();
}

void TimelineView::goToday()
{
    showDate(now().toTimeZone(m_zone).date());
}

void TimelineView::goPrevious()
{
    switch (m_zoom) {
    case Zoom::Day:
        showDate(m_anchor.addDays(-1));
        break;
    case Zoom::Week:
        showDate(m_anchor.addDays(-7));
        break;
    case Zoom::Month:
        showDate(m_anchor.addMonths(-1));
        break;
    case Zoom::Quarter:
        showDate(m_anchor.addMonths(-3));
        break;
    }
}

void TimelineView::goNext()
{
    switch (m_zoom) {
    case Zoom::Day:
        showDate(m_anchor.addDays(1));
        break;
    case Zoom::Week:
        showDate(m_anchor.addDays(7));
        break;
    case Zoom::Month:
        showDate(m_anchor.addMonths(1));
        break;
    case Zoom::Quarter:
        showDate(m_anchor.addMonths(3));
        break;
    }
}

void TimelineView::zoomIn()
{
    if (m_zoom != Zoom::Day)
        setZoom(Zoom(int(m_zoom) - 1));
}

void TimelineView::zoomOut()
{
    if (m_zoom != Zoom::Quarter)
        setZoom(Zoom(int(m_zoom) + 1));
}

qint64 TimelineView::rangeFrom() const
{
    return m_from;
}

qint64 TimelineView::rangeTo() const
{
    return m_to;
}

void TimelineView::updateRange()
{
    QDate end = m_anchor;
    switch (m_zoom) {
    case Zoom::Day:
        end = m_anchor.addDays(1);
        break;
    case Zoom::Week:
        end = m_anchor.addDays(7);
        break;
    case Zoom::Month:
        end = m_anchor.addMonths(1);
        break;
    case Zoom::Quarter:
        end = m_anchor.addMonths(3);
        break;
    }
    m_from = QDateTime(m_anchor, QTime(0, 0), m_zone).toSecsSinceEpoch();
    m_to = std::max(m_from + 1, QDateTime(end, QTime(0, 0), m_zone).toSecsSinceEpoch());
    ++m_layerGeneration;
    m_majorTicks = computeTicks(true);
    m_minorTicks = computeTicks(false);
    m_weekends.clear();
    if (m_zoom != Zoom::Day) {
        for (QDate d = m_anchor; d < end; d = d.addDays(1)) {
            if (d.dayOfWeek() >= 6)
                m_weekends.append({QDateTime(d, QTime(0, 0), m_zone).toSecsSinceEpoch(),
                                   QDateTime(d.addDays(1), QTime(0, 0), m_zone).toSecsSinceEpoch()});
        }
    }
}

QDateTime TimelineView::rangeStart() const
{
    return QDateTime::fromSecsSinceEpoch(rangeFrom(), QTimeZone::utc());
}

QDateTime TimelineView::rangeEnd() const
{
    return QDateTime::fromSecsSinceEpoch(rangeTo(), QTimeZone::utc());
}

double TimelineView::pixelsPerSecond(int width) const
{
    const qint64 span = std::max<qint64>(1, rangeTo() - rangeFrom());
    return double(std::max(1, width - m_gutter)) / double(span);
}

qreal TimelineView::xFor(qint64 seconds, int width) const
{
    return m_gutter + double(seconds - rangeFrom()) * pixelsPerSecond(width);
}

qreal TimelineView::xForTime(const QDateTime &utc) const
{
    return xFor(utc.toSecsSinceEpoch(), viewport()->width());
}

QDateTime TimelineView::timeForX(qreal x) const
{
    const double seconds = (x - m_gutter) / pixelsPerSecond(viewport()->width());
    return QDateTime::fromSecsSinceEpoch(rangeFrom() + qint64(seconds), QTimeZone::utc());
}

void TimelineView::relayout()
{
    m_bands.clear();
    m_changeItems.clear();
    m_releaseItems.clear();
    m_geometry = QList<RowGeometry>(m_rows.size());

    QHash<QString, int> environmentRow;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r].kind == RowKind::Environment)
            environmentRow.insert(m_rows[r].name, r);
    }

    // Bands per row and lane.
    QList<QList<QList<BandItem>>> perRowLane(m_rows.size(), QList<QList<BandItem>>(2));
    // Candidate rows by name, so a large estate (tens of thousands of intervals, hundreds
    // of rows) is placed in one pass instead of intervals × rows.
    QHash<QString, QList<int>> rowsByName;
    QList<int> allEnvironments;
    QList<int> allSites;
    for (int r = 0; r < m_rows.size(); ++r) {
        const Row &row = m_rows.at(r);
        rowsByName[QString::number(int(row.kind)) + QLatin1Char('|') + row.name].append(r);
        if (row.kind == RowKind::Environment)
            allEnvironments.append(r);
        else if (row.kind == RowKind::Site)
            allSites.append(r);
    }
    auto named = [&rowsByName](RowKind kind, const QString &name) {
        return rowsByName.value(QString::number(int(kind)) + QLatin1Char('|') + name);
    };
    QList<int> candidates;
    for (int i = 0; i < m_intervals.size(); ++i) {
        const CalendarInterval &interval = m_intervals.at(i);
        if (m_hiddenKinds.contains(interval.kind) || !interval.start.isValid() || !interval.end.isValid())
            continue;
        candidates.clear();
        switch (interval.kind) {
        case BandKind::Freeze:
        case BandKind::MaintenanceWindow:
            if (interval.environments.isEmpty())
                candidates = allEnvironments;
            for (const QString &environment : interval.environments)
                candidates += named(RowKind::Environment, environment);
            break;
        case BandKind::OperatingCycle:
        case BandKind::BusinessCycle:
        case BandKind::Holiday:
            if (interval.sites.isEmpty())
                candidates = interval.kind == BandKind::OperatingCycle ? named(RowKind::Site, interval.owner) : allSites;
            for (const QString &site : interval.sites)
                candidates += named(RowKind::Site, site);
            break;
        case BandKind::PartnerSlot:
            candidates = named(RowKind::Partner, interval.partner);
            break;
        }
        for (int r : std::as_const(candidates)) {
            if (!intervalInRow(interval, m_rows.at(r)))
                continue;
            BandItem item;
            item.interval = i;
            item.row = r;
            item.start = interval.start.toSecsSinceEpoch();
            item.end = std::max(item.start + 1, interval.end.toSecsSinceEpoch());
            perRowLane[r][laneOf(m_rows.at(r).kind, interval.kind)].append(item);
        }
    }
    // A block too narrow for its title carries it on its right: pack blocks by the space
    // block and label take together at this zoom, so labels never run into the next block.
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPixelSize(11);
    const QFontMetrics titleMetrics(titleFont);
    const double pps = pixelsPerSecond(viewport()->width());
    QList<QList<ChangeItem>> changesPerRow(m_rows.size());
    for (int c = 0; c < m_changes.size(); ++c) {
        const ChangeRequest &change = m_changes[c];
        const int row = environmentRow.value(change.environment, -1);
        if (row < 0 || !change.windowStart.isValid() || !change.windowEnd.isValid())
            continue;
        ChangeItem item;
        item.change = c;
        item.row = row;
        item.start = change.windowStart.toSecsSinceEpoch();
        item.end = std::max(item.start + 60, change.windowEnd.toSecsSinceEpoch());
        item.labelWidth = std::min(280, titleMetrics.horizontalAdvance(QStringLiteral("#%1 %2").arg(change.id).arg(change.title)) + 34);
        changesPerRow[row].append(item);
    }

    QList<QList<ReleaseItem>> releasesPerRow(m_rows.size());
    QFont releaseFont = font();
    releaseFont.setPixelSize(10);
    const QFontMetrics releaseMetrics(releaseFont);
    for (int b = 0; b < m_releaseBands.size(); ++b) {
        const Models::ReleaseBand &band = m_releaseBands.at(b);
        const int row = environmentRow.value(band.environment, -1);
        if (row < 0 || !band.start.isValid() || !band.end.isValid())
            continue;
        ReleaseItem item;
        item.band = b;
        item.row = row;
        item.start = band.start.toSecsSinceEpoch();
        item.end = std::max(item.start + 1, band.end.toSecsSinceEpoch());
        item.labelWidth = std::min(260, releaseMetrics.horizontalAdvance(CalendarReleaseOverlay::label(band)) + 22);
        releasesPerRow[row].append(item);
    }

    int top = 0;
    for (int r = 0; r < m_rows.size(); ++r) {
        RowGeometry &geometry = m_geometry[r];
        int y = kRowPadding;
        for (int lane = 0; lane < 2; ++lane) {
            QList<BandItem> &items = perRowLane[r][lane];
            if (items.isEmpty())
                continue;
            std::sort(items.begin(), items.end(),
                      [](const BandItem &a, const BandItem &b) { return a.start < b.start; });
            QList<BandItem *> spans;
            for (BandItem &item : items)
                spans.append(&item);
            QList<int> subLanes;
            const int used = pack(spans, kMaxBandSubLanes, subLanes);
            for (int k = 0; k < items.size(); ++k) {
                items[k].y = y + subLanes[k] * (kBandHeight + kBandGap);
                items[k].height = kBandHeight;
            }
            y += used * (kBandHeight + kBandGap) + kBandGap;
        }
        if (m_rows[r].kind == RowKind::Environment) {
            QList<ChangeItem> &items = changesPerRow[r];
            std::sort(items.begin(), items.end(),
                      [](const ChangeItem &a, const ChangeItem &b) { return a.start < b.start; });
            QList<ChangeItem> occupied = items;
            for (ChangeItem &item : occupied) {
                const double blockPx = double(item.end - item.start) * pps;
                if (blockPx < std::min(item.labelWidth, 90))
                    item.end = item.start + qint64((std::max<double>(blockPx, kMinChangeWidth) + item.labelWidth + 8) / pps);
            }
            QList<ChangeItem *> spans;
            for (ChangeItem &item : occupied)
                spans.append(&item);
            QList<int> subLanes;
            const int used = std::max(1, pack(spans, kMaxChangeSubLanes, subLanes));
            for (int k = 0; k < items.size(); ++k) {
                items[k].y = y + subLanes[k] * (kChangeHeight + kBandGap);
                items[k].height = kChangeHeight;
            }
            y += used * (kChangeHeight + kBandGap);
            // Release progress below the change blocks, in its own lanes.
            QList<ReleaseItem> &releases = releasesPerRow[r];
            if (!releases.isEmpty()) {
                std::sort(releases.begin(), releases.end(),
                          [](const ReleaseItem &a, const ReleaseItem &b) { return a.start < b.start; });
                // A band too narrow for its label carries it on its right: pack by both.
                QList<ReleaseItem> taken = releases;
                for (ReleaseItem &item : taken) {
                    const double bandPx = double(item.end - item.start) * pps;
                    if (bandPx < item.labelWidth)
                        item.end = item.start + qint64((std::max<double>(bandPx, kMinChangeWidth) + item.labelWidth + 6) / pps);
                }
                QList<ReleaseItem *> releaseSpans;
                for (ReleaseItem &item : taken)
                    releaseSpans.append(&item);
                QList<int> releaseLanes;
                const int usedLanes = pack(releaseSpans, kMaxReleaseSubLanes, releaseLanes);
                for (int k = 0; k < releases.size(); ++k) {
                    releases[k].y = y + releaseLanes[k] * (kReleaseHeight + kBandGap);
                    releases[k].height = kReleaseHeight;
                }
                y += usedLanes * (kReleaseHeight + kBandGap);
            }
        }
        geometry.top = top;
        geometry.height = std::max(kMinRowHeight, y + kRowPadding);
        top += geometry.height;

        // Merge the row's lanes into the flat lists, sorted by start for clipping.
        QList<BandItem> rowBands = perRowLane[r][0] + perRowLane[r][1];
        std::sort(rowBands.begin(), rowBands.end(),
                  [](const BandItem &a, const BandItem &b) { return a.start < b.start; });
        for (const BandItem &item : rowBands) {
            geometry.longestBand = std::max(geometry.longestBand, item.end - item.start);
            geometry.bands.append(int(m_bands.size()));
            m_bands.append(item);
        }
        for (const ChangeItem &item : changesPerRow[r]) {
            geometry.longestChange = std::max(geometry.longestChange, item.end - item.start);
            geometry.changes.append(int(m_changeItems.size()));
            m_changeItems.append(item);
        }
        for (const ReleaseItem &item : releasesPerRow[r]) {
            geometry.releases.append(int(m_releaseItems.size()));
            m_releaseItems.append(item);
        }
    }
    m_totalHeight = top;
    ++m_layerGeneration;
    updateScrollBar();
    viewport()->update();
}

int TimelineView::contentHeight() const
{
    return m_header + m_totalHeight;
}

void TimelineView::updateScrollBar()
{
    const int visible = std::max(0, viewport()->height() - m_header);
    verticalScrollBar()->setRange(0, std::max(0, m_totalHeight - visible));
    verticalScrollBar()->setPageStep(visible);
    verticalScrollBar()->setSingleStep(kChangeHeight);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    m_gutter = std::clamp(viewport()->width() / 7, 150, 220);
    relayout();
}

void TimelineView::scrollContentsBy(int, int)
{
    viewport()->update();
}

void TimelineView::changeEvent(QEvent *event)
{
    QAbstractScrollArea::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange) {
        ++m_layerGeneration;
        m_labels.clear();
        viewport()->update();
    }
}

QRectF TimelineView::bandItemRect(const BandItem &item, int scrollY, int width) const
{
    const qreal left = xFor(item.start, width);
    const qreal right = xFor(item.end, width);
    const int top = m_header + m_geometry[item.row].top - scrollY + item.y;
    return QRectF(left, top, std::max<qreal>(1, right - left), item.height);
}

QRectF TimelineView::changeItemRect(const ChangeItem &item, int scrollY, int width) const
{
    const qreal left = xFor(item.start, width);
    const qreal right = xFor(item.end, width);
    const int top = m_header + m_geometry[item.row].top - scrollY + item.y;
    return QRectF(left, top, std::max<qreal>(kMinChangeWidth, right - left), item.height);
}

QRectF TimelineView::releaseItemRect(const ReleaseItem &item, int scrollY, int width) const
{
    const qreal left = xFor(item.start, width);
    const qreal right = xFor(item.end, width);
    const int top = m_header + m_geometry[item.row].top - scrollY + item.y;
    return QRectF(left, top, std::max<qreal>(kMinChangeWidth, right - left), item.height);
}

QRectF TimelineView::releaseBandRect(int index) const
{
    for (const ReleaseItem &item : m_releaseItems) {
        if (item.band == index)
            return releaseItemRect(item, verticalScrollBar()->value(), viewport()->width());
    }
    return {};
}

int TimelineView::releaseBandAt(const QPointF &pos) const
{
    if (pos.y() < m_header || pos.x() < m_gutter)
        return -1;
    const int scrollY = verticalScrollBar()->value();
    const int width = viewport()->width();
    for (int i = int(m_releaseItems.size()) - 1; i >= 0; --i) {
        if (releaseItemRect(m_releaseItems[i], scrollY, width).contains(pos))
            return m_releaseItems[i].band;
    }
    return -1;
}

QString TimelineView::releaseBandLabel(int index) const
{
    if (index < 0 || index >= m_releaseBands.size())
        return {};
    return CalendarReleaseOverlay::label(m_releaseBands.at(index));
}

QString TimelineView::releaseBandToolTip(int index) const
{
    if (index < 0 || index >= m_releaseBands.size())
        return {};
    return CalendarReleaseOverlay::toolTip(m_releaseBands.at(index), m_zone);
}

void TimelineView::paintReleases(QPainter &p, const QRect &exposed, int width, int height, int scrollY)
{
    if (m_releaseItems.isEmpty())
        return;
    p.save();
    p.setClipRect(QRect(m_gutter, m_header, width - m_gutter, height - m_header).intersected(exposed));
    const QPalette pal = palette();
    for (const ReleaseItem &item : std::as_const(m_releaseItems)) {
        const QRectF rect = releaseItemRect(item, scrollY, width);
        if (!rect.adjusted(0, 0, item.labelWidth, 0).intersects(QRectF(exposed)))
            continue;
        CalendarReleaseOverlay::paint(p, rect, m_releaseBands.at(item.band), pal, item.labelWidth);
    }
    p.restore();
}

QRectF TimelineView::rowRect(int rowIndex) const
{
    if (rowIndex < 0 || rowIndex >= m_geometry.size())
        return {};
    const RowGeometry &g = m_geometry[rowIndex];
    return QRectF(0, m_header + g.top - verticalScrollBar()->value(), viewport()->width(), g.height);
}

QRectF TimelineView::bandRect(int intervalIndex, int rowIndex) const
{
    if (rowIndex < 0 || rowIndex >= m_geometry.size())
        return {};
    for (int b : m_geometry[rowIndex].bands) {
        if (m_bands[b].interval == intervalIndex)
            return bandItemRect(m_bands[b], verticalScrollBar()->value(), viewport()->width());
    }
    return {};
}

int TimelineView::changeItemIndex(qint64 changeId) const
{
    for (int i = 0; i < m_changeItems.size(); ++i) {
        if (m_changes[m_changeItems[i].change].id == changeId)
            return i;
    }
    return -1;
}

QRectF TimelineView::changeRect(qint64 changeId) const
{
    const int index = changeItemIndex(changeId);
    if (index < 0)
        return {};
    return changeItemRect(m_changeItems[index], verticalScrollBar()->value(), viewport()->width());
}

qint64 TimelineView::changeAt(const QPointF &pos) const
{
    if (pos.y() < m_header || pos.x() < m_gutter)
        return 0;
    const int scrollY = verticalScrollBar()->value();
    const int width = viewport()->width();
    // Topmost first: later items are painted over earlier ones.
    for (int i = int(m_changeItems.size()) - 1; i >= 0; --i) {
        if (changeItemRect(m_changeItems[i], scrollY, width).contains(pos))
            return m_changes[m_changeItems[i].change].id;
    }
    return 0;
}

int TimelineView::intervalAt(const QPointF &pos) const
{
    if (pos.y() < m_header || pos.x() < m_gutter)
        return -1;
    const int scrollY = verticalScrollBar()->value();
    const int width = viewport()->width();
    for (int r = 0; r < m_geometry.size(); ++r) {
        const RowGeometry &g = m_geometry[r];
        const int top = m_header + g.top - scrollY;
        if (pos.y() < top || pos.y() >= top + g.height)
            continue;
        // Freezes and close periods are long and lie under the short ones: prefer the shortest hit.
        int best = -1;
        qint64 bestLength = std::numeric_limits<qint64>::max();
        for (int b : g.bands) {
            const BandItem &item = m_bands[b];
            if (item.end - item.start < bestLength && bandItemRect(item, scrollY, width).contains(pos)) {
                best = item.interval;
                bestLength = item.end - item.start;
            }
        }
        return best;
    }
    return -1;
}

QList<TimelineView::Tick> TimelineView::computeTicks(bool major) const
{
    QList<Tick> result;
    const QLocale locale;
    const QDate last = QDateTime::fromSecsSinceEpoch(rangeTo() - 1, m_zone).date();
    auto dayStart = [this](const QDate &d) { return QDateTime(d, QTime(0, 0), m_zone).toSecsSinceEpoch(); };
    switch (m_zoom) {
    case Zoom::Day:
        if (major) {
            result.append({dayStart(m_anchor), locale.toString(m_anchor, QStringLiteral("dddd d MMMM yyyy")), true});
        } else {
            for (int h = 0; h < 24; ++h) {
                const QDateTime at(m_anchor, QTime(h, 0), m_zone);
                if (at.date() == m_anchor && at.time().hour() == h)
                    result.append({at.toSecsSinceEpoch(), locale.toString(at.time(), QStringLiteral("HH:mm")), false});
            }
        }
        break;
    case Zoom::Week:
        for (QDate d = m_anchor; d <= last; d = d.addDays(1)) {
            if (major) {
                result.append({dayStart(d), locale.toString(d, QStringLiteral("ddd d MMM")), true});
            } else {
                for (int h : {6, 12, 18}) {
                    const QDateTime at(d, QTime(h, 0), m_zone);
                    result.append({at.toSecsSinceEpoch(), locale.toString(at.time(), QStringLiteral("HH")), false});
                }
            }
        }
        break;
    case Zoom::Month:
        for (QDate d = m_anchor; d <= last; d = d.addDays(1)) {
            if (major) {
                if (d == m_anchor || d.dayOfWeek() == 1)
                    result.append({dayStart(d),
                                   d == m_anchor ? locale.toString(d, QStringLiteral("MMMM yyyy"))
                                                 : tr("Week %1").arg(d.weekNumber()),
                                   true});
            } else {
                result.append({dayStart(d), QString::number(d.day()), false});
            }
        }
        break;
    case Zoom::Quarter:
        for (QDate d = m_anchor; d <= last; d = d.addDays(1)) {
            if (major) {
                if (d.day() == 1)
                    result.append({dayStart(d), locale.toString(d, QStringLiteral("MMMM yyyy")), true});
            } else if (d.dayOfWeek() == 1) {
                result.append({dayStart(d), QString::number(d.day()), false});
            }
        }
        break;
    }
    return result;
}

QStringList TimelineView::axisLabels() const
{
    QStringList labels;
    for (const Tick &tick : ticks(true))
        labels.append(tick.label);
    for (const Tick &tick : ticks(false))
        labels.append(tick.label);
    return labels;
}

QString TimelineView::zoneCaption() const
{
    return tr("Times in %1").arg(CalendarStyle::zoneName(m_zone));
}

void TimelineView::paintEvent(QPaintEvent *event)
{
    QPainter p(viewport());
    const QRect exposed = event->rect();
    const int width = viewport()->width();
    const int height = viewport()->height();
    const int scrollY = verticalScrollBar()->value();
    // Rows, bands, grid and headers change only with data, range, size or scrolling:
    // they are painted once into a layer, and a repaint (hover, selection, a dragged
    // block, the now line) blits it and draws the change blocks on top.
    const qreal dpr = viewport()->devicePixelRatioF();
    const LayerKey key{m_layerGeneration, width, height, scrollY, m_gutter, dpr};
    if (!(key == m_layerKey) || m_layer.isNull()) {
        m_layer = QPixmap(QSize(width, height) * dpr);
        m_layer.setDevicePixelRatio(dpr);
        QPainter lp(&m_layer);
        paintBackground(lp, QRect(0, 0, width, height), width, height, scrollY, rangeFrom() - 1, rangeTo() + 1);
        paintRowHeaders(lp, QRect(0, 0, width, height), height, scrollY);
        paintHeader(lp, width, rangeFrom(), rangeTo());
        m_layerKey = key;
    }
    p.drawPixmap(QRectF(exposed), m_layer, QRectF(QPointF(exposed.topLeft()) * dpr, QSizeF(exposed.size()) * dpr));
    // A quarter of blocks ends before the range or starts after it: clip in time as well.
    const qint64 from = rangeFrom() + qint64(double(exposed.left() - m_gutter) / pixelsPerSecond(width)) - 1;
    const qint64 to = rangeFrom() + qint64(double(exposed.right() + 1 - m_gutter) / pixelsPerSecond(width)) + 1;
    paintChanges(p, exposed, width, height, scrollY, from, to);
    paintReleases(p, exposed, width, height, scrollY);
    if (exposed.top() < m_header)
        paintNowMarker(p, width);
}

void TimelineView::render(QPainter *painter, const QRectF &target)
{
    const int width = 1600;
    const int height = contentHeight();
    painter->save();
    painter->translate(target.topLeft());
    const qreal scale = std::min(target.width() / width, target.height() / height);
    painter->scale(scale, scale);
    painter->setClipRect(QRect(0, 0, width, height));
    const int oldGutter = m_gutter;
    m_gutter = 200;
    const QRect all(0, 0, width, height);
    paintBackground(*painter, all, width, height, 0, rangeFrom(), rangeTo());
    paintChanges(*painter, all, width, height, 0, rangeFrom(), rangeTo());
    paintReleases(*painter, all, width, height, 0);
    paintRowHeaders(*painter, all, height, 0);
    paintHeader(*painter, width, rangeFrom(), rangeTo());
    paintNowMarker(*painter, width);
    m_gutter = oldGutter;
    painter->restore();
}

void TimelineView::paintBackground(QPainter &p, const QRect &exposed, int width, int height, int scrollY, qint64 from,
                                   qint64 to)
{
    const QPalette pal = palette();
    const bool dark = CalendarStyle::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor grid = mixed(base, text, 0.12);
    const QColor majorGrid = mixed(base, text, 0.28);

    p.fillRect(exposed, base);

    // Row backgrounds, weekends, grid.
    for (int r = 0; r < m_geometry.size(); ++r) {
        const RowGeometry &g = m_geometry[r];
        const int top = m_header + g.top - scrollY;
        if (top > exposed.bottom() || top + g.height < exposed.top())
            continue;
        QColor shade = base;
        if (m_rows[r].kind == RowKind::Environment)
            shade = mixed(base, text, 0.025);
        else if (m_rows[r].kind == RowKind::Partner)
            shade = mixed(base, CalendarStyle::bandColour(BandKind::PartnerSlot, dark), 0.04);
        p.fillRect(QRect(0, top, width, g.height), shade);
    }
    QColor weekend = text;
    weekend.setAlphaF(dark ? 0.07f : 0.045f);
    for (const auto &[weekendStart, weekendEnd] : m_weekends) {
        const qreal x0 = xFor(weekendStart, width);
        p.fillRect(QRectF(x0, m_header, xFor(weekendEnd, width) - x0, height - m_header), weekend);
    }
    for (const Tick &tick : ticks(false)) {
        const qreal x = std::floor(xFor(tick.at, width)) + 0.5;
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(x, m_header), QPointF(x, height));
    }
    for (const Tick &tick : ticks(true)) {
        const qreal x = std::floor(xFor(tick.at, width)) + 0.5;
        p.setPen(QPen(majorGrid, 1));
        p.drawLine(QPointF(x, m_header), QPointF(x, height));
    }
    for (int r = 0; r < m_geometry.size(); ++r) {
        const int bottom = m_header + m_geometry[r].top + m_geometry[r].height - scrollY;
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(0, bottom - 0.5), QPointF(width, bottom - 0.5));
    }

    // Bands, clipped to the exposed rows and times.
    p.save();
    p.setClipRect(QRect(m_gutter, m_header, width - m_gutter, height - m_header).intersected(exposed));
    QFont small = font();
    small.setPixelSize(11);
    QFontMetrics smallMetrics(small);
    p.setFont(small);
    const double pps = pixelsPerSecond(width);
    for (int r = 0; r < m_geometry.size(); ++r) {
        const RowGeometry &g = m_geometry[r];
        const int top = m_header + g.top - scrollY;
        if (top > exposed.bottom() || top + g.height < exposed.top())
            continue;
        // Bands are sorted by start: skip those that must have ended before `from`.
        const qint64 firstStart = from - g.longestBand;
        auto it = std::lower_bound(g.bands.cbegin(), g.bands.cend(), firstStart,
                                   [this](int b, qint64 value) { return m_bands[b].start < value; });
        // Bands narrower than two pixels are merged per lane and kind into one mark per
        // pixel column: at quarter zoom a site's daily waves would otherwise be
        // thousands of rectangles drawn on top of each other.
        struct Pending
        {
            int column = std::numeric_limits<int>::min();
            QRectF rect;
        };
        QHash<quint64, Pending> narrow;
        for (; it != g.bands.cend(); ++it) {
            const BandItem &item = m_bands[*it];
            if (item.start > to)
                break;
            if (item.end < from)
                continue;
            const CalendarInterval &interval = m_intervals[item.interval];
            if (double(item.end - item.start) * pps < 2.0) {
                const QRectF rect = bandItemRect(item, scrollY, width);
                const int column = int(std::floor(rect.left()));
                const quint64 lane = (quint64(quint32(item.y)) << 8) | quint64(interval.kind);
                Pending &pending = narrow[lane];
                if (pending.column == column)
                    continue;
                pending.column = column;
                CalendarStyle::paintBand(&p, rect, interval.kind, dark);
                continue;
            }
            const QRectF rect = bandItemRect(item, scrollY, width);
            CalendarStyle::paintBand(&p, rect, interval.kind, dark);
            const qreal visibleLeft = std::max<qreal>(rect.left(), m_gutter);
            const qreal room = rect.right() - visibleLeft - 5;
            if (room >= 12) {
                // The whole name, a shortened one when most of it fits, else the kind's glyph alone.
                const QString glyph = CalendarStyle::bandKindGlyph(interval.kind);
                const QString label = glyph + QLatin1Char(' ') + interval.name;
                QString shown = glyph;
                if (smallMetrics.horizontalAdvance(label) <= room)
                    shown = label;
                else if (room >= 70)
                    shown = smallMetrics.elidedText(label, Qt::ElideRight, int(room));
                p.setPen(text);
                p.drawText(QRectF(visibleLeft + 3, rect.top(), room, rect.height()), Qt::AlignLeft | Qt::AlignVCenter,
                           shown);
            }
        }
    }
    p.restore();
}

void TimelineView::paintChanges(QPainter &p, const QRect &exposed, int width, int height, int scrollY, qint64 from,
                                qint64 to)
{
    p.save();
    p.setClipRect(QRect(m_gutter, m_header, width - m_gutter, height - m_header).intersected(exposed));
    for (int r = 0; r < m_geometry.size(); ++r) {
        const RowGeometry &g = m_geometry[r];
        const int top = m_header + g.top - scrollY;
        if (top > exposed.bottom() || top + g.height < exposed.top() || g.changes.isEmpty())
            continue;
        const qint64 firstChange = from - g.longestChange - 3600 * 24 * 7;
        auto ct = std::lower_bound(g.changes.cbegin(), g.changes.cend(), firstChange,
                                   [this](int c, qint64 value) { return m_changeItems[c].start < value; });
        for (; ct != g.changes.cend(); ++ct) {
            const ChangeItem &item = m_changeItems[*ct];
            if (item.start > to)
                break;
            const QRectF rect = changeItemRect(item, scrollY, width);
            if (rect.right() < exposed.left() || rect.left() > exposed.right() + 1)
                continue;
            const ChangeRequest &change = m_changes[item.change];
            const bool dragged = m_drag.active && m_drag.changeId == change.id;
            paintChange(p, rect, change, change.id == m_selected, false, m_conflicts.value(change.id), item.labelWidth);
            if (dragged) {
                ChangeItem moved = item;
                moved.start += m_drag.deltaSeconds;
                moved.end += m_drag.deltaSeconds;
                paintChange(p, changeItemRect(moved, scrollY, width), change, true, true, m_drag.conflicts, 320);
            }
        }
    }

    // Now.
    const qint64 nowSecs = now().toSecsSinceEpoch();
    if (nowSecs >= rangeFrom() && nowSecs < rangeTo()) {
        const qreal x = xFor(nowSecs, width);
        p.setPen(QPen(QColor(0xe5, 0x39, 0x35), 2));
        p.drawLine(QPointF(x, m_header), QPointF(x, height));
    }
    p.restore();
}

void TimelineView::paintNowMarker(QPainter &p, int width)
{
    const qint64 nowSecs = now().toSecsSinceEpoch();
    if (nowSecs < rangeFrom() || nowSecs >= rangeTo())
        return;
    const qreal x = xFor(nowSecs, width);
    p.save();
    p.setClipRect(QRect(m_gutter, 0, width - m_gutter, m_header));
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(0xe5, 0x39, 0x35));
    p.setRenderHint(QPainter::Antialiasing);
    p.drawPolygon(QPolygonF({QPointF(x - 5, m_header - 7), QPointF(x + 5, m_header - 7), QPointF(x, m_header)}));
    p.restore();
}

void TimelineView::paintHeader(QPainter &p, int width, qint64, qint64 to)
{
    const QPalette pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = mixed(window, text, 0.6);
    p.fillRect(QRect(0, 0, width, m_header), window);
    p.setPen(mixed(window, text, 0.3));
    p.drawLine(QPointF(0, m_header - 0.5), QPointF(width, m_header - 0.5));
    p.drawLine(QPointF(m_gutter - 0.5, 0), QPointF(m_gutter - 0.5, m_header));

    QFont bold = font();
    bold.setBold(true);
    bold.setPixelSize(12);
    QFont small = font();
    small.setPixelSize(11);

    // Corner: the zone every axis label is in.
    p.setFont(small);
    p.setPen(muted);
    p.drawText(QRect(8, 4, m_gutter - 12, 18), Qt::AlignLeft | Qt::AlignVCenter, tr("Times in"));
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRect(8, 22, m_gutter - 12, 18), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(bold).elidedText(CalendarStyle::zoneName(m_zone), Qt::ElideMiddle, m_gutter - 12));

    p.save();
    p.setClipRect(QRect(m_gutter, 0, width - m_gutter, m_header));
    const QList<Tick> majors = ticks(true);
    for (int i = 0; i < majors.size(); ++i) {
        const qreal x = xFor(majors[i].at, width);
        const qreal next = i + 1 < majors.size() ? xFor(majors[i + 1].at, width) : xFor(to, width);
        p.setFont(bold);
        p.setPen(text);
        p.drawText(QRectF(x + 5, 3, std::max<qreal>(0, next - x - 8), 20), Qt::AlignLeft | Qt::AlignVCenter,
                   QFontMetrics(bold).elidedText(majors[i].label, Qt::ElideRight, int(next - x - 8)));
        p.setPen(mixed(window, text, 0.3));
        p.drawLine(QPointF(std::floor(x) + 0.5, 0), QPointF(std::floor(x) + 0.5, m_header));
    }
    const QList<Tick> minors = ticks(false);
    p.setFont(small);
    const QFontMetrics metrics(small);
    qreal lastRight = -1e9;
    for (const Tick &tick : minors) {
        const qreal x = xFor(tick.at, width);
        const int w = metrics.horizontalAdvance(tick.label);
        if (x + 3 < lastRight + 4)
            continue; // no room: skip rather than overlap
        p.setPen(muted);
        p.drawText(QRectF(x + 3, 24, w + 2, 18), Qt::AlignLeft | Qt::AlignVCenter, tick.label);
        lastRight = x + 3 + w;
    }
    p.restore();
}

void TimelineView::paintRowHeaders(QPainter &p, const QRect &exposed, int height, int scrollY)
{
    if (exposed.left() >= m_gutter)
        return;
    const QPalette pal = palette();
    const bool dark = CalendarStyle::isDark(pal);
    const QColor window = pal.color(QPalette::Window);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor muted = mixed(window, text, 0.6);
    p.save();
    p.setClipRect(QRect(0, m_header, m_gutter, height - m_header));
    p.fillRect(QRect(0, m_header, m_gutter, height - m_header), window);
    QFont bold = font();
    bold.setBold(true);
    bold.setPixelSize(12);
    QFont small = font();
    small.setPixelSize(11);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics smallMetrics(small);
    RowKind previousKind = RowKind::Environment;
    for (int r = 0; r < m_geometry.size(); ++r) {
        const RowGeometry &g = m_geometry[r];
        const int top = m_header + g.top - scrollY;
        if (r > 0 && m_rows[r].kind != previousKind) {
            // A stronger line between the groups (environments, sites, partners).
            p.setPen(QPen(mixed(window, text, 0.45), 1));
            p.drawLine(QPointF(0, top - 0.5), QPointF(m_gutter, top - 0.5));
        }
        previousKind = m_rows[r].kind;
        if (top > exposed.bottom() || top + g.height < exposed.top())
            continue;
        // A small kind mark: a filled square for environments, a house outline for sites,
        // the partner-slot pattern for partners.
        const QRectF mark(8, top + 8, 10, 10);
        p.setRenderHint(QPainter::Antialiasing);
        switch (m_rows[r].kind) {
        case RowKind::Environment:
            p.setPen(Qt::NoPen);
            p.setBrush(mixed(window, text, 0.55));
            p.drawRoundedRect(mark, 2, 2);
            break;
        case RowKind::Site:
            p.setPen(QPen(mixed(window, text, 0.55), 1.5));
            p.setBrush(Qt::NoBrush);
            p.drawPolygon(QPolygonF({mark.bottomLeft(), mark.topLeft() + QPointF(0, 4),
                                     QPointF(mark.center().x(), mark.top()), mark.topRight() + QPointF(0, 4),
                                     mark.bottomRight()}));
            break;
        case RowKind::Partner:
            CalendarStyle::paintBand(&p, mark, BandKind::PartnerSlot, dark);
            break;
        }
        p.setRenderHint(QPainter::Antialiasing, false);
        p.setFont(bold);
        p.setPen(text);
        p.drawText(QRect(24, top + 4, m_gutter - 30, 18), Qt::AlignLeft | Qt::AlignVCenter,
                   boldMetrics.elidedText(m_rows[r].label, Qt::ElideRight, m_gutter - 30));
        if (!m_rows[r].detail.isEmpty()) {
            p.setFont(small);
            p.setPen(muted);
            p.drawText(QRect(24, top + 21, m_gutter - 30, 16), Qt::AlignLeft | Qt::AlignVCenter,
                       smallMetrics.elidedText(m_rows[r].detail, Qt::ElideRight, m_gutter - 30));
        }
        p.setPen(QPen(mixed(window, text, 0.12), 1));
        p.drawLine(QPointF(0, top + g.height - 0.5), QPointF(m_gutter, top + g.height - 0.5));
    }
    p.setPen(mixed(window, text, 0.3));
    p.drawLine(QPointF(m_gutter - 0.5, m_header), QPointF(m_gutter - 0.5, height));
    p.restore();
}

void TimelineView::paintChange(QPainter &p, const QRectF &r, const ChangeRequest &change, bool selected, bool ghost,
                               const QList<Conflict> &conflicts, int labelWidth)
{
    const QPalette pal = palette();
    const bool dark = CalendarStyle::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor stateColour = CalendarStyle::stateColour(change.state, dark);

    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = r.adjusted(0.5, 0.5, -0.5, -0.5);
    QColor fill = mixed(base, stateColour, dark ? 0.28 : 0.14);
    if (ghost) {
        fill.setAlphaF(0.85f);
        p.setPen(QPen(text, 1.5, Qt::DashLine));
    } else {
        p.setPen(QPen(selected ? pal.color(QPalette::Highlight) : mixed(base, stateColour, 0.7), selected ? 2.5 : 1));
    }
    p.setBrush(fill);
    p.drawRoundedRect(box, 4, 4);
    // The state stripe on the left edge; the state is also written out below.
    p.setPen(Qt::NoPen);
    p.setBrush(stateColour);
    p.drawRoundedRect(QRectF(box.left(), box.top(), std::min<qreal>(4, box.width()), box.height()), 2, 2);
    p.setRenderHint(QPainter::Antialiasing, false);

    int hard = 0;
    int soft = 0;
    for (const Conflict &conflict : conflicts)
        (conflict.severity == Conflict::Severity::Hard ? hard : soft)++;

    // The text goes inside when it fits, otherwise to the right of the block.
    QFont bold = font();
    bold.setBold(true);
    bold.setPixelSize(11);
    QFont small = font();
    small.setPixelSize(10);
    const int risk = m_risks.contains(change.id) ? int(m_risks.value(change.id)) : -1;
    // The two lines of a block are built and measured only when what they say or the
    // room for them changed, not on every repaint.
    ChangeLabel scratch;
    ChangeLabel &label = ghost ? scratch : m_labels[change.id];
    if (ghost || label.state != int(change.state) || label.risk != risk || label.hard != hard || label.soft != soft
        || label.source != change.title) {
        QStringList second;
        if (ghost) {
            second.append(CalendarStyle::formatWindow(change.windowStart.addSecs(m_drag.deltaSeconds),
                                                      change.windowEnd.addSecs(m_drag.deltaSeconds), m_zone));
        } else {
            second.append(CalendarStyle::stateName(change.state));
            if (risk >= 0)
                second.append(CalendarStyle::riskText(m_risks.value(change.id)));
        }
        if (hard > 0)
            second.append(plural(tr("%n hard conflict(s)", nullptr, hard), hard));
        if (soft > 0)
            second.append(tr("%n soft", nullptr, soft));
        if (ghost && hard == 0 && soft == 0)
            second.append(tr("no conflicts"));
        label = ChangeLabel{};
        label.state = int(change.state);
        label.risk = risk;
        label.hard = hard;
        label.soft = soft;
        label.source = change.title;
        label.title = QStringLiteral("#%1 %2").arg(change.id).arg(change.title);
        label.detail = second.join(QStringLiteral(" · "));
        label.wanted = std::max(QFontMetrics(bold).horizontalAdvance(label.title),
                                QFontMetrics(small).horizontalAdvance(label.detail));
    }
    const qreal markerSpace = (hard + soft) > 0 ? 16 : 0;
    const int wanted = label.wanted;
    QRectF textRect = r.adjusted(8, 2, -4 - markerSpace, -2);
    bool outside = false;
    if (textRect.width() < std::min(wanted, 90)) {
        textRect = QRectF(r.right() + 4 + markerSpace, r.top() + 2, std::min(wanted + 4, int(labelWidth - markerSpace)),
                          r.height() - 4);
        outside = true;
    }
    if (outside && !ghost) {
        // A plate behind text that left its block, so bands beneath do not fight with it.
        QColor plate = base;
        plate.setAlphaF(0.8f);
        p.fillRect(textRect.adjusted(-2, 0, 2, 0), plate);
    }
    if (label.elidedWidth != int(textRect.width())) {
        label.elidedWidth = int(textRect.width());
        label.elidedTitle = QFontMetrics(bold).elidedText(label.title, Qt::ElideRight, label.elidedWidth);
        label.elidedDetail = QFontMetrics(small).elidedText(label.detail, Qt::ElideRight, label.elidedWidth);
    }
    p.setFont(bold);
    p.setPen(text);
    p.drawText(QRectF(textRect.left(), textRect.top(), textRect.width(), 16), Qt::AlignLeft | Qt::AlignVCenter,
               label.elidedTitle);
    p.setFont(small);
    p.setPen(mixed(base, text, 0.75));
    p.drawText(QRectF(textRect.left(), textRect.top() + 16, textRect.width(), 15), Qt::AlignLeft | Qt::AlignVCenter,
               label.elidedDetail);
    if (hard + soft > 0) {
        const QPointF centre(outside ? r.right() + 4 + 7 : r.right() - 9, r.top() + 9);
        CalendarStyle::paintConflictMarker(&p, centre, 13,
                                           hard > 0 ? Conflict::Severity::Hard : Conflict::Severity::Soft);
    }
    p.restore();
}

qint64 TimelineView::snapSeconds() const
{
    switch (m_zoom) {
    case Zoom::Day:
        return 15 * 60;
    case Zoom::Week:
        return 30 * 60;
    case Zoom::Month:
        return 3600;
    case Zoom::Quarter:
        return 24 * 3600;
    }
    return 3600;
}

QDateTime TimelineView::dragStart() const
{
    const int index = changeItemIndex(m_drag.changeId);
    if (!m_drag.active || index < 0)
        return {};
    return m_changes[m_changeItems[index].change].windowStart.addSecs(m_drag.deltaSeconds);
}

QDateTime TimelineView::dragEnd() const
{
    const int index = changeItemIndex(m_drag.changeId);
    if (!m_drag.active || index < 0)
        return {};
    return m_changes[m_changeItems[index].change].windowEnd.addSecs(m_drag.deltaSeconds);
}

void TimelineView::setDragDelta(qint64 seconds)
{
    const qint64 step = snapSeconds();
    const qint64 snapped = (seconds >= 0 ? (seconds + step / 2) : (seconds - step / 2)) / step * step;
    if (snapped == m_drag.deltaSeconds && !m_drag.conflicts.isEmpty())
        return;
    const bool first = m_drag.deltaSeconds != snapped || m_drag.conflicts.isEmpty();
    m_drag.deltaSeconds = snapped;
    const int index = changeItemIndex(m_drag.changeId);
    if (index < 0)
        return;
    const ChangeRequest &change = m_changes[m_changeItems[index].change];
    QList<Conflict> conflicts;
    if (m_probe) {
        Models::ChangeWindow window;
        window.changeId = change.id;
        window.environment = change.environment;
        window.integrations = change.integrations;
        window.workloads = change.workloads;
        window.type = change.type;
        window.start = change.windowStart.addSecs(snapped);
        window.end = change.windowEnd.addSecs(snapped);
        conflicts = m_probe(window);
    }
    m_drag.conflicts = conflicts;
    viewport()->update();
    if (first)
        Q_EMIT dragConflictsChanged(conflicts);
}

void TimelineView::finishDrag(bool drop)
{
    const Drag drag = m_drag;
    const QDateTime start = dragStart();
    const QDateTime end = dragEnd();
    m_drag = Drag();
    viewport()->update();
    if (drag.active)
        Q_EMIT dragConflictsChanged({});
    if (drop && drag.active && drag.deltaSeconds != 0 && start.isValid())
        Q_EMIT rescheduleDropped(drag.changeId, start.toUTC(), end.toUTC());
}

void TimelineView::selectChange(qint64 changeId)
{
    if (changeId == m_selected)
        return;
    m_selected = changeId;
    ensureChangeVisible(changeId);
    viewport()->update();
    Q_EMIT changeSelected(changeId);
}

void TimelineView::ensureChangeVisible(qint64 changeId)
{
    const int index = changeItemIndex(changeId);
    if (index < 0)
        return;
    const ChangeItem &item = m_changeItems[index];
    if (item.start >= rangeTo() || item.end <= rangeFrom())
        showDate(QDateTime::fromSecsSinceEpoch(item.start, m_zone).date());
    const RowGeometry &g = m_geometry[item.row];
    const int visible = viewport()->height() - m_header;
    const int y = g.top + item.y;
    if (y < verticalScrollBar()->value())
        verticalScrollBar()->setValue(y - kRowPadding);
    else if (y + item.height > verticalScrollBar()->value() + visible)
        verticalScrollBar()->setValue(y + item.height - visible + kRowPadding);
}

void TimelineView::selectNeighbour(int direction)
{
    if (m_changeItems.isEmpty())
        return;
    // Changes ordered by time (then row), across all shown rows.
    QList<int> order(m_changeItems.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [this](int a, int b) {
        const ChangeItem &x = m_changeItems[a];
        const ChangeItem &y = m_changeItems[b];
        return x.start != y.start ? x.start < y.start : x.row < y.row;
    });
    const int current = changeItemIndex(m_selected);
    int position = int(order.indexOf(current));
    if (position < 0) {
        // Nothing selected: start from the first block at or after the range's start.
        position = 0;
        while (position < order.size() && m_changeItems[order[position]].end <= rangeFrom())
            ++position;
        if (direction < 0)
            --position;
    } else {
        position += direction;
    }
    if (position < 0 || position >= order.size())
        return;
    selectChange(m_changes[m_changeItems[order[position]].change].id);
}

void TimelineView::selectVertical(int direction)
{
    const int current = changeItemIndex(m_selected);
    if (current < 0) {
        verticalScrollBar()->setValue(verticalScrollBar()->value() + direction * kChangeHeight);
        return;
    }
    const ChangeItem &from = m_changeItems[current];
    const qint64 middle = (from.start + from.end) / 2;
    for (int row = from.row + direction; row >= 0 && row < m_geometry.size(); row += direction) {
        const RowGeometry &g = m_geometry[row];
        int best = -1;
        qint64 bestDistance = std::numeric_limits<qint64>::max();
        for (int c : g.changes) {
            const ChangeItem &item = m_changeItems[c];
            const qint64 distance = std::abs((item.start + item.end) / 2 - middle);
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        if (best >= 0) {
            selectChange(m_changes[m_changeItems[best].change].id);
            return;
        }
    }
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const qint64 id = changeAt(event->position());
    selectChange(id);
    if (id != 0) {
        m_drag = Drag();
        m_drag.pending = true;
        m_drag.changeId = id;
        m_drag.pressPos = event->position().toPoint();
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    if (!(event->buttons() & Qt::LeftButton) || (!m_drag.pending && !m_drag.active)) {
        QAbstractScrollArea::mouseMoveEvent(event);
        return;
    }
    const QPoint delta = event->position().toPoint() - m_drag.pressPos;
    if (m_drag.pending && delta.manhattanLength() < QApplication::startDragDistance())
        return;
    if (m_drag.pending) {
        m_drag.pending = false;
        m_drag.active = true;
        viewport()->setCursor(Qt::ClosedHandCursor);
    }
    setDragDelta(qint64(double(delta.x()) / pixelsPerSecond(viewport()->width())));
    event->accept();
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && (m_drag.active || m_drag.pending)) {
        viewport()->unsetCursor();
        if (m_drag.active)
            setDragDelta(qint64(double(event->position().x() - m_drag.pressPos.x())
                                / pixelsPerSecond(viewport()->width())));
        finishDrag(true);
        event->accept();
        return;
    }
    QAbstractScrollArea::mouseReleaseEvent(event);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qint64 id = changeAt(event->position());
    if (id != 0)
        Q_EMIT changeActivated(id);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    qint64 id = 0;
    QPoint globalPos = event->globalPos();
    if (event->reason() == QContextMenuEvent::Keyboard) {
        id = m_selected;
        const QRectF rect = changeRect(id);
        if (!rect.isEmpty())
            globalPos = viewport()->mapToGlobal(rect.bottomLeft().toPoint());
    } else {
        id = changeAt(event->pos());
    }
    if (id == 0) {
        event->ignore();
        return;
    }
    selectChange(id);
    event->accept();
    Q_EMIT changeContextMenuRequested(id, globalPos);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        if (event->angleDelta().y() > 0)
            zoomIn();
        else if (event->angleDelta().y() < 0)
            zoomOut();
        event->accept();
        return;
    }
    QAbstractScrollArea::wheelEvent(event);
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const bool alt = event->modifiers() & Qt::AltModifier;
    if (m_drag.active && m_drag.byKeyboard) {
        switch (event->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            finishDrag(true);
            return;
        case Qt::Key_Escape:
            finishDrag(false);
            return;
        default:
            break;
        }
    } else if (m_drag.active && event->key() == Qt::Key_Escape) {
        viewport()->unsetCursor();
        finishDrag(false);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int direction = event->key() == Qt::Key_Left ? -1 : 1;
        if (alt && m_selected != 0) {
            if (!m_drag.active) {
                m_drag = Drag();
                m_drag.active = true;
                m_drag.byKeyboard = true;
                m_drag.changeId = m_selected;
            }
            setDragDelta(m_drag.deltaSeconds + direction * snapSeconds());
        } else if (!m_drag.active) {
            selectNeighbour(direction);
        }
        return;
    }
    case Qt::Key_Up:
        selectVertical(-1);
        return;
    case Qt::Key_Down:
        selectVertical(1);
        return;
    case Qt::Key_PageUp:
        goPrevious();
        return;
    case Qt::Key_PageDown:
        goNext();
        return;
    case Qt::Key_Home:
    case Qt::Key_T:
        goToday();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected != 0)
            Q_EMIT changeActivated(m_selected);
        return;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

bool TimelineView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        QString text;
        if (const qint64 id = changeAt(help->pos()); id != 0)
            text = changeToolTip(id);
        else if (const int band = releaseBandAt(help->pos()); band >= 0)
            text = releaseBandToolTip(band);
        else if (const int interval = intervalAt(help->pos()); interval >= 0)
            text = bandToolTip(interval);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, viewport());
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString TimelineView::bandToolTip(int intervalIndex) const
{
    const CalendarInterval &interval = m_intervals.value(intervalIndex);
    QString html = QStringLiteral("<b>") + CalendarStyle::bandKindGlyph(interval.kind) + QLatin1Char(' ')
        + CalendarStyle::bandKindName(interval.kind).toHtmlEscaped() + QStringLiteral(": ")
        + interval.name.toHtmlEscaped() + QStringLiteral("</b>");
    if (!interval.partner.isEmpty())
        html += QStringLiteral("<br>") + tr("Partner %1 via %2").arg(interval.partner, interval.owner).toHtmlEscaped();
    const QTimeZone ruleZone(interval.timeZone.toUtf8());
    if (ruleZone.isValid())
        html += QStringLiteral("<br>")
            + CalendarStyle::formatWindow(interval.start, interval.end, ruleZone, interval.allDay).toHtmlEscaped();
    if (!ruleZone.isValid() || ruleZone != m_zone)
        html += QStringLiteral("<br>")
            + CalendarStyle::formatWindow(interval.start, interval.end, m_zone, false).toHtmlEscaped();
    if (!interval.processes.isEmpty())
        html += QStringLiteral("<br>") + tr("Processes: %1").arg(interval.processes.join(QStringLiteral(", "))).toHtmlEscaped();
    html += QStringLiteral("<br>") + tr("Impact: %1").arg(Models::toString(interval.impact)).toHtmlEscaped();
    if (interval.kind == BandKind::Freeze && !interval.allowedChangeTypes.isEmpty()) {
        QStringList types;
        for (Models::ChangeType type : interval.allowedChangeTypes)
            types.append(Models::toString(type));
        html += QStringLiteral("<br>") + tr("Allowed: %1").arg(types.join(QStringLiteral(", "))).toHtmlEscaped();
    }
    return html;
}

QString TimelineView::changeToolTip(qint64 changeId) const
{
    const int index = changeItemIndex(changeId);
    if (index < 0)
        return {};
    const ChangeRequest &change = m_changes[m_changeItems[index].change];
    QString html = QStringLiteral("<b>#%1 %2</b>").arg(change.id).arg(change.title.toHtmlEscaped());
    html += QStringLiteral("<br>") + CalendarStyle::formatWindow(change.windowStart, change.windowEnd, m_zone).toHtmlEscaped();
    const QTimeZone planned(change.windowTimeZone.toUtf8());
    if (planned.isValid() && planned != m_zone)
        html += QStringLiteral("<br>")
            + CalendarStyle::formatWindow(change.windowStart, change.windowEnd, planned).toHtmlEscaped();
    html += QStringLiteral("<br>") + CalendarStyle::stateName(change.state).toHtmlEscaped();
    if (m_risks.contains(change.id))
        html += QStringLiteral(" · ") + CalendarStyle::riskText(m_risks.value(change.id)).toHtmlEscaped();
    const QList<Conflict> conflicts = m_conflicts.value(change.id);
    if (!conflicts.isEmpty()) {
        html += QStringLiteral("<ul style='margin:4px 0 0 -20px'>");
        for (const Conflict &conflict : conflicts) {
            const QString severity = conflict.severity == Conflict::Severity::Hard ? tr("Hard") : tr("Soft");
            html += QStringLiteral("<li><b>") + severity.toHtmlEscaped() + QStringLiteral(":</b> ")
                + conflict.message.toHtmlEscaped() + QStringLiteral("</li>");
        }
        html += QStringLiteral("</ul>");
    } else {
        html += QStringLiteral("<br>") + tr("No conflicts");
    }
    return html;
}

} // namespace Gatehouse::Ui
