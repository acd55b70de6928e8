#pragma once

#include "estate.h"

#include <QAbstractTableModel>

namespace Gatehouse::Models {

/// The environments of an estate, one row each. Holds a snapshot: setEstate()
/// swaps the whole table. UI thread only.
class EnvironmentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        TierColumn,
        HostingColumn,
        SitesColumn,
        NamespaceColumn,
        WorkloadsColumn, ///< number of workloads
        ColumnCount
    };
    enum Roles {
        NameRole = Qt::UserRole + 1, ///< QString, the environment's key
        TierRole,                    ///< int, static_cast<int>(Tier)
        LocationRole,                ///< QString "file:line:column" of its definition
    };

    explicit EnvironmentModel(QObject *parent = nullptr);

    void setEstate(EstatePtr estate);
    EstatePtr estate() const { return m_estate; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    EstatePtr m_estate;
};

} // namespace Gatehouse::Models
