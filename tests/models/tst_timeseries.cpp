#include "models/prometheusresponse.h"
#include "models/timeseries.h"

#include <QTest>

#include <cmath>

using namespace Gatehouse::Models;

namespace {

QList<QPointF> ramp(int count, double step = 1000)
{
    QList<QPointF> points;
    for (int i = 0; i < count; ++i)
        points.append(QPointF(i * step, std::sin(i / 50.0)));
    return points;
}

} // namespace

class TestTimeSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reduceKeepsPeaks_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("maxPoints");
        QTest::addColumn<int>("peakAt");
        QTest::addColumn<int>("dipAt");
        QTest::newRow("a week at 15 s to 1600 px") << 40321 << 3200 << 1234 << 39000;
        QTest::newRow("peak and dip in one bucket") << 10000 << 100 << 5000 << 5001;
        QTest::newRow("peak at the first sample") << 5000 << 50 << 0 << 4999;
        QTest::newRow("peak right after a bucket edge") << 10000 << 20 << 1112 << 1111;
    }

    void reduceKeepsPeaks()
    {
        QFETCH(int, count);
        QFETCH(int, maxPoints);
        QFETCH(int, peakAt);
        QFETCH(int, dipAt);
        QList<QPointF> points = ramp(count);
        points[peakAt].setY(1000);
        points[dipAt].setY(-1000);
        const QList<QPointF> reduced = TimeSeries::reduceMinMax(points, maxPoints);
        QVERIFY(reduced.size() <= maxPoints);
        QVERIFY(reduced.size() >= maxPoints / 2);
        QVERIFY(reduced.contains(points[peakAt]));
        QVERIFY(reduced.contains(points[dipAt]));
        QCOMPARE(reduced.constFirst(), points.constFirst());
        QCOMPARE(reduced.constLast(), points.constLast());
        for (qsizetype i = 1; i < reduced.size(); ++i)
            QVERIFY(reduced[i - 1].x() < reduced[i].x());
        // Every kept point is a real sample.
        for (const QPointF &point : reduced)
            QCOMPARE(points[qsizetype(point.x() / 1000)], point);
    }

    void reduceLeavesSmallSeriesAlone()
    {
        const QList<QPointF> points = ramp(100);
        QCOMPARE(TimeSeries::reduceMinMax(points, 200), points);
        QCOMPARE(TimeSeries::reduceMinMax(points, 100), points);
        QCOMPARE(TimeSeries::reduceMinMax({}, 10), QList<QPointF>{});
    }

    void reduceSkipsNaN()
    {
        QList<QPointF> points = ramp(1000);
        for (int i = 100; i < 900; ++i)
            points[i].setY(std::nan(""));
        const QList<QPointF> reduced = TimeSeries::reduceMinMax(points, 20);
        for (qsizetype i = 1; i + 1 < reduced.size(); ++i)
            QVERIFY(!std::isnan(reduced[i].y()));
    }

    void mergeChunksJoinsAndDeduplicates()
    {
        const Labels a{{QStringLiteral("__name__"), QStringLiteral("up")}, {QStringLiteral("job"), QStringLiteral("a")}};
        const Labels b{{QStringLiteral("__name__"), QStringLiteral("up")}, {QStringLiteral("job"), QStringLiteral("b")}};
        const QList<TimeSeries> first{{a, {{0, 1}, {15, 1}}}, {b, {{0, 2}}}};
        const QList<TimeSeries> second{{b, {{30, 2}}}, {a, {{15, 1}, {30, 3}}}};
        const QList<TimeSeries> merged = TimeSeries::mergeChunks({first, second});
        QCOMPARE(merged.size(), 2);
        QCOMPARE(merged[0].labels, a);
        QCOMPARE(merged[0].points, (QList<QPointF>{{0, 1}, {15, 1}, {30, 3}}));
        QCOMPARE(merged[1].points, (QList<QPointF>{{0, 2}, {30, 2}}));
        QCOMPARE(merged[0].displayName(), QStringLiteral("up{job=\"a\"}"));
    }

    void decodeQuery_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("series");
        QTest::addColumn<QString>("firstValue");
        QTest::addColumn<QString>("error");
        QTest::newRow("matrix") << QByteArray(R"({"status":"success","data":{"resultType":"matrix","result":[
            {"metric":{"job":"a"},"values":[[1700000000,"1.5"],[1700000015.5,"NaN"]]}]}})")
                                << true << 1 << QStringLiteral("1.5") << QString();
        QTest::newRow("vector") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[
            {"metric":{},"value":[1700000000.123,"+Inf"]},{"metric":{"a":"b"},"value":[1,"-2"]}]}})")
                                << true << 2 << QStringLiteral("inf") << QString();
        QTest::newRow("scalar") << QByteArray(R"({"status":"success","data":{"resultType":"scalar","result":[1,"3"]}})")
                                << true << 1 << QStringLiteral("3") << QString();
        QTest::newRow("error verbatim") << QByteArray(R"({"status":"error","errorType":"bad_data","error":"1:5: parse error: unexpected end of input"})")
                                        << false << 0 << QString() << QStringLiteral("1:5: parse error: unexpected end of input");
        QTest::newRow("not json") << QByteArray("<html>") << false << 0 << QString() << QString();
        QTest::newRow("value not a string") << QByteArray(R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,2]}]}})")
                                            << false << 0 << QString() << QString();
        QTest::newRow("string result") << QByteArray(R"({"status":"success","data":{"resultType":"string","result":[1,"x"]}})")
                                       << false << 0 << QString() << QString();
    }

    void decodeQuery()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, ok);
        QFETCH(int, series);
        QFETCH(QString, firstValue);
        QFETCH(QString, error);
        const auto result = PrometheusResponse::decodeQuery(json);
        QCOMPARE(result.ok(), ok);
        if (!ok) {
            QVERIFY(!result.error().message.isEmpty());
            if (!error.isEmpty())
                QCOMPARE(result.error().message, error);
            return;
        }
        QCOMPARE(result->size(), series);
        QCOMPARE(QString::number(result->constFirst().points.constFirst().y()), firstValue);
        QCOMPARE(std::fmod(result->constFirst().points.constFirst().x(), 1.0), 0.0);
    }

    void millisecondTimestamps()
    {
        const auto result = PrometheusResponse::decodeQuery(
            R"({"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1700000000.123,"1"]}]}})");
        QVERIFY(result.ok());
        QCOMPARE(result->constFirst().points.constFirst().x(), 1700000000123.0);
    }
};

QTEST_GUILESS_MAIN(TestTimeSeries)
#include "tst_timeseries.moc"
