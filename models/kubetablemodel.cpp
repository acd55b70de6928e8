#include "kubetablemodel.h"

#include <algorithm>

namespace Gatehouse::Models {

KubeTableModel::KubeTableModel(KubeKind kind, QObject *parent) : QAbstractTableModel(parent), m_kind(kind)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &KubeTableModel::flush);
}

KubeTableModel::~KubeTableModel() = default;

void KubeTableModel::setStore(KubeStore *store)
{
    if (m_connection)
        disconnect(m_connection);
    beginResetModel();
    m_store = store;
    m_dirty.clear();
    m_allDirty = false;
    m_timer.stop();
    m_rows.clear();
    if (m_store) {
        m_connection = connect(m_store, &KubeStore::objectsChanged, this, &KubeTableModel::onObjectsChanged);
        m_rows = acceptedNames();
    }
    rebuildIndex(0);
    endResetModel();
}

void KubeTableModel::setShowNone(bool none)
{
    if (m_showNone == none)
        return;
    m_showNone = none;
    refilter();
}

QStringList KubeTableModel::acceptedNames() const
{
    if (m_showNone)
        return {};
    QStringList names = allNames();
    names.erase(std::remove_if(names.begin(), names.end(), [this](const QString &n) { return !accepts(n); }),
                names.end());
    names.sort();
    return names;
}

void KubeTableModel::setUpdateInterval(int milliseconds)
{
    m_interval = std::max(0, milliseconds);
}

QString KubeTableModel::nameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QString();
}

int KubeTableModel::rowOf(const QString &name) const
{
    return m_rowOf.value(name, -1);
}

int KubeTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString KubeTableModel::formatAge(qint64 sinceMsecs, qint64 nowMsecs)
{
    if (sinceMsecs <= 0)
        return {};
    const qint64 s = std::max<qint64>(0, (nowMsecs - sinceMsecs) / 1000);
    if (s < 120)
        return tr("%1s").arg(s);
    if (s < 3 * 3600)
        return tr("%1m").arg(s / 60);
    if (s < 2 * 86400)
        return tr("%1h").arg(s / 3600);
    return tr("%1d").arg(s / 86400);
}

void KubeTableModel::refilter()
{
    beginResetModel();
    m_dirty.clear();
    m_allDirty = false;
    m_rows.clear();
    m_timer.stop();
    if (m_store)
        m_rows = acceptedNames();
    rebuildIndex(0);
    endResetModel();
}

void KubeTableModel::otherKindChanged(KubeKind, const QStringList &) {}

void KubeTableModel::markAllDirty()
{
    if (m_showNone)
        return;
    m_allDirty = true;
    scheduleFlush();
}

void KubeTableModel::onObjectsChanged(KubeKind kind, const QStringList &names)
{
    if (m_showNone)
        return;
    if (kind != m_kind) {
        otherKindChanged(kind, names);
        return;
    }
    for (const QString &name : names)
        m_dirty.insert(name);
    scheduleFlush();
}

void KubeTableModel::scheduleFlush()
{
    if (m_interval == 0) {
        flush();
        return;
    }
    if (m_timer.isActive())
        return;
    // Leading edge right away when the view has been quiet; otherwise wait out the interval.
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : m_interval;
    m_timer.start(int(std::max<qint64>(0, m_interval - since)));
}

void KubeTableModel::flush()
{
    m_timer.stop();
    if (!m_store || (m_dirty.isEmpty() && !m_allDirty))
        return;
    ++m_flushCount;
    m_sinceFlush.start();

    QSet<QString> dirty;
    if (m_allDirty) {
        const QStringList names = allNames();
        dirty = QSet<QString>(names.cbegin(), names.cend());
        for (const QString &row : std::as_const(m_rows))
            dirty.insert(row);
    } else {
        dirty = std::move(m_dirty);
    }
    m_dirty.clear();
    m_allDirty = false;

    QList<int> removedRows;
    QList<int> changedRows;
    QStringList added;
    for (const QString &name : std::as_const(dirty)) {
        const int row = m_rowOf.value(name, -1);
        const bool shown = accepts(name);
        if (row >= 0 && shown)
            changedRows.append(row);
        else if (row >= 0)
            removedRows.append(row);
        else if (shown)
            added.append(name);
    }

    if (!changedRows.isEmpty()) {
        std::sort(changedRows.begin(), changedRows.end());
        // One signal per contiguous run keeps views from repainting rows that did not change.
        int start = changedRows.first();
        int prev = start;
        for (int i = 1; i <= changedRows.size(); ++i) {
            if (i < changedRows.size() && changedRows.at(i) == prev + 1) {
                prev = changedRows.at(i);
                continue;
            }
            const int last = columnCount() - 1;
            Q_EMIT dataChanged(index(start, std::min(firstChangingColumn(), last)), index(prev, last));
            if (i < changedRows.size())
                start = prev = changedRows.at(i);
        }
    }

    if (!removedRows.isEmpty()) {
        std::sort(removedRows.begin(), removedRows.end(), std::greater<int>());
        int i = 0;
        while (i < removedRows.size()) {
            // Contiguous runs, highest first, so lower row numbers stay valid.
            const int last = removedRows.at(i);
            int first = last;
            while (i + 1 < removedRows.size() && removedRows.at(i + 1) == first - 1) {
                ++i;
                first = removedRows.at(i);
            }
            beginRemoveRows({}, first, last);
            m_rows.remove(first, last - first + 1);
            endRemoveRows();
            ++i;
        }
        rebuildIndex(removedRows.last());
    }

    if (!added.isEmpty()) {
        added.sort();
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_rows.append(added);
        rebuildIndex(first);
        endInsertRows();
    }
}

QStringList KubeTableModel::allNames() const
{
    if (!m_store)
        return {};
    switch (m_kind) {
    case KubeKind::Deployment:
        return m_store->deployments().keys();
    case KubeKind::ReplicaSet:
        return m_store->replicaSets().keys();
    case KubeKind::Pod:
        return m_store->pods().keys();
    case KubeKind::Event:
        return m_store->events().keys();
    }
    return {};
}

void KubeTableModel::rebuildIndex(int fromRow)
{
    if (fromRow == 0)
        m_rowOf.clear();
    for (int row = fromRow; row < m_rows.size(); ++row)
        m_rowOf.insert(m_rows.at(row), row);
    // Names removed from the table must not keep a stale row.
    if (m_rowOf.size() != m_rows.size()) {
        for (auto it = m_rowOf.begin(); it != m_rowOf.end();) {
            if (it.value() >= m_rows.size() || m_rows.at(it.value()) != it.key())
                it = m_rowOf.erase(it);
            else
                ++it;
        }
    }
}

} // namespace Gatehouse::Models
