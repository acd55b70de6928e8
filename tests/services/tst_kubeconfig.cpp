// kubeconfig loading as users have it (merge order, missing files, bad YAML naming file
// and key, relative paths) and the credentials of a context (token file, exec plugins).

#include "services/kubeclientcredentials.h"
#include "services/kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Gatehouse::Services;

namespace {

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text, bool executable = false)
{
    const QString path = dir.filePath(name);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write %s", qPrintable(path));
    f.write(text);
    f.close();
    if (executable)
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner | QFileDevice::ExeUser);
    return path;
}

QByteArray config(const QByteArray &contextName, const QByteArray &ns, const QByteArray &current,
                  const QByteArray &server = "https://127.0.0.1:6443")
{
    QByteArray y = "apiVersion: v1\nkind: Config\n";
    if (!current.isEmpty())
        y += "current-context: " + current + "\n";
    y += "clusters:\n- name: c-" + contextName + "\n  cluster:\n    server: " + server + "\n";
    y += "users:\n- name: u-" + contextName + "\n  user:\n    token: tok-" + contextName + "\n";
    y += "contexts:\n- name: " + contextName + "\n  context:\n    cluster: c-" + contextName + "\n    user: u-"
        + contextName + "\n    namespace: " + ns + "\n";
    return y;
}

} // namespace

class TestKubeConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mergeOrder_data();
    void mergeOrder();
    void missingFiles();
    void defaultFilesFollowKubeconfigVariable();
    void badInputNamesFileAndKey_data();
    void badInputNamesFileAndKey();
    void unknownContextNamesFiles();
    void relativePathsAndData();
    void unreadableCertificateNamesKey();
    void insecureSkipTlsVerifyIsReported();
    void tokenFileIsReadEachTime();
    void execPluginSuccessWithArgsAndEnv();
    void execPluginFailure();
    void execPluginCachesUntilExpiry();
    void execPluginBadOutput();
};

void TestKubeConfig::mergeOrder_data()
{
    QTest::addColumn<QStringList>("order");
    QTest::addColumn<QString>("expectedCurrent");
    QTest::addColumn<QString>("expectedNamespace");
    // a.yaml: context "shared" in namespace "from-a", current-context "shared".
    // b.yaml: context "shared" in namespace "from-b", current-context "other".
    QTest::newRow("a first") << QStringList{QStringLiteral("a.yaml"), QStringLiteral("b.yaml")}
                             << QStringLiteral("shared") << QStringLiteral("from-a");
    QTest::newRow("b first") << QStringList{QStringLiteral("b.yaml"), QStringLiteral("a.yaml")}
                             << QStringLiteral("other") << QStringLiteral("from-b");
    QTest::newRow("empty current-context skipped")
        << QStringList{QStringLiteral("c.yaml"), QStringLiteral("a.yaml")} << QStringLiteral("shared")
        << QStringLiteral("from-c");
}

void TestKubeConfig::mergeOrder()
{
    QFETCH(QStringList, order);
    QFETCH(QString, expectedCurrent);
    QFETCH(QString, expectedNamespace);
    QTemporaryDir dir;
    write(dir, QStringLiteral("a.yaml"), config("shared", "from-a", "shared"));
    write(dir, QStringLiteral("b.yaml"), config("shared", "from-b", "other") + "- name: other\n  context:\n    cluster: c-shared\n    user: u-shared\n");
    write(dir, QStringLiteral("c.yaml"), config("shared", "from-c", ""));
    QStringList files;
    for (const QString &f : order)
        files.append(dir.filePath(f));
    const auto loaded = KubeConfig::load(files);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(loaded->currentContext(), expectedCurrent);
    const auto shared = loaded->connection(QStringLiteral("shared"));
    QVERIFY(shared.ok());
    QCOMPARE(shared->namespaceName, expectedNamespace);
    // The first file's user wins too.
    QCOMPARE(shared->token, QStringLiteral("tok-shared"));
    QCOMPARE(loaded->contextNames().count(QStringLiteral("shared")), 1);
}

