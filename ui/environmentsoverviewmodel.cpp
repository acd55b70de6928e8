#include "environmentsoverviewmodel.h"

#include <QLocale>

#include <algorithm>

namespace Gatehouse::Ui {

using Status = Models::SourceState::Status;

EnvironmentsOverviewModel::EnvironmentsOverviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EnvironmentsOverviewModel::setEnvironments(const QList<Models::Environment> &environments)
{
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_changedRows.clear();
    m_firstChanged = m_lastChanged = -1;
    for (const Models::Environment &environment : environments) {
        Row row;
        row.name = environment.name;
        row.displayName = environment.displayName.isEmpty() ? environment.name : environment.displayName;
        m_index.insert(row.name, int(m_rows.size()));
        m_rows.append(row);
    }
    endResetModel();
}

int EnvironmentsOverviewModel::rowOfEnvironment(const QString &name) const
{
    return m_index.value(name, -1);
}

QString EnvironmentsOverviewModel::environmentAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].name : QString();
}

QString EnvironmentsOverviewModel::displayNameAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].displayName : QString();
}

EnvironmentsOverviewModel::Aspect EnvironmentsOverviewModel::aspect(int row, Column column) const
{
    if (row < 0 || row >= m_rows.size() || column <= EnvironmentColumn || column >= ColumnCount)
        return {};
    return m_rows[row].aspects[column];
}

void EnvironmentsOverviewModel::setAspect(const QString &environment, Column column, const Aspect &aspect)
{
    const int row = rowOfEnvironment(environment);
    if (row < 0 || column <= EnvironmentColumn || column >= ColumnCount)
        return;
    Aspect &current = m_rows[row].aspects[column];
    if (current == aspect)
        return;
    // A fresh source answering again only moves its "last good" time, which nothing shows
    // while it stays fresh: store it without repainting.
    Aspect moved = current;
    moved.source.lastGood = aspect.source.lastGood;
    if (moved == aspect && aspect.source.status == Status::Fresh) {
        current = aspect;
        return;
    }
    current = aspect;
    announce(row);
}

void EnvironmentsOverviewModel::announce(int row)
{
    if (m_updateDepth == 0) {
        // The whole row: a card shows every cell and the row's worst level, and a list
        // view repaints an item only for changes that include its column.
        Q_EMIT dataChanged(index(row, EnvironmentColumn), index(row, ColumnCount - 1));
        return;
    }
    if (m_changedRows.size() < m_rows.size())
        m_changedRows.resize(m_rows.size(), false);
    m_changedRows[row] = true;
    m_firstChanged = m_firstChanged < 0 ? row : std::min(m_firstChanged, row);
    m_lastChanged = std::max(m_lastChanged, row);
}

void EnvironmentsOverviewModel::beginUpdate()
{
    ++m_updateDepth;
}

void EnvironmentsOverviewModel::endUpdate()
{
    if (m_updateDepth == 0 || --m_updateDepth > 0)
        return;
    const int first = m_firstChanged;
    const int last = m_lastChanged;
    m_firstChanged = m_lastChanged = -1;
    for (int row = std::max(first, 0); row <= last && row < m_changedRows.size(); ++row) {
        if (!m_changedRows[row])
            continue;
        m_changedRows[row] = false;
        Q_EMIT dataChanged(index(row, EnvironmentColumn), index(row, ColumnCount - 1));
    }
}

void EnvironmentsOverviewModel::setSourceState(const QString &environment, Column column,
                                               const Models::SourceState &state)
{
    const int row = rowOfEnvironment(environment);
    if (row < 0 || column <= EnvironmentColumn || column >= ColumnCount)
        return;
    Aspect updated = m_rows[row].aspects[column];
    updated.source = state;
    setAspect(environment, column, updated);
}

