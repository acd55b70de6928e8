#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Gatehouse::Models {

/// Where a whole release stands. Planned: created, nobody drove it yet. Running: an
/// executor drives it. Paused: it waits for a person (a "pause" criterion, no data, a
/// refused gate or archiver). Completed / RolledBack / Failed are final.
enum class ReleaseState { Planned, Running, Paused, Completed, RolledBack, Failed };

/// What a phase does inside one environment: Canary sets the new image and pauses the
/// Deployment once the first new pods are ready; Rest resumes it until every pod runs
/// the new image. Each is followed by its bake time.
enum class PhaseKind { Canary, Rest };

/// Pending: not started. Rolling: pods are moving. Baking: rolled out, criteria still
/// watched for the bake time. Completed: baked without breach. Paused: waits for a
/// person. RolledBack: a criterion broke and the workload was undone. Failed: an action
/// could not be carried out. RollingBack: the executor decided to roll back (a breach or
/// a person's request) and is undoing the workloads; recorded before the first undo, so
/// an executor that takes over after a crash finishes the rollback.
enum class PhaseState { Pending, Rolling, Baking, Completed, Paused, RolledBack, Failed, RollingBack };

/// Database spellings: "planned", "running", "paused", "completed", "rolled-back", "failed";
/// "canary", "rest"; "pending", "rolling", "baking", "completed", "paused", "rolled-back", "failed",
/// "rolling-back".
QString toString(ReleaseState state);
QString toString(PhaseKind kind);
QString toString(PhaseState state);
std::optional<ReleaseState> releaseStateFromString(const QString &text);
std::optional<PhaseKind> phaseKindFromString(const QString &text);
std::optional<PhaseState> phaseStateFromString(const QString &text);

/// One step of a release: a workload of an environment, canary or rest, with its bake time.
struct ReleasePhase
{
    int position = 0; ///< 0-based order in the release
    QString environment;
    QString workload;  ///< the Deployment
    QString container; ///< the container whose image changes
    QString image;     ///< the image it moves to
    PhaseKind kind = PhaseKind::Canary;
    qint64 bakeSeconds = 0;
    bool migration = false; ///< a database migration runs before it: restore point, archiver check
    PhaseState state = PhaseState::Pending;
    QDateTime startedAt;  ///< UTC; when it started rolling
    QDateTime bakeStartedAt; ///< UTC; when it started baking
    QDateTime finishedAt; ///< UTC
    QString note;         ///< why it is paused, rolled back or failed
};

/// A restore point created on an environment's Odoo database before a migration phase.
struct RestorePoint
{
    int phase = 0;
    QString environment;
    QString name; ///< "gatehouse-change-<id>"
    QString lsn;  ///< as PostgreSQL prints it, "0/3000090"
    QDateTime createdAt; ///< UTC, the database's clock
};

/// An action taken on a release (by the executor or a person) and why.
struct ReleaseAction
{
    qint64 id = 0;
    int phase = -1; ///< -1: the release as a whole
    QString action; ///< "set-image", "pause", "resume", "undo", "silence", "restore-point", "continue", …
    QString target; ///< e.g. "production-eu/odoo-web"
    QString reason;
    QString by;     ///< the login role that took it
    QString detail; ///< JSON: values, outcome
    QDateTime at;   ///< UTC
};

/// One evaluation of one rollback criterion during a phase.
struct CriterionSample
{
    int phase = 0;
    QString criterion;
    std::optional<double> value; ///< empty: no data
    QString verdict; ///< "pass", "breach", "inconclusive"
    QDateTime at;    ///< UTC
};

/// A person's decision on a running release that its executor carries out: "rollback"
/// (undo every workload the release changed in `environment`) or "pause" (pause the
/// Deployment; the release itself is paused in the database at once).
struct ReleaseRequest
{
    qint64 id = 0;
    QString kind;        ///< "rollback" or "pause"
    QString environment; ///< the environment the release stood in when asked
    int phase = 0;       ///< the release's current phase when asked
    QString reason;
    QString by;          ///< the login role that asked
    QDateTime at;        ///< UTC
    QDateTime handledAt; ///< UTC; invalid while the executor has not carried it out
    QString handledBy;   ///< the executor's holder id
    QString outcome;

    bool isOpen() const { return !handledAt.isValid(); }
};

/// A release: approved changes moving along the promotion path, phase by phase.
struct Release
{
    qint64 id = 0;
    QString title;
    QList<qint64> changeIds;
    ReleaseState state = ReleaseState::Planned;
    int currentPhase = 0; ///< index into phases; == phases.size() when all are done
    QString stopReason;   ///< why it is paused, rolled back or failed
    QString createdBy;
    QDateTime createdAt; ///< UTC
    QDateTime updatedAt; ///< UTC
    QString leaseHolder; ///< executor driving it now (empty when none)
    QDateTime leaseExpiresAt; ///< UTC
    QList<ReleasePhase> phases;
    QList<RestorePoint> restorePoints;
    QList<ReleaseAction> actions;

    bool isFinal() const;
};

} // namespace Gatehouse::Models
