#pragma once

#include "rolloutaction.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace Gatehouse::Models {
class KubeStore;
class KubeEventModel;
class PodModel;
class ReplicaSetModel;
} // namespace Gatehouse::Models

namespace Gatehouse::Ui {

class EmptyState;
class RolloutBanner;
class RolloutTimelineModel;

/// The detail of one workload (Deployment) in the Rollouts area: its facts and
/// conditions, the rollout actions (each disabled with the reason where it is not
/// allowed), and tabs with its ReplicaSets (revision history with change cause), pods
/// (phase, readiness, restarts, age, node, waiting reason), events and a rollout
/// timeline. Reads a KubeStore; rows update in place. UI thread only.
class RolloutDetailView : public QWidget
{
    Q_OBJECT
public:
    explicit RolloutDetailView(QWidget *parent = nullptr);
    ~RolloutDetailView() override;

    /// Shows objects of `store` (not owned; may be null).
    void setStore(Models::KubeStore *store);
    /// Shows `deployment` (empty: the empty state).
    void setDeployment(const QString &deployment);
    QString deployment() const { return m_deployment; }
    /// Whether actions can be sent at all; `reason` says why not (no live connection, no
    /// audit log, …) and is shown next to the disabled buttons.
    void setActionsAvailable(bool available, const QString &reason = {});

    /// The button of `action` (tests; object name "action-<audit name>").
    QPushButton *actionButton(RolloutAction action) const;
    /// Why `action` is disabled now; empty when enabled.
    QString disabledReason(RolloutAction action) const;

    Models::ReplicaSetModel *replicaSetModel() const { return m_replicaSets; }
    Models::PodModel *podModel() const { return m_pods; }
    Models::KubeEventModel *eventModel() const { return m_events; }
    RolloutTimelineModel *timelineModel() const { return m_timeline; }
    QTabWidget *tabs() const { return m_tabs; }
    /// The facts text as shown (plain text), for tests.
    QString factsText() const;

Q_SIGNALS:
    /// The user asked for `action` on the shown deployment.
    void actionRequested(Gatehouse::Ui::RolloutAction action);

private:
    void refresh();
    QTreeView *makeView(const QString &name);

    QPointer<Models::KubeStore> m_store;
    QMetaObject::Connection m_storeConnection;
    QString m_deployment;
    bool m_actionsAvailable = false;
    QString m_unavailableReason;
    QTimer m_refreshTimer;
    QStackedWidget *m_stack = nullptr;
    EmptyState *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_facts = nullptr;
    RolloutBanner *m_actionNote = nullptr;
    QHash<int, QPushButton *> m_buttons;
    QHash<int, QString> m_disabledReasons;
    QTabWidget *m_tabs = nullptr;
    Models::ReplicaSetModel *m_replicaSets = nullptr;
    Models::PodModel *m_pods = nullptr;
    Models::KubeEventModel *m_events = nullptr;
    RolloutTimelineModel *m_timeline = nullptr;
};

} // namespace Gatehouse::Ui
