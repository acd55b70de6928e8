#include "services/embeddedpostgres.h"

#include "services/pgconninfo.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <pqxx/pqxx>

#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace Gatehouse::Services {

using Models::Done;
using Models::Status;

namespace {

constexpr int kSocketPort = 5432; // names the socket file only; no TCP port is opened
constexpr qsizetype kMaxSocketPath = 107;

QString currentUserName()
{
    if (const passwd *pw = ::getpwuid(::geteuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return QStringLiteral("gatehouse");
}

bool isRoot()
{
    return ::geteuid() == 0;
}

// Quotes one word for the shell that pg_ctl uses to launch the server.
QString shellQuote(const QString &word)
{
    QString quoted = word;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shortHash(const QString &text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(10));
}

bool chownToPostgres(const QString &path)
{
    const passwd *pw = ::getpwnam("postgres");
    if (!pw)
        return false;
    return ::chown(QFile::encodeName(path).constData(), pw->pw_uid, pw->pw_gid) == 0;
}

bool processLooksLikePostgres(qint64 pid)
{
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return false;
    const QByteArray name = comm.readAll().trimmed();
    return name == "postgres" || name == "postmaster";
}

} // namespace

EmbeddedPostgres::EmbeddedPostgres(QString dataFolder)
    : m_dataFolder(QDir::cleanPath(dataFolder.isEmpty() ? defaultDataFolder() : dataFolder))
    , m_clusterRoot(m_dataFolder)
{}

EmbeddedPostgres::~EmbeddedPostgres()
{
    stop();
}

QString EmbeddedPostgres::defaultDataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/postgres");
}

Models::Result<QString> EmbeddedPostgres::findBinDir()
{
    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(5000) && pgConfig.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    QDir lib(QStringLiteral("/usr/lib/postgresql"));
    QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    std::sort(versions.begin(), versions.end(),
              [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
    for (const QString &version : versions) {
        const QString dir = lib.filePath(version + QStringLiteral("/bin"));
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")) && QFileInfo::exists(dir + QStringLiteral("/pg_ctl")))
            return dir;
    }
    return Models::Result<QString>::failure(
        tr("PostgreSQL server programs (initdb, pg_ctl) were not found. Install the 'postgresql' package, "
           "or configure a shared control store server."));
}

QString EmbeddedPostgres::clusterFolder() const
{
    return m_clusterRoot + QStringLiteral("/data");
}

QString EmbeddedPostgres::socketFolder() const
{
    const QString inside = m_clusterRoot + QStringLiteral("/socket");
    const qsizetype socketPathLength = inside.toUtf8().size() + QByteArrayLiteral("/.s.PGSQL.5432.lock").size();
    if (socketPathLength <= kMaxSocketPath)
        return inside;
    return QStringLiteral("/tmp/gatehouse-%1-%2").arg(::geteuid()).arg(shortHash(m_dataFolder));
}

QString EmbeddedPostgres::logFile() const
{
    return m_clusterRoot + QStringLiteral("/postgres.log");
}

QString EmbeddedPostgres::connectionString() const
{
    return QStringLiteral("host=%1 port=%2 dbname=gatehouse user=%3 connect_timeout=5")
        .arg(PgConnInfo::quoteValue(socketFolder()))
        .arg(kSocketPort)
        .arg(PgConnInfo::quoteValue(currentUserName()));
}

EmbeddedPostgres::Run EmbeddedPostgres::run(const QString &program, const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(QDir::tempPath());
    if (m_asPostgresUser) {
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                          + arguments);
    } else {
        process.start(program, arguments);
    }
    Run result;
    if (!process.waitForStarted(5000)) {
        result.output = process.errorString();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(1000);
        result.output = tr("%1 did not finish in time").arg(QFileInfo(program).fileName());
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = QString::fromLocal8Bit(process.readAll()).trimmed();
    return result;
}

Status EmbeddedPostgres::prepareFolders()
{
    QDir dir;
    for (const QString &folder : {m_dataFolder, socketFolder()}) {
        if (!dir.mkpath(folder))
            return Status::failure(tr("Cannot create the folder %1 for the embedded control store.").arg(folder));
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (!isRoot())
        return Done{};
    // initdb refuses root: the cluster belongs to the postgres system user.
    if (!::getpwnam("postgres")) {
        return Status::failure(tr("Gatehouse runs as root, but the embedded control store needs the unprivileged "
                                  "'postgres' system user, which does not exist. Run Gatehouse as an ordinary "
                                  "user or configure a shared server."));
    }
    m_asPostgresUser = true;
    if (!handToPostgres()) {
        // Root's home is private (0700), so the postgres user cannot reach a cluster
        // below it. Keep the cluster in a root-owned system location instead, one per
        // data folder, and leave a note where the user would look for it.
        m_clusterRoot = QStringLiteral("/var/lib/gatehouse/clusters/") + shortHash(m_dataFolder);
        if (!dir.mkpath(m_clusterRoot)) {
            m_asPostgresUser = false;
            return Status::failure(
                tr("Cannot create the folder %1 for the embedded control store.").arg(m_clusterRoot));
        }
        QFile::setPermissions(m_clusterRoot, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        if (!handToPostgres()) {
            m_asPostgresUser = false;
            return Status::failure(
                tr("The 'postgres' user cannot reach the folder %1 of the embedded control store.").arg(m_clusterRoot));
        }
        QFile note(m_dataFolder + QStringLiteral("/CLUSTER-LOCATION"));
        if (note.open(QIODevice::WriteOnly | QIODevice::Truncate))
            note.write(QFile::encodeName(m_clusterRoot) + '\n');
    }
    return Done{};
}

bool EmbeddedPostgres::handToPostgres()
{
    QDir dir;
    for (const QString &folder : {m_clusterRoot, socketFolder()}) {
        if (!dir.mkpath(folder) || !chownToPostgres(folder))
            return false;
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    if (QFile::exists(logFile()))
        chownToPostgres(logFile());
    return run(QStringLiteral("test"), {QStringLiteral("-w"), m_clusterRoot}, 5000).exitCode == 0;
}

bool EmbeddedPostgres::clusterExists() const
{
    return QFileInfo::exists(clusterFolder() + QStringLiteral("/PG_VERSION"));
}

Status EmbeddedPostgres::initCluster()
{
    // A half-written cluster (initdb interrupted) cannot be resumed; start over.
    QDir partial(clusterFolder());
    if (partial.exists())
        partial.removeRecursively();
    const Run result = run(m_binDir + QStringLiteral("/initdb"),
                           {QStringLiteral("-D"), clusterFolder(), QStringLiteral("-U"), currentUserName(),
                            QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"),
                            QStringLiteral("--auth=trust"), QStringLiteral("--no-instructions")},
                           120000);
    if (result.exitCode != 0)
        return Status::failure(tr("Creating the embedded PostgreSQL cluster failed: %1").arg(result.output));
    return Done{};
}

int EmbeddedPostgres::status() const
{
    return run(m_binDir + QStringLiteral("/pg_ctl"), {QStringLiteral("status"), QStringLiteral("-D"), clusterFolder()},
               10000)
        .exitCode;
}

bool EmbeddedPostgres::serverAnswers() const
{
    try {
        pqxx::connection probe(QStringLiteral("host=%1 port=%2 dbname=postgres user=%3 connect_timeout=2")
                                   .arg(PgConnInfo::quoteValue(socketFolder()))
                                   .arg(kSocketPort)
                                   .arg(PgConnInfo::quoteValue(currentUserName()))
                                   .toStdString());
        return probe.is_open();
    } catch (const std::exception &) {
        return false;
    }
}

void EmbeddedPostgres::removeStaleLockFiles()
{
    QFile::remove(clusterFolder() + QStringLiteral("/postmaster.pid"));
    QFile::remove(socketFolder() + QStringLiteral("/.s.PGSQL.%1.lock").arg(kSocketPort));
    QFile::remove(socketFolder() + QStringLiteral("/.s.PGSQL.%1").arg(kSocketPort));
}

Status EmbeddedPostgres::startServer()
{
    const QString pidFile = clusterFolder() + QStringLiteral("/postmaster.pid");
    if (QFileInfo::exists(pidFile)) {
        QFile file(pidFile);
        qint64 pid = 0;
        if (file.open(QIODevice::ReadOnly))
            pid = file.readLine().trimmed().toLongLong();
        if (pid > 0 && processLooksLikePostgres(pid)) {
            // Another Gatehouse is starting this cluster right now: wait for it to answer.
            QDeadlineTimer deadline(30000);
            while (!deadline.hasExpired()) {
                if (serverAnswers())
                    return Done{};
                if (!processLooksLikePostgres(pid))
                    break;
                QThread::msleep(100);
            }
            if (serverAnswers())
                return Done{};
        }
        // Left from a crash (the process is gone or the PID now belongs to something else).
        if (!serverAnswers())
            removeStaleLockFiles();
    }

    const QString options = QStringLiteral("-c listen_addresses='' -k %1 -p %2 -c unix_socket_permissions=0700")
                                .arg(shellQuote(socketFolder()))
                                .arg(kSocketPort);
    const Run result = run(m_binDir + QStringLiteral("/pg_ctl"),
                           {QStringLiteral("start"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                            QStringLiteral("-D"), clusterFolder(), QStringLiteral("-l"), logFile(),
                            QStringLiteral("-o"), options},
                           90000);
    if (result.exitCode == 0) {
        m_startedHere = true;
        return Done{};
    }
    // Lost a race with another Gatehouse starting the same cluster: use theirs.
    if (serverAnswers())
        return Done{};
    QString tail;
    QFile log(logFile());
    if (log.open(QIODevice::ReadOnly)) {
        const QByteArray all = log.readAll();
        tail = QString::fromLocal8Bit(all.right(800)).trimmed();
    }
    return Status::failure(tr("Starting the embedded PostgreSQL server failed: %1\n%2").arg(result.output, tail));
}

Status EmbeddedPostgres::ensureDatabase()
{
    try {
        pqxx::connection admin(QStringLiteral("host=%1 port=%2 dbname=postgres user=%3 connect_timeout=5")
                                   .arg(PgConnInfo::quoteValue(socketFolder()))
                                   .arg(kSocketPort)
                                   .arg(PgConnInfo::quoteValue(currentUserName()))
                                   .toStdString());
        pqxx::nontransaction tx(admin);
        const pqxx::result found = tx.exec_params("SELECT 1 FROM pg_database WHERE datname = $1", "gatehouse");
        if (found.empty()) {
            try {
                tx.exec("CREATE DATABASE gatehouse");
            } catch (const pqxx::sql_error &error) {
                // 42P04 duplicate_database, 23505 unique_violation: another Gatehouse won the race.
                if (error.sqlstate() != "42P04" && error.sqlstate() != "23505")
                    throw;
            }
        }
    } catch (const std::exception &error) {
        return Status::failure(tr("Preparing the embedded control store database failed: %1")
                                   .arg(QString::fromStdString(error.what()).trimmed()));
    }
    return Done{};
}

Status EmbeddedPostgres::start()
{
    if (m_running)
        return Done{};
    auto binDir = findBinDir();
    if (!binDir)
        return binDir.error();
    m_binDir = binDir.value();

    if (auto prepared = prepareFolders(); !prepared)
        return prepared;
    if (!clusterExists()) {
        if (auto created = initCluster(); !created)
            return created;
    }
    if (!serverAnswers()) {
        if (auto started = startServer(); !started)
            return started;
    }
    m_running = true;
    return ensureDatabase();
}

Status EmbeddedPostgres::stop()
{
    if (!m_startedHere)
        return Done{};
    const Run result = run(m_binDir + QStringLiteral("/pg_ctl"),
                           {QStringLiteral("stop"), QStringLiteral("-D"), clusterFolder(), QStringLiteral("-m"),
                            QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("30")},
                           40000);
    m_startedHere = false;
    m_running = false;
    // The short socket folder under /tmp is ours alone; leave no empty folder behind.
    if (!socketFolder().startsWith(m_clusterRoot))
        QDir().rmdir(socketFolder());
    if (result.exitCode != 0)
        return Status::failure(tr("Stopping the embedded PostgreSQL server failed: %1").arg(result.output));
    return Done{};
}

} // namespace Gatehouse::Services
