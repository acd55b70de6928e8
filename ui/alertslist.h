#pragma once

#include "models/changerequest.h"
#include "models/sourcestate.h"
#include "services/alertmanagerclient.h"

#include <QList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QStandardItemModel;
class QTreeView;

namespace Gatehouse::Ui {

/// An environment's firing alerts (name, severity, state, since, summary, labels and
/// annotations in the tooltip) and the silences that match it, with two actions:
/// "Silence for this change's window" for a chosen change, and expiring a silence.
///
/// Fed by setAlerts(); the actions go through the AlertmanagerClient given with
/// setAlertmanager() (asynchronously; the list is told the outcome by signals and
/// refreshes on the next setAlerts()). UI thread only.
class AlertsList : public QWidget
{
    Q_OBJECT
public:
    enum AlertColumn { AlertNameColumn, SeverityColumn, StateColumn, SinceColumn, SummaryColumn, AlertColumnCount };
    enum SilenceColumn { SilenceCommentColumn, SilenceStateColumn, SilenceStartsColumn, SilenceEndsColumn,
                         SilenceCreatedByColumn, SilenceColumnCount };

    explicit AlertsList(QWidget *parent = nullptr);

    void setAlertmanager(Services::AlertmanagerClient *client);
    /// Who silences are created by (shown in Alertmanager); defaults to the login name.
    void setUser(const QString &user);
    /// Replaces the alerts and silences shown (a new result set) and the source's state.
    void setAlerts(const QList<Services::AlertmanagerClient::Alert> &alerts,
                   const QList<Services::AlertmanagerClient::Silence> &silences, const Models::SourceState &state);
    /// The changes the silence action may use (those whose window has not ended).
    void setChanges(const QList<Models::ChangeRequest> &changes);

    QStandardItemModel *alertsModel() const { return m_alerts; }
    QStandardItemModel *silencesModel() const { return m_silences; }

    /// Creates the silence for `change`'s window (what the button does).
    void silenceChange(const Models::ChangeRequest &change);

Q_SIGNALS:
    /// A silence was created in Alertmanager; `id` is its id.
    void silenceCreated(const QString &id);
    /// An action failed; `reason` says why, in words.
    void actionFailed(const QString &reason);
    /// A silence was expired.
    void silenceExpired(const QString &id);

private:
    void updateActions();
    void expireSelected();

    Services::AlertmanagerClient *m_client = nullptr;
    QString m_user;
    QList<Models::ChangeRequest> m_changes;
    QLabel *m_state;
    QTreeView *m_alertView;
    QTreeView *m_silenceView;
    QStandardItemModel *m_alerts;
    QStandardItemModel *m_silences;
    QComboBox *m_changeBox;
    QPushButton *m_silenceButton;
    QPushButton *m_expireButton;
    QLabel *m_feedback;
};

} // namespace Gatehouse::Ui