void TestKubeConfig::missingFiles()
{
    QTemporaryDir dir;
    const QString present = write(dir, QStringLiteral("present.yaml"), config("ctx", "ns1", "ctx"));
    const QString missing = dir.filePath(QStringLiteral("missing.yaml"));

    const auto merged = KubeConfig::load({missing, present});
    QVERIFY(merged.ok());
    QCOMPARE(merged->currentContext(), QStringLiteral("ctx"));
    QCOMPARE(merged->warnings().size(), 1);
    QVERIFY(merged->warnings().first().contains(missing));

    const auto explicitMissing = KubeConfig::load({missing}, true);
    QVERIFY(!explicitMissing.ok());
    QCOMPARE(explicitMissing.error().location.file, missing);
    QVERIFY(explicitMissing.error().toString().contains(QStringLiteral("does not exist")));

    const auto none = KubeConfig::load({missing, dir.filePath(QStringLiteral("also-missing"))});
    QVERIFY(!none.ok());
    QVERIFY(none.error().message.contains(missing));
}

void TestKubeConfig::defaultFilesFollowKubeconfigVariable()
{
    const QByteArray saved = qgetenv("KUBECONFIG");
    qputenv("KUBECONFIG", "/x/one:/y/two::");
    QCOMPARE(KubeConfig::defaultFiles(), (QStringList{QStringLiteral("/x/one"), QStringLiteral("/y/two")}));
    qputenv("KUBECONFIG", "");
    QCOMPARE(KubeConfig::defaultFiles(), QStringList{QDir::homePath() + QStringLiteral("/.kube/config")});
    qputenv("KUBECONFIG", saved);
}

void TestKubeConfig::badInputNamesFileAndKey_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("expected");
    QTest::newRow("syntax") << QByteArray("clusters:\n- name: a\n  cluster: {server: [\n") << 0
                            << QStringLiteral("YAML syntax error");
    QTest::newRow("clusters not a list") << QByteArray("kind: Config\nclusters: {a: b}\n") << 2
                                         << QStringLiteral("clusters: expected a list");
    QTest::newRow("bad base64")
        << QByteArray("clusters:\n- name: prod\n  cluster:\n    server: https://k:6443\n"
                      "    certificate-authority-data: '***'\n")
        << 5 << QStringLiteral("clusters[\"prod\"].cluster.certificate-authority-data: not valid base64");
    QTest::newRow("server not a URL") << QByteArray("clusters:\n- name: prod\n  cluster:\n    server: 'not a url'\n")
                                      << 4 << QStringLiteral("clusters[\"prod\"].cluster.server: expected an http(s) URL");
    QTest::newRow("exec apiVersion")
        << QByteArray("users:\n- name: eks\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1alpha1\n"
                      "      command: aws\n")
        << 5 << QStringLiteral("users[\"eks\"].user.exec.apiVersion: expected client.authentication.k8s.io/v1");
    QTest::newRow("context without name") << QByteArray("contexts:\n- context: {cluster: a}\n") << 2
                                          << QStringLiteral("contexts[0].name: missing");
    QTest::newRow("wrong kind") << QByteArray("kind: Pod\n") << 1 << QStringLiteral("kind: expected \"Config\"");
    QTest::newRow("control character") << QByteArray("clusters:\n\x01\n") << 2
                                       << QStringLiteral("control character");
    QTest::newRow("env not a list")
        << QByteArray("users:\n- name: gke\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
                      "      command: gke-gcloud-auth-plugin\n      env: {A: b}\n")
        << 7 << QStringLiteral("users[\"gke\"].user.exec.env: expected a list");
}

