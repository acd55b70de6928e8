// The estate simulator's /metrics: the series contract of resources/prometheus/README.md
// per environment, accepted by promtool, growing counters, responses to a bad image and
// to injected faults, and the shipped rules evaluated by a real Prometheus.

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

#include <limits>
#include <map>
#include <memory>

namespace {

const QStringList kEnvironments{QStringLiteral("development"), QStringLiteral("production-eu"),
                                QStringLiteral("production-us"), QStringLiteral("staging")};

struct Sample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

// One scrape, parsed: TYPE per family and every sample.
struct Scrape
{
    QMap<QString, QString> types;
    std::vector<Sample> samples;
    QString error;

    static Scrape parse(const QByteArray &text)
    {
        Scrape scrape;
        const QList<QByteArray> lines = text.split('\n');
        scrape.samples.reserve(static_cast<size_t>(lines.size()));
        for (const QByteArray &line : lines) {
            if (line.isEmpty() || line.startsWith("# HELP "))
                continue;
            if (line.startsWith("# TYPE ")) {
                const QList<QByteArray> parts = line.split(' ');
                scrape.types.insert(QString::fromLatin1(parts.value(2)), QString::fromLatin1(parts.value(3)));
                continue;
            }
            Sample sample;
            const qsizetype brace = line.indexOf('{');
            const qsizetype space = line.lastIndexOf(' ');
            if (space <= 0) {
                scrape.error = QStringLiteral("unparsable line: ") + QString::fromUtf8(line);
                return scrape;
            }
            sample.name = QString::fromLatin1(line.left(brace >= 0 && brace < space ? brace : space));
            if (brace >= 0 && brace < space) {
                // key="value",key="value"} — values may hold escaped quotes.
                qsizetype i = brace + 1;
                while (i < space && line.at(i) != '}') {
                    const qsizetype equals = line.indexOf('=', i);
                    if (equals < 0 || equals + 1 >= line.size() || line.at(equals + 1) != '"') {
                        scrape.error = QStringLiteral("bad labels: ") + QString::fromUtf8(line);
                        return scrape;
                    }
                    QByteArray value;
                    qsizetype j = equals + 2;
                    for (; j < line.size() && line.at(j) != '"'; ++j) {
                        if (line.at(j) == '\\' && j + 1 < line.size())
                            ++j;
                        value.append(line.at(j));
                    }
                    sample.labels.insert(QString::fromLatin1(line.mid(i, equals - i)), QString::fromUtf8(value));
                    i = j + 1;
                    if (i < line.size() && line.at(i) == ',')
                        ++i;
                }
            }
            const QByteArray number = line.mid(space + 1);
            bool ok = true;
            sample.value = number == "+Inf" ? qInf() : number.toDouble(&ok);
            if (!ok) {
                scrape.error = QStringLiteral("bad value: ") + QString::fromUtf8(line);
                return scrape;
            }
            scrape.samples.push_back(sample);
        }
        return scrape;
    }

    // Sum of the samples of a series whose labels include the given ones.
    double sum(const QString &name, const QMap<QString, QString> &match) const
    {
        double total = 0;
        for (const Sample &sample : samples) {
            if (sample.name != name)
                continue;
            bool all = true;
            for (auto it = match.begin(); it != match.end() && all; ++it)
                all = sample.labels.value(it.key()) == it.value();
            if (all)
                total += sample.value;
        }
        return total;
    }

    QString key(const Sample &sample) const
    {
        QStringList parts{sample.name};
        for (auto it = sample.labels.begin(); it != sample.labels.end(); ++it)
            parts.append(it.key() + QLatin1Char('=') + it.value());
        return parts.join(QLatin1Char(','));
    }
};

// Synchronous HTTP(S) for the test thread.
struct Answer
{
    int status = 0;
    QByteArray body;
};

Answer httpRequest(QNetworkAccessManager &network, QNetworkRequest request, const QByteArray &verb,
                   const QByteArray &body = {})
{
    QNetworkReply *reply = network.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(15000);
    Answer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    reply->deleteLater();
    return answer;
}

int freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

// A child process stopped on destruction (SIGTERM, then SIGKILL).
class ProcessGuard
{
public:
    ProcessGuard() { m_process.setProcessChannelMode(QProcess::SeparateChannels); }
    ~ProcessGuard()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished(2000);
            }
        }
    }
    ProcessGuard(const ProcessGuard &) = delete;
    ProcessGuard &operator=(const ProcessGuard &) = delete;
    QProcess &process() { return m_process; }

private:
    QProcess m_process;
};

} // namespace

class TstSimMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contractSeries_data();
    void contractSeries();
    void onlyContractSeries();
    void labelsFollowTheEstate_data();
    void labelsFollowTheEstate();
    void promtoolAcceptsTheOutput();
    void httpsListenerServesMetricsWithoutToken();
    void countersOnlyGrow();
    void scrapeIsCheap();
    void badImageRaisesErrorsAndLatency();
    void ediBurstHitsOnePartnerOnly();
    void faultsShowUp_data();
    void faultsShowUp();
    void invalidFaultsAreRejected_data();
    void invalidFaultsAreRejected();
    void prometheusRecordsTheEdiFailureRatio();
    void resetClearsEveryFault();

private:
    void startPrometheus();
    QByteArray prometheusLog() const;
    Scrape scrape();
    Answer admin(const QByteArray &verb, const QString &path, const QByteArray &body, const QString &contentType = {});

    QTemporaryDir m_stateDir;
    ProcessGuard m_simulator;
    QString m_apiUrl;
    QString m_metricsUrl;
    QNetworkAccessManager m_network;
    QTemporaryDir m_prometheusDir;  // outlives the process below
    ProcessGuard m_prometheus;
    QString m_prometheusUrl;
};

