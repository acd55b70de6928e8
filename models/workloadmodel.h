#pragma once

#include "kubetablemodel.h"

namespace Gatehouse::Models {

/// The Deployments of one environment's namespace: desired / updated / ready /
/// available, revision, images, conditions, and how far a rollout in flight has come.
/// Rows update in place as the KubeStore changes (see KubeTableModel); a row's
/// dataChanged covers its columns from ReadyColumn on (the name never changes), and the
/// roles below, served on every column, change with it. UI thread only.
class WorkloadModel : public KubeTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        ReadyColumn,     ///< "ready/desired", as kubectl's READY
        UpdatedColumn,   ///< up-to-date replicas
        AvailableColumn,
        RevisionColumn,
        ImagesColumn,
        StatusColumn,    ///< "Paused", "Progressing", "Available", "Progress deadline exceeded", …
        DesiredColumn,   ///< spec.replicas
        ConditionsColumn, ///< "Available=True (MinimumReplicasAvailable); …"
        ColumnCount
    };
    enum Roles {
        DesiredRole = NameRole + 1, ///< int spec.replicas
        UpdatedRole,                ///< int
        ReadyRole,                  ///< int
        AvailableRole,              ///< int
        RevisionRole,               ///< int
        ImagesRole,                 ///< QStringList, one per container
        PausedRole,                 ///< bool
        RolloutInProgressRole,      ///< bool
        ProgressRole,               ///< int 0–100: updated and available replicas against desired
        ProgressDeadlineExceededRole, ///< bool
        ProgressingReasonRole,      ///< QString, reason of the Progressing condition
        ConditionsRole,             ///< QString, "Available=True (MinimumReplicasAvailable); …"
        LastProgressRole,           ///< QDateTime (UTC) of the Progressing condition's lastUpdateTime
        ProgressDeadlineSecondsRole, ///< int
    };

    explicit WorkloadModel(QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// A plain-language status of a Deployment, as the Status column shows it.
    static QString statusText(const KubeDeployment &deployment);

protected:
    bool accepts(const QString &name) const override;
    int firstChangingColumn() const override { return NameColumn + 1; } ///< the name never changes
};

} // namespace Gatehouse::Models
