#include "monthview.h"

#include "calendarstyle.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace Gatehouse::Ui {

using Models::BandKind;
using Models::CalendarInterval;
using Models::ChangeRequest;
using Models::Conflict;

namespace {

constexpr int kEntryHeight = 17;
constexpr int kDayNumberHeight = 20;
constexpr int kFooterHeight = 15;

int kindOrder(BandKind kind)
{
    switch (kind) {
    case BandKind::Freeze:
        return 0;
    case BandKind::Holiday:
        return 1;
    case BandKind::BusinessCycle:
        return 2;
    default:
        return 3;
    }
}

QColor mixed(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t), float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

MonthView::MonthView(QWidget *parent)
    : QWidget(parent)
    , m_zone(QTimeZone::systemTimeZone())
{
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Release calendar month"));
    setMonth(QDate::currentDate());
}

QSize MonthView::sizeHint() const
{
    return {900, 640};
}

void MonthView::setMonth(const QDate &date)
{
    if (!date.isValid())
        return;
    const QDate first(date.year(), date.month(), 1);
    if (!m_current.isValid() || m_current.year() != first.year() || m_current.month() != first.month())
        m_current = first;
    if (first == m_month)
        return;
    m_month = first;
    rebuild();
}

void MonthView::setTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid() || zone == m_zone)
        return;
    m_zone = zone;
    rebuild();
}

void MonthView::setIntervals(const QList<CalendarInterval> &intervals)
{
    m_intervals = intervals;
    rebuild();
}

void MonthView::setChanges(const QList<ChangeRequest> &changes)
{
    m_changes = changes;
    rebuild();
}

void MonthView::setConflicts(const QHash<qint64, QList<Conflict>> &conflicts)
{
    m_conflicts = conflicts;
    update();
}

void MonthView::setBandKindVisible(BandKind kind, bool visible)
{
    if (visible)
        m_hiddenKinds.remove(kind);
    else
        m_hiddenKinds.insert(kind);
    rebuild();
}

void MonthView::selectChange(qint64 changeId)
{
    if (changeId == m_selected)
        return;
    m_selected = changeId;
    update();
    Q_EMIT changeSelected(changeId);
}

void MonthView::setCurrentDate(const QDate &date)
{
    if (!date.isValid())
        return;
    m_current = date;
    if (date.year() != m_month.year() || date.month() != m_month.month())
        setMonth(date);
    update();
}

QDate MonthView::firstShownDate() const
{
    return m_month.addDays(1 - m_month.dayOfWeek());
}

void MonthView::rebuild()
{
    m_days.clear();
    const QDate first = firstShownDate();
    const QDate last = first.addDays(41);
    auto datesOf = [this, &first, &last](const QDateTime &start, const QDateTime &end, const QTimeZone &zone) {
        QList<QDate> dates;
        QDate from = start.toTimeZone(zone).date();
        const QDate to = end.addSecs(-1).toTimeZone(zone).date();
        from = std::max(from, first);
        for (QDate d = from; d <= to && d <= last; d = d.addDays(1))
            dates.append(d);
        return dates;
    };
    for (int i = 0; i < m_intervals.size(); ++i) {
        const CalendarInterval &interval = m_intervals[i];
        if (m_hiddenKinds.contains(interval.kind))
            continue;
        switch (interval.kind) {
        case BandKind::Freeze:
        case BandKind::BusinessCycle:
        case BandKind::Holiday: {
            // All-day rules mean dates in their own zone (a holiday is the 25th wherever you look from).
            const QTimeZone zone = interval.allDay ? QTimeZone(interval.timeZone.toUtf8()) : m_zone;
            for (const QDate &d : datesOf(interval.start, interval.end, zone.isValid() ? zone : m_zone)) {
                QList<DayEntry> &entries = m_days[d].entries;
                const bool seen = std::any_of(entries.cbegin(), entries.cend(), [&](const DayEntry &e) {
                    return e.type == DayEntry::Type::Band && e.kind == interval.kind && e.text == interval.name;
                });
                if (!seen)
                    entries.append({DayEntry::Type::Band, interval.kind, i, interval.name});
            }
            break;
        }
        case BandKind::OperatingCycle:
        case BandKind::PartnerSlot:
        case BandKind::MaintenanceWindow: {
            const QDate d = interval.start.toTimeZone(m_zone).date();
            if (d < first || d > last)
                break;
            Day &day = m_days[d];
            (interval.kind == BandKind::OperatingCycle ? day.cycles
             : interval.kind == BandKind::PartnerSlot  ? day.slots
                                                       : day.windows)++;
            break;
        }
        }
    }
    for (int c = 0; c < m_changes.size(); ++c) {
        const ChangeRequest &change = m_changes[c];
        if (!change.windowStart.isValid() || !change.windowEnd.isValid())
            continue;
        for (const QDate &d : datesOf(change.windowStart, change.windowEnd, m_zone))
            m_days[d].entries.append({DayEntry::Type::Change, BandKind::Freeze, c,
                                      QStringLiteral("#%1 %2").arg(change.id).arg(change.title)});
    }
    for (Day &day : m_days) {
        std::stable_sort(day.entries.begin(), day.entries.end(), [](const DayEntry &a, const DayEntry &b) {
            if (a.type != b.type)
                return a.type == DayEntry::Type::Band;
            return a.type == DayEntry::Type::Band && kindOrder(a.kind) < kindOrder(b.kind);
        });
    }
    update();
}