void TstSimMetrics::initTestCase()
{
    QVERIFY(m_stateDir.isValid());
    QProcess &sim = m_simulator.process();
    sim.setProgram(QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehouse-estate-sim"));
    sim.setArguments({QStringLiteral("--estate"), QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"),
                      QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--state-dir"),
                      m_stateDir.path(), QStringLiteral("--clock-scale"), QStringLiteral("10"),
                      QStringLiteral("--metrics-listen"), QStringLiteral("127.0.0.1:0")});
    sim.start();
    QVERIFY2(sim.waitForStarted(5000), qPrintable(sim.errorString()));
    QByteArray output;
    while (output.count('\n') < 2) {
        QVERIFY2(sim.waitForReadyRead(15000), sim.readAllStandardError().constData());
        output += sim.readAllStandardOutput();
    }
    const QList<QByteArray> lines = output.split('\n');
    QVERIFY2(lines.at(0).startsWith("listening https://127.0.0.1:"), lines.at(0).constData());
    QVERIFY2(lines.at(1).startsWith("metrics http://127.0.0.1:") && lines.at(1).endsWith("/metrics"), lines.at(1).constData());
    m_apiUrl = QString::fromUtf8(lines.at(0).mid(10));
    m_metricsUrl = QString::fromUtf8(lines.at(1).mid(8));
    startPrometheus();
    if (QTest::currentTestFailed())
        return;
}

Scrape TstSimMetrics::scrape()
{
    const Answer answer = httpRequest(m_network, QNetworkRequest(QUrl(m_metricsUrl)), "GET");
    if (answer.status != 200) {
        Scrape failed;
        failed.error = QStringLiteral("GET /metrics answered %1").arg(answer.status);
        return failed;
    }
    return Scrape::parse(answer.body);
}

Answer TstSimMetrics::admin(const QByteArray &verb, const QString &path, const QByteArray &body, const QString &contentType)
{
    QFile tokenFile(m_stateDir.filePath(QStringLiteral("token")));
    if (!tokenFile.open(QIODevice::ReadOnly))
        return {};
    QNetworkRequest request{QUrl(m_apiUrl + path)};
    request.setRawHeader("Authorization", "Bearer " + tokenFile.readAll());
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      contentType.isEmpty() ? QStringLiteral("application/json") : contentType);
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_stateDir.filePath(QStringLiteral("ca.crt"))));
    request.setSslConfiguration(tls);
    return httpRequest(m_network, request, verb, body);
}

// The series contract: name, TYPE of its family, labels besides `environment`.
void TstSimMetrics::contractSeries_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QStringList>("labels");
    const QStringList traefik{QStringLiteral("service"), QStringLiteral("code"), QStringLiteral("method"), QStringLiteral("protocol")};
    const QStringList instance{QStringLiteral("instance")};
    const QStringList channel{QStringLiteral("channel")};
    auto row = [](const char *series, const char *family, const char *type, const QStringList &labels) {
        QTest::newRow(series) << QString::fromLatin1(family) << QString::fromLatin1(type) << labels;
    };
    row("traefik_service_requests_total", "traefik_service_requests_total", "counter", traefik);
    row("traefik_service_request_duration_seconds_bucket", "traefik_service_request_duration_seconds", "histogram",
        traefik + QStringList{QStringLiteral("le")});
    row("traefik_service_request_duration_seconds_sum", "traefik_service_request_duration_seconds", "histogram", traefik);
    row("traefik_service_request_duration_seconds_count", "traefik_service_request_duration_seconds", "histogram", traefik);
    row("redis_up", "redis_up", "gauge", instance);
    row("redis_memory_used_bytes", "redis_memory_used_bytes", "gauge", instance);
    row("redis_memory_max_bytes", "redis_memory_max_bytes", "gauge", instance);
    row("redis_keyspace_hits_total", "redis_keyspace_hits_total", "counter", instance);
    row("redis_keyspace_misses_total", "redis_keyspace_misses_total", "counter", instance);
    row("redis_evicted_keys_total", "redis_evicted_keys_total", "counter", instance);
    row("redis_connected_clients", "redis_connected_clients", "gauge", instance);
    row("pg_up", "pg_up", "gauge", instance);
    row("pg_stat_activity_count", "pg_stat_activity_count", "gauge",
        {QStringLiteral("instance"), QStringLiteral("datname"), QStringLiteral("state")});
    row("pg_settings_max_connections", "pg_settings_max_connections", "gauge", instance);
    row("pg_replication_lag_seconds", "pg_replication_lag_seconds", "gauge", instance);
    row("pg_stat_replication_pg_wal_lsn_diff", "pg_stat_replication_pg_wal_lsn_diff", "gauge",
        {QStringLiteral("instance"), QStringLiteral("application_name")});
    row("pg_database_size_bytes", "pg_database_size_bytes", "gauge", {QStringLiteral("instance"), QStringLiteral("datname")});
    row("odoo_queue_job_jobs", "odoo_queue_job_jobs", "gauge", {QStringLiteral("channel"), QStringLiteral("state")});
    row("odoo_queue_job_oldest_pending_age_seconds", "odoo_queue_job_oldest_pending_age_seconds", "gauge", channel);
    row("odoo_queue_job_oldest_started_age_seconds", "odoo_queue_job_oldest_started_age_seconds", "gauge", channel);
    row("odoo_http_workers_busy", "odoo_http_workers_busy", "gauge", {QStringLiteral("workload")});
    row("odoo_http_workers_total", "odoo_http_workers_total", "gauge", {QStringLiteral("workload")});
    row("gatehouse_orders_confirmed_total", "gatehouse_orders_confirmed_total", "counter", {});
    row("gatehouse_pickings_validated_total", "gatehouse_pickings_validated_total", "counter", {QStringLiteral("site")});
    row("gatehouse_edi_messages_total", "gatehouse_edi_messages_total", "counter",
        {QStringLiteral("partner"), QStringLiteral("direction"), QStringLiteral("result")});
    row("gatehouse_carrier_label_requests_total", "gatehouse_carrier_label_requests_total", "counter",
        {QStringLiteral("carrier"), QStringLiteral("result")});
    row("gatehouse_payment_captures_total", "gatehouse_payment_captures_total", "counter",
        {QStringLiteral("provider"), QStringLiteral("result")});
    row("gatehouse_backup_last_success_timestamp_seconds", "gatehouse_backup_last_success_timestamp_seconds", "gauge",
        {QStringLiteral("database")});
}

