// Contract check of 50 integrations against a 600-table schema in a private PostgreSQL,
// including the catalog queries (target ≤ 500 ms). Prints the figures; not pass/fail.
//
//   bench_contracts [runs]

#include "postgresfixture.h"

#include "models/contractevaluator.h"
#include "services/contractchecker.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>

#include <algorithm>
#include <cstdio>
#include <memory>

using namespace Gatehouse;

namespace {

constexpr int tableCount = 600;
constexpr int columnsPerTable = 14;
constexpr int integrationCount = 50;
constexpr int tablesPerContract = 6;
constexpr int columnsPerContractTable = 8;

const char *typeOf(int column)
{
    static const char *types[] = {"integer", "character varying", "numeric", "timestamp without time zone",
                                  "boolean", "text", "date", "jsonb"};
    return types[column % 8];
}

QString schemaSql()
{
    QString sql;
    for (int t = 0; t < tableCount; ++t) {
        sql += QStringLiteral("CREATE TABLE t%1 (id serial PRIMARY KEY").arg(t, 3, 10, QLatin1Char('0'));
        for (int c = 1; c < columnsPerTable; ++c)
            sql += QStringLiteral(", c%1 %2%3").arg(c).arg(QLatin1String(typeOf(c)),
                                                          c % 5 == 0 ? QStringLiteral(" NOT NULL") : QString());
        sql += QStringLiteral(");\n");
        if (t > 0)
            sql += QStringLiteral("ALTER TABLE t%1 ADD FOREIGN KEY (c%2) REFERENCES t%3 (id);\n")
                       .arg(t, 3, 10, QLatin1Char('0'))
                       .arg(8)
                       .arg(t - 1, 3, 10, QLatin1Char('0'));
    }
    for (int i = 0; i < integrationCount; ++i)
        sql += QStringLiteral("CREATE ROLE role%1; GRANT SELECT, INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO role%1;\n").arg(i);
    return sql;
}

Models::EstatePtr estate(quint16 port)
{
    auto e = std::make_shared<Models::Estate>();
    e->name = QStringLiteral("bench");
    Models::Environment env;
    env.name = QStringLiteral("production");
    env.odooDatabase.host = QStringLiteral("127.0.0.1");
    env.odooDatabase.port = port;
    env.odooDatabase.name = QStringLiteral("odoo");
    env.odooDatabase.user = QStringLiteral("gatehouse");
    e->environments.append(env);
    for (int i = 0; i < integrationCount; ++i) {
        Models::Integration integration;
        integration.name = QStringLiteral("integration-%1").arg(i);
        integration.contract.databaseRole = QStringLiteral("role%1").arg(i);
        for (int k = 0; k < tablesPerContract; ++k) {
            const int t = (i * 12 + k * 7) % tableCount;
            Models::ContractTable table;
            table.name = QStringLiteral("t%1").arg(t, 3, 10, QLatin1Char('0'));
            table.access = k % 2 ? QStringLiteral("read") : QStringLiteral("read-write");
            for (int c = 0; c < columnsPerContractTable; ++c) {
                Models::ContractColumn column;
                column.name = c == 0 ? QStringLiteral("id") : QStringLiteral("c%1").arg(c);
                column.type = c == 0 ? QStringLiteral("integer") : QLatin1String(typeOf(c));
                column.notNull = c == 0 || c % 5 == 0;
                if (c == 7 && i % 10 == 0)
                    column.name = QStringLiteral("c7_renamed"); // a few findings to report
                table.columns.append(column);
            }
            integration.contract.tables.append(table);
        }
        e->integrations.append(integration);
    }
    e->index();
    return e;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QString::fromLocal8Bit(argv[1]).toInt()) : 7;

    Tests::PostgresFixture pg;
    if (!pg.start() || !pg.createDatabase(QStringLiteral("odoo"))) {
        std::fprintf(stderr, "PostgreSQL: %s\n", qPrintable(pg.errorString()));
        return 1;
    }
    const auto created = pg.query(QStringLiteral("odoo"), schemaSql());
    if (!created) {
        std::fprintf(stderr, "schema: %s\n", qPrintable(created.error().message));
        return 1;
    }
    const Models::EstatePtr e = estate(pg.port());

    Services::ContractChecker checker;
    QList<double> times;
    Models::ContractReport report;
    for (int run = 0; run < runs + 1; ++run) {
        QElapsedTimer timer;
        timer.start();
        QFutureWatcher<Models::ContractReport> watcher;
        QEventLoop loop;
        QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(checker.check(e, QStringLiteral("production")));
        if (!watcher.isFinished())
            loop.exec();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        report = watcher.future().result();
        if (run > 0) // the first run warms the server's catalog caches
            times.append(ms);
    }
    if (!report.isReachable()) {
        std::fprintf(stderr, "unreachable: %s\n", qPrintable(report.unreachableReason));
        return 1;
    }
    std::sort(times.begin(), times.end());
    int findings = 0;
    for (const auto &r : report.integrations)
        findings += int(r.findings.size());
    std::printf("contract check: %d integrations, %d contract tables, against %d tables x %d columns\n",
                int(report.integrations.size()), integrationCount * tablesPerContract, tableCount, columnsPerTable);
    std::printf("  findings: %d, broken: %d\n", findings,
                report.count(Models::IntegrationContractResult::Status::Broken));
    std::printf("  contract-check-ms (incl. connect + catalog queries): min %.1f median %.1f max %.1f over %d runs "
                "(target <= 500)\n",
                times.first(), times.at(times.size() / 2), times.last(), int(times.size()));
    return 0;
}