QRect MonthView::cellRect(const QDate &date) const
{
    const qint64 offset = firstShownDate().daysTo(date);
    if (offset < 0 || offset >= 42)
        return {};
    const int column = int(offset % 7);
    const int row = int(offset / 7);
    const int w = width() / 7;
    const int h = (height() - headerHeight()) / 6;
    return QRect(column * w, headerHeight() + row * h, w, h);
}

QDate MonthView::dateAt(const QPoint &pos) const
{
    if (pos.y() < headerHeight())
        return {};
    const int w = std::max(1, width() / 7);
    const int h = std::max(1, (height() - headerHeight()) / 6);
    const int column = std::min(6, pos.x() / w);
    const int row = std::min(5, (pos.y() - headerHeight()) / h);
    return firstShownDate().addDays(row * 7 + column);
}

QRect MonthView::changeEntryRect(const QDate &date, int entryIndex) const
{
    const QRect cell = cellRect(date);
    return QRect(cell.left() + 3, cell.top() + kDayNumberHeight + entryIndex * kEntryHeight, cell.width() - 6,
                 kEntryHeight - 2);
}

qint64 MonthView::changeAt(const QPoint &pos) const
{
    const QDate date = dateAt(pos);
    if (!date.isValid())
        return 0;
    const QList<DayEntry> entries = m_days.value(date).entries;
    const QRect cell = cellRect(date);
    const int fits = std::max(0, (cell.height() - kDayNumberHeight - kFooterHeight) / kEntryHeight);
    for (int i = 0; i < entries.size() && i < fits; ++i) {
        if (entries[i].type == DayEntry::Type::Change && changeEntryRect(date, i).contains(pos))
            return m_changes[entries[i].index].id;
    }
    return 0;
}

QStringList MonthView::entriesOf(const QDate &date) const
{
    QStringList texts;
    for (const DayEntry &entry : m_days.value(date).entries)
        texts.append(entry.text);
    return texts;
}

