#pragma once

#include "estate.h"
#include "gateresult.h"
#include "modulesnapshot.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace Gatehouse::Models {

/// One module that differs between two environments.
struct ModuleDifference
{
    /// Missing: installed in `from`, not in `to`. Extra: installed in `to`, not in `from`.
    /// VersionDiffers: installed in both at different versions.
    enum class Kind { Missing, Extra, VersionDiffers };

    QString module;
    Kind kind = Kind::VersionDiffers;
    QString fromVersion;
    QString toVersion;
    QString fromState;
    QString toState;
    /// True when the change being promoted touches this module, so the difference is expected.
    bool explained = false;
    QString message; ///< translated, e.g. "staging runs stock 17.0.1.3 but production-eu 17.0.1.1"
};

/// "missing", "extra", "version".
QString toString(ModuleDifference::Kind kind);

/// Odoo module drift between two environments (typically along the promotion path,
/// staging → production). Pure data and functions, any thread.
struct ModuleDrift
{
    Q_DECLARE_TR_FUNCTIONS(ModuleDrift)

public:
    QString from;
    QString to;
    QString fromOdooVersion;
    QString toOdooVersion;
    QString fromSource;
    QString toSource;
    QDateTime evaluatedAt; ///< UTC
    QList<ModuleDifference> differences; ///< sorted by module name
    /// Set when either database could not be read: nothing can be said about drift.
    QString unreachableReason;

    bool isReachable() const { return unreachableReason.isEmpty(); }
    int unexplainedCount() const;

    /// Compares installed modules of `fromSnapshot` and `toSnapshot`; differences in
    /// `explainedModules` (the modules a change touches) are marked explained.
    static ModuleDrift compare(const ModuleSnapshot &fromSnapshot, const ModuleSnapshot &toSnapshot,
                               const QSet<QString> &explainedModules = {});
    static ModuleDrift unreachable(const QString &from, const QString &to, const QString &reason);
    /// The Odoo modules a change scope touches: the odoo-module integrations named in
    /// `integrations`, and those run by the workloads named in `workloads`.
    static QSet<QString> modulesOfScope(const Estate &estate, const QStringList &integrations,
                                        const QStringList &workloads = {});

    /// The "drift" gate for promoting into `to`: Pass without unexplained drift, Fail
    /// listing it, Unknown when a database could not be read.
    GateResult toGateResult() const;
    /// The report as the `gatehouse drift --format json` document.
    QJsonObject toJson() const;
};

} // namespace Gatehouse::Models
