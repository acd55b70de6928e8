#pragma once

#include "models/environment.h"
#include "models/result.h"
#include "services/odoocatalog.h"

#include <QFuture>
#include <QString>

#include <chrono>
#include <functional>

namespace Gatehouse::Services {

class SecretStore;

/// Turns an environment's odooDatabase endpoint into an OdooCatalog::Target, reading its
/// password reference from the keychain. Call on a thread with an event loop (the UI
/// thread, or the command line's); the future finishes there.
class OdooDatabaseTarget
{
public:
    /// Reads a password reference ("keychain:service/account"); the default uses SecretStore.
    using PasswordResolver = std::function<QFuture<Models::Result<QString>>(const QString &reference)>;

    /// Fails when the environment has no odooDatabase. A password that cannot be read is not
    /// an error by itself (the server may not ask for one): the target goes without it and
    /// carries the reason, which connection errors then mention.
    static QFuture<Models::Result<OdooCatalog::Target>> resolve(const Models::Environment &environment,
                                                                const PasswordResolver &resolver,
                                                                std::chrono::seconds connectTimeout);
    /// A resolver over `store` (which must outlive the futures it hands out).
    static PasswordResolver keychainResolver(SecretStore *store);
};

} // namespace Gatehouse::Services
