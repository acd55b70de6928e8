#pragma once

#include "estate.h"

#include <QAbstractTableModel>

namespace Gatehouse::Models {

/// The sites (warehouses, distribution centres) of an estate, one row each.
/// Holds a snapshot: setEstate() swaps the whole table. UI thread only.
class SiteModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TimeZoneColumn, CountryColumn, CyclesColumn, ColumnCount };
    enum Roles {
        NameRole = Qt::UserRole + 1, ///< QString, the site's key
        LocationRole,                ///< QString "file:line:column" of its definition
    };

    explicit SiteModel(QObject *parent = nullptr);

    /// Replaces the contents with the sites of `estate` (null = empty).
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