EnvironmentsOverviewModel::Level EnvironmentsOverviewModel::worstLevel(int row) const
{
    Level worst = Level::Unknown;
    bool any = false;
    for (int column = PodsColumn; column < ColumnCount; ++column) {
        const Level level = m_rows[row].aspects[column].level;
        if (level == Level::NotConfigured || level == Level::Unknown)
            continue;
        if (!any || int(level) > int(worst))
            worst = level;
        any = true;
    }
    return worst;
}

QString EnvironmentsOverviewModel::levelText(Level level)
{
    switch (level) {
    case Level::Ok:
        return tr("Healthy");
    case Level::Warning:
        return tr("Warning");
    case Level::Critical:
        return tr("Critical");
    case Level::NotConfigured:
        return tr("Not configured");
    case Level::Unknown:
        break;
    }
    return tr("Unknown");
}

QString EnvironmentsOverviewModel::columnTitle(int column)
{
    switch (column) {
    case EnvironmentColumn:
        return tr("Environment");
    case PodsColumn:
        return tr("Application pods");
    case PostgresColumn:
        return tr("PostgreSQL");
    case RedisColumn:
        return tr("Redis");
    case IngressColumn:
        return tr("Ingress");
    case QueuesColumn:
        return tr("Queues");
    case IntegrationsColumn:
        return tr("Integrations");
    case BackupsColumn:
        return tr("Backups");
    case AlertsColumn:
        return tr("Firing alerts");
    default:
        return {};
    }
}

QString EnvironmentsOverviewModel::statusText(const Aspect &aspect)
{
    QString text = levelText(aspect.level);
    if (aspect.source.status == Status::Stale || aspect.source.status == Status::Unreachable) {
        const QString word = Models::SourceState::statusText(aspect.source.status);
        if (aspect.source.lastGood.isValid())
            text = tr("%1 (%2 since %3)")
                       .arg(text, word,
                            QLocale().toString(aspect.source.since.toLocalTime().time(), QLocale::ShortFormat));
        else
            text = tr("%1 (%2)").arg(levelText(Level::Unknown), word);
    }
    return text;
}

int EnvironmentsOverviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EnvironmentsOverviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EnvironmentsOverviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    if (role == EnvironmentNameRole)
        return row.name;
    if (index.column() == EnvironmentColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return row.displayName;
        case Qt::ToolTipRole:
            return row.name;
        case WorstLevelRole:
        case LevelRole:
            return int(worstLevel(index.row()));
        case StatusTextRole:
            return levelText(worstLevel(index.row()));
        default:
            return {};
        }
    }
    const Aspect &aspect = row.aspects[index.column()];
    // A source that never answered cannot vouch for a level.
    const bool neverAnswered = aspect.source.status != Status::Fresh && !aspect.source.lastGood.isValid()
        && aspect.level != Level::NotConfigured;
    const Level shown = neverAnswered ? Level::Unknown : aspect.level;
    switch (role) {
    case Qt::DisplayRole:
        return aspect.summary.isEmpty() ? statusText(aspect) : statusText(aspect) + QStringLiteral(" — ") + aspect.summary;
    case Qt::ToolTipRole: {
        QString tip = columnTitle(index.column()) + QStringLiteral(": ") + statusText(aspect);
        if (!aspect.summary.isEmpty())
            tip += QLatin1Char('\n') + aspect.summary;
        if (!aspect.source.reason.isEmpty())
            tip += QLatin1Char('\n') + tr("%1: %2").arg(aspect.sourceName, aspect.source.reason);
        return tip;
    }
    case LevelRole:
        return int(shown);
    case SummaryRole:
        return aspect.summary;
    case SourceStatusRole:
        return int(aspect.source.status);
    case SourceReasonRole:
        return aspect.source.reason;
    case LastGoodRole:
        return aspect.source.lastGood;
    case SourceNameRole:
        return aspect.sourceName;
    case StatusTextRole:
        return statusText(aspect);
    default:
        return {};
    }
}

QVariant EnvironmentsOverviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return columnTitle(section);
    return {};
}

} // namespace Gatehouse::Ui
