#pragma once

#include "estate.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace Gatehouse::Models {

/// The integrations of an estate, one row each. Holds a snapshot: setEstate()
/// swaps the whole table. Criticality is shown as text, never as colour alone.
/// UI thread only.
class IntegrationModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KindColumn,
        CriticalityColumn,
        OwnerColumn,
        ProcessesColumn,
        DependsOnColumn, ///< number of direct dependencies
        ColumnCount
    };
    enum Roles {
        NameRole = Qt::UserRole + 1, ///< QString, the integration's key
        KindRole,                    ///< QString, e.g. "edi"
        CriticalityRole,             ///< int, rank(Criticality): 0 = critical … 3 = low
        OwnerRole,                   ///< QString
        ProcessesRole,               ///< QStringList
        SearchTextRole,              ///< QString, lower-case name, display name, kind, owner, processes, partners
        LocationRole,                ///< QString "file:line:column" of its definition
    };

    explicit IntegrationModel(QObject *parent = nullptr);

    void setEstate(EstatePtr estate);
    EstatePtr estate() const { return m_estate; }

    /// Row of the integration named `name`, or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// Translated display text of a criticality ("Critical", "High", …).
    static QString criticalityText(Criticality value);

private:
    EstatePtr m_estate;
    QStringList m_searchText; ///< precomputed per row, lower case
};

} // namespace Gatehouse::Models
