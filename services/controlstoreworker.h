#pragma once

#include "services/controlstore.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QString>

#include <chrono>
#include <deque>
#include <functional>
#include <memory>

class QSocketNotifier;
class QTimer;

namespace pqxx {
class connection_base;
}

namespace Gatehouse::Services {

class EmbeddedPostgres;

/// The control store's only libpqxx connection and everything that touches it.
///
/// Internal to services/: ControlStore moves it to its "gatehouse-controlstore" thread
/// and speaks to it only through queued calls; every method below runs on that thread.
/// It starts the embedded cluster when asked, connects, migrates, LISTENs on
/// gatehouse_changes, runs queued jobs one at a time, and reconnects with exponential
/// backoff when the connection is lost. Jobs posted while disconnected wait until the
/// connection is back or their deadline passes; none is dropped without its failure
/// callback being called.
///
/// Its session announces change signals after its commits (gatehouse.announce =
/// 'after-commit', resources/sql/0009): a write leaves its signals pending in the
/// session instead of notifying inside its transaction, and after every job marked
/// `announce` (before the next job runs) the worker sends them with
/// gatehouse_announce() in a short transaction of their own, so that writers of all
/// Gatehouses do not commit one at a time. This session hears its own signals like
/// everyone else's.
class ControlStoreWorker : public QObject
{
    Q_OBJECT
public:
    /// A unit of database work. `run` throws libpqxx exceptions on failure and delivers
    /// its result itself on success; `fail` receives a readable message otherwise.
    struct Job
    {
        std::function<void(pqxx::connection_base &)> run;
        std::function<void(const QString &message)> fail;
        QDeadlineTimer deadline;
        /// The job writes: after it, announce the signals its commit left pending.
        bool announce = false;
    };

    struct Config
    {
        QString conninfo; ///< may hold a password: never log it
        QString secret;   ///< the password, only to scrub it from messages
        bool embedded = false;
        QString dataFolder; ///< embedded only
        std::chrono::milliseconds reconnectInitialDelay{250};
        std::chrono::milliseconds reconnectMaxDelay{8000};
    };

    explicit ControlStoreWorker(QObject *parent = nullptr);
    ~ControlStoreWorker() override;

    /// Starts the embedded cluster if configured, then connects and migrates.
    void start(const Config &config);
    /// Runs `job` now when connected, otherwise queues it until reconnection or its deadline.
    void enqueue(Job job);
    /// Fails every queued job, disconnects and stops the embedded cluster if this
    /// process started it. Called (blocking) from ControlStore::close().
    void shutdown();
    /// Accept jobs (they wait) while ControlStore prepares the start (e.g. reads the password).
    void prepare();
    /// Gives up opening: state Failed with `message`, every waiting job fails with it.
    void abort(const QString &message);

Q_SIGNALS:
    void stateChanged(Gatehouse::Services::ControlStore::ConnectionState state, const QString &detail);
    void changesChanged();

private:
    void connectNow();
    void connectionLost(const QString &reason);
    void scheduleReconnect(const QString &reason);
    void setState(ControlStore::ConnectionState state, const QString &detail);
    void drainQueue();
    void runJob(Job &job, bool &requeue);
    void expireJobs();
    void failAll(const QString &message);
    void readNotifications();
    void announce();
    void noteChange();
    QString readable(const std::exception &error) const;

    Config m_config;
    std::unique_ptr<EmbeddedPostgres> m_embedded;
    struct Session; // the pqxx::connection and its LISTEN receiver
    std::unique_ptr<Session> m_session;
    QSocketNotifier *m_socketNotifier = nullptr;
    QTimer *m_reconnectTimer = nullptr;
    QTimer *m_expiryTimer = nullptr;
    std::deque<Job> m_queue;
    std::chrono::milliseconds m_nextDelay{250};
    ControlStore::ConnectionState m_state = ControlStore::ConnectionState::Disconnected;
    QString m_stateDetail;
    QString m_failure; ///< set in state Failed: why every job fails at once
    bool m_everConnected = false;
    bool m_changePending = false;
    bool m_running = false;
};

} // namespace Gatehouse::Services
