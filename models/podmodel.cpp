#include "podmodel.h"

#include <QDateTime>

namespace Gatehouse::Models {

PodModel::PodModel(QObject *parent) : KubeTableModel(KubeKind::Pod, parent) {}

void PodModel::setDeployment(const QString &deployment)
{
    if (deployment == m_deployment)
        return;
    m_deployment = deployment;
    refilter();
}

bool PodModel::accepts(const QString &name) const
{
    const KubePod *pod = store() ? store()->pod(name) : nullptr;
    return pod && (m_deployment.isEmpty() || store()->podBelongsTo(*pod, m_deployment));
}

void PodModel::otherKindChanged(KubeKind kind, const QStringList &names)
{
    // A ReplicaSet arriving or going decides which pods belong to the selected workload.
    // Only the workload's own ReplicaSets ("<deployment>-<hash>", or owned by it) can
    // change that; re-checking every pod for any other one would cost a scan of the
    // whole namespace per update while other workloads roll out.
    if (kind != KubeKind::ReplicaSet || m_deployment.isEmpty() || !store())
        return;
    const QString prefix = m_deployment + QLatin1Char('-');
    for (const QString &name : names) {
        const KubeReplicaSet *rs = store()->replicaSet(name);
        if (name.startsWith(prefix) || (rs && rs->meta.ownerName == m_deployment)) {
            markAllDirty();
            return;
        }
    }
}

int PodModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PodModel::data(const QModelIndex &index, int role) const
{
    // A view asks for a dozen roles per cell (font, colours, alignment, …) that the model
    // does not serve: answer those without looking the object up.
    if ((role != Qt::DisplayRole && (role < NameRole || role > TerminatingRole))
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !store())
        return {};
    const KubePod *p = store()->pod(nameAt(index.row()));
    if (!p)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return p->meta.name;
        case ReadyColumn:
            return QStringLiteral("%1/%2").arg(p->readyContainers()).arg(p->containers.size());
        case StatusColumn:
            return p->displayStatus();
        case RestartsColumn:
            return p->restarts();
        case AgeColumn:
            return formatAge(p->meta.creationTimestamp, QDateTime::currentMSecsSinceEpoch());
        case NodeColumn:
            return p->nodeName;
        case IpColumn:
            return p->podIP;
        }
        return {};
    case NameRole:
        return p->meta.name;
    case PhaseRole:
        return p->phase;
    case ReadyRole:
        return p->ready;
    case StatusRole:
        return p->displayStatus();
    case RestartsRole:
        return p->restarts();
    case CreatedRole:
        return QDateTime::fromMSecsSinceEpoch(p->meta.creationTimestamp, Qt::UTC);
    case NodeRole:
        return p->nodeName;
    case ReplicaSetRole:
        return p->meta.ownerName;
    case TerminatingRole:
        return p->meta.deletionTimestamp != 0;
    }
    return {};
}

QVariant PodModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Pod");
    case ReadyColumn:
        return tr("Ready");
    case StatusColumn:
        return tr("Status");
    case RestartsColumn:
        return tr("Restarts");
    case AgeColumn:
        return tr("Age");
    case NodeColumn:
        return tr("Node");
    case IpColumn:
        return tr("IP");
    }
    return {};
}

QHash<int, QByteArray> PodModel::roleNames() const
{
    QHash<int, QByteArray> names = KubeTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(PhaseRole, "phase");
    names.insert(ReadyRole, "ready");
    names.insert(StatusRole, "status");
    names.insert(RestartsRole, "restarts");
    names.insert(CreatedRole, "created");
    names.insert(NodeRole, "node");
    names.insert(ReplicaSetRole, "replicaSet");
    names.insert(TerminatingRole, "terminating");
    return names;
}

} // namespace Gatehouse::Models
