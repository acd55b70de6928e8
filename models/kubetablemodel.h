#pragma once

#include "kubestore.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>
#include <QTimer>

namespace Gatehouse::Models {

/// Base of the Kubernetes item models: one row per object of one kind in a KubeStore,
/// optionally narrowed by a filter (a subclass's accepts()). The store's change
/// notifications are collected and applied at most once per updateInterval() (100 ms by
/// default, so ~10 view updates per second): a changed object that stays visible gets
/// dataChanged for its row, a new one is inserted, a vanished one removed. Rows are
/// never reset for a change; only setStore() and a filter change swap the whole table.
///
/// Rows keep their order of arrival; sort in a proxy. UI thread only.
class KubeTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// The object's name in every model.
    static constexpr int NameRole = Qt::UserRole + 1;

    ~KubeTableModel() override;

    /// Shows the objects of `store` (not owned; may be null). Resets the model.
    void setStore(KubeStore *store);
    KubeStore *store() const { return m_store; }

    /// While `none` is true the model shows no rows at all and does not look at the store's
    /// objects (a detail pane with nothing selected: no scan, nothing for a proxy to sort).
    /// Resets the model when the setting changes. Default false.
    void setShowNone(bool none);
    bool showsNone() const { return m_showNone; }

    /// Coalescing interval; 0 applies every change at once (tests).
    void setUpdateInterval(int milliseconds);
    int updateInterval() const { return m_interval; }
    /// Applies pending changes now.
    void flush();
    /// Number of times pending changes were applied (for tests and benchmarks).
    int flushCount() const { return m_flushCount; }

    /// The name of the object in `row`, empty when out of range.
    QString nameAt(int row) const;
    /// The row of the object called `name`, -1 when not shown.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;

    /// An age as kubectl prints it: "42s", "5m", "3h", "2d"; "" for an unset time.
    static QString formatAge(qint64 sinceMsecs, qint64 nowMsecs);

protected:
    KubeTableModel(KubeKind kind, QObject *parent);
    /// Whether the store's object `name` (of this model's kind) exists and is shown.
    virtual bool accepts(const QString &name) const = 0;
    /// Call after a subclass's filter changed: rebuilds the rows.
    void refilter();
    /// Names of other kinds whose change may change this model's rows (a pod's
    /// ReplicaSet, …). The default ignores other kinds; override to re-evaluate.
    virtual void otherKindChanged(KubeKind kind, const QStringList &names);
    /// Marks the whole table for re-evaluation at the next flush.
    void markAllDirty();
    /// The first column whose text can change for an object that stays (its row's
    /// dataChanged starts there). Models whose column 0 is the name return 1: a proxy
    /// sorted by name then never re-sorts (and the views never lay everything out again)
    /// for a change of some other field.
    virtual int firstChangingColumn() const { return 0; }

private:
    void onObjectsChanged(KubeKind kind, const QStringList &names);
    void scheduleFlush();
    QStringList allNames() const;
    QStringList acceptedNames() const;
    void rebuildIndex(int fromRow);

    KubeKind m_kind;
    QPointer<KubeStore> m_store;
    QMetaObject::Connection m_connection;
    QStringList m_rows;
    QHash<QString, int> m_rowOf;
    QSet<QString> m_dirty;
    bool m_allDirty = false;
    bool m_showNone = false;
    QTimer m_timer;
    QElapsedTimer m_sinceFlush;
    int m_interval = 100;
    int m_flushCount = 0;
};

} // namespace Gatehouse::Models
