#pragma once

#include "kubetablemodel.h"

namespace Gatehouse::Models {

/// The ReplicaSets of one Deployment (its revision history), or of the whole namespace
/// when no deployment is set. Rows update in place (see KubeTableModel). UI thread only.
class ReplicaSetModel : public KubeTableModel
{
    Q_OBJECT
public:
    enum Column { RevisionColumn, NameColumn, DesiredColumn, CurrentColumn, ReadyColumn, ImagesColumn,
                  ChangeCauseColumn, AgeColumn, ColumnCount };
    enum Roles {
        RevisionRole = NameRole + 1, ///< int
        DesiredRole,                 ///< int
        CurrentRole,                 ///< int
        ReadyRole,                   ///< int
        ImagesRole,                  ///< QStringList
        ChangeCauseRole,             ///< QString, empty when none
        CreatedRole,                 ///< QDateTime (UTC)
        RevisionHistoryRole,         ///< QString, e.g. "1,3"
    };

    explicit ReplicaSetModel(QObject *parent = nullptr);

    /// Shows only the ReplicaSets `deployment` controls; empty shows all. Resets the model.
    void setDeployment(const QString &deployment);
    QString deployment() const { return m_deployment; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    bool accepts(const QString &name) const override;

private:
    QString m_deployment;
};

} // namespace Gatehouse::Models
