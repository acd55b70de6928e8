// Approval throughput with 16 concurrent clients against pgbench's simple-update on the
// same private cluster in the same run, and approval-to-other-client notification latency.
// Prints figures; not a pass/fail test.
//
// Throughput is measured in the same run with the audit chain's stripes in use as
// migrated (1: every approval locks one head row until its commit) and with 64 (each
// session appends to its own stripe, resources/sql/0008); as one autocommit statement,
// which is what ControlStore does, and inside BEGIN … COMMIT. Two diagnostic runs switch
// the change notifications off, to show what they cost. The chain must verify intact
// afterwards.

#include "postgresfixture.h"

#include "services/controlstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QTimer>

#include <pqxx/pqxx>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

using namespace Gatehouse;

namespace {

constexpr int kClients = 16;
constexpr int kSeconds = 10;
constexpr int kChangesPerClient = 2400;
// Changes are prepared in transactions of this many: appends from one session in one
// transaction update their stripe head again and again, and a long version chain of
// that row slows every later append of the transaction.
constexpr int kPrepareBatch = 500;

// Each client approves its own changes: client c owns ids [1 + c * kChangesPerClient, …];
// a run uses `count` of them from `offset` on.
double approvalTps(const Tests::PostgresFixture &postgres, const QString &db, bool autocommit, int offset, int count)
{
    std::atomic<long> done{0};
    std::atomic<long> failed{0};
    std::atomic<bool> stop{false};
    std::atomic<int> finished{0};
    std::vector<std::thread> threads;
    for (int client = 0; client < kClients; ++client) {
        threads.emplace_back([&, client] {
            pqxx::connection connection(
                Services::ControlStore::urlForUser(postgres.url(db), QStringLiteral("benchcab%1").arg(client)).toStdString());
            for (int i = 0; i < count && !stop; ++i) {
                const long long id = 1 + client * kChangesPerClient + offset + i;
                try {
                    if (autocommit) {
                        pqxx::nontransaction tx(connection);
                        tx.exec_params("SELECT gatehouse_approve($1, 'bench')", id);
                    } else {
                        pqxx::work tx(connection);
                        tx.exec_params("SELECT gatehouse_approve($1, 'bench')", id);
                        tx.commit();
                    }
                    ++done;
                } catch (const std::exception &) {
                    ++failed;
                }
            }
            ++finished;
        });
    }
    QElapsedTimer timer;
    timer.start();
    // Until the time is up or every client ran out of changes to approve.
    while (timer.elapsed() < kSeconds * 1000 && finished < kClients)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    stop = true;
    const qint64 elapsed = timer.elapsed();
    for (auto &thread : threads)
        thread.join();
    if (failed > 0)
        std::fprintf(stderr, "%ld approvals failed\n", long(failed));
    return double(done) * 1000.0 / double(elapsed);
}

double pgbenchTps(const Tests::PostgresFixture &postgres)
{
    const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin/pgbench");
    const QString url = postgres.url(QStringLiteral("pgbench"));
    QProcess init;
    init.start(bin, {QStringLiteral("-i"), QStringLiteral("-s"), QStringLiteral("4"), QStringLiteral("-q"), url});
    init.waitForFinished(300000);
    QProcess run;
    run.start(bin, {QStringLiteral("-b"), QStringLiteral("simple-update"), QStringLiteral("-c"), QString::number(kClients),
                    QStringLiteral("-j"), QStringLiteral("2"), QStringLiteral("-T"), QString::number(kSeconds), url});
    run.waitForFinished(300000);
    const QString out = QString::fromLocal8Bit(run.readAllStandardOutput());
    const auto match = QRegularExpression(QStringLiteral("tps = ([0-9.]+)")).match(out);
    return match.hasMatch() ? match.captured(1).toDouble() : 0.0;
}

template<typename T>
T await(const QFuture<T> &future)
{
    Tests::waitFor(future, 300000);
    return future.result();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    Tests::PostgresFixture postgres;
    if (!postgres.start()) {
        std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(postgres.errorString()));
        return 1;
    }
    const QString db = QStringLiteral("bench_approvals");
    postgres.createDatabase(db);
    postgres.createDatabase(QStringLiteral("pgbench"));
    {
        Services::ControlStore migrator;
        Services::ControlStoreSettings settings;
        settings.url = postgres.url(db);
        migrator.open(settings);
        if (!migrator.waitForConnection(std::chrono::seconds(60))) {
            std::fprintf(stderr, "cannot migrate\n");
            return 1;
        }
    }
    QString setup = QStringLiteral(
        "SELECT gatehouse_apply_policy('{\"tiers\": {\"staging\": {\"approvals\": [{\"role\": \"cab-member\", \"count\": 1}]}},"
        " \"environments\": {\"staging\": \"staging\"}}');");
    for (int client = 0; client < kClients; ++client)
        setup += QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'benchcab%1') THEN "
                                "CREATE ROLE benchcab%1 LOGIN; END IF; END $$; GRANT gatehouse_cab_member TO benchcab%1;")
                     .arg(client);
    auto prepared = postgres.query(db, setup);
    QElapsedTimer prepareTimer;
    prepareTimer.start();
    for (int first = 1; first <= kClients * kChangesPerClient && prepared.ok(); first += kPrepareBatch) {
        prepared = postgres.query(
            db, QStringLiteral("SELECT gatehouse_create_change('bench ' || i, '', 'staging', 'normal', '{}', '{}', now(),"
                               " now() + interval '1 hour', 'UTC') FROM generate_series(%1, %2) AS i;")
                    .arg(first)
                    .arg(first + kPrepareBatch - 1));
    }
    for (int first = 1; first <= kClients * kChangesPerClient && prepared.ok(); first += kPrepareBatch) {
        prepared = postgres.query(db, QStringLiteral("SELECT gatehouse_submit(id), gatehouse_assess(id, 10) FROM change_requests"
                                                     " WHERE id BETWEEN %1 AND %2 ORDER BY id")
                                          .arg(first)
                                          .arg(first + kPrepareBatch - 1));
    }
    if (!prepared.ok()) {
        std::fprintf(stderr, "setup failed: %s\n", qPrintable(prepared.error().message));
        return 1;
    }
    std::printf("prepared %d assessed changes in %.1f s\n", kClients * kChangesPerClient, double(prepareTimer.elapsed()) / 1000.0);

    // Each run gets its own changes: a sixth of every client's share (the last sixth is
    // for the latency).
    constexpr int kShare = kChangesPerClient / 6;
    const auto useStripes = [&](int stripes) {
        return postgres.query(db, QStringLiteral("UPDATE audit_settings SET stripes_in_use = %1").arg(stripes)).ok();
    };
    const QString notifyTriggers = QStringLiteral("ALTER TABLE approvals %1 TRIGGER approvals_notify;"
                                                  "ALTER TABLE change_requests %1 TRIGGER change_requests_notify;");
    const double pgbench = pgbenchTps(postgres);
    const double single = approvalTps(postgres, db, true, 0, kShare);
    const double striped = useStripes(64) ? approvalTps(postgres, db, true, kShare, kShare) : 0.0;
    useStripes(1);
    const double inTransaction = approvalTps(postgres, db, false, 2 * kShare, kShare);
    // Diagnostic: the same with the change notifications switched off. Every notifying
    // transaction takes PostgreSQL's one notification lock at commit and keeps it until
    // the commit is done, so notifications serialise commits much as one chain does.
    const bool silenced = postgres.query(db, notifyTriggers.arg(QStringLiteral("DISABLE"))).ok();
    const double singleSilent = silenced ? approvalTps(postgres, db, true, 3 * kShare, kShare) : 0.0;
    const double stripedSilent = silenced && useStripes(64) ? approvalTps(postgres, db, true, 4 * kShare, kShare) : 0.0;
    useStripes(1);
    postgres.query(db, notifyTriggers.arg(QStringLiteral("ENABLE")));

    Models::AuditChainReport chain;
    qint64 verifyMs = 0;
    {
        Services::ControlStore verifier;
        Services::ControlStoreSettings settings;
        settings.url = postgres.url(db);
        verifier.open(settings);
        verifier.waitForConnection(std::chrono::seconds(30));
        QElapsedTimer verifyTimer;
        verifyTimer.start();
        const auto report = await(verifier.verifyAuditChain());
        verifyMs = verifyTimer.elapsed();
        if (!report) {
            std::fprintf(stderr, "cannot verify: %s\n", qPrintable(report.error().message));
            return 1;
        }
        chain = report.value();
    }

    const auto ratio = [pgbench](double tps) { return pgbench > 0 ? tps / pgbench : 0.0; };
    std::printf("pgbench simple-update TPS (16 clients): %.0f\n", pgbench);
    std::printf("approval transactions/s (16 clients), autocommit, 1 stripe in use (as migrated): %.0f, ratio %.2f"
                " (target >= 0.3)\n",
                single, ratio(single));
    std::printf("approval transactions/s (16 clients), autocommit, 64 stripes in use: %.0f, ratio %.2f\n", striped,
                ratio(striped));
    std::printf("approval transactions/s (16 clients), BEGIN ... COMMIT, 1 stripe in use: %.0f, ratio %.2f\n", inTransaction,
                ratio(inTransaction));
    std::printf("diagnostic, notify triggers off: 1 stripe %.0f (ratio %.2f), 64 stripes %.0f (ratio %.2f)\n", singleSilent,
                ratio(singleSilent), stripedSilent, ratio(stripedSilent));
    std::printf("audit chain after the runs: %s, %lld rows verified in %lld ms\n", chain.intact() ? "intact" : "BROKEN",
                static_cast<long long>(chain.rowsChecked), static_cast<long long>(verifyMs));

    // Latency: one client approves, another sees the notification and has re-read the change.
    Services::ControlStore approver;
    Services::ControlStore viewer;
    Services::ControlStoreSettings approverSettings;
    approverSettings.url = Services::ControlStore::urlForUser(postgres.url(db), QStringLiteral("benchcab0"));
    Services::ControlStoreSettings viewerSettings;
    viewerSettings.url = Services::ControlStore::urlForUser(postgres.url(db), QStringLiteral("benchcab1"));
    approver.open(approverSettings);
    viewer.open(viewerSettings);
    approver.waitForConnection(std::chrono::seconds(30));
    viewer.waitForConnection(std::chrono::seconds(30));
    const auto remaining = postgres.query(db, QStringLiteral("SELECT id FROM change_requests WHERE state = 'assessed' ORDER BY id LIMIT 300"));
    QList<double> latencies;
    for (const QStringList &row : remaining.value()) {
        const qint64 id = row.at(0).toLongLong();
        QEventLoop loop;
        QElapsedTimer timer;
        bool seen = false;
        const auto connection = QObject::connect(&viewer, &Services::ControlStore::changesChanged, &loop, [&] {
            viewer.change(id).then(&loop, [&](const Models::Result<Models::ChangeRequest> &change) {
                if (change && change->state == Models::ChangeState::Approved && !seen) {
                    seen = true;
                    latencies.append(double(timer.nsecsElapsed()) / 1e6);
                    loop.quit();
                }
            });
        });
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        timer.start();
        approver.approve(id, QStringLiteral("latency"));
        loop.exec();
        QObject::disconnect(connection);
    }
    std::sort(latencies.begin(), latencies.end());
    if (!latencies.isEmpty()) {
        const auto at = [&](double q) { return latencies.at(std::min<qsizetype>(latencies.size() - 1, qsizetype(q * latencies.size()))); };
        std::printf("approval → other client updated: p50 %.1f ms, p99 %.1f ms (%lld samples; target p99 <= 50 ms)\n",
                    at(0.50), at(0.99), static_cast<long long>(latencies.size()));
    }
    approver.close();
    viewer.close();
    postgres.stop();
    return 0;
}
