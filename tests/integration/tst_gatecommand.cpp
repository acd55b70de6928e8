// `gatehouse gate --estate` gathering its own backup, alerts and health evidence: a real
// Prometheus scraping a metrics page the test controls, a real Alertmanager the test posts
// alerts to, the environment's Odoo database and the control store on a private
// PostgreSQL. The built gatehouse runs as a pipeline would run it.

#include "postgresfixture.h"
#include "prometheusfixture.h"

#include "services/alertmanagerclient.h"
#include "services/controlstore.h"
#include "services/prometheusclient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Gatehouse;

namespace {

/// Serves one metrics page at every path, as a Prometheus target; the page can change.
class MetricsPage : public QObject
{
public:
    MetricsPage()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_requests[socket] += socket->readAll();
                    if (!m_requests[socket].contains("\r\n\r\n"))
                        return;
                    m_requests.remove(socket);
                    const QByteArray body = m_text.toUtf8();
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: "
                                  + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    socket->disconnectFromHost();
                });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QString target() const { return QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()); }
    void setText(const QString &text) { m_text = text; }

private:
    QTcpServer m_server;
    QString m_text;
    QHash<QTcpSocket *, QByteArray> m_requests;
};

struct Run
{
    int exitCode = -1;
    qint64 elapsedMs = 0;
    QString out;
    QString err;
    QHash<QString, QJsonObject> gates;

    QString outcome(const QString &gate) const { return gates.value(gate).value(QLatin1String("outcome")).toString(); }
    QString summary(const QString &gate) const { return gates.value(gate).value(QLatin1String("summary")).toString(); }
    QString evidence(const QString &gate) const
    {
        QStringList lines;
        for (const QJsonValue &line : gates.value(gate).value(QLatin1String("evidence")).toArray())
            lines.append(line.toString());
        return lines.join(QLatin1Char('\n'));
    }
    // The exit code and each gate in one line, short enough for a failure message.
    QByteArray describe() const
    {
        QString text = QStringLiteral("exit %1 after %2 ms;").arg(exitCode).arg(elapsedMs);
        for (auto it = gates.cbegin(); it != gates.cend(); ++it)
            text += QLatin1Char(' ') + it.key() + QLatin1Char('=') + outcome(it.key()) + QStringLiteral(" (")
                + summary(it.key()) + QStringLiteral(" | ") + evidence(it.key()) + QStringLiteral(");");
        if (gates.isEmpty())
            text += QLatin1Char(' ') + out.left(300);
        return (text + QLatin1Char(' ') + err.left(300)).toUtf8();
    }
};

const qint64 hour = 3600;

} // namespace

class TestGateCommand : public QObject
{
    Q_OBJECT

private:
    Tests::PostgresFixture m_postgres;
    Tests::PrometheusFixture m_prometheus;
    MetricsPage m_metrics;
    QTcpServer m_silent; // accepts connections and never answers
    QTemporaryDir m_dir;
    Services::AlertmanagerClient m_alertmanager;
    qint64 m_changeId = 0;

    QString estateDir() const { return m_dir.filePath(QStringLiteral("estate")); }

    void writeFile(const QString &name, const QString &text)
    {
        QFile file(estateDir() + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text.toUtf8());
    }

