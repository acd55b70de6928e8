#include "postgresfixture.h"

#include "services/odooprobes.h"

#include <QSignalSpy>
#include <QTest>

#include <pqxx/pqxx>

#include <atomic>
#include <thread>

using namespace Gatehouse;
using Services::OdooProbes;
using Status = Models::SourceState::Status;

class TestOdooProbes : public QObject
{
    Q_OBJECT

private:
    Tests::PostgresFixture m_primary;
    Tests::PostgresFixture m_standby;
    OdooProbes m_probes;

    OdooProbes::Snapshot probe(OdooProbes &probes)
    {
        const auto future = probes.probe();
        if (!Tests::waitFor(future) || !future.result().ok()) {
            qWarning("probe failed: %s",
                     future.isFinished() ? qPrintable(Tests::errorText(future.result())) : "timeout");
            return {};
        }
        return future.result().value();
    }
    OdooProbes::Snapshot probe() { return probe(m_probes); }

    std::string conninfo(const Tests::PostgresFixture &fixture) const
    {
        return fixture.url(QStringLiteral("odoo")).toStdString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Every WAL segment counts as archived at once: backup evidence without a backup server.
        m_primary.setExtraOptions(QStringLiteral("-c archive_mode=on -c archive_command=true"));
        QVERIFY2(m_primary.start(), qPrintable(m_primary.errorString()));
        QVERIFY2(m_primary.createDatabase(QStringLiteral("odoo")), qPrintable(m_primary.errorString()));
        QVERIFY(m_primary.query(QStringLiteral("odoo"), QStringLiteral("CREATE TABLE stock_move (id serial PRIMARY KEY, "
                                                                      "qty int)")).ok());
        m_standby.setExtraOptions(QStringLiteral("-c wal_receiver_status_interval=1"));
        QVERIFY2(m_standby.startAsStandbyOf(m_primary), qPrintable(m_standby.errorString()));

        OdooProbes::Config config;
        config.conninfo = m_primary.url(QStringLiteral("odoo"));
        config.standbyConninfos = {m_standby.url(QStringLiteral("odoo"))};
        config.stuckAfter = std::chrono::seconds(1800);
        m_probes.setConfig(config);
    }

    void firstProbeSeesTheStandbyStreaming()
    {
        QSignalSpy changes(&m_probes, &OdooProbes::stateChanged);
        QTRY_COMPARE_WITH_TIMEOUT(probe().standbys.size(), 1, 10000);
        const auto snapshot = probe();
        QCOMPARE(snapshot.standbys.constFirst().state, QStringLiteral("streaming"));
        QCOMPARE(snapshot.replicas.size(), 1);
        QVERIFY2(snapshot.replicas.constFirst().reachable, qPrintable(snapshot.replicas.constFirst().error));
        QVERIFY(snapshot.replicas.constFirst().inRecovery);
        QVERIFY(!snapshot.replicas.constFirst().replayPaused);
        QVERIFY2(snapshot.errors.isEmpty(), qPrintable(snapshot.errors.join(QLatin1Char('\n'))));
        QCOMPARE(m_probes.state().status, Status::Fresh);
        QVERIFY(changes.size() >= 1);
        QVERIFY(!snapshot.queueJobs.installed);
    }

