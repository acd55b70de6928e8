#include "services/odooprobes.h"

#include "services/pgconninfo.h"
#include "services/whenfinished.h"

#include <QPromise>
#include <QThread>

#include <pqxx/pqxx>

#include <functional>
#include <map>

namespace Gatehouse::Services {

using Models::Result;
using Status = Models::SourceState::Status;

namespace {

QString withConnectTimeout(const QString &conninfo, std::chrono::seconds timeout)
{
    const QString value = QString::number(std::max<qint64>(1, timeout.count()));
    if (PgConnInfo::isUri(conninfo))
        return conninfo + (conninfo.contains(QLatin1Char('?')) ? QLatin1Char('&') : QLatin1Char('?'))
            + QStringLiteral("connect_timeout=") + value;
    return conninfo + QStringLiteral(" connect_timeout=") + value;
}

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

double number(const pqxx::field &field)
{
    return field.is_null() ? 0.0 : field.as<double>();
}

QDateTime epochTime(const pqxx::field &field)
{
    if (field.is_null())
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(field.as<double>() * 1000.0), Qt::UTC);
}

/// "{12,34}" → {12, 34}
QList<int> intArray(const pqxx::field &field)
{
    QList<int> out;
    QString value = text(field);
    value.remove(QLatin1Char('{')).remove(QLatin1Char('}'));
    const QStringList parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts)
        out.append(part.toInt());
    return out;
}

} // namespace

struct OdooProbes::Worker
{
    struct Session
    {
        std::unique_ptr<pqxx::connection> connection;
    };

    Config config;
    Session primary;
    std::map<int, Session> standbys;

    void reset()
    {
        primary.connection.reset();
        standbys.clear();
    }

    QString readable(const std::exception &error) const
    {
        return PgConnInfo::scrub(QString::fromUtf8(error.what()).trimmed(), config.password);
    }

    pqxx::connection &open(Session &session, const QString &conninfo)
    {
        if (session.connection && session.connection->is_open())
            return *session.connection;
        session.connection.reset();
        QString full = withConnectTimeout(conninfo, config.connectTimeout);
        if (!config.password.isEmpty())
            full = PgConnInfo::withPassword(full, config.password);
        auto connection = std::make_unique<pqxx::connection>(full.toStdString());
        pqxx::nontransaction setup(*connection);
        setup.exec("SET default_transaction_read_only = on");
        setup.exec("SET application_name = 'gatehouse-probes'");
        setup.exec("SET statement_timeout = " + std::to_string(config.statementTimeout.count()));
        session.connection = std::move(connection);
        return *session.connection;
    }

    /// Runs one probe; a failure on a live connection is noted, a lost connection rethrown.
    static void section(pqxx::connection &connection, Snapshot &snapshot, const QString &name,
                        const std::function<void(pqxx::nontransaction &)> &body, const Worker &self)
    {
        try {
            pqxx::nontransaction tx(connection);
            body(tx);
        } catch (const pqxx::broken_connection &) {
            throw;
        } catch (const std::exception &error) {
            snapshot.errors.append(tr("%1: %2").arg(name, self.readable(error)));
        }
    }

    Result<Snapshot> run()
    {
        Snapshot snapshot;
        snapshot.takenAt = QDateTime::currentDateTimeUtc();
        try {
            pqxx::connection &c = open(primary, config.conninfo);
            probePrimary(c, snapshot);
        } catch (const std::exception &error) {
            primary.connection.reset();
            return Result<Snapshot>::failure(tr("The Odoo database %1 cannot be reached: %2")
                                                 .arg(PgConnInfo::describe(config.conninfo), readable(error)));
        }
        for (int i = 0; i < config.standbyConninfos.size(); ++i)
            snapshot.replicas.append(probeStandby(i));
        return snapshot;
    }

