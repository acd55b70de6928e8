#pragma once

#include "models/result.h"
#include "models/sourcestate.h"
#include "models/timeseries.h"
#include "services/healthhttp.h"

#include <QDateTime>
#include <QFuture>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <chrono>

namespace Gatehouse::Services {

class SecretStore;

/// A client of one Prometheus server's HTTP API (v1): instant and range queries,
/// series and label lookups, and the server's readiness as a SourceState.
///
/// Lives on the UI thread; every call returns at once. Answers are decoded, merged and
/// reduced on the global thread pool, never on the UI thread, and futures may finish
/// there — continue with .then(this, …) to get back to the UI thread. Range queries never ask Prometheus for more than maxPointsPerSeries
/// points per series: longer ranges are split into chunks, fetched in parallel and
/// joined. A PromQL error comes back verbatim together with the query.
///
/// Authentication (bearer token or basic auth) uses a keychain reference; the secret is
/// read once, kept in memory, and never appears in a message or a log.
class PrometheusClient : public QObject
{
    Q_OBJECT
public:
    /// Prometheus refuses range queries of more than 11,000 points per series.
    static constexpr int maxPointsPerSeries = 11000;

    /// One range query of a chunked range: [start, end] at `step`, at most maxPointsPerSeries points.
    struct Chunk
    {
        QDateTime start;
        QDateTime end;
    };

    explicit PrometheusClient(QObject *parent = nullptr);
    ~PrometheusClient() override;

    void setEndpoint(const HttpEndpoint &endpoint);
    HttpEndpoint endpoint() const;
    /// The keychain that holds endpoint().secretRef.
    void setSecretStore(SecretStore *store);
    /// Polls /-/ready every `interval` (0 = no polling) so state() follows the server
    /// even when nothing is queried.
    void setPollInterval(std::chrono::milliseconds interval);

    /// The server's state as seen by the last request or poll.
    Models::SourceState state() const;

    /// Splits [start, end] at `step` into range queries of at most maxPointsPerSeries
    /// points each, on the same step grid as one query over the whole range would use.
    static QList<Chunk> chunkRange(const QDateTime &start, const QDateTime &end, std::chrono::seconds step);

    /// `promql` with the matcher `label="value"` added to every vector selector, e.g.
    /// scoped(`sum(rate(x[5m])) / sum(rate(y{a="b"}[5m]))`, "environment", "prod") is
    /// `sum(rate(x{environment="prod"}[5m])) / sum(rate(y{environment="prod",a="b"}[5m]))`:
    /// how an estate's integration health query (written for any environment) selects
    /// only one environment's series. Strings, comments, label lists (by, on, …),
    /// function names and durations are left alone.
    static QString scoped(const QString &promql, const QString &label, const QString &value);

    /// Evaluates `promql` at `at` (now when invalid): one TimeSeries with one point per
    /// result (a scalar is one unlabelled series).
    QFuture<Models::Result<QList<Models::TimeSeries>>> query(const QString &promql, const QDateTime &at = {});

    /// Evaluates `promql` over [start, end] every `step` (chunked as chunkRange says).
    /// With pixelWidth > 0 each series is reduced to about 2 × pixelWidth points with
    /// TimeSeries::reduceMinMax, so peaks survive.
    QFuture<Models::Result<QList<Models::TimeSeries>>> queryRange(const QString &promql, const QDateTime &start,
                                                                  const QDateTime &end, std::chrono::seconds step,
                                                                  int pixelWidth = 0);

    /// The label sets of the series matching any of `matchers` (e.g. `up{job="x"}`) in [start, end]
    /// (the server's default range when invalid).
    QFuture<Models::Result<QList<Models::Labels>>> series(const QStringList &matchers, const QDateTime &start = {},
                                                          const QDateTime &end = {});
    /// The values of label `name`, optionally only on series matching `matchers`.
    QFuture<Models::Result<QStringList>> labelValues(const QString &name, const QStringList &matchers = {});

    /// Asks /-/ready once; updates state() and finishes with it.
    QFuture<Models::SourceState> checkReady();

Q_SIGNALS:
    /// The server became fresh, stale or unreachable, or the reason changed.
    void stateChanged(const Gatehouse::Models::SourceState &state);

private:
    struct Answer; // a reply classified: body to decode, or an error message
    Answer classify(const HealthHttp::Reply &reply, const QString &what);

    HealthHttp *m_http = nullptr;
    QTimer m_pollTimer;
};

} // namespace Gatehouse::Services
