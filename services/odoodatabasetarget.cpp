#include "services/odoodatabasetarget.h"

#include "services/secretstore.h"

#include <QCoreApplication>

namespace Gatehouse::Services {

QFuture<Models::Result<OdooCatalog::Target>> OdooDatabaseTarget::resolve(const Models::Environment &environment,
                                                                         const PasswordResolver &resolver,
                                                                         std::chrono::seconds connectTimeout)
{
    using R = Models::Result<OdooCatalog::Target>;
    if (environment.odooDatabase.host.isEmpty() || environment.odooDatabase.name.isEmpty()) {
        return QtFuture::makeReadyFuture(R::failure(
            QCoreApplication::translate("Gatehouse::Services::OdooDatabaseTarget",
                                        "Environment \"%1\" has no odooDatabase in the estate: nothing to check.")
                .arg(environment.name),
            environment.location));
    }
    OdooCatalog::Target target;
    target.endpoint = environment.odooDatabase;
    target.connectTimeout = connectTimeout;
    if (target.endpoint.passwordRef.isEmpty() || !resolver)
        return QtFuture::makeReadyFuture(R(target));
    return resolver(target.endpoint.passwordRef).then([target](const Models::Result<QString> &password) mutable {
        if (password.ok())
            target.password = password.value();
        else
            target.passwordProblem = password.error().message;
        return R(target);
    });
}

OdooDatabaseTarget::PasswordResolver OdooDatabaseTarget::keychainResolver(SecretStore *store)
{
    return [store](const QString &reference) { return store->readPassword(reference); };
}

} // namespace Gatehouse::Services
