#include "postgresfixture.h"
#include "prometheusfixture.h"

#include "services/prometheusclient.h"

#include <QEventLoop>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Gatehouse;
using Services::PrometheusClient;
using Status = Models::SourceState::Status;

namespace {

using Tests::await;

constexpr int samples = 30000; // > 2 × 11,000: a full-range query needs three chunks
constexpr qint64 stepMs = 15000;

} // namespace

class TestPrometheusClient : public QObject
{
    Q_OBJECT

private:
    Tests::PrometheusFixture m_fixture;
    PrometheusClient m_client;
    qint64 m_t0 = 0; ///< ms of the first backfilled sample

    QDateTime at(qint64 index) const { return QDateTime::fromMSecsSinceEpoch(m_t0 + index * stepMs, Qt::UTC); }

private Q_SLOTS:
    void initTestCase()
    {
        // History ends two hours ago, so it lies entirely in backfilled blocks.
        const qint64 end = QDateTime::currentMSecsSinceEpoch() - 2 * 3600 * 1000;
        m_t0 = (end - samples * stepMs) / stepMs * stepMs;
        QString history;
        history.reserve(samples * 200);
        auto family = [&](const QString &name, const QString &type, const QString &labels,
                          const std::function<QString(int)> &value) {
            history += QStringLiteral("# TYPE ") + name + QLatin1Char(' ') + type + QLatin1Char('\n');
            const QString sample = (type == QLatin1String("counter") ? name + QStringLiteral("_total") : name) + labels
                + QLatin1Char(' ');
            for (int i = 0; i <= samples; ++i)
                history += sample + value(i) + QLatin1Char(' ') + QString::number((m_t0 + i * stepMs) / 1000)
                    + QLatin1Char('\n');
        };
        family(QStringLiteral("gatehouse_test_ramp"), QStringLiteral("gauge"), QStringLiteral("{environment=\"prod\"}"),
               [](int i) { return QString::number(i); });
        family(QStringLiteral("gatehouse_test_spike"), QStringLiteral("gauge"),
               QStringLiteral("{environment=\"staging\"}"), [](int i) {
                   return i == 12345 ? QStringLiteral("1000") : i == 23456 ? QStringLiteral("-1000") : QStringLiteral("0");
               });
        // EDI with one partner in two environments: 90 % ok in prod, 50 % in staging.
        for (const auto &[environment, ok, failed] :
             {std::tuple{QStringLiteral("prod"), 9, 1}, std::tuple{QStringLiteral("staging"), 5, 5}}) {
            for (const auto &[result, perStep] : {std::pair{QStringLiteral("ok"), ok}, std::pair{QStringLiteral("failed"), failed}})
                family(QStringLiteral("gatehouse_edi_messages"), QStringLiteral("counter"),
                       QStringLiteral("{environment=\"%1\",partner=\"acme\",result=\"%2\"}").arg(environment, result),
                       [perStep](int i) { return QString::number(qint64(i) * perStep); });
        }
        // 10 requests per second, all answered 200.
        family(QStringLiteral("traefik_service_requests"), QStringLiteral("counter"),
               QStringLiteral("{environment=\"prod\",service=\"odoo-web\",code=\"200\"}"),
               [](int i) { return QString::number(i * 150); });

        Tests::PrometheusFixture::Options options;
        options.history = history;
        options.ruleFiles = {Tests::PrometheusFixture::shippedRules()};
        QVERIFY2(m_fixture.start(options), qPrintable(m_fixture.errorString()));

        Services::HttpEndpoint endpoint;
        endpoint.url = m_fixture.prometheusUrl();
        endpoint.timeout = std::chrono::milliseconds(5000);
        m_client.setEndpoint(endpoint);
    }

    void chunkRange_data()
    {
        QTest::addColumn<qint64>("intervals");
        QTest::addColumn<int>("step");
        QTest::addColumn<int>("chunks");
        QTest::newRow("one point") << qint64(0) << 15 << 1;
        QTest::newRow("exactly 11,000 points") << qint64(10999) << 15 << 1;
        QTest::newRow("11,001 points") << qint64(11000) << 15 << 2;
        QTest::newRow("7 days at 15 s") << qint64(7 * 24 * 240) << 15 << 4;
        QTest::newRow("7 days at 60 s") << qint64(7 * 24 * 60) << 60 << 1;
    }

