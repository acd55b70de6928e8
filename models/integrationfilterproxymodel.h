#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace Gatehouse::Models {

/// Filters and sorts an IntegrationModel: free-text search (every word must
/// occur in IntegrationModel::SearchTextRole, case-insensitive), kind and
/// criticality filters. Sorting the criticality column orders by rank
/// (critical first). UI thread only.
class IntegrationFilterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit IntegrationFilterProxyModel(QObject *parent = nullptr);

    /// Whitespace-separated words; all must match. Empty = no text filter.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    /// Only integrations of this kind ("edi", …); empty = all kinds.
    void setKindFilter(const QString &kind);
    QString kindFilter() const { return m_kind; }

    /// Only integrations at least this critical: rank(Criticality) or -1 = all.
    /// E.g. rank(Criticality::High) keeps critical and high.
    void setMinimumCriticality(int rankOrMinus1);
    int minimumCriticality() const { return m_minimumRank; }

    /// Only integrations of exactly this criticality: rank(Criticality) or -1 = all.
    void setCriticalityFilter(int rankOrMinus1);
    int criticalityFilter() const { return m_exactRank; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_searchText;
    QStringList m_words;
    QString m_kind;
    int m_minimumRank = -1;
    int m_exactRank = -1;
};

} // namespace Gatehouse::Models
