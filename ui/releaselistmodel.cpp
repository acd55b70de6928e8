#include "ui/releaselistmodel.h"

#include "ui/releasestyle.h"

#include <QHash>
#include <QLocale>

namespace Gatehouse::Ui {

ReleaseListModel::ReleaseListModel(QObject *parent) : QAbstractTableModel(parent) {}

int ReleaseListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_releases.size(); ++row) {
        if (m_releases.at(row).id == id)
            return row;
    }
    return -1;
}

void ReleaseListModel::setReleases(const QList<Models::Release> &releases)
{
    QHash<qint64, int> wanted;
    for (int i = 0; i < releases.size(); ++i)
        wanted.insert(releases.at(i).id, i);
    // Gone releases first (from the end, so rows stay valid), then updates in place,
    // then new ones in the order given.
    for (int row = int(m_releases.size()) - 1; row >= 0; --row) {
        if (!wanted.contains(m_releases.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_releases.removeAt(row);
            endRemoveRows();
        }
    }
    for (int row = 0; row < m_releases.size(); ++row) {
        const Models::Release &fresh = releases.at(wanted.value(m_releases.at(row).id));
        const Models::Release &old = m_releases.at(row);
        if (old.state != fresh.state || old.currentPhase != fresh.currentPhase || old.updatedAt != fresh.updatedAt
            || old.title != fresh.title || old.stopReason != fresh.stopReason || old.leaseHolder != fresh.leaseHolder) {
            m_releases[row] = fresh;
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else {
            m_releases[row] = fresh;
        }
    }
    for (const Models::Release &release : releases) {
        if (rowOf(release.id) >= 0)
            continue;
        // Newest first, as the store lists them: a new release goes before older ones.
        int row = 0;
        while (row < m_releases.size() && m_releases.at(row).id > release.id)
            ++row;
        beginInsertRows({}, row, row);
        m_releases.insert(row, release);
        endInsertRows();
    }
}

int ReleaseListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_releases.size());
}

int ReleaseListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReleaseListModel::whereText(const Models::Release &release)
{
    if (release.phases.isEmpty())
        return {};
    if (release.currentPhase >= release.phases.size())
        return tr("All %n phase(s) done", nullptr, int(release.phases.size()));
    const Models::ReleasePhase &phase = release.phases.at(release.currentPhase);
    return tr("Phase %1 of %2: %3 · %4 (%5)")
        .arg(release.currentPhase + 1)
        .arg(release.phases.size())
        .arg(phase.environment, phase.workload, ReleaseStyle::kindText(phase.kind));
}

QVariant ReleaseListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Models::Release &release = m_releases.at(index.row());
    switch (role) {
    case IdRole:
        return release.id;
    case StateRole:
        return Models::toString(release.state);
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return tr("#%1 %2").arg(release.id).arg(release.title);
        case StateColumn:
            return ReleaseStyle::stateText(release.state);
        case WhereColumn:
            return whereText(release);
        case UpdatedColumn:
            return QLocale().toString(release.updatedAt.toLocalTime(), QLocale::ShortFormat);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StateColumn)
            return ReleaseStyle::stateIcon(release.state);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !release.stopReason.isEmpty())
            return release.stopReason;
        return {};
    default:
        return {};
    }
}

QVariant ReleaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Release");
    case StateColumn:
        return tr("State");
    case WhereColumn:
        return tr("Where");
    case UpdatedColumn:
        return tr("Updated");
    default:
        return {};
    }
}

} // namespace Gatehouse::Ui