void TestKubeConfig::badInputNamesFileAndKey()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString file = write(dir, QStringLiteral("config"), text);
    const auto loaded = KubeConfig::load({file}, true);
    QVERIFY(!loaded.ok());
    const QString message = loaded.error().toString();
    QVERIFY2(message.startsWith(file), qPrintable(message));
    QVERIFY2(message.contains(expected), qPrintable(message));
    if (line > 0)
        QCOMPARE(loaded.error().location.line, line);
    else
        QVERIFY(loaded.error().location.line > 0);
}

void TestKubeConfig::unknownContextNamesFiles()
{
    QTemporaryDir dir;
    const QString file = write(dir, QStringLiteral("config"),
                               config("ctx", "ns", "ctx") + "- name: broken\n  context:\n    cluster: nowhere\n    user: u-ctx\n");
    const auto loaded = KubeConfig::load({file});
    QVERIFY(loaded.ok());
    const auto unknown = loaded->connection(QStringLiteral("staging"));
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().toString().contains(QStringLiteral("no context named \"staging\"")));
    QVERIFY(unknown.error().toString().contains(file));
    const auto broken = loaded->connection(QStringLiteral("broken"));
    QVERIFY(!broken.ok());
    QCOMPARE(broken.error().location.file, file);
    QVERIFY2(broken.error().message.startsWith(QStringLiteral("contexts[\"broken\"].context.cluster: ")),
             qPrintable(broken.error().message));
}

void TestKubeConfig::relativePathsAndData()
{
    QTemporaryDir dir;
    write(dir, QStringLiteral("kube/certs/ca.pem"), "-----BEGIN CERTIFICATE-----\nCA\n-----END CERTIFICATE-----\n");
    const QByteArray keyData = QByteArray("-----BEGIN EC PRIVATE KEY-----\nKEY\n-----END EC PRIVATE KEY-----\n").toBase64();
    const QString file = write(
        dir, QStringLiteral("kube/config"),
        "apiVersion: v1\nkind: Config\ncurrent-context: prod\n"
        "clusters:\n- name: prod\n  cluster:\n    server: https://10.0.0.1:6443/prefix\n"
        "    certificate-authority: certs/ca.pem\n    tls-server-name: api.internal\n"
        "users:\n- name: admin\n  user:\n    client-certificate: certs/ca.pem\n    client-key-data: "
            + keyData
            + "\n"
              "contexts:\n- name: prod\n  context: {cluster: prod, user: admin}\n");
    const auto loaded = KubeConfig::load({file});
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    const auto conn = loaded->connection();
    QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().toString()));
    QCOMPARE(conn->namespaceName, QStringLiteral("default"));
    QCOMPARE(conn->server, QUrl(QStringLiteral("https://10.0.0.1:6443/prefix")));
    QVERIFY(conn->caPem.contains("BEGIN CERTIFICATE"));
    QVERIFY(conn->clientCertificatePem.contains("BEGIN CERTIFICATE"));
    QVERIFY(conn->clientKeyPem.contains("EC PRIVATE KEY"));
    QCOMPARE(conn->tlsServerName, QStringLiteral("api.internal"));
    QCOMPARE(conn->sourceFile, file);
}

void TestKubeConfig::unreadableCertificateNamesKey()
{
    QTemporaryDir dir;
    const QString file = write(dir, QStringLiteral("config"),
                               "current-context: x\nclusters:\n- name: c\n  cluster: {server: 'https://h:1'}\n"
                               "users:\n- name: u\n  user:\n    client-certificate: /nonexistent/cert.pem\n"
                               "    client-key: /nonexistent/key.pem\n"
                               "contexts:\n- name: x\n  context: {cluster: c, user: u}\n");
    const auto loaded = KubeConfig::load({file});
    QVERIFY(loaded.ok());
    const auto conn = loaded->connection();
    QVERIFY(!conn.ok());
    const QString message = conn.error().toString();
    QVERIFY2(message.startsWith(file + QStringLiteral(":6:")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("users[\"u\"].user.client-certificate: cannot read /nonexistent/cert.pem")),
             qPrintable(message));
}