    // staging reads the real Prometheus and Alertmanager and the fixture's Odoo database;
    // development shares the Alertmanager but its Prometheus never answers, and its
    // database password is in a keychain this test does not provide.
    void writeEstate()
    {
        QVERIFY(QDir().mkpath(estateDir()));
        writeFile(QStringLiteral("estate.yaml"),
                  QStringLiteral("apiVersion: gatehouse/v1\n"
                                 "kind: Estate\n"
                                 "metadata: {name: gatetest}\n"
                                 "spec:\n"
                                 "  defaultTimeZone: UTC\n"));
        const QString environment = QStringLiteral("apiVersion: gatehouse/v1\n"
                                                   "kind: Environment\n"
                                                   "metadata: {name: %1}\n"
                                                   "spec:\n"
                                                   "  tier: %1\n"
                                                   "  hosting: dedicated\n"
                                                   "  kubernetes: {context: test, namespace: odoo-%1}\n"
                                                   "  odooDatabase: {host: 127.0.0.1, port: %2, name: odoo, user: "
                                                   "gatehouse, sslMode: disable%3}\n"
                                                   "  prometheus: {url: \"%4\"%6}\n"
                                                   "  alertmanager: {url: \"%5\"}\n");
        const QString alertmanager = m_prometheus.alertmanagerUrl().toString();
        const QString port = QString::number(m_postgres.port());
        const QString prometheus = m_prometheus.prometheusUrl().toString();
        writeFile(QStringLiteral("staging.yaml"),
                  environment.arg(QStringLiteral("staging"), port, QString(), prometheus, alertmanager, QString()));
        writeFile(QStringLiteral("development.yaml"),
                  environment.arg(QStringLiteral("development"), port,
                                  QStringLiteral(", password: \"keychain:gatehouse/gatetest-dev-odoo\""),
                                  QStringLiteral("http://127.0.0.1:%1").arg(m_silent.serverPort()), alertmanager,
                                  QString()));
        // qa (tier development) logs in to the real Prometheus with a token in the keychain.
        writeFile(QStringLiteral("qa.yaml"),
                  environment.arg(QStringLiteral("development"), port, QString(), prometheus, alertmanager,
                                  QStringLiteral(", bearerToken: \"keychain:gatehouse/gatetest-qa-prometheus\""))
                      .replace(QStringLiteral("{name: development}"), QStringLiteral("{name: qa}"))
                      .replace(QStringLiteral("odoo-development"), QStringLiteral("odoo-qa")));
        for (const QString &tier : {QStringLiteral("staging"), QStringLiteral("development")}) {
            writeFile(tier + QStringLiteral("-policy.yaml"),
                      QStringLiteral("apiVersion: gatehouse/v1\n"
                                     "kind: Policy\n"
                                     "metadata: {name: %1}\n"
                                     "spec:\n"
                                     "  tier: %1\n"
                                     "  approvals:\n"
                                     "    - {role: cab-member, count: 1}\n"
                                     "  gates: [backup, alerts, health]\n")
                          .arg(tier));
        }
    }

    // Gates as a pipeline hands them in, all passing.
    QString evidenceFile(const QStringList &passingGates)
    {
        QJsonArray array;
        for (const QString &gate : passingGates)
            array.append(QJsonObject{{QStringLiteral("gate"), gate},
                                     {QStringLiteral("outcome"), QStringLiteral("pass")},
                                     {QStringLiteral("summary"), QStringLiteral("Handed in by the pipeline.")},
                                     {QStringLiteral("source"), QStringLiteral("pipeline")}});
        const QString path = m_dir.filePath(QStringLiteral("evidence-%1.json").arg(passingGates.join(QLatin1Char('-'))));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(QJsonDocument(array).toJson());
        return path;
    }

