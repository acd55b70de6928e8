#include "postgresfixture.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcess>
#include <QTcpServer>

#include <pqxx/pqxx>

#include <pwd.h>
#include <unistd.h>

namespace Gatehouse::Tests {

namespace {

QString findBinDir()
{
    QProcess pgConfig;
    pgConfig.start(QStringLiteral("pg_config"), {QStringLiteral("--bindir")});
    if (pgConfig.waitForFinished(5000) && pgConfig.exitCode() == 0) {
        const QString dir = QString::fromLocal8Bit(pgConfig.readAllStandardOutput()).trimmed();
        if (QFileInfo::exists(dir + QStringLiteral("/initdb")))
            return dir;
    }
    return QStringLiteral("/usr/lib/postgresql/15/bin");
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

PostgresFixture::PostgresFixture() : m_binDir(findBinDir())
{
    m_asPostgres = ::geteuid() == 0;
    if (m_asPostgres) {
        // initdb refuses root; the temp folder must belong to the server's user.
        if (const passwd *pw = ::getpwnam("postgres")) {
            if (::chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0)
                m_error = QStringLiteral("cannot chown the temporary folder to postgres");
        }
    }
    m_port = freePort();
}

PostgresFixture::~PostgresFixture()
{
    stop();
}

bool PostgresFixture::runTool(const QString &tool, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setWorkingDirectory(m_dir.path());
    const QString program = m_binDir + QLatin1Char('/') + tool;
    if (m_asPostgres)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"), program}
                          + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_error = tool + QStringLiteral(" failed: ") + QString::fromLocal8Bit(process.readAll());
        return false;
    }
    return true;
}

bool PostgresFixture::start()
{
    if (m_running)
        return true;
    const QString data = m_dir.path() + QStringLiteral("/data");
    if (!m_initialised) {
        if (!runTool(QStringLiteral("initdb"),
                     {QStringLiteral("-D"), data, QStringLiteral("-U"), QStringLiteral("gatehouse"),
                      QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                      QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-instructions"),
                      QStringLiteral("--no-sync")}))
            return false;
        m_initialised = true;
    }
    const QString options = QStringLiteral("-c listen_addresses=127.0.0.1 -p %1 -k %2 -c fsync=off "
                                           "-c synchronous_commit=off -c full_page_writes=off")
                                .arg(m_port)
                                .arg(m_dir.path())
        + (m_extraOptions.isEmpty() ? QString() : QLatin1Char(' ') + m_extraOptions);
    if (!runTool(QStringLiteral("pg_ctl"),
                 {QStringLiteral("-D"), data, QStringLiteral("-l"), m_dir.path() + QStringLiteral("/server.log"),
                  QStringLiteral("-w"), QStringLiteral("-o"), options, QStringLiteral("start")}))
        return false;
    m_running = true;
    startWatchdog();
    return true;
}

bool PostgresFixture::startAsStandbyOf(const PostgresFixture &primary)
{
    if (m_initialised || m_running) {
        m_error = QStringLiteral("a standby must be made from an unused fixture");
        return false;
    }
    if (!runTool(QStringLiteral("pg_basebackup"),
                 {QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"), QStringLiteral("-h"),
                  QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(primary.port()),
                  QStringLiteral("-U"), QStringLiteral("gatehouse"), QStringLiteral("-R"), QStringLiteral("-X"),
                  QStringLiteral("stream"), QStringLiteral("--checkpoint=fast"), QStringLiteral("--no-sync")}))
        return false;
    m_initialised = true;
    return start();
}

void PostgresFixture::startWatchdog()
{
    if (m_watchdogStarted)
        return;
    m_watchdogStarted = true;
    // A test that crashes never runs its destructor: a small watchdog stops the server
    // (and removes its folder) once this process is gone, so no cluster outlives a test.
    const QString script = QStringLiteral("while [ -d /proc/%1 ]; do sleep 1; done; "
                                          "'%2/pg_ctl' -D '%3/data' -m immediate stop; rm -rf '%3'")
                               .arg(QCoreApplication::applicationPid())
                               .arg(m_binDir, m_dir.path());
    QProcess watchdog;
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    if (m_asPostgres) {
        watchdog.setProgram(QStringLiteral("runuser"));
        watchdog.setArguments({QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--"),
                               QStringLiteral("sh"), QStringLiteral("-c"), script});
    } else {
        watchdog.setProgram(QStringLiteral("sh"));
        watchdog.setArguments({QStringLiteral("-c"), script});
    }
    watchdog.startDetached();
}

bool PostgresFixture::stop()
{
    if (!m_running)
        return true;
    m_running = false;
    return runTool(QStringLiteral("pg_ctl"),
                   {QStringLiteral("-D"), m_dir.path() + QStringLiteral("/data"), QStringLiteral("-m"),
                    QStringLiteral("fast"), QStringLiteral("-w"), QStringLiteral("stop")});
}

QString PostgresFixture::url(const QString &database) const
{
    return QStringLiteral("postgresql://gatehouse@127.0.0.1:%1/%2").arg(m_port).arg(database);
}

bool PostgresFixture::createDatabase(const QString &name)
{
    const auto result = query(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE ") + name);
    if (!result)
        m_error = result.error().message;
    return result.ok();
}

Models::Result<QList<QStringList>> PostgresFixture::query(const QString &database, const QString &sql) const
{
    try {
        pqxx::connection connection(url(database).toStdString());
        pqxx::nontransaction tx(connection);
        const pqxx::result rows = tx.exec(sql.toStdString());
        QList<QStringList> out;
        for (const auto &row : rows) {
            QStringList cells;
            for (const auto &field : row)
                cells.append(field.is_null() ? QString() : QString::fromUtf8(field.c_str()));
            out.append(cells);
        }
        return out;
    } catch (const std::exception &error) {
        return Models::Result<QList<QStringList>>::failure(QString::fromUtf8(error.what()));
    }
}

QString PostgresFixture::scalar(const QString &database, const QString &sql) const
{
    const auto result = query(database, sql);
    if (!result)
        return QStringLiteral("ERROR: ") + result.error().message;
    if (result->isEmpty() || result->constFirst().isEmpty())
        return QString();
    return result->constFirst().constFirst();
}

} // namespace Gatehouse::Tests
