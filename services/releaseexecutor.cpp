#include "services/releaseexecutor.h"

#include "models/gateevaluation.h"
#include "models/releaseplan.h"
#include "services/alertmanagerclient.h"
#include "services/controlstore.h"
#include "services/kubeactions.h"
#include "services/kubeclient.h"
#include "services/pgconninfo.h"
#include "services/prometheusclient.h"
#include "services/whenfinished.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPromise>
#include <QSet>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <pqxx/pqxx>

#include <cmath>
#include <memory>

namespace Gatehouse::Services {

using Models::PhaseKind;
using Models::PhaseState;
using Models::ReleasePhase;
using Models::ReleaseState;
using Verdict = Models::CriterionEvaluator::Verdict;

namespace {

QString json(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString target(const ReleasePhase &phase)
{
    return phase.environment + QLatin1Char('/') + phase.workload;
}

/// WAL archiving as pg_stat_archiver shows it, and the restore point, on the Odoo database.
struct DatabaseStep
{
    OdooProbes::WalArchiving archiving;
    Models::RestorePoint point;
};

bool archivingFailing(const OdooProbes::WalArchiving &archiving, QString *why)
{
    if (archiving.archiveMode.isEmpty() || archiving.archiveMode == QLatin1String("off")) {
        *why = ReleaseExecutor::tr("WAL archiving is off: a restore point could not be used for recovery.");
        return true;
    }
    if (archiving.failedCount > 0
        && (!archiving.lastArchivedAt.isValid() || archiving.lastFailedAt > archiving.lastArchivedAt)) {
        *why = ReleaseExecutor::tr("WAL archiving is failing: %1 failures, last %2 at %3.")
                   .arg(archiving.failedCount)
                   .arg(archiving.lastFailedWal, archiving.lastFailedAt.toString(Qt::ISODate));
        return true;
    }
    return false;
}

std::string conninfoWithPassword(const QString &conninfo, const QString &password)
{
    return (password.isEmpty() ? conninfo : PgConnInfo::withPassword(conninfo, password)).toStdString();
}

QFuture<Models::Result<OdooProbes::WalArchiving>> readArchiving(const QString &conninfo, const QString &password)
{
    return QtConcurrent::run([conninfo, password]() -> Models::Result<OdooProbes::WalArchiving> {
        try {
            pqxx::connection connection(conninfoWithPassword(conninfo, password));
            pqxx::read_transaction tx(connection);
            const pqxx::row row = tx.exec1(
                "SELECT current_setting('archive_mode'), archived_count, coalesce(last_archived_wal, ''),"
                " floor(extract(epoch FROM last_archived_time) * 1000)::bigint, failed_count,"
                " coalesce(last_failed_wal, ''), floor(extract(epoch FROM last_failed_time) * 1000)::bigint"
                " FROM pg_stat_archiver");
            OdooProbes::WalArchiving archiving;
            archiving.archiveMode = QString::fromStdString(row[0].as<std::string>());
            archiving.archivedCount = row[1].as<long long>();
            archiving.lastArchivedWal = QString::fromStdString(row[2].as<std::string>());
            if (!row[3].is_null())
                archiving.lastArchivedAt = QDateTime::fromMSecsSinceEpoch(row[3].as<long long>(), Qt::UTC);
            archiving.failedCount = row[4].as<long long>();
            archiving.lastFailedWal = QString::fromStdString(row[5].as<std::string>());
            if (!row[6].is_null())
                archiving.lastFailedAt = QDateTime::fromMSecsSinceEpoch(row[6].as<long long>(), Qt::UTC);
            return archiving;
        } catch (const std::exception &error) {
            return Models::Result<OdooProbes::WalArchiving>::failure(
                PgConnInfo::scrub(QString::fromUtf8(error.what()).trimmed(), password));
        }
    });
}

QFuture<Models::Result<Models::RestorePoint>> createRestorePoint(const QString &conninfo, const QString &password,
                                                                 const QString &name)
{
    return QtConcurrent::run([conninfo, password, name]() -> Models::Result<Models::RestorePoint> {
        try {
            pqxx::connection connection(conninfoWithPassword(conninfo, password));
            pqxx::work tx(connection);
            const pqxx::row row = tx.exec_params1(
                "SELECT pg_create_restore_point($1)::text, floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint",
                name.toStdString());
            tx.commit();
            Models::RestorePoint point;
            point.name = name;
            point.lsn = QString::fromStdString(row[0].as<std::string>());
            point.createdAt = QDateTime::fromMSecsSinceEpoch(row[1].as<long long>(), Qt::UTC);
            return point;
        } catch (const std::exception &error) {
            return Models::Result<Models::RestorePoint>::failure(
                PgConnInfo::scrub(QString::fromUtf8(error.what()).trimmed(), password));
        }
    });
}

} // namespace

ReleaseExecutor::ReleaseExecutor(ControlStore *store, QObject *parent) : QObject(parent), m_store(store)
{
    m_settings.holder = QUuid::createUuid().toString(QUuid::WithoutBraces);
    connect(&m_timer, &QTimer::timeout, this, &ReleaseExecutor::tick);
    if (store)
        connect(store, &ControlStore::changesChanged, this, &ReleaseExecutor::storeNotified);
}

ReleaseExecutor::~ReleaseExecutor()
{
    ++m_generation;
}

void ReleaseExecutor::setSettings(const ReleaseExecutorSettings &settings)
{
    const QString holder = m_settings.holder;
    m_settings = settings;
    if (m_settings.holder.isEmpty())
        m_settings.holder = holder;
    m_timer.setInterval(m_settings.evaluationInterval);
}

void ReleaseExecutor::addEnvironment(const ReleaseEnvironment &environment)
{
    m_environments.insert(environment.name, environment);
}

const ReleaseEnvironment *ReleaseExecutor::environment(const QString &name) const
{
    const auto it = m_environments.constFind(name);
    return it == m_environments.cend() ? nullptr : &it.value();
}

QList<Models::ChangeRequest> ReleaseExecutor::changesFor(const QString &environment) const
{
    QList<Models::ChangeRequest> changes;
    for (const Models::ChangeRequest &change : m_changes) {
        if (change.environment == environment)
            changes.append(change);
    }
    return changes;
}

void ReleaseExecutor::start(qint64 releaseId)
{
    m_releaseId = releaseId;
    m_finishedSignalled = false;
    m_timer.setInterval(m_settings.evaluationInterval);
    m_timer.start();
    tick();
}

void ReleaseExecutor::stop()
{
    m_timer.stop();
    ++m_generation;
    m_busy = false;
    m_tickOwed = false;
    m_peeking = false;
    m_peekAgain = false;
    if (m_driving && m_store)
        m_store->dropReleaseLease(m_releaseId, m_settings.holder);
    if (m_driving) {
        m_driving = false;
        Q_EMIT drivingChanged(false, QString());
    }
}

void ReleaseExecutor::stepDone()
{
    m_busy = false;
    if (m_tickOwed && m_timer.isActive()) {
        m_tickOwed = false;
        QTimer::singleShot(0, this, &ReleaseExecutor::tick);
    }
}

void ReleaseExecutor::fail(const QString &message)
{
    m_busy = false;
    m_tickOwed = false; // a failed step is retried on the interval, not in a tight loop
    if (message.contains(QLatin1String("lease lost")) && m_driving) {
        m_driving = false;
        Q_EMIT drivingChanged(false, QString());
    }
    Q_EMIT stepFailed(message);
}

void ReleaseExecutor::tickSoon()
{
    if (!m_timer.isActive())
        return;
    if (m_busy)
        m_tickOwed = true;
    else
        tick();
}

bool ReleaseExecutor::crashedAt(const QString &point)
{
    if (!m_settings.crashAt || !m_settings.crashAt(point))
        return false;
    // As if the process died here: no further step, no answer handled, the lease kept.
    m_timer.stop();
    ++m_generation;
    m_busy = false;
    m_tickOwed = false;
    return true;
}

void ReleaseExecutor::storeNotified()
{
    if (!m_store || !m_driving || !m_timer.isActive() || m_releaseId == 0)
        return;
    if (m_peeking) {
        m_peekAgain = true;
        return;
    }
    m_peeking = true;
    const quint64 generation = m_generation;
    // The notification carries no data: what a person decided is read again.
    whenFinished(m_store->releaseRequests(m_releaseId), this, [this, generation](const Models::Result<QList<Models::ReleaseRequest>> &requests) {
        if (generation != m_generation)
            return;
        bool asked = false;
        if (requests) {
            for (const Models::ReleaseRequest &request : requests.value())
                asked = asked || request.isOpen();
        }
        whenFinished(m_store->release(m_releaseId), this, [this, generation, asked](const Models::Result<Models::Release> &read) {
            if (generation != m_generation)
                return;
            m_peeking = false;
            // A person's "Continue" moves the release from paused to running.
            const bool continued = read && read->state == ReleaseState::Running && m_release.state == ReleaseState::Paused;
            if (asked || continued)
                tickSoon();
            if (m_peekAgain) {
                m_peekAgain = false;
                storeNotified();
            }
        });
    });
}

void ReleaseExecutor::tick()
{
    if (m_busy || !m_store)
        return;
    m_busy = true;
    const quint64 generation = m_generation;
    whenFinished(m_store->acquireReleaseLease(m_releaseId, m_settings.holder, m_settings.leaseTtl), this, [this, generation](const Models::Result<bool> &held) {
            if (generation != m_generation)
                return;
            if (!held)
                return fail(held.error().message);
            if (held.value() != m_driving) {
                m_driving = held.value();
                Q_EMIT drivingChanged(m_driving, m_driving ? m_settings.holder : QString());
            }
            whenFinished(m_store->release(m_releaseId), this, [this, generation](const Models::Result<Models::Release> &loaded) {
                if (generation != m_generation)
                    return;
                if (!loaded)
                    return fail(loaded.error().message);
                m_release = loaded.value();
                Q_EMIT releaseUpdated(m_release);
                if (!m_driving)
                    return stepDone(); // someone else drives it: watch only
                if (m_changes.size() == m_release.changeIds.size())
                    return handleRequests();
                // The changes (and their criteria) are read once per run.
                auto changes = std::make_shared<QList<Models::ChangeRequest>>();
                auto scopes = std::make_shared<QHash<qint64, Models::ChangeScope>>();
                auto remaining = std::make_shared<int>(int(m_release.changeIds.size()) * 2);
                auto failed = std::make_shared<QString>();
                const auto oneDone = [this, generation, changes, scopes, remaining, failed] {
                    if (--*remaining > 0 || generation != m_generation)
                        return;
                    if (!failed->isEmpty())
                        return fail(*failed);
                    m_changes = *changes;
                    m_scopes = *scopes;
                    handleRequests();
                };
                for (const qint64 id : std::as_const(m_release.changeIds)) {
                    whenFinished(m_store->change(id), this, [changes, failed, oneDone](const Models::Result<Models::ChangeRequest> &c) {
                        if (c)
                            changes->append(c.value());
                        else
                            *failed = c.error().message;
                        oneDone();
                    });
                    whenFinished(m_store->scope(id), this, [id, scopes, failed, oneDone](const Models::Result<Models::ChangeScope> &s) {
                        if (s)
                            scopes->insert(id, s.value());
                        else
                            *failed = s.error().message;
                        oneDone();
                    });
                }
            });
        });
}

void ReleaseExecutor::advance()
{
    if (m_release.isFinal()) {
        m_timer.stop();
        if (!m_finishedSignalled) {
            m_finishedSignalled = true;
            Q_EMIT stopped(m_release.state, m_release.stopReason);
        }
        return stepDone();
    }
    if (m_release.state == ReleaseState::Paused)
        return stepDone(); // a person decides
    const quint64 generation = m_generation;
    if (m_release.state == ReleaseState::Planned) {
        // The bundled changes are scheduled with the release; each starts when its environment opens.
        moveChanges(QString(), Models::ChangeState::Scheduled, [this, generation](const QString &error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty())
                return fail(error);
            whenFinished(m_store->setReleaseState(m_releaseId, m_settings.holder, ReleaseState::Running,
                                                  tr("Started by the executor.")),
                         this, [this, generation](const Models::Result<Models::Release> &r) {
                             if (generation != m_generation)
                                 return;
                             if (!r)
                                 return fail(r.error().message);
                             m_release = r.value();
                             advance();
                         });
        });
        return;
    }
    if (m_release.currentPhase >= m_release.phases.size()) {
        finishRelease(ReleaseState::Completed, tr("Every phase completed."));
        return;
    }
    const ReleasePhase phase = m_release.phases.at(m_release.currentPhase);
    switch (phase.state) {
    case PhaseState::Pending:
        return openPhase(phase);
    case PhaseState::Rolling:
    case PhaseState::Baking:
        return watchPhase(phase);
    case PhaseState::Paused:
        return stepDone();
    case PhaseState::RollingBack:
        return resumeRollback(phase);
    case PhaseState::RolledBack:
    case PhaseState::Failed:
        // Rolled back (or failed) but the release was not stopped yet: an executor went
        // away in between. The release ends as its phase did.
        return finishRelease(phase.state == PhaseState::RolledBack ? ReleaseState::RolledBack : ReleaseState::Failed,
                             phase.note);
    case PhaseState::Completed:
        return stepDone();
    }
}

void ReleaseExecutor::resumeRollback(const ReleasePhase &phase)
{
    // The evidence recorded with the decision goes with every undo of the takeover.
    QJsonObject detail;
    for (const Models::ReleaseAction &action : std::as_const(m_release.actions)) {
        if (action.action == QLatin1String("rollback-started") && action.phase == phase.position)
            detail = parse(action.detail);
    }
    detail.remove(QStringLiteral("executor"));
    detail.insert(QStringLiteral("resumedBy"), m_settings.holder);
    const quint64 generation = m_generation;
    const QString reason = phase.note.isEmpty() ? tr("Rollback resumed after an executor stopped.") : phase.note;
    rollBackEnvironment(phase.environment, reason, detail, [this, generation, reason](bool ok) {
        if (generation != m_generation)
            return;
        finishRelease(ok ? ReleaseState::RolledBack : ReleaseState::Failed, reason);
    });
}

void ReleaseExecutor::recordAction(int phase, const QString &action, const QString &targetName, const QString &reason,
                                   const QJsonObject &detail, std::function<void()> next)
{
    Models::ReleaseAction record;
    record.phase = phase;
    record.action = action;
    record.target = targetName;
    record.reason = reason;
    record.detail = json(detail);
    const quint64 generation = m_generation;
    whenFinished(m_store->recordReleaseAction(m_releaseId, m_settings.holder, record), this, [this, generation, next = std::move(next)](const Models::Status &status) {
            if (generation != m_generation)
                return;
            if (!status)
                return fail(status.error().message);
            next();
        });
}

void ReleaseExecutor::openPhase(const ReleasePhase &phase)
{
    const ReleaseEnvironment *env = environment(phase.environment);
    if (!env || !env->actions) {
        pauseRelease(phase, tr("Gatehouse has no connection to environment %1.").arg(phase.environment), false);
        return;
    }
    const quint64 generation = m_generation;
    const bool opens = Models::ReleasePlan::opensEnvironment(m_release.phases, phase.position);
    auto afterGates = [this, phase, generation, env] {
        // Migration: archiver check, then the restore point, before anything moves.
        if (!phase.migration)
            return openPhaseKube(phase);
        const QList<Models::ChangeRequest> changes = changesFor(phase.environment);
        const qint64 changeId = changes.isEmpty() ? m_release.changeIds.value(0) : changes.constFirst().id;
        if (env->odooConninfo.isEmpty()) {
            pauseRelease(phase, tr("A migration phase needs the Odoo database of %1, which is not configured.")
                                    .arg(phase.environment),
                         false);
            return;
        }
        whenFinished(m_store->gateOverrides(changeId), this, [this, phase, generation, env, changeId](
                                                        const Models::Result<QList<Models::GateOverride>> &overrides) {
            if (generation != m_generation)
                return;
            if (!overrides)
                return fail(overrides.error().message);
            const Models::GateOverride *archivingOverride = nullptr;
            for (const Models::GateOverride &o : overrides.value()) {
                if (o.gate == QLatin1String("wal-archiving") && o.environment == phase.environment)
                    archivingOverride = &o;
            }
            const std::optional<Models::GateOverride> override =
                archivingOverride ? std::optional(*archivingOverride) : std::nullopt;
            auto withArchiving = [this, phase, generation, env, changeId, override](
                                     const Models::Result<OdooProbes::WalArchiving> &archiving) {
                if (generation != m_generation)
                    return;
                QString why;
                const bool failing = !archiving ? (why = archiving.error().message, true)
                                                : archivingFailing(archiving.value(), &why);
                if (failing && !override) {
                    pauseRelease(phase, tr("Migration refused: %1").arg(why), false);
                    return;
                }
                const QString name = QStringLiteral("gatehouse-change-%1").arg(changeId);
                auto create = [this, phase, generation, env, name, failing, why, override] {
                    whenFinished(createRestorePoint(env->odooConninfo, env->odooPassword, name), this, [this, phase, generation, failing, why, override](
                                        const Models::Result<Models::RestorePoint> &point) {
                            if (generation != m_generation)
                                return;
                            if (!point) {
                                pauseRelease(phase, tr("The restore point could not be created: %1")
                                                        .arg(point.error().message),
                                             false);
                                return;
                            }
                            Models::RestorePoint recorded = point.value();
                            recorded.phase = phase.position;
                            recorded.environment = phase.environment;
                            whenFinished(m_store->recordRestorePoint(m_releaseId, m_settings.holder, recorded), this, [this, phase, generation](const Models::Status &status) {
                                    if (generation != m_generation)
                                        return;
                                    if (!status)
                                        return fail(status.error().message);
                                    openPhaseKube(phase);
                                });
                        });
                };
                if (failing && override) {
                    recordAction(phase.position, QStringLiteral("archiving-override"), phase.environment,
                                 override->reason,
                                 QJsonObject{{QStringLiteral("problem"), why},
                                             {QStringLiteral("overriddenBy"), override->by},
                                             {QStringLiteral("overriddenAt"), override->at.toString(Qt::ISODate)}},
                                 create);
                } else {
                    create();
                }
            };
            if (env->probes) {
                whenFinished(env->probes->probe(), this, [withArchiving](const Models::Result<OdooProbes::Snapshot> &snapshot) {
                    if (snapshot)
                        withArchiving(snapshot->archiving);
                    else
                        withArchiving(Models::Result<OdooProbes::WalArchiving>::failure(snapshot.error().message));
                });
            } else {
                whenFinished(readArchiving(env->odooConninfo, env->odooPassword), this, [withArchiving](const Models::Result<OdooProbes::WalArchiving> &archiving) {
                        withArchiving(archiving);
                    });
            }
        });
    };
    if (!opens)
        return afterGates();

    // The changes that target this environment move to in progress once its gates pass;
    // the database's lifecycle rules (role, separation of duties) can refuse that.
    auto startChanges = [this, phase, generation, afterGates] {
        moveChanges(phase.environment, Models::ChangeState::InProgress, [this, phase, generation, afterGates](const QString &error) {
            if (generation != m_generation)
                return;
            if (!error.isEmpty()) {
                pauseRelease(phase, tr("The changes for %1 could not be started: %2").arg(phase.environment, error), false);
                return;
            }
            afterGates();
        });
    };

    // Promotion into a new environment: the gates of the changes that target it.
    const QList<Models::ChangeRequest> changes = changesFor(phase.environment);
    if (changes.isEmpty()) {
        pauseRelease(phase, tr("No change of this release targets %1: nothing approves it there.").arg(phase.environment),
                     false);
        return;
    }
    auto reports = std::make_shared<QList<Models::GateReport>>();
    auto remaining = std::make_shared<int>(int(changes.size()));
    for (const Models::ChangeRequest &change : changes) {
        const QStringList gates = m_settings.gatesByEnvironment.value(phase.environment, m_settings.gates);
        auto evaluation = std::make_shared<Models::GateEvaluation>(change, phase.environment, gates);
        evaluation->setScope(m_scopes.value(change.id));
        auto pending = std::make_shared<int>(m_gateSource ? 4 : 3);
        auto evaluated = [this, generation, evaluation, pending, reports, remaining, phase, startChanges, env] {
            if (--*pending > 0 || generation != m_generation)
                return;
            reports->append(evaluation->evaluate(QDateTime::currentDateTimeUtc()));
            if (--*remaining > 0)
                return;
            QJsonArray evidence;
            QStringList blocked;
            for (const Models::GateReport &report : std::as_const(*reports)) {
                evidence.append(QJsonDocument::fromJson(report.toJson()).object());
                if (!report.allowed)
                    blocked.append(report.toText());
            }
            const bool allowed = blocked.isEmpty();
            recordAction(phase.position, QStringLiteral("gates"), phase.environment,
                         allowed ? tr("Gates pass for %1.").arg(phase.environment)
                                 : tr("Gates block %1.").arg(phase.environment),
                         QJsonObject{{QStringLiteral("allowed"), allowed}, {QStringLiteral("reports"), evidence}},
                         [this, phase, allowed, blocked, startChanges, env, generation] {
                             if (!allowed) {
                                 pauseRelease(phase, tr("Gates block %1: %2").arg(phase.environment, blocked.join(QLatin1Char('\n'))),
                                              false);
                                 return;
                             }
                             if (!env->alertmanager)
                                 return startChanges();
                             // Silence each change's expected alerts for its window.
                             const QList<Models::ChangeRequest> targeting = changesFor(phase.environment);
                             auto left = std::make_shared<int>(int(targeting.size()));
                             for (const Models::ChangeRequest &silenced : targeting) {
                                 const auto silence = AlertmanagerClient::silenceForChange(silenced, QStringLiteral("gatehouse"));
                                 whenFinished(env->alertmanager->createSilence(silence), this, [this, phase, silenced, left, startChanges, generation, silence](const Models::Result<QString> &id) {
                                         if (generation != m_generation)
                                             return;
                                         const auto next = [left, startChanges] {
                                             if (--*left == 0)
                                                 startChanges();
                                         };
                                         if (!id) {
                                             Q_EMIT stepFailed(id.error().message);
                                             recordAction(phase.position, QStringLiteral("silence-failed"), phase.environment,
                                                          id.error().message, {}, next);
                                             return;
                                         }
                                         recordAction(phase.position, QStringLiteral("silence"), phase.environment,
                                                      tr("Expected alerts of change %1 silenced for its window.").arg(silenced.id),
                                                      QJsonObject{{QStringLiteral("id"), id.value()},
                                                                  {QStringLiteral("environment"), phase.environment},
                                                                  {QStringLiteral("change"), double(silenced.id)},
                                                                  {QStringLiteral("endsAt"), silence.endsAt.toString(Qt::ISODate)}},
                                                      next);
                                     });
                             }
                         });
        };
        if (m_gateSource) {
            whenFinished(m_gateSource(change, m_scopes.value(change.id), phase.environment, gates), this,
                         [evaluation, evaluated](const QList<Models::GateResult> &results) {
                             for (const Models::GateResult &result : results)
                                 evaluation->setResult(result);
                             evaluated();
                         },
                         evaluated); // canceled: those gates stay Unknown
        }
        whenFinished(m_store->approvals(change.id), this, [evaluation, evaluated](const Models::Result<QList<Models::Approval>> &a) {
            if (a)
                evaluation->setApprovals(a.value());
            evaluated();
        });
        whenFinished(m_store->gateOverrides(change.id), this, [evaluation, evaluated](const Models::Result<QList<Models::GateOverride>> &o) {
            if (o)
                evaluation->setOverrides(o.value());
            evaluated();
        });
        whenFinished(m_store->completedArtifacts(m_settings.stagingEnvironments), this, [this, evaluation, evaluated](const Models::Result<QList<Models::CompletedArtifact>> &c) {
                if (c)
                    evaluation->setStagingEvidence(m_settings.stagingEnvironments, c.value());
                evaluated();
            });
    }
}

void ReleaseExecutor::openPhaseKube(const ReleasePhase &phase)
{
    const ReleaseEnvironment *env = environment(phase.environment);
    const quint64 generation = m_generation;
    const bool canary = phase.kind == PhaseKind::Canary;
    const QString action = canary ? QStringLiteral("set-image") : QStringLiteral("resume");
    Q_EMIT actionStarted(action, target(phase), QDateTime::currentDateTimeUtc());
    QFuture<Models::Result<KubeActionOutcome>> future;
    const Models::KubeDeployment *deployment = env->kube ? env->kube->store()->deployment(phase.workload) : nullptr;
    if (canary)
        future = env->actions->setImage(phase.workload, phase.container, phase.image);
    else if (deployment && !deployment->paused)
        future = QtFuture::makeReadyFuture(Models::Result<KubeActionOutcome>(KubeActionOutcome{
            action, phase.workload, QString(), tr("already running"), {}, {}, false}));
    else
        future = env->actions->resume(phase.workload);
    whenFinished(future, this, [this, phase, generation, action](const Models::Result<KubeActionOutcome> &outcome) {
        if (generation != m_generation)
            return;
        if (!outcome) {
            // kubectl's client-side refusals for an already applied step are not failures.
            if (!outcome.error().message.contains(QLatin1String("not paused"))) {
                pauseRelease(phase, tr("%1 on %2 failed: %3").arg(action, target(phase), outcome.error().message), false);
                return;
            }
        }
        QJsonObject detail;
        if (outcome) {
            detail.insert(QStringLiteral("summary"), outcome->summary);
            detail.insert(QStringLiteral("before"), outcome->before);
            detail.insert(QStringLiteral("after"), outcome->after);
        }
        detail.insert(QStringLiteral("image"), phase.image);
        recordAction(phase.position, action, target(phase),
                     phase.kind == PhaseKind::Canary ? tr("Canary of %1").arg(phase.image)
                                                     : tr("Rest of the rollout of %1").arg(phase.image),
                     detail, [this, phase, generation] {
                         whenFinished(m_store->setPhaseState(m_releaseId, m_settings.holder, phase.position, PhaseState::Rolling), this, [this, generation](const Models::Status &status) {
                                 if (generation != m_generation)
                                     return;
                                 if (!status)
                                     return fail(status.error().message);
                                 stepDone();
                             });
                     });
    });
}

bool ReleaseExecutor::rolloutReady(const ReleasePhase &phase, bool canary) const
{
    const ReleaseEnvironment *env = environment(phase.environment);
    if (!env || !env->kube)
        return false;
    const Models::KubeStore *store = env->kube->store();
    const Models::KubeDeployment *deployment = store->deployment(phase.workload);
    if (!deployment)
        return false;
    int readyNew = 0;
    int total = 0;
    for (const Models::KubePod &pod : store->pods()) {
        if (!store->podBelongsTo(pod, phase.workload))
            continue;
        ++total;
        bool onImage = false;
        for (const Models::KubeContainerStatus &status : pod.containers) {
            if (status.image == phase.image)
                onImage = true;
        }
        if (onImage && pod.ready)
            ++readyNew;
    }
    if (canary)
        return readyNew >= 1;
    return !deployment->paused && deployment->updatedReplicas >= deployment->replicas
           && deployment->availableReplicas >= deployment->replicas && readyNew >= deployment->replicas
           && total == readyNew;
}

QString ReleaseExecutor::rolloutStalled(const ReleasePhase &phase) const
{
    const ReleaseEnvironment *env = environment(phase.environment);
    const Models::KubeDeployment *deployment = env && env->kube ? env->kube->store()->deployment(phase.workload) : nullptr;
    if (!deployment || !deployment->progressDeadlineExceeded())
        return {};
    // Only this phase's rollout: an older rollout that stalled is not what is being watched.
    bool onImage = false;
    for (const Models::KubeContainer &container : deployment->containers)
        onImage = onImage || container.image == phase.image;
    if (!onImage)
        return {};
    const Models::KubeCondition *progressing = deployment->condition(QStringLiteral("Progressing"));
    QString why = progressing ? progressing->message.trimmed() : QString();
    while (why.endsWith(QLatin1Char('.')))
        why.chop(1);
    return tr("The rollout of %1 to %2 made no progress within its deadline: %3. Roll back, or fix it and continue.")
        .arg(target(phase), phase.image, why.isEmpty() ? QStringLiteral("ProgressDeadlineExceeded") : why);
}

void ReleaseExecutor::watchPhase(const ReleasePhase &phase)
{
    const quint64 generation = m_generation;
    evaluateCriteria(phase, [this, phase, generation](bool stoppedRelease, bool conclusive) {
        if (generation != m_generation || stoppedRelease)
            return;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const bool canary = phase.kind == PhaseKind::Canary;
        // After a person's pause and "Continue" the Deployment is still paused: the rest of a
        // rollout, or a canary without a ready new pod, goes on only once it is resumed.
        const ReleaseEnvironment *resumeEnv = environment(phase.environment);
        const Models::KubeDeployment *deployment =
            resumeEnv && resumeEnv->kube ? resumeEnv->kube->store()->deployment(phase.workload) : nullptr;
        if (deployment && deployment->paused && resumeEnv->actions && resumeOwed(phase)
            && (!canary || (phase.state == PhaseState::Rolling && !rolloutReady(phase, true)))) {
            Q_EMIT actionStarted(QStringLiteral("resume"), target(phase), now);
            whenFinished(resumeEnv->actions->resume(phase.workload), this,
                         [this, phase, generation](const Models::Result<KubeActionOutcome> &outcome) {
                             if (generation != m_generation)
                                 return;
                             recordAction(phase.position, QStringLiteral("resume"), target(phase),
                                          tr("Continued: the rollout of %1 goes on.").arg(phase.image),
                                          outcome ? QJsonObject{{QStringLiteral("summary"), outcome->summary}}
                                                  : QJsonObject{{QStringLiteral("error"), outcome.error().message}},
                                          [this] { stepDone(); });
                         });
            return;
        }
        if (phase.state == PhaseState::Rolling) {
            // New pods that never become ready (an image that cannot be pulled, a crash
            // loop) end in the Deployment's progress deadline; waiting longer helps no one.
            if (const QString stalled = rolloutStalled(phase); !stalled.isEmpty())
                return pauseRelease(phase, stalled, true);
            if (!rolloutReady(phase, canary))
                return stepDone();
            const auto toBaking = [this, phase, generation] {
                whenFinished(m_store->setPhaseState(m_releaseId, m_settings.holder, phase.position, PhaseState::Baking), this, [this, generation](const Models::Status &status) {
                        if (generation != m_generation)
                            return;
                        if (!status)
                            return fail(status.error().message);
                        stepDone();
                    });
            };
            if (!canary)
                return toBaking();
            const ReleaseEnvironment *env = environment(phase.environment);
            Q_EMIT actionStarted(QStringLiteral("pause"), target(phase), now);
            whenFinished(env->actions->pause(phase.workload), this, [this, phase, generation, toBaking](const Models::Result<KubeActionOutcome> &outcome) {
                if (generation != m_generation)
                    return;
                if (!outcome && !outcome.error().message.contains(QLatin1String("already paused"))) {
                    pauseRelease(phase, tr("Pausing %1 after the canary failed: %2").arg(target(phase), outcome.error().message), false);
                    return;
                }
                recordAction(phase.position, QStringLiteral("pause"), target(phase),
                             tr("First new pods are ready: the canary bakes."),
                             QJsonObject{{QStringLiteral("image"), phase.image}}, toBaking);
            });
            return;
        }
        // Baking: done once the bake time passed without a breach, and only on data:
        // a criterion still waiting for its first sample never lets a phase pass.
        if (conclusive && phase.bakeStartedAt.isValid() && phase.bakeStartedAt.msecsTo(now) >= phase.bakeSeconds * 1000) {
            const auto complete = [this, phase, generation] {
                whenFinished(m_store->setPhaseState(m_releaseId, m_settings.holder, phase.position, PhaseState::Completed), this, [this, generation](const Models::Status &status) {
                        if (generation != m_generation)
                            return;
                        if (!status)
                            return fail(status.error().message);
                        stepDone();
                        // The next phase starts without waiting for the next interval.
                        QTimer::singleShot(0, this, &ReleaseExecutor::tick);
                    });
            };
            if (Models::ReleasePlan::closesEnvironment(m_release.phases, phase.position)) {
                // The environment is done: its changes complete before its last phase does,
                // so an executor restarted in between completes them again (idempotent).
                return expireSilences(phase.environment, [this, phase, generation, complete] {
                    moveChanges(phase.environment, Models::ChangeState::Completed,
                                [this, generation, complete](const QString &error) {
                                    if (generation != m_generation)
                                        return;
                                    if (!error.isEmpty())
                                        Q_EMIT stepFailed(error);
                                    complete();
                                });
                });
            }
            return complete();
        }
        stepDone();
    });
}

void ReleaseExecutor::evaluateCriteria(const ReleasePhase &phase, std::function<void(bool, bool)> next)
{
    const ReleaseEnvironment *env = environment(phase.environment);
    QList<Models::RollbackCriterion> criteria;
    QSet<QString> seen;
    for (const Models::ChangeRequest &change : changesFor(phase.environment)) {
        for (const Models::RollbackCriterion &criterion : m_scopes.value(change.id).rollbackCriteria) {
            if (!seen.contains(criterion.name)) {
                seen.insert(criterion.name);
                criteria.append(criterion);
            }
        }
    }
    if (criteria.isEmpty() || !env || !env->prometheus)
        return next(false, true);
    const quint64 generation = m_generation;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime windowStart = criteriaWindowStart(phase, now);
    const auto step = std::chrono::seconds(std::max<qint64>(1, m_settings.evaluationInterval.count() / 1000));
    auto outcomes = std::make_shared<QList<QPair<Models::RollbackCriterion, Models::CriterionEvaluator::Outcome>>>();
    auto remaining = std::make_shared<int>(int(criteria.size()));
    for (const Models::RollbackCriterion &criterion : criteria) {
        QString query = criterion.query;
        query.replace(QLatin1String("$environment"), phase.environment);
        // Range from the phase start: a breach between two evaluations is seen with its real time.
        whenFinished(env->prometheus->queryRange(query, windowStart.addSecs(-1), now, step), this, [this, generation, criterion, windowStart, now, outcomes, remaining, phase, next](
                            const Models::Result<QList<Models::TimeSeries>> &series) {
                if (generation != m_generation)
                    return;
                QList<Models::CriterionEvaluator::Sample> samples;
                if (series) {
                    for (const Models::TimeSeries &one : series.value()) {
                        for (const QPointF &point : one.points)
                            samples.append({QDateTime::fromMSecsSinceEpoch(qint64(point.x()), Qt::UTC), point.y()});
                    }
                }
                const Models::CriterionEvaluator evaluator(criterion);
                const auto outcome = evaluator.evaluate(samples, windowStart, QDateTime::currentDateTimeUtc(),
                                                        m_settings.noDataAfter.count());
                Q_EMIT criterionEvaluated(phase.position, criterion.name, outcome);
                outcomes->append({criterion, outcome});
                Models::CriterionSample sample;
                sample.phase = phase.position;
                sample.criterion = criterion.name;
                sample.value = outcome.latest;
                sample.verdict = Models::CriterionEvaluator::toString(outcome.verdict);
                sample.at = now;
                m_store->recordCriterionSample(m_releaseId, m_settings.holder, sample);
                if (--*remaining > 0)
                    return;
                for (const auto &[c, o] : std::as_const(*outcomes)) {
                    if (o.verdict == Verdict::Breach) {
                        Q_EMIT breachDetected(phase.position, c.name, o.breachSince, o.breachedAt,
                                              QDateTime::currentDateTimeUtc());
                        handleBreach(phase, c, o, false);
                        return next(true, true);
                    }
                }
                for (const auto &[c, o] : std::as_const(*outcomes)) {
                    if (o.verdict == Verdict::Inconclusive) {
                        handleBreach(phase, c, o, true);
                        return next(true, false);
                    }
                }
                bool conclusive = true;
                for (const auto &[c, o] : std::as_const(*outcomes))
                    conclusive = conclusive && o.verdict == Verdict::Pass;
                next(false, conclusive);
            });
    }
}

void ReleaseExecutor::handleBreach(const ReleasePhase &phase, const Models::RollbackCriterion &criterion,
                                   const Models::CriterionEvaluator::Outcome &outcome, bool inconclusive)
{
    const quint64 generation = m_generation;
    const QDateTime detected = QDateTime::currentDateTimeUtc();
    QJsonObject detail{{QStringLiteral("criterion"), criterion.name},
                       {QStringLiteral("query"), criterion.query},
                       {QStringLiteral("comparison"), criterion.comparison},
                       {QStringLiteral("threshold"), criterion.threshold},
                       {QStringLiteral("durationSeconds"), double(criterion.durationSeconds)},
                       {QStringLiteral("verdict"), Models::CriterionEvaluator::toString(outcome.verdict)},
                       {QStringLiteral("detectedAt"), detected.toString(Qt::ISODateWithMs)}};
    if (outcome.latest)
        detail.insert(QStringLiteral("latest"), *outcome.latest);
    if (outcome.worst)
        detail.insert(QStringLiteral("worst"), *outcome.worst);
    if (outcome.breachSince.isValid())
        detail.insert(QStringLiteral("breachSince"), outcome.breachSince.toString(Qt::ISODateWithMs));
    if (outcome.breachedAt.isValid())
        detail.insert(QStringLiteral("breachedAt"), outcome.breachedAt.toString(Qt::ISODateWithMs));

    if (inconclusive || criterion.action != QLatin1String("rollback")) {
        const QString reason = inconclusive ? tr("Paused, a person must decide: %1").arg(outcome.explanation)
                                            : tr("Paused by criterion: %1").arg(outcome.explanation);
        recordAction(phase.position, QStringLiteral("criterion"), target(phase), reason, detail,
                     [this, phase, reason] { pauseRelease(phase, reason, true); });
        return;
    }

    const QString reason = tr("Rolled back by criterion: %1").arg(outcome.explanation);
    rollBackEnvironment(phase.environment, reason, detail, [this, generation, reason](bool ok) {
        if (generation != m_generation)
            return;
        finishRelease(ok ? ReleaseState::RolledBack : ReleaseState::Failed, reason);
    });
}

void ReleaseExecutor::pauseRelease(const ReleasePhase &phase, const QString &reason, bool pauseDeployment)
{
    const quint64 generation = m_generation;
    const auto record = [this, phase, reason, generation] {
        whenFinished(m_store->setPhaseState(m_releaseId, m_settings.holder, phase.position, PhaseState::Paused, reason), this, [this, reason, generation](const Models::Status &status) {
                if (generation != m_generation)
                    return;
                if (!status)
                    return fail(status.error().message);
                whenFinished(m_store->setReleaseState(m_releaseId, m_settings.holder, ReleaseState::Paused, reason), this, [this, reason, generation](const Models::Result<Models::Release> &r) {
                        if (generation != m_generation)
                            return;
                        if (!r)
                            return fail(r.error().message);
                        m_release = r.value();
                        Q_EMIT releaseUpdated(m_release);
                        Q_EMIT stopped(ReleaseState::Paused, reason);
                        stepDone();
                    });
            });
    };
    const ReleaseEnvironment *env = environment(phase.environment);
    const Models::KubeDeployment *deployment =
        env && env->kube ? env->kube->store()->deployment(phase.workload) : nullptr;
    if (!pauseDeployment || !env || !env->actions || (deployment && deployment->paused))
        return record();
    Q_EMIT actionStarted(QStringLiteral("pause"), target(phase), QDateTime::currentDateTimeUtc());
    whenFinished(env->actions->pause(phase.workload), this, [this, phase, reason, record, generation](const Models::Result<KubeActionOutcome> &outcome) {
        if (generation != m_generation)
            return;
        recordAction(phase.position, QStringLiteral("pause"), target(phase), reason,
                     outcome ? QJsonObject{{QStringLiteral("summary"), outcome->summary}}
                             : QJsonObject{{QStringLiteral("error"), outcome.error().message}},
                     record);
    });
}

void ReleaseExecutor::expireSilences(const QString &environmentName, std::function<void()> next)
{
    const ReleaseEnvironment *env = environment(environmentName);
    QStringList open;
    for (const Models::ReleaseAction &action : std::as_const(m_release.actions)) {
        const QJsonObject detail = parse(action.detail);
        if (detail.value(QStringLiteral("environment")).toString() != environmentName)
            continue;
        const QString id = detail.value(QStringLiteral("id")).toString();
        if (action.action == QLatin1String("silence"))
            open.append(id);
        else if (action.action == QLatin1String("silence-expired"))
            open.removeAll(id);
    }
    if (open.isEmpty() || !env || !env->alertmanager)
        return next();
    const quint64 generation = m_generation;
    auto left = std::make_shared<int>(int(open.size()));
    for (const QString &id : std::as_const(open)) {
        whenFinished(env->alertmanager->expireSilence(id), this, [this, id, left, next, environmentName, generation](const Models::Status &status) {
            if (generation != m_generation)
                return;
            recordAction(-1, QStringLiteral("silence-expired"), environmentName,
                         status ? tr("The change window's silence was removed.") : status.error().message,
                         QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("environment"), environmentName}},
                         [left, next] {
                             if (--*left == 0)
                                 next();
                         });
        });
    }
}

