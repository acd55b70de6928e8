#pragma once

#include "models/environment.h"
#include "models/modulesnapshot.h"
#include "models/result.h"
#include "models/schemasnapshot.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <chrono>

class QThread;

namespace Gatehouse::Services {

/// Read-only access to the catalog of an environment's Odoo database (pg_catalog and
/// ir_module_module), through libpqxx on its own worker thread "gatehouse-odoocatalog".
///
/// Create and call from any thread: each call is queued to the worker, which opens a
/// read-only connection (default_transaction_read_only, statement timeout), reads in one
/// read-only transaction and closes it again; the returned QFuture finishes on the worker
/// thread — continue on your own thread with a watcher or QFuture::then(context, …).
/// A cancelled future whose call has not started yet never connects. No message this
/// class produces contains the password.
class OdooCatalog : public QObject
{
    Q_OBJECT
public:
    /// Which database to read and how.
    struct Target
    {
        Models::DatabaseEndpoint endpoint;
        QString password; ///< the resolved secret, or empty; kept in memory only
        /// Why the endpoint's password reference could not be read (added to connection errors).
        QString passwordProblem;
        std::chrono::seconds connectTimeout{5};
        std::chrono::milliseconds statementTimeout{15000};
    };

    explicit OdooCatalog(QObject *parent = nullptr);
    /// Waits for the call in progress (bounded by the timeouts), drops queued ones.
    ~OdooCatalog() override;

    /// The tables, columns, foreign keys, roles and privileges `request` names.
    QFuture<Models::Result<Models::SchemaSnapshot>> readSchema(const Target &target,
                                                               const Models::SchemaRequest &request);
    /// ir_module_module (name, state, latest_version) and the Odoo version (base's latest_version).
    /// `environment` is copied into the snapshot.
    QFuture<Models::Result<Models::ModuleSnapshot>> readModules(const Target &target, const QString &environment);

    /// The libpq connection string for `target` (with the password when set: never log it).
    static QString connectionString(const Target &target);
    /// "host:port/db" of an endpoint — never a user or password.
    static QString describe(const Models::DatabaseEndpoint &endpoint);

private:
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr;
};

} // namespace Gatehouse::Services
