// Environments area benchmarks (figures, not pass/fail):
//  1. Chart redraw with reduced series: one ChartPanel (the Qt Charts adapter) at a
//     typical size, its model given new reduced series (2 × plot width points each),
//     then rendered; milliseconds per panel (target ≤ 16 ms).
//  2. Overview refresh for 50 environments: a real Prometheus with the environments'
//     series, one poll of every instant query through EnvironmentsHealthPoller while a
//     1 ms heartbeat on the UI thread measures the longest stall (target ≤ 16 ms), plus
//     the cards' repaint.
//
// usage: bench_environments [--environments N] [--series S] [--runs R]
#include "../integration/prometheusfixture.h"

#include "models/estate.h"
#include "models/timeseries.h"
#include "ui/chartpanel.h"
#include "ui/chartpanelmodel.h"
#include "ui/environmentshealthpoller.h"
#include "ui/environmentsoverviewmodel.h"
#include "ui/environmentspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QListView>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

using namespace Gatehouse;

namespace {

// CPU time of this thread: holds when the machine is shared and wall time does not.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min<qsizetype>(values.size() - 1, qsizetype(std::ceil(p * double(values.size()))) - 1);
    return values[std::max<qsizetype>(0, index)];
}

/// The longest gap between 1 ms heartbeats while `work` runs the event loop, minus 1 ms.
struct StallMeter
{
    QTimer timer;
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 worst = 0;

    StallMeter()
    {
        timer.setTimerType(Qt::PreciseTimer);
        timer.setInterval(1);
        QObject::connect(&timer, &QTimer::timeout, &timer, [this] {
            const qint64 now = clock.nsecsElapsed();
            worst = std::max(worst, now - last);
            last = now;
        });
    }
    void start()
    {
        worst = 0;
        clock.start();
        last = 0;
        timer.start();
    }
    double stop()
    {
        timer.stop();
        worst = std::max(worst, clock.nsecsElapsed() - last);
        return std::max(0.0, double(worst) / 1e6 - 1.0);
    }
};

void benchChartRedraw(int seriesCount, int runs)
{
    Ui::ChartPanel panel;
    Ui::ChartPanelModel model;
    model.setUnit(Ui::ChartPanelModel::Unit::Seconds);
    panel.setModel(&model);
    panel.setTitle(QStringLiteral("Ingress p95 latency"));
    panel.resize(900, 360);
    panel.show();
    QApplication::processEvents();
    const QDateTime end = QDateTime::fromSecsSinceEpoch(1790000000, Qt::UTC);
    const QDateTime start = end.addDays(-7);
    panel.setTimeRange(start, end);
    panel.setBands({{end.addDays(-2), end.addDays(-2).addSecs(7200), QStringLiteral("#42 stock upgrade")}});
    const int width = panel.plotWidth();

    // Raw week at 15 s per series, reduced once (what the client does off the UI thread).
    QList<QList<QPointF>> raw;
    for (int s = 0; s < seriesCount; ++s) {
        QList<QPointF> points;
        const qint64 n = 7 * 24 * 240;
        points.reserve(n);
        for (qint64 i = 0; i < n; ++i)
            points.append(QPointF(double(start.toMSecsSinceEpoch() + i * 15000),
                                  0.2 + 0.05 * std::sin(double(i) / 300.0 + s) + (i % 977 == 0 ? 2.0 : 0.0)));
        raw.append(points);
    }
    QElapsedTimer reduceClock;
    reduceClock.start();
    QList<QList<QPointF>> reduced;
    for (const QList<QPointF> &points : raw)
        reduced.append(Models::TimeSeries::reduceMinMax(points, 2 * width));
    const double reduceMs = double(reduceClock.nsecsElapsed()) / 1e6;

    QList<double> times;
    QList<double> cpuTimes;
    QList<double> updateCpuTimes;
    QList<double> paintCpuTimes;
    for (int run = 0; run < runs; ++run) {
        QList<Ui::ChartPanelModel::Series> series;
        for (int s = 0; s < seriesCount; ++s) {
            QList<QPointF> points = reduced[s];
            for (QPointF &point : points)
                point.setY(point.y() + 0.001 * run); // new values every run: a real redraw
            series.append({QStringLiteral("svc-%1").arg(s), QStringLiteral("svc-%1").arg(s), points});
        }
        QElapsedTimer clock;
        clock.start();
        const double cpu = threadCpuMs();
        model.setSeries(series); // the lines' geometry is recomputed here
        const double updated = threadCpuMs();
        const QPixmap frame = panel.grab(); // lays out and paints the whole panel
        times.append(double(clock.nsecsElapsed()) / 1e6);
        const double painted = threadCpuMs();
        cpuTimes.append(painted - cpu);
        updateCpuTimes.append(updated - cpu);
        paintCpuTimes.append(painted - updated);
        Q_UNUSED(frame);
    }
    std::printf("chart redraw: %d series x %lld points (reduced from %lld for a %d px plot), %d runs\n", seriesCount,
                static_cast<long long>(reduced.constFirst().size()), static_cast<long long>(raw.constFirst().size()),
                width, runs);
    std::printf("  reduce (min/max, all series, once): %.2f ms\n", reduceMs);
    std::printf("  update model + render panel: median %.2f ms, p95 %.2f ms, max %.2f ms per panel (target <= 16 ms)\n",
                percentile(times, 0.5), percentile(times, 0.95), percentile(times, 1.0));
    std::printf("  the same in UI-thread CPU time: median %.2f ms, p95 %.2f ms\n", percentile(cpuTimes, 0.5),
                percentile(cpuTimes, 0.95));
    std::printf("    of which model update + line geometry: median %.2f ms; painting: median %.2f ms\n",
                percentile(updateCpuTimes, 0.5), percentile(paintCpuTimes, 0.5));
}