void ReleaseExecutor::finishRelease(ReleaseState state, const QString &reason)
{
    const quint64 generation = m_generation;
    if ((state == ReleaseState::RolledBack || state == ReleaseState::Failed) && !m_release.isFinal()) {
        // The changes it scheduled for environments it never reached go back to approved
        // before the release is final, so an executor taking over in between does it again.
        const QString why = tr("Release %1 stopped before it reached this change's environment: %2")
                                .arg(m_releaseId)
                                .arg(reason);
        return moveChanges(QString(), Models::ChangeState::Approved,
                           [this, generation, state, reason](const QString &error) {
                               if (generation != m_generation)
                                   return;
                               if (!error.isEmpty())
                                   Q_EMIT stepFailed(error);
                               setFinalState(state, reason);
                           },
                           why);
    }
    setFinalState(state, reason);
}

void ReleaseExecutor::setFinalState(ReleaseState state, const QString &reason)
{
    const quint64 generation = m_generation;
    whenFinished(m_store->setReleaseState(m_releaseId, m_settings.holder, state, reason), this, [this, generation](const Models::Result<Models::Release> &r) {
            if (generation != m_generation)
                return;
            if (!r)
                return fail(r.error().message);
            m_release = r.value();
            Q_EMIT releaseUpdated(m_release);
            m_timer.stop();
            if (!m_finishedSignalled) {
                m_finishedSignalled = true;
                Q_EMIT stopped(m_release.state, m_release.stopReason);
            }
            stepDone();
        });
}

