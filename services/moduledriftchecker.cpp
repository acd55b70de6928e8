#include "services/moduledriftchecker.h"

#include "services/odoocatalog.h"
#include "services/secretstore.h"

#include <QPointer>
#include <QPromise>

#include <memory>

namespace Gatehouse::Services {

ModuleDriftChecker::ModuleDriftChecker(QObject *parent) : QObject(parent), m_catalog(new OdooCatalog(this)) {}

ModuleDriftChecker::~ModuleDriftChecker() = default;

void ModuleDriftChecker::setPasswordResolver(OdooDatabaseTarget::PasswordResolver resolver)
{
    m_resolver = std::move(resolver);
}

OdooDatabaseTarget::PasswordResolver ModuleDriftChecker::resolver()
{
    if (m_resolver)
        return m_resolver;
    if (!m_secrets)
        m_secrets = new SecretStore(this);
    return OdooDatabaseTarget::keychainResolver(m_secrets);
}

QFuture<Models::ModuleDrift> ModuleDriftChecker::compare(const Models::EstatePtr &estate, const QString &from,
                                                         const QString &to, const QSet<QString> &explainedModules)
{
    auto promise = std::make_shared<QPromise<Models::ModuleDrift>>();
    promise->start();
    QFuture<Models::ModuleDrift> future = promise->future();
    auto deliver = [promise](const Models::ModuleDrift &drift) {
        if (!promise->isCanceled())
            promise->addResult(drift);
        promise->finish();
    };

    const Models::Environment *fromEnv = estate ? estate->environment(from) : nullptr;
    const Models::Environment *toEnv = estate ? estate->environment(to) : nullptr;
    if (!fromEnv || !toEnv) {
        deliver(Models::ModuleDrift::unreachable(
            from, to, tr("There is no environment \"%1\" in the estate.").arg(fromEnv ? to : from)));
        return future;
    }

    QPointer<OdooCatalog> catalog = m_catalog;
    const OdooDatabaseTarget::PasswordResolver passwords = resolver();
    const std::chrono::seconds timeout = m_connectTimeout;
    const Models::Environment toEnvironment = *toEnv;
    OdooDatabaseTarget::resolve(*fromEnv, passwords, timeout)
        .then([=](const Models::Result<OdooCatalog::Target> &fromTarget) {
            OdooDatabaseTarget::resolve(toEnvironment, passwords, timeout)
                .then([=](const Models::Result<OdooCatalog::Target> &target) {
                    if (promise->isCanceled() || !catalog) {
                        promise->finish();
                        return;
                    }
                    if (!fromTarget || !target) {
                        deliver(Models::ModuleDrift::unreachable(
                            from, to, !fromTarget ? fromTarget.error().message : target.error().message));
                        return;
                    }
                    const auto fromModules = catalog->readModules(*fromTarget, from);
                    catalog->readModules(*target, to).then([=](const Models::Result<Models::ModuleSnapshot> &b) {
                        // Both reads run on the same worker in order: `fromModules` is done by now.
                        const Models::Result<Models::ModuleSnapshot> a = fromModules.result();
                        if (!a)
                            deliver(Models::ModuleDrift::unreachable(from, to, a.error().message));
                        else if (!b)
                            deliver(Models::ModuleDrift::unreachable(from, to, b.error().message));
                        else
                            deliver(Models::ModuleDrift::compare(*a, *b, explainedModules));
                    });
                });
        });
    return future;
}

} // namespace Gatehouse::Services
