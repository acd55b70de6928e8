// The real kubectl against the estate simulator: every acceptance check of
// kube-api.md section 7, asserting what a user sees in kubectl's output.
// Each test starts its own simulator (demo estate, TLS, token, fast pod clock)
// and stops it again, also when the test fails.

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslCertificate>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

const QString kContext = QStringLiteral("production-us");

struct KubectlResult
{
    int exitCode = -1;
    QString output;  // stdout followed by stderr, as a user sees it in a terminal

    bool contains(const QString &text) const { return output.contains(text); }
    bool matches(const QString &pattern) const
    {
        return QRegularExpression(pattern, QRegularExpression::MultilineOption).match(output).hasMatch();
    }
};

// One running simulator with its temporary state and kubectl cache folders.
// The destructor stops it (SIGTERM, then SIGKILL after 5 s).
class Simulator
{
public:
    explicit Simulator(const QStringList &extraArguments = {})
    {
        m_process.setProgram(program());
        m_process.setArguments(QStringList{QStringLiteral("--estate"), QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"),
                                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--state-dir"),
                                           m_stateDir.path(), QStringLiteral("--clock-scale"), QStringLiteral("10")}
                               + extraArguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
    }

    ~Simulator()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(2000);
            }
        }
    }

    Simulator(const Simulator &) = delete;
    Simulator &operator=(const Simulator &) = delete;

    bool start(QString *error)
    {
        if (!m_stateDir.isValid() || !m_cacheDir.isValid()) {
            *error = QStringLiteral("no temporary folder");
            return false;
        }
        m_process.start();
        if (!m_process.waitForStarted(5000)) {
            *error = m_process.errorString();
            return false;
        }
        QByteArray output;
        while (!output.contains('\n')) {
            if (!m_process.waitForReadyRead(15000)) {
                *error = QString::fromUtf8(m_process.readAllStandardError());
                return false;
            }
            output += m_process.readAllStandardOutput();
        }
        const QByteArray line = output.left(output.indexOf('\n')).trimmed();
        if (!line.startsWith("listening https://127.0.0.1:")) {
            *error = QString::fromUtf8(line);
            return false;
        }
        m_url = QString::fromUtf8(line.mid(10));
        return true;
    }

    static QString program() { return QStringLiteral(GATEHOUSE_BINARY_DIR "/bin/gatehouse-estate-sim"); }
    QString url() const { return m_url; }
    QString kubeconfig() const { return m_stateDir.filePath(QStringLiteral("kubeconfig")); }
    QString stateFile(const QString &name) const { return m_stateDir.filePath(name); }

    KubectlResult kubectl(const QStringList &arguments, const QString &kubeconfigPath = QString(), int timeoutMs = 60000)
    {
        QProcess process;
        process.setProgram(kubectlProgram());
        process.setArguments(baseArguments(kubeconfigPath) + arguments);
        process.start();
        KubectlResult result;
        if (!process.waitForStarted(5000))
            return result;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished(2000);
            result.output = QStringLiteral("<kubectl timed out>");
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.output = QString::fromUtf8(process.readAllStandardOutput() + process.readAllStandardError());
        return result;
    }

    QStringList baseArguments(const QString &kubeconfigPath = QString()) const
    {
        return {QStringLiteral("--kubeconfig"), kubeconfigPath.isEmpty() ? kubeconfig() : kubeconfigPath,
                QStringLiteral("--cache-dir"), m_cacheDir.path(), QStringLiteral("--context"), kContext};
    }

    static QString kubectlProgram()
    {
        const QString configured = qEnvironmentVariable("GATEHOUSE_KUBECTL");
        return configured.isEmpty() ? QStringLiteral("kubectl") : configured;
    }

    // Calls the admin API; returns the JSON answer or an empty object.
    QJsonObject admin(const QByteArray &verb, const QString &path, const QJsonObject &body = {})
    {
        return send(verb, path, QJsonDocument(body).toJson(), "application/json").body;
    }

    struct Answer
    {
        QString contentType;
        QJsonObject body;
    };

    // One authorised HTTPS request with the given Accept header; empty when it fails.
    Answer send(const QByteArray &verb, const QString &path, const QByteArray &body, const QByteArray &accept)
    {
        QFile tokenFile(stateFile(QStringLiteral("token")));
        if (!tokenFile.open(QIODevice::ReadOnly))
            return {};
        QNetworkRequest request(QUrl(m_url + path));
        request.setRawHeader("Authorization", "Bearer " + tokenFile.readAll());
        request.setRawHeader("Accept", accept);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(stateFile(QStringLiteral("ca.crt"))));
        request.setSslConfiguration(tls);
        QNetworkReply *reply = verb == "GET" ? m_network.get(request) : m_network.sendCustomRequest(request, verb, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(15000))
            return {};
        Answer answer{QString::fromUtf8(reply->rawHeader("Content-Type")), QJsonDocument::fromJson(reply->readAll()).object()};
        reply->deleteLater();
        return answer;
    }

    QJsonArray requestLog() { return admin("GET", QStringLiteral("/admin/requests")).value(QStringLiteral("requests")).toArray(); }

private:
    QTemporaryDir m_stateDir;
    QTemporaryDir m_cacheDir;
    QProcess m_process;
    QString m_url;
    QNetworkAccessManager m_network;
};

// A long-running kubectl (get --watch) whose output a test reads as it arrives.
// The destructor kills it.
class KubectlStream
{
public:
    KubectlStream(const Simulator &simulator, const QStringList &arguments)
    {
        m_process.setProgram(Simulator::kubectlProgram());
        m_process.setArguments(simulator.baseArguments() + arguments);
        m_process.start();
    }

    ~KubectlStream()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    KubectlStream(const KubectlStream &) = delete;
    KubectlStream &operator=(const KubectlStream &) = delete;

    bool started() { return m_process.waitForStarted(5000); }
    QString output() const { return m_output; }

    // Reads until the output so far matches `pattern` (line anchors allowed), kubectl
    // ends, or 20 s pass; returns the match.
    QRegularExpressionMatch readUntil(const QString &pattern)
    {
        const QRegularExpression expression(pattern, QRegularExpression::MultilineOption);
        QElapsedTimer timer;
        timer.start();
        QRegularExpressionMatch match = expression.match(m_output);
        while (!match.hasMatch() && timer.elapsed() < 20000) {
            const bool running = m_process.state() == QProcess::Running;
            if (running)
                m_process.waitForReadyRead(500);
            m_output += QString::fromUtf8(m_process.readAllStandardOutput());
            match = expression.match(m_output);
            if (!running)
                break;
        }
        return match;
    }

private:
    QProcess m_process;
    QString m_output;
};

} // namespace

class TstKubectlFidelity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void getNamespaces();
    void getWideTables();
    void setImageThenRolloutStatus();
    void historyAndUndo();
    void undoErrors_data();
    void undoErrors();
    void pauseAndResume();
    void restartMakesNewRevision();
    void scaleWithCurrentReplicas();
    void badImageExceedsProgressDeadline();
    void eventsAndDescribe();
    void recreateStopsOldPodsBeforeStartingNew();
    void getWatchShowsRollout();
    void deletedPodIsReplaced();
    void terminatingPodHonoursItsGracePeriod_data();
    void terminatingPodHonoursItsGracePeriod();
    void forcedDeleteIsImmediate();
    void watchHistoryIsATimeWindow();
    void eventsExpireAfterTtl();
    void eventTtlOnCommandLine();
    void aggregatedDiscovery();
    void expiredWatchDuringRolloutStatus();
    void wrongTokenIsUnauthorized();
    void unknownCaIsRejected();
    void errorMessages_data();
    void errorMessages();
    void requestsMatchSpecification();

