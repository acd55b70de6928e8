#pragma once

#include "models/changerequest.h"
#include "models/estate.h"
#include "models/release.h"
#include "services/releaseexecutor.h"

#include <QHash>
#include <QList>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeView;
class QTreeWidget;
class QVBoxLayout;

namespace Gatehouse::Services {
class ControlStore;
}

namespace Gatehouse::Ui {

class NewReleaseDialog;
class ReleaseCriterionGauge;
class ReleaseListModel;

/// The Releases area: every release of the control store with its state; for the
/// selected one, the timeline of its phases per environment along the promotion path
/// (done / running / waiting for bake / paused / rolled back, with times in the
/// environment's site time zone), each rollback criterion live (latest value against its
/// threshold and duration, verdict as icon and word, a bar and a sparkline), the
/// rollback plan with its restore points (LSN, time), and the people's controls: "Roll
/// back now" (release manager or support), "Continue" (release manager) and "Pause"
/// (release manager or support), each confirmed with a reason and refused with the
/// database's own message when the person's role does not allow it; "New release…"
/// bundles approved changes.
///
/// Driving: given the executor's connections per environment
/// (setExecutorEnvironments), the page runs a Services::ReleaseExecutor for every
/// release that is not finished, when the person logged in holds the release-manager
/// role. The control store's lease makes sure only one Gatehouse drives a release;
/// every other one watches it live. Without connections the page only watches.
///
/// How the main window constructs it:
/// @code
///   auto *releases = new Ui::ReleasesPage(controlStore, this);
///   releases->setEstate(estate);                       // on every estate (re)load
///   QList<Services::ReleaseEnvironment> targets;
///   for (const Models::Environment &env : estate->environments) {
///       Services::ReleaseEnvironment target;
///       target.name = env.name;
///       target.kube = kubeClientOf(env);               // the Rollouts area's KubeClient (context + namespace)
///       target.actions = kubeActionsOf(env);           // KubeActions over that client
///       target.prometheus = prometheusClientOf(env);   // env.prometheus endpoint
///       target.alertmanager = alertmanagerClientOf(env); // env.alertmanager endpoint (optional)
///       target.odooConninfo = odooConninfoOf(env);     // env.odooDatabase, role allowed pg_create_restore_point
///       target.odooPassword = passwordFromKeychain(env); // never logged
///       targets.append(target);
///   }
///   releases->setExecutorEnvironments(targets);        // the clients must outlive the page
/// @endcode
/// Everything runs asynchronously; the view never blocks. UI thread only.
class ReleasesPage : public QWidget
{
    Q_OBJECT
public:
    /// Asks the person for a reason; empty optional = cancelled. Default: a dialog.
    using ReasonPrompt = std::function<std::optional<QString>(const QString &title, const QString &question)>;

    /// `store` is not owned and must outlive the page (null: the page shows nothing).
    explicit ReleasesPage(Services::ControlStore *store, QWidget *parent = nullptr);
    ~ReleasesPage() override;

    /// The estate: promotion path order, site time zones for times, workload containers.
    void setEstate(Models::EstatePtr estate);
    /// What an executor needs per environment; clients are not owned and must stay alive
    /// until the next call (call it with an empty list before they go). Restarts every
    /// executor over the new set and drives the unfinished releases (when the person is a
    /// release manager).
    void setExecutorEnvironments(const QList<Services::ReleaseEnvironment> &environments);
    /// Executor tuning (evaluation interval, lease, no-data time, gates).
    void setExecutorSettings(const Services::ReleaseExecutorSettings &settings);
    /// Where executors get the gates other areas own. With a source, each environment's
    /// gates are those the estate's policy requires for it (Models::GateInputs::gatesFor)
    /// unless the settings name them; without one, the settings' gates only.
    void setGateSource(Models::GateSource source);
    /// How often the selected release's live values are re-read (default 2 s).
    void setPollInterval(int milliseconds);
    void setReasonPrompt(ReasonPrompt prompt) { m_prompt = std::move(prompt); }

    /// Re-reads the list and the selected release.
    void refresh();
    /// Selects release `id`; false when it is not listed.
    bool selectRelease(qint64 id);
    qint64 currentReleaseId() const { return m_currentId; }

