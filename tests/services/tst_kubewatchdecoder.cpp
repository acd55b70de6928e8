// The watch-stream decoder: JSON values split at any byte, strings holding braces and
// escapes, every event type, and a corrupt stream reported once. And the continue token
// a list answer is read ahead for, so that the next page is asked for while it decodes.

#include "services/kubereflector.h"
#include "services/kubewatchdecoder.h"

#include <QTest>

using namespace Gatehouse::Services;

namespace {
const QByteArray Stream =
    "{\"type\":\"ADDED\",\"object\":{\"kind\":\"Pod\",\"metadata\":{\"name\":\"a\",\"resourceVersion\":\"11\"}}}\n"
    "{\"type\":\"MODIFIED\",\"object\":{\"metadata\":{\"name\":\"b{\\\"}\",\"resourceVersion\":\"12\","
    "\"annotations\":{\"x\":\"[}]\\\\\"}}}}\n"
    "  {\"type\":\"BOOKMARK\",\"object\":{\"kind\":\"Pod\",\"metadata\":{\"resourceVersion\":\"15\"}}}"
    "{\"type\":\"DELETED\",\"object\":{\"metadata\":{\"name\":\"a\",\"resourceVersion\":\"16\"}}}\r\n"
    "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"code\":410,\"reason\":\"Expired\","
    "\"message\":\"too old resource version: 5 (16)\"}}\n";
}

class TestKubeWatchDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsAtEveryChunkSize_data()
    {
        QTest::addColumn<int>("chunk");
        for (int chunk : {1, 2, 3, 7, 64, 100000})
            QTest::addRow("chunk %d", chunk) << chunk;
    }

    void splitsAtEveryChunkSize()
    {
        QFETCH(int, chunk);
        KubeWatchDecoder decoder;
        QList<KubeWatchEvent> events;
        for (qsizetype i = 0; i < Stream.size(); i += chunk)
            events.append(decoder.feed(Stream.mid(i, chunk)));
        QVERIFY(!decoder.hasError());
        QCOMPARE(decoder.pendingBytes(), 0);
        QCOMPARE(events.size(), 5);
        using T = KubeWatchEvent::Type;
        QCOMPARE(events.at(0).type, T::Added);
        QCOMPARE(events.at(0).resourceVersion(), QByteArray("11"));
        QCOMPARE(events.at(1).type, T::Modified);
        QCOMPARE(events.at(1).object.value(QLatin1String("metadata")).toObject().value(QLatin1String("name")).toString(),
                 QStringLiteral("b{\"}"));
        QCOMPARE(events.at(2).type, T::Bookmark);
        QCOMPARE(events.at(2).resourceVersion(), QByteArray("15"));
        QCOMPARE(events.at(3).type, T::Deleted);
        QCOMPARE(events.at(4).type, T::Error);
        QCOMPARE(events.at(4).object.value(QLatin1String("code")).toInt(), 410);
    }

    void corruptStreams_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("eventsBefore");
        QTest::newRow("not an object") << QByteArray("[1,2]") << 0;
        QTest::newRow("garbage after an event")
            << QByteArray("{\"type\":\"ADDED\",\"object\":{}}\nHTTP/1.1 200 OK") << 1;
        QTest::newRow("invalid json inside") << QByteArray("{\"type\":\"ADDED\",\"object\":{\"a\":tru}}") << 0;
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"RENAMED\",\"object\":{}}") << 0;
    }

    void corruptStreams()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, eventsBefore);
        KubeWatchDecoder decoder;
        QCOMPARE(decoder.feed(bytes).size(), eventsBefore);
        QVERIFY(decoder.hasError());
        // Once broken, it stays broken: nothing more is decoded.
        QVERIFY(decoder.feed(Stream).isEmpty());
    }

    void continueTokenIsReadAhead_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("token");
        QTest::newRow("a page with more to come")
            << QByteArray("{\"kind\":\"PodList\",\"apiVersion\":\"v1\",\"metadata\":{\"resourceVersion\":\"42\","
                          "\"continue\":\"eyJydiI6NDIsInN0YXJ0IjoicG9kLTEwIn0=\"},\"items\":[{\"metadata\":{\"name\":\"a\"}}]}")
            << QStringLiteral("eyJydiI6NDIsInN0YXJ0IjoicG9kLTEwIn0=");
        QTest::newRow("spaces around the colon")
            << QByteArray("{\"metadata\": {\"continue\" : \"abc\"}, \"items\": []}") << QStringLiteral("abc");
        QTest::newRow("the last page")
            << QByteArray("{\"kind\":\"PodList\",\"metadata\":{\"resourceVersion\":\"42\"},\"items\":[]}") << QString();
        QTest::newRow("empty token") << QByteArray("{\"metadata\":{\"continue\":\"\"},\"items\":[]}") << QString();
        // Only the list's own metadata counts, never an item's.
        QTest::newRow("items first")
            << QByteArray("{\"items\":[{\"metadata\":{\"continue\":\"not-this\"}}],\"metadata\":{\"continue\":\"x\"}}")
            << QString();
        QTest::newRow("token only in an item")
            << QByteArray("{\"metadata\":{\"resourceVersion\":\"1\"},\"items\":[{\"metadata\":{\"continue\":\"no\"}}]}")
            << QString();
        QTest::newRow("escaped token left to the decoder")
            << QByteArray("{\"metadata\":{\"continue\":\"a\\u0041\"},\"items\":[]}") << QString();
        QTest::newRow("unterminated") << QByteArray("{\"metadata\":{\"continue\":\"abc") << QString();
        QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>") << QString();
    }

    void continueTokenIsReadAhead()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, token);
        QCOMPARE(KubeReflector::peekContinueToken(body), token);
    }

    void incompleteValueWaits()
    {
        KubeWatchDecoder decoder;
        QVERIFY(decoder.feed("{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"x\"").isEmpty());
        QVERIFY(!decoder.hasError());
        QVERIFY(decoder.pendingBytes() > 0);
        QCOMPARE(decoder.feed("}}}").size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestKubeWatchDecoder)
#include "tst_kubewatchdecoder.moc"
