#pragma once

#include "kubetablemodel.h"

namespace Gatehouse::Models {

/// The Kubernetes events about one Deployment, its ReplicaSets and their pods, or all
/// events of the namespace when no deployment is set. Rows update in place (see
/// KubeTableModel). UI thread only.
class KubeEventModel : public KubeTableModel
{
    Q_OBJECT
public:
    enum Column { LastSeenColumn, TypeColumn, ReasonColumn, ObjectColumn, MessageColumn, CountColumn, ColumnCount };
    enum Roles {
        LastSeenRole = NameRole + 1, ///< QDateTime (UTC)
        TypeRole,                    ///< QString "Normal" / "Warning"
        ReasonRole,                  ///< QString
        ObjectRole,                  ///< QString "kind/name"
        MessageRole,                 ///< QString
        CountRole,                   ///< int
        WarningRole,                 ///< bool
    };

    explicit KubeEventModel(QObject *parent = nullptr);

    /// Shows only events concerning `deployment`; empty shows all. Resets the model.
    void setDeployment(const QString &deployment);
    QString deployment() const { return m_deployment; }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    bool accepts(const QString &name) const override;
    void otherKindChanged(KubeKind kind, const QStringList &names) override;

private:
    QString m_deployment;
};

} // namespace Gatehouse::Models