    void chunkRange()
    {
        QFETCH(qint64, intervals);
        QFETCH(int, step);
        QFETCH(int, chunks);
        const QDateTime start = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
        const QDateTime end = start.addSecs(intervals * step);
        const auto result = PrometheusClient::chunkRange(start, end, std::chrono::seconds(step));
        QCOMPARE(result.size(), chunks);
        QCOMPARE(result.constFirst().start, start);
        QCOMPARE(result.constLast().end, end);
        qint64 points = 0;
        for (qsizetype i = 0; i < result.size(); ++i) {
            const qint64 chunkPoints = result[i].start.secsTo(result[i].end) / step + 1;
            QVERIFY(chunkPoints <= PrometheusClient::maxPointsPerSeries);
            QCOMPARE(result[i].start.secsTo(result[i].end) % step, 0);
            if (i > 0) // the next chunk starts one step after the previous one ends: same grid, no overlap
                QCOMPARE(result[i - 1].end.secsTo(result[i].start), qint64(step));
            points += chunkPoints;
        }
        QCOMPARE(points, intervals + 1);
    }

    void rangeQueryReturnsTheBackfilledSamples_data()
    {
        QTest::addColumn<int>("stepSeconds");
        QTest::newRow("15 s: 30,001 points in three chunks") << 15;
        QTest::newRow("60 s: one chunk") << 60;
    }

