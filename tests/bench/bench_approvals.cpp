// Approval throughput with 16 concurrent clients against pgbench's simple-update on the
// same private cluster in the same run, and approval-to-other-client notification latency.
// Prints figures; not a pass/fail test. The machine may be shared: run it more than once.
//
// Each approval is sent as ControlStore sends it (resources/sql/0009): one autocommit
// statement, prepared once per connection, in a session that announces after its commits,
// then the prepared SELECT gatehouse_announce() on its own, which sends the change signal in a short transaction
// that does not wait for its commit record's flush. For comparison, the same approvals
// from a plain client that does not announce after commit: its transaction notifies, and
// PostgreSQL lets one notifying transaction commit at a time (it holds a cluster-wide
// lock from pre-commit until its commit is done, WAL flush included), so those commits
// cannot share flushes. Before 0009 every approval was sent that way, with one stripe
// of the audit chain in use. A diagnostic run sends Gatehouse's statement without the
// announce (no signal at all) to show what the announce costs.
//
// The cluster runs with durable commits (fsync, synchronous_commit on), as a shared
// control store does; the test fixture's default turns both off, and the second set of
// figures shows that case (synchronous_commit off for the approvals and for pgbench):
// without a flush to wait for, an in-transaction notification costs little and the
// announce's extra transaction is what remains.
//
// Like pgbench's figure, a run's rate leaves out connecting: the clock starts once all 16
// clients have connected and set up their sessions, and each run has changes enough to
// last its seconds.
//
// Stripes of the audit chain: as migrated (64 since 0009) and 1. A separate connection
// LISTENs during every run and the figures say how many of the approved changes it
// heard of: every one, or the run is wrong. pgbench runs just before each approval run,
// with the same durability, and the ratio is against that run (the machine's other load
// comes and goes). The chain must verify intact afterwards.

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
#include <latch>
#include <cstdio>
#include <set>
#include <string>
#include <thread>
#include <vector>

using namespace Gatehouse;

namespace {

constexpr int kClients = 16;
constexpr int kSeconds = 6;
// Enough for each of the ten shares (nine runs and the latency) to keep 16 clients busy
// for kSeconds at about 2,000 approvals/s: a run that runs out early weighs each
// session's first calls (PL/pgSQL compiles its functions once per session) more.
constexpr int kChangesPerClient = 8000;
// Changes are prepared in transactions of this many: appends from one session in one
// transaction update their stripe head again and again, and a long version chain of
// that row slows every later append of the transaction.
constexpr int kPrepareBatch = 500;

enum class Sender {
    Gatehouse, ///< autocommit statement, then gatehouse_announce() (what ControlStore does)
    Plain,     ///< autocommit statement from a client that notifies inside its transaction
    Silent,    ///< diagnostic: Gatehouse's statement without the announce (no signal sent)
};

struct Run
{
    double tps = 0;
    long approved = 0;
    long heard = 0; ///< approved changes the listening connection heard of
    double pgbench = 0; ///< pgbench simple-update TPS measured just before, same durability
};

// Collects the payloads of gatehouse_changes on its own connection and thread.
class Listener
{
public:
    explicit Listener(const std::string &url)
        : m_connection(url)
        , m_receiver(m_connection, this)
    {
        m_thread = std::thread([this] {
            while (!m_stop)
                m_connection.await_notification(0, 50000);
            // Signals of the last commits may still be on their way.
            while (m_connection.await_notification(0, 300000) > 0) {
            }
        });
    }
    ~Listener() { finish(); }
    /// Stops listening; after it, heard() is stable.
    void finish()
    {
        m_stop = true;
        if (m_thread.joinable())
            m_thread.join();
    }
    const std::set<long long> &heard() const { return m_heard; }

private:
    struct Receiver : pqxx::notification_receiver
    {
        Receiver(pqxx::connection_base &connection, Listener *owner)
            : pqxx::notification_receiver(connection, "gatehouse_changes")
            , m_owner(owner)
        {}
        void operator()(const std::string &payload, int) override
        {
            if (!payload.empty() && payload.find(':') == std::string::npos)
                m_owner->m_heard.insert(std::stoll(payload));
        }
        Listener *m_owner;
    };

