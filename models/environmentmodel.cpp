#include "environmentmodel.h"

namespace Gatehouse::Models {

namespace {
QString tierText(Tier tier)
{
    switch (tier) {
    case Tier::Production:
        return EnvironmentModel::tr("Production");
    case Tier::Staging:
        return EnvironmentModel::tr("Staging");
    case Tier::Development:
        return EnvironmentModel::tr("Development");
    }
    return {};
}

QString hostingText(Hosting hosting)
{
    switch (hosting) {
    case Hosting::MultiTenant:
        return EnvironmentModel::tr("Multi-tenant");
    case Hosting::Dedicated:
        return EnvironmentModel::tr("Dedicated");
    }
    return {};
}
} // namespace

EnvironmentModel::EnvironmentModel(QObject *parent) : QAbstractTableModel(parent) {}

void EnvironmentModel::setEstate(EstatePtr estate)
{
    beginResetModel();
    m_estate = std::move(estate);
    endResetModel();
}

int EnvironmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_estate ? 0 : int(m_estate->environments.size());
}

int EnvironmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Environment &env = m_estate->environments.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return env.displayName.isEmpty() ? env.name : env.displayName;
        case TierColumn:
            return tierText(env.tier);
        case HostingColumn:
            return hostingText(env.hosting);
        case SitesColumn:
            return env.sites.join(QStringLiteral(", "));
        case NamespaceColumn:
            return env.kubeNamespace;
        case WorkloadsColumn:
            return int(env.workloads.size());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return env.name;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == WorkloadsColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case NameRole:
        return env.name;
    case TierRole:
        return static_cast<int>(env.tier);
    case LocationRole:
        return env.location.toString();
    }
    return {};
}

QVariant EnvironmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TierColumn:
        return tr("Tier");
    case HostingColumn:
        return tr("Hosting");
    case SitesColumn:
        return tr("Sites");
    case NamespaceColumn:
        return tr("Namespace");
    case WorkloadsColumn:
        return tr("Workloads");
    }
    return {};
}

QHash<int, QByteArray> EnvironmentModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(TierRole, "tier");
    names.insert(LocationRole, "location");
    return names;
}

} // namespace Gatehouse::Models
