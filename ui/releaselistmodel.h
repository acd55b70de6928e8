#pragma once

#include "models/release.h"

#include <QAbstractTableModel>
#include <QList>

namespace Gatehouse::Ui {

/// The releases of the control store as a table: title, state (icon and word), where it
/// stands (phase, environment, workload) and when it last changed.
///
/// setReleases() takes a fresh list and updates rows in place (dataChanged for a changed
/// release, row inserts and removals for new and gone ones), so a selection survives
/// every refresh. UI thread only.
class ReleaseListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TitleColumn, StateColumn, WhereColumn, UpdatedColumn, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, StateRole };

    explicit ReleaseListModel(QObject *parent = nullptr);

    void setReleases(const QList<Models::Release> &releases);
    const QList<Models::Release> &releases() const { return m_releases; }
    /// Row of release `id`, -1 when not listed.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Where a release stands, e.g. "production-eu · edi-gateway (canary)", translated.
    static QString whereText(const Models::Release &release);

private:
    QList<Models::Release> m_releases;
};

} // namespace Gatehouse::Ui