void TstSimMetrics::contractSeries()
{
    QFETCH(QString, family);
    QFETCH(QString, type);
    QFETCH(QStringList, labels);
    const QString series = QString::fromLatin1(QTest::currentDataTag());
    const Scrape s = scrape();
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QCOMPARE(s.types.value(family), type);
    QStringList expected = labels + QStringList{QStringLiteral("environment")};
    expected.sort();
    std::map<QString, int> perEnvironment;
    for (const Sample &sample : s.samples) {
        if (sample.name != series)
            continue;
        QStringList keys = sample.labels.keys();
        keys.sort();
        QCOMPARE(keys, expected);
        ++perEnvironment[sample.labels.value(QStringLiteral("environment"))];
        QVERIFY2(sample.value >= 0, qPrintable(s.key(sample)));
    }
    for (const QString &environment : kEnvironments)
        QVERIFY2(perEnvironment[environment] > 0, qPrintable(series + QStringLiteral(" missing for ") + environment));
    QCOMPARE(perEnvironment.size(), size_t(kEnvironments.size()));
}

void TstSimMetrics::onlyContractSeries()
{
    const QSet<QString> families{
        QStringLiteral("traefik_service_requests_total"), QStringLiteral("traefik_service_request_duration_seconds"),
        QStringLiteral("redis_up"), QStringLiteral("redis_memory_used_bytes"), QStringLiteral("redis_memory_max_bytes"),
        QStringLiteral("redis_keyspace_hits_total"), QStringLiteral("redis_keyspace_misses_total"),
        QStringLiteral("redis_evicted_keys_total"), QStringLiteral("redis_connected_clients"), QStringLiteral("pg_up"),
        QStringLiteral("pg_stat_activity_count"), QStringLiteral("pg_settings_max_connections"),
        QStringLiteral("pg_replication_lag_seconds"), QStringLiteral("pg_stat_replication_pg_wal_lsn_diff"),
        QStringLiteral("pg_database_size_bytes"), QStringLiteral("odoo_queue_job_jobs"),
        QStringLiteral("odoo_queue_job_oldest_pending_age_seconds"), QStringLiteral("odoo_queue_job_oldest_started_age_seconds"),
        QStringLiteral("odoo_http_workers_busy"), QStringLiteral("odoo_http_workers_total"),
        QStringLiteral("gatehouse_orders_confirmed_total"), QStringLiteral("gatehouse_pickings_validated_total"),
        QStringLiteral("gatehouse_edi_messages_total"), QStringLiteral("gatehouse_carrier_label_requests_total"),
        QStringLiteral("gatehouse_payment_captures_total"), QStringLiteral("gatehouse_backup_last_success_timestamp_seconds")};
    const Scrape s = scrape();
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    const QStringList declared = s.types.keys();
    QCOMPARE(QSet<QString>(declared.begin(), declared.end()), families);
    for (const Sample &sample : s.samples) {
        QString family = sample.name;
        for (const QLatin1String suffix : {QLatin1String("_bucket"), QLatin1String("_sum"), QLatin1String("_count")}) {
            if (sample.name.endsWith(suffix) && s.types.value(sample.name.chopped(suffix.size())) == QLatin1String("histogram"))
                family = sample.name.chopped(suffix.size());
        }
        QVERIFY2(families.contains(family), qPrintable(sample.name));
    }
    // Closed label vocabularies of the contract.
    const QSet<QString> services{QStringLiteral("odoo-web"), QStringLiteral("odoo-longpolling"), QStringLiteral("portal"),
                                 QStringLiteral("edi-gateway")};
    const QSet<QString> buckets{QStringLiteral("0.1"), QStringLiteral("0.3"), QStringLiteral("0.5"), QStringLiteral("1"),
                                QStringLiteral("2.5"), QStringLiteral("5"), QStringLiteral("10"), QStringLiteral("+Inf")};
    const QSet<QString> states{QStringLiteral("pending"), QStringLiteral("enqueued"), QStringLiteral("started"),
                               QStringLiteral("done"), QStringLiteral("failed")};
    const QSet<QString> backendStates{QStringLiteral("active"), QStringLiteral("idle"), QStringLiteral("idle in transaction")};
    QSet<QString> seenBuckets;
    for (const Sample &sample : s.samples) {
        if (sample.name.startsWith(QLatin1String("traefik_")))
            QVERIFY2(services.contains(sample.labels.value(QStringLiteral("service"))), qPrintable(s.key(sample)));
        if (sample.name == QLatin1String("traefik_service_request_duration_seconds_bucket"))
            seenBuckets.insert(sample.labels.value(QStringLiteral("le")));
        if (sample.name == QLatin1String("odoo_queue_job_jobs"))
            QVERIFY2(states.contains(sample.labels.value(QStringLiteral("state"))), qPrintable(s.key(sample)));
        if (sample.name == QLatin1String("pg_stat_activity_count"))
            QVERIFY2(backendStates.contains(sample.labels.value(QStringLiteral("state"))), qPrintable(s.key(sample)));
        if (sample.labels.contains(QStringLiteral("result")))
            QVERIFY(sample.labels.value(QStringLiteral("result")) == QLatin1String("ok")
                    || sample.labels.value(QStringLiteral("result")) == QLatin1String("failed"));
        if (sample.labels.contains(QStringLiteral("direction")))
            QVERIFY(sample.labels.value(QStringLiteral("direction")) == QLatin1String("inbound")
                    || sample.labels.value(QStringLiteral("direction")) == QLatin1String("outbound"));
    }
    QCOMPARE(seenBuckets, buckets);
}

