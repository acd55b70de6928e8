#include "sitemodel.h"

namespace Gatehouse::Models {

SiteModel::SiteModel(QObject *parent) : QAbstractTableModel(parent) {}

void SiteModel::setEstate(EstatePtr estate)
{
    beginResetModel();
    m_estate = std::move(estate);
    endResetModel();
}

int SiteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_estate ? 0 : int(m_estate->sites.size());
}

int SiteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SiteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Site &site = m_estate->sites.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return site.displayName.isEmpty() ? site.name : site.displayName;
        case TimeZoneColumn:
            return site.timeZone;
        case CountryColumn:
            return site.country;
        case CyclesColumn:
            return int(site.cycles.size());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return site.name;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == CyclesColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case NameRole:
        return site.name;
    case LocationRole:
        return site.location.toString();
    }
    return {};
}

QVariant SiteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TimeZoneColumn:
        return tr("Time zone");
    case CountryColumn:
        return tr("Country");
    case CyclesColumn:
        return tr("Cycles");
    }
    return {};
}

QHash<int, QByteArray> SiteModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(LocationRole, "location");
    return names;
}

} // namespace Gatehouse::Models