void MonthView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const bool dark = CalendarStyle::isDark(pal);
    const QColor base = pal.color(QPalette::Base);
    const QColor text = pal.color(QPalette::Text);
    const QColor window = pal.color(QPalette::Window);
    const QColor grid = mixed(base, text, 0.18);
    const QLocale locale;
    p.fillRect(rect(), base);

    QFont bold = font();
    bold.setBold(true);
    bold.setPixelSize(12);
    QFont small = font();
    small.setPixelSize(11);
    const QFontMetrics smallMetrics(small);

    p.fillRect(QRect(0, 0, width(), headerHeight()), window);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::WindowText));
    const int w = width() / 7;
    for (int column = 0; column < 7; ++column)
        p.drawText(QRect(column * w + 6, 0, w - 12, headerHeight()), Qt::AlignLeft | Qt::AlignVCenter,
                   locale.dayName(column + 1, QLocale::LongFormat));

    const QDate first = firstShownDate();
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    for (int i = 0; i < 42; ++i) {
        const QDate date = first.addDays(i);
        const QRect cell = cellRect(date);
        const bool inMonth = date.month() == m_month.month();
        QColor background = inMonth ? base : mixed(base, window, 0.6);
        if (date.dayOfWeek() >= 6)
            background = mixed(background, text, 0.035);
        p.fillRect(cell, background);
        p.setBrush(Qt::NoBrush);
        p.setPen(grid);
        p.drawRect(cell.adjusted(0, 0, -1, -1));
        if (date == m_current && hasFocus()) {
            p.setPen(QPen(pal.color(QPalette::Highlight), 2));
            p.drawRect(cell.adjusted(1, 1, -2, -2));
        }

        // Day number; today in a filled circle.
        p.setFont(bold);
        const QRect number(cell.left() + 4, cell.top() + 2, 24, 17);
        if (date == today) {
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(Qt::NoPen);
            p.setBrush(pal.color(QPalette::Highlight));
            p.drawRoundedRect(number, 8, 8);
            p.setRenderHint(QPainter::Antialiasing, false);
            p.setPen(pal.color(QPalette::HighlightedText));
        } else {
            p.setPen(inMonth ? text : mixed(base, text, 0.45));
        }
        p.drawText(number, Qt::AlignCenter, QString::number(date.day()));

        const Day day = m_days.value(date);
        const int fits = std::max(0, (cell.height() - kDayNumberHeight - kFooterHeight) / kEntryHeight);
        p.setFont(small);
        for (int e = 0; e < day.entries.size() && e < fits; ++e) {
            const DayEntry &entry = day.entries[e];
            QRect r = changeEntryRect(date, e);
            if (e == fits - 1 && day.entries.size() > fits) {
                p.setPen(mixed(base, text, 0.6));
                p.drawText(r.adjusted(4, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           tr("+%1 more").arg(day.entries.size() - fits + 1));
                break;
            }
            if (entry.type == DayEntry::Type::Band) {
                CalendarStyle::paintBand(&p, r, entry.kind, dark);
                p.setPen(text);
                p.drawText(r.adjusted(4, 0, -2, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           smallMetrics.elidedText(CalendarStyle::bandKindGlyph(entry.kind) + QLatin1Char(' ')
                                                       + entry.text,
                                                   Qt::ElideRight, r.width() - 6));
            } else {
                const ChangeRequest &change = m_changes[entry.index];
                const QColor state = CalendarStyle::stateColour(change.state, dark);
                p.setRenderHint(QPainter::Antialiasing);
                p.setPen(change.id == m_selected ? QPen(pal.color(QPalette::Highlight), 2) : QPen(state, 1));
                p.setBrush(mixed(base, state, dark ? 0.3 : 0.15));
                p.drawRoundedRect(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
                p.setPen(Qt::NoPen);
                p.setBrush(state);
                p.drawRect(QRect(r.left(), r.top(), 3, r.height()));
                p.setRenderHint(QPainter::Antialiasing, false);
                const QList<Conflict> conflicts = m_conflicts.value(change.id);
                int markerRoom = 0;
                if (!conflicts.isEmpty()) {
                    const bool hard = std::any_of(conflicts.cbegin(), conflicts.cend(), [](const Conflict &c) {
                        return c.severity == Conflict::Severity::Hard;
                    });
                    CalendarStyle::paintConflictMarker(&p, QPointF(r.right() - 7, r.center().y() + 0.5), 11,
                                                       hard ? Conflict::Severity::Hard : Conflict::Severity::Soft);
                    markerRoom = 14;
                }
                p.setPen(text);
                const QString label = entry.text + QStringLiteral(" · ") + CalendarStyle::stateName(change.state);
                p.drawText(r.adjusted(6, 0, -2 - markerRoom, 0), Qt::AlignLeft | Qt::AlignVCenter,
                           smallMetrics.elidedText(label, Qt::ElideRight, r.width() - 8 - markerRoom));
            }
        }
        QStringList counts;
        if (day.cycles > 0)
            counts.append(CalendarStyle::bandKindGlyph(BandKind::OperatingCycle) + QString::number(day.cycles));
        if (day.slots > 0)
            counts.append(CalendarStyle::bandKindGlyph(BandKind::PartnerSlot) + QString::number(day.slots));
        if (day.windows > 0)
            counts.append(CalendarStyle::bandKindGlyph(BandKind::MaintenanceWindow) + QString::number(day.windows));
        if (!counts.isEmpty() && cell.height() > kDayNumberHeight + kFooterHeight) {
            p.setPen(mixed(base, text, 0.55));
            p.drawText(QRect(cell.left() + 4, cell.bottom() - kFooterHeight, cell.width() - 8, kFooterHeight - 1),
                       Qt::AlignRight | Qt::AlignVCenter, counts.join(QStringLiteral("  ")));
        }
    }
}

void MonthView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QPoint pos = event->position().toPoint();
    const QDate date = dateAt(pos);
    if (date.isValid()) {
        m_current = date;
        update();
    }
    if (const qint64 id = changeAt(pos); id != 0)
        selectChange(id);
}

void MonthView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const QDate date = dateAt(event->position().toPoint());
    if (date.isValid() && changeAt(event->position().toPoint()) == 0)
        Q_EMIT dayActivated(date);
}

void MonthView::keyPressEvent(QKeyEvent *event)
{
    int days = 0;
    switch (event->key()) {
    case Qt::Key_Left:
        days = -1;
        break;
    case Qt::Key_Right:
        days = 1;
        break;
    case Qt::Key_Up:
        days = -7;
        break;
    case Qt::Key_Down:
        days = 7;
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        Q_EMIT dayActivated(m_current);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setCurrentDate(m_current.addDays(days));
}

bool MonthView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QDate date = dateAt(help->pos());
        if (!date.isValid()) {
            QToolTip::hideText();
            return true;
        }
        QStringList lines;
        lines.append(QStringLiteral("<b>") + QLocale().toString(date, QLocale::LongFormat).toHtmlEscaped()
                     + QStringLiteral("</b>"));
        for (const DayEntry &entry : m_days.value(date).entries) {
            if (entry.type == DayEntry::Type::Band) {
                lines.append(CalendarStyle::bandKindName(entry.kind).toHtmlEscaped() + QStringLiteral(": ")
                             + entry.text.toHtmlEscaped());
            } else {
                const ChangeRequest &change = m_changes[entry.index];
                lines.append(entry.text.toHtmlEscaped() + QStringLiteral(" — ")
                             + CalendarStyle::formatWindow(change.windowStart, change.windowEnd, m_zone).toHtmlEscaped());
                for (const Conflict &conflict : m_conflicts.value(change.id))
                    lines.append(QStringLiteral("&nbsp;&nbsp;") + conflict.message.toHtmlEscaped());
            }
        }
        QToolTip::showText(help->globalPos(), lines.join(QStringLiteral("<br>")), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace Gatehouse::Ui
