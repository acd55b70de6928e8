#pragma once

#include "models/result.h"
#include "models/sourcestate.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

class QThread;

namespace Gatehouse::Services {

/// Read-only health probes of an environment's Odoo database on PostgreSQL: replication
/// lag (per standby from the primary, and replay lag on each standby), connections
/// against max_connections, the longest-running transaction, blocking lock chains,
/// database size, queue_job counts and stuck jobs, and WAL archiving as backup evidence.
///
/// Lives on the UI thread; all libpqxx work runs on its own worker thread
/// "gatehouse-odooprobes" (one connection to the primary and one per standby, opened on
/// first use and reopened after a failure). Sessions are read-only
/// (default_transaction_read_only) with a statement timeout, so a probe can never
/// change the database or hang on it. probe() futures finish on the UI thread after
/// state() was updated. A standby that is down marks only its own entry.
class OdooProbes : public QObject
{
    Q_OBJECT
public:
    struct Config
    {
        QString conninfo;              ///< the Odoo database on the primary (URI or key=value, no password)
        QStringList standbyConninfos;  ///< each standby, for replay lag measured there
        QString password;              ///< already read from the keychain; never logged
        std::chrono::seconds stuckAfter{1800};    ///< a started queue_job running longer is stuck
        std::chrono::seconds connectTimeout{3};
        std::chrono::milliseconds statementTimeout{5000};
    };

    /// A standby as the primary sees it (pg_stat_replication).
    struct StandbyLag
    {
        QString applicationName;
        QString clientAddress;
        QString state;     ///< "streaming", "catchup", …
        QString syncState; ///< "async", "sync", …
        qint64 replayLagBytes = 0; ///< WAL written on the primary but not yet replayed there
        std::optional<double> replayLagSeconds; ///< pg_stat_replication.replay_lag; empty when idle
    };

    /// A standby as it sees itself.
    struct ReplicaStatus
    {
        QString server; ///< "host:port/db", never a password
        bool reachable = false;
        QString error;  ///< why not reachable
        bool inRecovery = false;
        bool replayPaused = false;
        qint64 receivedNotReplayedBytes = 0;
        /// now − time of the last replayed transaction while WAL waits to be replayed; 0 when caught up.
        double replayDelaySeconds = 0;
    };

    struct Connections
    {
        int used = 0; ///< client backends
        int max = 0;  ///< max_connections
        int reservedForSuperuser = 0;
        QMap<QString, int> byState; ///< "active", "idle", "idle in transaction", …
    };

    struct Transaction
    {
        int pid = 0;
        QString user;
        QString application;
        QString state;
        double seconds = 0;
        QString query; ///< first 200 characters
    };

    /// A backend waiting for a lock, and who holds it up.
    struct LockWait
    {
        int pid = 0;
        QList<int> blockedBy;
        QList<int> chain; ///< pid, its first blocker, that one's blocker, … up to the root blocker
        double waitingSeconds = 0;
        QString user;
        QString query;
    };

    struct QueueJobs
    {
        bool installed = false; ///< the queue_job table exists
        QMap<QString, int> byState;
        int stuck = 0;                  ///< started longer than Config::stuckAfter
        double oldestPendingSeconds = 0; ///< age of the oldest pending/enqueued job; 0 when none
    };

    struct WalArchiving
    {
        QString archiveMode; ///< "off", "on", "always"
        qint64 archivedCount = 0;
        QString lastArchivedWal;
        QDateTime lastArchivedAt; ///< UTC; invalid when never
        qint64 failedCount = 0;
        QString lastFailedWal;
        QDateTime lastFailedAt; ///< UTC; invalid when never
    };

    struct Snapshot
    {
        QDateTime takenAt; ///< UTC
        QList<StandbyLag> standbys;
        QList<ReplicaStatus> replicas;
        Connections connections;
        std::optional<Transaction> longestTransaction;
        QList<LockWait> lockWaits;
        qint64 databaseBytes = 0;
        QueueJobs queueJobs;
        WalArchiving archiving;
        QStringList errors; ///< probes that failed on a reachable server (e.g. missing privilege)
    };

    explicit OdooProbes(QObject *parent = nullptr);
    ~OdooProbes() override;

    /// Sets where to probe; closes open connections (they reopen on the next probe).
    void setConfig(const Config &config);
    /// Runs every probe once on the worker thread.
    QFuture<Models::Result<Snapshot>> probe();
    /// The primary's state after the last probe.
    Models::SourceState state() const { return m_state; }

Q_SIGNALS:
    /// The database became fresh, stale (reachable, but some probes failed) or unreachable.
    void stateChanged(const Gatehouse::Models::SourceState &state);

private:
    struct Worker; // the connections, touched only on the worker thread
    QThread *m_thread = nullptr;
    QObject *m_context = nullptr; ///< lives on m_thread; queued calls run there
    std::shared_ptr<Worker> m_worker;
    Models::SourceState m_state;
};

} // namespace Gatehouse::Services