void TestKubeConfig::insecureSkipTlsVerifyIsReported()
{
    QTemporaryDir dir;
    const QString file = write(dir, QStringLiteral("config"),
                               "current-context: x\nclusters:\n- name: c\n  cluster:\n    server: 'https://h:1'\n"
                               "    insecure-skip-tls-verify: true\n"
                               "contexts:\n- name: x\n  context: {cluster: c}\n");
    const auto loaded = KubeConfig::load({file});
    QVERIFY(loaded.ok());
    const auto conn = loaded->connection();
    QVERIFY(conn.ok());
    QVERIFY(conn->insecureSkipTlsVerify);
}

void TestKubeConfig::tokenFileIsReadEachTime()
{
    QTemporaryDir dir;
    const QString tokenFile = write(dir, QStringLiteral("token"), "first\n");
    const QString file = write(dir, QStringLiteral("config"),
                               "current-context: x\nclusters:\n- name: c\n  cluster: {server: 'https://h:1'}\n"
                               "users:\n- name: u\n  user: {tokenFile: token}\n"
                               "contexts:\n- name: x\n  context: {cluster: c, user: u}\n");
    const auto conn = KubeConfig::load({file})->connection();
    QVERIFY(conn.ok());
    QCOMPARE(conn->tokenFile, tokenFile);
    KubeClientCredentials credentials(conn.value());
    QCOMPARE(credentials.credential()->token, QStringLiteral("first"));
    write(dir, QStringLiteral("token"), "rotated");
    QCOMPARE(credentials.credential()->token, QStringLiteral("rotated"));
}

namespace {
QByteArray execConfig(const QString &script, const QByteArray &extra = {})
{
    return "current-context: x\nclusters:\n- name: c\n  cluster: {server: 'https://h:1'}\n"
           "users:\n- name: u\n  user:\n    exec:\n      apiVersion: client.authentication.k8s.io/v1\n"
           "      command: "
        + script.toUtf8() + "\n" + extra + "contexts:\n- name: x\n  context: {cluster: c, user: u}\n";
}
} // namespace

void TestKubeConfig::execPluginSuccessWithArgsAndEnv()
{
    QTemporaryDir dir;
    // The token is built from an argument, an env entry and the exec info the plugin receives.
    write(dir, QStringLiteral("plugin.sh"),
          "#!/bin/sh\n"
          "case \"$KUBERNETES_EXEC_INFO\" in *'\"kind\":\"ExecCredential\"'*) info=ok;; *) info=missing;; esac\n"
          "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
          "\"status\":{\"token\":\"%s-%s-%s\"}}' \"$1\" \"$REGION\" \"$info\"\n",
          true);
    const QString file = write(dir, QStringLiteral("config"),
                               execConfig(QStringLiteral("./plugin.sh"),
                                          "      args: [eu]\n      env:\n      - name: REGION\n        value: west\n"));
    const auto conn = KubeConfig::load({file})->connection();
    QVERIFY2(conn.ok(), qPrintable(conn.ok() ? QString() : conn.error().toString()));
    QCOMPARE(conn->exec.command, dir.filePath(QStringLiteral("plugin.sh")));
    KubeClientCredentials credentials(conn.value());
    const auto cred = credentials.credential();
    QVERIFY2(cred.ok(), qPrintable(cred.ok() ? QString() : cred.error().toString()));
    QCOMPARE(cred->token, QStringLiteral("eu-west-ok"));
    QVERIFY(!cred->expiry.isValid());
    QVERIFY(credentials.credential().ok());
    QCOMPARE(credentials.pluginRuns(), 1); // no expiry: cached until the server refuses it
    credentials.invalidate();
    QVERIFY(credentials.credential().ok());
    QCOMPARE(credentials.pluginRuns(), 2);
}