    void probePrimary(pqxx::connection &c, Snapshot &s)
    {
        section(c, s, tr("replication"), [&s](pqxx::nontransaction &tx) {
            const auto rows = tx.exec(
                "SELECT application_name, coalesce(client_addr::text, ''), coalesce(state, ''), "
                "coalesce(sync_state, ''), "
                "coalesce(pg_wal_lsn_diff(CASE WHEN pg_is_in_recovery() THEN pg_last_wal_receive_lsn() "
                "ELSE pg_current_wal_lsn() END, replay_lsn), 0)::bigint, extract(epoch FROM replay_lag) "
                "FROM pg_stat_replication ORDER BY application_name, pid");
            for (const auto &row : rows) {
                StandbyLag lag;
                lag.applicationName = text(row[0]);
                lag.clientAddress = text(row[1]);
                lag.state = text(row[2]);
                lag.syncState = text(row[3]);
                lag.replayLagBytes = row[4].as<qint64>();
                if (!row[5].is_null())
                    lag.replayLagSeconds = row[5].as<double>();
                s.standbys.append(lag);
            }
        }, *this);
        section(c, s, tr("connections"), [&s](pqxx::nontransaction &tx) {
            const auto limits = tx.exec("SELECT current_setting('max_connections')::int, "
                                        "current_setting('superuser_reserved_connections')::int");
            s.connections.max = limits[0][0].as<int>();
            s.connections.reservedForSuperuser = limits[0][1].as<int>();
            const auto rows = tx.exec("SELECT coalesce(state, 'unknown'), count(*) FROM pg_stat_activity "
                                      "WHERE backend_type = 'client backend' GROUP BY 1 ORDER BY 1");
            for (const auto &row : rows) {
                s.connections.byState.insert(text(row[0]), row[1].as<int>());
                s.connections.used += row[1].as<int>();
            }
        }, *this);
        section(c, s, tr("longest transaction"), [&s](pqxx::nontransaction &tx) {
            const auto rows = tx.exec(
                "SELECT pid, coalesce(usename, ''), coalesce(application_name, ''), coalesce(state, ''), "
                "extract(epoch FROM clock_timestamp() - xact_start), left(query, 200) FROM pg_stat_activity "
                "WHERE xact_start IS NOT NULL AND pid <> pg_backend_pid() AND backend_type = 'client backend' "
                "ORDER BY xact_start LIMIT 1");
            if (rows.empty())
                return;
            Transaction t;
            t.pid = rows[0][0].as<int>();
            t.user = text(rows[0][1]);
            t.application = text(rows[0][2]);
            t.state = text(rows[0][3]);
            t.seconds = number(rows[0][4]);
            t.query = text(rows[0][5]);
            s.longestTransaction = t;
        }, *this);
        section(c, s, tr("lock waits"), [&s](pqxx::nontransaction &tx) {
            const auto rows = tx.exec(
                "SELECT pid, pg_blocking_pids(pid), extract(epoch FROM clock_timestamp() - "
                "coalesce(state_change, query_start)), coalesce(usename, ''), left(query, 200) "
                "FROM pg_stat_activity WHERE cardinality(pg_blocking_pids(pid)) > 0 ORDER BY pid");
            QMap<int, int> firstBlocker;
            for (const auto &row : rows) {
                LockWait wait;
                wait.pid = row[0].as<int>();
                wait.blockedBy = intArray(row[1]);
                wait.waitingSeconds = number(row[2]);
                wait.user = text(row[3]);
                wait.query = text(row[4]);
                if (!wait.blockedBy.isEmpty())
                    firstBlocker.insert(wait.pid, wait.blockedBy.constFirst());
                s.lockWaits.append(wait);
            }
            for (LockWait &wait : s.lockWaits) {
                wait.chain.append(wait.pid);
                int at = wait.pid;
                while (firstBlocker.contains(at)) {
                    const int next = firstBlocker.value(at);
                    // Deadlocks form cycles until the detector breaks them: stop at a repeat.
                    if (wait.chain.contains(next))
                        break;
                    wait.chain.append(next);
                    at = next;
                }
            }
        }, *this);
        section(c, s, tr("database size"), [&s](pqxx::nontransaction &tx) {
            s.databaseBytes = tx.exec("SELECT pg_database_size(current_database())")[0][0].as<qint64>();
        }, *this);
        const std::string stuckSeconds = std::to_string(config.stuckAfter.count());
        section(c, s, tr("queue jobs"), [&s, &stuckSeconds](pqxx::nontransaction &tx) {
            if (tx.exec("SELECT to_regclass('queue_job') IS NOT NULL")[0][0].as<bool>() == false)
                return;
            s.queueJobs.installed = true;
            const auto rows = tx.exec("SELECT state, count(*) FROM queue_job GROUP BY state ORDER BY state");
            for (const auto &row : rows)
                s.queueJobs.byState.insert(text(row[0]), row[1].as<int>());
            // Odoo stores naive UTC timestamps.
            const auto ages = tx.exec_params(
                "SELECT count(*) FILTER (WHERE state = 'started' AND date_started < "
                "(now() AT TIME ZONE 'UTC') - make_interval(secs => $1::double precision)), "
                "extract(epoch FROM (now() AT TIME ZONE 'UTC') - "
                "min(date_created) FILTER (WHERE state IN ('pending', 'enqueued'))) FROM queue_job",
                stuckSeconds);
            s.queueJobs.stuck = ages[0][0].as<int>();
            s.queueJobs.oldestPendingSeconds = number(ages[0][1]);
        }, *this);
        section(c, s, tr("WAL archiving"), [&s](pqxx::nontransaction &tx) {
            const auto rows = tx.exec(
                "SELECT current_setting('archive_mode'), archived_count, coalesce(last_archived_wal, ''), "
                "extract(epoch FROM last_archived_time), failed_count, coalesce(last_failed_wal, ''), "
                "extract(epoch FROM last_failed_time) FROM pg_stat_archiver");
            s.archiving.archiveMode = text(rows[0][0]);
            s.archiving.archivedCount = rows[0][1].as<qint64>();
            s.archiving.lastArchivedWal = text(rows[0][2]);
            s.archiving.lastArchivedAt = epochTime(rows[0][3]);
            s.archiving.failedCount = rows[0][4].as<qint64>();
            s.archiving.lastFailedWal = text(rows[0][5]);
            s.archiving.lastFailedAt = epochTime(rows[0][6]);
        }, *this);
    }

