// Logging in to an environment's Prometheus and Alertmanager as the estate says:
// spec.prometheus / spec.alertmanager with bearerToken, basicAuth and caFile, read by the
// loader (bad values are diagnostics with file:line), and the clients sending the secret
// from the keychain to a server that insists on it. Runs under with-keyring.sh.

#include "postgresfixture.h"
#include "services/alertmanagerclient.h"
#include "services/estateloader.h"
#include "services/healthhttp.h"
#include "services/prometheusclient.h"
#include "services/secretstore.h"

#include <QDirIterator>
#include <QEventLoop>
#include <QFile>
#include <QFutureWatcher>
#include <QHostAddress>
#include <QProcess>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslServer>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse;
using Services::EstateLoader;
using Services::HttpEndpoint;

namespace {

using Tests::await;

const QString kEnvironmentFile = QStringLiteral("environments/production-eu.yaml");
const QString kPrometheusLine = QStringLiteral("  prometheus: {url: \"http://127.0.0.1:9090\"}\n");
/// The line of kPrometheusLine in kEnvironmentFile.
int prometheusLineNumber()
{
    QFile file(QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate/") + kEnvironmentFile);
    file.open(QIODevice::ReadOnly);
    const QString text = QString::fromUtf8(file.readAll());
    return int(text.left(text.indexOf(kPrometheusLine)).count(QLatin1Char('\n'))) + 1;
}

/// The demo estate with production-eu's `prometheus:` line replaced by `block`.
Services::EstateLoadResult loadWithPrometheus(const QString &block)
{
    const QString root = QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/demo-estate");
    QList<QPair<QString, QByteArray>> files;
    QDirIterator it(root, {QStringLiteral("*.yaml"), QStringLiteral("*.yml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        QByteArray content = file.readAll();
        const QString name = QDir(root).relativeFilePath(path);
        if (name == kEnvironmentFile) {
            content.replace(kPrometheusLine.toUtf8(), block.toUtf8());
            if (block.contains(QStringLiteral("alertmanager:"))) // the block brings its own
                content.replace("  alertmanager: {url: \"http://127.0.0.1:9093\"}\n", "");
        }
        files.append({name, content});
    }
    return EstateLoader::loadDocuments(files, root);
}

/// A one-request-at-a-time HTTP server that answers 200 with `body` only when the request
/// carries `Authorization: <expected>`, 401 otherwise; it keeps what it was sent.
class AuthServer : public QObject
{
public:
    explicit AuthServer(QByteArray expected, QByteArray body)
        : m_expected(std::move(expected))
        , m_body(std::move(body))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QList<QByteArray> authorizations; ///< the Authorization header of each request ("" when none)

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        QByteArray authorization;
        for (const QByteArray &line : buffer.left(end).split('\n')) {
            if (line.toLower().startsWith("authorization:"))
                authorization = line.mid(14).trimmed();
        }
        buffer.clear();
        authorizations.append(authorization);
        const bool ok = authorization == m_expected;
        const QByteArray body = ok ? m_body : QByteArray("Unauthorized\n");
        socket->write((ok ? "HTTP/1.1 200 OK\r\n" : "HTTP/1.1 401 Unauthorized\r\n")
                      + QByteArray("Content-Type: application/json\r\nContent-Length: ") + QByteArray::number(body.size())
                      + "\r\n\r\n" + body);
    }

    QTcpServer m_server;
    QByteArray m_expected;
    QByteArray m_body;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

/// An HTTPS server (TLS by Qt's QSslServer) with the certificate and key it is given,
/// answering every request with 200 and `body`.
class TlsServer : public QObject
{
public:
    TlsServer(const QSslCertificate &certificate, const QSslKey &key, QByteArray body) : m_body(std::move(body))
    {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(certificate);
        tls.setPrivateKey(key);
        m_server.setSslConfiguration(tls);
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    m_request += socket->readAll();
                    if (!m_request.contains("\r\n\r\n"))
                        return;
                    m_request.clear();
                    ++answered;
                    socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                  + QByteArray::number(m_body.size()) + "\r\n\r\n" + m_body);
                });
            }
        });
    }

    QUrl url() const { return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort())); }
    bool isListening() const { return m_server.isListening(); }
    int answered = 0;

private:
    QSslServer m_server;
    QByteArray m_body;
    QByteArray m_request;
};

const QByteArray kVectorAnswer = R"({"status":"success","data":{"resultType":"vector","result":[)"
                                 R"({"metric":{"__name__":"up","environment":"production-eu"},"value":[1700000000,"1"]}]}})";

} // namespace

