#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QPointF>
#include <QString>

namespace Gatehouse::Ui {

/// The data of one chart: a row per series (its legend name and its points, x = ms since
/// the epoch in UTC), with the last, smallest and largest value as columns so a table or a
/// screen reader can show what the chart draws. ChartPanel draws it; tests read it.
///
/// Rows are matched by key: setSeries() updates rows in place (one dataChanged over the
/// rows that changed), inserts new ones and removes the ones that disappeared, so a poll
/// never resets the model.
/// UI thread only.
class ChartPanelModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    /// How values are formatted (axis, legend table, hover).
    enum class Unit { Plain, Seconds, Ratio, Bytes, PerMinute };

    enum Column { NameColumn, LastColumn, MinimumColumn, MaximumColumn, ColumnCount };
    enum Role {
        PointsRole = Qt::UserRole + 1, ///< QList<QPointF>
        KeyRole,                       ///< the series' stable key
        ValueRole,                     ///< the column's value as a double (NaN when none)
    };

    struct Series
    {
        QString key;  ///< stable identity across polls (e.g. the label set)
        QString name; ///< legend text
        QList<QPointF> points;
    };

    explicit ChartPanelModel(QObject *parent = nullptr);

    void setUnit(Unit unit);
    Unit unit() const { return m_unit; }

    /// Replaces the series, keeping rows whose key stays (in the order given).
    void setSeries(const QList<Series> &series);
    const QList<Series> &series() const { return m_series; }
    /// The row of `key`, -1 when absent.
    int rowOfKey(const QString &key) const;

    /// `value` in this model's unit, e.g. "230 ms", "99.2 %", "1.5 GiB", "12.0/min".
    QString formatValue(double value) const;
    static QString formatValue(double value, Unit unit);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    double columnValue(const Series &series, int column) const;

    Unit m_unit = Unit::Plain;
    QList<Series> m_series;
};

} // namespace Gatehouse::Ui
