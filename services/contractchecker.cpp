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
    // The next environment's database target is resolved up front (the keychain is asked on
    // this thread) and read only after this environment's catalog.
    QFuture<Models::Result<OdooCatalog::Target>> baselineTarget;
    const Models::Environment *next = estate->environment(estate->nextOnPromotionPath(environment));
    if (next && !OdooCatalog::describe(next->odooDatabase).isEmpty())
        baselineTarget = OdooDatabaseTarget::resolve(*next, resolver(), m_connectTimeout);
    OdooDatabaseTarget::resolve(*env, resolver(), m_connectTimeout)
        .then([promise, deliver, catalog, estate, environment, source,
               baselineTarget](const Models::Result<OdooCatalog::Target> &target) {
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
            const Models::SchemaRequest request = Models::ContractEvaluator::requestFor(integrations);
            catalog->readSchema(*target, request)
                .then([deliver, estate, environment, source, catalog, request,
                       baselineTarget](const Models::Result<Models::SchemaSnapshot> &snapshot) {
                    if (!snapshot) {
                        deliver(Models::ContractEvaluator::unreachable(*estate, environment, source,
                                                                       snapshot.error().message));
                        return;
                    }
                    const QString baselineName = estate->nextOnPromotionPath(environment);
                    if (baselineName.isEmpty() || !baselineTarget.isValid() || !catalog) {
                        deliver(Models::ContractEvaluator::evaluate(*estate, environment, *snapshot));
                        return;
                    }
                    // The baseline for "became NOT NULL": the schema the change meets next.
                    const Models::SchemaSnapshot here = *snapshot;
                    QFuture<Models::Result<OdooCatalog::Target>> pending = baselineTarget;
                    pending
                        .then([catalog, request](const Models::Result<OdooCatalog::Target> &nextTarget) {
                            if (!nextTarget)
                                return QtFuture::makeReadyFuture(
                                    Models::Result<Models::SchemaSnapshot>::failure(nextTarget.error().message));
                            if (!catalog)
                                return QtFuture::makeReadyFuture(Models::Result<Models::SchemaSnapshot>::failure(
                                    ContractChecker::tr("The check was stopped.")));
                            return catalog->readSchema(*nextTarget, request);
                        })
                        .unwrap()
                        .then([deliver, estate, environment, here,
                               baselineName](const Models::Result<Models::SchemaSnapshot> &baseline) {
                            if (!baseline) {
                                Models::ContractReport report = Models::ContractEvaluator::evaluate(*estate, environment, here);
                                report.baseline = baselineName;
                                report.baselineProblem = baseline.error().message;
                                deliver(report);
                                return;
                            }
                            deliver(Models::ContractEvaluator::evaluate(*estate, environment, here, &*baseline,
                                                                        baselineName));
                        });
                });
        });
    return future;
}

} // namespace Gatehouse::Services
