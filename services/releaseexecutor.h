#pragma once

#include "models/criterionevaluator.h"
#include "models/gateinputs.h"
#include "models/gateresult.h"
#include "models/release.h"
#include "models/result.h"
#include "services/odooprobes.h"

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

namespace Gatehouse::Services {

class AlertmanagerClient;
class ControlStore;
class KubeActions;
class KubeClient;
class PrometheusClient;

/// What the executor needs to act on one environment. The clients are owned elsewhere
/// and must outlive the executor (or be null where optional).
struct ReleaseEnvironment
{
    QString name;
    KubeClient *kube = nullptr;       ///< its store shows the rollout's pods
    KubeActions *actions = nullptr;   ///< set image, pause, resume, undo
    PrometheusClient *prometheus = nullptr; ///< where the rollback criteria are evaluated
    AlertmanagerClient *alertmanager = nullptr; ///< optional: silences for the change window
    OdooProbes *probes = nullptr;     ///< optional: WAL archiving evidence (else read over odooConninfo)
    /// The Odoo database as a role allowed to call pg_create_restore_point (no password in
    /// it; `odooPassword` holds it). Empty: a migration phase cannot run here.
    QString odooConninfo;
    QString odooPassword; ///< never logged
};

/// Tuning of a ReleaseExecutor. Tests shorten everything.
struct ReleaseExecutorSettings
{
    /// How often criteria are evaluated and the rollout looked at.
    std::chrono::milliseconds evaluationInterval{15000};
    /// Lease time to live; renewed every interval, so it must be several intervals long.
    std::chrono::milliseconds leaseTtl{60000};
    /// How long a criterion may have no data before the phase is paused as inconclusive.
    std::chrono::milliseconds noDataAfter{60000};
    /// Gates re-evaluated before each environment (GateEvaluation names), unless
    /// `gatesByEnvironment` names the environment.
    QStringList gates{QStringLiteral("approvals"), QStringLiteral("rollback")};
    /// The gates of each environment, from the estate's policy for its tier (Policy::gates).
    QHash<QString, QStringList> gatesByEnvironment;
    /// Environments whose completed changes count as "verified in staging".
    QStringList stagingEnvironments{QStringLiteral("staging")};
    /// This executor's id in the lease; empty = a new random id.
    QString holder;
    /// Tests only: asked at named points of a rollback ("rollback-intent-recorded" after
    /// the decision is stored and before any undo, "undo-done" after a workload was undone
    /// and before that is recorded); returning true stops the executor right there as a
    /// crash would (the lease is kept, nothing more is written or sent).
    std::function<bool(const QString &point)> crashAt;
};

/// Drives one release through its phases until it completes, is rolled back or waits
/// for a person; every decision and action is recorded in the control store, so an
/// executor started later (here or in another Gatehouse) resumes where it stood.
///
/// Each evaluation interval it renews its lease (another executor holding an unexpired
/// lease means: watch only, and take over once that lease expired), reloads the
/// release, and advances the current phase:
/// - opening an environment: re-evaluates the gates of the changes that target it
///   (blocked → paused), silences their expected alerts in Alertmanager for their
///   window (expired again when the environment is done or the release stops);
/// - a migration phase: refuses while WAL archiving is failing unless a "wal-archiving"
///   gate override is recorded for the environment, then creates the restore point
///   "gatehouse-change-<id>" on the Odoo database and records its LSN and time;
/// - canary: sets the image and pauses the Deployment once a new pod is ready; rest:
///   resumes it until every pod runs the new image; then the bake time;
/// - while rolling and baking, evaluates each rollback criterion of those changes over
///   the phase (`$environment` in the PromQL is replaced by the environment's name). A
///   breach runs its action (rollback = undo, pause = pause) and stops the release with
///   the criterion, its values and the time; no data (inconclusive) pauses it for a person.
///   A rollback first records the decision (the current phase becomes "rolling back" with
///   the reason and the evidence) and only then undoes every workload the release changed
///   in that environment, the current one and the earlier ones (latest first), skipping a
///   workload whose Deployment no longer runs the release's image, and marks their phases
///   rolled back. An executor that takes over a release whose phase is rolling back
///   finishes that rollback instead of judging the criteria again;
/// - people's requests (ControlStore::requestReleaseRollback, pauseRelease) are read every
///   evaluation, and at once whenever the control store notifies a change (LISTEN/NOTIFY
///   only says "look again": the requests and the release are re-read, and a step starts
///   at once when a person asked for something or continued the release; the interval
///   stays the fallback). They are carried out first: "roll back now" as above, "pause"
///   by pausing the Deployment (the database paused the release already). After a person's "Continue"
///   the Deployment is resumed and the criteria are judged from that moment on;
/// - the release's changes move with it through the lifecycle functions: scheduled when
///   it starts, in progress when their environment opens, completed when it is done,
///   rolled back (or failed) with it. When the release ends rolled back or failed, the
///   changes it scheduled for environments it never reached return to approved
///   (ControlStore::unschedule, with the reason; their approvals stay).
///
/// Lives on the UI thread; all I/O goes through the asynchronous clients, whose answers
/// arrive through whenFinished() with the executor as guard. Destroying it
/// stops driving without giving the lease up (as a crash would: another executor takes
/// over after the lease expired); stop() gives it up at once.
class ReleaseExecutor : public QObject
{
    Q_OBJECT
public:
    /// Results of the gates other areas own (Models::GateSource); the executor continues
    /// on its own thread when the future finishes.
    using GateSource = Models::GateSource;