    pqxx::connection m_connection;
    Receiver m_receiver;
    std::set<long long> m_heard;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

// Each client approves its own changes: client c owns ids [1 + c * kChangesPerClient, …];
// a run uses `count` of them from `offset` on.
Run approvalRun(const Tests::PostgresFixture &postgres, const QString &db, Sender sender, bool durable, int offset,
                int count)
{
    Listener listener(postgres.url(db).toStdString());
    std::atomic<long> failed{0};
    std::atomic<bool> stop{false};
    std::atomic<int> finished{0};
    std::vector<std::vector<long long>> approved(kClients);
    std::vector<std::thread> threads;
    // As pgbench reports its figure without the initial connection time, the clock starts
    // once every client has connected and set up its session.
    std::latch connected(kClients + 1);
    for (int client = 0; client < kClients; ++client) {
        threads.emplace_back([&, client] {
            pqxx::connection connection(
                Services::ControlStore::urlForUser(postgres.url(db), QStringLiteral("benchcab%1").arg(client)).toStdString());
            {
                pqxx::nontransaction tx(connection);
                if (sender != Sender::Plain)
                    tx.exec("SET gatehouse.announce = 'after-commit'");
                if (!durable)
                    tx.exec("SET synchronous_commit = off");
            }
            // As ControlStore sends them: prepared once per connection.
            connection.prepare("approve", "SELECT gatehouse_approve($1, 'bench')");
            connection.prepare("announce", "SELECT gatehouse_announce()");
            connected.arrive_and_wait();
            for (int i = 0; i < count && !stop; ++i) {
                const long long id = 1 + client * kChangesPerClient + offset + i;
                try {
                    pqxx::nontransaction tx(connection);
                    tx.exec_prepared("approve", id);
                    approved[std::size_t(client)].push_back(id);
                    if (sender == Sender::Gatehouse)
                        tx.exec_prepared("announce");
                } catch (const std::exception &) {
                    ++failed;
                }
            }
            ++finished;
        });
    }
    connected.arrive_and_wait();
    QElapsedTimer timer;
    timer.start();
    // Until the time is up or every client ran out of changes to approve.
    while (timer.elapsed() < kSeconds * 1000 && finished < kClients)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    stop = true;
    const qint64 elapsed = timer.elapsed();
    for (auto &thread : threads)
        thread.join();
    listener.finish();
    if (failed > 0)
        std::fprintf(stderr, "%ld approvals failed\n", long(failed));
    Run run;
    for (const auto &ids : approved) {
        run.approved += long(ids.size());
        for (const long long id : ids)
            run.heard += listener.heard().count(id) ? 1 : 0;
    }
    run.tps = double(run.approved) * 1000.0 / double(elapsed);
    return run;
}

void pgbenchInit(const Tests::PostgresFixture &postgres)
{
    QProcess init;
    init.start(QStringLiteral("/usr/lib/postgresql/15/bin/pgbench"),
               {QStringLiteral("-i"), QStringLiteral("-s"), QStringLiteral("4"), QStringLiteral("-q"),
                postgres.url(QStringLiteral("pgbench"))});
    init.waitForFinished(300000);
}

double pgbenchTps(const Tests::PostgresFixture &postgres, bool durable)
{
    const QString bin = QStringLiteral("/usr/lib/postgresql/15/bin/pgbench");
    const QString url = postgres.url(QStringLiteral("pgbench"));
    QProcess run;
    if (!durable) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGOPTIONS"), QStringLiteral("-c synchronous_commit=off"));
        run.setProcessEnvironment(environment);
    }
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
    // Commits wait for their WAL flush, as on a shared control store (the test fixture
    // turns that off for speed).
    postgres.setExtraOptions(QStringLiteral("-c fsync=on -c synchronous_commit=on"));
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
    // Created, then submitted and assessed, through the store's functions, in batches on
    // two connections (one per core).
    std::atomic<bool> prepareFailed{false};
    const auto prepareInParallel = [&](const char *statement) {
        std::vector<std::thread> workers;
        for (int worker = 0; worker < 2; ++worker) {
            workers.emplace_back([&, worker] {
                try {
                    pqxx::connection connection(postgres.url(db).toStdString());
                    for (int first = 1 + worker * kPrepareBatch; first <= kClients * kChangesPerClient && !prepareFailed;
                         first += 2 * kPrepareBatch) {
                        pqxx::work tx(connection);
                        tx.exec_params(statement, first, first + kPrepareBatch - 1);
                        tx.commit();
                    }
                } catch (const std::exception &error) {
                    std::fprintf(stderr, "setup failed: %s\n", error.what());
                    prepareFailed = true;
                }
            });
        }
        for (auto &worker : workers)
            worker.join();
    };
    if (prepared.ok())
        prepareInParallel("SELECT count(gatehouse_create_change('bench ' || i, '', 'staging', 'normal', '{}', '{}', now(),"
                          " now() + interval '1 hour', 'UTC')) FROM generate_series($1::bigint, $2::bigint) AS i");
    if (prepared.ok() && !prepareFailed)
        prepareInParallel("SELECT count(*) FROM (SELECT gatehouse_submit(id), gatehouse_assess(id, 10) FROM change_requests"
                          " WHERE id BETWEEN $1 AND $2 ORDER BY id) AS done");
    if (!prepared.ok() || prepareFailed) {
        if (!prepared.ok())
            std::fprintf(stderr, "setup failed: %s\n", qPrintable(prepared.error().message));
        return 1;
    }
    std::printf("prepared %d assessed changes in %.1f s\n", kClients * kChangesPerClient, double(prepareTimer.elapsed()) / 1000.0);

