#pragma once

#include "models/changerequest.h"
#include "models/estate.h"
#include "models/gateevaluation.h"
#include "models/release.h"
#include "models/result.h"

#include <QByteArray>
#include <QDateTime>

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

namespace Gatehouse::Services {

class ControlStoreWorker;

/// How the estate's policy compares with the policy applied to the control store, as
/// ControlStore::comparePolicy() and syncPolicy() report it.
struct PolicySync
{
    enum class Outcome {
        UpToDate,  ///< the applied policy is the estate's
        Applied,   ///< it differed and was applied now (by the administrator logged in)
        OutOfDate, ///< it differs and the person logged in may not apply it (or compare only)
    };
    Outcome outcome = Outcome::OutOfDate;
    /// The applied policy version afterwards (0: none applied yet).
    int version = 0;
    /// The version before; differs from `version` only when Applied.
    int previousVersion = 0;
    /// Whether the person logged in is an administrator (may apply policies).
    bool mayApply = false;
    /// OutOfDate only: one translated sentence for the UI ("The estate's policy differs
    /// from the control store's (version 3); an administrator must apply it.").
    QString message;
};

/// Where the control store lives.
struct ControlStoreSettings
{
    /// libpq connection URL (postgresql://user@host:port/db) of a shared server, without
    /// password. Empty = the embedded private cluster in `dataFolder`.
    QString url;
    /// Keychain reference of the password for `url` ("keychain:service/account"); may be empty.
    QString passwordRef;
    /// Folder for the embedded cluster (QStandardPaths::AppDataLocation + "/postgres" by default).
    QString dataFolder;

    /// First wait before reconnecting after a lost connection; doubles up to reconnectMaxDelay.
    std::chrono::milliseconds reconnectInitialDelay{250};
    std::chrono::milliseconds reconnectMaxDelay{8000};
    /// How long a call waits for a (re)connection before it fails.
    std::chrono::milliseconds requestTimeout{30000};
};

/// The shared state of Gatehouse in PostgreSQL: change requests and the audit log.
///
/// Lives on the UI thread; every database call runs on its worker thread
/// "gatehouse-controlstore" (one libpqxx connection, never touched elsewhere) and comes
/// back as a QFuture finished on that worker — continue with .then(this, …) to get back
/// to the UI thread. Signals are delivered on the thread the ControlStore lives in.
/// A lost connection is retried with backoff; calls made meanwhile wait for it
/// (or fail after a timeout with a clear message), none is dropped silently.
///
/// Change signals (LISTEN/NOTIFY on gatehouse_changes) are a reason to re-query, never
/// the data. Its session announces after its commits (resources/sql/0009): a write's
/// signal goes out in a short transaction of its own right after the write committed
/// (before the next call runs), so writers of different Gatehouses do not commit one at
/// a time. Other clients' writes notify inside their transactions; both reach
/// changesChanged. After a reconnection changesChanged is emitted once, since signals
/// sent meanwhile were missed.
class ControlStore : public QObject
{
    Q_OBJECT
public:
    /// Disconnected: not opened or closed. Starting: the embedded server is being started.
    /// Connecting: first connection attempt (and migration). Connected: calls run.
    /// Reconnecting: the connection was lost; retrying with backoff, calls wait.
    /// Failed: cannot work (server programs missing, migration failed, no password); calls fail at once.
    enum class ConnectionState { Disconnected, Starting, Connecting, Connected, Reconnecting, Failed };
    Q_ENUM(ConnectionState)

    explicit ControlStore(QObject *parent = nullptr);
    ~ControlStore() override;

    /// Starts the embedded cluster if needed (settings.url empty), reads the password from
    /// the keychain if settings.passwordRef is set, connects and migrates. Returns at once:
    /// watch connectionStateChanged. Calls made before the connection is up wait for it.
    void open(const ControlStoreSettings &settings);
    /// Disconnects and stops the embedded cluster if this process started it. Blocks
    /// briefly (call at shutdown).
    void close();

    ConnectionState connectionState() const;
    /// Runs a local event loop until the store is Connected (ok) or Failed, or `timeout`
    /// passes (error with the last state detail). For headless commands and tests; the
    /// UI watches connectionStateChanged instead.
    Models::Status waitForConnection(std::chrono::milliseconds timeout);
    /// "embedded (/home/…/postgres)" or "server host:port/db" — never a password.
    QString description() const;
    bool isEmbedded() const;

