#pragma once

#include "models/changerequest.h"
#include "models/result.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <memory>

namespace Gatehouse::Services {

class ControlStoreWorker;

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

Q_SIGNALS:
    /// The connection state changed; `detail` says why (server, retry delay, error) — never a password.
    void connectionStateChanged(Gatehouse::Services::ControlStore::ConnectionState state, const QString &detail);
    /// Someone (this or another Gatehouse) changed change requests (LISTEN/NOTIFY).
    void changesChanged();

private:
    void setState(ConnectionState state, const QString &detail);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Gatehouse::Services