bool ReleaseExecutor::resumeOwed(const ReleasePhase &phase) const
{
    QDateTime continued;
    QDateTime resumed;
    for (const Models::ReleaseAction &action : std::as_const(m_release.actions)) {
        if (action.phase != phase.position)
            continue;
        if (action.action == QLatin1String("continue"))
            continued = action.at;
        else if (action.action == QLatin1String("resume"))
            resumed = action.at;
    }
    return continued.isValid() && (!resumed.isValid() || resumed < continued);
}

QDateTime ReleaseExecutor::criteriaWindowStart(const ReleasePhase &phase, const QDateTime &now) const
{
    // After a person continued the phase, its criteria are judged from that moment: the
    // breach or the missing data that paused it was what the person decided on.
    QDateTime start = phase.startedAt.isValid() ? phase.startedAt : now;
    for (const Models::ReleaseAction &action : std::as_const(m_release.actions)) {
        if (action.action == QLatin1String("continue") && action.phase == phase.position && action.at > start)
            start = action.at;
    }
    return start;
}

void ReleaseExecutor::handleRequests()
{
    const quint64 generation = m_generation;
    whenFinished(m_store->releaseRequests(m_releaseId), this,
                 [this, generation](const Models::Result<QList<Models::ReleaseRequest>> &requests) {
                     if (generation != m_generation)
                         return;
                     if (!requests)
                         return fail(requests.error().message);
                     m_requests = requests.value();
                     Q_EMIT requestsUpdated(m_requests);
                     if (m_release.isFinal())
                         return advance();
                     for (const Models::ReleaseRequest &request : std::as_const(m_requests)) {
                         if (request.isOpen() && request.kind == QLatin1String("rollback"))
                             return carryOutRollback(request);
                     }
                     for (const Models::ReleaseRequest &request : std::as_const(m_requests)) {
                         if (request.isOpen() && request.kind == QLatin1String("pause"))
                             return carryOutPause(request);
                     }
                     advance();
                 });
}