    void rangeQueryReturnsTheBackfilledSamples()
    {
        QFETCH(int, stepSeconds);
        const auto result = await(m_client.queryRange(QStringLiteral("gatehouse_test_ramp"), at(0), at(samples),
                                                      std::chrono::seconds(stepSeconds)));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->size(), 1);
        const Models::TimeSeries &series = result->constFirst();
        QCOMPARE(series.labels.value(QStringLiteral("environment")), QStringLiteral("prod"));
        const int every = stepSeconds / 15;
        QCOMPARE(series.points.size(), samples / every + 1);
        for (qsizetype k = 0; k < series.points.size(); ++k) {
            const QPointF expected(double(m_t0 + k * every * stepMs), double(k * every));
            if (series.points[k] != expected)
                QFAIL(qPrintable(QStringLiteral("point %1 is (%2, %3), expected (%4, %5)")
                                     .arg(k)
                                     .arg(series.points[k].x(), 0, 'f', 0)
                                     .arg(series.points[k].y())
                                     .arg(expected.x(), 0, 'f', 0)
                                     .arg(expected.y())));
        }
        QCOMPARE(m_client.state().status, Status::Fresh);
    }

    void counterRateIsKnown()
    {
        const auto result = await(m_client.queryRange(
            QStringLiteral("sum by (service) (rate(traefik_service_requests_total[5m]))"), at(1000), at(2000),
            std::chrono::seconds(60)));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->size(), 1);
        QCOMPARE(result->constFirst().labels, (Models::Labels{{QStringLiteral("service"), QStringLiteral("odoo-web")}}));
        QCOMPARE(result->constFirst().points.size(), 251);
        for (const QPointF &point : result->constFirst().points)
            QVERIFY2(qFuzzyCompare(point.y(), 10.0), qPrintable(QString::number(point.y(), 'g', 17)));
    }

    void reductionKeepsPeaks()
    {
        const auto result = await(m_client.queryRange(QStringLiteral("gatehouse_test_spike"), at(0), at(samples),
                                                      std::chrono::seconds(15), 100));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->size(), 1);
        const QList<QPointF> &points = result->constFirst().points;
        QVERIFY2(points.size() <= 200, qPrintable(QString::number(points.size())));
        QCOMPARE(points.constFirst().x(), double(m_t0));
        QCOMPARE(points.constLast().x(), double(m_t0 + samples * stepMs));
        QVERIFY(points.contains(QPointF(double(m_t0 + 12345 * stepMs), 1000)));
        QVERIFY(points.contains(QPointF(double(m_t0 + 23456 * stepMs), -1000)));
        QVERIFY(std::is_sorted(points.cbegin(), points.cend(),
                               [](const QPointF &a, const QPointF &b) { return a.x() < b.x(); }));
    }

    void instantQueryInThePast()
    {
        const auto result = await(m_client.query(QStringLiteral("gatehouse_test_ramp * 2"), at(100)));
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result->size(), 1);
        QCOMPARE(result->constFirst().points, (QList<QPointF>{QPointF(double(m_t0 + 100 * stepMs), 200)}));
        const auto scalar = await(m_client.query(QStringLiteral("1 + 2"), at(0)));
        QVERIFY(scalar.ok());
        QCOMPARE(scalar->constFirst().points.constFirst().y(), 3.0);
    }

    void scopedAddsTheMatcherToEverySelector_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("expected");
        const QString m = QStringLiteral("environment=\"prod\"");
        QTest::newRow("bare metric") << QStringLiteral("up") << QStringLiteral("up{") + m + QLatin1Char('}');
        QTest::newRow("recording rule with matchers")
            << QStringLiteral("gatehouse:edi_success_ratio:rate15m{partner=\"acme\"}")
            << QStringLiteral("gatehouse:edi_success_ratio:rate15m{") + m + QStringLiteral(",partner=\"acme\"}");
        QTest::newRow("ratio of rates")
            << QStringLiteral("sum(rate(x_total{result=\"ok\"}[5m])) / sum(rate(x_total[5m]))")
            << QStringLiteral("sum(rate(x_total{") + m + QStringLiteral(",result=\"ok\"}[5m])) / sum(rate(x_total{") + m
                + QStringLiteral("}[5m]))");
        QTest::newRow("aggregation with label list, both forms")
            << QStringLiteral("sum by (partner) (a) and on(partner) max without (instance) (b)")
            << QStringLiteral("sum by (partner) (a{") + m + QStringLiteral("}) and on(partner) max without (instance) (b{") + m
                + QStringLiteral("})");
        QTest::newRow("bare selector, empty braces")
            << QStringLiteral("{__name__=\"up\"} or up{}")
            << QStringLiteral("{") + m + QStringLiteral(",__name__=\"up\"} or up{") + m + QStringLiteral("}");
        QTest::newRow("strings, numbers, offset, keywords left alone")
            << QStringLiteral("label_replace(up, \"dst\", \"x y\", \"src\", \"(.*)\") > bool 1e-3 OR up offset 5m")
            << QStringLiteral("label_replace(up{") + m + QStringLiteral("}, \"dst\", \"x y\", \"src\", \"(.*)\") > bool 1e-3 OR up{")
                + m + QStringLiteral("} offset 5m");
        QTest::newRow("subquery and function without arguments")
            << QStringLiteral("max_over_time(rate(a[1m])[10m:1m]) - time()")
            << QStringLiteral("max_over_time(rate(a{") + m + QStringLiteral("}[1m])[10m:1m]) - time()");
        QTest::newRow("group_left label list")
            << QStringLiteral("a * on (job) group_left(version) b")
            << QStringLiteral("a{") + m + QStringLiteral("} * on (job) group_left(version) b{") + m + QLatin1Char('}');
        QTest::newRow("brace inside a matcher's string")
            << QStringLiteral("a{path=~\"/x{2}\"}") << QStringLiteral("a{") + m + QStringLiteral(",path=~\"/x{2}\"}");
    }

    void scopedAddsTheMatcherToEverySelector()
    {
        QFETCH(QString, query);
        QFETCH(QString, expected);
        QCOMPARE(PrometheusClient::scoped(query, QStringLiteral("environment"), QStringLiteral("prod")), expected);
        // Prometheus parses the result.
        const auto answer = await(m_client.query(PrometheusClient::scoped(query, QStringLiteral("environment"),
                                                                          QStringLiteral("prod")),
                                                 at(100)));
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
    }

    void scopedHealthQuerySelectsOneEnvironment_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<double>("ratio");
        QTest::newRow("prod") << QStringLiteral("prod") << 0.9;
        QTest::newRow("staging") << QStringLiteral("staging") << 0.5;
    }

    void scopedHealthQuerySelectsOneEnvironment()
    {
        QFETCH(QString, environment);
        QFETCH(double, ratio);
        // An integration health query as the estate writes it: for any environment.
        const QString health = QStringLiteral("sum(rate(gatehouse_edi_messages_total{result=\"ok\"}[15m]))"
                                              " / sum(rate(gatehouse_edi_messages_total[15m]))");
        const auto mixed = await(m_client.query(health, at(1000)));
        QVERIFY(mixed.ok());
        QCOMPARE(mixed->constFirst().points.constFirst().y(), 0.7); // both environments together
        const auto scoped = await(
            m_client.query(PrometheusClient::scoped(health, QStringLiteral("environment"), environment), at(1000)));
        QVERIFY2(scoped.ok(), qPrintable(scoped.ok() ? QString() : scoped.error().message));
        QCOMPARE(scoped->size(), 1);
        QVERIFY(std::abs(scoped->constFirst().points.constFirst().y() - ratio) < 1e-9);
    }

    void seriesAndLabels()
    {
        const auto values = await(m_client.labelValues(QStringLiteral("environment")));
        QVERIFY(values.ok());
        QCOMPARE(values.value(), (QStringList{QStringLiteral("prod"), QStringLiteral("staging")}));
        const auto series = await(m_client.series({QStringLiteral("{__name__=~\"gatehouse_test_.+\"}")}, at(0), at(samples)));
        QVERIFY(series.ok());
        QCOMPARE(series->size(), 2);
        QCOMPARE(series->constFirst().value(QStringLiteral("__name__")), QStringLiteral("gatehouse_test_ramp"));
        QCOMPARE(series->constLast().value(QStringLiteral("environment")), QStringLiteral("staging"));
    }

    void promqlErrorIsVerbatimWithTheQuery_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("parse error") << QStringLiteral("sum(rate(gatehouse_test_ramp[5m])");
        QTest::newRow("type error") << QStringLiteral("rate(gatehouse_test_ramp)");
        QTest::newRow("plus sign survives the form encoding") << QStringLiteral("gatehouse_test_ramp + on(");
    }

    void promqlErrorIsVerbatimWithTheQuery()
    {
        QFETCH(QString, query);
        // What Prometheus itself says about the query.
        QNetworkAccessManager network;
        QUrl url = m_fixture.prometheusUrl();
        url.setPath(QStringLiteral("/api/v1/query"));
        QUrlQuery params;
        params.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(query)));
        url.setQuery(params);
        QNetworkReply *reply = network.get(QNetworkRequest(url));
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        const QString verbatim = QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("error")).toString();
        reply->deleteLater();
        QVERIFY(!verbatim.isEmpty());

        const auto instant = await(m_client.query(query));
        QVERIFY(!instant.ok());
        QVERIFY2(instant.error().message.contains(verbatim), qPrintable(instant.error().message));
        QVERIFY2(instant.error().message.contains(query), qPrintable(instant.error().message));
        const auto range = await(m_client.queryRange(query, at(0), at(samples), std::chrono::seconds(15)));
        QVERIFY(!range.ok());
        QVERIFY2(range.error().message.contains(query), qPrintable(range.error().message));
        // A bad query says nothing about the server.
        QCOMPARE(m_client.state().status, Status::Fresh);
    }

    void killedPrometheusIsUnreachableThenRecovers()
    {
        QSignalSpy changes(&m_client, &PrometheusClient::stateChanged);
        const QDateTime lastGood = m_client.state().lastGood;
        QVERIFY(lastGood.isValid());

        m_fixture.killPrometheus();
        // One poll is enough to notice.
        const Models::SourceState afterKill = await(m_client.checkReady());
        QCOMPARE(afterKill.status, Status::Unreachable);
        QVERIFY2(afterKill.reason.contains(m_fixture.prometheusUrl().toString()), qPrintable(afterKill.reason));
        QCOMPARE(afterKill.lastGood, lastGood);
        QCOMPARE(changes.size(), 1);
        const auto failed = await(m_client.queryRange(QStringLiteral("gatehouse_test_ramp"), at(0), at(100),
                                                      std::chrono::seconds(15)));
        QVERIFY(!failed.ok());
        QVERIFY2(failed.error().message.contains(m_fixture.prometheusUrl().toString()), qPrintable(failed.error().message));

        // Polling notices the restart by itself.
        m_client.setPollInterval(std::chrono::milliseconds(200));
        QVERIFY2(m_fixture.restartPrometheus(), qPrintable(m_fixture.errorString()));
        QTRY_COMPARE_WITH_TIMEOUT(m_client.state().status, Status::Fresh, 10000);
        m_client.setPollInterval(std::chrono::milliseconds(0));
        QVERIFY(m_client.state().reason.isEmpty());
        QVERIFY(m_client.state().lastGood > lastGood);
        const auto again = await(m_client.query(QStringLiteral("gatehouse_test_ramp"), at(7)));
        QVERIFY(again.ok());
        QCOMPARE(again->constFirst().points.constFirst().y(), 7.0);
    }
};

QTEST_GUILESS_MAIN(TestPrometheusClient)
#include "tst_prometheusclient.moc"
