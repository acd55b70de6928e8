#include "postgresfixture.h"

#include "services/secretstore.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Gatehouse;
using Services::SecretStore;

namespace {

const QString kSecret = QStringLiteral("s3cr3t-Pa$$w0rd-\"quoted\"-ünïcode");
const QString kReference = QStringLiteral("keychain:gatehouse-test/control-store");

// Child mode: write then read one secret and print the outcome; run without a keyring.
int childMain()
{
    SecretStore store;
    auto written = store.writePassword(kReference, kSecret);
    if (!Tests::waitFor(written, 20000))
        return 3;
    auto read = store.readPassword(kReference);
    if (!Tests::waitFor(read, 20000))
        return 3;
    QTextStream out(stdout);
    out << (written.result().ok() ? QStringLiteral("write-ok") : written.result().error().message) << '\n';
    out << (read.result().ok() ? QStringLiteral("read-ok") : read.result().error().message) << '\n';
    return written.result().ok() || read.result().ok() ? 1 : 0;
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referencesParse_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("account");
        QTest::newRow("plain") << QStringLiteral("keychain:gatehouse/db") << true << QStringLiteral("gatehouse")
                               << QStringLiteral("db");
        QTest::newRow("account with slash")
            << QStringLiteral("keychain:svc/a/b") << true << QStringLiteral("svc") << QStringLiteral("a/b");
        QTest::newRow("no prefix") << QStringLiteral("gatehouse/db") << false << QString() << QString();
        QTest::newRow("no account") << QStringLiteral("keychain:gatehouse/") << false << QString() << QString();
        QTest::newRow("no service") << QStringLiteral("keychain:/db") << false << QString() << QString();
    }

    void referencesParse()
    {
        QFETCH(QString, reference);
        QFETCH(bool, valid);
        const auto parsed = SecretStore::parseReference(reference);
        QCOMPARE(parsed.ok(), valid);
        if (!valid) {
            QVERIFY(parsed.error().message.contains(QLatin1String("keychain:SERVICE/ACCOUNT")));
            return;
        }
        QFETCH(QString, service);
        QFETCH(QString, account);
        QCOMPARE(parsed->service, service);
        QCOMPARE(parsed->account, account);
    }

    void writeReadDeleteRoundTrip()
    {
        QVERIFY2(qEnvironmentVariableIsSet("GATEHOUSE_TEST_KEYRING"), "run through with-keyring.sh");
        SecretStore store;
        auto written = store.writePassword(kReference, kSecret);
        QVERIFY(Tests::waitFor(written));
        QVERIFY2(written.result().ok(), qPrintable(Tests::errorText(written.result())));

        auto read = store.readPassword(kReference);
        QVERIFY(Tests::waitFor(read));
        QVERIFY2(read.result().ok(), qPrintable(Tests::errorText(read.result())));
        QCOMPARE(read.result().value(), kSecret);

        auto deleted = store.deletePassword(kReference);
        QVERIFY(Tests::waitFor(deleted));
        QVERIFY2(deleted.result().ok(), qPrintable(Tests::errorText(deleted.result())));

        auto gone = store.readPassword(kReference);
        QVERIFY(Tests::waitFor(gone));
        QVERIFY(!gone.result().ok());
        QVERIFY(gone.result().error().message.contains(QLatin1String("No secret is stored")));
        QVERIFY(gone.result().error().message.contains(kReference));
    }

    void withoutKeyringTheMessageIsClearAndSecretFree_data()
    {
        QTest::addColumn<bool>("withBus");
        QTest::newRow("no session bus") << false;
        QTest::newRow("bus without an unlocked keyring") << true;
    }

    void withoutKeyringTheMessageIsClearAndSecretFree()
    {
        QFETCH(bool, withBus);
        QTemporaryDir home;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("GATEHOUSE_TEST_KEYRING"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/share"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
        env.insert(QStringLiteral("GATEHOUSE_SECRETSTORE_CHILD"), QStringLiteral("1"));
        QProcess child;
        child.setProcessEnvironment(env);
        if (withBus) {
            env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
            child.setProcessEnvironment(env);
            child.start(QStringLiteral("dbus-run-session"),
                        {QStringLiteral("--"), QCoreApplication::applicationFilePath()});
        } else {
            env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=") + home.path() + QStringLiteral("/no-bus"));
            child.setProcessEnvironment(env);
            child.start(QCoreApplication::applicationFilePath(), QStringList());
        }
        QVERIFY(child.waitForFinished(60000));
        const QString output = QString::fromUtf8(child.readAllStandardOutput());
        QVERIFY2(child.exitCode() == 0, qPrintable(output + QString::fromUtf8(child.readAllStandardError())));
        const QStringList lines = output.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.at(0).contains(QLatin1String("keyring")), qPrintable(lines.at(0)));
        QVERIFY2(lines.at(0).contains(kReference), qPrintable(lines.at(0)));
        for (const QString &line : lines) {
            QVERIFY2(!line.contains(kSecret), "a secret leaked into a message");
            QVERIFY(!line.contains(QLatin1String("s3cr3t")));
        }
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet("GATEHOUSE_SECRETSTORE_CHILD")) {
        QCoreApplication app(argc, argv);
        return childMain();
    }
    QCoreApplication app(argc, argv);
    TestSecretStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_secretstore.moc"
