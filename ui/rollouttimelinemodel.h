#pragma once

#include "models/kubestore.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QPointer>
#include <QTimer>

namespace Gatehouse::Ui {

/// The rollout timeline of one Deployment, oldest first: each revision's ReplicaSet
/// created (with images and change cause), the Deployment's and its ReplicaSets'
/// events (scaling, rollbacks), warnings about its pods, and the last transitions of its
/// Progressing and Available conditions. Rebuilt from the KubeStore at most four times
/// a second, and only for changes that can concern the Deployment, and swapped whole (a
/// timeline is short). UI thread only.
class RolloutTimelineModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, WhatColumn, DetailColumn, ColumnCount };
    enum Roles {
        TimeRole = Qt::UserRole + 1, ///< QDateTime (UTC)
        WarningRole,                 ///< bool
    };

    explicit RolloutTimelineModel(QObject *parent = nullptr);

    /// Follows `store` (not owned; may be null) and `deployment`. Rebuilds at once.
    void setSource(Models::KubeStore *store, const QString &deployment);
    /// Rebuilds now (tests).
    void rebuild();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    bool concerns(Models::KubeKind kind, const QStringList &names) const;

    struct Entry
    {
        qint64 at = 0; ///< ms since epoch, UTC
        QString what;
        QString detail;
        bool warning = false;
    };

    QPointer<Models::KubeStore> m_store;
    QMetaObject::Connection m_connection;
    QString m_deployment;
    QList<Entry> m_entries;
    QTimer m_timer;
};

} // namespace Gatehouse::Ui
