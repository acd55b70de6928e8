#pragma once

#include "kubetablemodel.h"

namespace Gatehouse::Models {

/// The pods of one Deployment (through its ReplicaSets), or of the whole namespace when
/// no deployment is set: phase, readiness, restarts, age, node, waiting reason.
/// Rows update in place (see KubeTableModel). UI thread only.
class PodModel : public KubeTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ReadyColumn, StatusColumn, RestartsColumn, AgeColumn, NodeColumn, IpColumn,
                  ColumnCount };
    enum Roles {
        PhaseRole = NameRole + 1, ///< QString
        ReadyRole,                ///< bool, condition Ready
        StatusRole,               ///< QString, as kubectl's STATUS ("ImagePullBackOff", "Terminating", "Running")
        RestartsRole,             ///< int
        CreatedRole,              ///< QDateTime (UTC)
        NodeRole,                 ///< QString
        ReplicaSetRole,           ///< QString, the owning ReplicaSet
        TerminatingRole,          ///< bool
    };

    explicit PodModel(QObject *parent = nullptr);

    /// Shows only the pods of `deployment`; empty shows all. Resets the model.
    void setDeployment(const QString &deployment);
    QString deployment() const { return m_deployment; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    bool accepts(const QString &name) const override;
    int firstChangingColumn() const override { return NameColumn + 1; } ///< the name never changes
    void otherKindChanged(KubeKind kind, const QStringList &names) override;

private:
    QString m_deployment;
};

} // namespace Gatehouse::Models
