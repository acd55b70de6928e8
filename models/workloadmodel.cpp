#include "workloadmodel.h"

#include <QDateTime>

#include <algorithm>

namespace Gatehouse::Models {

namespace {
QStringList imageList(const QList<KubeContainer> &containers)
{
    QStringList out;
    for (const KubeContainer &c : containers)
        out.append(c.image);
    return out;
}

int progressPercent(const KubeDeployment &d)
{
    if (d.replicas <= 0)
        return 100;
    const int done = std::min(d.updatedReplicas, d.availableReplicas);
    return std::clamp(done * 100 / d.replicas, 0, 100);
}

QString conditionsText(const KubeDeployment &d)
{
    QStringList parts;
    for (const KubeCondition &c : d.conditions)
        parts.append(c.type + QLatin1Char('=') + c.status + QStringLiteral(" (") + c.reason + QLatin1Char(')'));
    return parts.join(QStringLiteral("; "));
}
} // namespace

WorkloadModel::WorkloadModel(QObject *parent) : KubeTableModel(KubeKind::Deployment, parent) {}

bool WorkloadModel::accepts(const QString &name) const
{
    return store() && store()->deployment(name);
}

QString WorkloadModel::statusText(const KubeDeployment &d)
{
    if (d.paused)
        return tr("Paused");
    if (d.progressDeadlineExceeded())
        return tr("Progress deadline exceeded");
    if (d.observedGeneration < d.meta.generation)
        return tr("Waiting for the new specification to be observed");
    if (d.rolloutInProgress())
        return tr("Rolling out (%1 of %2 updated)").arg(d.updatedReplicas).arg(d.replicas);
    const KubeCondition *available = d.condition(QStringLiteral("Available"));
    if (available && available->status != QLatin1String("True"))
        return tr("Unavailable");
    return tr("Available");
}

int WorkloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkloadModel::data(const QModelIndex &index, int role) const
{
    // A view asks for a dozen roles per cell (font, colours, alignment, …) that the model
    // does not serve: answer those without looking the object up.
    if ((role != Qt::DisplayRole && role != Qt::ToolTipRole && (role < NameRole || role > ProgressDeadlineSecondsRole))
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !store())
        return {};
    const KubeDeployment *d = store()->deployment(nameAt(index.row()));
    if (!d)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return d->meta.name;
        case ReadyColumn:
            return QStringLiteral("%1/%2").arg(d->readyReplicas).arg(d->replicas);
        case UpdatedColumn:
            return d->updatedReplicas;
        case AvailableColumn:
            return d->availableReplicas;
        case RevisionColumn:
            return d->revision;
        case ImagesColumn:
            return d->images();
        case StatusColumn:
            return statusText(*d);
        case DesiredColumn:
            return d->replicas;
        case ConditionsColumn:
            return conditionsText(*d);
        }
        return {};
    case Qt::ToolTipRole:
        return conditionsText(*d);
    case NameRole:
        return d->meta.name;
    case DesiredRole:
        return d->replicas;
    case UpdatedRole:
        return d->updatedReplicas;
    case ReadyRole:
        return d->readyReplicas;
    case AvailableRole:
        return d->availableReplicas;
    case RevisionRole:
        return d->revision;
    case ImagesRole:
        return imageList(d->containers);
    case PausedRole:
        return d->paused;
    case RolloutInProgressRole:
        return d->rolloutInProgress();
    case ProgressRole:
        return progressPercent(*d);
    case ProgressDeadlineExceededRole:
        return d->progressDeadlineExceeded();
    case ProgressingReasonRole: {
        const KubeCondition *c = d->condition(QStringLiteral("Progressing"));
        return c ? c->reason : QString();
    }
    case ConditionsRole:
        return conditionsText(*d);
    case LastProgressRole: {
        const KubeCondition *c = d->condition(QStringLiteral("Progressing"));
        return c && c->lastUpdateTime ? QDateTime::fromMSecsSinceEpoch(c->lastUpdateTime, Qt::UTC) : QDateTime();
    }
    case ProgressDeadlineSecondsRole:
        return d->progressDeadlineSeconds;
    }
    return {};
}

QVariant WorkloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Workload");
    case ReadyColumn:
        return tr("Ready");
    case UpdatedColumn:
        return tr("Up to date");
    case AvailableColumn:
        return tr("Available");
    case RevisionColumn:
        return tr("Revision");
    case ImagesColumn:
        return tr("Images");
    case StatusColumn:
        return tr("Status");
    case DesiredColumn:
        return tr("Desired");
    case ConditionsColumn:
        return tr("Conditions");
    }
    return {};
}

QHash<int, QByteArray> WorkloadModel::roleNames() const
{
    QHash<int, QByteArray> names = KubeTableModel::roleNames();
    names.insert(NameRole, "name");
    names.insert(DesiredRole, "desired");
    names.insert(UpdatedRole, "updated");
    names.insert(ReadyRole, "ready");
    names.insert(AvailableRole, "available");
    names.insert(RevisionRole, "revision");
    names.insert(ImagesRole, "images");
    names.insert(PausedRole, "paused");
    names.insert(RolloutInProgressRole, "rolloutInProgress");
    names.insert(ProgressRole, "progress");
    names.insert(ProgressDeadlineExceededRole, "progressDeadlineExceeded");
    names.insert(ProgressingReasonRole, "progressingReason");
    names.insert(ConditionsRole, "conditions");
    names.insert(LastProgressRole, "lastProgress");
    names.insert(ProgressDeadlineSecondsRole, "progressDeadlineSeconds");
    return names;
}

} // namespace Gatehouse::Models
