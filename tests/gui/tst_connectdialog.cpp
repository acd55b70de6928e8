// The first-run connect dialog against the real keychain (with-keyring.sh: a private
// session bus and an unlocked GNOME keyring), and without any keychain at all.

#include "services/secretstore.h"
#include "ui/appsettings.h"
#include "ui/connectdialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Gatehouse;

namespace {

const QString kPassword = QStringLiteral("s3cret-'\"; DROP ROLE alice; --");

template<typename T>
T waitFor(QFuture<T> future)
{
    QFutureWatcher<T> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<T>::finished);
    watcher.setFuture(future);
    if (!future.isFinished())
        finished.wait(20000);
    return future.result();
}

QByteArray settingsFile()
{
    QSettings settings;
    settings.sync();
    QFile file(settings.fileName());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void fillServer(Ui::ConnectDialog &dialog)
{
    dialog.findChild<QRadioButton *>(QStringLiteral("serverRadio"))->setChecked(true);
    dialog.findChild<QLineEdit *>(QStringLiteral("serverUrlEdit"))->setText(QStringLiteral("postgresql://cab.northwind.example:5432/gatehouse"));
    dialog.findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(QStringLiteral("alice"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    QCOMPARE(password->echoMode(), QLineEdit::Password);
    password->setText(kPassword);
}

} // namespace

class TestConnectDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("Gatehouse"));
        QCoreApplication::setApplicationName(QStringLiteral("GatehouseConnectTest"));
    }

    void init() { QSettings().clear(); }

    void firstRunOffersThePrivateStore()
    {
        QVERIFY(Ui::ConnectDialog::isNeeded());
        Services::SecretStore secrets;
        Ui::ConnectDialog dialog(&secrets);
        QVERIFY(dialog.findChild<QRadioButton *>(QStringLiteral("embeddedRadio"))->isChecked());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("passwordEdit"))->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!Ui::ConnectDialog::isNeeded());
        QVERIFY(Ui::ConnectDialog::savedSettings().url.isEmpty());
    }

    void serverPasswordGoesToTheKeychainOnly()
    {
        QVERIFY2(qEnvironmentVariableIsSet("GATEHOUSE_TEST_KEYRING"), "run through with-keyring.sh");
        Services::SecretStore secrets;
        Ui::ConnectDialog dialog(&secrets);
        dialog.show();
        auto *ok = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
        dialog.findChild<QRadioButton *>(QStringLiteral("serverRadio"))->setChecked(true);
        QVERIFY(!ok->isEnabled()); // no URL yet
        fillServer(dialog);
        QVERIFY(ok->isEnabled());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QVERIFY(accepted.count() == 1 || accepted.wait(20000));

        const Services::ControlStoreSettings saved = Ui::ConnectDialog::savedSettings();
        QCOMPARE(saved.url, QStringLiteral("postgresql://alice@cab.northwind.example:5432/gatehouse"));
        QVERIFY(saved.passwordRef.startsWith(QStringLiteral("keychain:")));
        const auto read = waitFor(secrets.readPassword(saved.passwordRef));
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
        QCOMPARE(read.value(), kPassword);
        const QByteArray file = settingsFile();
        QVERIFY(file.contains("cab.northwind.example"));
        QVERIFY(!file.contains("s3cret"));
        QVERIFY(!Ui::ConnectDialog::isNeeded());
        QVERIFY(waitFor(secrets.deletePassword(saved.passwordRef)).ok());
    }

    void keychainFailureIsClearAndSavesNothing()
    {
        // Run without a Secret Service (tests/gui/CMakeLists.txt points the session bus nowhere).
        QVERIFY2(!qEnvironmentVariableIsSet("GATEHOUSE_TEST_KEYRING"), "run without with-keyring.sh");
        Services::SecretStore secrets;
        Ui::ConnectDialog dialog(&secrets);
        dialog.show();
        fillServer(dialog);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.message().isEmpty(), 30000);
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QVERIFY2(dialog.message().contains(QStringLiteral("could not be stored in the system keychain")), qPrintable(dialog.message()));
        QVERIFY(dialog.message().contains(QStringLiteral("never keeps passwords in plain text")));
        QVERIFY(!dialog.message().contains(QStringLiteral("s3cret")));
        QVERIFY(Ui::ConnectDialog::isNeeded());
        QVERIFY(Ui::AppSettings::databaseUrl().isEmpty());
        QVERIFY(Ui::AppSettings::databasePasswordRef().isEmpty());
        QVERIFY(!settingsFile().contains("s3cret"));
    }
};

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
