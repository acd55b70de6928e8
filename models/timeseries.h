#pragma once

#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>

namespace Gatehouse::Models {

/// Label name → value of one series, e.g. {__name__: "up", environment: "prod"}.
using Labels = QMap<QString, QString>;

/// One series of samples as charts draw it: x = milliseconds since the Unix epoch (UTC),
/// y = the value (NaN and ±Inf are kept as Prometheus sent them). Points are in time order.
/// A plain value; any thread.
struct TimeSeries
{
    Labels labels;
    QList<QPointF> points;

    /// "name{a="x", b="y"}" — stable (labels sorted), for keys and display.
    QString displayName() const;
    /// The labels as one stable key (what merging matches series by).
    static QString key(const Labels &labels);

    /// Reduces `points` to at most `maxPoints` (≥ 4) for drawing without losing peaks:
    /// the time range is cut into maxPoints / 2 equal buckets and each bucket keeps its
    /// smallest and its largest sample, in time order. The first and last samples are
    /// always kept, so the drawn range does not shrink. Fewer points than the limit come
    /// back unchanged. NaN samples are skipped. O(n); call off the UI thread for big inputs.
    static QList<QPointF> reduceMinMax(const QList<QPointF> &points, int maxPoints);

    /// Joins the results of consecutive range queries (chunks of one longer range, in
    /// time order): series with the same labels are concatenated, a sample repeated at a
    /// chunk boundary is kept once. Series order is first appearance.
    static QList<TimeSeries> mergeChunks(const QList<QList<TimeSeries>> &chunks);
};

} // namespace Gatehouse::Models
