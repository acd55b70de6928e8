#pragma once

#include "models/result.h"

#include <QEventLoop>
#include <QFuture>
#include <QFutureWatcher>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTimer>

namespace Gatehouse::Tests {

/// A private PostgreSQL 15 cluster for one test: initdb in a QTemporaryDir, served on
/// a free 127.0.0.1 port (superuser "gatehouse", trust auth). As root the server runs
/// as the `postgres` system user (runuser). Can be stopped and started again on the
/// same port; stopped in the destructor.
class PostgresFixture
{
public:
    PostgresFixture();
    ~PostgresFixture();

    bool start();
    bool stop();
    /// Makes this fixture (never started) a streaming standby of the running `primary`
    /// (pg_basebackup -R over replication), then starts it.
    bool startAsStandbyOf(const PostgresFixture &primary);
    /// More server options for the next start(), e.g. "-c archive_mode=on".
    void setExtraOptions(const QString &options) { m_extraOptions = options; }
    bool isRunning() const { return m_running; }
    QString errorString() const { return m_error; }
    quint16 port() const { return m_port; }

    /// postgresql://gatehouse@127.0.0.1:PORT/DB
    QString url(const QString &database) const;
    /// CREATE DATABASE `name` (name must be a plain identifier).
    bool createDatabase(const QString &name);
    /// Runs `sql` (no parameters) in `database` on its own connection; rows as text.
    Models::Result<QList<QStringList>> query(const QString &database, const QString &sql) const;
    /// The first column of the first row of query(), or the error message prefixed by "ERROR: ".
    QString scalar(const QString &database, const QString &sql) const;

private:
    bool runTool(const QString &tool, const QStringList &arguments);
    void startWatchdog();

    QTemporaryDir m_dir;
    QString m_binDir;
    quint16 m_port = 0;
    bool m_initialised = false;
    bool m_running = false;
    bool m_asPostgres = false;
    bool m_watchdogStarted = false;
    QString m_error;
    QString m_extraOptions;
};

/// The error message of `result`, empty when it holds a value (safe in QVERIFY2).
template<typename T>
QString errorText(const Models::Result<T> &result)
{
    return result.ok() ? QString() : result.error().message;
}

/// Waits (running the event loop) until `future` finishes or `timeoutMs` passes.
template<typename T>
bool waitFor(const QFuture<T> &future, int timeoutMs = 30000)
{
    if (future.isFinished())
        return true;
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.isFinished();
}

/// The result of `future`, running the event loop until it finishes (the clients under
/// test give up on their own time limits well within waitFor's).
template<typename T>
T await(const QFuture<T> &future)
{
    waitFor(future, 120000);
    return future.result();
}

} // namespace Gatehouse::Tests