void ReleaseExecutor::markHandled(const Models::ReleaseRequest &request, const QString &outcome,
                                  std::function<void()> next)
{
    const quint64 generation = m_generation;
    whenFinished(m_store->markReleaseRequestHandled(m_releaseId, m_settings.holder, request.id, outcome), this,
                 [this, generation, next = std::move(next)](const Models::Status &status) {
                     if (generation != m_generation)
                         return;
                     if (!status)
                         return fail(status.error().message);
                     next();
                 });
}

void ReleaseExecutor::carryOutRollback(const Models::ReleaseRequest &request)
{
    const quint64 generation = m_generation;
    const QString reason = tr("Rolled back by %1: %2").arg(request.by, request.reason);
    const QJsonObject detail{{QStringLiteral("request"), double(request.id)},
                             {QStringLiteral("requestedBy"), request.by},
                             {QStringLiteral("requestedAt"), request.at.toString(Qt::ISODateWithMs)}};
    rollBackEnvironment(request.environment, reason, detail, [this, generation, request, reason](bool ok) {
        if (generation != m_generation)
            return;
        markHandled(request, ok ? tr("Rolled back.") : tr("The rollback failed."), [this, ok, reason] {
            finishRelease(ok ? ReleaseState::RolledBack : ReleaseState::Failed, reason);
        });
    });
}