    /// Every change request, newest window first.
    QFuture<Models::Result<QList<Models::ChangeRequest>>> listChanges();
    /// Stores `draft` (id, requester, state and timestamps are ignored; the database sets
    /// them) together with its "change.created" audit record, in one transaction; the
    /// stored change comes back. Constraint violations (empty title, window ending before
    /// it starts, …) come back as errors and store nothing.
    QFuture<Models::Result<Models::ChangeRequest>> createChange(const Models::ChangeRequest &draft);
    /// Audit records, oldest first; of one change when changeId != 0.
    QFuture<Models::Result<QList<Models::AuditEntry>>> auditLog(qint64 changeId = 0);
    /// The applied schema version (max version in schema_migrations).
    QFuture<Models::Result<int>> schemaVersion();
    /// The newest schema version this build knows.
    static int latestSchemaVersion();

    // --- Connecting as a person -------------------------------------------------------
    // Each person logs in with their own PostgreSQL role (GRANTed one or more of the
    // gatehouse_* group roles); the database decides what they may do. Put the result in
    // ControlStoreSettings::url and the keychain reference of their password in
    // passwordRef: open() reads it from the keychain and never logs it.

    /// `serverUrl` (URI or key=value form) with its user replaced by `user`.
    static QString urlForUser(const QString &serverUrl, const QString &user);
    /// The Gatehouse roles of the person logged in, break-glass grants included.
    QFuture<Models::Result<QList<Models::HeldRole>>> myRoles();
    /// The login role this store is connected as.
    QFuture<Models::Result<QString>> currentUser();

    // --- The change lifecycle ---------------------------------------------------------
    // Every call below runs one SECURITY DEFINER function of the control store in its own
    // transaction and returns the change as stored afterwards. A refusal (role, state,
    // separation of duties, quorum, policy) comes back as an error naming the reason;
    // nothing is stored then. Every success appends to the audit chain and notifies
    // every connected Gatehouse (changesChanged).

    /// One change by id.
    QFuture<Models::Result<Models::ChangeRequest>> change(qint64 changeId);
    /// draft → submitted (the requester, or a release manager).
    QFuture<Models::Result<Models::ChangeRequest>> submit(qint64 changeId, const QString &comment = {});
    /// submitted → assessed with the risk score (CAB member or release manager). A standard
    /// change within the policy's CAB threshold goes straight to approved.
    QFuture<Models::Result<Models::ChangeRequest>> assess(qint64 changeId, int riskScore, const QString &comment = {});
    /// Records an approval; the change becomes approved when the policy's quorum for the
    /// target tier is met. `role` picks which required role it counts for (empty: the
    /// first required role the person holds that still lacks approvals).
    QFuture<Models::Result<Models::ChangeRequest>> approve(qint64 changeId, const QString &comment,
                                                           const QString &role = {});
    /// submitted/assessed → rejected; the comment is required.
    QFuture<Models::Result<Models::ChangeRequest>> reject(qint64 changeId, const QString &comment);
    /// submitted/assessed → draft, approvals void; the comment is required.
    QFuture<Models::Result<Models::ChangeRequest>> requestChanges(qint64 changeId, const QString &comment);
    /// approved → scheduled (release manager).
    QFuture<Models::Result<Models::ChangeRequest>> schedule(qint64 changeId, const QString &comment = {});
    /// scheduled → in-progress (release manager or the named implementer).
    QFuture<Models::Result<Models::ChangeRequest>> start(qint64 changeId, const QString &comment = {});
    /// in-progress → completed / rolled-back / failed.
    QFuture<Models::Result<Models::ChangeRequest>> complete(qint64 changeId, const QString &comment = {});
    QFuture<Models::Result<Models::ChangeRequest>> rollBack(qint64 changeId, const QString &comment = {});
    QFuture<Models::Result<Models::ChangeRequest>> fail(qint64 changeId, const QString &comment = {});
    /// The CAB's post-implementation review of an emergency change (required before closing).
    QFuture<Models::Result<Models::ChangeRequest>> review(qint64 changeId, const QString &comment);
    /// completed / rolled-back / failed / rejected → closed (release manager).
    QFuture<Models::Result<Models::ChangeRequest>> closeChange(qint64 changeId, const QString &comment = {});
    /// A new window; an approved or scheduled change loses its approvals and returns to assessed.
    QFuture<Models::Result<Models::ChangeRequest>> reschedule(qint64 changeId, const QDateTime &start,
                                                              const QDateTime &end, const QString &timeZone,
                                                              const QString &reason);
    /// Replaces scope, rollback plan and criteria; after approval the approvals are void.
    QFuture<Models::Result<Models::ChangeRequest>> setScope(qint64 changeId, const Models::ChangeScope &scope,
                                                            const QString &reason);
    QFuture<Models::Result<Models::ChangeScope>> scope(qint64 changeId);
    /// Overrides the freeze `rule` (the calendar's Conflict names it and its overrideRole).
    QFuture<Models::Status> overrideFreeze(qint64 changeId, const QString &rule, const QString &role,
                                           const QString &reason);
    /// An authorised override of a gate for one environment (release manager).
    QFuture<Models::Status> overrideGate(qint64 changeId, const QString &environment, const QString &gate,
                                         const QString &reason);
    QFuture<Models::Result<QList<Models::GateOverride>>> gateOverrides(qint64 changeId);
    QFuture<Models::Result<Models::ChangeComment>> comment(qint64 changeId, const QString &text);
    QFuture<Models::Result<QList<Models::ChangeComment>>> comments(qint64 changeId);
    /// Every decision on a change (voided ones included), oldest first.
    QFuture<Models::Result<QList<Models::Approval>>> approvals(qint64 changeId);
    /// Artifacts ("workload:NAME@IMAGE", "module:NAME@VERSION") of changes completed in
    /// `environments`, for the "verified in staging" gate.
    QFuture<Models::Result<QList<Models::CompletedArtifact>>> completedArtifacts(const QStringList &environments);

