#pragma once

#include "models/estate.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QStackedWidget;
class QStandardItemModel;
class QTableView;

namespace Gatehouse::Ui {

class EmptyState;

/// The selected environment in detail: tier, hosting, the sites it serves with
/// their time zones, its Kubernetes context and namespace, where its Odoo
/// database lives (the password only ever as its keychain reference), its
/// monitoring URLs, and a table of its workloads. UI thread only.
class EnvironmentDetailPane : public QWidget
{
    Q_OBJECT

public:
    /// Columns of workloadsModel().
    enum Column { NameColumn, KindColumn, ImageColumn, ReplicasColumn, IntegrationsColumn, ColumnCount };
    enum Roles {
        SortRole = Qt::UserRole + 1, ///< every cell: its sort key
        NameRole,                    ///< name cell: the workload's name
        IntegrationsRole,            ///< name cell: QStringList of the integrations it runs
    };

    explicit EnvironmentDetailPane(QWidget *parent = nullptr);

    /// Shows the environment `name` of `estate`; an empty or unknown name shows the "select one" hint.
    void showEnvironment(const Models::EstatePtr &estate, const QString &name);
    QString environmentName() const { return m_name; }

    QTableView *workloadsView() const { return m_workloadsView; }
    QStandardItemModel *workloadsModel() const { return m_workloadsModel; }

Q_SIGNALS:
    /// The user activated a workload row (Enter or double-click): `integration`
    /// is the integration it runs that best stands for it (the one of the same
    /// name, else the first known to the estate).
    void integrationActivated(const QString &integration);

private:
    void activateWorkload(const QModelIndex &index);

    Models::EstatePtr m_estate;
    QString m_name;
    QStackedWidget *m_stack;
    EmptyState *m_empty;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_facts;
    QLabel *m_workloadsHeader;
    QTableView *m_workloadsView;
    QStandardItemModel *m_workloadsModel;
};

} // namespace Gatehouse::Ui