void ReleaseExecutor::carryOutPause(const Models::ReleaseRequest &request)
{
    if (m_release.state != ReleaseState::Paused)
        return markHandled(request, tr("Continued before the executor acted."), [this] { advance(); });
    const ReleasePhase phase = m_release.phases.value(request.phase);
    const ReleaseEnvironment *env = environment(phase.environment);
    const Models::KubeDeployment *deployment =
        env && env->kube ? env->kube->store()->deployment(phase.workload) : nullptr;
    const bool moving = phase.startedAt.isValid() && !phase.finishedAt.isValid() && deployment && !deployment->paused;
    if (!moving || !env->actions)
        return markHandled(request, tr("Nothing was rolling out."), [this] { stepDone(); });
    const quint64 generation = m_generation;
    const QString reason = tr("Paused by %1: %2").arg(request.by, request.reason);
    Q_EMIT actionStarted(QStringLiteral("pause"), target(phase), QDateTime::currentDateTimeUtc());
    whenFinished(env->actions->pause(phase.workload), this,
                 [this, generation, phase, request, reason](const Models::Result<KubeActionOutcome> &outcome) {
                     if (generation != m_generation)
                         return;
                     QJsonObject detail{{QStringLiteral("request"), double(request.id)}};
                     if (outcome)
                         detail.insert(QStringLiteral("summary"), outcome->summary);
                     else
                         detail.insert(QStringLiteral("error"), outcome.error().message);
                     recordAction(phase.position, QStringLiteral("pause"), target(phase), reason, detail,
                                  [this, request, ok = bool(outcome)] {
                                      markHandled(request, ok ? tr("Deployment paused.") : tr("Pausing the Deployment failed."),
                                                  [this] { stepDone(); });
                                  });
                 });
}

