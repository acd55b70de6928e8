// The alert pipeline end to end with the real services: the estate simulator's /metrics,
// a real Prometheus evaluating the shipped rule set, a real Alertmanager, and Gatehouse's
// AlertmanagerClient listing the alert and silencing it for a change's window.

#include "postgresfixture.h"
#include "prometheusfixture.h"

#include "models/changerequest.h"
#include "services/alertmanagerclient.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Gatehouse;
using Services::AlertmanagerClient;
using Alert = AlertmanagerClient::Alert;
using Silence = AlertmanagerClient::Silence;

namespace {

using Tests::await;

const QString kEnvironment = QStringLiteral("production-eu");
const QString kOther = QStringLiteral("production-us");
const QString kPartner = QStringLiteral("acme-retail");

} // namespace

class TestAlertPipeline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sim;
    QUrl m_simServer;
    QByteArray m_simToken;
    QByteArray m_simCa;
    Tests::PrometheusFixture m_prometheus;
    AlertmanagerClient m_client;

    /// POST /admin/<path> on the simulator with its token; the HTTP status.
    int simAdmin(const QString &path, const QJsonObject &body)
    {
        QNetworkAccessManager network;
        QUrl url = m_simServer;
        url.setPath(QStringLiteral("/admin/") + path);
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + m_simToken);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromData(m_simCa, QSsl::Pem));
        request.setSslConfiguration(tls);
        request.setTransferTimeout(10000);
        QNetworkReply *reply = network.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        delete reply;
        return status;
    }

    /// The shipped rule set with only its waiting periods shortened: every `for:` to 2 s
    /// and every group's evaluation `interval:` to 1 s, so the EDI alert (10 minutes
    /// pending, evaluated every minute) fires within seconds. The expressions, labels and
    /// annotations are the shipped ones, byte for byte.
    QString shortenedRules()
    {
        QFile shipped(Tests::PrometheusFixture::shippedRules());
        if (!shipped.open(QIODevice::ReadOnly))
            return {};
        QString text = QString::fromUtf8(shipped.readAll());
        text.replace(QRegularExpression(QStringLiteral("(?m)^(\\s+)for: \\S+$")), QStringLiteral("\\1for: 2s"));
        text.replace(QRegularExpression(QStringLiteral("(?m)^(\\s+)interval: \\S+$")), QStringLiteral("\\1interval: 1s"));
        const QString path = m_dir.filePath(QStringLiteral("gatehouse.rules.yml"));
        QFile copy(path);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(text.toUtf8()) < 0)
            return {};
        return path;
    }

    /// The EDI failure alert of `environment` and kPartner as Alertmanager lists it.
    std::optional<Alert> ediAlert(const QString &environment)
    {
        const auto alerts = await(m_client.alerts({QStringLiteral("alertname=\"EdiFailureRatioHigh\""),
                                                   QStringLiteral("environment=\"%1\"").arg(environment),
                                                   QStringLiteral("partner=\"%1\"").arg(kPartner)}));
        if (!alerts.ok() || alerts->isEmpty())
            return std::nullopt;
        return alerts->constFirst();
    }

    int ediAlertState(const QString &environment)
    {
        const auto alert = ediAlert(environment);
        return alert ? int(alert->state) : -1;
    }

    Silence::State silenceState(const QString &id)
    {
        const auto silences = await(m_client.silences());
        for (const Silence &silence : silences.value())
            if (silence.id == id)
                return silence.state;
        return Silence::State::Pending;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString rules = shortenedRules();
        QVERIFY(!rules.isEmpty());

        // The simulator, /metrics also on plain HTTP for Prometheus.
        m_sim.setProgram(QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehouse-estate-sim"));
        m_sim.setArguments({QStringLiteral("--estate"), QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--state-dir"),
                            m_dir.filePath(QStringLiteral("sim")), QStringLiteral("--metrics-listen"),
                            QStringLiteral("127.0.0.1:0")});
        m_sim.start();
        QVERIFY(m_sim.waitForStarted(10000));
        QByteArray out;
        const QDeadlineTimer deadline(30000);
        while (!out.contains("metrics http") && !deadline.hasExpired() && m_sim.state() == QProcess::Running) {
            m_sim.waitForReadyRead(200);
            out += m_sim.readAllStandardOutput();
        }
        const int listening = out.indexOf("listening ");
        const int metricsAt = out.indexOf("metrics http://");
        QVERIFY2(listening >= 0 && metricsAt >= 0, out.constData());
        m_simServer = QUrl(QString::fromUtf8(out.mid(listening + 10, out.indexOf('\n', listening) - listening - 10)).trimmed());
        const QUrl metrics(QString::fromUtf8(out.mid(metricsAt + 8, out.indexOf('\n', metricsAt) - metricsAt - 8)).trimmed());
        QFile token(m_dir.filePath(QStringLiteral("sim/token")));
        QFile ca(m_dir.filePath(QStringLiteral("sim/ca.crt")));
        QVERIFY(token.open(QIODevice::ReadOnly) && ca.open(QIODevice::ReadOnly));
        m_simToken = token.readAll().trimmed();
        m_simCa = ca.readAll();

        Tests::PrometheusFixture::Options options;
        options.withAlertmanager = true;
        options.ruleFiles = {rules};
        options.scrapeTargets = {QStringLiteral("127.0.0.1:%1").arg(metrics.port())};
        QVERIFY2(m_prometheus.start(options), qPrintable(m_prometheus.errorString()));

        Services::HttpEndpoint endpoint;
        endpoint.url = m_prometheus.alertmanagerUrl();
        m_client.setEndpoint(endpoint);
    }

    void cleanupTestCase()
    {
        if (m_sim.state() != QProcess::NotRunning) {
            m_sim.terminate();
            if (!m_sim.waitForFinished(5000))
                m_sim.kill();
        }
    }

    void ediBurstFiresTheShippedAlert()
    {
        // Healthy at first: the simulator's background failure ratio (< 1 %) fires nothing.
        QCOMPARE(ediAlertState(kEnvironment), -1);

        QCOMPARE(simAdmin(QStringLiteral("metrics"),
                          QJsonObject{{QStringLiteral("ediFailureBurst"),
                                       QJsonObject{{QStringLiteral("environment"), kEnvironment},
                                                   {QStringLiteral("partner"), kPartner},
                                                   {QStringLiteral("ratio"), 0.8},
                                                   {QStringLiteral("seconds"), 900}}}}),
                 200);

        QTRY_COMPARE_WITH_TIMEOUT(ediAlertState(kEnvironment), int(Alert::State::Active), 90000);
        const Alert alert = *ediAlert(kEnvironment);
        QCOMPARE(alert.labels.value(QStringLiteral("severity")), QStringLiteral("critical"));
        QVERIFY2(alert.annotations.value(QStringLiteral("summary"))
                     .startsWith(QStringLiteral("EDI with %1 in %2 fails ").arg(kPartner, kEnvironment)),
                 qPrintable(alert.annotations.value(QStringLiteral("summary"))));
        QVERIFY(alert.startsAt.isValid());
        // The burst is the production EU partner's only: the same partner elsewhere is fine.
        QCOMPARE(ediAlertState(kOther), -1);
        QCOMPARE(m_client.state().status, Models::SourceState::Status::Fresh);
    }

    void silenceForTheChangeWindowSuppressesUntilItEnds()
    {
        QCOMPARE(ediAlertState(kEnvironment), int(Alert::State::Active));

        Models::ChangeRequest change;
        change.id = 7;
        change.title = QStringLiteral("EDI gateway mapping for ACME Retail");
        change.environment = kEnvironment;
        change.windowStart = QDateTime::currentDateTimeUtc();
        change.windowEnd = change.windowStart.addSecs(8);
        const auto created = await(
            m_client.createSilence(AlertmanagerClient::silenceForChange(change, QStringLiteral("release-manager"))));
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        const QString id = created.value();

        QTRY_COMPARE_WITH_TIMEOUT(ediAlertState(kEnvironment), int(Alert::State::Suppressed), 5000);
        QCOMPARE(ediAlert(kEnvironment)->silencedBy, QStringList{id});
        QCOMPARE(silenceState(id), Silence::State::Active);
        // Hidden from the list of what needs attention, still listed on request.
        const auto unsuppressed = await(m_client.alerts({QStringLiteral("environment=\"%1\"").arg(kEnvironment),
                                                         QStringLiteral("alertname=\"EdiFailureRatioHigh\"")},
                                                        false));
        QVERIFY(unsuppressed.ok());
        QVERIFY(unsuppressed->isEmpty());

        // At the window's end the silence expires by itself; the burst goes on, so the alert is back.
        QTRY_COMPARE_WITH_TIMEOUT(silenceState(id), Silence::State::Expired, 20000);
        QVERIFY(QDateTime::currentDateTimeUtc() >= change.windowEnd);
        QTRY_COMPARE_WITH_TIMEOUT(ediAlertState(kEnvironment), int(Alert::State::Active), 10000);
        QVERIFY(ediAlert(kEnvironment)->silencedBy.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAlertPipeline)
#include "tst_alertpipeline.moc"