    explicit ReleaseExecutor(ControlStore *store, QObject *parent = nullptr);
    ~ReleaseExecutor() override;

    void setSettings(const ReleaseExecutorSettings &settings);
    const ReleaseExecutorSettings &settings() const { return m_settings; }
    void addEnvironment(const ReleaseEnvironment &environment);
    void setGateSource(GateSource source) { m_gateSource = std::move(source); }
    QString holder() const { return m_settings.holder; }

    /// Starts driving `releaseId` (or watching it while another executor holds it).
    void start(qint64 releaseId);
    /// Stops driving and gives the lease up.
    void stop();
    bool isRunning() const { return m_timer.isActive(); }
    /// Whether this executor holds the lease now.
    bool isDriving() const { return m_driving; }
    /// The release as last loaded.
    const Models::Release &release() const { return m_release; }
    /// The people's requests on the release as last read (driving executor only).
    const QList<Models::ReleaseRequest> &requests() const { return m_requests; }

Q_SIGNALS:
    /// This executor acquired (true) or does not hold (false) the lease; `holder` drives it.
    void drivingChanged(bool driving, const QString &holder);
    /// The release was reloaded after a step.
    void releaseUpdated(const Gatehouse::Models::Release &release);
    /// A criterion was evaluated in `phase`.
    void criterionEvaluated(int phase, const QString &criterion,
                            const Gatehouse::Models::CriterionEvaluator::Outcome &outcome);
    /// A criterion broke: its run began at `since`, reached its duration at `breachedAt`
    /// (Prometheus sample times) and was seen at `detectedAt`.
    void breachDetected(int phase, const QString &criterion, const QDateTime &since, const QDateTime &breachedAt,
                        const QDateTime &detectedAt);
    /// The executor sent a Kubernetes action ("set-image", "pause", "resume", "undo") at `at`.
    void actionStarted(const QString &action, const QString &target, const QDateTime &at);
    /// The release reached a final state or paused for a person.
    void stopped(Gatehouse::Models::ReleaseState state, const QString &reason);
    /// A step failed (a service unreachable, a refused write); it is retried next interval.
    void stepFailed(const QString &message);
    /// The people's requests on the release (roll back, pause) as last read, oldest first.
    void requestsUpdated(const QList<Gatehouse::Models::ReleaseRequest> &requests);

private:
    struct EnvironmentState; // gates evaluated, silences, per environment
    void tick();
    void stepDone();
    void fail(const QString &message);
    /// The control store notified a change: re-reads the requests and the release and
    /// starts a step at once when a person acted.
    void storeNotified();
    /// Starts a step now, or as soon as the one under way is done.
    void tickSoon();
    /// Whether the test hook stops the executor at `point` (see ReleaseExecutorSettings::crashAt).
    bool crashedAt(const QString &point);
    /// Finishes the rollback recorded on `phase` (rolling back) by an executor before.
    void resumeRollback(const Models::ReleasePhase &phase);
    void advance();
    void openPhase(const Models::ReleasePhase &phase);
    void openPhaseKube(const Models::ReleasePhase &phase);
    void watchPhase(const Models::ReleasePhase &phase);
    /// `next(stoppedRelease, conclusive)`: conclusive = every criterion passed on data.
    void evaluateCriteria(const Models::ReleasePhase &phase, std::function<void(bool stoppedRelease, bool conclusive)> next);
    void handleBreach(const Models::ReleasePhase &phase, const Models::RollbackCriterion &criterion,
                      const Models::CriterionEvaluator::Outcome &outcome, bool inconclusive);
    void pauseRelease(const Models::ReleasePhase &phase, const QString &reason, bool pauseDeployment);
    void finishRelease(Models::ReleaseState state, const QString &reason);
    void setFinalState(Models::ReleaseState state, const QString &reason);
    void expireSilences(const QString &environment, std::function<void()> next);
    void recordAction(int phase, const QString &action, const QString &target, const QString &reason,
                      const QJsonObject &detail, std::function<void()> next);
    struct RollbackRun;
    /// Undoes every workload the release changed in `environment` (latest first; a paused
    /// Deployment is resumed first), marks those phases rolled back (or the first failed),
    /// moves the environment's changes to rolled back (or failed), removes its silences,
    /// then calls `done(ok)`. `detail` goes with each recorded undo.
    void rollBackEnvironment(const QString &environment, const QString &reason, const QJsonObject &detail,
                             std::function<void(bool ok)> done);
    /// The undo part of rollBackEnvironment, once the decision is recorded.
    void startRollback(const QString &environment, const QString &reason, const QJsonObject &detail,
                       std::function<void(bool ok)> done);
    void undoNext(const std::shared_ptr<RollbackRun> &run);
    /// Reads the people's requests and carries out the first open one, else advance().
    void handleRequests();
    void carryOutRollback(const Models::ReleaseRequest &request);
    void carryOutPause(const Models::ReleaseRequest &request);
    void markHandled(const Models::ReleaseRequest &request, const QString &outcome, std::function<void()> next);
    /// Moves the release's changes of `environment` (empty: all) towards `to` (Scheduled,
    /// InProgress, Completed, RolledBack, Failed) through the lifecycle functions, from the
    /// state each is in now; `next(error)` gets the refusals joined (empty when none).
    /// Approved: changes still scheduled return to approved. `reason` replaces the default
    /// comment ("Release 7: title") recorded with each step.
    void moveChanges(const QString &environment, Models::ChangeState to, std::function<void(const QString &error)> next,
                     const QString &reason = {});
    QDateTime criteriaWindowStart(const Models::ReleasePhase &phase, const QDateTime &now) const;
    /// Whether a person continued `phase` and its Deployment was not resumed since.
    bool resumeOwed(const Models::ReleasePhase &phase) const;
    bool rolloutReady(const Models::ReleasePhase &phase, bool canary) const;
    /// Why the phase's rollout stopped making progress (its Deployment's progress deadline
    /// passed on the phase's image), empty while it still progresses.
    QString rolloutStalled(const Models::ReleasePhase &phase) const;
    const ReleaseEnvironment *environment(const QString &name) const;
    QList<Models::ChangeRequest> changesFor(const QString &environment) const;

    QPointer<ControlStore> m_store;
    ReleaseExecutorSettings m_settings;
    QHash<QString, ReleaseEnvironment> m_environments;
    GateSource m_gateSource;
    QTimer m_timer;
    qint64 m_releaseId = 0;
    Models::Release m_release;
    QList<Models::ChangeRequest> m_changes;
    QList<Models::ReleaseRequest> m_requests;
    QHash<qint64, Models::ChangeScope> m_scopes;
    bool m_busy = false;
    bool m_tickOwed = false; ///< a notification asked for a step while one was under way
    bool m_peeking = false;  ///< re-reading after a notification
    bool m_peekAgain = false; ///< another notification arrived meanwhile
    bool m_driving = false;
    bool m_finishedSignalled = false;
    quint64 m_generation = 0; ///< bumps on stop(): drops answers of an earlier run
};

} // namespace Gatehouse::Services