struct ReleaseExecutor::RollbackRun
{
    QString environment;
    QString reason;
    QJsonObject detail;
    QList<int> positions;        ///< phases of the environment that moved, to mark rolled back
    QList<ReleasePhase> undo;    ///< one phase per workload to undo, latest first
    int next = 0;
    bool ok = true;
    std::function<void(bool)> done;
};

void ReleaseExecutor::rollBackEnvironment(const QString &environmentName, const QString &reason,
                                          const QJsonObject &detail, std::function<void(bool ok)> done)
{
    // The decision is stored before anything is undone: an executor that takes over
    // after a crash in between finishes this rollback instead of judging criteria again.
    const int current = int(m_release.currentPhase);
    const bool recordIntent = current < m_release.phases.size()
                              && m_release.phases.at(current).environment == environmentName
                              && Models::ReleasePlan::canTransition(m_release.phases.at(current).state,
                                                                    PhaseState::RollingBack);
    if (!recordIntent)
        return startRollback(environmentName, reason, detail, std::move(done));
    const quint64 generation = m_generation;
    recordAction(current, QStringLiteral("rollback-started"), environmentName, reason, detail,
                 [this, generation, current, environmentName, reason, detail, done = std::move(done)]() mutable {
                     whenFinished(m_store->setPhaseState(m_releaseId, m_settings.holder, current, PhaseState::RollingBack, reason),
                                  this, [this, generation, current, environmentName, reason, detail, done = std::move(done)](const Models::Status &status) mutable {
                                      if (generation != m_generation)
                                          return;
                                      if (!status)
                                          return fail(status.error().message);
                                      m_release.phases[current].state = PhaseState::RollingBack;
                                      m_release.phases[current].note = reason;
                                      if (crashedAt(QStringLiteral("rollback-intent-recorded")))
                                          return;
                                      startRollback(environmentName, reason, detail, std::move(done));
                                  });
                 });
}

