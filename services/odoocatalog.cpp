#include "services/odoocatalog.h"

#include "services/pgconninfo.h"

#include <QCoreApplication>
#include <QPromise>
#include <QThread>

#include <pqxx/pqxx>

#include <memory>

namespace Gatehouse::Services {

namespace {

// A text[] literal for one parameter: every element double-quoted and escaped, so
// names travel as data and never as SQL.
std::string arrayLiteral(const QStringList &values)
{
    QString out = QStringLiteral("{");
    for (qsizetype i = 0; i < values.size(); ++i) {
        QString v = values.at(i);
        v.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
        v.replace(QLatin1Char('"'), QLatin1String("\\\""));
        if (i > 0)
            out += QLatin1Char(',');
        out += QLatin1Char('"') + v + QLatin1Char('"');
    }
    out += QLatin1Char('}');
    return out.toStdString();
}

QString text(const pqxx::field &field)
{
    return field.is_null() ? QString() : QString::fromUtf8(field.c_str());
}

Models::CatalogTable::Kind kindOf(const QString &relkind)
{
    if (relkind == QLatin1String("v"))
        return Models::CatalogTable::Kind::View;
    if (relkind == QLatin1String("m"))
        return Models::CatalogTable::Kind::MaterializedView;
    if (relkind == QLatin1String("f"))
        return Models::CatalogTable::Kind::ForeignTable;
    if (relkind == QLatin1String("p"))
        return Models::CatalogTable::Kind::PartitionedTable;
    return Models::CatalogTable::Kind::Table;
}

QString unreachableMessage(const OdooCatalog::Target &target, const std::exception &error)
{
    QString detail = QString::fromUtf8(error.what()).trimmed();
    detail = PgConnInfo::scrub(detail, target.password);
    QString message = OdooCatalog::tr("Cannot read the Odoo database %1: %2").arg(OdooCatalog::describe(target.endpoint), detail);
    if (!target.passwordProblem.isEmpty())
        message += QLatin1Char(' ') + OdooCatalog::tr("(No password was sent: %1)").arg(target.passwordProblem);
    return message;
}

void readSchemaNow(pqxx::connection &connection, const Models::SchemaRequest &request,
                   Models::SchemaSnapshot &snapshot)
{
    pqxx::read_transaction tx(connection);
    const std::string tables = arrayLiteral(request.tables);

    const pqxx::result columns = tx.exec_params(
        "SELECT c.relname, c.relkind, a.attname, format_type(a.atttypid, NULL), a.attnotnull, a.atthasdef, "
        // Which of UPDATE (4) and INSERT (8) the relation accepts, as PostgreSQL decides for views.
        "pg_catalog.pg_relation_is_updatable(c.oid::regclass, true) "
        "FROM pg_catalog.pg_class c "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
        "WHERE n.nspname = 'public' AND c.relname = ANY($1::text[]) AND c.relkind IN ('r','p','v','m','f') "
        "ORDER BY c.relname, a.attnum",
        tables);
    for (const auto &row : columns) {
        const QString name = text(row[0]);
        auto it = snapshot.tables.find(name);
        if (it == snapshot.tables.end()) {
            Models::CatalogTable table;
            table.name = name;
            table.kind = kindOf(text(row[1]));
            const int updatable = row[6].is_null() ? 0 : row[6].as<int>();
            table.viewUpdatable = (updatable & 4) != 0;
            table.viewInsertable = (updatable & 8) != 0;
            it = snapshot.tables.insert(name, table);
        }
        if (row[2].is_null())
            continue;
        Models::CatalogColumn column;
        column.name = text(row[2]);
        column.type = text(row[3]);
        column.notNull = row[4].as<bool>();
        column.hasDefault = row[5].as<bool>();
        it->columns.append(column);
    }

    const pqxx::result keys = tx.exec_params(
        "SELECT c.relname, a.attname, fc.relname, fa.attname "
        "FROM pg_catalog.pg_constraint k "
        "JOIN pg_catalog.pg_class c ON c.oid = k.conrelid "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "JOIN pg_catalog.pg_class fc ON fc.oid = k.confrelid "
        "JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
        "JOIN pg_catalog.pg_attribute fa ON fa.attrelid = k.confrelid AND fa.attnum = k.confkey[1] "
        "WHERE k.contype = 'f' AND cardinality(k.conkey) = 1 AND n.nspname = 'public' "
        "AND c.relname = ANY($1::text[])",
        tables);
    for (const auto &row : keys) {
        auto it = snapshot.tables.find(text(row[0]));
        if (it != snapshot.tables.end())
            it->foreignKeys.insert(text(row[1]), text(row[2]) + QLatin1Char('.') + text(row[3]));
    }

    if (!request.roles.isEmpty()) {
        const pqxx::result roles = tx.exec_params(
            "SELECT rolname FROM pg_catalog.pg_roles WHERE rolname = ANY($1::text[])", arrayLiteral(request.roles));
        for (const auto &row : roles)
            snapshot.roles.insert(text(row[0]));
    }

    // Privileges only for roles and columns that exist: has_column_privilege raises otherwise.
    QStringList r, t, c, p;
    for (const Models::SchemaRequest::PrivilegeCheck &check : request.privilegeChecks) {
        const Models::CatalogTable *table = snapshot.table(check.table);
        if (!table || !snapshot.roles.contains(check.role))
            continue;
        for (const QString &column : check.columns) {
            if (!table->column(column))
                continue;
            for (const QString &privilege : check.privileges) {
                r.append(check.role);
                t.append(check.table);
                c.append(column);
                p.append(privilege);
            }
        }
    }
    if (!r.isEmpty()) {
        const pqxx::result granted = tx.exec_params(
            "SELECT u.r, u.t, u.c, u.p, "
            "has_table_privilege(u.r::name, format('%I.%I', 'public', u.t), u.p) "
            "OR has_column_privilege(u.r::name, format('%I.%I', 'public', u.t), u.c, u.p) "
            "FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(r, t, c, p)",
            arrayLiteral(r), arrayLiteral(t), arrayLiteral(c), arrayLiteral(p));
        for (const auto &row : granted) {
            snapshot.privileges.insert(
                Models::SchemaSnapshot::privilegeKey(text(row[0]), text(row[1]), text(row[2]), text(row[3])),
                row[4].as<bool>());
        }
    }
    tx.commit();
}

void readModulesNow(pqxx::connection &connection, Models::ModuleSnapshot &snapshot)
{
    pqxx::read_transaction tx(connection);
    const pqxx::result rows = tx.exec("SELECT name, state, latest_version FROM ir_module_module ORDER BY name");
    for (const auto &row : rows) {
        Models::OdooModule module;
        module.name = text(row[0]);
        module.state = text(row[1]);
        module.latestVersion = text(row[2]);
        snapshot.modules.insert(module.name, module);
    }
    snapshot.odooVersion = snapshot.modules.value(QStringLiteral("base")).latestVersion;
    tx.commit();
}

// Runs `work` on the worker with a fresh read-only connection and fulfils `promise`.
template<typename T, typename Work>
QFuture<Models::Result<T>> runOnWorker(QObject *worker, const OdooCatalog::Target &target, Work work)
{
    auto promise = std::make_shared<QPromise<Models::Result<T>>>();
    promise->start();
    QFuture<Models::Result<T>> future = promise->future();
    const bool queued = QMetaObject::invokeMethod(
        worker,
        [promise, target, work]() {
            if (promise->isCanceled()) {
                promise->finish();
                return;
            }
            try {
                pqxx::connection connection(OdooCatalog::connectionString(target).toStdString());
                promise->addResult(work(connection));
            } catch (const pqxx::undefined_table &error) {
                promise->addResult(Models::Result<T>::failure(
                    OdooCatalog::tr("The database %1 is not an Odoo database (a table is missing: %2)")
                        .arg(OdooCatalog::describe(target.endpoint),
                             PgConnInfo::scrub(QString::fromUtf8(error.what()).trimmed(), target.password))));
            } catch (const std::exception &error) {
                promise->addResult(Models::Result<T>::failure(unreachableMessage(target, error)));
            }
            promise->finish();
        },
        Qt::QueuedConnection);
    if (!queued) {
        promise->addResult(Models::Result<T>::failure(OdooCatalog::tr("The Odoo catalog reader has stopped.")));
        promise->finish();
    }
    return future;
}

} // namespace

OdooCatalog::OdooCatalog(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new QObject)
{
    m_thread->setObjectName(QStringLiteral("gatehouse-odoocatalog"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

OdooCatalog::~OdooCatalog()
{
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

QString OdooCatalog::describe(const Models::DatabaseEndpoint &endpoint)
{
    return endpoint.host + QLatin1Char(':') + QString::number(endpoint.port) + QLatin1Char('/') + endpoint.name;
}

QString OdooCatalog::connectionString(const Target &target)
{
    const Models::DatabaseEndpoint &e = target.endpoint;
    QString conninfo = QStringLiteral("host=") + PgConnInfo::quoteValue(e.host) + QStringLiteral(" port=")
        + QString::number(e.port) + QStringLiteral(" dbname=") + PgConnInfo::quoteValue(e.name);
    if (!e.user.isEmpty())
        conninfo += QStringLiteral(" user=") + PgConnInfo::quoteValue(e.user);
    if (!e.sslMode.isEmpty())
        conninfo += QStringLiteral(" sslmode=") + PgConnInfo::quoteValue(e.sslMode);
    conninfo += QStringLiteral(" connect_timeout=") + QString::number(std::max<qint64>(1, target.connectTimeout.count()))
        + QStringLiteral(" application_name='gatehouse-odoocatalog'")
        + QStringLiteral(" options='-c default_transaction_read_only=on -c statement_timeout=%1'")
              .arg(target.statementTimeout.count());
    return PgConnInfo::withPassword(conninfo, target.password);
}

QFuture<Models::Result<Models::SchemaSnapshot>> OdooCatalog::readSchema(const Target &target,
                                                                          const Models::SchemaRequest &request)
{
    return runOnWorker<Models::SchemaSnapshot>(
        m_worker, target, [request, source = describe(target.endpoint)](pqxx::connection &connection) {
            Models::SchemaSnapshot snapshot;
            snapshot.source = source;
            snapshot.serverVersion = QString::number(connection.server_version());
            readSchemaNow(connection, request, snapshot);
            snapshot.readAt = QDateTime::currentDateTimeUtc();
            return Models::Result<Models::SchemaSnapshot>(std::move(snapshot));
        });
}

QFuture<Models::Result<Models::ModuleSnapshot>> OdooCatalog::readModules(const Target &target,
                                                                          const QString &environment)
{
    return runOnWorker<Models::ModuleSnapshot>(
        m_worker, target, [environment, source = describe(target.endpoint)](pqxx::connection &connection) {
            Models::ModuleSnapshot snapshot;
            snapshot.environment = environment;
            snapshot.source = source;
            readModulesNow(connection, snapshot);
            snapshot.readAt = QDateTime::currentDateTimeUtc();
            return Models::Result<Models::ModuleSnapshot>(std::move(snapshot));
        });
}

} // namespace Gatehouse::Services
