#pragma once

#include "changerequest.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Gatehouse::Models {

/// Change requests from the control store, one row each. setChanges() updates
/// in place by id (rows inserted, changed, removed; never a reset once rows
/// exist) so selections survive a refresh; O(n) for n changes. UI thread only.
class ChangeRequestModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        TitleColumn,
        EnvironmentColumn,
        TypeColumn,
        StateColumn,
        WindowColumn, ///< "2026-12-02 22:00–23:30 Europe/Amsterdam", in the change's own zone
        RequesterColumn,
        CreatedColumn,
        ColumnCount
    };
    enum Roles {
        ChangeIdRole = Qt::UserRole + 1, ///< qint64
        StateRole,                       ///< int, static_cast<int>(ChangeState)
        WindowStartRole,                 ///< QDateTime, UTC (for sorting)
        TypeRole,                        ///< int, static_cast<int>(ChangeType)
    };

    explicit ChangeRequestModel(QObject *parent = nullptr);

    /// Makes the model show exactly `changes` (in that order for new rows).
    void setChanges(const QList<ChangeRequest> &changes);
    /// Inserts the change, or updates the row with its id.
    void upsert(const ChangeRequest &change);
    /// The change on `row`, or nullptr.
    const ChangeRequest *changeAt(int row) const;
    /// Row of the change with `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// "2026-12-02 22:00–23:30 Europe/Amsterdam" (both ends in the change's zone;
    /// the end's date is added when it differs). Empty when no window is set.
    static QString windowText(const ChangeRequest &change);
    /// Translated names of states and change types.
    static QString stateText(ChangeState state);
    static QString typeText(ChangeType type);

private:
    void rebuildIndex();

    QList<ChangeRequest> m_changes;
    QHash<qint64, int> m_rowOfId;
};

} // namespace Gatehouse::Models
