// Environment health benchmark: 7 days at a 15 s step for 20 series from a real
// Prometheus with backfilled history, fetched as chunked range queries of at most
// 11,000 points, decoded and reduced to twice a chart's pixel width — against
// `promtool query range` of exactly the same chunk queries in the same run.
//
// usage: bench_prometheus [--series N] [--days D] [--width PX] [--runs R]
#include "../integration/prometheusfixture.h"

#include "services/prometheusclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProcess>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <limits>

using namespace Gatehouse;

namespace {

constexpr qint64 stepSeconds = 15;

template<typename T>
T await(const QFuture<T> &future)
{
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<T>::finished, &loop, &QEventLoop::quit);
    watcher.setFuture(future);
    if (!future.isFinished())
        loop.exec();
    return future.result();
}

QString seriesQuery(int index)
{
    return QStringLiteral("gatehouse:ingress_latency_seconds:p95_5m{service=\"svc-%1\"}").arg(index, 2, 10, QLatin1Char('0'));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption seriesOption(QStringLiteral("series"), QStringLiteral("number of series"), QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption daysOption(QStringLiteral("days"), QStringLiteral("days of history"), QStringLiteral("D"), QStringLiteral("7"));
    const QCommandLineOption widthOption(QStringLiteral("width"), QStringLiteral("chart width in pixels"), QStringLiteral("PX"), QStringLiteral("800"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("repetitions (best is reported)"), QStringLiteral("R"), QStringLiteral("3"));
    parser.addOptions({seriesOption, daysOption, widthOption, runsOption});
    parser.process(app);
    const int seriesCount = parser.value(seriesOption).toInt();
    const int days = parser.value(daysOption).toInt();
    const int width = parser.value(widthOption).toInt();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    // History: one gauge per series, a daily wave with a few spikes, ending an hour ago.
    const qint64 points = qint64(days) * 86400 / stepSeconds + 1;
    const qint64 end = (QDateTime::currentSecsSinceEpoch() - 3600) / stepSeconds * stepSeconds;
    const qint64 start = end - (points - 1) * stepSeconds;
    QElapsedTimer timer;
    timer.start();
    QByteArray history;
    history.reserve(qsizetype(seriesCount) * points * 90);
    history += "# TYPE gatehouse:ingress_latency_seconds:p95_5m gauge\n";
    for (int s = 0; s < seriesCount; ++s) {
        const QByteArray prefix = "gatehouse:ingress_latency_seconds:p95_5m{environment=\"prod\",service=\"svc-"
            + QByteArray::number(s).rightJustified(2, '0') + "\"} ";
        for (qint64 i = 0; i < points; ++i) {
            const double value = 0.2 + 0.1 * ((i + s * 97) % 5760) / 5760.0 + ((i * 7 + s) % 9973 == 0 ? 3.0 : 0.0);
            history += prefix + QByteArray::number(value, 'g', 6) + ' ' + QByteArray::number(start + i * stepSeconds) + '\n';
        }
    }
    std::printf("history: %d series x %lld points (%.1f MiB OpenMetrics), generated in %lld ms\n", seriesCount,
                static_cast<long long>(points), double(history.size()) / (1024.0 * 1024.0),
                static_cast<long long>(timer.elapsed()));

    Tests::PrometheusFixture fixture;
    Tests::PrometheusFixture::Options options;
    options.history = QString::fromUtf8(history);
    history.clear();
    timer.restart();
    if (!fixture.start(options)) {
        std::fprintf(stderr, "cannot start Prometheus: %s\n", qPrintable(fixture.errorString()));
        return 1;
    }
    std::printf("backfill + start: %lld ms\n", static_cast<long long>(timer.elapsed()));

    Services::PrometheusClient client;
    Services::HttpEndpoint endpoint;
    endpoint.url = fixture.prometheusUrl();
    endpoint.timeout = std::chrono::milliseconds(60000);
    client.setEndpoint(endpoint);
    const QDateTime from = QDateTime::fromSecsSinceEpoch(start, Qt::UTC);
    const QDateTime to = QDateTime::fromSecsSinceEpoch(end, Qt::UTC);
    const auto chunks = Services::PrometheusClient::chunkRange(from, to, std::chrono::seconds(stepSeconds));
    std::printf("queries: %d series x %lld chunks of <= %d points = %lld range queries\n", seriesCount,
                static_cast<long long>(chunks.size()), Services::PrometheusClient::maxPointsPerSeries,
                static_cast<long long>(seriesCount * chunks.size()));

    // Gatehouse: all series at once (as an environment panel asks), fetch + decode + reduce.
    qint64 bestGatehouse = std::numeric_limits<qint64>::max();
    qint64 fetched = 0;
    qint64 drawn = 0;
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        QList<QFuture<Models::Result<QList<Models::TimeSeries>>>> futures;
        for (int s = 0; s < seriesCount; ++s)
            futures.append(client.queryRange(seriesQuery(s), from, to, std::chrono::seconds(stepSeconds), width));
        drawn = 0;
        for (const auto &future : futures) {
            const auto result = await(future);
            if (!result.ok() || result->size() != 1) {
                std::fprintf(stderr, "query failed: %s\n", result.ok() ? "no series" : qPrintable(result.error().message));
                return 1;
            }
            drawn += result->constFirst().points.size();
        }
        bestGatehouse = std::min(bestGatehouse, timer.elapsed());
    }
    fetched = qint64(seriesCount) * points;

    // promtool: the same chunk queries, one process each, two at a time (the machine's cores).
    qint64 bestPromtool = std::numeric_limits<qint64>::max();
    for (int run = 0; run < runs; ++run) {
        timer.restart();
        QList<QStringList> jobs;
        for (int s = 0; s < seriesCount; ++s)
            for (const auto &chunk : chunks)
                jobs.append({QStringLiteral("query"), QStringLiteral("range"),
                             QStringLiteral("--start=%1").arg(chunk.start.toSecsSinceEpoch()),
                             QStringLiteral("--end=%1").arg(chunk.end.toSecsSinceEpoch()),
                             QStringLiteral("--step=%1s").arg(stepSeconds), fixture.prometheusUrl().toString(),
                             seriesQuery(s)});
        const int parallel = std::max(1, QThread::idealThreadCount());
        qsizetype next = 0;
        QList<QProcess *> running;
        bool failed = false;
        while (next < jobs.size() || !running.isEmpty()) {
            while (running.size() < parallel && next < jobs.size()) {
                auto *process = new QProcess;
                process->setStandardOutputFile(QProcess::nullDevice());
                process->start(QStringLiteral("promtool"), jobs[next++]);
                running.append(process);
            }
            QProcess *first = running.takeFirst();
            first->waitForFinished(120000);
            failed = failed || first->exitCode() != 0;
            delete first;
        }
        if (failed) {
            std::fprintf(stderr, "a promtool query failed\n");
            return 1;
        }
        bestPromtool = std::min(bestPromtool, timer.elapsed());
    }

    std::printf("gatehouse fetch+decode+reduce: %lld ms for %lld samples -> %lld drawn points (width %d px)\n",
                static_cast<long long>(bestGatehouse), static_cast<long long>(fetched), static_cast<long long>(drawn), width);
    std::printf("promtool query range (same %lld queries): %lld ms\n", static_cast<long long>(seriesCount * chunks.size()),
                static_cast<long long>(bestPromtool));
    std::printf("ratio gatehouse/promtool: %.2fx (target <= 1x; best of %d runs)\n",
                double(bestGatehouse) / double(std::max<qint64>(1, bestPromtool)), runs);
    return 0;
}
