#pragma once

#include "models/estate.h"
#include "models/moduledrift.h"
#include "services/odoodatabasetarget.h"

#include <QFuture>
#include <QObject>
#include <QSet>
#include <QString>

#include <chrono>

namespace Gatehouse::Services {

class OdooCatalog;
class SecretStore;

/// Reads ir_module_module of two environments' Odoo databases (through OdooCatalog, on its
/// worker thread) and compares them with Models::ModuleDrift.
///
/// Lives on the UI thread (or the command line's main thread) and must be called there.
/// The future always gets a ModuleDrift — unreachable when either database could not be
/// read — unless it is cancelled; it finishes on the catalog's worker thread.
class ModuleDriftChecker : public QObject
{
    Q_OBJECT
public:
    explicit ModuleDriftChecker(QObject *parent = nullptr);
    ~ModuleDriftChecker() override;

    /// Drift from `from` to `to`; differences in `explainedModules` (see
    /// Models::ModuleDrift::modulesOfScope) are marked explained.
    QFuture<Models::ModuleDrift> compare(const Models::EstatePtr &estate, const QString &from, const QString &to,
                                         const QSet<QString> &explainedModules = {});

    void setPasswordResolver(OdooDatabaseTarget::PasswordResolver resolver);
    void setConnectTimeout(std::chrono::seconds timeout) { m_connectTimeout = timeout; }

private:
    OdooDatabaseTarget::PasswordResolver resolver();

    OdooCatalog *m_catalog = nullptr;
    SecretStore *m_secrets = nullptr;
    OdooDatabaseTarget::PasswordResolver m_resolver;
    std::chrono::seconds m_connectTimeout{5};
};

} // namespace Gatehouse::Services
