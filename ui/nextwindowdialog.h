#pragma once

#include "models/changerequest.h"
#include "models/safewindowfinder.h"

#include <QDialog>
#include <QList>
#include <QTimeZone>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Gatehouse::Ui {

/// "Find next safe window" for one change: the proposals of the safe-window finder,
/// best first, each with its window (in the display zone and the change's planned
/// zone), its ranking facts and the finder's explanation. Choosing a proposal
/// (double-click, Enter or "Reschedule to this window") emits proposalChosen and
/// closes the dialog; the page turns that into its reschedule request. UI thread only.
class NextWindowDialog : public QDialog
{
    Q_OBJECT

public:
    NextWindowDialog(const Models::ChangeRequest &change, const QTimeZone &displayZone, QWidget *parent = nullptr);

    /// Shows the finder's answer (empty = no safe window in the searched range).
    void setProposals(const QList<Models::WindowProposal> &proposals);
    QList<Models::WindowProposal> proposals() const { return m_proposals; }
    QTreeWidget *list() const { return m_list; }
    QPushButton *chooseButton() const { return m_choose; }
    /// Chooses the proposal at `index` as if the user had.
    void choose(int index);

Q_SIGNALS:
    /// The user chose a proposal: reschedule the change to it.
    void proposalChosen(qint64 changeId, const QDateTime &startUtc, const QDateTime &endUtc);

private:
    void updateDetail();

    Models::ChangeRequest m_change;
    QTimeZone m_zone;
    QList<Models::WindowProposal> m_proposals;
    QLabel *m_summary;
    QTreeWidget *m_list;
    QLabel *m_detail;
    QPushButton *m_choose;
    QDialogButtonBox *m_buttons;
};

} // namespace Gatehouse::Ui
