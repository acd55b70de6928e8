#include "prometheusfixture.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTimer>

namespace Gatehouse::Tests {

namespace {

QString quotedList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(QLatin1Char('\'') + item + QLatin1Char('\''));
    return quoted.join(QStringLiteral(", "));
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

} // namespace

PrometheusFixture::PrometheusFixture() = default;

PrometheusFixture::~PrometheusFixture()
{
    stopProcess(m_prometheus);
    stopProcess(m_alertmanager);
}

QString PrometheusFixture::shippedRules()
{
    return QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/prometheus/rules/gatehouse.rules.yml");
}

quint16 PrometheusFixture::freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

QUrl PrometheusFixture::prometheusUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_prometheusPort));
}

QUrl PrometheusFixture::alertmanagerUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_alertmanagerPort));
}

QString PrometheusFixture::dataPath() const
{
    return m_dir.path() + QStringLiteral("/data");
}

bool PrometheusFixture::waitUntilReady(const QUrl &url, int timeoutMs)
{
    QNetworkAccessManager network;
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        QNetworkRequest request(url);
        request.setTransferTimeout(2000);
        QNetworkReply *reply = network.get(request);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status == 200)
            return true;
        QEventLoop pause;
        QTimer::singleShot(100, &pause, &QEventLoop::quit);
        pause.exec();
    }
    return false;
}

bool PrometheusFixture::writeConfig(const QString &templateName, const QString &target,
                                    const QList<std::pair<QString, QString>> &values)
{
    QFile in(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/prometheus/") + templateName);
    if (!in.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("cannot read ") + in.fileName();
        return false;
    }
    QString text = QString::fromUtf8(in.readAll());
    for (const auto &[name, value] : values)
        text.replace(QLatin1Char('@') + name + QLatin1Char('@'), value);
    if (!writeFile(target, text.toUtf8())) {
        m_error = QStringLiteral("cannot write ") + target;
        return false;
    }
    return true;
}

bool PrometheusFixture::start(const Options &options)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("no temporary folder");
        return false;
    }
    m_options = options;
    startWatchdog();

    if (!options.history.isEmpty()) {
        QByteArray history = options.history.toUtf8();
        if (!history.trimmed().endsWith("# EOF"))
            history += "# EOF\n";
        const QString file = m_dir.path() + QStringLiteral("/history.om");
        if (!writeFile(file, history)) {
            m_error = QStringLiteral("cannot write the history");
            return false;
        }
        QProcess promtool;
        promtool.setProcessChannelMode(QProcess::MergedChannels);
        promtool.start(QStringLiteral("promtool"), {QStringLiteral("tsdb"), QStringLiteral("create-blocks-from"),
                                                    QStringLiteral("openmetrics"),
                                                    // Few large blocks: 2 h blocks make a week of history take seconds.
                                                    QStringLiteral("--max-block-duration=240h"), file, dataPath()});
        if (!promtool.waitForFinished(300000) || promtool.exitStatus() != QProcess::NormalExit
            || promtool.exitCode() != 0) {
            m_error = QStringLiteral("promtool backfill failed: ") + QString::fromLocal8Bit(promtool.readAll());
            return false;
        }
        QFile::remove(file);
    }

    if (options.withAlertmanager && !startAlertmanager())
        return false;

    m_prometheusPort = freePort();
    const QString alertmanagers = options.withAlertmanager
        ? QStringLiteral("'127.0.0.1:%1'").arg(m_alertmanagerPort)
        : QString();
    if (!writeConfig(QStringLiteral("prometheus.yml.in"), m_dir.path() + QStringLiteral("/prometheus.yml"),
                     {{QStringLiteral("SCRAPE_INTERVAL"), options.scrapeInterval},
                      {QStringLiteral("EVALUATION_INTERVAL"), options.evaluationInterval},
                      {QStringLiteral("RULE_FILES"), quotedList(options.ruleFiles)},
                      {QStringLiteral("ALERTMANAGER_TARGETS"), alertmanagers},
                      {QStringLiteral("SCRAPE_TARGETS"), quotedList(options.scrapeTargets)}}))
        return false;
    return startPrometheus();
}

