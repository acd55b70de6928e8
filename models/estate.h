#pragma once

#include "calendar.h"
#include "environment.h"
#include "integration.h"
#include "policy.h"
#include "site.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace Gatehouse::Models {

/// The whole desired state of one business, as loaded from an estate folder.
/// Immutable once built: the loader produces a new Estate for every reload and
/// the application swaps the shared pointer, so readers on any thread may hold one.
class Estate
{
public:
    QString name;
    QString displayName;
    QString defaultTimeZone;
    QString description;
    /// The folder it was loaded from.
    QString rootPath;

    QList<Site> sites;
    QList<Environment> environments;
    QList<Integration> integrations;
    QList<Calendar> calendars;
    QList<Policy> policies;

    /// Rebuilds the name → index lookups; call after filling the lists.
    void index();

    const Site *site(const QString &key) const;
    const Environment *environment(const QString &key) const;
    const Integration *integration(const QString &key) const;
    const Calendar *calendar(const QString &key) const;
    const Policy *policyForTier(Tier tier) const;
    /// The environment a change goes to after `environment` on the policies' promotion
    /// paths (the longest path that names it wins), or empty when it is the last.
    QString nextOnPromotionPath(const QString &environment) const;
    /// The environment a change comes from before `environment` (same rule), or empty
    /// when it is the first.
    QString previousOnPromotionPath(const QString &environment) const;
    int integrationIndex(const QString &key) const { return m_integrationIndex.value(key, -1); }

    /// Integrations a workload name maps to in any environment (a changed workload
    /// changes the integrations it runs).
    QStringList integrationsOfWorkload(const QString &workload) const;

private:
    QString neighbourOnPromotionPath(const QString &environment, int step) const;
    QHash<QString, int> m_siteIndex;
    QHash<QString, int> m_environmentIndex;
    QHash<QString, int> m_integrationIndex;
    QHash<QString, int> m_calendarIndex;
};

using EstatePtr = std::shared_ptr<const Estate>;

} // namespace Gatehouse::Models