    // --- Policy and access ------------------------------------------------------------

    /// The policy document the control store takes, built from the estate's Policy
    /// documents and its environments' tiers. Pure; any thread.
    static QByteArray policyDocument(const Models::Estate &estate);
    /// Stores `document` as a new policy version (admin); the version comes back (the
    /// current one when the document is unchanged).
    QFuture<Models::Result<int>> applyPolicy(const QByteArray &document);
    /// The latest applied policy: its version (0 when none) and document.
    QFuture<Models::Result<QPair<int, QByteArray>>> currentPolicy();
    /// Compares `document` (policyDocument() of the estate) with the applied policy;
    /// reads only. Outcome UpToDate or OutOfDate (with its message).
    QFuture<Models::Result<PolicySync>> comparePolicy(const QByteArray &document);
    /// Brings the control store to the estate's policy: when `document` differs from the
    /// applied policy and the person logged in is an administrator, applies it as a new
    /// version (audited as "policy.applied"; Applied) — the same document twice stores
    /// nothing (UpToDate). When it differs and they are not, nothing is stored
    /// (OutOfDate) and policyOutOfDate is emitted. Call it whenever an estate is loaded
    /// or reloaded (calls made before the connection is up wait for it); policyUpToDate /
    /// policyOutOfDate tell the UI, on this object's thread.
    QFuture<Models::Result<PolicySync>> syncPolicy(const QByteArray &document);
    /// Time-bound elevated access (admin): `person` holds `role` until `expiresAt`.
    QFuture<Models::Status> grantBreakGlass(const QString &person, const QString &role, const QString &reason,
                                            const QDateTime &expiresAt);
    /// Recomputes the audit log's hash chains (one per stripe, resources/sql/0008: stripe 0
    /// is the chain written before stripes, stripes 1–64 add their number to the canonical
    /// content) in id order, checks each stripe's head, and names every row that breaks
    /// them, lowest row id first. Runs on the worker thread in one snapshot.
    QFuture<Models::Result<Models::AuditChainReport>> verifyAuditChain();

    // --- Releases ------------------------------------------------------------------
    // A release moves approved changes along the promotion path phase by phase. People
    // create and continue releases; one executor at a time drives it, holding its lease.
    // The executor's writes name its holder id and are refused ("lease lost") once
    // another executor took over. Every step is in the audit chain.

