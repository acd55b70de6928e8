#pragma once

#include "models/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Gatehouse::Services {

/// A private PostgreSQL cluster that Gatehouse creates, starts and stops itself when no
/// shared server is configured (the embedded control store).
///
/// Layout of the data folder: `data/` (the cluster), `postgres.log`, and `socket/` for
/// the Unix socket (or a short per-user folder under /tmp when the data folder's path
/// is too long for a socket address). The server listens on no TCP port; only the
/// owner of the data folder can reach the socket, and it trusts that peer.
/// When run as root, initdb/pg_ctl run as the `postgres` system user (initdb refuses
/// root) and the data folder is handed to that user; when that user cannot reach it
/// (root's home is private) the cluster lives in /var/lib/gatehouse/clusters/<hash>
/// instead, and the data folder holds a CLUSTER-LOCATION note.
///
/// Every call blocks on child processes (well under a second for start, a few for the
/// first initdb): call it from a worker thread, never the UI thread. Not thread-safe;
/// one thread owns an instance.
class EmbeddedPostgres
{
    Q_DECLARE_TR_FUNCTIONS(Gatehouse::Services::EmbeddedPostgres)
public:
    explicit EmbeddedPostgres(QString dataFolder);
    /// Stops the cluster if (and only if) this object started it.
    ~EmbeddedPostgres();

    EmbeddedPostgres(const EmbeddedPostgres &) = delete;
    EmbeddedPostgres &operator=(const EmbeddedPostgres &) = delete;

    /// QStandardPaths::AppDataLocation + "/postgres".
    static QString defaultDataFolder();
    /// Folder of initdb/pg_ctl: `pg_config --bindir`, else the newest /usr/lib/postgresql/N/bin.
    static Models::Result<QString> findBinDir();

    /// Creates the cluster if missing, starts it unless it already runs (then it is only
    /// used, not owned), recovers from a stale postmaster.pid, and makes sure the
    /// `gatehouse` database exists.
    Models::Status start();
    /// Stops the cluster (pg_ctl -m fast) if this object started it; otherwise does nothing.
    Models::Status stop();

    /// libpq key=value connection string for the `gatehouse` database (no password).
    QString connectionString() const;
    /// True when start() launched the server (and stop() will stop it).
    bool startedByThisObject() const { return m_startedHere; }
    /// True once start() found the cluster reachable.
    bool isRunning() const { return m_running; }

    QString dataFolder() const { return m_dataFolder; }
    QString clusterFolder() const;
    QString socketFolder() const;
    QString logFile() const;

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
    };
    Run run(const QString &program, const QStringList &arguments, int timeoutMs) const;
    Models::Status prepareFolders();
    bool handToPostgres();
    Models::Status initCluster();
    Models::Status startServer();
    Models::Status ensureDatabase();
    bool serverAnswers() const;
    bool clusterExists() const;
    int status() const;
    void removeStaleLockFiles();

    QString m_dataFolder;
    /// Where data/, socket/ and postgres.log live: the data folder, except as root when
    /// the postgres user cannot reach it (then /var/lib/gatehouse/clusters/<hash>).
    QString m_clusterRoot;
    QString m_binDir;
    bool m_asPostgresUser = false;
    bool m_startedHere = false;
    bool m_running = false;
};

} // namespace Gatehouse::Services
