#pragma once

#include "models/changerequest.h"
#include "models/estate.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QWidget>

#include <memory>

class QLabel;
class QTreeWidget;

namespace Gatehouse::Models {
class ImpactAnalysis;
}
namespace Gatehouse::Services {
class ControlStore;
}

namespace Gatehouse::Ui {

class ChangeDetailPane;

/// The changes of one CAB meeting.
struct AgendaGroup
{
    QDate meeting;          ///< invalid for the emergency group
    bool emergency = false; ///< emergency changes: decide now, not at a meeting
    QList<Models::ChangeRequest> changes; ///< by window start
};

/// The CAB agenda: every change that needs a decision (submitted or assessed),
/// grouped by the meeting that must decide it — the last meeting day before its
/// window, or the next meeting when that has passed; emergency changes first, to
/// decide now. Beside the agenda, the selected change in full (ChangeDetailPane:
/// scope, blast radius, risk, gates, approvals so far) with approve / reject /
/// request changes, so an approver needs no other screen. Refreshes live
/// (changesChanged). UI thread only.
class CabAgendaPage : public QWidget
{
    Q_OBJECT

public:
    explicit CabAgendaPage(Services::ControlStore *store, QWidget *parent = nullptr);
    ~CabAgendaPage() override;

    void setEstate(const Models::EstatePtr &estate, std::shared_ptr<const Models::ImpactAnalysis> analysis);
    /// The weekday the CAB meets (default Tuesday, kept in QSettings "cab/meetingDay").
    void setMeetingDay(Qt::DayOfWeek day);
    Qt::DayOfWeek meetingDay() const { return m_meetingDay; }
    /// Re-reads the changes (coalesced).
    void refresh();

    /// The meeting that decides `change`, seen on `today`.
    static QDate meetingFor(const Models::ChangeRequest &change, const QDate &today, Qt::DayOfWeek meetingDay);
    /// Changes needing a decision, grouped: emergency group first, then meetings by date.
    static QList<AgendaGroup> group(const QList<Models::ChangeRequest> &changes, const QDate &today,
                                    Qt::DayOfWeek meetingDay);

    QTreeWidget *tree() const { return m_tree; }
    ChangeDetailPane *detail() const { return m_detail; }
    const QList<AgendaGroup> &groups() const { return m_groups; }

Q_SIGNALS:
    /// The agenda was rebuilt from a fresh list.
    void agendaChanged();

private:
    void rebuild(const QList<Models::ChangeRequest> &changes);
    void loadApprovals(qint64 changeId);

    Services::ControlStore *m_store;
    Models::EstatePtr m_estate;
    Qt::DayOfWeek m_meetingDay = Qt::Tuesday;
    QList<AgendaGroup> m_groups;
    QHash<qint64, QString> m_approvalText; ///< "2 of 3 (bob, carol)"
    bool m_refreshing = false;
    bool m_refreshAgain = false;
    QLabel *m_summary;
    QTreeWidget *m_tree;
    ChangeDetailPane *m_detail;
};

} // namespace Gatehouse::Ui
