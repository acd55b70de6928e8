#include "services/contractchecker.h"

#include "models/contractevaluator.h"
#include "services/odoocatalog.h"
#include "services/secretstore.h"

#include <QPointer>
#include <QPromise>

#include <memory>

namespace Gatehouse::Services {

ContractChecker::ContractChecker(QObject *parent) : QObject(parent), m_catalog(new OdooCatalog(this)) {}

ContractChecker::~ContractChecker() = default;

void ContractChecker::setPasswordResolver(OdooDatabaseTarget::PasswordResolver resolver)
{
    m_resolver = std::move(resolver);
}

OdooDatabaseTarget::PasswordResolver ContractChecker::resolver()
{
    if (m_resolver)
        return m_resolver;
    if (!m_secrets)
        m_secrets = new SecretStore(this);
    return OdooDatabaseTarget::keychainResolver(m_secrets);
}

QFuture<Models::ContractReport> ContractChecker::check(const Models::EstatePtr &estate, const QString &environment)
{
    auto promise = std::make_shared<QPromise<Models::ContractReport>>();
    promise->start();
    QFuture<Models::ContractReport> future = promise->future();
    auto deliver = [promise](const Models::ContractReport &report) {
        if (!promise->isCanceled())
            promise->addResult(report);
        promise->finish();
    };

    const Models::Environment *env = estate ? estate->environment(environment) : nullptr;
    if (!env) {
        Models::ContractReport report;
        report.environment = environment;
        report.evaluatedAt = QDateTime::currentDateTimeUtc();
        report.unreachableReason = tr("There is no environment \"%1\" in the estate.").arg(environment);
        deliver(report);
        return future;
    }

    QPointer<OdooCatalog> catalog = m_catalog;
    const QString source = OdooCatalog::describe(env->odooDatabase);
    OdooDatabaseTarget::resolve(*env, resolver(), m_connectTimeout)
        .then([promise, deliver, catalog, estate, environment,
               source](const Models::Result<OdooCatalog::Target> &target) {
            if (promise->isCanceled()) {
                promise->finish();
                return;
            }
            if (!target) {
                deliver(Models::ContractEvaluator::unreachable(*estate, environment, QString(),
                                                               target.error().message));
                return;
            }
            if (!catalog) {
                promise->finish();
                return;
            }
            const auto integrations = Models::ContractEvaluator::integrationsFor(*estate, environment);
            catalog->readSchema(*target, Models::ContractEvaluator::requestFor(integrations))
                .then([deliver, estate, environment, source](const Models::Result<Models::SchemaSnapshot> &snapshot) {
                    deliver(snapshot ? Models::ContractEvaluator::evaluate(*estate, environment, *snapshot)
                                     : Models::ContractEvaluator::unreachable(*estate, environment, source,
                                                                              snapshot.error().message));
                });
        });
    return future;
}

} // namespace Gatehouse::Services
