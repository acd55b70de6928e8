#include "impactmodel.h"

namespace Gatehouse::Models {

namespace {
// Top-level rows carry internal id 0; a child carries its category + 1.
constexpr quintptr kTopLevel = 0;
} // namespace

ImpactModel::ImpactModel(QObject *parent) : QAbstractItemModel(parent) {}

QString ImpactModel::impactKindText(ImpactKind kind)
{
    return kind == ImpactKind::Fails ? tr("fails") : tr("degrades");
}

void ImpactModel::setReport(const ImpactReport &report)
{
    beginResetModel();
    m_report = report;
    for (auto &rows : m_rows)
        rows.clear();
    for (const AffectedIntegration &a : report.integrations)
        m_rows[IntegrationsCategory].append(Row{a.name, a.kind, QString(), a.path});
    auto addItems = [this](Category category, const QList<AffectedItem> &items) {
        for (const AffectedItem &item : items)
            m_rows[category].append(Row{item.name, item.kind, item.via, item.path});
    };
    addItems(ProcessesCategory, report.processes);
    addItems(PartnersCategory, report.partners);
    addItems(SitesCategory, report.sites);
    addItems(EnvironmentsCategory, report.environments);
    endResetModel();
}

QModelIndex ImpactModel::categoryIndex(Category category) const
{
    return index(int(category), 0);
}

QModelIndex ImpactModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row()) + 1);
}

QModelIndex ImpactModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kTopLevel)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ImpactModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return CategoryCount;
    if (parent.internalId() != kTopLevel || parent.column() != 0)
        return 0;
    return int(m_rows[parent.row()].size());
}

int ImpactModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ImpactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == kTopLevel) {
        const int count = int(m_rows[index.row()].size());
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() != NameColumn)
                return {};
            switch (index.row()) {
            case IntegrationsCategory:
                return tr("Integrations (%n)", nullptr, count);
            case ProcessesCategory:
                return tr("Business processes (%n)", nullptr, count);
            case PartnersCategory:
                return tr("Partners (%n)", nullptr, count);
            case SitesCategory:
                return tr("Sites (%n)", nullptr, count);
            case EnvironmentsCategory:
                return tr("Environments (%n)", nullptr, count);
            }
            return {};
        case CategoryRole:
            return index.row();
        }
        return {};
    }

    const int category = int(index.internalId() - 1);
    const Row &row = m_rows[category].at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case EffectColumn:
            return impactKindText(row.kind);
        case PathColumn:
            return row.path.toString();
        case ViaColumn:
            return row.via;
        }
        return {};
    case Qt::ToolTipRole:
        return row.path.toString();
    case NameRole:
        return row.name;
    case ImpactKindRole:
        return static_cast<int>(row.kind);
    case PathRole:
        return row.path.hops;
    case CategoryRole:
        return category;
    }
    return {};
}

QVariant ImpactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case EffectColumn:
        return tr("Effect");
    case PathColumn:
        return tr("Path");
    case ViaColumn:
        return tr("Via");
    }
    return {};
}

QHash<int, QByteArray> ImpactModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(ImpactKindRole, "impactKind");
    names.insert(PathRole, "path");
    names.insert(CategoryRole, "category");
    return names;
}

} // namespace Gatehouse::Models