    void replicationLagWhileReplayIsPaused()
    {
        // A replayed transaction first, so the standby knows when it last replayed one.
        QVERIFY(m_primary.query(QStringLiteral("odoo"), QStringLiteral("INSERT INTO stock_move (qty) VALUES (1)")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(m_standby.scalar(QStringLiteral("odoo"), QStringLiteral("SELECT count(*) FROM stock_move")),
                                  QStringLiteral("1"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(probe().standbys.value(0).replayLagBytes, qint64(0), 10000);

        QVERIFY(m_standby.query(QStringLiteral("odoo"), QStringLiteral("SELECT pg_wal_replay_pause()")).ok());
        QVERIFY(m_primary.query(QStringLiteral("odoo"),
                                QStringLiteral("INSERT INTO stock_move (qty) SELECT g FROM generate_series(1, 20000) g"))
                    .ok());
        QTRY_VERIFY_WITH_TIMEOUT(probe().replicas.value(0).receivedNotReplayedBytes > 0, 10000);
        const auto paused = probe();
        const auto &replica = paused.replicas.constFirst();
        QVERIFY(replica.replayPaused);
        QVERIFY(replica.replayDelaySeconds > 0);
        QTRY_VERIFY_WITH_TIMEOUT(probe().standbys.value(0).replayLagBytes > 0, 10000);
        // The standby still shows the old data.
        QCOMPARE(m_standby.scalar(QStringLiteral("odoo"), QStringLiteral("SELECT count(*) FROM stock_move")),
                 QStringLiteral("1"));

        QVERIFY(m_standby.query(QStringLiteral("odoo"), QStringLiteral("SELECT pg_wal_replay_resume()")).ok());
        QTRY_COMPARE_WITH_TIMEOUT(probe().replicas.value(0).receivedNotReplayedBytes, qint64(0), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(probe().standbys.value(0).replayLagBytes, qint64(0), 15000);
        const auto caughtUp = probe();
        QVERIFY(!caughtUp.replicas.constFirst().replayPaused);
        QCOMPARE(caughtUp.replicas.constFirst().replayDelaySeconds, 0.0);
        QCOMPARE(m_standby.scalar(QStringLiteral("odoo"), QStringLiteral("SELECT count(*) FROM stock_move")),
                 QStringLiteral("20001"));
    }

    void connectionsAndLongestTransaction()
    {
        pqxx::connection holder(conninfo(m_primary));
        pqxx::work tx(holder);
        const int pid = tx.exec("SELECT pg_backend_pid()")[0][0].as<int>();
        tx.exec("SELECT txid_current()");

        const auto snapshot = probe();
        QCOMPARE(snapshot.connections.max,
                 m_primary.scalar(QStringLiteral("odoo"), QStringLiteral("SHOW max_connections")).toInt());
        QVERIFY(snapshot.connections.used >= 2); // the probe's own session and the held transaction
        QVERIFY(snapshot.connections.byState.value(QStringLiteral("idle in transaction")) >= 1);
        QVERIFY(snapshot.longestTransaction.has_value());
        QCOMPARE(snapshot.longestTransaction->pid, pid);
        QCOMPARE(snapshot.longestTransaction->state, QStringLiteral("idle in transaction"));
        QVERIFY(snapshot.longestTransaction->seconds >= 0);
        QVERIFY(snapshot.longestTransaction->query.contains(QStringLiteral("txid_current")));
        tx.abort();

        const qint64 size = m_primary.scalar(QStringLiteral("odoo"),
                                             QStringLiteral("SELECT pg_database_size('odoo')")).toLongLong();
        QVERIFY(snapshot.databaseBytes > 0);
        QVERIFY(qAbs(snapshot.databaseBytes - size) < 1024 * 1024);
    }

    void blockingLockChain()
    {
        QVERIFY(m_primary.query(QStringLiteral("odoo"),
                                QStringLiteral("CREATE TABLE stock_quant (id int PRIMARY KEY, qty int); "
                                               "INSERT INTO stock_quant VALUES (1, 0), (2, 0)")).ok());
        // a holds row 1; b holds row 2 and waits for row 1; c waits for row 2: c → b → a.
        pqxx::connection a(conninfo(m_primary));
        pqxx::work txA(a);
        const int pidA = txA.exec("SELECT pg_backend_pid()")[0][0].as<int>();
        txA.exec("UPDATE stock_quant SET qty = 1 WHERE id = 1");

        std::atomic<int> pidB{0};
        std::atomic<int> pidC{0};
        const std::string info = conninfo(m_primary);
        std::thread b([&] {
            pqxx::connection connection(info);
            pqxx::work tx(connection);
            pidB = tx.exec("SELECT pg_backend_pid()")[0][0].as<int>();
            tx.exec("UPDATE stock_quant SET qty = 2 WHERE id = 2");
            tx.exec("UPDATE stock_quant SET qty = 2 WHERE id = 1");
            tx.commit();
        });
        QTRY_COMPARE_WITH_TIMEOUT(probe().lockWaits.size(), 1, 10000);
        std::thread c([&] {
            pqxx::connection connection(info);
            pqxx::work tx(connection);
            pidC = tx.exec("SELECT pg_backend_pid()")[0][0].as<int>();
            tx.exec("UPDATE stock_quant SET qty = 3 WHERE id = 2");
            tx.commit();
        });
        QTRY_COMPARE_WITH_TIMEOUT(probe().lockWaits.size(), 2, 10000);
        const auto snapshot = probe();
        txA.commit();
        b.join();
        c.join();

        QCOMPARE(snapshot.lockWaits.size(), 2);
        for (const auto &wait : snapshot.lockWaits) {
            if (wait.pid == pidB) {
                QCOMPARE(wait.blockedBy, QList<int>{pidA});
                QCOMPARE(wait.chain, (QList<int>{pidB, pidA}));
                QVERIFY(wait.query.contains(QStringLiteral("id = 1")));
            } else {
                QCOMPARE(wait.pid, pidC.load());
                QCOMPARE(wait.blockedBy, QList<int>{pidB});
                QCOMPARE(wait.chain, (QList<int>{pidC, pidB, pidA}));
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(probe().lockWaits.size(), 0, 10000);
    }

    void queueJobCountsAndStuckJobs()
    {
        QVERIFY(m_primary.query(QStringLiteral("odoo"), QStringLiteral(R"(
            CREATE TABLE queue_job (id serial PRIMARY KEY, uuid text, channel text, state text NOT NULL,
                                    date_created timestamp, date_started timestamp);
            INSERT INTO queue_job (channel, state, date_created, date_started) VALUES
              ('root.edi', 'pending', (now() AT TIME ZONE 'UTC') - interval '2 hours', NULL),
              ('root.edi', 'pending', (now() AT TIME ZONE 'UTC') - interval '5 minutes', NULL),
              ('root.edi', 'pending', (now() AT TIME ZONE 'UTC'), NULL),
              ('root.carrier', 'enqueued', (now() AT TIME ZONE 'UTC') - interval '1 minute', NULL),
              ('root.carrier', 'started', (now() AT TIME ZONE 'UTC') - interval '2 hours', (now() AT TIME ZONE 'UTC') - interval '1 hour'),
              ('root.carrier', 'started', (now() AT TIME ZONE 'UTC') - interval '2 minutes', (now() AT TIME ZONE 'UTC') - interval '1 minute'),
              ('root', 'failed', (now() AT TIME ZONE 'UTC') - interval '1 day', NULL),
              ('root', 'done', (now() AT TIME ZONE 'UTC') - interval '1 day', NULL),
              ('root', 'done', (now() AT TIME ZONE 'UTC') - interval '1 day', NULL))")).ok());
        const auto snapshot = probe();
        QVERIFY(snapshot.queueJobs.installed);
        const QMap<QString, int> expected{{QStringLiteral("pending"), 3}, {QStringLiteral("enqueued"), 1},
                                          {QStringLiteral("started"), 2}, {QStringLiteral("failed"), 1},
                                          {QStringLiteral("done"), 2}};
        QCOMPARE(snapshot.queueJobs.byState, expected);
        QCOMPARE(snapshot.queueJobs.stuck, 1);
        QVERIFY2(snapshot.queueJobs.oldestPendingSeconds >= 7200 && snapshot.queueJobs.oldestPendingSeconds < 7260,
                 qPrintable(QString::number(snapshot.queueJobs.oldestPendingSeconds)));
    }

    void walArchivingIsBackupEvidence()
    {
        QCOMPARE(probe().archiving.archiveMode, QStringLiteral("on"));
        QVERIFY(m_primary.query(QStringLiteral("odoo"), QStringLiteral("SELECT pg_switch_wal()")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(probe().archiving.archivedCount >= 1, 15000);
        const auto archiving = probe().archiving;
        QVERIFY(archiving.lastArchivedAt.isValid());
        QVERIFY(archiving.lastArchivedAt.secsTo(QDateTime::currentDateTimeUtc()) < 60);
        QCOMPARE(archiving.lastArchivedWal.size(), 24);
        QCOMPARE(archiving.failedCount, qint64(0));
    }

    void aDownStandbyDoesNotBlockThePrimary()
    {
        OdooProbes probes;
        OdooProbes::Config config;
        config.conninfo = m_primary.url(QStringLiteral("odoo"));
        const QString dead = QStringLiteral("postgresql://gatehouse@127.0.0.1:%1/odoo").arg(quint16(m_primary.port() + 1000));
        config.standbyConninfos = {m_standby.url(QStringLiteral("odoo")), dead};
        probes.setConfig(config);
        const auto snapshot = probe(probes);
        QCOMPARE(snapshot.replicas.size(), 2);
        QVERIFY(snapshot.replicas[0].reachable);
        QVERIFY(!snapshot.replicas[1].reachable);
        QVERIFY(!snapshot.replicas[1].error.isEmpty());
        QCOMPARE(probes.state().status, Status::Fresh);
    }

    void unreachablePrimaryNeverShowsThePassword()
    {
        OdooProbes probes;
        OdooProbes::Config config;
        config.conninfo = QStringLiteral("postgresql://odoo@127.0.0.1:%1/odoo").arg(quint16(m_primary.port() + 1000));
        config.password = QStringLiteral("s3cret-Pa55");
        probes.setConfig(config);
        QSignalSpy changes(&probes, &OdooProbes::stateChanged);
        const auto future = probes.probe();
        QVERIFY(Tests::waitFor(future));
        QVERIFY(!future.result().ok());
        const QString message = future.result().error().message;
        QVERIFY2(message.contains(QStringLiteral("127.0.0.1:%1").arg(quint16(m_primary.port() + 1000))), qPrintable(message));
        QVERIFY(!message.contains(config.password));
        QCOMPARE(probes.state().status, Status::Unreachable);
        QVERIFY(!probes.state().reason.contains(config.password));
        QCOMPARE(changes.size(), 1);
        // The healthy primary's probes are unaffected.
        QCOMPARE(probe().replicas.size(), 1);
        QCOMPARE(m_probes.state().status, Status::Fresh);
    }
};

QTEST_GUILESS_MAIN(TestOdooProbes)
#include "tst_odooprobes.moc"
