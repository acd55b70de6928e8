#include "integrationfilterproxymodel.h"

#include "integrationmodel.h"

namespace Gatehouse::Models {

IntegrationFilterProxyModel::IntegrationFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void IntegrationFilterProxyModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    m_words = text.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void IntegrationFilterProxyModel::setKindFilter(const QString &kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void IntegrationFilterProxyModel::setMinimumCriticality(int rankOrMinus1)
{
    if (rankOrMinus1 == m_minimumRank)
        return;
    m_minimumRank = rankOrMinus1;
    invalidateFilter();
}

void IntegrationFilterProxyModel::setCriticalityFilter(int rankOrMinus1)
{
    if (rankOrMinus1 == m_exactRank)
        return;
    m_exactRank = rankOrMinus1;
    invalidateFilter();
}

bool IntegrationFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_kind.isEmpty() && index.data(IntegrationModel::KindRole).toString() != m_kind)
        return false;
    if (m_minimumRank >= 0 || m_exactRank >= 0) {
        const int rankValue = index.data(IntegrationModel::CriticalityRole).toInt();
        if (m_minimumRank >= 0 && rankValue > m_minimumRank)
            return false;
        if (m_exactRank >= 0 && rankValue != m_exactRank)
            return false;
    }
    if (!m_words.isEmpty()) {
        const QString haystack = index.data(IntegrationModel::SearchTextRole).toString();
        for (const QString &word : m_words) {
            if (!haystack.contains(word))
                return false;
        }
    }
    return true;
}

bool IntegrationFilterProxyModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (left.column() == IntegrationModel::CriticalityColumn) {
        const int l = left.data(IntegrationModel::CriticalityRole).toInt();
        const int r = right.data(IntegrationModel::CriticalityRole).toInt();
        if (l != r)
            return l < r;
        return left.data(IntegrationModel::NameRole).toString() < right.data(IntegrationModel::NameRole).toString();
    }
    if (left.column() == IntegrationModel::DependsOnColumn)
        return left.data().toInt() < right.data().toInt();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Gatehouse::Models
