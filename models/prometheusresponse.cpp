#include "models/prometheusresponse.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cmath>
#include <limits>

namespace Gatehouse::Models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PrometheusResponse", text);
}

template<typename T>
Result<T> fail(const QString &message)
{
    return Result<T>::failure(message);
}

/// The "data" member of a successful answer, or the reason there is none.
Result<QJsonValue> dataOf(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail<QJsonValue>(tr("Prometheus sent an unreadable answer (%1 at byte %2).")
                                    .arg(parseError.errorString())
                                    .arg(parseError.offset));
    if (!document.isObject())
        return fail<QJsonValue>(tr("Prometheus sent an answer that is not a JSON object."));
    const QJsonObject root = document.object();
    const QString status = root.value(QLatin1String("status")).toString();
    if (status == QLatin1String("error")) {
        const QString error = root.value(QLatin1String("error")).toString();
        return fail<QJsonValue>(error.isEmpty() ? tr("Prometheus reported an error without a message.") : error);
    }
    if (status != QLatin1String("success"))
        return fail<QJsonValue>(tr("Prometheus sent an answer without a status."));
    return root.value(QLatin1String("data"));
}

Labels labelsOf(const QJsonObject &object)
{
    Labels labels;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

/// [timestamp, "value"] → a point, false when malformed.
bool pointOf(const QJsonValue &pair, QPointF &point)
{
    if (!pair.isArray())
        return false;
    const QJsonArray array = pair.toArray();
    if (array.size() != 2 || !array.at(0).isDouble() || !array.at(1).isString())
        return false;
    double value = 0;
    if (!PrometheusResponse::parseValue(array.at(1).toString(), value))
        return false;
    // Prometheus timestamps have millisecond resolution: round away the binary fraction.
    const double milliseconds = std::round(array.at(0).toDouble() * 1000.0);
    if (!std::isfinite(milliseconds))
        return false;
    point = QPointF(milliseconds, value);
    return true;
}

} // namespace

bool PrometheusResponse::parseValue(const QString &text, double &value)
{
    if (text == QLatin1String("NaN")) {
        value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    if (text == QLatin1String("+Inf") || text == QLatin1String("Inf")) {
        value = std::numeric_limits<double>::infinity();
        return true;
    }
    if (text == QLatin1String("-Inf")) {
        value = -std::numeric_limits<double>::infinity();
        return true;
    }
    bool ok = false;
    value = text.toDouble(&ok);
    return ok;
}

QString PrometheusResponse::errorOf(const QByteArray &json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json);
    const QJsonObject root = document.object();
    if (root.value(QLatin1String("status")).toString() != QLatin1String("error"))
        return {};
    return root.value(QLatin1String("error")).toString();
}

Result<QList<TimeSeries>> PrometheusResponse::decodeQuery(const QByteArray &json)
{
    using R = Result<QList<TimeSeries>>;
    const auto data = dataOf(json);
    if (!data)
        return data.error();
    const QJsonObject object = data->toObject();
    const QString type = object.value(QLatin1String("resultType")).toString();
    const QJsonValue result = object.value(QLatin1String("result"));
    const QString malformed = tr("Prometheus sent a malformed %1 result.").arg(type);

    QList<TimeSeries> out;
    if (type == QLatin1String("scalar")) {
        TimeSeries series;
        QPointF point;
        if (!pointOf(result, point))
            return fail<QList<TimeSeries>>(malformed);
        series.points.append(point);
        out.append(series);
        return out;
    }
    if (type != QLatin1String("matrix") && type != QLatin1String("vector"))
        return R::failure(tr("Prometheus sent a result of type \"%1\", which Gatehouse cannot show.").arg(type));
    if (!result.isArray())
        return R::failure(malformed);

    const bool matrix = type == QLatin1String("matrix");
    const QJsonArray results = result.toArray();
    out.reserve(results.size());
    for (const QJsonValue &entry : results) {
        if (!entry.isObject())
            return R::failure(malformed);
        const QJsonObject item = entry.toObject();
        TimeSeries series;
        series.labels = labelsOf(item.value(QLatin1String("metric")).toObject());
        if (matrix) {
            const QJsonValue values = item.value(QLatin1String("values"));
            if (!values.isArray())
                return R::failure(malformed);
            const QJsonArray array = values.toArray();
            series.points.reserve(array.size());
            for (const QJsonValue &pair : array) {
                QPointF point;
                if (!pointOf(pair, point))
                    return R::failure(malformed);
                series.points.append(point);
            }
        } else {
            QPointF point;
            if (!pointOf(item.value(QLatin1String("value")), point))
                return R::failure(malformed);
            series.points.append(point);
        }
        out.append(std::move(series));
    }
    return out;
}

Result<QList<Labels>> PrometheusResponse::decodeSeries(const QByteArray &json)
{
    const auto data = dataOf(json);
    if (!data)
        return data.error();
    if (!data->isArray())
        return Result<QList<Labels>>::failure(tr("Prometheus sent a malformed series list."));
    QList<Labels> out;
    const QJsonArray array = data->toArray();
    for (const QJsonValue &entry : array) {
        if (!entry.isObject())
            return Result<QList<Labels>>::failure(tr("Prometheus sent a malformed series list."));
        out.append(labelsOf(entry.toObject()));
    }
    return out;
}

Result<QStringList> PrometheusResponse::decodeStrings(const QByteArray &json)
{
    const auto data = dataOf(json);
    if (!data)
        return data.error();
    if (!data->isArray())
        return Result<QStringList>::failure(tr("Prometheus sent a malformed list of names."));
    QStringList out;
    const QJsonArray array = data->toArray();
    for (const QJsonValue &entry : array) {
        if (!entry.isString())
            return Result<QStringList>::failure(tr("Prometheus sent a malformed list of names."));
        out.append(entry.toString());
    }
    return out;
}

} // namespace Gatehouse::Models
