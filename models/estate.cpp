#include "estate.h"

namespace Gatehouse::Models {

namespace {
template<typename T>
QHash<QString, int> buildIndex(const QList<T> &items)
{
    QHash<QString, int> index;
    index.reserve(items.size());
    for (int i = 0; i < items.size(); ++i)
        index.insert(items.at(i).name, i);
    return index;
}

template<typename T>
const T *lookup(const QList<T> &items, const QHash<QString, int> &index, const QString &name)
{
    const int i = index.value(name, -1);
    return i < 0 ? nullptr : &items.at(i);
}
} // namespace

void Estate::index()
{
    m_siteIndex = buildIndex(sites);
    m_environmentIndex = buildIndex(environments);
    m_integrationIndex = buildIndex(integrations);
    m_calendarIndex = buildIndex(calendars);
}

const Site *Estate::site(const QString &key) const
{
    return lookup(sites, m_siteIndex, key);
}
const Environment *Estate::environment(const QString &key) const
{
    return lookup(environments, m_environmentIndex, key);
}
const Integration *Estate::integration(const QString &key) const
{
    return lookup(integrations, m_integrationIndex, key);
}
const Calendar *Estate::calendar(const QString &key) const
{
    return lookup(calendars, m_calendarIndex, key);
}

const Policy *Estate::policyForTier(Tier tier) const
{
    for (const Policy &policy : policies) {
        if (policy.tier == tier)
            return &policy;
    }
    return nullptr;
}

QString Estate::nextOnPromotionPath(const QString &environment) const
{
    return neighbourOnPromotionPath(environment, 1);
}

QString Estate::previousOnPromotionPath(const QString &environment) const
{
    return neighbourOnPromotionPath(environment, -1);
}

QString Estate::neighbourOnPromotionPath(const QString &environment, int step) const
{
    QString neighbour;
    qsizetype longest = 0;
    for (const Policy &policy : policies) {
        const qsizetype at = policy.promotionPath.indexOf(environment);
        const qsizetype other = at + step;
        if (at >= 0 && other >= 0 && other < policy.promotionPath.size() && policy.promotionPath.size() > longest) {
            neighbour = policy.promotionPath.at(other);
            longest = policy.promotionPath.size();
        }
    }
    return neighbour;
}

QStringList Estate::integrationsOfWorkload(const QString &workload) const
{
    QStringList result;
    for (const Environment &env : environments) {
        for (const Workload &w : env.workloads) {
            if (w.name != workload)
                continue;
            for (const QString &i : w.integrations) {
                if (!result.contains(i))
                    result.append(i);
            }
        }
    }
    return result;
}

} // namespace Gatehouse::Models
