#include "services/controlstoreworker.h"

#include "services/controlstoremigrations.h"
#include "services/embeddedpostgres.h"
#include "services/pgconninfo.h"
#include "services/storeerrors.h"

#include <QSocketNotifier>
#include <QTimer>

#include <pqxx/pqxx>

namespace Gatehouse::Services {

using State = ControlStore::ConnectionState;

struct ControlStoreWorker::Session
{
    struct Receiver : pqxx::notification_receiver
    {
        Receiver(pqxx::connection_base &connection, std::function<void()> onNotify)
            : pqxx::notification_receiver(connection, "gatehouse_changes")
            , m_onNotify(std::move(onNotify))
        {}
        void operator()(const std::string &, int) override { m_onNotify(); }
        std::function<void()> m_onNotify;
    };

    explicit Session(const std::string &conninfo) : connection(conninfo) {}

    pqxx::connection connection;
    std::unique_ptr<Receiver> receiver;
};

ControlStoreWorker::ControlStoreWorker(QObject *parent)
    : QObject(parent)
    , m_reconnectTimer(new QTimer(this))
    , m_expiryTimer(new QTimer(this))
{
    m_reconnectTimer->setSingleShot(true);
    connect(m_reconnectTimer, &QTimer::timeout, this, &ControlStoreWorker::connectNow);
    m_expiryTimer->setSingleShot(true);
    connect(m_expiryTimer, &QTimer::timeout, this, &ControlStoreWorker::expireJobs);
}

ControlStoreWorker::~ControlStoreWorker()
{
    shutdown();
}

void ControlStoreWorker::setState(State state, const QString &detail)
{
    // A repeated state still goes out when its detail changed (e.g. the next retry delay).
    if (state == m_state && detail == m_stateDetail)
        return;
    m_state = state;
    m_stateDetail = detail;
    Q_EMIT stateChanged(state, detail);
}

void ControlStoreWorker::start(const Config &config)
{
    m_config = config;
    prepare();
    m_nextDelay = m_config.reconnectInitialDelay;
    if (m_config.embedded) {
        setState(State::Starting, tr("Starting the embedded PostgreSQL server…"));
        m_embedded = std::make_unique<EmbeddedPostgres>(m_config.dataFolder);
        const auto started = m_embedded->start();
        if (!started) {
            m_failure = started.error().message;
            setState(State::Failed, m_failure);
            failAll(m_failure);
            return;
        }
        m_config.conninfo = m_embedded->connectionString();
    }
    connectNow();
}

void ControlStoreWorker::connectNow()
{
    if (!m_running)
        return;
    if (!m_everConnected)
        setState(State::Connecting, PgConnInfo::describe(m_config.conninfo));
    try {
        auto session = std::make_unique<Session>(m_config.conninfo.toStdString());
        {
            pqxx::nontransaction tx(session->connection);
            tx.exec("SET client_min_messages = warning");
        }
        try {
            ControlStoreMigrations::apply(session->connection);
        } catch (const pqxx::broken_connection &) {
            throw;
        } catch (const std::exception &error) {
            // A schema that cannot be migrated will not fix itself by retrying.
            m_failure = tr("Updating the control store schema failed: %1").arg(readable(error));
            setState(State::Failed, m_failure);
            failAll(m_failure);
            return;
        }
        {
            // Only after migrating: the schema that understands it is in place.
            pqxx::nontransaction tx(session->connection);
            tx.exec("SET gatehouse.announce = 'after-commit'");
        }
        session->receiver = std::make_unique<Session::Receiver>(session->connection, [this] { noteChange(); });
        m_session = std::move(session);
    } catch (const std::exception &error) {
        scheduleReconnect(readable(error));
        return;
    }

    m_socketNotifier = new QSocketNotifier(m_session->connection.sock(), QSocketNotifier::Read, this);
    connect(m_socketNotifier, &QSocketNotifier::activated, this, &ControlStoreWorker::readNotifications);
    const bool wasReconnect = m_everConnected;
    m_everConnected = true;
    m_nextDelay = m_config.reconnectInitialDelay;
    setState(State::Connected, PgConnInfo::describe(m_config.conninfo));
    // Others may have changed things while we were away.
    if (wasReconnect)
        noteChange();
    drainQueue();
}

void ControlStoreWorker::scheduleReconnect(const QString &reason)
{
    if (!m_running)
        return;
    setState(m_everConnected ? State::Reconnecting : State::Connecting,
             tr("%1 — retrying in %2 s").arg(reason).arg(double(m_nextDelay.count()) / 1000.0, 0, 'f', 2));
    m_reconnectTimer->start(m_nextDelay);
    m_nextDelay = std::min(m_nextDelay * 2, m_config.reconnectMaxDelay);
}

void ControlStoreWorker::connectionLost(const QString &reason)
{
    if (m_socketNotifier) {
        m_socketNotifier->setEnabled(false);
        m_socketNotifier->deleteLater();
        m_socketNotifier = nullptr;
    }
    if (m_session) {
        try {
            m_session->receiver.reset();
        } catch (const std::exception &) {
            // UNLISTEN on a dead connection: nothing to undo.
        }
        m_session.reset();
    }
    if (m_reconnectTimer->isActive())
        return;
    m_nextDelay = m_config.reconnectInitialDelay;
    m_everConnected = true;
    scheduleReconnect(reason);
}

void ControlStoreWorker::enqueue(Job job)
{
    if (m_state == State::Failed) {
        job.fail(m_failure);
        return;
    }
    if (!m_running) {
        job.fail(tr("The control store is closed."));
        return;
    }
    m_queue.push_back(std::move(job));
    if (m_session && m_state == State::Connected)
        drainQueue();
    else
        expireJobs();
}

void ControlStoreWorker::drainQueue()
{
    while (!m_queue.empty() && m_session) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        bool requeue = false;
        runJob(job, requeue);
        if (requeue) {
            m_queue.push_front(std::move(job));
            break;
        }
        // Also after a failure: a job may fail after its commit, and a rolled-back write
        // leaves nothing pending.
        if (job.announce && m_session)
            announce();
        // A statement's answer can carry notifications (this session's own NOTIFYs come
        // with its commit, others' may arrive meanwhile): libpq has already read them off
        // the socket, so the socket notifier will not fire for them.
        readNotifications();
    }
    expireJobs();
}

