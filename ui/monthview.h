#pragma once

#include "models/calendarinterval.h"
#include "models/changerequest.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimeZone>
#include <QWidget>

namespace Gatehouse::Ui {

/// The release calendar as a month grid (weeks from Monday, in the display time
/// zone): each day lists its freezes, business cycles and holidays as labelled,
/// patterned strips, then its change blocks with state and conflict markers, and
/// counts the day's operating cycles, partner slots and maintenance windows.
/// Clicking a change selects it; clicking a day (or Enter) activates the day.
/// Arrow keys move the current day. UI thread only.
class MonthView : public QWidget
{
    Q_OBJECT

public:
    explicit MonthView(QWidget *parent = nullptr);

    /// Any date in the month to show.
    void setMonth(const QDate &date);
    QDate month() const { return m_month; }
    void setTimeZone(const QTimeZone &zone);
    void setIntervals(const QList<Models::CalendarInterval> &intervals);
    void setChanges(const QList<Models::ChangeRequest> &changes);
    void setConflicts(const QHash<qint64, QList<Models::Conflict>> &conflicts);
    void setBandKindVisible(Models::BandKind kind, bool visible);
    void selectChange(qint64 changeId);
    qint64 selectedChange() const { return m_selected; }
    void setCurrentDate(const QDate &date);
    QDate currentDate() const { return m_current; }

    /// The first date shown (a Monday) and the cell rectangle of a date (empty when not shown).
    QDate firstShownDate() const;
    QRect cellRect(const QDate &date) const;
    /// Texts listed in a day's cell, top to bottom (band labels, then change titles).
    QStringList entriesOf(const QDate &date) const;
    QDate dateAt(const QPoint &pos) const;
    qint64 changeAt(const QPoint &pos) const;

    QSize sizeHint() const override;

Q_SIGNALS:
    void changeSelected(qint64 changeId);
    void dayActivated(const QDate &date);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct DayEntry
    {
        enum class Type { Band, Change } type = Type::Band;
        Models::BandKind kind = Models::BandKind::Freeze;
        int index = -1; // interval or change index
        QString text;
    };
    struct Day
    {
        QList<DayEntry> entries;
        int cycles = 0;
        int slots = 0;
        int windows = 0;
    };

    void rebuild();
    int headerHeight() const { return 26; }
    QRect changeEntryRect(const QDate &date, int entryIndex) const;

    QDate m_month;
    QDate m_current;
    QTimeZone m_zone;
    QList<Models::CalendarInterval> m_intervals;
    QList<Models::ChangeRequest> m_changes;
    QHash<qint64, QList<Models::Conflict>> m_conflicts;
    QSet<Models::BandKind> m_hiddenKinds;
    QHash<QDate, Day> m_days;
    qint64 m_selected = 0;
};

} // namespace Gatehouse::Ui