class TestHealthAuth : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Services::SecretStore m_secrets;
    QString m_caFile;

    bool writeSecret(const QString &reference, const QString &secret)
    {
        return await(m_secrets.writePassword(reference, secret)).ok();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("GATEHOUSE_TEST_KEYRING"), "run through with-keyring.sh");
        QVERIFY(m_dir.isValid());
        // A real PEM certificate to trust: one of the system's own CAs.
        const QList<QSslCertificate> system = QSslConfiguration::systemCaCertificates();
        QVERIFY(!system.isEmpty());
        m_caFile = m_dir.filePath(QStringLiteral("ca.pem"));
        QFile ca(m_caFile);
        QVERIFY(ca.open(QIODevice::WriteOnly));
        ca.write(system.constFirst().toPem());
        ca.close();
        QFile notPem(m_dir.filePath(QStringLiteral("not-a-certificate.txt")));
        QVERIFY(notPem.open(QIODevice::WriteOnly));
        notPem.write("just text\n");
    }

    void loaderReadsLoginAndCa()
    {
        const auto result = loadWithPrometheus(QStringLiteral("  prometheus:\n"
                                                              "    url: \"https://prometheus.example:9090\"\n"
                                                              "    bearerToken: keychain:gatehouse/prom-token\n"
                                                              "    caFile: %1\n"
                                                              "  alertmanager:\n"
                                                              "    url: \"https://alertmanager.example:9093\"\n"
                                                              "    basicAuth: {user: gatehouse, password: keychain:gatehouse/am}\n")
                                                   .arg(m_caFile));
        QVERIFY2(result.estate, qPrintable(result.diagnostics.isEmpty() ? QString() : result.diagnostics.first().toString()));
        const Models::Environment *env = nullptr;
        for (const Models::Environment &candidate : result.estate->environments)
            if (candidate.name == QLatin1String("production-eu"))
                env = &candidate;
        QVERIFY(env);
        QCOMPARE(env->prometheusAccess.bearerTokenRef, QStringLiteral("keychain:gatehouse/prom-token"));
        QCOMPARE(env->prometheusAccess.caFile, m_caFile);
        QVERIFY(env->prometheusAccess.basicAuthUser.isEmpty());
        QCOMPARE(env->alertmanagerAccess.basicAuthUser, QStringLiteral("gatehouse"));
        QCOMPARE(env->alertmanagerAccess.basicAuthPasswordRef, QStringLiteral("keychain:gatehouse/am"));

        const HttpEndpoint prometheus = HttpEndpoint::forSource(env->prometheusUrl, env->prometheusAccess);
        QCOMPARE(prometheus.auth, HttpEndpoint::Auth::Bearer);
        QCOMPARE(prometheus.secretRef, QStringLiteral("keychain:gatehouse/prom-token"));
        QCOMPARE(prometheus.caCertificateFile, m_caFile);
        const HttpEndpoint alertmanager = HttpEndpoint::forSource(env->alertmanagerUrl, env->alertmanagerAccess);
        QCOMPARE(alertmanager.auth, HttpEndpoint::Auth::Basic);
        QCOMPARE(alertmanager.user, QStringLiteral("gatehouse"));
        QCOMPARE(alertmanager.secretRef, QStringLiteral("keychain:gatehouse/am"));
        // Without any of the keys: no login, as before.
        const auto plain = loadWithPrometheus(kPrometheusLine);
        QVERIFY(plain.estate);
    }

    void badValuesAreDiagnostics_data()
    {
        QTest::addColumn<QString>("block");
        QTest::addColumn<int>("lineOffset"); ///< line of the finding, counted from the `prometheus:` line
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("secret"); ///< must not appear in any message

        QTest::newRow("token written inline")
            << QStringLiteral("  prometheus:\n    url: \"http://127.0.0.1:9090\"\n    bearerToken: s3cr3t-t0ken\n") << 2
            << QStringLiteral("'spec.prometheus.bearerToken' must be a secret reference keychain:<service>/<account>")
            << QStringLiteral("s3cr3t-t0ken");
        QTest::newRow("basic-auth password inline")
            << QStringLiteral("  prometheus:\n    url: \"http://127.0.0.1:9090\"\n"
                              "    basicAuth:\n      user: ops\n      password: hunter2-pw\n")
            << 4 << QStringLiteral("'spec.prometheus.basicAuth.password' must be a secret reference")
            << QStringLiteral("hunter2-pw");
        QTest::newRow("basic auth without a password")
            << QStringLiteral("  prometheus:\n    url: \"http://127.0.0.1:9090\"\n    basicAuth: {user: ops}\n") << 2
            << QStringLiteral("missing required key 'password' in 'spec.prometheus.basicAuth'") << QString();
        QTest::newRow("token and basic auth")
            << QStringLiteral("  prometheus:\n    url: \"http://127.0.0.1:9090\"\n"
                              "    bearerToken: keychain:gatehouse/t\n"
                              "    basicAuth: {user: ops, password: keychain:gatehouse/p}\n")
            << 3 << QStringLiteral("'spec.prometheus.basicAuth' and 'spec.prometheus.bearerToken' cannot both be set")
            << QString();
        QTest::newRow("missing CA file")
            << QStringLiteral("  prometheus:\n    url: \"https://127.0.0.1:9090\"\n    caFile: certs/nowhere.pem\n")
            << 2 << QStringLiteral("'spec.prometheus.caFile': CA file 'certs/nowhere.pem' does not exist") << QString();
        QTest::newRow("CA file without a certificate")
            << QStringLiteral("  prometheus:\n    url: \"https://127.0.0.1:9090\"\n    caFile: %1\n")
                   .arg(m_dir.filePath(QStringLiteral("not-a-certificate.txt")))
            << 2 << QStringLiteral("holds no PEM certificate") << QString();
        QTest::newRow("unknown key")
            << QStringLiteral("  prometheus:\n    url: \"http://127.0.0.1:9090\"\n    bearer: keychain:gatehouse/t\n") << 2
            << QStringLiteral("bearerToken") << QString();
    }

    void badValuesAreDiagnostics()
    {
        QFETCH(QString, block);
        QFETCH(int, lineOffset);
        QFETCH(QString, message);
        QFETCH(QString, secret);
        const auto result = loadWithPrometheus(block);
        QVERIFY(!result.estate);
        const Models::Diagnostic *found = nullptr;
        for (const Models::Diagnostic &diagnostic : result.diagnostics) {
            if (!secret.isEmpty())
                QVERIFY2(!diagnostic.toString().contains(secret), qPrintable(diagnostic.toString()));
            if (diagnostic.message.contains(message))
                found = &diagnostic;
        }
        QVERIFY2(found, qPrintable(result.diagnostics.isEmpty() ? QStringLiteral("no diagnostic")
                                                                : result.diagnostics.first().toString()));
        QCOMPARE(found->location.file, kEnvironmentFile);
        QCOMPARE(found->location.line, prometheusLineNumber() + lineOffset);
        QVERIFY(found->location.column > 0);
    }

    void bearerTokenFromTheKeychainIsSent()
    {
        QVERIFY(writeSecret(QStringLiteral("keychain:gatehouse-test/prom-token"), QStringLiteral("tok-123-secret")));
        AuthServer server("Bearer tok-123-secret", kVectorAnswer);
        Models::HttpSourceAccess access;
        access.bearerTokenRef = QStringLiteral("keychain:gatehouse-test/prom-token");

        Services::PrometheusClient client;
        client.setSecretStore(&m_secrets);
        client.setEndpoint(HttpEndpoint::forSource(server.url(), access));
        const auto answer = await(client.query(QStringLiteral("up")));
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
        QCOMPARE(answer->size(), 1);
        QCOMPARE(answer->constFirst().labels.value(QStringLiteral("environment")), QStringLiteral("production-eu"));
        QCOMPARE(server.authorizations, QList<QByteArray>{"Bearer tok-123-secret"});
        QCOMPARE(client.state().status, Models::SourceState::Status::Fresh);

        // Without the login the same server refuses: the header is what let the query in.
        Services::PrometheusClient anonymous;
        anonymous.setEndpoint(HttpEndpoint::forSource(server.url(), {}));
        const auto refused = await(anonymous.query(QStringLiteral("up")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("401")), qPrintable(refused.error().message));
    }

    void wrongSecretIsRefusedWithoutShowingIt()
    {
        QVERIFY(writeSecret(QStringLiteral("keychain:gatehouse-test/am-password"), QStringLiteral("wrong-pass-77")));
        AuthServer server("Basic " + QByteArray("ops:right-pass").toBase64(), "[]");
        Models::HttpSourceAccess access;
        access.basicAuthUser = QStringLiteral("ops");
        access.basicAuthPasswordRef = QStringLiteral("keychain:gatehouse-test/am-password");

        Services::AlertmanagerClient client;
        client.setSecretStore(&m_secrets);
        client.setEndpoint(HttpEndpoint::forSource(server.url(), access));
        const auto refused = await(client.alerts());
        QVERIFY(!refused.ok());
        QCOMPARE(server.authorizations, QList<QByteArray>{"Basic " + QByteArray("ops:wrong-pass-77").toBase64()});
        QVERIFY2(refused.error().message.contains(QStringLiteral("refused the credentials")),
                 qPrintable(refused.error().message));
        QVERIFY(!refused.error().message.contains(QStringLiteral("wrong-pass-77")));
        QVERIFY(!client.state().reason.contains(QStringLiteral("wrong-pass-77")));

        QVERIFY(writeSecret(QStringLiteral("keychain:gatehouse-test/am-password"), QStringLiteral("right-pass")));
        Services::AlertmanagerClient fixed;
        fixed.setSecretStore(&m_secrets);
        fixed.setEndpoint(HttpEndpoint::forSource(server.url(), access));
        const auto alerts = await(fixed.alerts());
        QVERIFY2(alerts.ok(), qPrintable(alerts.ok() ? QString() : alerts.error().message));
        QVERIFY(alerts->isEmpty());
    }

    // A Prometheus behind TLS with a certificate from the estate's own CA: trusted through
    // caFile, refused without it (the system CAs do not know that CA).
    void customCaIsTrusted()
    {
        QTemporaryDir pki;
        QVERIFY(pki.isValid());
        const auto openssl = [&](const QStringList &arguments) {
            QProcess process;
            process.setWorkingDirectory(pki.path());
            process.setProcessChannelMode(QProcess::MergedChannels);
            process.start(QStringLiteral("openssl"), arguments);
            return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0
                ? QByteArray()
                : process.readAll() + process.errorString().toUtf8();
        };
        QFile extensions(pki.filePath(QStringLiteral("server.ext")));
        QVERIFY(extensions.open(QIODevice::WriteOnly));
        extensions.write("subjectAltName=IP:127.0.0.1\nbasicConstraints=CA:FALSE\n");
        extensions.close();
        for (const QStringList &step : {
                 QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                             QStringLiteral("-nodes"), QStringLiteral("-keyout"), QStringLiteral("ca.key"), QStringLiteral("-out"),
                             QStringLiteral("ca.pem"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                             QStringLiteral("/CN=Northwind monitoring CA")},
                 QStringList{QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                             QStringLiteral("-keyout"), QStringLiteral("server.key"), QStringLiteral("-out"),
                             QStringLiteral("server.csr"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1")},
                 QStringList{QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("server.csr"),
                             QStringLiteral("-CA"), QStringLiteral("ca.pem"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                             QStringLiteral("-CAcreateserial"), QStringLiteral("-out"), QStringLiteral("server.pem"),
                             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"), QStringLiteral("server.ext")}}) {
            const QByteArray failure = openssl(step);
            QVERIFY2(failure.isEmpty(), failure.constData());
        }
        const QList<QSslCertificate> certificate = QSslCertificate::fromPath(pki.filePath(QStringLiteral("server.pem")));
        QCOMPARE(certificate.size(), 1);
        QFile keyFile(pki.filePath(QStringLiteral("server.key")));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(&keyFile, QSsl::Rsa);
        QVERIFY(!key.isNull());
        TlsServer server(certificate.constFirst(), key, kVectorAnswer);
        QVERIFY(server.isListening());

        Models::HttpSourceAccess trusting;
        trusting.caFile = pki.filePath(QStringLiteral("ca.pem"));
        Services::PrometheusClient client;
        client.setEndpoint(HttpEndpoint::forSource(server.url(), trusting));
        const auto answer = await(client.query(QStringLiteral("up")));
        QVERIFY2(answer.ok(), qPrintable(answer.ok() ? QString() : answer.error().message));
        QCOMPARE(answer->size(), 1);
        QCOMPARE(server.answered, 1);

        Services::PrometheusClient untrusting;
        untrusting.setEndpoint(HttpEndpoint::forSource(server.url(), Models::HttpSourceAccess()));
        const auto refused = await(untrusting.query(QStringLiteral("up")));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QStringLiteral("SSL"), Qt::CaseInsensitive)
                     || refused.error().message.contains(QStringLiteral("certificate"), Qt::CaseInsensitive),
                 qPrintable(refused.error().message));
        QCOMPARE(server.answered, 1); // nothing was sent over the untrusted connection
    }

    void missingKeychainEntryIsACredentialsFailure()
    {
        Models::HttpSourceAccess access;
        access.bearerTokenRef = QStringLiteral("keychain:gatehouse-test/never-written");
        AuthServer server("Bearer x", kVectorAnswer);
        Services::PrometheusClient client;
        client.setSecretStore(&m_secrets);
        client.setEndpoint(HttpEndpoint::forSource(server.url(), access));
        const auto answer = await(client.query(QStringLiteral("up")));
        QVERIFY(!answer.ok());
        QVERIFY2(answer.error().message.contains(QStringLiteral("keychain:gatehouse-test/never-written")),
                 qPrintable(answer.error().message));
        QVERIFY(server.authorizations.isEmpty()); // nothing was sent without the secret
    }
};

QTEST_GUILESS_MAIN(TestHealthAuth)
#include "tst_healthauth.moc"