// Partners, carriers and sites come from the estate: what the environment's workloads run.
void TstSimMetrics::labelsFollowTheEstate_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("series");
    QTest::addColumn<QString>("label");
    QTest::addColumn<QStringList>("values");
    QTest::newRow("eu partners") << QStringLiteral("production-eu") << QStringLiteral("gatehouse_edi_messages_total")
                                 << QStringLiteral("partner")
                                 << QStringList{QStringLiteral("acme-retail"), QStringLiteral("globex-foods"), QStringLiteral("initech-wholesale")};
    QTest::newRow("eu carriers") << QStringLiteral("production-eu") << QStringLiteral("gatehouse_carrier_label_requests_total")
                                 << QStringLiteral("carrier") << QStringList{QStringLiteral("dhl"), QStringLiteral("postnl")};
    QTest::newRow("us carriers") << QStringLiteral("production-us") << QStringLiteral("gatehouse_carrier_label_requests_total")
                                 << QStringLiteral("carrier") << QStringList{QStringLiteral("dhl"), QStringLiteral("ups")};
    QTest::newRow("eu sites") << QStringLiteral("production-eu") << QStringLiteral("gatehouse_pickings_validated_total")
                              << QStringLiteral("site") << QStringList{QStringLiteral("rotterdam"), QStringLiteral("singapore")};
    QTest::newRow("us sites") << QStringLiteral("production-us") << QStringLiteral("gatehouse_pickings_validated_total")
                              << QStringLiteral("site") << QStringList{QStringLiteral("chicago")};
    QTest::newRow("eu channels") << QStringLiteral("production-eu") << QStringLiteral("odoo_queue_job_oldest_pending_age_seconds")
                                 << QStringLiteral("channel")
                                 << QStringList{QStringLiteral("root"), QStringLiteral("root.carrier"), QStringLiteral("root.edi")};
    QTest::newRow("eu services") << QStringLiteral("production-eu") << QStringLiteral("traefik_service_requests_total")
                                 << QStringLiteral("service")
                                 << QStringList{QStringLiteral("edi-gateway"), QStringLiteral("odoo-longpolling"),
                                                QStringLiteral("odoo-web"), QStringLiteral("portal")};
    QTest::newRow("eu backup") << QStringLiteral("production-eu") << QStringLiteral("gatehouse_backup_last_success_timestamp_seconds")
                               << QStringLiteral("database") << QStringList{QStringLiteral("northwind")};
}

void TstSimMetrics::labelsFollowTheEstate()
{
    QFETCH(QString, environment);
    QFETCH(QString, series);
    QFETCH(QString, label);
    QFETCH(QStringList, values);
    const Scrape s = scrape();
    QSet<QString> seen;
    for (const Sample &sample : s.samples) {
        if (sample.name == series && sample.labels.value(QStringLiteral("environment")) == environment)
            seen.insert(sample.labels.value(label));
    }
    QStringList sorted(seen.begin(), seen.end());
    sorted.sort();
    QCOMPARE(sorted, values);
}

// promtool parses the exposition; its only complaints are the two contract names
// that postgres_exporter and the Odoo exporter really use (gauges named _count/_total).
void TstSimMetrics::promtoolAcceptsTheOutput()
{
    const Answer answer = httpRequest(m_network, QNetworkRequest(QUrl(m_metricsUrl)), "GET");
    QCOMPARE(answer.status, 200);
    QProcess promtool;
    promtool.setProcessChannelMode(QProcess::MergedChannels);
    promtool.start(qEnvironmentVariable("GATEHOUSE_PROMTOOL", QStringLiteral("promtool")),
                   {QStringLiteral("check"), QStringLiteral("metrics")});
    QVERIFY(promtool.waitForStarted(5000));
    promtool.write(answer.body);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished(20000));
    const QString output = QString::fromUtf8(promtool.readAll());
    const QStringList findings = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList accepted{
        QStringLiteral("odoo_http_workers_total non-counter metrics should not have \"_total\" suffix"),
        QStringLiteral("pg_stat_activity_count non-histogram and non-summary metrics should not have \"_count\" suffix")};
    for (const QString &finding : findings)
        QVERIFY2(accepted.contains(finding.trimmed()), qPrintable(finding));
    // 0 = clean, 3 = lint findings only (parse errors exit 1).
    QVERIFY2(promtool.exitCode() == 0 || (promtool.exitCode() == 3 && !findings.isEmpty()), qPrintable(output));
}

