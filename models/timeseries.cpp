#include "models/timeseries.h"

#include <QHash>

#include <cmath>
#include <limits>

namespace Gatehouse::Models {

QString TimeSeries::key(const Labels &labels)
{
    QString out;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        out += it.key();
        out += QLatin1Char('\x1f');
        out += it.value();
        out += QLatin1Char('\x1e');
    }
    return out;
}

QString TimeSeries::displayName() const
{
    QString out = labels.value(QStringLiteral("__name__"));
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() != QLatin1String("__name__"))
            parts.append(it.key() + QStringLiteral("=\"") + it.value() + QLatin1Char('"'));
    }
    if (!parts.isEmpty() || out.isEmpty())
        out += QLatin1Char('{') + parts.join(QStringLiteral(", ")) + QLatin1Char('}');
    return out;
}

QList<QPointF> TimeSeries::reduceMinMax(const QList<QPointF> &points, int maxPoints)
{
    maxPoints = std::max(maxPoints, 4);
    if (points.size() <= maxPoints)
        return points;

    const double first = points.constFirst().x();
    const double last = points.constLast().x();
    const double span = last - first;
    if (!(span > 0))
        return {points.constFirst(), points.constLast()};

    // The first and last samples take one slot each; the rest hold a min/max pair per bucket.
    const qsizetype buckets = std::max<qsizetype>(1, (maxPoints - 2) / 2);
    QList<QPointF> out;
    out.reserve(buckets * 2 + 2);
    out.append(points.constFirst());

    const qsizetype end = points.size() - 1;
    qsizetype i = 1;
    for (qsizetype b = 0; b < buckets && i < end; ++b) {
        const double bucketEnd = b + 1 == buckets ? std::numeric_limits<double>::infinity()
                                                  : first + span * double(b + 1) / double(buckets);
        qsizetype minIndex = -1;
        qsizetype maxIndex = -1;
        for (; i < end && points[i].x() < bucketEnd; ++i) {
            const double y = points[i].y();
            if (std::isnan(y))
                continue;
            if (minIndex < 0 || y < points[minIndex].y())
                minIndex = i;
            if (maxIndex < 0 || y > points[maxIndex].y())
                maxIndex = i;
        }
        if (minIndex < 0)
            continue;
        if (minIndex == maxIndex) {
            out.append(points[minIndex]);
        } else {
            out.append(points[std::min(minIndex, maxIndex)]);
            out.append(points[std::max(minIndex, maxIndex)]);
        }
    }
    out.append(points.constLast());
    return out;
}

QList<TimeSeries> TimeSeries::mergeChunks(const QList<QList<TimeSeries>> &chunks)
{
    QList<TimeSeries> out;
    QHash<QString, qsizetype> index;
    for (const QList<TimeSeries> &chunk : chunks) {
        for (const TimeSeries &series : chunk) {
            const QString k = key(series.labels);
            const auto found = index.constFind(k);
            if (found == index.cend()) {
                index.insert(k, out.size());
                out.append(series);
                continue;
            }
            TimeSeries &target = out[*found];
            const double lastX = target.points.isEmpty() ? -std::numeric_limits<double>::infinity()
                                                         : target.points.constLast().x();
            target.points.reserve(target.points.size() + series.points.size());
            for (const QPointF &point : series.points) {
                if (point.x() > lastX)
                    target.points.append(point);
            }
        }
    }
    return out;
}

} // namespace Gatehouse::Models