    // Each run gets its own changes: a tenth of every client's share (the last tenth is
    // for the latency).
    constexpr int kShare = kChangesPerClient / 10;
    const auto useStripes = [&](int stripes) {
        return postgres.query(db, QStringLiteral("UPDATE audit_settings SET stripes_in_use = %1").arg(stripes)).ok();
    };
    const int migratedStripes = postgres.scalar(db, QStringLiteral("SELECT stripes_in_use FROM audit_settings")).toInt();
    const int otherStripes = migratedStripes == 1 ? 64 : 1;
    int nextShare = 0;
    // The machine may be busy with other work that comes and goes: each run is compared
    // with a pgbench run of the same durability just before it.
    const auto run = [&](Sender sender, bool durable) {
        const double reference = pgbenchTps(postgres, durable);
        Run result = approvalRun(postgres, db, sender, durable, kShare * nextShare++, kShare);
        result.pgbench = reference;
        return result;
    };
    pgbenchInit(postgres);
    const Run gatehouse = run(Sender::Gatehouse, true);
    const Run plain = run(Sender::Plain, true);
    const Run silent = run(Sender::Silent, true);
    useStripes(otherStripes);
    const Run gatehouseOther = run(Sender::Gatehouse, true);
    const Run plainOther = run(Sender::Plain, true);
    useStripes(migratedStripes);
    // The same without waiting for the WAL flush at commit, as the test clusters run.
    const Run gatehouseAsync = run(Sender::Gatehouse, false);
    const Run plainAsync = run(Sender::Plain, false);
    const Run silentAsync = run(Sender::Silent, false);
    useStripes(1);
    const Run plainAsyncOne = run(Sender::Plain, false);
    useStripes(migratedStripes);

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

    const auto ratio = [](const Run &result) { return result.pgbench > 0 ? result.tps / result.pgbench : 0.0; };
    const auto print = [&](const char *what, int stripes, const Run &result, const char *note) {
        std::printf("  %s, %d stripe%s in use: %.0f approvals/s, pgbench just before %.0f, ratio %.2f%s;"
                    " a listener heard %ld of %ld approved changes%s\n",
                    what, stripes, stripes == 1 ? "" : "s", result.tps, result.pgbench, ratio(result), note, result.heard,
                    result.approved, result.heard == result.approved ? "" : " (SIGNALS MISSING)");
    };
    const auto printSilent = [&](int stripes, const Run &result) {
        std::printf("  diagnostic, Gatehouse statement without the announce (no signal), %d stripes: %.0f approvals/s,"
                    " pgbench just before %.0f, ratio %.2f\n",
                    stripes, result.tps, result.pgbench, ratio(result));
    };
    const char *gatehouseWay = "Gatehouse (autocommit statement, then announce)";
    const char *plainWay = "plain client (autocommit, notifies in its transaction)";
    std::printf("Durable commits (fsync, synchronous_commit on), 16 clients, pgbench simple-update as reference:\n");
    print(gatehouseWay, migratedStripes, gatehouse, " (as migrated; target >= 0.3)");
    print(gatehouseWay, otherStripes, gatehouseOther, "");
    print(plainWay, migratedStripes, plain, "");
    print(plainWay, otherStripes, plainOther, "");
    printSilent(migratedStripes, silent);
    std::printf("Commits not waiting for the WAL flush (synchronous_commit off, as the test clusters run), 16 clients:\n");
    print(gatehouseWay, migratedStripes, gatehouseAsync, "");
    print(plainWay, migratedStripes, plainAsync, "");
    print(plainWay, 1, plainAsyncOne, " (how approvals were sent before 0009)");
    printSilent(migratedStripes, silentAsync);
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
