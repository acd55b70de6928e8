#include "rollouttimelinemodel.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace Gatehouse::Ui {

using namespace Gatehouse::Models;

namespace {
constexpr int MaxEntries = 300; // the newest; older history is in the ReplicaSets tab
}

RolloutTimelineModel::RolloutTimelineModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &RolloutTimelineModel::rebuild);
}

void RolloutTimelineModel::setSource(KubeStore *store, const QString &deployment)
{
    if (m_connection)
        disconnect(m_connection);
    m_store = store;
    m_deployment = deployment;
    if (store) {
        m_connection = connect(store, &KubeStore::objectsChanged, this, [this](KubeKind kind, const QStringList &names) {
            if (kind != KubeKind::Pod && !m_timer.isActive() && concerns(kind, names))
                m_timer.start();
        });
    }
    rebuild();
}

bool RolloutTimelineModel::concerns(KubeKind kind, const QStringList &names) const
{
    // A rebuild reads every event of the namespace: only for changes that can be about the
    // workload shown, not for every slice of a relist or every other workload's rollout.
    if (m_deployment.isEmpty() || !m_store)
        return false;
    for (const QString &name : names) {
        switch (kind) {
        case KubeKind::Deployment:
            if (name == m_deployment)
                return true;
            break;
        case KubeKind::ReplicaSet: {
            const KubeReplicaSet *rs = m_store->replicaSet(name);
            if (!rs || rs->meta.ownerName == m_deployment)
                return true; // a removed one may have been shown
            break;
        }
        case KubeKind::Event: {
            const KubeEvent *e = m_store->eventNamed(name);
            if (!e || m_store->eventConcerns(*e, m_deployment))
                return true;
            break;
        }
        case KubeKind::Pod:
            break;
        }
    }
    return false;
}

void RolloutTimelineModel::rebuild()
{
    m_timer.stop();
    QList<Entry> entries;
    const KubeDeployment *d = m_store && !m_deployment.isEmpty() ? m_store->deployment(m_deployment) : nullptr;
    if (d) {
        for (const KubeReplicaSet *rs : m_store->replicaSetsOf(m_deployment)) {
            QStringList images;
            for (const KubeContainer &c : rs->containers)
                images.append(c.name + QLatin1Char('=') + c.image);
            QString detail = images.join(QStringLiteral(", "));
            if (!rs->changeCause.isEmpty())
                detail += QStringLiteral(" — ") + rs->changeCause;
            entries.append({rs->meta.creationTimestamp, tr("Revision %1 created (%2)").arg(rs->revision).arg(rs->meta.name),
                            detail, false});
        }
        for (const KubeCondition &c : d->conditions) {
            if (c.type != QLatin1String("Progressing") && c.type != QLatin1String("Available"))
                continue;
            const qint64 at = c.lastTransitionTime ? c.lastTransitionTime : c.lastUpdateTime;
            const bool bad = c.status != QLatin1String("True");
            entries.append({at, tr("%1 became %2 (%3)").arg(c.type, c.status, c.reason), c.message, bad});
        }
        for (const KubeEvent &e : m_store->events()) {
            const bool aboutController = e.involvedKind == QLatin1String("Deployment")
                || e.involvedKind == QLatin1String("ReplicaSet");
            const bool warning = e.type == QLatin1String("Warning");
            if (!aboutController && !warning)
                continue; // normal pod events would drown the rollout's own story
            if (!m_store->eventConcerns(e, m_deployment))
                continue;
            const qint64 at = e.lastTimestamp ? e.lastTimestamp : e.firstTimestamp;
            QString what = e.reason + QStringLiteral(" · ") + e.involvedKind.toLower() + QLatin1Char('/') + e.involvedName;
            if (e.count > 1)
                what += tr(" (×%1)").arg(e.count);
            entries.append({at, what, e.message, warning});
        }
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.at < b.at; });
    if (entries.size() > MaxEntries)
        entries = entries.mid(entries.size() - MaxEntries);
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int RolloutTimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RolloutTimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RolloutTimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return e.at ? QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toLocalTime(),
                                             QLocale::ShortFormat)
                        : QString();
        case WhatColumn:
            return e.what;
        case DetailColumn:
            return e.detail;
        }
        return {};
    case Qt::ToolTipRole:
        return e.detail;
    case Qt::ForegroundRole:
        return e.warning ? QVariant(QColor(0xc6, 0x28, 0x28)) : QVariant();
    case TimeRole:
        return e.at ? QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC) : QDateTime();
    case WarningRole:
        return e.warning;
    }
    return {};
}

QVariant RolloutTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("When");
    case WhatColumn:
        return tr("What");
    case DetailColumn:
        return tr("Detail");
    }
    return {};
}

} // namespace Gatehouse::Ui