private:
    KubectlResult k(const QStringList &arguments) { return m_sim->kubectl(arguments); }
    void rollOut(const QString &deployment, const QString &containerAndImage);

    std::unique_ptr<Simulator> m_sim;
};

void TstKubectlFidelity::init()
{
    m_sim = std::make_unique<Simulator>();
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
}

void TstKubectlFidelity::cleanup()
{
    m_sim.reset();
}

void TstKubectlFidelity::rollOut(const QString &deployment, const QString &containerAndImage)
{
    const KubectlResult set = k({QStringLiteral("set"), QStringLiteral("image"), QStringLiteral("deployment/") + deployment,
                                 containerAndImage});
    QVERIFY2(set.exitCode == 0, qPrintable(set.output));
    const KubectlResult status = k({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/") + deployment});
    QVERIFY2(status.exitCode == 0, qPrintable(status.output));
}

void TstKubectlFidelity::getNamespaces()
{
    const KubectlResult result = k({QStringLiteral("get"), QStringLiteral("ns")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.matches(QStringLiteral("^NAME\\s+STATUS\\s+AGE$")), qPrintable(result.output));
    for (const QString &ns : {QStringLiteral("odoo-prod-us"), QStringLiteral("odoo-prod-eu"), QStringLiteral("odoo-staging"),
                              QStringLiteral("odoo-dev")})
        QVERIFY2(result.matches(QStringLiteral("^") + ns + QStringLiteral("\\s+Active\\s+\\d+s$")), qPrintable(result.output));
}

void TstKubectlFidelity::getWideTables()
{
    const KubectlResult result = k({QStringLiteral("get"), QStringLiteral("deploy,rs,pods"), QStringLiteral("-o"), QStringLiteral("wide")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.matches(QStringLiteral("^NAME\\s+READY\\s+UP-TO-DATE\\s+AVAILABLE\\s+AGE\\s+CONTAINERS\\s+IMAGES\\s+SELECTOR$")),
             qPrintable(result.output));
    QVERIFY2(result.matches(QStringLiteral("^deployment\\.apps/odoo-web\\s+4/4\\s+4\\s+4\\s+3d\\s+odoo\\s+"
                                           "registry\\.northwind\\.example/odoo:17\\.0-20261112\\s+app=odoo-web$")),
             qPrintable(result.output));
    QVERIFY2(result.matches(QStringLiteral("^NAME\\s+DESIRED\\s+CURRENT\\s+READY\\s+AGE\\s+CONTAINERS\\s+IMAGES\\s+SELECTOR$")),
             qPrintable(result.output));
    QVERIFY2(result.matches(QStringLiteral("^replicaset\\.apps/odoo-web-\\w{10}\\s+4\\s+4\\s+4\\s+.*app=odoo-web,pod-template-hash=\\w{10}$")),
             qPrintable(result.output));
    QVERIFY2(result.matches(QStringLiteral("^NAME\\s+READY\\s+STATUS\\s+RESTARTS\\s+AGE\\s+IP\\s+NODE\\s+NOMINATED NODE\\s+READINESS GATES$")),
             qPrintable(result.output));
    QVERIFY2(result.matches(QStringLiteral("^pod/odoo-web-\\w{10}-\\w{5}\\s+1/1\\s+Running\\s+0\\s+3d\\s+10\\.244\\.\\d+\\.\\d+\\s+sim-node-\\d\\s+<none>\\s+<none>$")),
             qPrintable(result.output));
}

void TstKubectlFidelity::setImageThenRolloutStatus()
{
    const KubectlResult set = k({QStringLiteral("set"), QStringLiteral("image"), QStringLiteral("deployment/odoo-web"),
                                 QStringLiteral("odoo=odoo:17.0-X")});
    QCOMPARE(set.exitCode, 0);
    QCOMPARE(set.output.trimmed(), QStringLiteral("deployment.apps/odoo-web image updated"));
    const KubectlResult status = k({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/odoo-web")});
    QVERIFY2(status.exitCode == 0, qPrintable(status.output));
    QVERIFY2(status.contains(QStringLiteral("Waiting for deployment \"odoo-web\" rollout to finish: ")), qPrintable(status.output));
    QVERIFY2(status.output.trimmed().endsWith(QStringLiteral("deployment \"odoo-web\" successfully rolled out")),
             qPrintable(status.output));
    const KubectlResult get = k({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("odoo-web"), QStringLiteral("-o"),
                                 QStringLiteral("wide")});
    QVERIFY2(get.matches(QStringLiteral("^odoo-web\\s+4/4\\s+4\\s+4\\s+3d\\s+odoo\\s+odoo:17\\.0-X\\s+app=odoo-web$")), qPrintable(get.output));
}

void TstKubectlFidelity::historyAndUndo()
{
    rollOut(QStringLiteral("odoo-web"), QStringLiteral("odoo=odoo:17.0-X"));
    const KubectlResult history = k({QStringLiteral("rollout"), QStringLiteral("history"), QStringLiteral("deployment/odoo-web")});
    QCOMPARE(history.exitCode, 0);
    QVERIFY2(history.matches(QStringLiteral("^REVISION\\s+CHANGE-CAUSE$")), qPrintable(history.output));
    QVERIFY2(history.matches(QStringLiteral("^1\\s+<none>$")) && history.matches(QStringLiteral("^2\\s+<none>$")),
             qPrintable(history.output));

    const KubectlResult revision = k({QStringLiteral("rollout"), QStringLiteral("history"), QStringLiteral("deployment/odoo-web"),
                                      QStringLiteral("--revision=2")});
    QVERIFY2(revision.contains(QStringLiteral("deployment.apps/odoo-web with revision #2")), qPrintable(revision.output));
    QVERIFY2(revision.matches(QStringLiteral("Image:\\s+odoo:17\\.0-X$")), qPrintable(revision.output));

    const KubectlResult undo = k({QStringLiteral("rollout"), QStringLiteral("undo"), QStringLiteral("deployment/odoo-web")});
    QCOMPARE(undo.exitCode, 0);
    QCOMPARE(undo.output.trimmed(), QStringLiteral("deployment.apps/odoo-web rolled back"));
    QCOMPARE(k({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/odoo-web")}).exitCode, 0);

    const KubectlResult after = k({QStringLiteral("rollout"), QStringLiteral("history"), QStringLiteral("deployment/odoo-web")});
    QVERIFY2(!after.matches(QStringLiteral("^1\\s+<none>$")), qPrintable(after.output));
    QVERIFY2(after.matches(QStringLiteral("^2\\s+<none>$")) && after.matches(QStringLiteral("^3\\s+<none>$")), qPrintable(after.output));
    const KubectlResult image = k({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("odoo-web"), QStringLiteral("-o"),
                                   QStringLiteral("jsonpath={.spec.template.spec.containers[0].image}")});
    QCOMPARE(image.output, QStringLiteral("registry.northwind.example/odoo:17.0-20261112"));
}

void TstKubectlFidelity::undoErrors_data()
{
    QTest::addColumn<bool>("rollOutFirst");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown revision") << false << QStringList{QStringLiteral("deployment/odoo-web"), QStringLiteral("--to-revision=99")}
                                      << 1 << QStringLiteral("error: unable to find specified revision 99 in history");
    QTest::newRow("current revision") << true << QStringList{QStringLiteral("deployment/odoo-web"), QStringLiteral("--to-revision=2")}
                                      << 0
                                      << QStringLiteral("deployment.apps/odoo-web skipped rollback (current template already matches revision 2)");
    QTest::newRow("no history") << false << QStringList{QStringLiteral("deployment/odoo-cron")} << 1
                                << QStringLiteral("error: no rollout history found for deployment \"odoo-cron\"");
}

void TstKubectlFidelity::undoErrors()
{
    QFETCH(bool, rollOutFirst);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (rollOutFirst)
        rollOut(QStringLiteral("odoo-web"), QStringLiteral("odoo=odoo:17.0-X"));
    const KubectlResult result = k(QStringList{QStringLiteral("rollout"), QStringLiteral("undo")} + arguments);
    QCOMPARE(result.output.trimmed(), message);
    QCOMPARE(result.exitCode, exitCode);
}

void TstKubectlFidelity::pauseAndResume()
{
    // kubectl looks for a revision to go back to before it looks at "paused": give it one.
    rollOut(QStringLiteral("odoo-web"), QStringLiteral("odoo=odoo:17.0-X"));
    const QStringList deployment{QStringLiteral("deployment/odoo-web")};
    const auto rollout = [this, &deployment](const QString &verb, const QStringList &extra = {}) {
        return k(QStringList{QStringLiteral("rollout"), verb} + deployment + extra);
    };
    QCOMPARE(rollout(QStringLiteral("pause")).output.trimmed(), QStringLiteral("deployment.apps/odoo-web paused"));
    const KubectlResult again = rollout(QStringLiteral("pause"));
    QCOMPARE(again.output.trimmed(), QStringLiteral("error: deployments.apps \"odoo-web\" is already paused"));
    QCOMPARE(again.exitCode, 1);

    const KubectlResult set = k({QStringLiteral("set"), QStringLiteral("image"), QStringLiteral("deployment/odoo-web"),
                                 QStringLiteral("odoo=odoo:17.0-P")});
    QCOMPARE(set.exitCode, 0);
    QTRY_COMPARE(k({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("odoo-web"), QStringLiteral("-o"),
                    QStringLiteral("jsonpath={.status.conditions[?(@.type==\"Progressing\")].status}/"
                                   "{.status.conditions[?(@.type==\"Progressing\")].reason}")})
                     .output,
                 QStringLiteral("Unknown/DeploymentPaused"));
    const KubectlResult replicaSets = k({QStringLiteral("get"), QStringLiteral("rs"), QStringLiteral("-l"), QStringLiteral("app=odoo-web"),
                                         QStringLiteral("--no-headers"), QStringLiteral("-o"), QStringLiteral("wide")});
    // Only the two ReplicaSets of revisions 1 and 2: a paused deployment gets no new one.
    QCOMPARE(replicaSets.output.trimmed().split(QLatin1Char('\n')).size(), 2);
    QVERIFY2(!replicaSets.contains(QStringLiteral("odoo:17.0-P")), qPrintable(replicaSets.output));

    QCOMPARE(rollout(QStringLiteral("undo")).output.trimmed(),
             QStringLiteral("error: you cannot rollback a paused deployment; resume it first with 'kubectl rollout resume' and try again"));
    QCOMPARE(rollout(QStringLiteral("restart")).output.trimmed(),
             QStringLiteral("error: deployments.apps \"odoo-web\" can't restart paused deployment (run rollout resume first)"));
    const KubectlResult timedOut = rollout(QStringLiteral("status"), {QStringLiteral("--timeout=3s")});
    QVERIFY2(timedOut.output.trimmed().endsWith(QStringLiteral("error: timed out waiting for the condition")), qPrintable(timedOut.output));
    QCOMPARE(timedOut.exitCode, 1);

    QCOMPARE(rollout(QStringLiteral("resume")).output.trimmed(), QStringLiteral("deployment.apps/odoo-web resumed"));
    const KubectlResult status = rollout(QStringLiteral("status"));
    QVERIFY2(status.exitCode == 0 && status.contains(QStringLiteral("successfully rolled out")), qPrintable(status.output));
    const KubectlResult resumeAgain = rollout(QStringLiteral("resume"));
    QCOMPARE(resumeAgain.output.trimmed(), QStringLiteral("error: deployments.apps \"odoo-web\" is not paused"));
    QCOMPARE(resumeAgain.exitCode, 1);
}

void TstKubectlFidelity::restartMakesNewRevision()
{
    const KubectlResult restart = k({QStringLiteral("rollout"), QStringLiteral("restart"), QStringLiteral("deployment/odoo-web")});
    QCOMPARE(restart.output.trimmed(), QStringLiteral("deployment.apps/odoo-web restarted"));
    QCOMPARE(k({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/odoo-web")}).exitCode, 0);
    const KubectlResult history = k({QStringLiteral("rollout"), QStringLiteral("history"), QStringLiteral("deployment/odoo-web")});
    QVERIFY2(history.matches(QStringLiteral("^2\\s+<none>$")), qPrintable(history.output));
    const KubectlResult annotation = k({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("odoo-web"), QStringLiteral("-o"),
                                        QStringLiteral("jsonpath={.spec.template.metadata.annotations}")});
    QVERIFY2(annotation.contains(QStringLiteral("kubectl.kubernetes.io/restartedAt")), qPrintable(annotation.output));
}

void TstKubectlFidelity::scaleWithCurrentReplicas()
{
    const KubectlResult scale = k({QStringLiteral("scale"), QStringLiteral("deployment/odoo-web"), QStringLiteral("--replicas=5")});
    QCOMPARE(scale.output.trimmed(), QStringLiteral("deployment.apps/odoo-web scaled"));
    QTRY_VERIFY_WITH_TIMEOUT(k({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("odoo-web")})
                                 .matches(QStringLiteral("^odoo-web\\s+5/5\\s+5\\s+5\\s")),
                             15000);
    const KubectlResult wrong = k({QStringLiteral("scale"), QStringLiteral("deployment/odoo-web"), QStringLiteral("--current-replicas=4"),
                                   QStringLiteral("--replicas=2")});
    QCOMPARE(wrong.output.trimmed(), QStringLiteral("error: Expected replicas to be 4, was 5"));
    QCOMPARE(wrong.exitCode, 1);
    const KubectlResult right = k({QStringLiteral("scale"), QStringLiteral("deployment/odoo-web"), QStringLiteral("--current-replicas=5"),
                                   QStringLiteral("--replicas=2")});
    QCOMPARE(right.output.trimmed(), QStringLiteral("deployment.apps/odoo-web scaled"));
    QTRY_VERIFY_WITH_TIMEOUT(k({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("odoo-web")})
                                 .matches(QStringLiteral("^odoo-web\\s+2/2\\s+2\\s+2\\s")),
                             15000);
}

void TstKubectlFidelity::badImageExceedsProgressDeadline()
{
    const KubectlResult patch = k({QStringLiteral("patch"), QStringLiteral("deployment/edi-gateway"), QStringLiteral("-p"),
                                   QStringLiteral("{\"spec\":{\"progressDeadlineSeconds\":4}}")});
    QCOMPARE(patch.output.trimmed(), QStringLiteral("deployment.apps/edi-gateway patched"));
    QCOMPARE(k({QStringLiteral("set"), QStringLiteral("image"), QStringLiteral("deployment/edi-gateway"),
                QStringLiteral("edi-gateway=acme/integ:bad")})
                 .exitCode,
             0);
    const KubectlResult status = k({QStringLiteral("rollout"), QStringLiteral("status"), QStringLiteral("deployment/edi-gateway")});
    QVERIFY2(status.output.trimmed().endsWith(QStringLiteral("error: deployment \"edi-gateway\" exceeded its progress deadline")),
             qPrintable(status.output));
    QCOMPARE(status.exitCode, 1);
    const KubectlResult pods = k({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"), QStringLiteral("app=edi-gateway")});
    QVERIFY2(pods.matches(QStringLiteral("^edi-gateway-\\w{10}-\\w{5}\\s+0/1\\s+ImagePullBackOff\\s+0\\s")), qPrintable(pods.output));
    QVERIFY2(pods.matches(QStringLiteral("^edi-gateway-\\w{10}-\\w{5}\\s+1/1\\s+Running\\s")), qPrintable(pods.output));
}

// strategy Recreate: the deployment controller scales every old ReplicaSet to 0, waits
// until their pods are gone, then starts the new ReplicaSet at full size in one step
// (no surge, never old and new pods together), as kubectl's events and status show.
void TstKubectlFidelity::recreateStopsOldPodsBeforeStartingNew()
{
    const KubectlResult patched = k({QStringLiteral("patch"), QStringLiteral("deployment"), QStringLiteral("odoo-web"),
                                     QStringLiteral("--type=merge"), QStringLiteral("-p"),
                                     QStringLiteral(R"({"spec":{"strategy":{"type":"Recreate","rollingUpdate":null}}})")});
    QVERIFY2(patched.exitCode == 0, qPrintable(patched.output));
    const KubectlResult strategy = k({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("odoo-web"), QStringLiteral("-o"),
                                      QStringLiteral("jsonpath={.spec.strategy}")});
    QCOMPARE(strategy.output.trimmed(), QStringLiteral(R"({"type":"Recreate"})"));
    const KubectlResult oldRs = k({QStringLiteral("get"), QStringLiteral("rs"), QStringLiteral("-l"), QStringLiteral("app=odoo-web"),
                                   QStringLiteral("-o"), QStringLiteral("jsonpath={.items[0].metadata.name}")});
    QVERIFY2(oldRs.exitCode == 0 && !oldRs.output.trimmed().isEmpty(), qPrintable(oldRs.output));

    rollOut(QStringLiteral("odoo-web"), QStringLiteral("odoo=odoo:17.0-R"));

    const KubectlResult events = k({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("-o"), QStringLiteral("json")});
    QCOMPARE(events.exitCode, 0);
    const QJsonArray items = QJsonDocument::fromJson(events.output.mid(events.output.indexOf(QLatin1Char('{'))).toUtf8())
                                 .object().value(QStringLiteral("items")).toArray();
    std::vector<std::pair<qint64, QString>> scaling;
    for (const QJsonValue &item : items) {
        const QJsonObject event = item.toObject();
        const QJsonObject involved = event.value(QStringLiteral("involvedObject")).toObject();
        if (involved.value(QStringLiteral("name")).toString() != QLatin1String("odoo-web")
            || event.value(QStringLiteral("reason")).toString() != QLatin1String("ScalingReplicaSet"))
            continue;
        scaling.emplace_back(event.value(QStringLiteral("metadata")).toObject().value(QStringLiteral("resourceVersion")).toString().toLongLong(),
                             event.value(QStringLiteral("message")).toString());
    }
    std::sort(scaling.begin(), scaling.end());
    QStringList messages;
    for (const auto &entry : scaling)
        messages.append(entry.second);
    const QString old = oldRs.output.trimmed();
    const QRegularExpression scaledUp(QStringLiteral("^Scaled up replica set (odoo-web-\\S+) from 0 to 4$"));
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0), QStringLiteral("Scaled down replica set %1 from 4 to 0").arg(old));
    const QRegularExpressionMatch up = scaledUp.match(messages.at(1));
    QVERIFY2(up.hasMatch() && up.captured(1) != old, qPrintable(messages.join(QLatin1Char('\n'))));

    const KubectlResult get = k({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("odoo-web"), QStringLiteral("-o"),
                                 QStringLiteral("wide")});
    QVERIFY2(get.matches(QStringLiteral("^odoo-web\\s+4/4\\s+4\\s+4\\s+\\S+\\s+odoo\\s+odoo:17\\.0-R\\s+app=odoo-web$")),
             qPrintable(get.output));
}

void TstKubectlFidelity::eventsAndDescribe()
{
    rollOut(QStringLiteral("odoo-web"), QStringLiteral("odoo=odoo:17.0-X"));
    const KubectlResult events = k({QStringLiteral("get"), QStringLiteral("events")});
    QCOMPARE(events.exitCode, 0);
    QVERIFY2(events.matches(QStringLiteral("^LAST SEEN\\s+TYPE\\s+REASON\\s+OBJECT\\s+MESSAGE$")), qPrintable(events.output));
    QVERIFY2(events.matches(QStringLiteral("^\\d+s\\s+Normal\\s+ScalingReplicaSet\\s+deployment/odoo-web\\s+Scaled up replica set odoo-web-\\w{10} from 0 to 1$")),
             qPrintable(events.output));
    QVERIFY2(events.matches(QStringLiteral("\\s+Normal\\s+SuccessfulCreate\\s+replicaset/odoo-web-\\w{10}\\s+Created pod: odoo-web-")),
             qPrintable(events.output));

    const KubectlResult sorted = k({QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("--sort-by=.lastTimestamp")});
    QCOMPARE(sorted.exitCode, 0);
    QVERIFY2(sorted.contains(QStringLiteral("ScalingReplicaSet")), qPrintable(sorted.output));

    const KubectlResult describe = k({QStringLiteral("describe"), QStringLiteral("deploy"), QStringLiteral("odoo-web")});
    QCOMPARE(describe.exitCode, 0);
    QVERIFY2(describe.matches(QStringLiteral("^Name:\\s+odoo-web$")), qPrintable(describe.output));
    QVERIFY2(describe.matches(QStringLiteral("^Replicas:\\s+4 desired \\| 4 updated \\| 4 total \\| 4 available \\| 0 unavailable$")),
             qPrintable(describe.output));
    QVERIFY2(describe.matches(QStringLiteral("^\\s+Progressing\\s+True\\s+NewReplicaSetAvailable$")), qPrintable(describe.output));
    QVERIFY2(describe.matches(QStringLiteral("^NewReplicaSet:\\s+odoo-web-\\w{10} \\(4/4 replicas created\\)$")), qPrintable(describe.output));
    QVERIFY2(describe.matches(QStringLiteral("Normal\\s+ScalingReplicaSet\\s+\\S+\\s+deployment-controller\\s+Scaled up replica set")),
             qPrintable(describe.output));
}

void TstKubectlFidelity::getWatchShowsRollout()
{
    QProcess watch;
    watch.setProgram(Simulator::kubectlProgram());
    watch.setArguments(m_sim->baseArguments()
                       + QStringList{QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"), QStringLiteral("app=odoo-cron"),
                                     QStringLiteral("--watch")});
    watch.start();
    const auto stopWatch = qScopeGuard([&watch] {
        watch.kill();
        watch.waitForFinished(5000);
    });
    QVERIFY(watch.waitForStarted(5000));
    QString output;
    const auto readUntil = [&watch, &output](const QString &pattern) {
        const QRegularExpression expression(pattern, QRegularExpression::MultilineOption);
        QElapsedTimer timer;
        timer.start();
        while (!expression.match(output).hasMatch() && timer.elapsed() < 20000) {
            watch.waitForReadyRead(500);
            output += QString::fromUtf8(watch.readAllStandardOutput());
        }
        return expression.match(output).hasMatch();
    };
    QVERIFY2(readUntil(QStringLiteral("^odoo-cron-\\w{10}-\\w{5}\\s+1/1\\s+Running\\s")), qPrintable(output));
    QCOMPARE(k({QStringLiteral("set"), QStringLiteral("image"), QStringLiteral("deployment/odoo-cron"), QStringLiteral("odoo=odoo:18.0")})
                 .exitCode,
             0);
    QVERIFY2(readUntil(QStringLiteral("\\s+0/1\\s+Pending\\s+0\\s+\\d+s$")), qPrintable(output));
    QVERIFY2(readUntil(QStringLiteral("\\s+0/1\\s+Running\\s+0\\s+\\d+s$")), qPrintable(output));
    QVERIFY2(readUntil(QStringLiteral("^odoo-cron-\\w{10}-\\w{5}\\s+1/1\\s+Running\\s+0\\s+\\d+s$")), qPrintable(output));
    QVERIFY2(readUntil(QStringLiteral("\\s+Terminating\\s+0\\s+2d18h$")), qPrintable(output));
}

// A support engineer deletes a stuck pod: kubectl sends DELETE with DeleteOptions, prints
// `pod "P" deleted` and waits until the pod is gone; watchers see it Terminating, then
// DELETED at a newer resourceVersion; the ReplicaSet starts a replacement.
void TstKubectlFidelity::deletedPodIsReplaced()
{
    const KubectlResult listed = k({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"), QStringLiteral("app=odoo-cron"),
                                    QStringLiteral("-o"), QStringLiteral("jsonpath={.items[*].metadata.name}")});
    const QString pod = listed.output.trimmed();
    QVERIFY2(listed.exitCode == 0 && QRegularExpression(QStringLiteral("^odoo-cron-\\w{10}-\\w{5}$")).match(pod).hasMatch(),
             qPrintable(listed.output));
    const QString replicaSet = pod.section(QLatin1Char('-'), 0, -2);

    KubectlStream watch(*m_sim, {QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"), QStringLiteral("app=odoo-cron"),
                                 QStringLiteral("--watch"), QStringLiteral("--output-watch-events"), QStringLiteral("-o"),
                                 QStringLiteral("jsonpath={.type} {.object.metadata.name} {.object.metadata.resourceVersion} "
                                                "{.object.metadata.deletionTimestamp}{\"\\n\"}")});
    QVERIFY(watch.started());
    QVERIFY2(watch.readUntil(QStringLiteral("^ADDED ") + pod + QStringLiteral(" \\d+ $")).hasMatch(), qPrintable(watch.output()));
    QCOMPARE(m_sim->admin("DELETE", QStringLiteral("/admin/requests")).value(QStringLiteral("cleared")).toBool(), true);

    // kubectl returns only once the pod is gone; a delete that never completes would
    // hold it until this timeout.
    const KubectlResult deleted = m_sim->kubectl({QStringLiteral("delete"), QStringLiteral("pod"), pod}, QString(), 20000);
    QCOMPARE(deleted.output.trimmed(), QStringLiteral("pod \"%1\" deleted").arg(pod));
    QCOMPARE(deleted.exitCode, 0);
    const KubectlResult gone = k({QStringLiteral("get"), QStringLiteral("pod"), pod});
    QCOMPARE(gone.output.trimmed(), QStringLiteral("Error from server (NotFound): pods \"%1\" not found").arg(pod));

    QJsonObject deleteRequest;
    for (const QJsonValue &entry : m_sim->requestLog()) {
        if (entry.toObject().value(QStringLiteral("method")).toString() == QLatin1String("DELETE"))
            deleteRequest = entry.toObject();
    }
    QCOMPARE(deleteRequest.value(QStringLiteral("target")).toString(), QStringLiteral("/api/v1/namespaces/odoo-prod-us/pods/") + pod);
    const QJsonObject options = QJsonDocument::fromJson(deleteRequest.value(QStringLiteral("body")).toString().toUtf8()).object();
    QCOMPARE(options.value(QStringLiteral("propagationPolicy")).toString(), QStringLiteral("Background"));

    const QRegularExpressionMatch terminating =
        watch.readUntil(QStringLiteral("^MODIFIED ") + pod + QStringLiteral(" (\\d+) \\d{4}-\\d\\d-\\d\\dT\\S+Z$"));
    QVERIFY2(terminating.hasMatch(), qPrintable(watch.output()));
    const QRegularExpressionMatch removed = watch.readUntil(QStringLiteral("^DELETED ") + pod + QStringLiteral(" (\\d+) \\S+Z$"));
    QVERIFY2(removed.hasMatch(), qPrintable(watch.output()));
    QVERIFY2(removed.captured(1).toLongLong() > terminating.captured(1).toLongLong(), qPrintable(watch.output()));

    const QRegularExpression running(QStringLiteral("^(odoo-cron-\\w{10}-\\w{5})\\s+1/1\\s+Running\\s"), QRegularExpression::MultilineOption);
    const auto runningPod = [this, &running] {
        return running.match(k({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"), QStringLiteral("app=odoo-cron"),
                                 QStringLiteral("--no-headers")})
                                 .output)
            .captured(1);
    };
    QString replacement;
    QTRY_VERIFY_WITH_TIMEOUT(!(replacement = runningPod()).isEmpty(), 15000);
    QVERIFY(replacement != pod);
    QVERIFY(replacement.startsWith(replicaSet + QLatin1Char('-')));
    QVERIFY2(watch.readUntil(QStringLiteral("^ADDED ") + replacement + QLatin1Char(' ')).hasMatch(), qPrintable(watch.output()));

    const KubectlResult events = k({QStringLiteral("get"), QStringLiteral("events")});
    QVERIFY2(events.matches(QStringLiteral("\\s+Normal\\s+Killing\\s+pod/") + pod + QStringLiteral("\\s+Stopping container odoo$")),
             qPrintable(events.output));
    QVERIFY2(events.matches(QStringLiteral("\\s+Normal\\s+SuccessfulCreate\\s+replicaset/") + replicaSet
                            + QStringLiteral("\\s+Created pod: ") + replacement + QLatin1Char('$')),
             qPrintable(events.output));
}

// A terminating pod stays (Terminating) for its grace period on the simulated clock: the
// pod's own terminationGracePeriodSeconds, or the one the delete asked for. Its
// replacement is created at once and is Running and ready well before that.
void TstKubectlFidelity::terminatingPodHonoursItsGracePeriod_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("grace");
    QTest::newRow("the pod's terminationGracePeriodSeconds") << QStringList() << 30;
    QTest::newRow("--grace-period=45") << QStringList{QStringLiteral("--grace-period=45")} << 45;
}

void TstKubectlFidelity::terminatingPodHonoursItsGracePeriod()
{
    QFETCH(QStringList, options);
    QFETCH(int, grace);
    // Real time: a replacement is ready after ~2 s, the old pod terminates for 30 s or more.
    m_sim = std::make_unique<Simulator>(QStringList{QStringLiteral("--clock-scale"), QStringLiteral("1")});
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    const QString pod = k({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"), QStringLiteral("app=odoo-cron"),
                           QStringLiteral("-o"), QStringLiteral("jsonpath={.items[0].metadata.name}")})
                            .output.trimmed();
    QVERIFY2(QRegularExpression(QStringLiteral("^odoo-cron-\\w{10}-\\w{5}$")).match(pod).hasMatch(), qPrintable(pod));

    const KubectlResult deleted =
        k(QStringList{QStringLiteral("delete"), QStringLiteral("pod"), pod, QStringLiteral("--wait=false")} + options);
    QCOMPARE(deleted.output.trimmed(), QStringLiteral("pod \"%1\" deleted").arg(pod));
    QCOMPARE(k({QStringLiteral("get"), QStringLiteral("pod"), pod, QStringLiteral("-o"),
                QStringLiteral("jsonpath={.metadata.deletionGracePeriodSeconds}")})
                 .output.trimmed(),
             QString::number(grace));

    const QRegularExpression running(QStringLiteral("^(odoo-cron-\\w{10}-\\w{5})\\s+1/1\\s+Running\\s"),
                                     QRegularExpression::MultilineOption);
    QString replacement;
    QTRY_VERIFY_WITH_TIMEOUT(
        !(replacement = running.match(k({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"),
                                          QStringLiteral("app=odoo-cron"), QStringLiteral("--no-headers")})
                                            .output)
                            .captured(1))
             .isEmpty(),
        15000);
    QVERIFY(replacement != pod);
    // Two simulated seconds and more have passed: the old pod is still terminating.
    const KubectlResult old = k({QStringLiteral("get"), QStringLiteral("pod"), pod, QStringLiteral("--no-headers")});
    QVERIFY2(old.exitCode == 0 && old.matches(QStringLiteral("^") + pod + QStringLiteral("\\s+\\d/1\\s+Terminating\\s")),
             qPrintable(old.output));
}

// `kubectl delete pod --grace-period=0 --force` removes the pod at once.
void TstKubectlFidelity::forcedDeleteIsImmediate()
{
    const QString pod = k({QStringLiteral("get"), QStringLiteral("pods"), QStringLiteral("-l"), QStringLiteral("app=odoo-cron"),
                           QStringLiteral("-o"), QStringLiteral("jsonpath={.items[0].metadata.name}")})
                            .output.trimmed();
    QVERIFY(!pod.isEmpty());
    const KubectlResult deleted = k({QStringLiteral("delete"), QStringLiteral("pod"), pod, QStringLiteral("--grace-period=0"),
                                     QStringLiteral("--force"), QStringLiteral("--wait=false")});
    QCOMPARE(deleted.exitCode, 0);
    QVERIFY2(deleted.contains(QStringLiteral("pod \"%1\" force deleted").arg(pod)), qPrintable(deleted.output));
    QCOMPARE(k({QStringLiteral("get"), QStringLiteral("pod"), pod}).output.trimmed(),
             QStringLiteral("Error from server (NotFound): pods \"%1\" not found").arg(pod));
}

// Changes stay replayable for --watch-history seconds (an API server's compaction
// window), whatever their number; a watch from an older resourceVersion then gets the
// 410 Expired ERROR event.
void TstKubectlFidelity::watchHistoryIsATimeWindow()
{
    QProcess help;
    help.start(Simulator::program(), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    QVERIFY2(QRegularExpression(QStringLiteral("--watch-history <seconds>\\s+Seconds a change stays replayable to watches"))
                 .match(text)
                 .hasMatch(),
             qPrintable(text));

    m_sim = std::make_unique<Simulator>(QStringList{QStringLiteral("--watch-history"), QStringLiteral("6")});
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    const QString pods = QStringLiteral("/api/v1/namespaces/odoo-prod-us/pods");
    const KubectlResult listed = k({QStringLiteral("get"), QStringLiteral("--raw"), pods});
    const QString listRv = QJsonDocument::fromJson(listed.output.toUtf8())
                               .object()
                               .value(QStringLiteral("metadata"))
                               .toObject()
                               .value(QStringLiteral("resourceVersion"))
                               .toString();
    QVERIFY2(!listRv.isEmpty(), qPrintable(listed.output));
    QCOMPARE(k({QStringLiteral("scale"), QStringLiteral("deployment/odoo-cron"), QStringLiteral("--replicas=2")}).exitCode, 0);
    const auto watchFromList = [&] {
        return k({QStringLiteral("get"), QStringLiteral("--raw"),
                  pods + QStringLiteral("?watch=true&timeoutSeconds=1&resourceVersion=") + listRv});
    };
    // Within the window: the new pod is replayed.
    const KubectlResult fresh = watchFromList();
    QVERIFY2(fresh.contains(QStringLiteral("\"type\":\"ADDED\"")) && !fresh.contains(QStringLiteral("Expired")),
             qPrintable(fresh.output));
    // Once the window has passed: 410, as a real API server answers after compaction.
    KubectlResult expired;
    QTRY_VERIFY2_WITH_TIMEOUT((expired = watchFromList()).contains(QStringLiteral("\"code\":410")), qPrintable(expired.output),
                              20000);
    QVERIFY2(expired.contains(QStringLiteral("\"reason\":\"Expired\""))
                 && expired.contains(QStringLiteral("too old resource version: ") + listRv),
             qPrintable(expired.output));
    // A watch from now is not expired.
    const QString now = QJsonDocument::fromJson(k({QStringLiteral("get"), QStringLiteral("--raw"), pods}).output.toUtf8())
                            .object()
                            .value(QStringLiteral("metadata"))
                            .toObject()
                            .value(QStringLiteral("resourceVersion"))
                            .toString();
    const KubectlResult current = k({QStringLiteral("get"), QStringLiteral("--raw"),
                                     pods + QStringLiteral("?watch=true&timeoutSeconds=1&resourceVersion=") + now});
    QVERIFY2(current.exitCode == 0 && !current.contains(QStringLiteral("Expired")), qPrintable(current.output));
}

// Events live --event-ttl seconds after their last update, as on a real API server:
// then `get events` no longer lists them and watchers see them DELETED.
void TstKubectlFidelity::eventsExpireAfterTtl()
{
    m_sim = std::make_unique<Simulator>(QStringList{QStringLiteral("--event-ttl"), QStringLiteral("10")});
    QString error;
    QVERIFY2(m_sim->start(&error), qPrintable(error));
    QCOMPARE(k({QStringLiteral("get"), QStringLiteral("events")}).output.trimmed(),
             QStringLiteral("No resources found in odoo-prod-us namespace."));

    KubectlStream watch(*m_sim, {QStringLiteral("get"), QStringLiteral("events"), QStringLiteral("--watch"),
                                 QStringLiteral("--output-watch-events")});
    QVERIFY(watch.started());
    QCOMPARE(k({QStringLiteral("scale"), QStringLiteral("deployment/odoo-cron"), QStringLiteral("--replicas=2")}).exitCode, 0);
    const QString scaled = QStringLiteral("Normal\\s+ScalingReplicaSet\\s+deployment/odoo-cron\\s+"
                                          "Scaled up replica set odoo-cron-\\w{10} from 1 to 2$");
    QVERIFY2(watch.readUntil(QStringLiteral("^ADDED\\s+\\d+s\\s+") + scaled).hasMatch(), qPrintable(watch.output()));
    const KubectlResult listed = k({QStringLiteral("get"), QStringLiteral("events")});
    QVERIFY2(listed.matches(QStringLiteral("^\\d+s\\s+") + scaled), qPrintable(listed.output));

    QVERIFY2(watch.readUntil(QStringLiteral("^DELETED\\s+\\d+s\\s+") + scaled).hasMatch(), qPrintable(watch.output()));
    QTRY_COMPARE_WITH_TIMEOUT(k({QStringLiteral("get"), QStringLiteral("events")}).output.trimmed(),
                              QStringLiteral("No resources found in odoo-prod-us namespace."), 10000);
    // Nothing of them stays behind in the simulator.
    const QJsonObject state = m_sim->admin("GET", QStringLiteral("/admin/state"));
    QCOMPARE(state.value(QStringLiteral("counts")).toObject().value(QStringLiteral("events")).toInt(-1), 0);
}

void TstKubectlFidelity::eventTtlOnCommandLine()
{
    QProcess help;
    help.start(Simulator::program(), {QStringLiteral("--help")});
    QVERIFY(help.waitForFinished(10000));
    const QString text = QString::fromUtf8(help.readAllStandardOutput());
    QVERIFY2(QRegularExpression(QStringLiteral("--event-ttl <seconds>\\s+Seconds an event is kept after its last update"))
                 .match(text)
                 .hasMatch(),
             qPrintable(text));

    QTemporaryDir state;
    QProcess wrong;
    wrong.start(Simulator::program(), {QStringLiteral("--estate"), QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate"),
                                       QStringLiteral("--state-dir"), state.path(), QStringLiteral("--event-ttl"), QStringLiteral("0")});
    QVERIFY(wrong.waitForFinished(10000));
    QCOMPARE(wrong.exitCode(), 2);
    QCOMPARE(QString::fromUtf8(wrong.readAllStandardError()).trimmed(),
             QStringLiteral("gatehouse-estate-sim: --event-ttl expects a positive number of seconds"));
}

// kubectl asks /api and /apis for the aggregated APIGroupDiscoveryList first; answered
// in that form it needs no per-group discovery. Clients asking plainly (Gatehouse's own)
// get the plain documents.
void TstKubectlFidelity::aggregatedDiscovery()
{
    QCOMPARE(m_sim->admin("DELETE", QStringLiteral("/admin/requests")).value(QStringLiteral("cleared")).toBool(), true);
    const KubectlResult get = k({QStringLiteral("get"), QStringLiteral("deploy,pods")});
    QVERIFY2(get.exitCode == 0 && get.matches(QStringLiteral("^deployment\\.apps/odoo-web\\s+4/4\\s+4\\s+4\\s"))
                 && get.matches(QStringLiteral("^pod/odoo-web-\\w{10}-\\w{5}\\s+1/1\\s+Running\\s")),
             qPrintable(get.output));
    QStringList discovery;
    for (const QJsonValue &value : m_sim->requestLog()) {
        const QJsonObject entry = value.toObject();
        const QString path = entry.value(QStringLiteral("target")).toString().section(QLatin1Char('?'), 0, 0);
        if (path == QLatin1String("/api") || path == QLatin1String("/apis") || path == QLatin1String("/api/v1")
            || path == QLatin1String("/apis/apps/v1"))
            discovery.append(path + QLatin1Char(' ') + entry.value(QStringLiteral("accept")).toString().section(QLatin1Char(','), 0, 0));
    }
    const QString v2 = QStringLiteral("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList");
    QCOMPARE(discovery, (QStringList{QStringLiteral("/api ") + v2, QStringLiteral("/apis ") + v2}));

    const QByteArray kubectlAccept = "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
                                     "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json";
    const Simulator::Answer core = m_sim->send("GET", QStringLiteral("/api"), {}, kubectlAccept);
    QCOMPARE(core.contentType, v2);
    QCOMPARE(core.body.value(QStringLiteral("apiVersion")).toString(), QStringLiteral("apidiscovery.k8s.io/v2"));
    const QJsonArray coreResources = core.body.value(QStringLiteral("items")).toArray().at(0).toObject()
                                         .value(QStringLiteral("versions")).toArray().at(0).toObject()
                                         .value(QStringLiteral("resources")).toArray();
    QStringList coreNames;
    for (const QJsonValue &resource : coreResources)
        coreNames.append(resource.toObject().value(QStringLiteral("resource")).toString());
    QCOMPARE(coreNames, (QStringList{QStringLiteral("namespaces"), QStringLiteral("pods"), QStringLiteral("events")}));

    const Simulator::Answer beta = m_sim->send(
        "GET", QStringLiteral("/apis"), {},
        "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,application/json");
    QCOMPARE(beta.contentType, QStringLiteral("application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList"));
    QCOMPARE(beta.body.value(QStringLiteral("items")).toArray().at(0).toObject().value(QStringLiteral("metadata")).toObject()
                 .value(QStringLiteral("name")).toString(),
             QStringLiteral("apps"));

    const Simulator::Answer plainCore = m_sim->send("GET", QStringLiteral("/api"), {}, "application/json");
    QCOMPARE(plainCore.contentType, QStringLiteral("application/json"));
    QCOMPARE(plainCore.body.value(QStringLiteral("kind")).toString(), QStringLiteral("APIVersions"));
    const Simulator::Answer plainGroups = m_sim->send("GET", QStringLiteral("/apis"), {}, "application/json");
    QCOMPARE(plainGroups.body.value(QStringLiteral("kind")).toString(), QStringLiteral("APIGroupList"));
}

void TstKubectlFidelity::expiredWatchDuringRolloutStatus()
{
    QCOMPARE(m_sim->admin("POST", QStringLiteral("/admin/faults"), QJsonObject{{QStringLiteral("expireWatches"), 1}})
                 .value(QStringLiteral("expireWatches"))
                 .toInt(),
             1);
    QCOMPARE(m_sim->admin("DELETE", QStringLiteral("/admin/requests")).value(QStringLiteral("cleared")).toBool(), true);
    rollOut(QStringLiteral("odoo-web"), QStringLiteral("odoo=odoo:17.0-X"));

    // After the 410, kubectl relists from its last resourceVersion (not 0) and watches again.
    QStringList watchesAndLists;
    for (const QJsonValue &entry : m_sim->requestLog()) {
        const QString target = entry.toObject().value(QStringLiteral("target")).toString();
        if (target.contains(QStringLiteral("/deployments?")))
            watchesAndLists.append(target);
    }
    QVERIFY2(watchesAndLists.size() >= 4, qPrintable(watchesAndLists.join(QLatin1Char('\n'))));
    QVERIFY(watchesAndLists.at(0).contains(QStringLiteral("resourceVersion=0")));
    QVERIFY(watchesAndLists.at(1).contains(QStringLiteral("watch=true")));
    QVERIFY(!watchesAndLists.at(2).contains(QStringLiteral("watch=true")));
    QVERIFY2(QRegularExpression(QStringLiteral("resourceVersion=[1-9]\\d*")).match(watchesAndLists.at(2)).hasMatch(),
             qPrintable(watchesAndLists.at(2)));
    QVERIFY(watchesAndLists.at(3).contains(QStringLiteral("watch=true")));
}

void TstKubectlFidelity::wrongTokenIsUnauthorized()
{
    QFile original(m_sim->kubeconfig());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(original.readAll());
    text.replace(QRegularExpression(QStringLiteral("token: \"[0-9a-f]+\"")), QStringLiteral("token: \"not-the-token\""));
    QTemporaryDir dir;
    QFile wrong(dir.filePath(QStringLiteral("kubeconfig")));
    QVERIFY(wrong.open(QIODevice::WriteOnly));
    wrong.write(text.toUtf8());
    wrong.close();
    const KubectlResult result = m_sim->kubectl({QStringLiteral("get"), QStringLiteral("pods")}, wrong.fileName());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.output.trimmed().endsWith(
                 QStringLiteral("error: You must be logged in to the server (the server has asked for the client to provide credentials)")),
             qPrintable(result.output));
    QVERIFY2(!result.output.contains(QStringLiteral("not-the-token")), qPrintable(result.output));
}

void TstKubectlFidelity::unknownCaIsRejected()
{
    QFile original(m_sim->kubeconfig());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QString text = QString::fromUtf8(original.readAll());
    text.remove(QRegularExpression(QStringLiteral("\\s+certificate-authority-data: \\S+")));
    QTemporaryDir dir;
    QFile noCa(dir.filePath(QStringLiteral("kubeconfig")));
    QVERIFY(noCa.open(QIODevice::WriteOnly));
    noCa.write(text.toUtf8());
    noCa.close();
    const KubectlResult result = m_sim->kubectl({QStringLiteral("get"), QStringLiteral("pods")}, noCa.fileName());
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.contains(QStringLiteral("x509: certificate signed by unknown authority")), qPrintable(result.output));
}

void TstKubectlFidelity::errorMessages_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("not found") << QStringList{QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("nope")}
                               << QStringLiteral("Error from server (NotFound): deployments.apps \"nope\" not found");
    QTest::newRow("label-breaking patch")
        << QStringList{QStringLiteral("patch"), QStringLiteral("deployment/odoo-web"), QStringLiteral("--type=merge"), QStringLiteral("-p"),
                       QStringLiteral("{\"spec\":{\"template\":{\"metadata\":{\"labels\":{\"app\":\"other\"}}}}}")}
        << QStringLiteral("The Deployment \"odoo-web\" is invalid: spec.template.metadata.labels: Invalid value: "
                          "map[string]string{\"app\":\"other\", \"app.kubernetes.io/component\":\"odoo-web\"}: "
                          "`selector` does not match template `labels`");
    QTest::newRow("negative replicas")
        << QStringList{QStringLiteral("patch"), QStringLiteral("deployment/odoo-web"), QStringLiteral("--type=merge"), QStringLiteral("-p"),
                       QStringLiteral("{\"spec\":{\"replicas\":-1}}")}
        << QStringLiteral("The Deployment \"odoo-web\" is invalid: spec.replicas: Invalid value: -1: must be greater than or equal to 0");
    QTest::newRow("delete a missing pod") << QStringList{QStringLiteral("delete"), QStringLiteral("pod"), QStringLiteral("nope")}
                                          << QStringLiteral("Error from server (NotFound): pods \"nope\" not found");
    QTest::newRow("unknown resource") << QStringList{QStringLiteral("get"), QStringLiteral("cronjobs")}
                                      << QStringLiteral("error: the server doesn't have a resource type \"cronjobs\"");
}

void TstKubectlFidelity::errorMessages()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const KubectlResult result = k(arguments);
    QCOMPARE(result.output.trimmed(), message);
    QCOMPARE(result.exitCode, 1);
}

void TstKubectlFidelity::requestsMatchSpecification()
{
    // A stale full update is refused with a conflict.
    const KubectlResult json = k({QStringLiteral("get"), QStringLiteral("deploy"), QStringLiteral("odoo-web"), QStringLiteral("-o"),
                                  QStringLiteral("json")});
    QCOMPARE(json.exitCode, 0);
    QTemporaryDir dir;
    QFile stale(dir.filePath(QStringLiteral("odoo-web.json")));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.write(json.output.toUtf8());
    stale.close();
    QCOMPARE(k({QStringLiteral("scale"), QStringLiteral("deployment/odoo-web"), QStringLiteral("--replicas=3")}).exitCode, 0);
    const KubectlResult replace = k({QStringLiteral("replace"), QStringLiteral("--validate=false"), QStringLiteral("-f"), stale.fileName()});
    QCOMPARE(replace.exitCode, 1);
    QVERIFY2(replace.output.trimmed().endsWith(
                 QStringLiteral("Error from server (Conflict): error when replacing \"") + stale.fileName()
                 + QStringLiteral("\": Operation cannot be fulfilled on deployments.apps \"odoo-web\": the object has been modified; "
                                  "please apply your changes to the latest version and try again")),
             qPrintable(replace.output));

    rollOut(QStringLiteral("odoo-web"), QStringLiteral("odoo=odoo:17.0-X"));
    QCOMPARE(k({QStringLiteral("rollout"), QStringLiteral("undo"), QStringLiteral("deployment/odoo-web")}).exitCode, 0);
    QCOMPARE(k({QStringLiteral("rollout"), QStringLiteral("pause"), QStringLiteral("deployment/odoo-web")}).exitCode, 0);

    QStringList patches;
    bool openapi = false;
    for (const QJsonValue &value : m_sim->requestLog()) {
        const QJsonObject entry = value.toObject();
        const QString target = entry.value(QStringLiteral("target")).toString();
        openapi = openapi || target.startsWith(QStringLiteral("/openapi"));
        if (entry.value(QStringLiteral("method")).toString() == QStringLiteral("PATCH"))
            patches.append(target.section(QLatin1Char('/'), -1) + QLatin1Char(' ') + entry.value(QStringLiteral("contentType")).toString());
    }
    QVERIFY(!openapi);
    const QStringList expected{
        QStringLiteral("scale application/merge-patch+json"),
        QStringLiteral("odoo-web?fieldManager=kubectl-set application/strategic-merge-patch+json"),
        QStringLiteral("odoo-web application/json-patch+json"),
        QStringLiteral("odoo-web?fieldManager=kubectl-rollout application/strategic-merge-patch+json"),
    };
    QCOMPARE(patches, expected);
}

QTEST_GUILESS_MAIN(TstKubectlFidelity)
#include "tst_kubectl_fidelity.moc"