void TestKubeConfig::execPluginFailure()
{
    QTemporaryDir dir;
    write(dir, QStringLiteral("fail.sh"), "#!/bin/sh\necho 'error: login required, run sso-login' >&2\nexit 3\n", true);
    const auto conn = KubeConfig::load({write(dir, QStringLiteral("config"), execConfig(dir.filePath(QStringLiteral("fail.sh"))))})
                          ->connection();
    QVERIFY(conn.ok());
    KubeClientCredentials credentials(conn.value());
    const auto cred = credentials.credential();
    QVERIFY(!cred.ok());
    QCOMPARE(cred.error().message,
             QStringLiteral("the credential plugin \"fail.sh\" failed (exit code 3): error: login required, run sso-login"));

    const auto missing = KubeConfig::load({write(dir, QStringLiteral("config2"),
                                                 execConfig(QStringLiteral("/nonexistent/aws"),
                                                            "      installHint: Install the AWS CLI.\n"))})
                             ->connection();
    QVERIFY(missing.ok());
    KubeClientCredentials none(missing.value());
    const auto notStarted = none.credential();
    QVERIFY(!notStarted.ok());
    QVERIFY2(notStarted.error().message.contains(QStringLiteral("could not be started")), qPrintable(notStarted.error().message));
    QVERIFY(notStarted.error().message.endsWith(QStringLiteral("Install the AWS CLI.")));
}

void TestKubeConfig::execPluginCachesUntilExpiry()
{
    QTemporaryDir dir;
    // Each run hands out a new token valid until 12:00 UTC.
    write(dir, QStringLiteral("expiring.sh"),
          "#!/bin/sh\nn=$(cat \"$0.count\" 2>/dev/null || echo 0); n=$((n+1)); echo $n > \"$0.count\"\n"
          "printf '{\"apiVersion\":\"client.authentication.k8s.io/v1\",\"kind\":\"ExecCredential\","
          "\"status\":{\"token\":\"token-%s\",\"expirationTimestamp\":\"2030-01-01T12:00:00Z\"}}' $n\n",
          true);
    const auto conn = KubeConfig::load({write(dir, QStringLiteral("config"), execConfig(dir.filePath(QStringLiteral("expiring.sh"))))})
                          ->connection();
    QVERIFY(conn.ok());
    KubeClientCredentials credentials(conn.value());
    QDateTime now(QDate(2030, 1, 1), QTime(11, 0), Qt::UTC);
    credentials.setClock([&now] { return now; });
    QCOMPARE(credentials.credential()->token, QStringLiteral("token-1"));
    QCOMPARE(credentials.credential()->expiry, QDateTime(QDate(2030, 1, 1), QTime(12, 0), Qt::UTC));
    now = now.addSecs(3599);
    QCOMPARE(credentials.credential()->token, QStringLiteral("token-1"));
    QCOMPARE(credentials.pluginRuns(), 1);
    now = now.addSecs(1); // 12:00: expired
    QCOMPARE(credentials.credential()->token, QStringLiteral("token-2"));
    QCOMPARE(credentials.pluginRuns(), 2);
}

void TestKubeConfig::execPluginBadOutput()
{
    QTemporaryDir dir;
    write(dir, QStringLiteral("bad.sh"),
          "#!/bin/sh\nprintf '{\"apiVersion\":\"client.authentication.k8s.io/v1beta1\",\"kind\":\"ExecCredential\","
          "\"status\":{\"token\":\"secret-value\"}}'\n",
          true);
    const auto conn = KubeConfig::load({write(dir, QStringLiteral("config"), execConfig(dir.filePath(QStringLiteral("bad.sh"))))})
                          ->connection();
    KubeClientCredentials credentials(conn.value());
    const auto cred = credentials.credential();
    QVERIFY(!cred.ok());
    QVERIFY(cred.error().message.contains(QStringLiteral("apiVersion \"client.authentication.k8s.io/v1beta1\"")));
    QVERIFY(!cred.error().toString().contains(QStringLiteral("secret-value")));
}

QTEST_GUILESS_MAIN(TestKubeConfig)
#include "tst_kubeconfig.moc"