bool PrometheusFixture::startAlertmanager()
{
    m_alertmanagerPort = freePort();
    const QString config = m_dir.path() + QStringLiteral("/alertmanager.yml");
    if (!writeConfig(QStringLiteral("alertmanager.yml.in"), config,
                     {{QStringLiteral("GROUP_WAIT"), QStringLiteral("0s")},
                      {QStringLiteral("GROUP_INTERVAL"), QStringLiteral("1s")}}))
        return false;
    m_alertmanager = std::make_unique<QProcess>();
    m_alertmanager->setProcessChannelMode(QProcess::MergedChannels);
    m_alertmanager->setStandardOutputFile(m_dir.path() + QStringLiteral("/alertmanager.log"));
    m_alertmanager->start(QStringLiteral("prometheus-alertmanager"),
                          {QStringLiteral("--config.file=") + config,
                           QStringLiteral("--storage.path=") + m_dir.path() + QStringLiteral("/am"),
                           QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_alertmanagerPort),
                           QStringLiteral("--cluster.listen-address=")});
    if (!m_alertmanager->waitForStarted(10000)) {
        m_error = QStringLiteral("prometheus-alertmanager does not start: ") + m_alertmanager->errorString();
        return false;
    }
    writeFile(m_dir.path() + QStringLiteral("/alertmanager.pid"), QByteArray::number(m_alertmanager->processId()));
    QUrl ready = alertmanagerUrl();
    ready.setPath(QStringLiteral("/-/ready"));
    if (!waitUntilReady(ready, 30000)) {
        m_error = QStringLiteral("Alertmanager did not become ready");
        return false;
    }
    return true;
}

bool PrometheusFixture::startPrometheus()
{
    m_prometheus = std::make_unique<QProcess>();
    m_prometheus->setProcessChannelMode(QProcess::MergedChannels);
    m_prometheus->setStandardOutputFile(m_dir.path() + QStringLiteral("/prometheus.log"), QIODevice::Append);
    m_prometheus->start(QStringLiteral("prometheus"),
                        {QStringLiteral("--config.file=") + m_dir.path() + QStringLiteral("/prometheus.yml"),
                         QStringLiteral("--storage.tsdb.path=") + dataPath(),
                         QStringLiteral("--storage.tsdb.retention.time=100y"),
                         QStringLiteral("--web.listen-address=127.0.0.1:%1").arg(m_prometheusPort)});
    if (!m_prometheus->waitForStarted(10000)) {
        m_error = QStringLiteral("prometheus does not start: ") + m_prometheus->errorString();
        return false;
    }
    writeFile(m_dir.path() + QStringLiteral("/prometheus.pid"), QByteArray::number(m_prometheus->processId()));
    QUrl ready = prometheusUrl();
    ready.setPath(QStringLiteral("/-/ready"));
    if (!waitUntilReady(ready, 60000)) {
        QFile log(m_dir.path() + QStringLiteral("/prometheus.log"));
        log.open(QIODevice::ReadOnly);
        m_error = QStringLiteral("Prometheus did not become ready: ") + QString::fromUtf8(log.readAll().right(2000));
        return false;
    }
    return true;
}

void PrometheusFixture::killPrometheus()
{
    if (!m_prometheus)
        return;
    m_prometheus->kill();
    m_prometheus->waitForFinished(10000);
    m_prometheus.reset();
    QFile::remove(m_dir.path() + QStringLiteral("/prometheus.pid"));
}

bool PrometheusFixture::restartPrometheus()
{
    killPrometheus();
    return startPrometheus();
}

void PrometheusFixture::stopProcess(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    // The data is thrown away with the folder: no need for a clean shutdown.
    process->kill();
    process->waitForFinished(10000);
    process.reset();
}

void PrometheusFixture::startWatchdog()
{
    if (m_watchdogStarted)
        return;
    m_watchdogStarted = true;
    // A crashed test never runs its destructor: this stops what it started once it is gone.
    const QString script = QStringLiteral("while [ -d /proc/%1 ]; do sleep 1; done; "
                                          "for f in '%2'/*.pid; do [ -f \"$f\" ] && kill -9 \"$(cat \"$f\")\" 2>/dev/null; done; "
                                          "rm -rf '%2'")
                               .arg(QCoreApplication::applicationPid())
                               .arg(m_dir.path());
    QProcess watchdog;
    watchdog.setProgram(QStringLiteral("sh"));
    watchdog.setArguments({QStringLiteral("-c"), script});
    watchdog.setStandardInputFile(QProcess::nullDevice());
    watchdog.setStandardOutputFile(QProcess::nullDevice());
    watchdog.setStandardErrorFile(QProcess::nullDevice());
    watchdog.startDetached();
}

bool PrometheusFixture::postAlerts(const QJsonArray &alerts) const
{
    QNetworkAccessManager network;
    QUrl url = alertmanagerUrl();
    url.setPath(QStringLiteral("/api/v2/alerts"));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(10000);
    QNetworkReply *reply = network.post(request, QJsonDocument(alerts).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const bool ok = reply->error() == QNetworkReply::NoError
                    && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    delete reply;
    return ok;
}

} // namespace Gatehouse::Tests
