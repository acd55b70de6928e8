#pragma once

#include <QString>

namespace Gatehouse::Services {

/// Helpers for libpq connection strings: either a URI (postgresql://user@host:port/db?…)
/// or key=value pairs (host=… port=… dbname=…). Pure functions, any thread.
class PgConnInfo
{
public:
    /// `conninfo` with `password` added as a connection parameter. The result holds
    /// a secret: keep it in memory, never log or store it.
    static QString withPassword(const QString &conninfo, const QString &password);

    /// "host:port/db" (or "socket-dir/db" for a Unix socket), never user or password.
    static QString describe(const QString &conninfo);

    /// `message` with every occurrence of `secret` (and its percent-encoding) blanked out.
    static QString scrub(QString message, const QString &secret);

    /// A value quoted for a key=value connection string.
    static QString quoteValue(const QString &value);

    static bool isUri(const QString &conninfo);
};

} // namespace Gatehouse::Services