void ReleaseExecutor::startRollback(const QString &environmentName, const QString &reason, const QJsonObject &detail,
                                    std::function<void(bool ok)> done)
{
    auto run = std::make_shared<RollbackRun>();
    run->environment = environmentName;
    run->reason = reason;
    run->detail = detail;
    run->done = std::move(done);
    QSet<QString> workloads;
    const qint64 request = detail.value(QStringLiteral("request")).toInteger();
    // Undone by this same rollback before an executor restart: by the same request, or
    // after the decision this rollback resumes was recorded.
    QSet<QString> alreadyUndone;
    bool sinceDecision = false;
    for (const Models::ReleaseAction &action : std::as_const(m_release.actions)) {
        if (action.action == QLatin1String("rollback-started") && action.target == environmentName) {
            sinceDecision = true;
            alreadyUndone.clear();
        }
        if (action.action != QLatin1String("undo") && action.action != QLatin1String("undo-skipped"))
            continue;
        if ((request > 0 && parse(action.detail).value(QStringLiteral("request")).toInteger() == request) || sinceDecision)
            alreadyUndone.insert(action.target);
    }
    for (qsizetype i = m_release.phases.size() - 1; i >= 0; --i) {
        const ReleasePhase &phase = m_release.phases.at(i);
        if (phase.environment == environmentName && phase.state == PhaseState::RollingBack && !phase.startedAt.isValid()) {
            run->positions.append(phase.position); // the decision's phase, though nothing of it moved
            continue;
        }
        if (phase.environment != environmentName || !phase.startedAt.isValid())
            continue;
        if (phase.state == PhaseState::RolledBack || phase.state == PhaseState::Failed)
            continue;
        run->positions.append(phase.position);
        if (workloads.contains(phase.workload))
            continue;
        workloads.insert(phase.workload);
        if (!alreadyUndone.contains(target(phase)))
            run->undo.append(phase);
    }
    undoNext(run);
}