    // Runs gatehouse with this process's event loop running, so the metrics page answers
    // Prometheus's scrapes meanwhile.
    Run gate(const QString &environment, const QStringList &extra = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
        // English messages and numbers, whatever the machine's locale.
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        // No session bus: no keychain is reachable.
        env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
        env.remove(QStringLiteral("DISPLAY"));
        process.setProcessEnvironment(env);
        QSignalSpy finished(&process, &QProcess::finished);
        QElapsedTimer clock;
        clock.start();
        process.start(QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehouse"),
                      QStringList{QStringLiteral("gate"), QStringLiteral("--change"), QString::number(m_changeId),
                                  QStringLiteral("--environment"), environment, QStringLiteral("--estate"), estateDir(),
                                  QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--database"),
                                  m_postgres.url(QStringLiteral("gh_gate"))}
                          + extra);
        Run run;
        if (!finished.wait(60000)) {
            process.kill();
            process.waitForFinished();
            return run;
        }
        run.elapsedMs = clock.elapsed();
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        const QJsonArray gates = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QLatin1String("gates")).toArray();
        for (const QJsonValue &value : gates)
            run.gates.insert(value.toObject().value(QLatin1String("gate")).toString(), value.toObject());
        return run;
    }

    // The estate's backup metric for staging: the time of the last good backup (0 = never).
    void serveBackup(qint64 lastSuccess)
    {
        m_metrics.setText(QStringLiteral("# TYPE gatehouse_backup_last_success_timestamp_seconds gauge\n"
                                         "gatehouse_backup_last_success_timestamp_seconds{environment=\"staging\","
                                         "database=\"odoo\"} %1\n")
                              .arg(lastSuccess));
    }

    // What Prometheus answers now for staging's backup metric (NaN when nothing).
    double backupInPrometheus()
    {
        Services::PrometheusClient client;
        Services::HttpEndpoint endpoint;
        endpoint.url = m_prometheus.prometheusUrl();
        client.setEndpoint(endpoint);
        const auto answer = Tests::await(client.query(
            QStringLiteral("gatehouse_backup_last_success_timestamp_seconds{environment=\"staging\"}"), QDateTime()));
        if (!answer.ok() || answer->isEmpty() || answer->constFirst().points.isEmpty())
            return std::nan("");
        return answer->constFirst().points.constLast().y();
    }

    void setBackupAndWait(qint64 lastSuccess)
    {
        serveBackup(lastSuccess);
        QTRY_COMPARE_WITH_TIMEOUT(backupInPrometheus(), double(lastSuccess), 15000);
    }

    bool postAlert(const QString &environment, const QString &severity, const QDateTime &endsAt)
    {
        const QJsonObject alert{
            {QStringLiteral("labels"), QJsonObject{{QStringLiteral("alertname"), QStringLiteral("OrderFlowStalled")},
                                                   {QStringLiteral("environment"), environment},
                                                   {QStringLiteral("severity"), severity}}},
            {QStringLiteral("startsAt"), QDateTime::currentDateTimeUtc().addSecs(-60).toString(Qt::ISODateWithMs)},
            {QStringLiteral("endsAt"), endsAt.toString(Qt::ISODateWithMs)}};
        return m_prometheus.postAlerts(QJsonArray{alert});
    }

    int alertsListedFor(const QString &environment)
    {
        const auto alerts = Tests::await(m_alertmanager.alerts({QStringLiteral("environment=\"%1\"").arg(environment)}));
        return alerts.ok() ? int(alerts->size()) : -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehouse")), "build the gatehouse target first");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_metrics.listen());
        QVERIFY(m_silent.listen(QHostAddress::LocalHost, 0));
        serveBackup(QDateTime::currentSecsSinceEpoch() - 3 * hour);

        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
        QVERIFY(m_postgres.createDatabase(QStringLiteral("gh_gate")));
        QVERIFY(m_postgres.createDatabase(QStringLiteral("odoo")));

        Tests::PrometheusFixture::Options options;
        options.withAlertmanager = true;
        options.scrapeTargets = {m_metrics.target()};
        QVERIFY2(m_prometheus.start(options), qPrintable(m_prometheus.errorString()));
        Services::HttpEndpoint endpoint;
        endpoint.url = m_prometheus.alertmanagerUrl();
        m_alertmanager.setEndpoint(endpoint);
        writeEstate();

        Services::ControlStore store;
        Services::ControlStoreSettings settings;
        settings.url = m_postgres.url(QStringLiteral("gh_gate"));
        store.open(settings);
        QVERIFY(store.waitForConnection(std::chrono::seconds(60)).ok());
        Models::ChangeRequest draft;
        draft.title = QStringLiteral("Carrier connector 1.16");
        draft.environment = QStringLiteral("staging");
        draft.windowStart = QDateTime::currentDateTimeUtc().addDays(2);
        draft.windowEnd = draft.windowStart.addSecs(hour);
        draft.windowTimeZone = QStringLiteral("UTC");
        const auto created = Tests::await(store.createChange(draft));
        QVERIFY2(created.ok(), qPrintable(Tests::errorText(created)));
        m_changeId = created->id;
        // The rollback plan the CAB approves: the one gate here that is not gathered.
        Models::ChangeScope scope;
        scope.rollbackPlan = QStringLiteral("Redeploy carrier connector 1.15.0.");
        Models::RollbackCriterion criterion;
        criterion.name = QStringLiteral("label-failures");
        criterion.query = QStringLiteral("gatehouse:carrier_label_success_ratio:rate15m");
        criterion.comparison = QStringLiteral("<");
        criterion.threshold = 0.9;
        criterion.durationSeconds = 300;
        criterion.action = QStringLiteral("rollback");
        scope.rollbackCriteria = {criterion};
        const auto scoped = Tests::await(store.setScope(m_changeId, scope, QStringLiteral("plan")));
        QVERIFY2(scoped.ok(), qPrintable(Tests::errorText(scoped)));
        store.close();
    }

    // Every source of staging answers and nothing is wrong: all gates pass, exit 0. A
    // critical alert of another environment on the same Alertmanager does not count.
    void healthySourcesPass()
    {
        setBackupAndWait(QDateTime::currentSecsSinceEpoch() - 3 * hour);
        QVERIFY(postAlert(QStringLiteral("development"), QStringLiteral("critical"),
                          QDateTime::currentDateTimeUtc().addSecs(hour)));
        QTRY_COMPARE_WITH_TIMEOUT(alertsListedFor(QStringLiteral("development")), 1, 10000);

        const Run run = gate(QStringLiteral("staging"));
        QVERIFY2(run.exitCode == 0, run.describe().constData());
        QCOMPARE(run.outcome(QStringLiteral("backup")), QStringLiteral("pass"));
        QCOMPARE(run.summary(QStringLiteral("backup")), QStringLiteral("last good backup 3.0 h ago (RPO 26 h)"));
        QCOMPARE(run.outcome(QStringLiteral("alerts")), QStringLiteral("pass"));
        QCOMPARE(run.summary(QStringLiteral("alerts")), QStringLiteral("None firing"));
        QCOMPARE(run.outcome(QStringLiteral("health")), QStringLiteral("pass"));
        // The Odoo database answered the probes.
        QVERIFY2(run.evidence(QStringLiteral("health")).contains(QStringLiteral("PostgreSQL: connections ")),
                 run.describe().constData());
    }

    void backupFollowsTheMetric_data()
    {
        QTest::addColumn<qint64>("age");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<QString>("summary");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("two hours old") << 2 * hour << QStringLiteral("pass")
                                       << QStringLiteral("last good backup 2.0 h ago (RPO 26 h)") << 0;
        QTest::newRow("older than the RPO") << 30 * hour << QStringLiteral("fail")
                                            << QStringLiteral("last good backup 30.0 h ago (RPO 26 h)") << 1;
        QTest::newRow("never") << qint64(-1) << QStringLiteral("fail") << QStringLiteral("No backup has ever succeeded.")
                               << 1;
    }

    void backupFollowsTheMetric()
    {
        QFETCH(qint64, age);
        QFETCH(QString, outcome);
        QFETCH(QString, summary);
        QFETCH(int, exitCode);
        setBackupAndWait(age < 0 ? 0 : QDateTime::currentSecsSinceEpoch() - age);
        const Run run = gate(QStringLiteral("staging"));
        QVERIFY2(run.exitCode == exitCode, run.describe().constData());
        QCOMPARE(run.outcome(QStringLiteral("backup")), outcome);
        QCOMPARE(run.summary(QStringLiteral("backup")), summary);
        // A failing backup fails the environment's health too (the same judgment as the UI).
        QCOMPARE(run.outcome(QStringLiteral("health")), outcome);
        setBackupAndWait(QDateTime::currentSecsSinceEpoch() - 3 * hour);
    }

    // A critical alert firing for staging fails its alerts gate; a gate the pipeline hands
    // in takes precedence over the one gathered here.
    void criticalAlertFails()
    {
        setBackupAndWait(QDateTime::currentSecsSinceEpoch() - 3 * hour);
        QVERIFY(postAlert(QStringLiteral("staging"), QStringLiteral("critical"), QDateTime::currentDateTimeUtc().addSecs(hour)));
        QTRY_COMPARE_WITH_TIMEOUT(alertsListedFor(QStringLiteral("staging")), 1, 10000);

        const Run run = gate(QStringLiteral("staging"));
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QCOMPARE(run.outcome(QStringLiteral("alerts")), QStringLiteral("fail"));
        QCOMPARE(run.summary(QStringLiteral("alerts")), QStringLiteral("1 firing, 1 critical"));
        QCOMPARE(run.outcome(QStringLiteral("health")), QStringLiteral("fail"));
        QCOMPARE(run.outcome(QStringLiteral("backup")), QStringLiteral("pass"));

        const Run handedIn = gate(QStringLiteral("staging"),
                                  {QStringLiteral("--evidence"),
                                   evidenceFile({QStringLiteral("alerts"), QStringLiteral("health")})});
        QVERIFY2(handedIn.exitCode == 0, handedIn.describe().constData());
        QCOMPARE(handedIn.outcome(QStringLiteral("alerts")), QStringLiteral("pass"));
        QCOMPARE(handedIn.gates.value(QStringLiteral("alerts")).value(QLatin1String("source")).toString(),
                 QStringLiteral("pipeline"));

        // Resolved: no longer firing, the gate passes again.
        QVERIFY(postAlert(QStringLiteral("staging"), QStringLiteral("critical"), QDateTime::currentDateTimeUtc().addSecs(-1)));
        QTRY_COMPARE_WITH_TIMEOUT(alertsListedFor(QStringLiteral("staging")), 0, 10000);
        const Run resolved = gate(QStringLiteral("staging"));
        QVERIFY2(resolved.exitCode == 0, resolved.describe().constData());
        QCOMPARE(resolved.outcome(QStringLiteral("alerts")), QStringLiteral("pass"));
    }

    // A Prometheus that accepts the connection and never answers: the command gives up at
    // --timeout, names the URL, and still reports every gate. No keychain is reachable
    // for development's database password: the evidence says so.
    void silentSourceTimesOut()
    {
        QVERIFY(postAlert(QStringLiteral("development"), QStringLiteral("critical"),
                          QDateTime::currentDateTimeUtc().addSecs(hour)));
        QTRY_COMPARE_WITH_TIMEOUT(alertsListedFor(QStringLiteral("development")), 1, 10000);
        const Run run = gate(QStringLiteral("development"), {QStringLiteral("--timeout"), QStringLiteral("2")});
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.elapsedMs < 15000, run.describe().constData());
        QCOMPARE(run.outcome(QStringLiteral("backup")), QStringLiteral("unknown"));
        QCOMPARE(run.summary(QStringLiteral("backup")), QStringLiteral("Prometheus has not answered yet."));
        const QString url = QStringLiteral("http://127.0.0.1:%1").arg(m_silent.serverPort());
        QVERIFY2(run.evidence(QStringLiteral("backup")).contains(url + QStringLiteral(" did not answer within 2 s")),
                 run.describe().constData());
        // The shared Alertmanager answered: development's critical alert fails it.
        QCOMPARE(run.outcome(QStringLiteral("alerts")), QStringLiteral("fail"));
        QVERIFY2(run.evidence(QStringLiteral("health")).contains(QStringLiteral("keychain:gatehouse/gatetest-dev-odoo")),
                 run.describe().constData());
    }

    // A Prometheus token the keychain cannot give (no keychain here): the gates say so and
    // stay unknown, and the command still reports every gate.
    void unreadableTokenIsNamedInTheEvidence()
    {
        const Run run = gate(QStringLiteral("qa"));
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QCOMPARE(run.outcome(QStringLiteral("backup")), QStringLiteral("unknown"));
        QVERIFY2(run.summary(QStringLiteral("backup"))
                     .contains(QStringLiteral("Cannot read the credentials keychain:gatehouse/gatetest-qa-prometheus")),
                 run.describe().constData());
        QCOMPARE(run.outcome(QStringLiteral("rollback")), QStringLiteral("pass"));
    }

    // Prometheus down: backup is unknown (never pass) with the reason naming the URL.
    void prometheusDownGivesUnknown()
    {
        m_prometheus.killPrometheus();
        const Run run = gate(QStringLiteral("staging"), {QStringLiteral("--timeout"), QStringLiteral("10")});
        QVERIFY2(run.exitCode == 1, run.describe().constData());
        QVERIFY2(run.elapsedMs < 15000, run.describe().constData());
        QCOMPARE(run.outcome(QStringLiteral("backup")), QStringLiteral("unknown"));
        const QString url = QStringLiteral("127.0.0.1:%1").arg(m_prometheus.prometheusPort());
        QVERIFY2(run.summary(QStringLiteral("backup")).startsWith(QStringLiteral("Prometheus is unreachable: ")),
                 run.describe().constData());
        QVERIFY2(run.summary(QStringLiteral("backup")).contains(url), run.describe().constData());
        QVERIFY2(run.evidence(QStringLiteral("health")).contains(url), run.describe().constData());
        // The Alertmanager still answers for itself.
        QCOMPARE(run.outcome(QStringLiteral("alerts")), QStringLiteral("pass"));
    }
};

QTEST_GUILESS_MAIN(TestGateCommand)
#include "tst_gatecommand.moc"
