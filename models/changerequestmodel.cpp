#include "changerequestmodel.h"

#include <QTimeZone>

namespace Gatehouse::Models {

namespace {

bool sameContents(const ChangeRequest &a, const ChangeRequest &b)
{
    return a.id == b.id && a.title == b.title && a.description == b.description && a.requester == b.requester
        && a.environment == b.environment && a.type == b.type && a.integrations == b.integrations
        && a.workloads == b.workloads && a.windowStart == b.windowStart && a.windowEnd == b.windowEnd
        && a.windowTimeZone == b.windowTimeZone && a.state == b.state && a.createdAt == b.createdAt
        && a.updatedAt == b.updatedAt;
}

const QString kDateTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

} // namespace

ChangeRequestModel::ChangeRequestModel(QObject *parent) : QAbstractTableModel(parent) {}

QString ChangeRequestModel::stateText(ChangeState state)
{
    switch (state) {
    case ChangeState::Draft:
        return tr("Draft");
    case ChangeState::Submitted:
        return tr("Submitted");
    case ChangeState::Assessed:
        return tr("Assessed");
    case ChangeState::Approved:
        return tr("Approved");
    case ChangeState::Rejected:
        return tr("Rejected");
    case ChangeState::Scheduled:
        return tr("Scheduled");
    case ChangeState::InProgress:
        return tr("In progress");
    case ChangeState::Completed:
        return tr("Completed");
    case ChangeState::RolledBack:
        return tr("Rolled back");
    case ChangeState::Failed:
        return tr("Failed");
    case ChangeState::Closed:
        return tr("Closed");
    }
    return {};
}

QString ChangeRequestModel::typeText(ChangeType type)
{
    switch (type) {
    case ChangeType::Standard:
        return tr("Standard");
    case ChangeType::Normal:
        return tr("Normal");
    case ChangeType::Emergency:
        return tr("Emergency");
    }
    return {};
}

QString ChangeRequestModel::windowText(const ChangeRequest &change)
{
    if (!change.windowStart.isValid())
        return {};
    // An empty or unknown zone id falls back to UTC and says so, rather than guessing a local zone.
    QTimeZone zone = change.windowTimeZone.isEmpty() ? QTimeZone() : QTimeZone(change.windowTimeZone.toUtf8());
    const bool named = zone.isValid();
    if (!named)
        zone = QTimeZone::utc();
    const QDateTime start = change.windowStart.toTimeZone(zone);
    QString text = start.toString(kDateTimeFormat);
    if (change.windowEnd.isValid()) {
        const QDateTime end = change.windowEnd.toTimeZone(zone);
        text += QChar(0x2013) + end.toString(end.date() == start.date() ? QStringLiteral("HH:mm") : kDateTimeFormat);
    }
    const QString zoneName = named ? QString::fromUtf8(zone.id()) : QStringLiteral("UTC");
    return text + QLatin1Char(' ') + zoneName;
}

void ChangeRequestModel::rebuildIndex()
{
    m_rowOfId.clear();
    m_rowOfId.reserve(m_changes.size());
    for (int row = 0; row < m_changes.size(); ++row)
        m_rowOfId.insert(m_changes.at(row).id, row);
}

void ChangeRequestModel::setChanges(const QList<ChangeRequest> &changes)
{
    QHash<qint64, int> incoming;
    incoming.reserve(changes.size());
    for (int i = 0; i < changes.size(); ++i)
        incoming.insert(changes.at(i).id, i); // a repeated id: the last copy wins

    // Removed rows, from the bottom so row numbers above stay valid; adjacent rows go in one step.
    for (int row = int(m_changes.size()) - 1; row >= 0;) {
        if (incoming.contains(m_changes.at(row).id)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0 && !incoming.contains(m_changes.at(first - 1).id))
            --first;
        beginRemoveRows({}, first, row);
        m_changes.remove(first, row - first + 1);
        endRemoveRows();
        row = first - 1;
    }

    // Changed rows, reported as runs of adjacent rows.
    int runStart = -1;
    auto flush = [&](int endRow) {
        if (runStart >= 0)
            Q_EMIT dataChanged(index(runStart, 0), index(endRow, ColumnCount - 1));
        runStart = -1;
    };
    QSet<qint64> present;
    present.reserve(m_changes.size());
    for (int row = 0; row < m_changes.size(); ++row) {
        ChangeRequest &current = m_changes[row];
        present.insert(current.id);
        const ChangeRequest &next = changes.at(incoming.value(current.id));
        if (sameContents(current, next)) {
            flush(row - 1);
            continue;
        }
        current = next;
        if (runStart < 0)
            runStart = row;
    }
    flush(int(m_changes.size()) - 1);

    // New rows at the end, in the order given.
    QList<ChangeRequest> added;
    for (int i = 0; i < changes.size(); ++i) {
        const ChangeRequest &change = changes.at(i);
        if (present.contains(change.id) || incoming.value(change.id) != i)
            continue;
        added.append(change);
    }
    if (!added.isEmpty()) {
        const int first = int(m_changes.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        m_changes.append(std::move(added));
        endInsertRows();
    }
    rebuildIndex();
}

void ChangeRequestModel::upsert(const ChangeRequest &change)
{
    const int row = rowOf(change.id);
    if (row >= 0) {
        if (sameContents(m_changes.at(row), change))
            return;
        m_changes[row] = change;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int last = int(m_changes.size());
    beginInsertRows({}, last, last);
    m_changes.append(change);
    m_rowOfId.insert(change.id, last);
    endInsertRows();
}

const ChangeRequest *ChangeRequestModel::changeAt(int row) const
{
    return row >= 0 && row < m_changes.size() ? &m_changes.at(row) : nullptr;
}

int ChangeRequestModel::rowOf(qint64 id) const
{
    return m_rowOfId.value(id, -1);
}

int ChangeRequestModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_changes.size());
}

int ChangeRequestModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChangeRequestModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChangeRequest &change = m_changes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case IdColumn:
            return change.id;
        case TitleColumn:
            return change.title;
        case EnvironmentColumn:
            return change.environment;
        case TypeColumn:
            return typeText(change.type);
        case StateColumn:
            return stateText(change.state);
        case WindowColumn:
            return windowText(change);
        case RequesterColumn:
            return change.requester;
        case CreatedColumn:
            return change.createdAt.isValid() ? change.createdAt.toLocalTime().toString(kDateTimeFormat) : QString();
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !change.description.isEmpty())
            return change.description;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == IdColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case ChangeIdRole:
        return change.id;
    case StateRole:
        return static_cast<int>(change.state);
    case WindowStartRole:
        return change.windowStart.toUTC();
    case TypeRole:
        return static_cast<int>(change.type);
    }
    return {};
}

QVariant ChangeRequestModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("ID");
    case TitleColumn:
        return tr("Title");
    case EnvironmentColumn:
        return tr("Environment");
    case TypeColumn:
        return tr("Type");
    case StateColumn:
        return tr("State");
    case WindowColumn:
        return tr("Window");
    case RequesterColumn:
        return tr("Requester");
    case CreatedColumn:
        return tr("Created");
    }
    return {};
}

QHash<int, QByteArray> ChangeRequestModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ChangeIdRole, "changeId");
    names.insert(StateRole, "state");
    names.insert(WindowStartRole, "windowStart");
    names.insert(TypeRole, "type");
    return names;
}

} // namespace Gatehouse::Models