    /// The buttons' actions: ask for a reason, send it, show the database's answer.
    void rollBackNow();
    void continueRelease();
    void pauseRelease();
    /// A gate that keeps the shown release paused: change, environment, gate, its summary.
    struct BlockedGate
    {
        qint64 changeId = 0;
        QString environment;
        QString gate;
        QString summary;
    };
    /// The gates the executor's last evaluation of the paused environment found failing or
    /// unknown without an override, and "wal-archiving" when a migration phase was refused
    /// for a failing archiver. Empty unless the shown release is paused.
    QList<BlockedGate> blockedGates() const;
    /// Asks for one reason and records an override of every blocked gate (release manager,
    /// as the policy permits); the person then continues the release.
    void overrideBlockedGates();
    /// Opens "New release…" (window-modal, not blocking) and returns it.
    NewReleaseDialog *openNewReleaseDialog();
    /// Writes the selected release's report (PDF) to `path`, off the UI thread's way;
    /// reportExported says how it went.
    void exportReport(const QString &path);

    // What a person sees, for tests.
    ReleaseListModel *releaseModel() const { return m_model; }
    QTreeView *releaseView() const { return m_view; }
    QTreeWidget *timeline() const { return m_timeline; }
    QTreeWidget *restorePoints() const { return m_restorePoints; }
    QList<ReleaseCriterionGauge *> criterionGauges() const { return m_gauges; }
    QPushButton *rollBackButton() const { return m_rollBack; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *pauseButton() const { return m_pause; }
    QPushButton *overrideGatesButton() const { return m_overrideGates; }
    QPushButton *exportReportButton() const { return m_exportReport; }
    QString headerText() const;
    QString messageText() const;
    /// Open requests and the executor's state, as shown.
    QString statusText() const;
    /// The executor this page runs for release `id` (null: none).
    Services::ReleaseExecutor *executor(qint64 id) const { return m_executors.value(id); }

Q_SIGNALS:
    /// The list was re-read.
    void releasesRefreshed();
    /// The selected release's detail was re-read and shown.
    void detailRefreshed(qint64 releaseId);
    /// A person's action was answered: `ok` when the database accepted it; `message` as shown.
    void actionFinished(bool ok, const QString &message);
    /// exportReport() finished: `ok` when the PDF was written; `message` as shown.
    void reportExported(bool ok, const QString &message);

private:
    struct Detail;
    void refreshList();
    void refreshDetail();
    void showDetail(const Detail &detail);
    void currentChanged();
    void updateButtons();
    void updateExecutors();
    void showMessage(const QString &text, bool error);
    void answer(const QString &what, const Models::Result<Models::ReleaseRequest> &result);
    QString formatTime(const QDateTime &utc, const QString &environment) const;
    std::optional<QString> askReason(const QString &title, const QString &question) const;
    Services::ReleaseExecutorSettings settingsFor(qint64 releaseId) const;
    void askRoles();

    QPointer<Services::ControlStore> m_store;
    Models::EstatePtr m_estate;
    QList<Services::ReleaseEnvironment> m_environments;
    Services::ReleaseExecutorSettings m_executorSettings;
    Models::GateSource m_gateSource;
    QHash<qint64, Services::ReleaseExecutor *> m_executors;
    std::optional<bool> m_releaseManager; ///< known once myRoles() answered
    ReasonPrompt m_prompt;
    qint64 m_currentId = 0;
    quint64 m_listGeneration = 0;
    quint64 m_detailGeneration = 0;
    bool m_listLoading = false;
    bool m_listErrorShown = false; ///< the message is the list's read error
    bool m_detailLoading = false;
    QHash<qint64, QList<Models::ChangeScope>> m_scopes; ///< per release: its changes' scopes
    std::optional<Models::Release> m_shown;
    QString m_executorState;

    ReleaseListModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_status = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QWidget *m_gaugeBox = nullptr;
    QVBoxLayout *m_gaugeLayout = nullptr;
    QLabel *m_noCriteria = nullptr;
    QList<ReleaseCriterionGauge *> m_gauges;
    QLabel *m_rollbackPlan = nullptr;
    QTreeWidget *m_restorePoints = nullptr;
    QPushButton *m_newRelease = nullptr;
    QPushButton *m_rollBack = nullptr;
    QPushButton *m_continue = nullptr;
    QPushButton *m_pause = nullptr;
    QPushButton *m_overrideGates = nullptr;
    QPushButton *m_exportReport = nullptr;
    QStackedWidget *m_detailStack = nullptr;
    bool m_exporting = false;
    QTimer m_refreshTimer; ///< coalesces notifications
    QTimer m_pollTimer;    ///< live values of the selected release
};

} // namespace Gatehouse::Ui
