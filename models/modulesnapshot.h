#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace Gatehouse::Models {

/// A row of Odoo's ir_module_module.
struct OdooModule
{
    QString name;
    QString state;         ///< "installed", "uninstalled", "to upgrade", "to install", "to remove", "uninstallable"
    QString latestVersion; ///< e.g. "17.0.1.3"; empty when never installed

    /// Installed in the sense that its code runs: installed, or about to be upgraded or removed.
    bool isInstalled() const
    {
        return state == QLatin1String("installed") || state == QLatin1String("to upgrade")
            || state == QLatin1String("to remove");
    }
};

/// The modules of one environment's Odoo database. Plain data, any thread.
struct ModuleSnapshot
{
    QString environment;
    QString odooVersion; ///< the base module's latest_version
    QHash<QString, OdooModule> modules; ///< by technical name
    QString source;  ///< "host:port/db" — never a user or password
    QDateTime readAt; ///< UTC
};

} // namespace Gatehouse::Models