    ReplicaStatus probeStandby(int index)
    {
        ReplicaStatus status;
        const QString conninfo = config.standbyConninfos.at(index);
        status.server = PgConnInfo::describe(conninfo);
        Session &session = standbys[index];
        try {
            pqxx::connection &c = open(session, conninfo);
            pqxx::nontransaction tx(c);
            const auto rows = tx.exec(
                "SELECT pg_is_in_recovery(), "
                "CASE WHEN pg_is_in_recovery() THEN pg_is_wal_replay_paused() ELSE false END, "
                "coalesce(pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn()), 0)::bigint, "
                "CASE WHEN pg_last_wal_receive_lsn() IS NULL "
                "  OR pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0 "
                "ELSE coalesce(extract(epoch FROM clock_timestamp() - pg_last_xact_replay_timestamp()), 0) END");
            status.reachable = true;
            status.inRecovery = rows[0][0].as<bool>();
            status.replayPaused = rows[0][1].as<bool>();
            status.receivedNotReplayedBytes = rows[0][2].as<qint64>();
            status.replayDelaySeconds = number(rows[0][3]);
        } catch (const std::exception &error) {
            session.connection.reset();
            status.error = readable(error);
        }
        return status;
    }
};

OdooProbes::OdooProbes(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread(this))
    , m_context(new QObject)
    , m_worker(std::make_shared<Worker>())
{
    m_thread->setObjectName(QStringLiteral("gatehouse-odooprobes"));
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

OdooProbes::~OdooProbes()
{
    // Connections close on the thread that opened them.
    QMetaObject::invokeMethod(m_context, [worker = m_worker] { worker->reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
}

void OdooProbes::setConfig(const Config &config)
{
    QMetaObject::invokeMethod(m_context, [worker = m_worker, config] {
        worker->reset();
        worker->config = config;
    });
}

QFuture<Result<OdooProbes::Snapshot>> OdooProbes::probe()
{
    auto promise = std::make_shared<QPromise<Result<Snapshot>>>();
    promise->start();
    QFuture<Result<Snapshot>> future = promise->future();
    QMetaObject::invokeMethod(m_context, [worker = m_worker, promise] {
        promise->addResult(worker->run());
        promise->finish();
    });
    auto out = std::make_shared<QPromise<Result<Snapshot>>>();
    out->start();
    // Dropping `out` unfinished (this object destroyed first) cancels the caller's future.
    whenFinished(future, this, [this, out](const Result<Snapshot> &result) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        bool changed = false;
        if (!result)
            changed = m_state.recordFailure(Status::Unreachable, result.error().message, now);
        else if (!result->errors.isEmpty())
            changed = m_state.recordFailure(Status::Stale, result->errors.join(QLatin1Char('\n')), now);
        else
            changed = m_state.recordSuccess(now);
        if (changed)
            Q_EMIT stateChanged(m_state);
        out->addResult(result);
        out->finish();
    });
    return out->future();
}

} // namespace Gatehouse::Services