void TstSimMetrics::httpsListenerServesMetricsWithoutToken()
{
    QNetworkRequest request{QUrl(m_apiUrl + QStringLiteral("/metrics"))};
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(QSslCertificate::fromPath(m_stateDir.filePath(QStringLiteral("ca.crt"))));
    request.setSslConfiguration(tls);
    const Answer answer = httpRequest(m_network, request, "GET");
    QCOMPARE(answer.status, 200);
    const Scrape s = Scrape::parse(answer.body);
    QVERIFY2(s.error.isEmpty(), qPrintable(s.error));
    QVERIFY(s.sum(QStringLiteral("traefik_service_requests_total"), {{QStringLiteral("environment"), QStringLiteral("staging")}}) > 0);
    // The rest of the API still wants the token.
    request.setUrl(QUrl(m_apiUrl + QStringLiteral("/api/v1/namespaces")));
    QCOMPARE(httpRequest(m_network, request, "GET").status, 401);
}

void TstSimMetrics::countersOnlyGrow()
{
    const Scrape first = scrape();
    QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
    const QString requests = QStringLiteral("traefik_service_requests_total");
    std::map<QString, double> before;
    for (const QString &environment : kEnvironments)
        before[environment] = first.sum(requests, {{QStringLiteral("environment"), environment}});
    Scrape second;
    QTRY_VERIFY_WITH_TIMEOUT(
        (second = scrape(), std::all_of(kEnvironments.begin(), kEnvironments.end(), [&](const QString &environment) {
             return second.sum(requests, {{QStringLiteral("environment"), environment}}) > before[environment];
         })),
        15000);
    std::map<QString, double> firstValues;
    for (const Sample &sample : first.samples)
        firstValues[first.key(sample)] = sample.value;
    int counters = 0;
    for (const Sample &sample : second.samples) {
        const bool counter = sample.name.endsWith(QLatin1String("_total")) && sample.name != QLatin1String("odoo_http_workers_total");
        const bool histogram = sample.name.startsWith(QLatin1String("traefik_service_request_duration_seconds_"));
        if (!counter && !histogram)
            continue;
        ++counters;
        const auto it = firstValues.find(second.key(sample));
        QVERIFY2(it != firstValues.end(), qPrintable(second.key(sample)));
        QVERIFY2(sample.value >= it->second, qPrintable(second.key(sample)));
    }
    QVERIFY(counters > 100);
    // Histogram buckets are cumulative.
    for (size_t i = 1; i < second.samples.size(); ++i) {
        const Sample &a = second.samples[i - 1];
        const Sample &b = second.samples[i];
        if (a.name.endsWith(QLatin1String("_bucket")) && b.name == a.name && b.labels.value(QStringLiteral("le")) != QLatin1String("0.1"))
            QVERIFY2(b.value >= a.value, qPrintable(second.key(b)));
    }
}

// The whole demo estate in one scrape, round trip included. The time is printed, not
// asserted (a shared machine makes timings noisy); the budget is 20 ms.
void TstSimMetrics::scrapeIsCheap()
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 10; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Answer answer = httpRequest(m_network, QNetworkRequest(QUrl(m_metricsUrl)), "GET");
        best = std::min(best, timer.elapsed());
        QCOMPARE(answer.status, 200);
        QVERIFY(answer.body.size() > 100000);
    }
    qInfo("scrape of the demo estate, best of 10: %lld ms (budget 20 ms)", static_cast<long long>(best));
}

namespace {

struct Window
{
    double requests = 0;
    double errors = 0;       // 5xx
    double within1s = 0;
    double within2_5s = 0;
};

Window windowOf(const Scrape &a, const Scrape &b, const QString &environment, const QString &service)
{
    const QMap<QString, QString> match{{QStringLiteral("environment"), environment}, {QStringLiteral("service"), service}};
    auto delta = [&](const QString &name, QMap<QString, QString> m) { return b.sum(name, m) - a.sum(name, m); };
    Window w;
    w.requests = delta(QStringLiteral("traefik_service_requests_total"), match);
    for (const char *code : {"500", "502", "503"}) {
        QMap<QString, QString> m = match;
        m.insert(QStringLiteral("code"), QString::fromLatin1(code));
        w.errors += delta(QStringLiteral("traefik_service_requests_total"), m);
    }
    QMap<QString, QString> le1 = match;
    le1.insert(QStringLiteral("le"), QStringLiteral("1"));
    QMap<QString, QString> le25 = match;
    le25.insert(QStringLiteral("le"), QStringLiteral("2.5"));
    w.within1s = delta(QStringLiteral("traefik_service_request_duration_seconds_bucket"), le1);
    w.within2_5s = delta(QStringLiteral("traefik_service_request_duration_seconds_bucket"), le25);
    return w;
}

} // namespace

