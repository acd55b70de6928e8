#pragma once

#include "models/changerequest.h"
#include "models/result.h"

#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>

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
};

/// The shared state of Gatehouse in PostgreSQL: change requests and the audit log.
///
/// Lives on the UI thread; every database call runs on its own worker thread
/// (one libpqxx connection, never touched elsewhere) and comes back as a QFuture
/// finished on that worker — continue with .then(this, …) to get back to the UI thread.
/// A lost connection is retried with backoff; calls made meanwhile wait for it
/// (or fail after a timeout with a clear message), none is dropped silently.
class ControlStore : public QObject
{
    Q_OBJECT
public:
    enum class ConnectionState { Disconnected, Starting, Connecting, Connected, Reconnecting, Failed };
    Q_ENUM(ConnectionState)

    explicit ControlStore(QObject *parent = nullptr);
    ~ControlStore() override;

    /// Starts the embedded cluster if needed, connects and migrates. Asynchronous:
    /// watch connectionStateChanged.
    void open(const ControlStoreSettings &settings);
    /// Disconnects and stops the embedded cluster if this process started it. Blocks
    /// briefly (call at shutdown).
    void close();

    ConnectionState connectionState() const;
    /// "embedded (/home/…/postgres)" or "server host:port/db" — never a password.
    QString description() const;
    bool isEmbedded() const;

    QFuture<Models::Result<QList<Models::ChangeRequest>>> listChanges();
    QFuture<Models::Result<Models::ChangeRequest>> createChange(const Models::ChangeRequest &draft);
    QFuture<Models::Result<QList<Models::AuditEntry>>> auditLog(qint64 changeId = 0);
    QFuture<Models::Result<int>> schemaVersion();

Q_SIGNALS:
    void connectionStateChanged(Gatehouse::Services::ControlStore::ConnectionState state, const QString &detail);
    /// Someone (this or another Gatehouse) changed change requests (LISTEN/NOTIFY).
    void changesChanged();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Gatehouse::Services
