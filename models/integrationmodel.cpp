#include "integrationmodel.h"

namespace Gatehouse::Models {

IntegrationModel::IntegrationModel(QObject *parent) : QAbstractTableModel(parent) {}

QString IntegrationModel::criticalityText(Criticality value)
{
    switch (value) {
    case Criticality::Critical:
        return tr("Critical");
    case Criticality::High:
        return tr("High");
    case Criticality::Medium:
        return tr("Medium");
    case Criticality::Low:
        return tr("Low");
    }
    return {};
}

void IntegrationModel::setEstate(EstatePtr estate)
{
    beginResetModel();
    m_estate = std::move(estate);
    m_searchText.clear();
    if (m_estate) {
        // Computed once per estate so that typing in the search field stays cheap.
        m_searchText.reserve(m_estate->integrations.size());
        for (const Integration &integration : m_estate->integrations) {
            QStringList parts{integration.name, integration.displayName, integration.kind, integration.owner};
            parts += integration.processes;
            for (const Partner &partner : integration.partners)
                parts << partner.name << partner.displayName;
            m_searchText.append(parts.join(QLatin1Char(' ')).toLower());
        }
    }
    endResetModel();
}

int IntegrationModel::rowOf(const QString &name) const
{
    if (!m_estate)
        return -1;
    for (int row = 0; row < m_estate->integrations.size(); ++row) {
        if (m_estate->integrations.at(row).name == name)
            return row;
    }
    return -1;
}

int IntegrationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_estate ? 0 : int(m_estate->integrations.size());
}

int IntegrationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntegrationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Integration &integration = m_estate->integrations.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return integration.displayName.isEmpty() ? integration.name : integration.displayName;
        case KindColumn:
            return integration.kind;
        case CriticalityColumn:
            return criticalityText(integration.criticality);
        case OwnerColumn:
            return integration.owner;
        case ProcessesColumn:
            return integration.processes.join(QStringLiteral(", "));
        case DependsOnColumn:
            return int(integration.dependencies.size());
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == NameColumn)
            return integration.description.isEmpty() ? integration.name
                                                     : integration.name + QLatin1Char('\n') + integration.description;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == DependsOnColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        break;
    case NameRole:
        return integration.name;
    case KindRole:
        return integration.kind;
    case CriticalityRole:
        return rank(integration.criticality);
    case OwnerRole:
        return integration.owner;
    case ProcessesRole:
        return integration.processes;
    case SearchTextRole:
        return m_searchText.value(index.row());
    case LocationRole:
        return integration.location.toString();
    }
    return {};
}

QVariant IntegrationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KindColumn:
        return tr("Kind");
    case CriticalityColumn:
        return tr("Criticality");
    case OwnerColumn:
        return tr("Owner");
    case ProcessesColumn:
        return tr("Processes");
    case DependsOnColumn:
        return tr("Depends on");
    }
    return {};
}

QHash<int, QByteArray> IntegrationModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(KindRole, "kind");
    names.insert(CriticalityRole, "criticality");
    names.insert(OwnerRole, "owner");
    names.insert(ProcessesRole, "processes");
    names.insert(SearchTextRole, "searchText");
    names.insert(LocationRole, "location");
    return names;
}

} // namespace Gatehouse::Models
