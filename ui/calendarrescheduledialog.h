#pragma once

#include "models/calendarinterval.h"
#include "models/changerequest.h"

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QLabel;
class QPushButton;

namespace Gatehouse::Ui {

/// Asks "move this change from the old window to the new one?" after a block was
/// dropped on the timeline: both windows in the display zone and in the change's
/// planned zone, and every conflict of the new window (hard ones first, each said in
/// words as well as marked). Accepting is the user's confirmation. UI thread only.
class CalendarRescheduleDialog : public QDialog
{
    Q_OBJECT

public:
    CalendarRescheduleDialog(const Models::ChangeRequest &change, const QDateTime &newStartUtc,
                             const QDateTime &newEndUtc, const QList<Models::Conflict> &conflicts,
                             const QTimeZone &displayZone, QWidget *parent = nullptr);

    qint64 changeId() const { return m_changeId; }
    QDateTime newStart() const { return m_start; }
    QDateTime newEnd() const { return m_end; }
    /// The whole question as shown (for tests and screen readers).
    QString text() const;
    QPushButton *confirmButton() const { return m_confirm; }

private:
    qint64 m_changeId;
    QDateTime m_start;
    QDateTime m_end;
    QLabel *m_text;
    QPushButton *m_confirm;
};

} // namespace Gatehouse::Ui
