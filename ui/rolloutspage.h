#pragma once

#include "rolloutaction.h"

#include "models/estate.h"
#include "models/kubeworkloadsummary.h"
#include "models/sourcestate.h"
#include "services/kubeclient.h"

#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QFileSystemWatcher;
class QLabel;
class QSortFilterProxyModel;
class QTreeView;

namespace Gatehouse::Models {
class WorkloadModel;
}
namespace Gatehouse::Services {
class ControlStore;
}

namespace Gatehouse::Ui {

class RolloutActionDialog;
class RolloutBanner;
class RolloutDetailView;
class RolloutEnvironment;

/// The Rollouts area: live Kubernetes workloads per environment of the estate.
///
/// One KubeClient per environment (its context and namespace, looked up in the user's
/// kubeconfig files); an environment selector that says how each connection is doing;
/// the selected environment's workloads (desired / up to date / ready / available,
/// revision, images, status with a progress bar for a rollout in flight and the time
/// since its last progress against the deadline, conditions with reasons); the selected
/// workload's detail (RolloutDetailView) and its actions. Each action is confirmed
/// (RolloutActionDialog, a reason is required), sent with kubectl's semantics
/// (Services::KubeActions) and then recorded in the control store's audit log with the
/// person logged in, the reason and the deployment before and after.
///
/// A lost cluster never empties or freezes the view: the last data stays, marked stale
/// with its age, until the connection is back. The kubeconfig files are watched; a change
/// reconnects. UI thread only.
class RolloutsPage : public QWidget
{
    Q_OBJECT
public:
    explicit RolloutsPage(QWidget *parent = nullptr);
    ~RolloutsPage() override;

    /// The environments to show (those with a Kubernetes context). Reconnects everything.
    void setEstate(Models::EstatePtr estate);
    /// Where actions are audited (not owned; may be null: then actions are unavailable).
    void setControlStore(Services::ControlStore *store);
    /// The kubeconfig files, merged as KUBECONFIG is (default: KubeConfig::defaultFiles()).
    void setKubeConfigFiles(const QStringList &files);
    /// Client tuning for every environment (tests shorten the retry delays).
    void setClientSettings(const Services::KubeClientSettings &settings);

    /// Selects the environment called `name`; false when there is none.
    bool selectEnvironment(const QString &name);
    QString currentEnvironment() const;
    /// Selects the workload (Deployment) called `name` in the current environment.
    bool selectWorkload(const QString &name);
    QString currentWorkload() const;

    /// Opens the confirmation of `action` on the selected workload (window-modal, not
    /// blocking) and returns it; null when the action is not available now. Accepting it
    /// sends the action.
    RolloutActionDialog *openActionDialog(RolloutAction action);
    /// Sends `request` and records it in the audit log (what accepting the dialog does).
    void perform(const RolloutActionRequest &request);

    // For tests and benchmarks.
    Models::WorkloadModel *workloadModel() const { return m_workloads; }
    QTreeView *workloadView() const { return m_workloadView; }
    RolloutDetailView *detailView() const { return m_detail; }
    RolloutEnvironment *environment(const QString &name) const;
    /// The connection banner's text, as shown.
    QString connectionText() const;
    /// The selector's entry of `name`, as shown ("Staging — connected").
    QString environmentEntryText(const QString &name) const;
    /// The message of the last action (outcome and audit record), as shown.
    QString lastActionMessage() const;

Q_SIGNALS:
    /// An action finished: `ok` when it was carried out and recorded; `message` says what
    /// happened (kubectl's summary and the audit record, or why not).
    void actionFinished(bool ok, const QString &message);
    /// The live workload numbers of `environment` (one with a Kubernetes context) changed:
    /// `ready` of `desired` pods (summed over its Deployments) and how current the data is
    /// (`state`: fresh while connected, stale with the reason and the last good time while
    /// reconnecting). `details` adds available/unavailable workloads, pods not ready and
    /// crash-looping pods. Coalesced: at most about two per second per environment. The
    /// first four arguments are what EnvironmentsPage::setWorkloadSummary takes.
    void workloadSummaryChanged(const QString &environment, int ready, int desired,
                                const Gatehouse::Models::SourceState &state,
                                const Gatehouse::Models::KubeWorkloadSummary &details);

private:
    void loadKubeConfig();
    void environmentStatusChanged(RolloutEnvironment *environment);
    void showEnvironment(int comboIndex);
    void attachCurrentClient();
    void refreshBanner();
    void repaintClockCells();
    void updateActionAvailability();
    void finishAction(bool ok, const QString &message);

    Models::EstatePtr m_estate;
    QPointer<Services::ControlStore> m_store;
    QString m_user;
    QStringList m_files;
    bool m_filesSet = false;
    Services::KubeClientSettings m_settings;
    bool m_haveSettings = false;
    quint64 m_loadGeneration = 0;
    bool m_actionRunning = false;
    QList<RolloutEnvironment *> m_environments;
    RolloutEnvironment *m_current = nullptr;

    QComboBox *m_environmentCombo = nullptr;
    RolloutBanner *m_banner = nullptr;
    QLabel *m_insecure = nullptr;
    QLabel *m_actionResult = nullptr;
    QTreeView *m_workloadView = nullptr;
    Models::WorkloadModel *m_workloads = nullptr;
    QSortFilterProxyModel *m_workloadSort = nullptr;
    RolloutDetailView *m_detail = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_reloadTimer;
    QTimer m_clockTimer;
};

} // namespace Gatehouse::Ui