// kubectl set image sends a strategic merge patch of the container's image.
void TstSimMetrics::badImageRaisesErrorsAndLatency()
{
    const QString environment = QStringLiteral("production-us");
    const QString service = QStringLiteral("odoo-web");
    Scrape a = scrape();
    Scrape b;
    QTRY_VERIFY_WITH_TIMEOUT((b = scrape(), windowOf(a, b, environment, service).requests >= 200), 40000); // the request rate follows the clock; a busy machine slows it
    const Window healthy = windowOf(a, b, environment, service);
    QVERIFY2(healthy.errors / healthy.requests < 0.02, qPrintable(QString::number(healthy.errors / healthy.requests)));
    QVERIFY(healthy.within1s / healthy.requests >= 0.95);

    const QByteArray patch = R"({"spec":{"template":{"spec":{"containers":[{"name":"odoo","image":"registry.northwind.example/odoo:17.0-bad"}]}}}})";
    const Answer patched = admin("PATCH", QStringLiteral("/apis/apps/v1/namespaces/odoo-prod-us/deployments/odoo-web"), patch,
                                 QStringLiteral("application/strategic-merge-patch+json"));
    QCOMPARE(patched.status, 200);

    a = scrape();
    QTRY_VERIFY_WITH_TIMEOUT((b = scrape(), windowOf(a, b, environment, service).requests >= 200), 40000);
    const Window broken = windowOf(a, b, environment, service);
    QVERIFY2(broken.errors / broken.requests > 0.05, qPrintable(QString::number(broken.errors / broken.requests)));
    // p95 beyond 2.5 s: fewer than 95 % of the requests finish within it.
    QVERIFY2(broken.within2_5s / broken.requests < 0.95, qPrintable(QString::number(broken.within2_5s / broken.requests)));
    // The other services of the environment are untouched.
    const Window portal = windowOf(a, b, environment, QStringLiteral("portal"));
    QVERIFY(portal.requests > 0);
    QVERIFY(portal.errors / portal.requests < 0.02);

    const QByteArray restore = R"({"spec":{"template":{"spec":{"containers":[{"name":"odoo","image":"registry.northwind.example/odoo:17.0-20261112"}]}}}})";
    QCOMPARE(admin("PATCH", QStringLiteral("/apis/apps/v1/namespaces/odoo-prod-us/deployments/odoo-web"), restore,
                   QStringLiteral("application/strategic-merge-patch+json"))
                 .status,
             200);
}

void TstSimMetrics::ediBurstHitsOnePartnerOnly()
{
    const QByteArray burst = R"({"ediFailureBurst":{"environment":"production-eu","partner":"acme-retail","ratio":0.4,"seconds":120}})";
    const Answer applied = admin("POST", QStringLiteral("/admin/metrics"), burst);
    QCOMPARE(applied.status, 200);
    const QJsonObject active = QJsonDocument::fromJson(applied.body).object();
    QCOMPARE(active.value(QStringLiteral("environments")).toObject().value(QStringLiteral("production-eu")).toObject()
                 .value(QStringLiteral("ediFailureBurst")).toObject().value(QStringLiteral("acme-retail")).toObject()
                 .value(QStringLiteral("ratio")).toDouble(),
             0.4);

    const QString series = QStringLiteral("gatehouse_edi_messages_total");
    auto partnerMatch = [](const QString &environment, const QString &partner) {
        return QMap<QString, QString>{{QStringLiteral("environment"), environment}, {QStringLiteral("partner"), partner}};
    };
    auto failedMatch = [&](const QString &environment, const QString &partner) {
        QMap<QString, QString> m = partnerMatch(environment, partner);
        m.insert(QStringLiteral("result"), QStringLiteral("failed"));
        return m;
    };
    const QList<QPair<QString, QString>> subjects{{QStringLiteral("production-eu"), QStringLiteral("acme-retail")},
                                                  {QStringLiteral("production-eu"), QStringLiteral("globex-foods")},
                                                  {QStringLiteral("production-eu"), QStringLiteral("initech-wholesale")},
                                                  {QStringLiteral("production-us"), QStringLiteral("acme-retail")}};
    const Scrape a = scrape();
    Scrape b;
    QTRY_VERIFY_WITH_TIMEOUT((b = scrape(), std::all_of(subjects.begin(), subjects.end(), [&](const auto &subject) {
                                  const auto m = partnerMatch(subject.first, subject.second);
                                  return b.sum(series, m) - a.sum(series, m) >= 8;
                              })),
                             30000);
    for (const auto &[environment, partner] : subjects) {
        const double total = b.sum(series, partnerMatch(environment, partner)) - a.sum(series, partnerMatch(environment, partner));
        const double failed = b.sum(series, failedMatch(environment, partner)) - a.sum(series, failedMatch(environment, partner));
        const double ratio = failed / total;
        const bool hit = environment == QLatin1String("production-eu") && partner == QLatin1String("acme-retail");
        QVERIFY2(hit ? ratio > 0.25 : ratio < 0.15,
                 qPrintable(environment + QLatin1Char('/') + partner + QStringLiteral(" failure ratio ") + QString::number(ratio)));
    }
    QCOMPARE(admin("POST", QStringLiteral("/admin/metrics"),
                   R"({"ediFailureBurst":{"environment":"production-eu","partner":"acme-retail","clear":true}})")
                 .status,
             200);
}