void ReleaseExecutor::undoNext(const std::shared_ptr<RollbackRun> &run)
{
    const quint64 generation = m_generation;
    if (run->next >= run->undo.size()) {
        // Every workload is undone (or one failed): record the phases, move the changes.
        const auto finish = [this, run, generation] {
            moveChanges(run->environment, run->ok ? Models::ChangeState::RolledBack : Models::ChangeState::Failed,
                        [this, run, generation](const QString &error) {
                            if (generation != m_generation)
                                return;
                            if (!error.isEmpty())
                                Q_EMIT stepFailed(error);
                            expireSilences(run->environment, [run] { run->done(run->ok); });
                        });
        };
        if (run->positions.isEmpty())
            return finish();
        const auto marked = [this, generation, finish](const Models::Status &status) {
            if (generation != m_generation)
                return;
            if (!status)
                return fail(status.error().message);
            finish();
        };
        if (run->ok)
            return whenFinished(m_store->rollBackReleasePhases(m_releaseId, m_settings.holder, run->positions, run->reason),
                                this, marked);
        return whenFinished(m_store->setPhaseState(m_releaseId, m_settings.holder, run->positions.constFirst(),
                                                   PhaseState::Failed, run->reason),
                            this, marked);
    }
    const ReleasePhase phase = run->undo.at(run->next++);
    const ReleaseEnvironment *env = environment(phase.environment);
    if (!env || !env->actions) {
        run->ok = false;
        return recordAction(phase.position, QStringLiteral("undo"), target(phase), run->reason,
                            QJsonObject{{QStringLiteral("error"),
                                         tr("Gatehouse has no connection to environment %1.").arg(phase.environment)}},
                            [this, run] { undoNext(run); });
    }
    const Models::KubeDeployment *deployment = env->kube ? env->kube->store()->deployment(phase.workload) : nullptr;
    if (deployment) {
        // Undone already (by an executor that stopped before recording it), or never
        // changed: another undo would go back one revision too far.
        const QString container = phase.container.isEmpty() ? phase.workload : phase.container;
        QString running;
        for (const auto &spec : deployment->containers) {
            if (spec.name == container)
                running = spec.image;
        }
        if (!running.isEmpty() && running != phase.image) {
            QJsonObject full = run->detail;
            full.insert(QStringLiteral("environment"), phase.environment);
            full.insert(QStringLiteral("workload"), phase.workload);
            full.insert(QStringLiteral("image"), running);
            return recordAction(phase.position, QStringLiteral("undo-skipped"), target(phase),
                                tr("%1 already runs %2, not the release's image.").arg(target(phase), running), full,
                                [this, run] { undoNext(run); });
        }
    }
    const auto undo = [this, run, phase, env, generation] {
        Q_EMIT actionStarted(QStringLiteral("undo"), target(phase), QDateTime::currentDateTimeUtc());
        whenFinished(env->actions->undo(phase.workload), this,
                     [this, run, phase, generation](const Models::Result<KubeActionOutcome> &undone) {
                         if (generation != m_generation)
                             return;
                         if (crashedAt(QStringLiteral("undo-done")))
                             return;
                         QJsonObject full = run->detail;
                         full.insert(QStringLiteral("environment"), phase.environment);
                         full.insert(QStringLiteral("workload"), phase.workload);
                         if (undone) {
                             full.insert(QStringLiteral("before"), undone->before);
                             full.insert(QStringLiteral("after"), undone->after);
                         } else {
                             run->ok = false;
                             full.insert(QStringLiteral("error"), undone.error().message);
                         }
                         recordAction(phase.position, QStringLiteral("undo"), target(phase), run->reason, full,
                                      [this, run] { undoNext(run); });
                     });
    };
    const bool paused = deployment ? deployment->paused
                                   : phase.kind == PhaseKind::Canary
                                         && (phase.state == PhaseState::Baking || phase.state == PhaseState::Paused);
    if (!paused)
        return undo();
    // kubectl refuses to undo a paused Deployment: resume it first, as a person would.
    Q_EMIT actionStarted(QStringLiteral("resume"), target(phase), QDateTime::currentDateTimeUtc());
    whenFinished(env->actions->resume(phase.workload), this, [undo](const Models::Result<KubeActionOutcome> &) { undo(); });
}

void ReleaseExecutor::moveChanges(const QString &environmentName, Models::ChangeState to,
                                  std::function<void(const QString &error)> next, const QString &reason)
{
    using Models::ChangeState;
    QList<qint64> ids;
    for (const Models::ChangeRequest &change : std::as_const(m_changes)) {
        if (environmentName.isEmpty() || change.environment == environmentName)
            ids.append(change.id);
    }
    if (ids.isEmpty())
        return next(QString());
    const quint64 generation = m_generation;
    auto left = std::make_shared<int>(int(ids.size()));
    auto errors = std::make_shared<QStringList>();
    const auto oneDone = [left, errors, next](const QString &error) {
        if (!error.isEmpty())
            errors->append(error);
        if (--*left == 0)
            next(errors->join(QLatin1Char('\n')));
    };
    const QString comment = reason.isEmpty() ? tr("Release %1: %2").arg(m_releaseId).arg(m_release.title) : reason;
    for (const qint64 id : std::as_const(ids)) {
        // The change as stored now: each step runs only from the state it expects, so a
        // step repeated after a restart does nothing twice.
        whenFinished(m_store->change(id), this, [this, generation, id, to, comment, oneDone](const Models::Result<Models::ChangeRequest> &current) {
            if (generation != m_generation)
                return;
            if (!current)
                return oneDone(current.error().message);
            using Step = QFuture<Models::Result<Models::ChangeRequest>>;
            const ChangeState state = current->state;
            const auto then = [this, oneDone](const Step &future, std::function<void()> after) {
                whenFinished(future, this, [oneDone, after](const Models::Result<Models::ChangeRequest> &r) {
                    if (!r)
                        return oneDone(r.error().message);
                    if (after)
                        return after();
                    oneDone(QString());
                });
            };
            switch (to) {
            case ChangeState::Approved:
                if (state == ChangeState::Scheduled)
                    return then(m_store->unschedule(id, comment), {});
                return oneDone(QString());
            case ChangeState::Scheduled:
                if (state == ChangeState::Approved)
                    return then(m_store->schedule(id, comment), {});
                return oneDone(QString());
            case ChangeState::InProgress:
                if (state == ChangeState::Approved) {
                    return then(m_store->schedule(id, comment),
                                [this, then, id, comment] { then(m_store->start(id, comment), {}); });
                }
                if (state == ChangeState::Scheduled)
                    return then(m_store->start(id, comment), {});
                return oneDone(QString());
            case ChangeState::Completed:
            case ChangeState::RolledBack:
            case ChangeState::Failed:
                if (state != ChangeState::InProgress)
                    return oneDone(QString());
                if (to == ChangeState::Completed)
                    return then(m_store->complete(id, comment), {});
                if (to == ChangeState::RolledBack)
                    return then(m_store->rollBack(id, comment), {});
                return then(m_store->fail(id, comment), {});
            default:
                return oneDone(QString());
            }
        });
    }
}

} // namespace Gatehouse::Services
