#include "kubeeventmodel.h"

#include <QDateTime>

namespace Gatehouse::Models {

KubeEventModel::KubeEventModel(QObject *parent) : KubeTableModel(KubeKind::Event, parent) {}

void KubeEventModel::setDeployment(const QString &deployment)
{
    if (deployment == m_deployment)
        return;
    m_deployment = deployment;
    refilter();
}

bool KubeEventModel::accepts(const QString &name) const
{
    const KubeEvent *e = store() ? store()->eventNamed(name) : nullptr;
    return e && (m_deployment.isEmpty() || store()->eventConcerns(*e, m_deployment));
}

void KubeEventModel::otherKindChanged(KubeKind kind, const QStringList &names)
{
    // Whether an event concerns the workload depends on its ReplicaSets and pods, so
    // only a change to one of those ("<deployment>-…", or owned by it) re-checks the events.
    if (kind == KubeKind::Deployment || kind == KubeKind::Event || m_deployment.isEmpty() || !store())
        return;
    const QString prefix = m_deployment + QLatin1Char('-');
    for (const QString &name : names) {
        bool concerns = name.startsWith(prefix);
        if (!concerns && kind == KubeKind::ReplicaSet) {
            const KubeReplicaSet *rs = store()->replicaSet(name);
            concerns = rs && rs->meta.ownerName == m_deployment;
        } else if (!concerns && kind == KubeKind::Pod) {
            const KubePod *pod = store()->pod(name);
            concerns = pod && store()->podBelongsTo(*pod, m_deployment);
        }
        if (concerns) {
            markAllDirty();
            return;
        }
    }
}

int KubeEventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant KubeEventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !store())
        return {};
    const KubeEvent *e = store()->eventNamed(nameAt(index.row()));
    if (!e)
        return {};
    const QString object = e->involvedKind.toLower() + QLatin1Char('/') + e->involvedName;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case LastSeenColumn:
            return formatAge(e->lastTimestamp, QDateTime::currentMSecsSinceEpoch());
        case TypeColumn:
            return e->type;
        case ReasonColumn:
            return e->reason;
        case ObjectColumn:
            return object;
        case MessageColumn:
            return e->message;
        case CountColumn:
            return e->count;
        }
        return {};
    case NameRole:
        return e->meta.name;
    case LastSeenRole:
        return QDateTime::fromMSecsSinceEpoch(e->lastTimestamp, Qt::UTC);
    case TypeRole:
        return e->type;
    case ReasonRole:
        return e->reason;
    case ObjectRole:
        return object;
    case MessageRole:
        return e->message;
    case CountRole:
        return e->count;
    case WarningRole:
        return e->type == QLatin1String("Warning");
    }
    return {};
}

QVariant KubeEventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case LastSeenColumn:
        return tr("Last seen");
    case TypeColumn:
        return tr("Type");
    case ReasonColumn:
        return tr("Reason");
    case ObjectColumn:
        return tr("Object");
    case MessageColumn:
        return tr("Message");
    case CountColumn:
        return tr("Count");
    }
    return {};
}

QHash<int, QByteArray> KubeEventModel::roleNames() const
{
    QHash<int, QByteArray> names = KubeTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(LastSeenRole, "lastSeen");
    names.insert(TypeRole, "type");
    names.insert(ReasonRole, "reason");
    names.insert(ObjectRole, "object");
    names.insert(MessageRole, "message");
    names.insert(CountRole, "count");
    names.insert(WarningRole, "warning");
    return names;
}

} // namespace Gatehouse::Models
