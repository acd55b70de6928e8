#pragma once

#include <QList>
#include <QString>

namespace pqxx {
class connection_base;
}

namespace Gatehouse::Services {

/// The numbered schema migrations of the control store (resources/sql/NNNN_name.sql,
/// compiled in as :/sql/…) and the code that applies them.
///
/// Internal to services/: called on the control store's worker thread with its
/// connection; throws libpqxx exceptions, which the worker turns into errors.
class ControlStoreMigrations
{
public:
    struct Migration
    {
        int version = 0;
        QString name;
        QString sql;
    };

    /// Every migration compiled into the binary, ascending by version.
    static QList<Migration> available();
    /// The highest version compiled in.
    static int latestVersion();

    /// Applies what is missing in ONE transaction under a transaction-scoped advisory
    /// lock, so concurrent Gatehouse processes migrate once and all succeed.
    /// Returns the schema version afterwards. Throws on failure (nothing is applied).
    static int apply(pqxx::connection_base &connection);

    /// max(version) of schema_migrations, 0 for an empty database.
    static int currentVersion(pqxx::connection_base &connection);
};

} // namespace Gatehouse::Services
