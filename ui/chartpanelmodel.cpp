#include "chartpanelmodel.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Gatehouse::Ui {

ChartPanelModel::ChartPanelModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ChartPanelModel::setUnit(Unit unit)
{
    if (m_unit == unit)
        return;
    m_unit = unit;
    if (!m_series.isEmpty())
        Q_EMIT dataChanged(index(0, LastColumn), index(rowCount() - 1, MaximumColumn));
}

int ChartPanelModel::rowOfKey(const QString &key) const
{
    for (qsizetype row = 0; row < m_series.size(); ++row) {
        if (m_series[row].key == key)
            return int(row);
    }
    return -1;
}

void ChartPanelModel::setSeries(const QList<Series> &series)
{
    // Remove rows whose key is gone, from the bottom so indexes stay valid.
    for (int row = int(m_series.size()) - 1; row >= 0; --row) {
        const QString &key = m_series[row].key;
        const bool kept = std::any_of(series.cbegin(), series.cend(), [&](const Series &s) { return s.key == key; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_series.removeAt(row);
            endRemoveRows();
        }
    }
    // Update kept rows in place and append new ones; the order of kept rows does not move
    // (a legend that jumps around between polls is hard to read). The updated rows are
    // announced in one dataChanged, so a chart redraws once per poll, not once per row.
    int firstChanged = -1;
    int lastChanged = -1;
    auto announce = [&] {
        if (firstChanged >= 0)
            Q_EMIT dataChanged(index(firstChanged, 0), index(lastChanged, ColumnCount - 1));
        firstChanged = lastChanged = -1;
    };
    for (const Series &incoming : series) {
        const int row = rowOfKey(incoming.key);
        if (row >= 0) {
            Series &current = m_series[row];
            if (current.name != incoming.name || current.points != incoming.points) {
                current.name = incoming.name;
                current.points = incoming.points;
                firstChanged = firstChanged < 0 ? row : std::min(firstChanged, row);
                lastChanged = std::max(lastChanged, row);
            }
        } else {
            announce(); // before the rows move under the changed range
            const int at = int(m_series.size());
            beginInsertRows({}, at, at);
            m_series.append(incoming);
            endInsertRows();
        }
    }
    announce();
}

int ChartPanelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_series.size());
}

int ChartPanelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double ChartPanelModel::columnValue(const Series &series, int column) const
{
    double result = std::numeric_limits<double>::quiet_NaN();
    for (const QPointF &point : series.points) {
        const double y = point.y();
        if (std::isnan(y))
            continue;
        if (column == LastColumn)
            result = y;
        else if (column == MinimumColumn)
            result = std::isnan(result) ? y : std::min(result, y);
        else if (column == MaximumColumn)
            result = std::isnan(result) ? y : std::max(result, y);
    }
    return result;
}

QVariant ChartPanelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Series &series = m_series[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == NameColumn)
            return series.name;
        return formatValue(columnValue(series, index.column()));
    case Qt::TextAlignmentRole:
        if (index.column() != NameColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case PointsRole:
        return QVariant::fromValue(series.points);
    case KeyRole:
        return series.key;
    case ValueRole:
        return index.column() == NameColumn ? QVariant() : QVariant(columnValue(series, index.column()));
    default:
        return {};
    }
}

QVariant ChartPanelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Series");
    case LastColumn:
        return tr("Last");
    case MinimumColumn:
        return tr("Lowest");
    case MaximumColumn:
        return tr("Highest");
    default:
        return {};
    }
}

QString ChartPanelModel::formatValue(double value) const
{
    return formatValue(value, m_unit);
}

QString ChartPanelModel::formatValue(double value, Unit unit)
{
    if (std::isnan(value))
        return tr("no data");
    const QLocale locale;
    switch (unit) {
    case Unit::Seconds: {
        const double magnitude = std::abs(value);
        if (magnitude < 1)
            return tr("%1 ms").arg(locale.toString(value * 1000, 'f', 0));
        if (magnitude < 120)
            return tr("%1 s").arg(locale.toString(value, 'f', magnitude < 10 ? 2 : 0));
        if (magnitude < 7200)
            return tr("%1 min").arg(locale.toString(value / 60, 'f', 1));
        return tr("%1 h").arg(locale.toString(value / 3600, 'f', 1));
    }
    case Unit::Ratio: {
        const double percent = value * 100;
        const int decimals = std::abs(percent) < 10 ? 2 : 1;
        return tr("%1 %").arg(locale.toString(percent, 'f', decimals));
    }
    case Unit::Bytes: {
        const double magnitude = std::abs(value);
        if (magnitude >= 1024.0 * 1024 * 1024)
            return tr("%1 GiB").arg(locale.toString(value / (1024.0 * 1024 * 1024), 'f', 2));
        if (magnitude >= 1024.0 * 1024)
            return tr("%1 MiB").arg(locale.toString(value / (1024.0 * 1024), 'f', 1));
        if (magnitude >= 1024.0)
            return tr("%1 KiB").arg(locale.toString(value / 1024.0, 'f', 1));
        return tr("%1 B").arg(locale.toString(value, 'f', 0));
    }
    case Unit::PerMinute:
        return tr("%1/min").arg(locale.toString(value, 'f', std::abs(value) < 10 ? 2 : 1));
    case Unit::Plain:
        break;
    }
    if (value == std::floor(value) && std::abs(value) < 1e12)
        return locale.toString(qint64(value));
    return locale.toString(value, 'g', 4);
}

} // namespace Gatehouse::Ui
