#include "services/controlstoremigrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <pqxx/pqxx>

#include <algorithm>
#include <set>

// The resource initializer lives in the global namespace; Q_INIT_RESOURCE must be used there.
static void initGatehouseResources()
{
    Q_INIT_RESOURCE(gatehouse_resources);
}

namespace Gatehouse::Services {

namespace {
// Any constant shared by every Gatehouse; "GATEHOUS" as a 64-bit number.
constexpr long long kMigrationLockKey = 0x4741544548'4f5553LL;
} // namespace

QList<ControlStoreMigrations::Migration> ControlStoreMigrations::available()
{
    initGatehouseResources();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_([A-Za-z0-9_]+)\\.sql$"));
    QList<Migration> migrations;
    const QDir dir(QStringLiteral(":/sql"));
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &fileName : files) {
        const auto match = pattern.match(fileName);
        if (!match.hasMatch())
            continue;
        QFile file(dir.filePath(fileName));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

int ControlStoreMigrations::latestVersion()
{
    const auto migrations = available();
    return migrations.isEmpty() ? 0 : migrations.constLast().version;
}

int ControlStoreMigrations::apply(pqxx::connection_base &connection)
{
    const auto migrations = available();
    // A person's own login role may not create anything: when nothing is missing, do not
    // even try (CREATE TABLE IF NOT EXISTS needs the CREATE privilege).
    const int before = currentVersion(connection);
    if (!migrations.isEmpty() && before >= migrations.constLast().version)
        return before;
    pqxx::work tx(connection, "gatehouse-migrate");
    // Lock first: even creating the bookkeeping table races without it.
    tx.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLockKey);
    tx.exec("SET LOCAL client_min_messages = warning");
    tx.exec("CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version integer PRIMARY KEY,"
            " name text NOT NULL,"
            " applied_at timestamptz NOT NULL DEFAULT now())");
    std::set<int> applied;
    for (const auto &row : tx.exec("SELECT version FROM schema_migrations"))
        applied.insert(row[0].as<int>());
    for (const Migration &migration : migrations) {
        if (applied.count(migration.version))
            continue;
        tx.exec(migration.sql.toStdString(), "migration " + migration.name.toStdString());
        tx.exec_params("INSERT INTO schema_migrations (version, name) VALUES ($1, $2)", migration.version,
                       migration.name.toStdString());
    }
    const int version = tx.exec("SELECT coalesce(max(version), 0) FROM schema_migrations")[0][0].as<int>();
    tx.commit();
    return version;
}

int ControlStoreMigrations::currentVersion(pqxx::connection_base &connection)
{
    pqxx::read_transaction tx(connection);
    const pqxx::result exists = tx.exec("SELECT to_regclass('schema_migrations') IS NOT NULL");
    if (!exists[0][0].as<bool>())
        return 0;
    return tx.exec("SELECT coalesce(max(version), 0) FROM schema_migrations")[0][0].as<int>();
}

} // namespace Gatehouse::Services
