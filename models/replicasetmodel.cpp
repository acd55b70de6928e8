#include "replicasetmodel.h"

#include <QDateTime>

namespace Gatehouse::Models {

ReplicaSetModel::ReplicaSetModel(QObject *parent) : KubeTableModel(KubeKind::ReplicaSet, parent) {}

void ReplicaSetModel::setDeployment(const QString &deployment)
{
    if (deployment == m_deployment)
        return;
    m_deployment = deployment;
    refilter();
}

bool ReplicaSetModel::accepts(const QString &name) const
{
    const KubeReplicaSet *rs = store() ? store()->replicaSet(name) : nullptr;
    return rs && (m_deployment.isEmpty() || rs->meta.ownerName == m_deployment);
}

int ReplicaSetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReplicaSetModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !store())
        return {};
    const KubeReplicaSet *rs = store()->replicaSet(nameAt(index.row()));
    if (!rs)
        return {};
    QStringList images;
    for (const KubeContainer &c : rs->containers)
        images.append(c.image);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case RevisionColumn:
            return rs->revision;
        case NameColumn:
            return rs->meta.name;
        case DesiredColumn:
            return rs->replicas;
        case CurrentColumn:
            return rs->statusReplicas;
        case ReadyColumn:
            return rs->readyReplicas;
        case ImagesColumn:
            return images.join(QStringLiteral(", "));
        case ChangeCauseColumn:
            return rs->changeCause.isEmpty() ? tr("<none>") : rs->changeCause;
        case AgeColumn:
            return formatAge(rs->meta.creationTimestamp, QDateTime::currentMSecsSinceEpoch());
        }
        return {};
    case NameRole:
        return rs->meta.name;
    case RevisionRole:
        return rs->revision;
    case DesiredRole:
        return rs->replicas;
    case CurrentRole:
        return rs->statusReplicas;
    case ReadyRole:
        return rs->readyReplicas;
    case ImagesRole:
        return images;
    case ChangeCauseRole:
        return rs->changeCause;
    case CreatedRole:
        return QDateTime::fromMSecsSinceEpoch(rs->meta.creationTimestamp, Qt::UTC);
    case RevisionHistoryRole:
        return rs->revisionHistory;
    }
    return {};
}

QVariant ReplicaSetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case RevisionColumn:
        return tr("Revision");
    case NameColumn:
        return tr("ReplicaSet");
    case DesiredColumn:
        return tr("Desired");
    case CurrentColumn:
        return tr("Current");
    case ReadyColumn:
        return tr("Ready");
    case ImagesColumn:
        return tr("Images");
    case ChangeCauseColumn:
        return tr("Change cause");
    case AgeColumn:
        return tr("Age");
    }
    return {};
}

QHash<int, QByteArray> ReplicaSetModel::roleNames() const
{
    QHash<int, QByteArray> names = KubeTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(RevisionRole, "revision");
    names.insert(DesiredRole, "desired");
    names.insert(CurrentRole, "current");
    names.insert(ReadyRole, "ready");
    names.insert(ImagesRole, "images");
    names.insert(ChangeCauseRole, "changeCause");
    names.insert(CreatedRole, "created");
    names.insert(RevisionHistoryRole, "revisionHistory");
    return names;
}

} // namespace Gatehouse::Models