void benchOverview(int environments, int runs)
{
    const qint64 end = QDateTime::currentSecsSinceEpoch() / 60 * 60 - 60;
    QString history;
    // Values move every minute, so polls at different minutes change every card.
    auto sample = [&](const QString &name, const QString &labels, double value, bool moves) {
        for (int m = 20; m >= 0; --m)
            history += name + QLatin1Char('{') + labels + QStringLiteral("} ")
                + QString::number(value + (moves ? 0.01 * (m % 3) : 0.0), 'g', 17) + QLatin1Char(' ')
                + QString::number(end - m * 60) + QLatin1Char('\n');
    };
    QStringList names;
    for (int e = 0; e < environments; ++e)
        names << QStringLiteral("env-%1").arg(e, 2, 10, QLatin1Char('0'));
    const QList<std::pair<QString, QString>> families = {
        {QStringLiteral("gatehouse:ingress_latency_seconds:p95_5m"), QStringLiteral("service=\"odoo-web\"")},
        {QStringLiteral("gatehouse:ingress_5xx_ratio:rate5m"), QStringLiteral("service=\"odoo-web\"")},
        {QStringLiteral("gatehouse:redis_memory_used:ratio"), QStringLiteral("instance=\"redis\"")},
        {QStringLiteral("gatehouse:redis_hit_ratio:rate5m"), QStringLiteral("instance=\"redis\"")},
        {QStringLiteral("redis_up"), QStringLiteral("instance=\"redis\"")},
        {QStringLiteral("gatehouse:queue_job_backlog:sum"), QStringLiteral("channel=\"root\"")},
        {QStringLiteral("odoo_queue_job_oldest_pending_age_seconds"), QStringLiteral("channel=\"root\"")},
        {QStringLiteral("odoo_queue_job_oldest_started_age_seconds"), QStringLiteral("channel=\"root\"")},
        {QStringLiteral("gatehouse:edi_success_ratio:rate15m"), QStringLiteral("partner=\"acme\"")},
        {QStringLiteral("gatehouse:carrier_label_success_ratio:rate15m"), QStringLiteral("carrier=\"dhl\"")},
        {QStringLiteral("gatehouse_backup_last_success_timestamp_seconds"), QStringLiteral("database=\"odoo\"")},
    };
    for (const auto &[family, labels] : families) {
        history += QStringLiteral("# TYPE ") + family + QStringLiteral(" gauge\n");
        for (int e = 0; e < environments; ++e) {
            const double value = family.startsWith(QLatin1String("gatehouse_backup")) ? double(end - 3600)
                : family == QLatin1String("redis_up")                                 ? 1.0
                                                                                      : 0.5 + 0.001 * e;
            const bool moves = family != QLatin1String("redis_up") && !family.startsWith(QLatin1String("gatehouse_backup"));
            sample(family, QStringLiteral("environment=\"%1\",").arg(names[e]) + labels, value, moves);
        }
    }
    Tests::PrometheusFixture fixture;
    Tests::PrometheusFixture::Options options;
    options.history = history;
    if (!fixture.start(options)) {
        std::fprintf(stderr, "cannot start Prometheus: %s\n", qPrintable(fixture.errorString()));
        return;
    }
    auto estate = std::make_shared<Models::Estate>();
    for (const QString &name : names) {
        Models::Environment environment;
        environment.name = name;
        environment.prometheusUrl = fixture.prometheusUrl();
        estate->environments.append(environment);
    }
    estate->index();

    Ui::EnvironmentsPage page;
    page.setPollInterval(std::chrono::milliseconds(0));
    auto at = std::make_shared<qint64>(end);
    page.setClock([at] { return QDateTime::fromSecsSinceEpoch(*at, Qt::UTC); });
    page.resize(1600, 1000);
    page.show();
    QApplication::processEvents();

    StallMeter meter;
    auto poll = [&](bool first) {
        QEventLoop loop;
        QObject::connect(page.poller(), &Ui::EnvironmentsHealthPoller::pollFinished, &loop, &QEventLoop::quit);
        QElapsedTimer clock;
        meter.start();
        clock.start();
        if (first)
            page.setEstate(estate);
        else
            page.poller()->pollNow();
        loop.exec();
        QApplication::processEvents(); // the repaint the updates caused
        const double wall = double(clock.nsecsElapsed()) / 1e6;
        return std::pair{wall, meter.stop()};
    };
    const auto [firstWall, firstStall] = poll(true);
    QList<double> walls;
    QList<double> stalls;
    QList<double> repaints;
    for (int run = 0; run < runs; ++run) {
        // Evaluate a minute earlier: every environment's values change, so every card
        // updates (incrementally, dataChanged per cell).
        *at = end - ((run + 1) % 10) * 60;
        const auto [wall, stall] = poll(false);
        walls.append(wall);
        stalls.append(stall);
        QElapsedTimer paint;
        paint.start();
        const QPixmap frame = page.cardView()->viewport()->grab();
        repaints.append(double(paint.nsecsElapsed()) / 1e6);
        Q_UNUSED(frame);
    }
    const int cells = page.overviewModel()->rowCount() * (Ui::EnvironmentsOverviewModel::ColumnCount - 1);
    std::printf("overview refresh: %d environments on one Prometheus (%d cells, %d instant queries per poll), %d runs\n",
                environments, cells, int(families.size()), runs);
    std::printf("  first poll (estate set, model reset): %.1f ms wall, longest UI stall %.2f ms\n", firstWall, firstStall);
    std::printf("  poll: median %.1f ms wall; longest UI stall median %.2f ms, max %.2f ms (target <= 16 ms)\n",
                percentile(walls, 0.5), percentile(stalls, 0.5), percentile(stalls, 1.0));
    std::printf("  cards repaint (visible viewport): median %.2f ms, max %.2f ms\n", percentile(repaints, 0.5),
                percentile(repaints, 1.0));
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption environmentsOption(QStringLiteral("environments"), QStringLiteral("environments in the overview"),
                                                QStringLiteral("N"), QStringLiteral("50"));
    const QCommandLineOption seriesOption(QStringLiteral("series"), QStringLiteral("series per chart"), QStringLiteral("S"),
                                          QStringLiteral("6"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("repetitions"), QStringLiteral("R"),
                                        QStringLiteral("30"));
    parser.addOptions({environmentsOption, seriesOption, runsOption});
    parser.process(app);
    benchChartRedraw(parser.value(seriesOption).toInt(), parser.value(runsOption).toInt());
    benchOverview(parser.value(environmentsOption).toInt(), std::max(3, parser.value(runsOption).toInt() / 3));
    return 0;
}