void ControlStoreWorker::runJob(Job &job, bool &requeue)
{
    try {
        job.run(m_session->connection);
    } catch (const pqxx::in_doubt_error &) {
        job.fail(tr("The connection to the control store was lost while the change was being committed. "
                    "It may or may not have been saved: reload the list to check before trying again."));
        connectionLost(tr("The connection to the control store was lost."));
    } catch (const pqxx::broken_connection &error) {
        // Nothing was committed: the job runs again once the connection is back.
        requeue = true;
        connectionLost(readable(error));
    } catch (const std::exception &error) {
        job.fail(readable(error));
    }
}

void ControlStoreWorker::expireJobs()
{
    m_expiryTimer->stop();
    std::deque<Job> waiting;
    qint64 nextDeadline = -1;
    while (!m_queue.empty()) {
        Job job = std::move(m_queue.front());
        m_queue.pop_front();
        if (job.deadline.hasExpired()) {
            job.fail(tr("The control store could not be reached in time, so the request was not carried out. "
                        "Check the connection and try again."));
            continue;
        }
        const qint64 remaining = job.deadline.remainingTime();
        if (remaining >= 0 && (nextDeadline < 0 || remaining < nextDeadline))
            nextDeadline = remaining;
        waiting.push_back(std::move(job));
    }
    m_queue = std::move(waiting);
    if (nextDeadline >= 0 && !(m_session && m_state == State::Connected))
        m_expiryTimer->start(std::chrono::milliseconds(nextDeadline + 1));
}

void ControlStoreWorker::failAll(const QString &message)
{
    std::deque<Job> jobs;
    jobs.swap(m_queue);
    for (Job &job : jobs)
        job.fail(message);
}

void ControlStoreWorker::readNotifications()
{
    if (!m_session)
        return;
    try {
        m_session->connection.get_notifs();
        // A closed socket reads as "readable"; libpq only notices when asked.
        if (!m_session->connection.is_open())
            throw pqxx::broken_connection("server closed the connection");
    } catch (const std::exception &error) {
        connectionLost(readable(error));
    }
}