    /// Stores a release of `changeIds` (each approved, scheduled or in progress) with
    /// `phases` in order (release manager). The stored release comes back.
    QFuture<Models::Result<Models::Release>> createRelease(const QString &title, const QList<qint64> &changeIds,
                                                           const QList<Models::ReleasePhase> &phases);
    /// One release with its phases, restore points, actions and lease.
    QFuture<Models::Result<Models::Release>> release(qint64 releaseId);
    /// Every release, newest first (phases included; actions and restore points not).
    QFuture<Models::Result<QList<Models::Release>>> listReleases();
    /// Acquires or renews the lease of executor `holder` for `ttl`: true when it holds it
    /// afterwards, false while another executor holds an unexpired lease.
    QFuture<Models::Result<bool>> acquireReleaseLease(qint64 releaseId, const QString &holder,
                                                      std::chrono::milliseconds ttl);
    /// Gives the lease up.
    QFuture<Models::Status> dropReleaseLease(qint64 releaseId, const QString &holder);
    /// Executor: the release's state, with the reason (lease required).
    QFuture<Models::Result<Models::Release>> setReleaseState(qint64 releaseId, const QString &holder,
                                                             Models::ReleaseState state, const QString &reason);
    /// Executor: one phase's state, with a note (lease required).
    QFuture<Models::Status> setPhaseState(qint64 releaseId, const QString &holder, int position,
                                          Models::PhaseState state, const QString &note = {});
    /// Executor: one evaluation of a rollback criterion (lease required).
    QFuture<Models::Status> recordCriterionSample(qint64 releaseId, const QString &holder,
                                                  const Models::CriterionSample &sample);
    /// Every criterion sample of a release, oldest first.
    QFuture<Models::Result<QList<Models::CriterionSample>>> criterionSamples(qint64 releaseId);
    /// Executor: a restore point created on an environment's Odoo database (lease required).
    QFuture<Models::Status> recordRestorePoint(qint64 releaseId, const QString &holder,
                                               const Models::RestorePoint &point);
    /// Executor: an action it took and why (lease required; `by` is the login role).
    QFuture<Models::Status> recordReleaseAction(qint64 releaseId, const QString &holder,
                                                const Models::ReleaseAction &action);
    /// A person continues a paused release, with a reason (release manager).
    QFuture<Models::Result<Models::Release>> continueRelease(qint64 releaseId, const QString &reason);
    /// A person asks for the release's current environment to be rolled back now, with a
    /// reason (release manager or support; running or paused releases). The executor
    /// undoes every workload the release changed there. The stored request comes back.
    QFuture<Models::Result<Models::ReleaseRequest>> requestReleaseRollback(qint64 releaseId, const QString &reason);
    /// A person pauses a running release, with a reason (release manager or support): the
    /// release and its current phase are paused at once, the executor pauses the Deployment.
    QFuture<Models::Result<Models::ReleaseRequest>> pauseRelease(qint64 releaseId, const QString &reason);
    /// Every person's request on a release, oldest first.
    QFuture<Models::Result<QList<Models::ReleaseRequest>>> releaseRequests(qint64 releaseId);
    /// Executor: a request carried out, with its outcome (lease required).
    QFuture<Models::Status> markReleaseRequestHandled(qint64 releaseId, const QString &holder, qint64 requestId,
                                                      const QString &outcome);
    /// Executor: phases `positions` (rolling, baking, paused or completed) rolled back after
    /// their workloads were undone (lease required); the current phase stays.
    QFuture<Models::Status> rollBackReleasePhases(qint64 releaseId, const QString &holder, const QList<int> &positions,
                                                  const QString &note);
    /// A change that a stopped release scheduled but never reached returns from scheduled to
    /// approved (release manager, with a reason; audited as "change.unscheduled"). Nothing
    /// in its scope or window changed, so its approvals stay. The stored change comes back.
    QFuture<Models::Result<Models::ChangeRequest>> unschedule(qint64 changeId, const QString &reason);

    // --- Rollout actions --------------------------------------------------------------

    /// Records a rollout action taken on a Kubernetes Deployment of `environment` (support,
    /// release manager or admin) in the audit chain as "rollout.<action>", with the person
    /// logged in, `reason` and the Deployment's summary before and after (JSON objects, as
    /// KubeActions::summarize gives them). `action` is one of "set-image", "pause",
    /// "resume", "restart", "undo", "scale". The stored audit row comes back.
    QFuture<Models::Result<Models::AuditEntry>> recordRolloutAction(const QString &environment, const QString &action,
                                                                    const QString &deployment, const QString &reason,
                                                                    const QByteArray &beforeJson,
                                                                    const QByteArray &afterJson);

Q_SIGNALS:
    /// The connection state changed; `detail` says why (server, retry delay, error) — never a password.
    void connectionStateChanged(Gatehouse::Services::ControlStore::ConnectionState state, const QString &detail);
    /// Someone (this or another Gatehouse) changed change requests (LISTEN/NOTIFY).
    void changesChanged();
    /// syncPolicy() found the estate's policy different from the applied version
    /// `appliedVersion` (0: none) and the person logged in may not apply it; `message`
    /// is the translated sentence to show until a later sync reports it applied or equal.
    void policyOutOfDate(int appliedVersion, const QString &message);
    /// syncPolicy() applied the estate's policy as `version`, or found it already applied.
    void policyUpToDate(int version);

private:
    void setState(ConnectionState state, const QString &detail);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Gatehouse::Services