void TstSimMetrics::faultsShowUp_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<QByteArray>("clear");
    QTest::addColumn<QString>("series");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("channel");
    QTest::addColumn<double>("atLeast");
    QTest::addColumn<double>("atMost");
    QTest::newRow("replication lag")
        << QByteArray(R"({"replicationLagSeconds":{"environment":"staging","value":420}})")
        << QByteArray(R"({"replicationLagSeconds":{"environment":"staging","value":null}})")
        << QStringLiteral("pg_replication_lag_seconds") << QStringLiteral("staging") << QString() << 420.0 << 420.0;
    QTest::newRow("queue backlog")
        << QByteArray(R"({"queueBacklog":{"environment":"production-us","channel":"root","pending":900,"oldestPendingSeconds":1200}})")
        << QByteArray(R"({"queueBacklog":{"environment":"production-us","channel":"root","pending":0}})")
        << QStringLiteral("odoo_queue_job_oldest_pending_age_seconds") << QStringLiteral("production-us") << QStringLiteral("root")
        << 1200.0 << 1e9;
    QTest::newRow("queue backlog count")
        << QByteArray(R"({"queueBacklog":{"environment":"production-us","channel":"root","pending":900}})")
        << QByteArray(R"({"queueBacklog":{"environment":"production-us","channel":"root","pending":0}})")
        << QStringLiteral("odoo_queue_job_jobs") << QStringLiteral("production-us") << QStringLiteral("root") << 900.0 << 1e9;
    QTest::newRow("stuck job")
        << QByteArray(R"({"stuckJob":{"environment":"development","channel":"root","runningSeconds":2000}})")
        << QByteArray(R"({"stuckJob":{"environment":"development","channel":"root","clear":true}})")
        << QStringLiteral("odoo_queue_job_oldest_started_age_seconds") << QStringLiteral("development") << QStringLiteral("root")
        << 2000.0 << 1e9;
    const double now = static_cast<double>(QDateTime::currentSecsSinceEpoch());
    QTest::newRow("stale backup")
        << QByteArray(R"({"backupStale":{"environment":"production-eu","hours":30}})")
        << QByteArray(R"({"backupStale":{"environment":"production-eu","clear":true}})")
        << QStringLiteral("gatehouse_backup_last_success_timestamp_seconds") << QStringLiteral("production-eu") << QString()
        << 1.0 << now - 26 * 3600;
    QTest::newRow("backup never")
        << QByteArray(R"({"backupStale":{"environment":"production-eu","never":true}})")
        << QByteArray(R"({"backupStale":{"environment":"production-eu","clear":true}})")
        << QStringLiteral("gatehouse_backup_last_success_timestamp_seconds") << QStringLiteral("production-eu") << QString()
        << 0.0 << 0.0;
}

void TstSimMetrics::faultsShowUp()
{
    QFETCH(QByteArray, fault);
    QFETCH(QByteArray, clear);
    QFETCH(QString, series);
    QFETCH(QString, environment);
    QFETCH(QString, channel);
    QFETCH(double, atLeast);
    QFETCH(double, atMost);
    QMap<QString, QString> match{{QStringLiteral("environment"), environment}};
    if (!channel.isEmpty())
        match.insert(QStringLiteral("channel"), channel);
    const bool jobs = series == QLatin1String("odoo_queue_job_jobs");
    auto value = [&](const Scrape &s) {
        if (!jobs)
            return s.sum(series, match);
        QMap<QString, QString> waiting = match;
        waiting.insert(QStringLiteral("state"), QStringLiteral("pending"));
        QMap<QString, QString> enqueued = match;
        enqueued.insert(QStringLiteral("state"), QStringLiteral("enqueued"));
        return s.sum(series, waiting) + s.sum(series, enqueued);
    };
    const double before = value(scrape());
    QVERIFY2(before < atLeast || before > atMost, "the fault must change something");
    QCOMPARE(admin("POST", QStringLiteral("/admin/metrics"), fault).status, 200);
    const double during = value(scrape());
    QVERIFY2(during >= atLeast && during <= atMost, qPrintable(QString::number(during, 'f')));
    QCOMPARE(admin("POST", QStringLiteral("/admin/metrics"), clear).status, 200);
    const double after = value(scrape());
    QVERIFY2(after < atLeast || after > atMost, qPrintable(QString::number(after, 'f')));
}

void TstSimMetrics::invalidFaultsAreRejected_data()
{
    QTest::addColumn<QByteArray>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown environment") << QByteArray(R"({"ediFailureBurst":{"environment":"nowhere","partner":"acme-retail"}})")
                                         << QStringLiteral("unknown environment");
    QTest::newRow("unknown partner") << QByteArray(R"({"ediFailureBurst":{"environment":"staging","partner":"nobody"}})")
                                     << QStringLiteral("has no partner");
    QTest::newRow("carrier not in environment")
        << QByteArray(R"({"carrierFailureBurst":{"environment":"production-eu","carrier":"ups"}})") << QStringLiteral("has no carrier");
    QTest::newRow("unknown fault") << QByteArray(R"({"diskFull":true})") << QStringLiteral("unknown metrics fault");
    QTest::newRow("ratio out of range")
        << QByteArray(R"({"ediFailureBurst":{"environment":"staging","partner":"acme-retail","ratio":2}})") << QStringLiteral("ratio");
}

void TstSimMetrics::invalidFaultsAreRejected()
{
    QFETCH(QByteArray, fault);
    QFETCH(QString, message);
    const Answer answer = admin("POST", QStringLiteral("/admin/metrics"), fault);
    QCOMPARE(answer.status, 400);
    QVERIFY2(QString::fromUtf8(answer.body).contains(message), answer.body.constData());
}

