#pragma once

#include "models/contractreport.h"
#include "models/estate.h"
#include "services/odoodatabasetarget.h"

#include <QFuture>
#include <QObject>
#include <QString>

#include <chrono>

namespace Gatehouse::Services {

class OdooCatalog;
class SecretStore;

/// Checks every data contract of an environment against that environment's Odoo database:
/// resolves the database password from the keychain, reads the catalog through OdooCatalog
/// (its worker thread), and evaluates with Models::ContractEvaluator.
///
/// Lives on the UI thread (or the command line's main thread) and must be called there.
/// The future always gets a report — a database that cannot be read gives a report whose
/// every integration is Unknown — unless it is cancelled; it finishes on the catalog's
/// worker thread, so continue with a watcher on your own thread. Cancelling the future
/// drops the result and skips the database read if it has not started.
class ContractChecker : public QObject
{
    Q_OBJECT
public:
    explicit ContractChecker(QObject *parent = nullptr);
    ~ContractChecker() override;

    QFuture<Models::ContractReport> check(const Models::EstatePtr &estate, const QString &environment);

    /// Replaces the keychain (tests, or a command line without a session bus).
    void setPasswordResolver(OdooDatabaseTarget::PasswordResolver resolver);
    void setConnectTimeout(std::chrono::seconds timeout) { m_connectTimeout = timeout; }
    OdooCatalog *catalog() const { return m_catalog; }

private:
    OdooDatabaseTarget::PasswordResolver resolver();

    OdooCatalog *m_catalog = nullptr;
    SecretStore *m_secrets = nullptr;
    OdooDatabaseTarget::PasswordResolver m_resolver;
    std::chrono::seconds m_connectTimeout{5};
};

} // namespace Gatehouse::Services