void ControlStoreWorker::announce()
{
    try {
        // Prepared, as the change calls are (ControlStore): it follows every write.
        m_session->connection.prepare("gatehouse_call_announce", "SELECT gatehouse_announce()");
        pqxx::nontransaction tx(m_session->connection);
        tx.exec_prepared("gatehouse_call_announce");
    } catch (const pqxx::broken_connection &error) {
        // The write committed and its caller has its answer; others re-read when they
        // next hear of a change or reconnect.
        connectionLost(readable(error));
    } catch (const std::exception &) {
        // The signals stay pending in the session and go out with the next announce.
    }
}

void ControlStoreWorker::noteChange()
{
    if (m_changePending)
        return;
    m_changePending = true;
    QTimer::singleShot(0, this, [this] {
        m_changePending = false;
        Q_EMIT changesChanged();
    });
}

QString ControlStoreWorker::readable(const std::exception &error) const
{
    QString text = QString::fromUtf8(error.what()).trimmed();
    if (const auto *sql = dynamic_cast<const pqxx::sql_error *>(&error)) {
        const QString state = QString::fromStdString(sql->sqlstate());
        if (text.contains(QLatin1String("change_requests_window_order")))
            return tr("The change window must end after it starts.");
        if (text.contains(QLatin1String("change_requests_title_not_empty")))
            return tr("A change needs a title.");
        if (text.contains(QLatin1String("change_requests_environment_not_empty")))
            return tr("A change needs a target environment.");
        if (text.contains(QLatin1String("change_requests_time_zone_not_empty")))
            return tr("A change needs the time zone its window was planned in.");
        if (text.contains(QLatin1String("change_requests_known_type")))
            return tr("Unknown change type.");
        if (text.contains(QLatin1String("change_requests_known_state")))
            return tr("Unknown change state.");
        // A refusal the catalogue knows is worded in the person's language (libpqxx 6
        // reports no SQLSTATE for parameterised statements: then the shape decides).
        QString primary = text.section(QLatin1Char('\n'), 0, 0);
        if (primary.startsWith(QLatin1String("ERROR:")))
            primary = primary.mid(6).trimmed();
        if (const auto refusal = StoreErrors::recognise(state, primary)) {
            return PgConnInfo::scrub(state == QLatin1String("42501")
                                         ? tr("The control store refused this: %1").arg(refusal->message)
                                         : refusal->message,
                                     m_config.secret);
        }
        if (state == QLatin1String("42501")) {
            QString reason = text.section(QLatin1Char('\n'), 0, 0);
            if (reason.startsWith(QLatin1String("ERROR:")))
                reason = reason.mid(6).trimmed();
            return PgConnInfo::scrub(tr("The control store refused this: %1").arg(reason), m_config.secret);
        }
        // Keep the first line ("ERROR:  …") and drop the echoed row/query details.
        text = text.section(QLatin1Char('\n'), 0, 0);
        if (text.startsWith(QLatin1String("ERROR:")))
            text = text.mid(6).trimmed();
    }
    return PgConnInfo::scrub(text, m_config.secret);
}

void ControlStoreWorker::prepare()
{
    m_running = true;
    m_failure.clear();
    m_state = State::Disconnected;
}

void ControlStoreWorker::abort(const QString &message)
{
    m_failure = message;
    setState(State::Failed, message);
    failAll(message);
}

void ControlStoreWorker::shutdown()
{
    if (!m_running && !m_embedded)
        return;
    m_running = false;
    m_reconnectTimer->stop();
    m_expiryTimer->stop();
    failAll(tr("The control store was closed before the request could be carried out."));
    if (m_socketNotifier) {
        delete m_socketNotifier;
        m_socketNotifier = nullptr;
    }
    try {
        m_session.reset();
    } catch (const std::exception &) {
        // Closing a broken connection: nothing left to release.
    }
    if (m_embedded) {
        m_embedded->stop();
        m_embedded.reset();
    }
    m_everConnected = false;
    setState(State::Disconnected, QString());
}

} // namespace Gatehouse::Services