// Starts the real Prometheus with the shipped rule files, scraping the plain metrics
// listener every second. It starts in initTestCase so that the business rule group's
// first evaluation (its interval is one minute) overlaps the other tests. The EDI burst
// it judges starts before the first scrape: every sample in the 15 min window carries it.
void TstSimMetrics::startPrometheus()
{
    QVERIFY(m_prometheusDir.isValid());
    QFile templateFile(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/prometheus/prometheus.yml.in"));
    QVERIFY(templateFile.open(QIODevice::ReadOnly));
    QString config = QString::fromUtf8(templateFile.readAll());
    QStringList rules;
    const QDir rulesDir(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/prometheus/rules"));
    for (const QString &name : rulesDir.entryList({QStringLiteral("*.yml")}, QDir::Files))
        rules.append(QLatin1Char('\'') + rulesDir.filePath(name) + QLatin1Char('\''));
    QVERIFY(!rules.isEmpty());
    const QString metricsTarget = QUrl(m_metricsUrl).authority();
    config.replace(QStringLiteral("@SCRAPE_INTERVAL@"), QStringLiteral("1s"))
        .replace(QStringLiteral("@EVALUATION_INTERVAL@"), QStringLiteral("1s"))
        .replace(QStringLiteral("@RULE_FILES@"), rules.join(QStringLiteral(", ")))
        .replace(QStringLiteral("@ALERTMANAGER_TARGETS@"), QString())
        .replace(QStringLiteral("@SCRAPE_TARGETS@"), QLatin1Char('\'') + metricsTarget + QLatin1Char('\''));
    QFile configFile(m_prometheusDir.filePath(QStringLiteral("prometheus.yml")));
    QVERIFY(configFile.open(QIODevice::WriteOnly));
    configFile.write(config.toUtf8());
    configFile.close();

    QCOMPARE(admin("POST", QStringLiteral("/admin/metrics"),
                   R"({"ediFailureBurst":{"environment":"production-us","partner":"globex-foods","ratio":0.4,"seconds":600}})")
                 .status,
             200);

    const int port = freePort();
    QVERIFY(port > 0);
    m_prometheusUrl = QStringLiteral("http://127.0.0.1:%1").arg(port);
    QProcess &prometheus = m_prometheus.process();
    prometheus.setProcessChannelMode(QProcess::MergedChannels);
    prometheus.setStandardOutputFile(m_prometheusDir.filePath(QStringLiteral("prometheus.log")));
    prometheus.start(qEnvironmentVariable("GATEHOUSE_PROMETHEUS", QStringLiteral("prometheus")),
                     {QStringLiteral("--config.file=") + configFile.fileName(),
                      QStringLiteral("--storage.tsdb.path=") + m_prometheusDir.filePath(QStringLiteral("data")),
                      QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(port)});
    QVERIFY(prometheus.waitForStarted(5000));
    QTRY_VERIFY2_WITH_TIMEOUT(
        httpRequest(m_network, QNetworkRequest(QUrl(m_prometheusUrl + QStringLiteral("/-/ready"))), "GET").status == 200,
        prometheusLog().constData(), 20000);
}

QByteArray TstSimMetrics::prometheusLog() const
{
    QFile file(m_prometheusDir.filePath(QStringLiteral("prometheus.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll().right(2000) : QByteArray();
}

// The recording rule of the shipped rule set, evaluated by Prometheus: the partner
// with the burst is above the alert's 10 % threshold, the others are not.
void TstSimMetrics::prometheusRecordsTheEdiFailureRatio()
{
    auto query = [&](const QString &promql) {
        QUrl url(m_prometheusUrl + QStringLiteral("/api/v1/query"));
        url.setQuery(QUrlQuery{{QStringLiteral("query"), promql}});
        const QJsonObject answer = QJsonDocument::fromJson(httpRequest(m_network, QNetworkRequest(url), "GET").body).object();
        std::map<QString, double> byPartner;
        const QJsonArray result = answer.value(QStringLiteral("data")).toObject().value(QStringLiteral("result")).toArray();
        for (const QJsonValue &item : result) {
            const QJsonObject object = item.toObject();
            byPartner[object.value(QStringLiteral("metric")).toObject().value(QStringLiteral("partner")).toString()] =
                object.value(QStringLiteral("value")).toArray().at(1).toString().toDouble();
        }
        return byPartner;
    };
    const QString failureRatio = QStringLiteral("1 - gatehouse:edi_success_ratio:rate15m{environment=\"production-us\"}");
    std::map<QString, double> ratios;
    QTRY_VERIFY2_WITH_TIMEOUT((ratios = query(failureRatio), ratios.size() == 3), prometheusLog().constData(), 75000);
    QVERIFY2(ratios[QStringLiteral("globex-foods")] > 0.1, qPrintable(QString::number(ratios[QStringLiteral("globex-foods")])));
    // A partner outside its transmission hours sends nothing: its ratio is NaN (0/0), which
    // the alert's "> 0.1" does not fire on either. Only a ratio at or above 0.1 is wrong.
    QVERIFY2(!(ratios[QStringLiteral("acme-retail")] >= 0.1), qPrintable(QString::number(ratios[QStringLiteral("acme-retail")])));
    QVERIFY2(!(ratios[QStringLiteral("initech-wholesale")] >= 0.1),
             qPrintable(QString::number(ratios[QStringLiteral("initech-wholesale")])));
}

void TstSimMetrics::resetClearsEveryFault()
{
    QCOMPARE(admin("POST", QStringLiteral("/admin/metrics"), R"({"replicationLagSeconds":{"environment":"development","value":900}})").status,
             200);
    const QJsonObject before = QJsonDocument::fromJson(admin("GET", QStringLiteral("/admin/metrics"), {}).body).object();
    QVERIFY(before.value(QStringLiteral("environments")).toObject().contains(QStringLiteral("development")));
    QCOMPARE(admin("POST", QStringLiteral("/admin/metrics"), R"({"reset":true})").status, 200);
    const QJsonObject after = QJsonDocument::fromJson(admin("GET", QStringLiteral("/admin/metrics"), {}).body).object();
    QVERIFY(after.contains(QStringLiteral("environments")));
    QVERIFY(after.value(QStringLiteral("environments")).toObject().isEmpty());
    QVERIFY(scrape().sum(QStringLiteral("pg_replication_lag_seconds"), {{QStringLiteral("environment"), QStringLiteral("development")}})
            < 60);
}

QTEST_GUILESS_MAIN(TstSimMetrics)
#include "tst_simmetrics.moc"
