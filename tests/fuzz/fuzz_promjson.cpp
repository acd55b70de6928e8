// libFuzzer entry point for the Prometheus JSON decoder (query, query_range, series and
// label answers). Any input must give a value or an error; decoded series must hold
// time-ordered points when Prometheus's own answer would.
#include "models/prometheusresponse.h"
#include "models/timeseries.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    using Gatehouse::Models::PrometheusResponse;
    using Gatehouse::Models::TimeSeries;
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));

    const auto query = PrometheusResponse::decodeQuery(input);
    if (query.ok()) {
        for (const TimeSeries &series : query.value()) {
            (void)series.displayName();
            // The reduction must cope with anything the decoder lets through (unsorted, NaN, ±Inf).
            (void)TimeSeries::reduceMinMax(series.points, 8);
        }
        (void)TimeSeries::mergeChunks({query.value(), query.value()});
    } else {
        (void)query.error().toString();
    }
    (void)PrometheusResponse::decodeSeries(input);
    (void)PrometheusResponse::decodeStrings(input);
    (void)PrometheusResponse::errorOf(input);
    return 0;
}
