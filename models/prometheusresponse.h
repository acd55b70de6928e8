#pragma once

#include "models/result.h"
#include "models/timeseries.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Gatehouse::Models {

/// Decoders for the JSON bodies of Prometheus's HTTP API (/api/v1/query, query_range,
/// series, label/<name>/values). Pure functions over untrusted bytes: any input gives
/// a value or an Error, never a crash (fuzzed by tests/fuzz/fuzz_promjson.cpp).
/// Any thread; bodies can be megabytes, so call them off the UI thread.
class PrometheusResponse
{
public:
    /// The error Prometheus reported, verbatim ("1:6: parse error: …"), when `json` is
    /// {"status":"error", …}; empty otherwise.
    static QString errorOf(const QByteArray &json);

    /// A query or query_range answer: matrix → one series per result, vector → one point
    /// per series, scalar → one unlabelled series with one point. Timestamps become
    /// milliseconds since the epoch. A Prometheus error comes back as an Error whose
    /// message is Prometheus's own text.
    static Result<QList<TimeSeries>> decodeQuery(const QByteArray &json);

    /// A /api/v1/series answer: the label sets.
    static Result<QList<Labels>> decodeSeries(const QByteArray &json);

    /// A /api/v1/labels or /api/v1/label/<name>/values answer.
    static Result<QStringList> decodeStrings(const QByteArray &json);

    /// A sample value as Prometheus writes it: "1.5", "NaN", "+Inf", "-Inf".
    static bool parseValue(const QString &text, double &value);
};

} // namespace Gatehouse::Models
